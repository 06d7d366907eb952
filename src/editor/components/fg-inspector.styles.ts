/** The inspector's look: kept apart so fg-inspector.ts holds only its behaviour. */
import { css } from 'lit'
import { baseStyles } from './theme.ts'
export const inspectorStyles = [
  baseStyles,
  css`
    :host { display: block; background: var(--_bg); overflow-y: auto; }
    .empty { padding: 28px 16px; color: var(--_muted); text-align: center; line-height: 1.5; }
    header { padding: 10px 12px 6px; border-bottom: 1px solid var(--_border); }
    .name-row { display: flex; align-items: center; gap: 6px; }
    .node-title {
      flex: 1;
      font-size: 15px;
      font-weight: 600;
      border-color: transparent;
      background: transparent;
      padding: 3px 5px;
      margin-left: -6px;
    }
    .node-title:hover { border-color: var(--_border); }
    .node-title:focus { border-color: var(--_accent); background: var(--_bg); }
    .badge {
      font-size: 11px;
      padding: 1px 7px;
      border-radius: 999px;
      border: 1px solid var(--_border);
      color: var(--_muted);
      white-space: nowrap;
    }
    .badge.is-error { color: var(--_danger); border-color: currentColor; background: var(--_danger-soft); }
    .badge.is-running, .badge.is-evaluating { color: var(--_accent); border-color: currentColor; background: var(--_accent-soft); }
    .type { font-family: var(--_mono); font-size: 11px; color: var(--_muted); margin-top: 2px; }
    .doc { margin: 8px 0 2px; line-height: 1.45; color: var(--_text); }
    .error {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 10px 12px 0;
      padding: 8px 10px;
      border-radius: var(--_radius);
      background: var(--_danger-soft);
      color: var(--_danger);
      line-height: 1.4;
      white-space: pre-wrap;
    }
    .error svg { width: 16px; height: 16px; flex: none; margin-top: 1px; }
    h3 {
      margin: 14px 12px 6px;
      font-size: 11px;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--_muted);
    }
    .param { padding: 6px 12px; }
    .param-head { display: flex; align-items: center; justify-content: space-between; gap: 6px; margin-bottom: 4px; }
    .param label.name { display: block; font-weight: 600; }
    .pin { width: 24px; height: 24px; padding: 3px; color: var(--_muted); }
    .pin.is-pinned { color: var(--_accent); }
    fieldset.control { border: 0; margin: 0; padding: 0; min-width: 0; }
    .param.locked fieldset.control { opacity: 0.6; }
    .lock { display: inline-flex; align-items: center; gap: 3px; color: var(--_muted); margin-left: auto; font-size: 0.85em; font-weight: 400; }
    .lock svg { width: 1em; height: 1em; }
    .lesson-toggle { width: 24px; height: 24px; padding: 3px; color: var(--_muted); }
    .lesson-toggle[aria-pressed='true'] { color: var(--_warning); background: var(--_accent-soft); }
    .node-lesson { display: inline-flex; vertical-align: middle; margin-left: 4px; }
    .param .help { font-size: 12px; color: var(--_muted); margin-top: 3px; line-height: 1.35; }
    .number { display: flex; align-items: center; gap: 8px; }
    .number input[type='range'] { flex: 1; min-width: 60px; }
    .number input.value { width: 84px; text-align: right; font-variant-numeric: tabular-nums; }
    .number input.value:only-child { width: 100%; text-align: left; }
    select, .text, textarea { width: 100%; }
    textarea { min-height: 90px; }
    .check { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
    .file { display: flex; align-items: center; gap: 8px; margin-top: 5px; }
    .file span { color: var(--_muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .problem { color: var(--_danger); font-size: 12px; margin-top: 3px; line-height: 1.35; }
    .ports { list-style: none; margin: 0; padding: 0 12px 12px; }
    .ports li { display: flex; align-items: center; gap: 7px; padding: 2px 0; }
    .dot { width: 9px; height: 9px; border-radius: 50%; flex: none; }
    .port-type { color: var(--_muted); font-size: 12px; }
    .shape { margin-left: auto; font-family: var(--_mono); font-size: 12px; }
    /* An input's pin lines up with the params' pins above it. */
    .ports .pin { margin-left: auto; }
    .none { padding: 0 12px; color: var(--_muted); }
  `,
]

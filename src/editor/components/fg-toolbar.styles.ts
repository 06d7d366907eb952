/** The toolbar's look: kept apart so fg-toolbar.ts holds only its behaviour. */
import { css } from 'lit'
import { baseStyles } from './theme.ts'

export const toolbarStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      background: var(--_bg);
      border-bottom: 1px solid var(--_border);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 10px;
      padding: 6px 10px;
      min-height: 44px;
    }
    .brand { font-weight: 700; letter-spacing: 0.01em; color: var(--_accent); margin-right: 2px; }
    .title {
      font-size: 14px;
      font-weight: 600;
      border-color: transparent;
      background: transparent;
      width: 16em;
      max-width: 28vw;
      text-overflow: ellipsis;
    }
    .title:hover { border-color: var(--_border); }
    .title:focus { border-color: var(--_accent); background: var(--_bg); }
    .group { display: flex; align-items: center; gap: 4px; }
    .sep { width: 1px; align-self: stretch; margin: 4px 2px; background: var(--_border); }
    button.primary { min-width: 78px; justify-content: center; font-weight: 600; }
    /*
     * The status is a row of its own, one line high whatever it holds (it scrolls sideways
     * when long): the toolbar keeps its height when training starts or a graph with more
     * trainers opens, so the canvas below never jumps under the pointer.
     */
    .status {
      flex: 1 0 100%;
      display: flex;
      align-items: center;
      gap: 12px;
      flex-wrap: nowrap;
      overflow-x: auto;
      white-space: nowrap;
      min-height: 24px;
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
      scrollbar-width: thin;
    }
    .status b { color: var(--_text); font-weight: 600; }
    .state {
      padding: 1px 8px;
      border-radius: 999px;
      font-size: 11px;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      background: var(--_surface);
      color: var(--_muted);
      border: 1px solid var(--_border);
    }
    .state.running { color: var(--_accent); border-color: var(--_accent); background: var(--_accent-soft); }
    .state.done { color: var(--_success); border-color: currentColor; }
    .state.error { color: var(--_danger); border-color: currentColor; background: var(--_danger-soft); }
    .state.paused { color: var(--_warning); border-color: currentColor; }
    .trainers { display: flex; gap: 4px; flex-wrap: nowrap; }
    .trainer { flex: none; height: 22px; padding: 0 7px; font-size: 12px; gap: 6px; }
    .trainer[aria-pressed='true'] { border-color: var(--_accent); background: var(--_accent-soft); }
    .none { font-style: italic; }
    .notice { color: var(--_warning); font-weight: 600; white-space: nowrap; }
    .problem { color: var(--_danger); white-space: nowrap; }
    /* Presenting: the run controls and the status in type the back row reads. */
    :host([presenting]) { --fg-font-size: 20px; }
    :host([presenting]) .bar { gap: 10px 16px; padding: 10px 16px; }
    :host([presenting]) button { height: 44px; padding: 0 14px; gap: 8px; }
    :host([presenting]) button.icon { width: 44px; }
    :host([presenting]) button svg { width: 22px; height: 22px; }
    :host([presenting]) button.primary { min-width: 120px; }
    :host([presenting]) .brand { font-size: 22px; }
    :host([presenting]) .status { min-height: 36px; gap: 20px; }
    :host([presenting]) .state { font-size: 16px; padding: 2px 12px; }
    :host([presenting]) .trainer { height: 36px; font-size: 18px; }
    button[aria-pressed='true'] { background: var(--_accent-soft); border-color: var(--_accent); color: var(--_accent); }
  `,
]

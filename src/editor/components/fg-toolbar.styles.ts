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
    /* A run's colour, as the board's curves draw it. */
    .swatch { flex: none; width: 10px; height: 10px; border-radius: 2px; }
    .none { font-style: italic; }
    .notice { color: var(--_warning); font-weight: 600; white-space: nowrap; }
    .problem { color: var(--_danger); white-space: nowrap; }
    /*
     * Presenting: one row in type the back row reads, that a projector's 1024 px holds whole:
     * the status takes the room left and gives it up first (its figures never wrap).
     */
    :host([presenting]) { --fg-font-size: 20px; container-type: inline-size; }
    :host([presenting]) .bar { flex-wrap: nowrap; gap: 16px; padding: 8px 16px; }
    :host([presenting]) button { height: 44px; padding: 0 14px; gap: 8px; }
    :host([presenting]) button svg { width: 22px; height: 22px; }
    :host([presenting]) button.primary { min-width: 112px; }
    :host([presenting]) .status { flex: 1 1 auto; min-width: 0; min-height: 36px; gap: 16px; overflow: hidden; }
    :host([presenting]) .status .problem { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
    :host([presenting]) .state { font-size: 16px; padding: 2px 12px; }
    :host([presenting]) .state, :host([presenting]) .figure { flex: none; }
    /* In a row, a run's name, epoch and loss sit side by side; presenting, they stack. */
    .trainer .run, .trainer .head { display: contents; }
    .trainer .swatch { order: -2; }
    .trainer .name { order: -1; }
    /*
     * Presenting, each run's chip is a stripe of its colour, its loss in large type under its
     * name (and its epoch when it is not the one the status shows). Up to three runs show their
     * names (cut past 12em); more are as wide as their loss, their names cut to fit, and wrap onto
     * a second row when the row is full.
     */
    :host([presenting]) .trainers { flex: 0 1 auto; min-width: 0; gap: 6px; flex-wrap: wrap; }
    :host([presenting]) .trainer { flex: none; height: 44px; padding: 0 10px 0 0; gap: 8px; overflow: hidden; font-size: inherit; }
    :host([presenting]) .trainer > span:first-child { margin-left: 10px; }
    :host([presenting]) .trainer .swatch { width: 6px; height: auto; align-self: stretch; border-radius: 0; }
    :host([presenting]) .trainer .run { display: flex; flex-direction: column; align-items: flex-start; line-height: 1.1; }
    :host([presenting]) .trainer .head { display: flex; gap: 6px; max-width: 12em; font-size: 14px; color: var(--_muted); }
    :host([presenting]) .many .trainer .head { width: 0; min-width: 100%; }
    :host([presenting]) .trainer .epoch { flex: none; }
    :host([presenting]) .trainer .name { order: 0; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
    :host([presenting]) .trainer .loss { font-weight: 600; color: var(--_text); }
    /* The state shows in Run/Pause and in each chip's tooltip: the runs' figures need the room. */
    :host([presenting]) .several .state { display: none; }
    /* Several trainers' chips need the room: Step, Epoch and Reset show their icons (their titles say the rest). */
    :host([presenting]) .several button:not(.primary):not(.trainer):not([data-testid='toolbar-present']) > span { display: none; }
    :host([presenting]) .several button:not(.primary):not(.trainer):not([data-testid='toolbar-present']) { width: 52px; padding: 0; justify-content: center; }
    /* A projector's 1024 px: Step, Epoch and Reset show their icons, whatever the trainers. */
    @container (max-width: 1180px) {
      /* The host is the container and cannot be styled here: the bar takes the smaller type. */
      :host([presenting]) .bar { --fg-font-size: 18px; font-size: 18px; gap: 10px; padding: 6px 10px; }
      :host([presenting]) button { height: 40px; padding: 0 10px; }
      :host([presenting]) button.primary { min-width: 96px; }
      :host([presenting]) .status { gap: 10px; }
      :host([presenting]) .state { font-size: 14px; padding: 2px 8px; }
      :host([presenting]) .trainer { height: 40px; gap: 6px; }
      :host([presenting]) .trainers { gap: 4px; }
      :host([presenting]) .trainer { padding-right: 8px; gap: 6px; }
      :host([presenting]) .trainer > span:first-child { margin-left: 8px; }
      :host([presenting]) .trainer .swatch { width: 5px; }
      :host([presenting]) .trainer .head { width: 0; min-width: 100%; font-size: 13px; }
      :host([presenting]) button:not(.primary):not(.trainer):not([data-testid='toolbar-present']) > span { display: none; }
      :host([presenting]) button:not(.primary):not(.trainer):not([data-testid='toolbar-present']) { width: 44px; padding: 0; justify-content: center; }
    }
    button[aria-pressed='true'] { background: var(--_accent-soft); border-color: var(--_accent); color: var(--_accent); }
  `,
]

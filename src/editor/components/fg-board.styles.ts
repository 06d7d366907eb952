/** The board's look: kept apart so fg-board.ts holds only its behaviour. */
import { css } from 'lit'
import { inspectorStyles } from './fg-inspector.styles.ts'

export const boardStyles = [
  ...inspectorStyles,
  css`
    :host { display: block; position: relative; overflow-y: auto; background: var(--_bg); container-type: inline-size; }
    header { padding: 12px 16px 8px; border-bottom: none; }
    h1 { margin: 0; font-size: 20px; line-height: 1.25; }
    .description { margin: 6px 0 0; font-size: 14px; line-height: 1.45; color: var(--_text); max-width: 90ch; cursor: pointer; }
    /* The lesson's text must not push its charts off screen: three lines, the rest on a click. */
    .description.clamped { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
    /* A projector's 768 lines: two lines of the story, so a lesson's controls leave its chart the room. */
    @media (max-height: 820px) { .description.clamped { -webkit-line-clamp: 2; } }
    /* A trainer's notice is read from the back of a room: body-sized type, a warning colour and sign. */
    .notices { display: grid; gap: 6px; padding: 0 16px 10px; }
    .notice { display: flex; gap: 8px; align-items: baseline; margin: 0; padding: 8px 12px; font-size: 16px; line-height: 1.4;
      color: #7a2e0b; background: #fffaeb; border: 1px solid #f5c26b; border-left: 4px solid var(--_warning); border-radius: var(--_radius); }
    .notice .sign { color: var(--_warning); font-weight: 700; }
    /* Why Run is greyed, said calmly under the description, which gives it a line: the charts keep their room. */
    .note { margin: 4px 0 0; font-size: 14px; line-height: 1.4; color: var(--_muted); font-style: italic; max-width: 90ch; }
    .description.clamped:has(~ .note) { -webkit-line-clamp: 2; }
    /*
     * The node is named before the param, in plain muted type and without a "·" that a title
     * such as "MSE + 1e-4·ΣW²" would read as a product. The docs are in the label's tooltip, but
     * a bare number (no slider: an index such as a kernel column) says what it is under its field.
     */
    .controls .context { font-weight: 400; color: var(--_muted); margin-right: 0.25em; }
    .controls .help { display: none; }
    .controls .param:has(input.value:only-child) { display: grid; grid-template-columns: auto 1fr; align-items: center; column-gap: 10px; }
    .controls .param:has(input.value:only-child) :is(.param-head, .problem) { grid-column: 1 / -1; }
    .controls .param:has(input.value:only-child) .help { display: block; margin: 0; font-size: 0.85em; }
    .controls .number input.value:only-child { width: 8em; text-align: right; }
    .controls { display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 0 4px; }
    .controls .param { flex: 1 1 260px; max-width: 460px; font-size: 14px; padding: 4px 12px; }
    .charts { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 12px; padding: 8px 16px 16px; }
    figure { margin: 0; grid-column: span 3; min-width: 0; border: 1px solid var(--_border); border-radius: var(--_radius); padding: 6px 8px 8px; }
    figure.size-large { grid-column: span 6; }
    figure.size-small { grid-column: span 2; }
    /* A narrow board (a projector, a side pane) gives every chart the whole row. */
    @container (max-width: 640px) { figure, figure.size-small { grid-column: span 6; } }
    figcaption { display: flex; align-items: center; gap: 4px; font-weight: 600; font-size: 14px; margin-bottom: 4px; }
    /*
     * A caption wraps between words rather than ending in "…" (the title is what the chart is
     * about); its longest word fits, or the size and pin buttons move below it.
     */
    figcaption { flex-wrap: wrap; }
    figcaption .caption { flex: 1 1 8em; overflow-wrap: break-word; line-height: 1.2; }
    figcaption .tools { display: flex; align-items: center; gap: 4px; margin-left: auto; }
    .sizes button { height: 24px; padding: 0 6px; font-size: 12px; }
    .sizes button[aria-pressed='true'] { background: var(--_accent-soft); border-color: var(--_accent); }
    .empty { text-align: left; padding: 12px 16px; font-size: 14px; }
    .lesson-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 8px 16px 0; padding: 6px 10px; border-radius: var(--_radius); background: var(--_accent-soft); font-size: 14px; line-height: 1.4; }
    .lesson-bar.teaching { background: #fff4e5; }
    .lesson-bar span { flex: 1 1 260px; }
    /* Presenting: read from the back row of a classroom. */
    :host([presenting]) header { padding: 20px 28px 12px; }
    :host([presenting]) h1 { font-size: 36px; }
    :host([presenting]) .description { font-size: 22px; max-width: 80ch; }
    /* The teacher tells the story: two lines of it stay on screen, the rest on a click. */
    :host([presenting]) .description.clamped { -webkit-line-clamp: 2; }
    :host([presenting]) .controls { gap: 8px 24px; padding: 0 16px; }
    :host([presenting]) .controls .param { flex-basis: 380px; max-width: 640px; font-size: 24px; }
    :host([presenting]) .controls input, :host([presenting]) .controls select { font-size: 24px; }
    :host([presenting]) .controls input.value { width: 130px; }
    :host([presenting]) .controls .number input.value:only-child { width: 8em; }
    :host([presenting]) .controls input[type='range'] { height: 32px; }
    :host([presenting]) figcaption { font-size: 26px; margin-bottom: 8px; }
    :host([presenting]) .charts { gap: 20px; padding: 12px 28px 28px; }
    :host([presenting]) .note { font-size: 20px; }
    :host([presenting]) .lesson-bar { font-size: 22px; margin: 12px 28px 0; }
    :host([presenting]) .lesson-bar button { height: 40px; font-size: 20px; }
    /* Presenting on a narrow screen, a small chart takes half the row: a third is too small for its large type. */
    @container (max-width: 1200px) { :host([presenting]) figure.size-small { grid-column: span 3; } }
    /* A projector's 768 lines: the title and one line of the story, so the chart keeps the room. */
    @media (max-height: 820px) {
      :host([presenting]) header { padding: 12px 28px 6px; }
      :host([presenting]) h1 { font-size: 30px; }
      :host([presenting]) .description.clamped { -webkit-line-clamp: 1; }
      :host([presenting]) .controls .param { font-size: 20px; padding: 2px 12px; }
      :host([presenting]) .controls input, :host([presenting]) .controls select { font-size: 20px; }
    }
  `,
]

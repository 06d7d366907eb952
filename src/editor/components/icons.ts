/** Small stroke icons (16×16, currentColor) for buttons. */
import { html, svg } from 'lit'
import type { SVGTemplateResult, TemplateResult } from 'lit'

function icon(body: SVGTemplateResult): TemplateResult {
  return html`<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6"
    stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${body}</svg>`
}

export const icons = {
  play: icon(svg`<path d="M4.5 2.8v10.4L13 8z" fill="currentColor"/>`),
  pause: icon(svg`<path d="M5 3v10M11 3v10" stroke-width="2.4"/>`),
  stepBatch: icon(svg`<path d="M3.5 3.5v9L9 8z" fill="currentColor"/><path d="M12 3.5v9" stroke-width="2"/>`),
  stepEpoch: icon(svg`<path d="M2 3.5v9L6.5 8zM7.5 3.5v9L12 8z" fill="currentColor"/><path d="M14 3.5v9" stroke-width="1.8"/>`),
  reset: icon(svg`<path d="M3 8a5 5 0 1 0 1.5-3.6"/><path d="M3 2.5v2.8h2.8"/>`),
  new: icon(svg`<path d="M4 2h5.5L12 4.5V14H4z"/><path d="M9.5 2v2.5H12"/>`),
  open: icon(svg`<path d="M2 4.5V12.5h10.5l2-5.5H4.5L2.5 12.5"/><path d="M2 4.5V3h4l1.2 1.5H12V7"/>`),
  save: icon(svg`<path d="M2.5 2.5h9l2 2v9h-11z"/><path d="M5 2.5v3.5h5V2.5M5 13.5v-4h6v4"/>`),
  share: icon(svg`<path d="M6.8 9.2a3 3 0 0 0 4.2 0l2-2a3 3 0 0 0-4.2-4.2l-.8.8"/><path d="M9.2 6.8a3 3 0 0 0-4.2 0l-2 2a3 3 0 0 0 4.2 4.2l.8-.8"/>`),
  examples: icon(svg`<path d="M2 3.5c2-1 4-1 6 .5 2-1.5 4-1.5 6-.5v9.5c-2-1-4-1-6 .5-2-1.5-4-1.5-6-.5z"/><path d="M8 4v9.5"/>`),
  undo: icon(svg`<path d="M5.5 3 2.5 6l3 3"/><path d="M2.5 6h7a4 4 0 0 1 0 8H7"/>`),
  redo: icon(svg`<path d="M10.5 3l3 3-3 3"/><path d="M13.5 6h-7a4 4 0 0 0 0 8H9"/>`),
  arrange: icon(svg`<rect x="1.5" y="2" width="4.5" height="3.5" rx="0.8"/><rect x="10" y="2" width="4.5" height="3.5" rx="0.8"/><rect x="5.75" y="10.5" width="4.5" height="3.5" rx="0.8"/><path d="M3.75 5.5v2.5h8.5V5.5M8 8v2.5"/>`),
  fit: icon(svg`<path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"/><rect x="5.5" y="5.5" width="5" height="5" rx="0.8"/>`),
  export: icon(svg`<path d="M8 1.8v8.4M4.8 5 8 1.8 11.2 5"/><path d="M2.5 9.5v4h11v-4"/>`),
  recent: icon(svg`<circle cx="8" cy="8" r="6"/><path d="M8 4.5V8l2.5 1.5"/>`),
  close: icon(svg`<path d="M3.5 3.5l9 9M12.5 3.5l-9 9"/>`),
  expand: icon(svg`<path d="M9.5 2.5h4v4M13.5 2.5 9 7M6.5 13.5h-4v-4M2.5 13.5 7 9"/>`),
  chevron: icon(svg`<path d="M6 4l4 4-4 4"/>`),
  search: icon(svg`<circle cx="7" cy="7" r="4.5"/><path d="M10.5 10.5 14 14"/>`),
  file: icon(svg`<path d="M3.5 1.5h6l3 3v10h-9z"/><path d="M9.5 1.5v3h3"/>`),
  pin: icon(svg`<path d="M6 1.8h4M7 1.8v4.4L4.5 9h7L9 6.2V1.8M8 9v5.2"/>`),
  pinned: icon(svg`<path d="M6 1.8h4M7 1.8v4.4L4.5 9h7L9 6.2V1.8z" fill="currentColor"/><path d="M8 9v5.2"/>`),
  palette: icon(svg`<rect x="1.5" y="2.5" width="13" height="11" rx="1.2"/><path d="M5.5 2.5v11"/>`),
  inspector: icon(svg`<rect x="1.5" y="2.5" width="13" height="11" rx="1.2"/><path d="M10.5 2.5v11"/>`),
  canvas: icon(svg`<rect x="1.5" y="5" width="5" height="4" rx="0.8"/><rect x="9.5" y="8" width="5" height="4" rx="0.8"/><path d="M6.5 7h1.5v3h1.5"/>`),
  split: icon(svg`<rect x="1.5" y="2.5" width="13" height="11" rx="1.2"/><path d="M8 2.5v11"/>`),
  board: icon(svg`<rect x="1.5" y="2.5" width="13" height="11" rx="1.2"/><path d="M3.5 11l3-3.5 2.5 2 3.5-4.5"/>`),
  warning: icon(svg`<path d="M8 1.8 15 14H1z"/><path d="M8 6.2v3.6M8 11.8v.2" stroke-width="1.8"/>`),
}

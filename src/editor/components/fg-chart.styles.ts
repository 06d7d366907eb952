/** The chart's look: kept apart so fg-chart.ts holds only its behaviour. */
import { css } from 'lit'
import { baseStyles } from './theme.ts'

export const chartStyles = [
  baseStyles,
  css`
    :host { display: block; position: relative; min-width: 0; }
    /* A redraw re-lays out only the plot, not the node and canvas around it. */
    .plot { width: 100%; overflow: hidden; contain: strict; }
    .picture svg { display: block; width: 100%; height: 100%; }
    .table { overflow-x: auto; }
    .table svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    .table.fit svg { width: 100%; height: 100%; max-width: none; }
    .empty {
      display: flex;
      align-items: center;
      justify-content: center;
      color: var(--_muted);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      font-size: 12px;
    }
    .expand {
      position: absolute;
      top: 4px;
      right: 4px;
      width: 24px;
      height: 24px;
      background: color-mix(in srgb, var(--_bg) 85%, transparent);
      opacity: 0.55;
    }
    :host(:hover) .expand, .expand:focus-visible { opacity: 1; }
  `,
]

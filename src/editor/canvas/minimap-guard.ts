/**
 * Keeps the minimap off the charts: whenever the view changes, the minimap hides if it would
 * cover a plot node's chart and comes back once it covers none. Checked at most once a frame.
 */
import type { Rect } from '../placement.ts'

export function overlapsAny(box: Rect, others: readonly Rect[]): boolean {
  return others.some((r) => box.x < r.x + r.width && r.x < box.x + box.width && box.y < r.y + r.height && r.y < box.y + box.height)
}

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect()
  return { x: r.left, y: r.top, width: r.width, height: r.height }
}

export class MinimapGuard {
  private frame = 0

  constructor(private readonly container: HTMLElement) {}

  /** Checks again on the next frame (a zoom, a pan, a moved or resized node). */
  schedule(): void {
    if (this.frame !== 0) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.check()
    })
  }

  private check(): void {
    const host = this.container.querySelector<HTMLElement>('rete-minimap')
    const map = host?.shadowRoot?.querySelector('.minimap')
    if (!host || !map) return
    const charts = [...this.container.querySelectorAll('fg-node')].flatMap((n) => [...(n.shadowRoot?.querySelectorAll('.chart') ?? [])].map(rectOf))
    // Measured while shown: a hidden minimap keeps its box (visibility, not display).
    const covers = overlapsAny(rectOf(map), charts)
    host.style.visibility = covers ? 'hidden' : ''
    host.toggleAttribute('data-hidden-over-chart', covers)
  }

  destroy(): void {
    cancelAnimationFrame(this.frame)
  }
}

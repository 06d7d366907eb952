import type { Page } from 'playwright-core'

/** What a class sees of the page without a click: text sizes and the largest chart. */
export interface Readability {
  /** Visible characters, and those whose rendered line box is under 8 px tall. */
  readonly chars: number
  readonly smallChars: number
  /** The largest visible chart's area as a share of the window. */
  readonly largestChartShare: number
}

/**
 * Measures, in the page, every text node of the document and of its open shadow roots with
 * Range.getClientRects() — only what is inside the window and inside every clipping ancestor —
 * and every chart (fg-chart) with getBoundingClientRect(), clipped the same way.
 */
export function measureReadability(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number }
    const view: Box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight }
    const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) })
    const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top)
    const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)
    /** The window cut by every ancestor that clips its content; null when one hides it. */
    const clipOf = (start: Element): Box | null => {
      let clip = view
      for (let el: Element | null = start; el; el = parentOf(el)) {
        const style = getComputedStyle(el)
        if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return null
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.contain.includes('paint') || style.contain === 'strict') {
          clip = intersect(clip, el.getBoundingClientRect())
        }
      }
      return clip
    }
    let chars = 0
    let smallChars = 0
    const visitText = (node: Text): void => {
      const text = node.data.replace(/\s+/g, '')
      if (text.length === 0 || !node.parentElement) return
      const clip = clipOf(node.parentElement)
      if (!clip) return
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
      if (rects.length === 0) return
      const per = text.length / rects.length
      for (const r of rects) {
        if (area(intersect(clip, r)) <= 0) continue
        chars += per
        if (r.height < 8) smallChars += per
      }
    }
    const walk = (root: Node): void => {
      for (let child = root.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) visitText(child as Text)
        else if (child.nodeType === Node.ELEMENT_NODE) {
          const el = child as Element
          if (el.localName === 'style' || el.localName === 'script') continue
          if (el.shadowRoot) walk(el.shadowRoot)
          walk(el)
        }
      }
    }
    walk(document.body)
    let largest = 0
    const charts: Element[] = []
    const collect = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'fg-chart') charts.push(el)
        if (el.shadowRoot) collect(el.shadowRoot)
      }
    }
    collect(document)
    for (const chart of charts) {
      const clip = clipOf(chart)
      if (clip) largest = Math.max(largest, area(intersect(clip, chart.getBoundingClientRect())))
    }
    return { chars, smallChars, largestChartShare: largest / (innerWidth * innerHeight) }
  })
}

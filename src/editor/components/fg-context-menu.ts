/**
 * The canvas's right-click menu, drawn for Rete's context-menu plugin. Categories open their
 * entries on hover; typing searches every entry at once (Rete's own menu only searched the
 * category names), arrow keys move through the results, Enter picks, Escape closes.
 */
import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { baseStyles } from './theme.ts'

export interface MenuItem {
  label: string
  key: string
  handler(): void
  subitems?: MenuItem[]
}

interface Match {
  item: MenuItem
  /** The category it sits in, shown beside it in the results. */
  parent: string | null
}

/** How well a label matches one word: lower is better, null when it does not contain it. */
function wordScore(label: string, word: string): number | null {
  if (label.startsWith(word)) return 0
  if (label.split(/[\s\-/()]+/).some((w) => w.startsWith(word))) return 1
  return label.includes(word) ? 2 : null
}

/**
 * Every entry (not the categories themselves) whose label, or category, has every word of
 * `query`, best first: labels starting with a word, then words starting with it, then labels
 * containing it, then entries whose category starts with it; ties keep the menu's order.
 */
export function searchMenu(items: readonly MenuItem[], query: string): Match[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '')
  const leaves = items.flatMap((item): Match[] => (item.subitems ? item.subitems.map((sub) => ({ item: sub, parent: item.label })) : [{ item, parent: null }]))
  if (words.length === 0) return leaves
  const scored: { match: Match; score: number; index: number }[] = []
  leaves.forEach((match, index) => {
    const label = match.item.label.toLowerCase()
    const parent = match.parent?.toLowerCase() ?? ''
    let score = 0
    for (const word of words) {
      const s = wordScore(label, word) ?? (parent.startsWith(word) ? 4 : null)
      if (s === null) return
      score += s
    }
    scored.push({ match, score, index })
  })
  scored.sort((a, b) => a.score - b.score || a.index - b.index)
  return scored.map((s) => s.match)
}

export class FgContextMenu extends LitElement {
  static override properties = {
    items: { attribute: false },
    searchBar: { attribute: false },
    onHide: { attribute: false },
    delay: { attribute: false },
    query: { state: true },
    openKey: { state: true },
    active: { state: true },
  }

  declare items: MenuItem[]
  declare searchBar: boolean
  declare onHide: () => void
  /** Milliseconds the pointer may be away before the menu closes. */
  declare delay: number
  declare query: string
  declare openKey: string | null
  declare active: number
  private leaveTimer: ReturnType<typeof setTimeout> | null = null

  constructor() {
    super()
    this.items = []
    this.searchBar = false
    this.onHide = () => undefined
    this.delay = 300
    this.query = ''
    this.openKey = null
    this.active = 0
  }

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .menu {
        position: relative;
        min-width: 190px;
        padding: 4px;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: 8px;
        box-shadow: var(--_shadow);
      }
      input {
        box-sizing: border-box;
        width: 100%;
        margin-bottom: 4px;
        padding: 5px 8px;
        font: inherit;
        color: inherit;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        outline: none;
      }
      input:focus {
        border-color: var(--_accent);
        box-shadow: 0 0 0 2px var(--_focus);
      }
      .item {
        position: relative;
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 12px;
        padding: 5px 8px;
        border-radius: 4px;
        cursor: pointer;
        white-space: nowrap;
      }
      .item:hover,
      .item.open,
      .item.active {
        background: var(--_accent-soft);
        color: var(--_accent-hover);
      }
      .category {
        text-transform: capitalize;
      }
      .hint,
      .chevron {
        color: var(--_muted);
        font-size: 11px;
      }
      .sub {
        position: absolute;
        top: -5px;
        left: 100%;
        margin-left: 4px;
      }
      .empty {
        padding: 6px 8px;
        color: var(--_muted);
      }
    `,
  ]

  protected override firstUpdated(): void {
    this.addEventListener('pointerleave', () => {
      this.leaveTimer = setTimeout(() => this.onHide(), this.delay)
    })
    this.addEventListener('pointerenter', () => this.cancelLeave())
    this.renderRoot.querySelector('input')?.focus({ preventScroll: true })
    this.keepInViewport()
  }

  /** Opened near the window's edge, the menu moves back inside it rather than being cut off. */
  private keepInViewport(): void {
    const box = this.getBoundingClientRect()
    const dx = Math.min(0, window.innerWidth - 8 - box.right)
    const dy = Math.min(0, window.innerHeight - 8 - box.bottom)
    if (dx !== 0 || dy !== 0) this.style.transform = `translate(${dx}px, ${dy}px)`
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.cancelLeave()
  }

  private cancelLeave(): void {
    if (this.leaveTimer !== null) clearTimeout(this.leaveTimer)
    this.leaveTimer = null
  }

  private pick(item: MenuItem): void {
    item.handler()
    this.onHide()
  }

  private onKey(e: KeyboardEvent): void {
    e.stopPropagation()
    const results = searchMenu(this.items, this.query)
    if (e.key === 'Escape') this.onHide()
    else if (e.key === 'ArrowDown') this.active = Math.min(this.active + 1, results.length - 1)
    else if (e.key === 'ArrowUp') this.active = Math.max(this.active - 1, 0)
    else if (e.key === 'Enter' && results[this.active]) this.pick(results[this.active].item)
    else return
    e.preventDefault()
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value
    this.active = 0
  }

  private leaf(item: MenuItem, hint: string | null = null, active = false): TemplateResult {
    return html`<div class="item ${active ? 'active' : ''}" data-testid="context-menu-item" @click=${() => this.pick(item)}>
      <span>${item.label}</span>${hint ? html`<span class="hint">${hint}</span>` : nothing}
    </div>`
  }

  private entry(item: MenuItem): TemplateResult {
    if (!item.subitems) return this.leaf(item)
    const open = this.openKey === item.key
    return html`<div class="item ${open ? 'open' : ''}" data-testid="context-menu-item" @pointerenter=${() => (this.openKey = item.key)}>
      <span class="category">${item.label}</span><span class="chevron">▸</span>
      ${open ? html`<div class="sub"><div class="menu">${item.subitems.map((sub) => this.leaf(sub))}</div></div>` : nothing}
    </div>`
  }

  private body(): TemplateResult | TemplateResult[] {
    if (this.query.trim() === '') return this.items.map((item) => this.entry(item))
    const results = searchMenu(this.items, this.query)
    if (results.length === 0) return html`<div class="empty">No node matches “${this.query}”.</div>`
    return results.map((m, i) => this.leaf(m.item, m.parent, i === this.active))
  }

  override render(): TemplateResult {
    // Pointer and wheel events stay in the menu, so the canvas neither pans nor closes it.
    const stop = (e: Event): void => e.stopPropagation()
    return html`<div class="menu" data-testid="context-menu" @pointerdown=${stop} @wheel=${stop} @contextmenu=${(e: Event) => e.preventDefault()}>
      ${this.searchBar
        ? html`<input data-testid="context-menu-search" placeholder="Search nodes…" aria-label="Search nodes" .value=${this.query} @input=${this.onInput} @keydown=${this.onKey} />`
        : nothing}
      ${this.body()}
    </div>`
  }
}

if (!customElements.get('fg-context-menu')) customElements.define('fg-context-menu', FgContextMenu)

declare global {
  interface HTMLElementTagNameMap {
    'fg-context-menu': FgContextMenu
  }
}

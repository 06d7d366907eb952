import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { NodeSchema } from '../../graph/node-schema.ts'
import { PORT_TYPES } from '../../graph/port-types.ts'
import { baseStyles } from './theme.ts'
import { emit } from './events.ts'
import { icons } from './icons.ts'
import { humanize } from './format.ts'
import { groupByCategory, searchSchemas, typeTestId } from './palette-search.ts'

/** The drag-and-drop type the canvas accepts: the data is the node type. */
export const NODE_DRAG_TYPE = 'application/x-flowgrad-node'

/** The colour of a node type's first output port (or first input), to tie the palette to the sockets. */
function accentOf(schema: NodeSchema): string {
  const port = Object.values(schema.outputs)[0] ?? Object.values(schema.inputs)[0]
  return port ? PORT_TYPES[port.type].color : 'var(--_muted)'
}

/**
 * The node palette: node types by category, searchable. Click (or Enter on an item, or Enter in
 * the search for the best match) adds a node; items can be dragged onto the canvas.
 *
 * Events: `fg-add-node` {type}.
 */
export class FgPalette extends LitElement {
  static override properties = {
    schemas: { attribute: false },
    query: { state: true },
    collapsed: { state: true },
  }

  declare schemas: readonly NodeSchema[]
  /** The search text (view state). */
  declare query: string
  /** Categories the user folded (view state). */
  declare collapsed: ReadonlySet<string>

  constructor() {
    super()
    this.schemas = []
    this.query = ''
    this.collapsed = new Set()
  }

  static override styles = [
    baseStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        background: var(--_bg);
      }
      .search {
        position: relative;
        padding: 8px;
        border-bottom: 1px solid var(--_border);
      }
      .search svg { position: absolute; left: 16px; top: 50%; width: 14px; height: 14px; transform: translateY(-50%); color: var(--_muted); pointer-events: none; }
      .search input { width: 100%; padding-left: 27px; height: 30px; }
      .list { overflow-y: auto; flex: 1; padding: 4px 0 10px; }
      .category {
        display: flex;
        width: 100%;
        height: 28px;
        border: none;
        border-radius: 0;
        background: none;
        padding: 0 10px;
        gap: 4px;
        font-size: 11px;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--_muted);
      }
      .category svg { width: 12px; height: 12px; transition: transform 0.12s; }
      .category[aria-expanded='true'] svg { transform: rotate(90deg); }
      .count { margin-left: auto; font-weight: 500; }
      .items { margin: 0 0 4px; padding: 0 6px; }
      .item {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 5px 8px;
        border-radius: var(--_radius);
        cursor: grab;
        user-select: none;
        line-height: 1.25;
      }
      .item:hover, .item:focus-visible { background: var(--_hover); }
      .item.best { background: var(--_accent-soft); }
      .item:active { cursor: grabbing; }
      .dot { width: 8px; height: 8px; border-radius: 50%; flex: none; }
      .item-title { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      .enter { font-size: 10px; color: var(--_muted); border: 1px solid var(--_border); border-radius: 3px; padding: 0 3px; }
      .empty { padding: 14px 12px; color: var(--_muted); }
    `,
  ]

  override render(): TemplateResult {
    const searching = this.query.trim() !== ''
    const matches = searchSchemas(this.schemas, this.query)
    const best = searching ? matches[0] : undefined
    const groups = groupByCategory(matches)
    return html`
      <div class="search">
        ${icons.search}
        <input
          type="search"
          data-testid="palette-search"
          placeholder="Search nodes…"
          aria-label="Search nodes"
          title="Type to filter; Enter adds the first match"
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          @keydown=${this.onSearchKey}
        />
      </div>
      <div class="list">
        ${groups.length === 0
          ? html`<div class="empty" data-testid="palette-empty">No node matches “${this.query.trim()}”.</div>`
          : groups.map((g) => {
              const open = searching || !this.collapsed.has(g.category)
              return html`
                <section>
                  <button
                    class="category"
                    data-testid=${`palette-category-${g.category}`}
                    aria-expanded=${open ? 'true' : 'false'}
                    ?disabled=${searching}
                    @click=${() => this.toggle(g.category)}
                  >${icons.chevron}<span>${humanize(g.category)}</span><span class="count">${g.schemas.length}</span></button>
                  ${open ? html`<div class="items">${g.schemas.map((s) => this.renderItem(s, s === best))}</div>` : nothing}
                </section>
              `
            })}
      </div>
    `
  }

  private renderItem(schema: NodeSchema, best: boolean): TemplateResult {
    return html`<div
      class=${best ? 'item best' : 'item'}
      role="button"
      tabindex="0"
      draggable="true"
      data-testid=${`palette-item-${typeTestId(schema.type)}`}
      title=${`${schema.title} (${schema.type})\n${schema.doc}`}
      @click=${() => this.add(schema.type)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          this.add(schema.type)
        }
      }}
      @dragstart=${(e: DragEvent) => this.onDragStart(e, schema.type)}
    ><span class="dot" style=${`background:${accentOf(schema)}`}></span><span class="item-title">${schema.title}</span>${best
      ? html`<span class="enter" aria-hidden="true">↵</span>`
      : nothing}</div>`
  }

  private add(type: string): void {
    emit(this, 'fg-add-node', { type })
  }

  private toggle(category: string): void {
    const next = new Set(this.collapsed)
    if (next.has(category)) next.delete(category)
    else next.add(category)
    this.collapsed = next
  }

  private onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      const first = searchSchemas(this.schemas, (event.target as HTMLInputElement).value)[0]
      if (first && (event.target as HTMLInputElement).value.trim() !== '') this.add(first.type)
    } else if (event.key === 'Escape') {
      this.query = ''
    }
  }

  private onDragStart(event: DragEvent, type: string): void {
    const dt = event.dataTransfer
    if (!dt) return
    dt.setData(NODE_DRAG_TYPE, type)
    dt.setData('text/plain', type)
    dt.effectAllowed = 'copy'
  }
}

if (!customElements.get('fg-palette')) customElements.define('fg-palette', FgPalette)

declare global {
  interface HTMLElementTagNameMap {
    'fg-palette': FgPalette
  }
}

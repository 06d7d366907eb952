import { LitElement, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { GraphNode, Lesson } from '../../graph/graph-file.ts'
import type { NodeSchema } from '../../graph/node-schema.ts'
import { PORT_TYPES } from '../../graph/port-types.ts'
import type { NodeRuntimeView } from '../view-types.ts'
import { emit, stopPointer } from './events.ts'
import { inspectorStyles } from './fg-inspector.styles.ts'
import { icons } from './icons.ts'
import { STATUS_TEXT } from './format.ts'
import { ParamEditor } from './param-editor.ts'
import { pinButton } from './pin-button.ts'
import { lessonToggles } from './lesson-toggles.ts'
import { nodeAccess, paramAccess } from '../lesson-rules.ts'

/**
 * The selected node's settings: its title, documentation, error, ports, and one control per
 * param, generated from the param declarations and validated with `paramProblem`.
 *
 * Events: `fg-param` {nodeId, name, value, final}, `fg-title` {nodeId, title},
 * `fg-pin` {pin, pinned} (a param's or an input's pin button).
 */
export class FgInspector extends LitElement {
  static override properties = {
    schema: { attribute: false },
    node: { attribute: false },
    view: { attribute: false },
    pinned: { attribute: false },
    pinnedInputs: { attribute: false },
    lesson: { attribute: false },
    teaching: { type: Boolean },
    lessonEntries: { attribute: false },
  }

  declare schema: NodeSchema | null
  declare node: GraphNode | null
  declare view: NodeRuntimeView | null
  /** The node's params pinned to the board. */
  declare pinned: readonly string[]
  /** The node's inputs whose source is chosen on the board. */
  declare pinnedInputs: readonly string[]
  /** The locks that apply now (a student's lesson view), or null. */
  declare lesson: Lesson | null
  /** Teacher mode: lock and hide toggles for the node and each param, of the graph's `lessonEntries`. */
  declare teaching: boolean
  declare lessonEntries: Lesson | undefined

  private readonly params = new ParamEditor(this)

  constructor() {
    super()
    this.schema = null
    this.node = null
    this.view = null
    this.pinned = []
    this.pinnedInputs = []
    this.lesson = null
    this.teaching = false
    this.lessonEntries = undefined
  }

  static override styles = inspectorStyles

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node') && !changed.has('schema')) return
    const previous = changed.get('node') as GraphNode | null | undefined
    if (!this.node || !previous || previous.id !== this.node.id || changed.has('schema')) this.params.reset()
    else this.params.answered(previous, this.node)
  }

  override render(): TemplateResult {
    const { schema, node } = this
    if (!node) return html`<div class="empty" data-testid="inspector-empty">Select a node to edit it.</div>`
    if (!schema) {
      return html`<div class="empty" data-testid="inspector-empty">Unknown node type <code>${node.type}</code>.</div>`
    }
    const params = Object.entries(schema.params).filter(([name]) => paramAccess(this.lesson, node.id, name) !== 'hidden')
    const fixed = nodeAccess(this.lesson, node.id) !== 'open'
    return html`
      <div @pointerdown=${stopPointer}>
        <header>
          <div class="name-row">
            <input
              class="node-title"
              data-testid="inspector-title"
              aria-label="Node name"
              title="Rename this node (legends use its name)"
              placeholder=${schema.title}
              .value=${node.title ?? schema.title}
              ?disabled=${fixed}
              @change=${this.onTitleChange}
              @keydown=${this.onTitleKey}
            />
            ${this.view ? html`<span class=${`badge is-${this.view.status}`} data-testid="inspector-status">${STATUS_TEXT[this.view.status]}</span>` : nothing}
          </div>
          <div class="type" data-testid="inspector-type">${schema.type} · ${node.id}${this.teaching
            ? html` <span class="node-lesson">${lessonToggles(this, this.lessonEntries, { node: node.id }, 'inspector-node')}</span>`
            : fixed ? html` <span class="badge" data-testid="inspector-locked">locked by the teacher</span>` : nothing}</div>
          <p class="doc" data-testid="inspector-doc">${schema.doc}</p>
        </header>
        ${this.view?.error
          ? html`<div class="error" role="alert" data-testid="inspector-error">${icons.warning}<span>${this.view.error}</span></div>`
          : nothing}
        <h3>Settings</h3>
        ${params.length === 0
          ? html`<p class="none">This node has no settings.</p>`
          : params.map(([name, decl]) => {
              const pinned = this.pinned.includes(name)
              const pin = { kind: 'control' as const, node: node.id, param: name }
              const toggles = this.teaching ? lessonToggles(this, this.lessonEntries, { node: node.id, param: name }, `param-${name}`) : nothing
              const locked = paramAccess(this.lesson, node.id, name) === 'locked'
              return this.params.render(node, name, decl, { prefix: '', actions: html`${toggles}${pinButton(this, pin, pinned, `param-${name}-pin`)}`, locked })
            })}
        ${this.renderPorts(node, schema)}
      </div>
    `
  }

  /** The ports; an input taking one wire has a pin: its source is then chosen on the board. */
  private renderPorts(node: GraphNode, schema: NodeSchema): TemplateResult {
    const inputs = Object.entries(schema.inputs)
    const outputs = Object.entries(schema.outputs)
    const shapes = this.view?.shapes ?? {}
    const dot = (type: keyof typeof PORT_TYPES): TemplateResult =>
      html`<span class="dot" style=${`background:${PORT_TYPES[type].color}`} title=${PORT_TYPES[type].doc}></span>`
    return html`
      ${inputs.length > 0
        ? html`<h3>Inputs</h3>
            <ul class="ports">
              ${inputs.map(
                ([port, d]) => html`<li title=${d.doc ?? nothing}>${dot(d.type)}<span>${d.label ?? port}</span><span class="port-type">${PORT_TYPES[d.type].label}${d.optional ? ', optional' : ''}${d.live ? ', live' : ''}</span>${d.multiple
                  ? nothing
                  : pinButton(this, { kind: 'input', node: node.id, input: port }, this.pinnedInputs.includes(port), `input-${port}-pin`)}</li>`,
              )}
            </ul>`
        : nothing}
      ${outputs.length > 0
        ? html`<h3>Outputs</h3>
            <ul class="ports">
              ${outputs.map(
                ([port, d]) => html`<li title=${d.doc ?? nothing}>${dot(d.type)}<span>${d.label ?? port}</span><span class="port-type">${PORT_TYPES[d.type].label}</span>${shapes[port]
                  ? html`<span class="shape" data-testid=${`inspector-shape-${port}`}>${shapes[port]}</span>`
                  : nothing}</li>`,
              )}
            </ul>`
        : nothing}
    `
  }

  private onTitleChange(event: Event): void {
    const { node, schema } = this
    if (!node || !schema) return
    const input = event.target as HTMLInputElement
    const typed = input.value.trim()
    const title = typed === '' || typed === schema.title ? undefined : typed
    if (title === node.title) {
      input.value = node.title ?? schema.title
      return
    }
    emit(this, 'fg-title', { nodeId: node.id, title })
  }

  private onTitleKey(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement
    if (event.key === 'Enter') input.blur()
    else if (event.key === 'Escape') {
      input.value = this.node?.title ?? this.schema?.title ?? ''
      input.blur()
    }
  }
}

if (!customElements.get('fg-inspector')) customElements.define('fg-inspector', FgInspector)

declare global {
  interface HTMLElementTagNameMap {
    'fg-inspector': FgInspector
  }
}

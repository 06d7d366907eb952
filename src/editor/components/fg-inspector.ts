import { LitElement, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { GraphNode, ParamValues } from '../../graph/graph-file.ts'
import type { NodeSchema } from '../../graph/node-schema.ts'
import type { NumberParam, ParamDecl, SelectParam, StringParam } from '../../graph/params.ts'
import { formatNumber, paramProblem } from '../../graph/params.ts'
import { PORT_TYPES } from '../../graph/port-types.ts'
import type { NodeRuntimeView } from '../view-types.ts'
import { emit, stopPointer } from './events.ts'
import { inspectorStyles } from './fg-inspector.styles.ts'
import { icons } from './icons.ts'
import { STATUS_TEXT, formatParamText, humanize } from './format.ts'
import { parseParamInput, sameParamValue, sliderPosition, sliderSpec, sliderValue } from './param-controls.ts'

type Value = ParamValues[string]

/**
 * The selected node's settings: its title, documentation, error, ports, and one control per
 * param, generated from the param declarations and validated with `paramProblem`.
 *
 * Events: `fg-param` {nodeId, name, value, final}, `fg-title` {nodeId, title}.
 */
export class FgInspector extends LitElement {
  static override properties = {
    schema: { attribute: false },
    node: { attribute: false },
    view: { attribute: false },
    problems: { state: true },
    drafts: { state: true },
    loadedFiles: { state: true },
  }

  declare schema: NodeSchema | null
  declare node: GraphNode | null
  declare view: NodeRuntimeView | null
  /** Problem shown per param, for text the user typed that was not accepted (view state). */
  declare problems: Readonly<Record<string, string>>
  /** Number-field text per param while a slider moves ahead of the app's answer (view state). */
  declare drafts: Readonly<Record<string, string>>
  /** Name of the file last loaded per string param (view state). */
  declare loadedFiles: Readonly<Record<string, string>>

  /** Params whose slider emitted non-final values since the last final one. */
  private readonly dragging = new Set<string>()
  private readonly lastEmitted = new Map<string, Value>()

  constructor() {
    super()
    this.schema = null
    this.node = null
    this.view = null
    this.problems = {}
    this.drafts = {}
    this.loadedFiles = {}
  }

  static override styles = inspectorStyles

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node') && !changed.has('schema')) return
    const previous = changed.get('node') as GraphNode | null | undefined
    if (!this.node || !previous || previous.id !== this.node.id || changed.has('schema')) {
      this.problems = {}
      this.drafts = {}
      this.loadedFiles = {}
      this.dragging.clear()
      this.lastEmitted.clear()
      return
    }
    // Drop drafts whose param the app has now answered.
    const drafts: Record<string, string> = {}
    for (const [name, text] of Object.entries(this.drafts)) {
      if (sameParamValue(previous.params[name], this.node.params[name])) drafts[name] = text
    }
    this.drafts = drafts
  }

  override render(): TemplateResult {
    const { schema, node } = this
    if (!node) return html`<div class="empty" data-testid="inspector-empty">Select a node to edit it.</div>`
    if (!schema) {
      return html`<div class="empty" data-testid="inspector-empty">Unknown node type <code>${node.type}</code>.</div>`
    }
    const params = Object.entries(schema.params)
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
              @change=${this.onTitleChange}
              @keydown=${this.onTitleKey}
            />
            ${this.view ? html`<span class=${`badge is-${this.view.status}`} data-testid="inspector-status">${STATUS_TEXT[this.view.status]}</span>` : nothing}
          </div>
          <div class="type" data-testid="inspector-type">${schema.type} · ${node.id}</div>
          <p class="doc" data-testid="inspector-doc">${schema.doc}</p>
        </header>
        ${this.view?.error
          ? html`<div class="error" role="alert" data-testid="inspector-error">${icons.warning}<span>${this.view.error}</span></div>`
          : nothing}
        <h3>Settings</h3>
        ${params.length === 0
          ? html`<p class="none">This node has no settings.</p>`
          : params.map(([name, decl]) => this.renderParam(node, name, decl))}
        ${this.renderPorts(schema)}
      </div>
    `
  }

  private current(node: GraphNode, name: string, decl: ParamDecl): Value {
    const v = node.params[name]
    if (v !== undefined) return v
    return Array.isArray(decl.default) ? [...(decl.default as readonly number[])] : (decl.default as number | boolean | string)
  }

  private renderParam(node: GraphNode, name: string, decl: ParamDecl): TemplateResult {
    const id = `param-${name}`
    const problem = this.problems[name]
    const label = decl.label ?? humanize(name)
    return html`
      <div class="param" data-param=${name}>
        <label class="name" for=${id} title=${decl.doc ?? nothing}>${label}</label>
        ${this.renderControl(node, name, decl, id, problem !== undefined)}
        ${problem !== undefined ? html`<div class="problem" role="alert" data-testid=${`param-${name}-problem`}>${problem}</div>` : nothing}
        ${decl.doc ? html`<div class="help">${decl.doc}</div>` : nothing}
      </div>
    `
  }

  private renderControl(node: GraphNode, name: string, decl: ParamDecl, id: string, invalid: boolean): TemplateResult {
    const value = this.current(node, name, decl)
    switch (decl.kind) {
      case 'number':
        return this.renderNumber(name, decl, typeof value === 'number' ? value : decl.default, id, invalid)
      case 'boolean':
        return html`<label class="check"><input
            type="checkbox"
            id=${id}
            data-testid=${`param-${name}`}
            .checked=${value === true}
            @change=${(e: Event) => this.commit(name, decl, (e.target as HTMLInputElement).checked)}
          /><span>${value === true ? 'On' : 'Off'}</span></label>`
      case 'select':
        return this.renderSelect(name, decl, String(value), id)
      case 'string':
        return this.renderString(name, decl, typeof value === 'string' ? value : String(value), id, invalid)
      case 'shape':
      case 'numbers':
        return html`<input
          class=${invalid ? 'text invalid' : 'text'}
          id=${id}
          data-testid=${`param-${name}`}
          spellcheck="false"
          placeholder=${decl.kind === 'shape' ? 'e.g. 4, 8' : 'e.g. 0.1, 0.5, 1'}
          .value=${formatParamText(value)}
          @input=${(e: Event) => this.check(name, decl, (e.target as HTMLInputElement).value)}
          @change=${(e: Event) => this.commitText(name, decl, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.revertOnEscape(e, formatParamText(value), name)}
        />`
    }
  }

  private renderNumber(name: string, decl: NumberParam, value: number, id: string, invalid: boolean): TemplateResult {
    const spec = sliderSpec(decl)
    const text = this.drafts[name] ?? formatNumber(value)
    return html`<div class="number" role="group" data-testid=${`param-${name}`}>
      ${spec
        ? html`<input
            type="range"
            aria-label=${decl.label ?? humanize(name)}
            data-testid=${`param-${name}-slider`}
            min=${spec.min}
            max=${spec.max}
            step=${spec.step}
            .value=${String(sliderPosition(decl, value))}
            @input=${(e: Event) => this.onSlide(name, decl, e, false)}
            @change=${(e: Event) => this.onSlide(name, decl, e, true)}
          />`
        : nothing}
      <input
        class=${invalid ? 'value invalid' : 'value'}
        id=${id}
        inputmode="decimal"
        spellcheck="false"
        autocomplete="off"
        data-testid=${`param-${name}-input`}
        title=${this.rangeText(decl)}
        .value=${text}
        @input=${(e: Event) => this.check(name, decl, (e.target as HTMLInputElement).value)}
        @change=${(e: Event) => this.commitText(name, decl, (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => this.revertOnEscape(e, formatNumber(value), name)}
      />
    </div>`
  }

  private rangeText(decl: NumberParam): string {
    const parts: string[] = []
    if (decl.min !== undefined) parts.push(`min ${formatNumber(decl.min)}${decl.minInclusive === false ? ' (excluded)' : ''}`)
    if (decl.max !== undefined) parts.push(`max ${formatNumber(decl.max)}${decl.maxInclusive === false ? ' (excluded)' : ''}`)
    if (decl.integer) parts.push('whole numbers')
    if (decl.scale === 'log') parts.push('log scale')
    return parts.join(', ')
  }

  private renderSelect(name: string, decl: SelectParam, value: string, id: string): TemplateResult {
    return html`<select id=${id} data-testid=${`param-${name}`} @change=${(e: Event) => this.commit(name, decl, (e.target as HTMLSelectElement).value)}>
      ${decl.options.map((o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`)}
    </select>`
  }

  private renderString(name: string, decl: StringParam, value: string, id: string, invalid: boolean): TemplateResult {
    const onChange = (e: Event): void => this.commitText(name, decl, (e.target as HTMLInputElement | HTMLTextAreaElement).value)
    const field = decl.multiline
      ? html`<textarea
          id=${id}
          class=${invalid ? 'invalid' : ''}
          data-testid=${`param-${name}`}
          spellcheck="false"
          .value=${value}
          @change=${onChange}
        ></textarea>`
      : html`<input class=${invalid ? 'text invalid' : 'text'} id=${id} data-testid=${`param-${name}`} .value=${value} @change=${onChange} />`
    if (!decl.file) return field
    const loaded = this.loadedFiles[name]
    return html`${field}
      <div class="file">
        <button
          data-testid=${`param-${name}-file`}
          title=${`Load the text of a file (${decl.file})`}
          @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement | null)?.click()}
        >${icons.file}<span>Load file…</span></button><input
          type="file"
          hidden
          accept=${decl.file}
          data-testid=${`param-${name}-file-input`}
          @change=${(e: Event) => void this.onFile(name, decl, e)}
        />${loaded ? html`<span title=${loaded}>${loaded}</span>` : nothing}
      </div>`
  }

  private renderPorts(schema: NodeSchema): TemplateResult {
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
                ([port, d]) => html`<li title=${d.doc ?? nothing}>${dot(d.type)}<span>${d.label ?? port}</span><span class="port-type">${PORT_TYPES[d.type].label}${d.optional ? ', optional' : ''}${d.live ? ', live' : ''}</span></li>`,
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

  // ---- editing ----

  private setProblem(name: string, problem: string | null): void {
    if ((this.problems[name] ?? null) === problem) return
    const next = { ...this.problems }
    if (problem === null) delete next[name]
    else next[name] = problem
    this.problems = next
  }

  private setDraft(name: string, text: string | null): void {
    const next = { ...this.drafts }
    if (text === null) delete next[name]
    else next[name] = text
    this.drafts = next
  }

  /** Live validation while typing: shows the problem, emits nothing. */
  private check(name: string, decl: ParamDecl, text: string): void {
    const parsed = parseParamInput(decl, text)
    this.setProblem(name, parsed.ok ? null : parsed.problem)
  }

  /** Typed text is done (Enter or leaving the field): emit it if valid, else show why not. */
  private commitText(name: string, decl: ParamDecl, text: string): void {
    const parsed = parseParamInput(decl, text)
    if (!parsed.ok) {
      this.setProblem(name, parsed.problem)
      return
    }
    this.setProblem(name, null)
    if (decl.kind === 'number') this.setDraft(name, null)
    this.commit(name, decl, parsed.value)
  }

  /** Emits a final value unless it is the node's value already. */
  private commit(name: string, decl: ParamDecl, value: Value): void {
    const node = this.node
    if (!node) return
    const problem = paramProblem(decl, value)
    if (problem !== null) {
      this.setProblem(name, problem)
      return
    }
    this.setProblem(name, null)
    if (sameParamValue(value, this.current(node, name, decl)) && !this.dragging.has(name)) return
    this.dragging.delete(name)
    this.lastEmitted.delete(name)
    emit(this, 'fg-param', { nodeId: node.id, name, value, final: true })
  }

  private onSlide(name: string, decl: NumberParam, event: Event, final: boolean): void {
    const node = this.node
    if (!node) return
    const value = sliderValue(decl, Number((event.target as HTMLInputElement).value))
    this.setDraft(name, formatNumber(value))
    this.setProblem(name, null)
    if (final) {
      this.commit(name, decl, value)
      return
    }
    const previous = this.lastEmitted.get(name) ?? this.current(node, name, decl)
    if (sameParamValue(previous, value)) return
    this.dragging.add(name)
    this.lastEmitted.set(name, value)
    emit(this, 'fg-param', { nodeId: node.id, name, value, final: false })
  }

  private revertOnEscape(event: KeyboardEvent, text: string, name: string): void {
    if (event.key !== 'Escape') return
    const input = event.target as HTMLInputElement
    input.value = text
    this.setDraft(name, null)
    this.setProblem(name, null)
    input.blur()
  }

  private async onFile(name: string, decl: StringParam, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    if (!file) return
    try {
      const text = await file.text()
      this.loadedFiles = { ...this.loadedFiles, [name]: file.name }
      this.commit(name, decl, text)
    } catch (error) {
      this.setProblem(name, `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      input.value = ''
    }
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

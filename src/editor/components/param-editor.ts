import { html, nothing } from 'lit'
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit'
import type { GraphNode, ParamValues } from '../../graph/graph-file.ts'
import type { NumberParam, ParamDecl, SelectParam, StringParam } from '../../graph/params.ts'
import { formatNumber, paramProblem } from '../../graph/params.ts'
import { emit } from './events.ts'
import type { LayersDetail } from './events.ts'
import './fg-layer-editor.ts'
import { icons } from './icons.ts'
import { controlShell } from './control-shell.ts'
import { formatParamText, humanize } from './format.ts'
import { parseParamInput, sameParamValue, sliderPosition, sliderSpec, sliderValue } from './param-controls.ts'

type Value = ParamValues[string]
type Host = ReactiveControllerHost & HTMLElement

/** Where a param's control is drawn: test ids start with `prefix` (the board's differ from the inspector's). */
export interface ParamPlace {
  readonly prefix: string
  /** Extra buttons after the label (pin, unpin). */
  readonly actions?: TemplateResult
  /** The node the param belongs to, named before its label apart from it (the board). */
  readonly context?: string
  /** Shown but not editable: the teacher locked it for this lesson. */
  readonly locked?: boolean
}

/**
 * The controls of params — sliders (log scale where declared), number fields, selects,
 * checkboxes, text and file fields — shared by the inspector and the board, with the view
 * state they need while the user types or drags: the problem of text that was not accepted,
 * the field's text while a slider runs ahead of the app, the name of a loaded file. The host
 * emits `fg-param` {nodeId, name, value, final}.
 */
export class ParamEditor implements ReactiveController {
  private problems = new Map<string, string>()
  private drafts = new Map<string, string>()
  private loadedFiles = new Map<string, string>()
  /** Params whose slider emitted non-final values since the last final one. */
  private readonly dragging = new Set<string>()
  private readonly lastEmitted = new Map<string, Value>()

  constructor(private readonly host: Host) {
    host.addController(this)
  }

  hostConnected(): void {}

  /** Forgets everything (another node is shown). */
  reset(): void {
    this.problems.clear()
    this.drafts.clear()
    this.loadedFiles.clear()
    this.dragging.clear()
    this.lastEmitted.clear()
  }

  /** Drops the drafts of params the app has answered since `previous`. */
  answered(previous: GraphNode, node: GraphNode): void {
    for (const name of Object.keys(node.params)) {
      if (!sameParamValue(previous.params[name], node.params[name])) this.drafts.delete(key(node.id, name))
    }
  }

  render(node: GraphNode, name: string, decl: ParamDecl, place: ParamPlace = { prefix: '' }): TemplateResult {
    const id = `${place.prefix}param-${name}`
    const problem = this.problems.get(key(node.id, name))
    const frame = { id, param: name, context: place.context, label: decl.label ?? humanize(name), doc: decl.doc, locked: place.locked === true, actions: place.actions, problem }
    return controlShell(frame, this.renderControl(node, name, decl, id, problem !== undefined))
  }

  private current(node: GraphNode, name: string, decl: ParamDecl): Value {
    const v = node.params[name]
    if (v !== undefined) return v
    return Array.isArray(decl.default) ? ([...decl.default] as Value) : (decl.default as number | boolean | string)
  }

  private renderControl(node: GraphNode, name: string, decl: ParamDecl, id: string, invalid: boolean): TemplateResult {
    const value = this.current(node, name, decl)
    switch (decl.kind) {
      case 'number':
        return this.renderNumber(node, name, decl, typeof value === 'number' ? value : decl.default, id, invalid)
      case 'boolean':
        return html`<label class="check"><input
            type="checkbox"
            id=${id}
            data-testid=${id}
            .checked=${value === true}
            @change=${(e: Event) => this.commit(node, name, decl, (e.target as HTMLInputElement).checked)}
          /><span>${value === true ? 'On' : 'Off'}</span></label>`
      case 'select':
        return this.renderSelect(node, name, decl, String(value), id)
      case 'string':
        return this.renderString(node, name, decl, typeof value === 'string' ? value : String(value), id, invalid)
      case 'layers':
        return html`<fg-layer-editor
          id=${id}
          data-testid=${id}
          .layers=${Array.isArray(value) ? value : []}
          @fg-layers=${(e: CustomEvent<LayersDetail>) => {
            e.stopPropagation()
            this.commit(node, name, decl, e.detail.value)
          }}
        ></fg-layer-editor>`
      case 'shape':
      case 'numbers':
        return html`<input
          class=${invalid ? 'text invalid' : 'text'}
          id=${id}
          data-testid=${id}
          spellcheck="false"
          placeholder=${decl.kind === 'shape' ? 'e.g. 4, 8' : 'e.g. 0.1, 0.5, 1'}
          .value=${formatParamText(value)}
          @input=${(e: Event) => this.check(node, name, decl, (e.target as HTMLInputElement).value)}
          @change=${(e: Event) => this.commitText(node, name, decl, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.revertOnEscape(e, formatParamText(value), node, name)}
        />`
    }
  }

  private renderNumber(node: GraphNode, name: string, decl: NumberParam, value: number, id: string, invalid: boolean): TemplateResult {
    const spec = sliderSpec(decl)
    const text = this.drafts.get(key(node.id, name)) ?? formatNumber(value)
    return html`<div class="number" role="group" data-testid=${id}>
      ${spec
        ? html`<input
            type="range"
            aria-label=${decl.label ?? humanize(name)}
            data-testid=${`${id}-slider`}
            min=${spec.min}
            max=${spec.max}
            step=${spec.step}
            .value=${String(sliderPosition(decl, value))}
            @input=${(e: Event) => this.onSlide(node, name, decl, e, false)}
            @change=${(e: Event) => this.onSlide(node, name, decl, e, true)}
          />`
        : nothing}
      <input
        class=${invalid ? 'value invalid' : 'value'}
        id=${id}
        inputmode="decimal"
        spellcheck="false"
        autocomplete="off"
        data-testid=${`${id}-input`}
        title=${rangeText(decl)}
        .value=${text}
        @input=${(e: Event) => this.check(node, name, decl, (e.target as HTMLInputElement).value)}
        @change=${(e: Event) => this.commitText(node, name, decl, (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => this.revertOnEscape(e, formatNumber(value), node, name)}
      />
    </div>`
  }

  private renderSelect(node: GraphNode, name: string, decl: SelectParam, value: string, id: string): TemplateResult {
    return html`<select id=${id} data-testid=${id} @change=${(e: Event) => this.commit(node, name, decl, (e.target as HTMLSelectElement).value)}>
      ${decl.options.map((o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`)}
    </select>`
  }

  private renderString(node: GraphNode, name: string, decl: StringParam, value: string, id: string, invalid: boolean): TemplateResult {
    const onChange = (e: Event): void => this.commitText(node, name, decl, (e.target as HTMLInputElement | HTMLTextAreaElement).value)
    const field = decl.multiline
      ? html`<textarea id=${id} class=${invalid ? 'invalid' : ''} data-testid=${id} spellcheck="false" .value=${value} @change=${onChange}></textarea>`
      : html`<input class=${invalid ? 'text invalid' : 'text'} id=${id} data-testid=${id} .value=${value} @change=${onChange} />`
    if (!decl.file) return field
    const loaded = this.loadedFiles.get(key(node.id, name))
    return html`${field}
      <div class="file">
        <button
          data-testid=${`${id}-file`}
          title=${`Load the text of a file (${decl.file})`}
          @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement | null)?.click()}
        >${icons.file}<span>Load file…</span></button><input
          type="file"
          hidden
          accept=${decl.file}
          data-testid=${`${id}-file-input`}
          @change=${(e: Event) => void this.onFile(node, name, decl, e)}
        />${loaded ? html`<span title=${loaded}>${loaded}</span>` : nothing}
      </div>`
  }

  // ---- editing ----

  private setProblem(node: GraphNode, name: string, problem: string | null): void {
    const k = key(node.id, name)
    if ((this.problems.get(k) ?? null) === problem) return
    if (problem === null) this.problems.delete(k)
    else this.problems.set(k, problem)
    this.host.requestUpdate()
  }

  private setDraft(node: GraphNode, name: string, text: string | null): void {
    if (text === null) this.drafts.delete(key(node.id, name))
    else this.drafts.set(key(node.id, name), text)
    this.host.requestUpdate()
  }

  /** Live validation while typing: shows the problem, emits nothing. */
  private check(node: GraphNode, name: string, decl: ParamDecl, text: string): void {
    const parsed = parseParamInput(decl, text)
    this.setProblem(node, name, parsed.ok ? null : parsed.problem)
  }

  /** Typed text is done (Enter or leaving the field): emit it if valid, else show why not. */
  private commitText(node: GraphNode, name: string, decl: ParamDecl, text: string): void {
    const parsed = parseParamInput(decl, text)
    if (!parsed.ok) {
      this.setProblem(node, name, parsed.problem)
      return
    }
    this.setProblem(node, name, null)
    if (decl.kind === 'number') this.setDraft(node, name, null)
    this.commit(node, name, decl, parsed.value)
  }

  /** Emits a final value unless it is the node's value already. */
  private commit(node: GraphNode, name: string, decl: ParamDecl, value: Value): void {
    const problem = paramProblem(decl, value)
    if (problem !== null) {
      this.setProblem(node, name, problem)
      return
    }
    this.setProblem(node, name, null)
    const k = key(node.id, name)
    if (sameParamValue(value, this.current(node, name, decl)) && !this.dragging.has(k)) return
    this.dragging.delete(k)
    this.lastEmitted.delete(k)
    emit(this.host, 'fg-param', { nodeId: node.id, name, value, final: true })
  }

  private onSlide(node: GraphNode, name: string, decl: NumberParam, event: Event, final: boolean): void {
    const value = sliderValue(decl, Number((event.target as HTMLInputElement).value))
    this.setDraft(node, name, formatNumber(value))
    this.setProblem(node, name, null)
    if (final) {
      this.commit(node, name, decl, value)
      return
    }
    const k = key(node.id, name)
    const previous = this.lastEmitted.get(k) ?? this.current(node, name, decl)
    if (sameParamValue(previous, value)) return
    this.dragging.add(k)
    this.lastEmitted.set(k, value)
    emit(this.host, 'fg-param', { nodeId: node.id, name, value, final: false })
  }

  private revertOnEscape(event: KeyboardEvent, text: string, node: GraphNode, name: string): void {
    if (event.key !== 'Escape') return
    const input = event.target as HTMLInputElement
    input.value = text
    this.setDraft(node, name, null)
    this.setProblem(node, name, null)
    input.blur()
  }

  private async onFile(node: GraphNode, name: string, decl: StringParam, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    if (!file) return
    try {
      const text = await file.text()
      this.loadedFiles.set(key(node.id, name), file.name)
      this.host.requestUpdate()
      this.commit(node, name, decl, text)
    } catch (error) {
      this.setProblem(node, name, `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      input.value = ''
    }
  }
}

function key(nodeId: string, name: string): string {
  return `${nodeId}\u0000${name}`
}

function rangeText(decl: NumberParam): string {
  const parts: string[] = []
  if (decl.min !== undefined) parts.push(`min ${formatNumber(decl.min)}${decl.minInclusive === false ? ' (excluded)' : ''}`)
  if (decl.max !== undefined) parts.push(`max ${formatNumber(decl.max)}${decl.maxInclusive === false ? ' (excluded)' : ''}`)
  if (decl.integer) parts.push('whole numbers')
  if (sliderSpec(decl)?.log) parts.push('log scale')
  return parts.join(', ')
}

import { html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { BoardInputControl, GraphDocument } from '../../graph/graph-file.ts'
import type { Catalog } from '../../graph/node-schema.ts'
import { currentSource, feeding, sourceChoices } from '../input-sources.ts'
import { controlShell } from './control-shell.ts'
import { emit } from './events.ts'
import { humanize } from './format.ts'

/** Where the control is drawn, as for a param (param-editor.ts): test-id prefix, lock and buttons. */
export interface SourcePlace {
  readonly prefix: string
  readonly locked: boolean
  readonly actions?: TemplateResult
  /** The node, named before the label apart from it (the board). */
  readonly context?: string
}

/**
 * A pinned input ("which optimizer does this trainer use"): a select of the graph's nodes whose
 * output can feed it, by their titles. Choosing one emits `fg-source`, which the app applies as
 * the canvas applies a reconnect: one undoable edit that a running trainer sees as a rewire.
 * Test id: `<prefix>input-<input>`.
 */
export function sourceControl(host: HTMLElement, doc: GraphDocument, catalog: Catalog, pin: BoardInputControl, place: SourcePlace): TemplateResult | typeof nothing {
  const node = doc.nodes.find((n) => n.id === pin.node)
  const schema = node ? catalog.get(node.type) : undefined
  const decl = schema?.inputs[pin.input]
  if (!node || !schema || !decl) return nothing
  const to = { node: pin.node, port: pin.input }
  const choices = sourceChoices(doc, catalog, to)
  const current = currentSource(doc, to)
  const chosen = current ? choices.findIndex((c) => c.from.node === current.node && c.from.port === current.port) : -1
  const id = `${place.prefix}input-${pin.input}`
  const onChange = (e: Event): void => {
    const choice = choices[Number((e.target as HTMLSelectElement).value)]
    if (choice) emit(host, 'fg-source', { connection: feeding(choice.from, to) })
  }
  const field = html`<select id=${id} data-testid=${id} @change=${onChange}>
    ${chosen < 0 ? html`<option value="" selected disabled>Not connected</option>` : nothing}
    ${choices.map((c, i) => html`<option value=${String(i)} ?selected=${i === chosen}>${c.label}</option>`)}
  </select>`
  return controlShell({ id, input: pin.input, context: place.context, label: decl.label ?? humanize(pin.input), doc: decl.doc, locked: place.locked, actions: place.actions }, field)
}

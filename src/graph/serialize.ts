/**
 * Writing a graph file: 2-space indentation, a fixed key order, params sorted by name,
 * nodes and connections in the user's order, short number lists on one line, trailing
 * newline. Loading what this writes and writing it again gives the same bytes.
 */
import { CURRENT_VERSION, FORMAT } from './graph-file.ts'
import type { Board, Connection, Endpoint, GraphDocument, GraphNode, LayerEntryValue, Lesson, LessonItem, ParamValue, Tweak } from './graph-file.ts'
import { jsonPath } from './json-path.ts'
import type { PathSegment } from './json-path.ts'

const INDENT = '  '
/** Number lists up to this many characters stay on one line; longer ones wrap at it. */
const LINE_WIDTH = 72

type Scalar = string | number | boolean

function scalar(v: Scalar, path: readonly PathSegment[]): string {
  if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`cannot save ${jsonPath(path)}: ${v} is not a finite number`)
  return JSON.stringify(v)
}

function numberList(values: readonly number[], indent: string, path: readonly PathSegment[]): string {
  const items = values.map((v, i) => scalar(v, [...path, i]))
  const inline = `[${items.join(', ')}]`
  if (inline.length <= LINE_WIDTH) return inline
  const lines: string[] = []
  let line = ''
  for (const item of items) {
    if (line !== '' && line.length + 2 + item.length > LINE_WIDTH) {
      lines.push(`${line},`)
      line = item
    } else line = line === '' ? item : `${line}, ${item}`
  }
  lines.push(line)
  const inner = indent + INDENT
  return `[\n${lines.map((l) => inner + l).join('\n')}\n${indent}]`
}

/** A layer on one line, its type first and its other fields by name, so a stack diffs by layer. */
function layerEntry(entry: LayerEntryValue, path: readonly PathSegment[]): string {
  const names = Object.keys(entry).sort((a, b) => (a === 'type' ? -1 : b === 'type' ? 1 : byCodeUnits(a, b)))
  return `{ ${names.map((name) => key(name) + scalar(entry[name], [...path, name])).join(', ')} }`
}

function value(v: Scalar | readonly number[] | readonly LayerEntryValue[], indent: string, path: readonly PathSegment[]): string {
  if (!Array.isArray(v)) return scalar(v as Scalar, path)
  const list: readonly (number | LayerEntryValue)[] = v
  if (list.length > 0 && typeof list[0] === 'object') return block((list as readonly LayerEntryValue[]).map((entry, i) => layerEntry(entry, [...path, i])), indent, '[', ']')
  return numberList(list as readonly number[], indent, path)
}

/** A value on one line (a tweak's): a layer list's layers one after another. */
function inlineValue(v: ParamValue, path: readonly PathSegment[]): string {
  if (!Array.isArray(v)) return scalar(v, path)
  const list: readonly (number | LayerEntryValue)[] = v
  return `[${list.map((item, i) => (typeof item === 'number' ? scalar(item, [...path, i]) : layerEntry(item, [...path, i]))).join(', ')}]`
}

/** `{ ... }` over lines, or `{}` when empty. */
function block(entries: readonly string[], indent: string, open = '{', close = '}'): string {
  if (entries.length === 0) return `${open}${close}`
  const inner = indent + INDENT
  return `${open}\n${entries.map((e) => inner + e).join(',\n')}\n${indent}${close}`
}

function key(name: string): string {
  return `${JSON.stringify(name)}: `
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function node(n: GraphNode, indent: string, i: number): string {
  const inner = indent + INDENT
  const path: PathSegment[] = ['nodes', i]
  const params = Object.keys(n.params)
    .sort(byCodeUnits)
    .map((name) => key(name) + value(n.params[name], inner + INDENT, [...path, 'params', name]))
  const entries = [key('id') + scalar(n.id, path), key('type') + scalar(n.type, path)]
  if (n.title !== undefined) entries.push(key('title') + scalar(n.title, path))
  entries.push(key('position') + numberList(n.position, inner, [...path, 'position']))
  if (n.size !== undefined) entries.push(key('size') + numberList(n.size, inner, [...path, 'size']))
  entries.push(key('params') + block(params, inner))
  return block(entries, indent)
}

function endpoint(e: Endpoint): string {
  return `{ ${key('node')}${JSON.stringify(e.node)}, ${key('port')}${JSON.stringify(e.port)} }`
}

function connection(c: Connection, indent: string): string {
  return block([key('from') + endpoint(c.from), key('to') + endpoint(c.to)], indent)
}

function tweak(t: Tweak, i: number): string {
  const path: PathSegment[] = ['tweaks', i]
  const fields = [
    key('node') + scalar(t.node, path),
    ...(t.param !== undefined ? [key('param') + scalar(t.param, path)] : []),
    ...(t.input !== undefined ? [key('input') + scalar(t.input, path)] : []),
    key('value') + inlineValue(t.value, [...path, 'value']),
    ...(t.from !== undefined ? [key('from') + inlineValue(t.from, [...path, 'from'])] : []),
    ...(t.label !== undefined ? [key('label') + scalar(t.label, path)] : []),
    key('trainer') + scalar(t.trainer, path),
    key('step') + scalar(t.step, [...path, 'step']),
    ...(t.path !== undefined
      ? [key('path') + `[${t.path.map((c, k) => `{ ${key('step')}${scalar(c.step, [...path, 'path', k, 'step'])}, ${key('value')}${inlineValue(c.value, [...path, 'path', k, 'value'])} }`).join(', ')}]`]
      : []),
  ]
  return `{ ${fields.join(', ')} }`
}

/** A lesson entry or a board control on one line: its node, then the param or input it names (when it names one). */
function itemLine(item: LessonItem): string {
  const named = item.param !== undefined ? `, ${key('param')}${JSON.stringify(item.param)}` : item.input !== undefined ? `, ${key('input')}${JSON.stringify(item.input)}` : ''
  return `{ ${key('node')}${JSON.stringify(item.node)}${named} }`
}

/** One line per locked or hidden item, in the teacher's order. */
function lesson(l: Lesson, indent: string): string {
  const inner = indent + INDENT
  return block([key('locked') + block(l.locked.map(itemLine), inner, '[', ']'), key('hidden') + block(l.hidden.map(itemLine), inner, '[', ']')], indent)
}

/** One line per pin, in board order; the lesson only when the graph has one (older files stay byte-identical). */
function board(b: Board, indent: string): string {
  const inner = indent + INDENT
  const charts = b.charts.map((c) => `{ ${key('node')}${JSON.stringify(c.node)}, ${key('port')}${JSON.stringify(c.port)}, ${key('size')}${JSON.stringify(c.size)} }`)
  const controls = b.controls.map(itemLine)
  const entries = [key('charts') + block(charts, inner, '[', ']'), key('controls') + block(controls, inner, '[', ']')]
  if (b.lesson !== undefined) entries.push(key('lesson') + lesson(b.lesson, inner))
  return block(entries, indent)
}

/** The text of a graph file, always in the current format version. */
export function serializeGraph(doc: GraphDocument): string {
  const i1 = INDENT
  const i2 = INDENT + INDENT
  const meta = [key('title') + JSON.stringify(doc.meta.title)]
  if (doc.meta.description !== undefined) meta.push(key('description') + JSON.stringify(doc.meta.description))
  const entries = [
    key('format') + JSON.stringify(FORMAT),
    key('version') + String(CURRENT_VERSION),
    key('meta') + block(meta, i1),
    key('board') + board(doc.board ?? { charts: [], controls: [] }, i1),
    key('nodes') + block(doc.nodes.map((n, i) => node(n, i2, i)), i1, '[', ']'),
    key('connections') + block(doc.connections.map((c) => connection(c, i2)), i1, '[', ']'),
    key('tweaks') + block(doc.tweaks.map((t, i) => tweak(t, i)), i1, '[', ']'),
  ]
  return `${block(entries, '')}\n`
}

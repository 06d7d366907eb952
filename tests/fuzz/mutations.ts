/**
 * Mutation operators for the graph-file fuzz test: each changes a parsed example in one
 * hostile way (wrong values, missing or renamed keys, prototype keys, very long strings,
 * very deep nesting, cycles, old-version shapes). Values too deep for JSON.stringify are
 * spliced into the text afterwards through markers.
 */
import type { Random } from '../../src/core/random/index.ts'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }
type Container = Json[] | JsonObject

/** A mutated file: its value, plus texts that replace marker strings once it is stringified. */
export interface Mutant {
  value: Json
  splices: Map<string, string>
}

export interface Pick {
  int(n: number): number
  chance(p: number): boolean
  one<T>(items: readonly T[]): T
}

export function picker(random: Random): Pick {
  const int = (n: number): number => Math.floor(random.next() * n)
  return { int, chance: (p) => random.next() < p, one: (items) => items[int(items.length)] }
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype']
const NODE_TYPES = ['data/iris', 'preprocess/standardize', 'model/input', 'model/dense', 'optimizer/adam', 'train/trainer', 'plot/training-curves', 'nope/nope', '', '__proto__', 'constructor']

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isContainer(v: Json | undefined): v is Container {
  return typeof v === 'object' && v !== null
}

/** Every container in the value (up to a bound: mutants can hold thousands of nodes), with its depth. */
function containers(value: Json, limit = 4000): Container[] {
  const found: Container[] = []
  const todo: Json[] = [value]
  while (todo.length > 0 && found.length < limit) {
    const v = todo.pop() as Json
    if (!isContainer(v)) continue
    found.push(v)
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (isContainer(child)) todo.push(child)
  }
  return found
}

/** A key of a container (an index of a non-empty list), or null for an empty one. */
function someKey(p: Pick, c: Container): string | number | null {
  if (Array.isArray(c)) return c.length > 0 ? p.int(c.length) : null
  const keys = Object.keys(c)
  return keys.length > 0 ? p.one(keys) : null
}

function set(c: Container, key: string | number, v: Json): void {
  if (Array.isArray(c)) c[Number(key)] = v
  else Object.defineProperty(c, key, { value: v, enumerable: true, writable: true, configurable: true })
}

function longString(p: Pick): string {
  const unit = p.one(['x', 'é', '😀', '"\\', 'ab-_'])
  return unit.repeat(1 + p.int(p.chance(0.5) ? 40_000 : 2_000))
}

function randomValue(p: Pick): Json {
  return p.one<() => Json>([
    () => p.one([0, -1, 0.5, 1e308, -1e-308, 2 ** 53, 123456789, 3]),
    () => p.one(['', 'x', 'true', '1', 'fit', 'dataset', 'data', '$.nodes[0]', "it's", ...PROTO_KEYS, 'toString', 'hasOwnProperty']),
    () => p.chance(0.5),
    () => null,
    () => [],
    () => ({}),
    () => [1, 2, 3],
    () => ({ node: 'fit', port: 'data' }),
    () => longString(p),
  ])()
}

/** One edit (insert, delete or substitute a character) of a string. */
function typo(p: Pick, s: string): string {
  const at = p.int(s.length + 1)
  const ch = p.one(['a', 'e', '-', '_', '0'])
  return p.one([() => s.slice(0, at) + ch + s.slice(at), () => s.slice(0, at) + s.slice(at + 1), () => s.slice(0, at) + ch + s.slice(at + 1)])()
}

function nodesOf(m: Mutant): JsonObject[] {
  const nodes = isObject(m.value) ? m.value.nodes : undefined
  return Array.isArray(nodes) ? nodes.filter(isObject) : []
}

function connectionsOf(m: Mutant): Json[] | null {
  const c = isObject(m.value) ? m.value.connections : undefined
  return Array.isArray(c) ? c : null
}

type Operator = (m: Mutant, p: Pick) => void

export const OPERATORS: Readonly<Record<string, Operator>> = {
  replaceValue(m, p) {
    const c = p.one(containers(m.value))
    const key = someKey(p, c)
    if (key !== null) set(c, key, randomValue(p))
  },
  deleteKey(m, p) {
    const c = p.one(containers(m.value))
    const key = someKey(p, c)
    if (key === null) return
    if (Array.isArray(c)) c.splice(Number(key), 1)
    else delete c[key]
  },
  renameKey(m, p) {
    const objects = containers(m.value).filter(isObject)
    const o = objects.length > 0 ? p.one(objects) : null
    const key = o ? someKey(p, o) : null
    if (!o || typeof key !== 'string') return
    const value = o[key]
    delete o[key]
    set(o, p.chance(0.3) ? p.one(PROTO_KEYS) : p.chance(0.5) ? typo(p, key) : p.one(['edges', 'data', 'source', 'params', 'from', 'x']), value)
  },
  protoKey(m, p) {
    const objects = containers(m.value).filter(isObject)
    if (objects.length > 0) set(p.one(objects), p.one(PROTO_KEYS), p.chance(0.5) ? { polluted: true, toString: 'x' } : randomValue(p))
  },
  longString(m, p) {
    const c = p.one(containers(m.value))
    const key = someKey(p, c)
    if (key !== null) set(c, key, longString(p))
  },
  longKey(m, p) {
    const objects = containers(m.value).filter(isObject)
    if (objects.length > 0) set(p.one(objects), longString(p), randomValue(p))
  },
  deepNesting(m, p) {
    const c = p.one(containers(m.value))
    const key = someKey(p, c)
    if (key === null) return
    const depth = 60 + p.int(p.chance(0.2) ? 20_000 : 200)
    const marker = `\u0000deep${m.splices.size}\u0000`
    const [open, close] = p.chance(0.5) ? ['[', ']'] : ['{"a":', '}']
    m.splices.set(JSON.stringify(marker), `${open.repeat(depth)}1${close.repeat(depth)}`)
    set(c, key, marker)
  },
  typo(m, p) {
    const strings: [Container, string | number][] = []
    for (const c of containers(m.value)) for (const [k, v] of Object.entries(c)) if (typeof v === 'string' && v.length < 100) strings.push([c, Array.isArray(c) ? Number(k) : k])
    if (strings.length === 0) return
    const [c, key] = p.one(strings)
    set(c, key, typo(p, String((c as JsonObject)[key])))
  },
  duplicate(m, p) {
    const lists = containers(m.value).filter((c): c is Json[] => Array.isArray(c) && c.length > 0)
    if (lists.length === 0) return
    const list = p.one(lists)
    list.push(JSON.parse(JSON.stringify(list[p.int(list.length)])) as Json)
  },
  swapType(m, p) {
    const nodes = nodesOf(m)
    if (nodes.length > 0) p.one(nodes).type = p.one(NODE_TYPES)
  },
  version(m, p) {
    if (isObject(m.value)) m.value.version = p.one<Json>([0, 1, 2, -1, 1.5, '1', null])
  },
  longArray(m, p) {
    const nodes = nodesOf(m).filter((n) => isObject(n.params))
    if (nodes.length === 0) return
    const params = p.one(nodes).params as JsonObject
    set(params, p.chance(0.5) ? (someKey(p, params) ?? 'x') : 'values', Array.from({ length: 1 + p.int(p.chance(0.1) ? 100_000 : 2_000) }, (_, i) => i % 7))
  },
  reverseConnection(m, p) {
    const connections = connectionsOf(m)
    const existing = connections?.filter(isObject) ?? []
    if (!connections || existing.length === 0) return
    const c = p.one(existing)
    if (isObject(c.from) && isObject(c.to)) connections.push({ from: { node: c.to.node, port: p.one(['dataset', 'model', 'training']) }, to: { node: c.from.node, port: p.one(['data', 'model', 'runs']) } })
  },
  bigCycle(m, p) {
    const connections = connectionsOf(m)
    const nodes = isObject(m.value) && Array.isArray(m.value.nodes) ? m.value.nodes : null
    if (!connections || !nodes) return
    const size = 2 + p.int(p.chance(0.1) ? 4000 : 50)
    const ids = Array.from({ length: size }, (_, i) => `ring-${nodes.length}-${i}`)
    for (const id of ids) nodes.push({ id, type: 'preprocess/standardize', position: [0, 0], params: {} })
    ids.forEach((id, i) => connections.push({ from: { node: id, port: 'dataset' }, to: { node: ids[(i + 1) % size], port: 'data' } }))
  },
  downgrade(m) {
    if (!isObject(m.value)) return
    const file = m.value
    file.version = 0
    for (const n of nodesOf(m)) {
      if (!('params' in n)) continue
      n.data = n.params
      delete n.params
    }
    const connections = connectionsOf(m)
    if (connections) {
      file.edges = connections.map((c) => (isObject(c) && isObject(c.from) && isObject(c.to) ? { source: c.from.node, sourcePort: c.from.port, target: c.to.node, targetPort: c.to.port } : c))
      delete file.connections
    }
    delete file.tweaks
  },
}

/** Applies one to three random operators to a copy of `base`. */
export function mutate(base: Json, p: Pick): { mutant: Mutant; operators: string[] } {
  const mutant: Mutant = { value: JSON.parse(JSON.stringify(base)) as Json, splices: new Map() }
  const names = Object.keys(OPERATORS)
  const applied: string[] = []
  for (let i = 0, n = 1 + p.int(3); i < n; i++) {
    const name = p.one(names)
    OPERATORS[name](mutant, p)
    applied.push(name)
  }
  return { mutant, operators: applied }
}

/** The mutant's file text, deep values spliced in. */
export function render(m: Mutant): string {
  let text = JSON.stringify(m.value)
  for (const [marker, replacement] of m.splices) text = text.split(marker).join(replacement)
  return text
}

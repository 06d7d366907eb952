/**
 * The graph-file fuzz run shared by the test (a few thousand inputs) and `npm run fuzz`
 * (10,000 and more): mutate the examples, validate each mutant, and count what must never
 * happen: a crash, a hang, a problem located at a path the input does not have, a changed
 * prototype. Deterministic for a seed, except which inputs are slow.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRegistry } from '../../nodes/index.ts'
import { Random } from '../../src/core/random/index.ts'
import { formatProblems, parseGraph, serializeGraph } from '../../src/graph/index.ts'
import { isLocated } from './locations.ts'
import { mutate, picker, render } from './mutations.ts'
import type { Json } from './mutations.ts'

export interface FuzzOptions {
  seed: number
  count: number
  /** An input taking longer than this counts as a hang (a generous bound, not a benchmark). */
  budgetMs: number
  onProgress?: (done: number) => void
}

export interface Finding {
  index: number
  operators: readonly string[]
  detail: string
}

export interface FuzzReport {
  inputs: number
  /** Mutants that loaded with no problem at all. */
  accepted: number
  crashes: Finding[]
  hangs: Finding[]
  unlocated: Finding[]
  pollution: Finding[]
  /** Printed problem lines over 2,000 characters. */
  longLines: Finding[]
  slowestMs: number
  largestInput: number
}

const LONG_LINE = 2_000
const EXAMPLES = join(import.meta.dirname, '../../examples')

function examples(): Json[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.flowgrad.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) as Json)
}

/** What a pollution would change: the own keys of the built-in prototypes. */
function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Reflect.ownKeys(p).map(String).join(',')).join('|')
}

/** The first object of a loaded document whose prototype is not the plain one, as a path-ish hint. */
function foreignPrototype(value: unknown, seen = new Set<object>()): string | null {
  if (typeof value !== 'object' || value === null || seen.has(value)) return null
  seen.add(value)
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return 'an object with a foreign prototype'
  for (const child of Object.values(value)) {
    const found = foreignPrototype(child, seen)
    if (found) return found
  }
  return null
}

export function runFuzz(options: FuzzOptions): FuzzReport {
  const registry = createRegistry()
  const bases = examples()
  const p = picker(new Random(options.seed))
  const report: FuzzReport = { inputs: 0, accepted: 0, crashes: [], hangs: [], unlocated: [], pollution: [], longLines: [], slowestMs: 0, largestInput: 0 }
  const cleanPrototypes = prototypeKeys()
  for (let index = 0; index < options.count; index++) {
    const { mutant, operators } = mutate(p.one(bases), p)
    const text = render(mutant)
    const finding = (detail: string): Finding => ({ index, operators, detail })
    report.inputs++
    report.largestInput = Math.max(report.largestInput, text.length)
    const started = performance.now()
    try {
      const { document, problems } = parseGraph(text, registry)
      if (document) serializeGraph(document)
      const printed = formatProblems(problems)
      const elapsed = performance.now() - started
      report.slowestMs = Math.max(report.slowestMs, elapsed)
      if (elapsed > options.budgetMs) report.hangs.push(finding(`${Math.round(elapsed)} ms for ${text.length} characters`))
      if (problems.length === 0) report.accepted++
      const input: unknown = JSON.parse(text)
      const lost = problems.find((pr) => !isLocated(input, pr.path, pr.message))
      if (lost) report.unlocated.push(finding(`${lost.path.slice(0, 200)}: ${lost.message.slice(0, 200)}`))
      const long = printed.split('\n').find((line) => line.length > LONG_LINE)
      if (long) report.longLines.push(finding(`${long.length} characters: ${long.slice(0, 200)}`))
      const foreign = document ? foreignPrototype(document) : null
      if (foreign) report.pollution.push(finding(`loaded document holds ${foreign}`))
    } catch (e) {
      report.crashes.push(finding(e instanceof Error ? (e.stack ?? e.message).slice(0, 600) : String(e)))
    }
    if (prototypeKeys() !== cleanPrototypes || ({} as Record<string, unknown>).polluted !== undefined) {
      report.pollution.push(finding('a built-in prototype changed'))
      break
    }
    options.onProgress?.(index + 1)
  }
  return report
}

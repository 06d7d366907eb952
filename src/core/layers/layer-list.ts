import { ACTIVATIONS, isActivation } from './activations.ts'
import type { ActivationName } from './activations.ts'
import { INITIALIZERS, isInitializer } from './initializers.ts'
import type { InitializerName } from './initializers.ts'
import type { LayerDeclaration } from './spec.ts'

/**
 * A layer stack written by name, as a file or the command line holds it — Keras'
 * `Sequential([Dense(256, activation="relu"), Dropout(0.2)])` becomes
 * `[{ "type": "dense", "units": 256, "activation": "relu" }, { "type": "dropout", "rate": 0.2 }]`.
 * Fields left out take Keras' defaults.
 */
export const LAYER_TYPES = ['dense', 'dropout', 'batchnorm', 'activation'] as const
export type LayerType = (typeof LAYER_TYPES)[number]

export type LayerListEntry =
  | { type: 'dense'; units: number; activation?: ActivationName; useBias?: boolean; kernelInitializer?: InitializerName; biasInitializer?: InitializerName; l1?: number; l2?: number; name?: string }
  | { type: 'dropout'; rate: number; seed?: number; name?: string }
  | { type: 'batchnorm'; momentum?: number; epsilon?: number; name?: string }
  | { type: 'activation'; activation: ActivationName; name?: string }

/** The most units one layer may have: wider is a typo, and would not train in a browser. */
export const MAX_UNITS = 4096
/** The most layers one list may hold: far deeper than anything that trains here. */
export const MAX_LAYERS = 1000
/** Problems listed per layer list; the rest are counted, so a damaged file gives a readable line. */
const SHOWN_PROBLEMS = 10
const SHOWN_CHARACTERS = 64

/** A value as a message shows it: JSON, cut short when long (a file may hold megabytes). */
function shown(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v)
  return text.length <= SHOWN_CHARACTERS ? text : `${text.slice(0, SHOWN_CHARACTERS - 8)}…(${text.length} characters)`
}

type FieldCheck = (v: unknown) => string | null
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

const units: FieldCheck = (v) => (Number.isInteger(v) && isNumber(v) && v >= 1 && v <= MAX_UNITS ? null : `must be a whole number from 1 to ${MAX_UNITS}, got ${shown(v)}`)
const activation: FieldCheck = (v) => (typeof v === 'string' && isActivation(v) ? null : `must be one of ${ACTIVATIONS.join(', ')}, got ${shown(v)}`)
const boolean: FieldCheck = (v) => (typeof v === 'boolean' ? null : `must be true or false, got ${shown(v)}`)
// 'values' needs lists of numbers a stack entry does not carry: a Dense node offers it.
const initializer: FieldCheck = (v) => (typeof v === 'string' && isInitializer(v) && v !== 'values' ? null : `must be one of ${INITIALIZERS.filter((i) => i !== 'values').join(', ')}, got ${shown(v)}`)
const penalty: FieldCheck = (v) => (isNumber(v) && v >= 0 ? null : `must be a number ≥ 0, got ${shown(v)}`)
const rate: FieldCheck = (v) => (isNumber(v) && v >= 0 && v < 1 ? null : `must be in [0, 1), got ${shown(v)}`)
const seed: FieldCheck = (v) => (Number.isInteger(v) && isNumber(v) && v >= 0 && v < 2 ** 32 ? null : `must be a whole number ≥ 0, got ${shown(v)}`)
const momentum: FieldCheck = (v) => (isNumber(v) && v >= 0 && v <= 1 ? null : `must be in [0, 1], got ${shown(v)}`)
const epsilon: FieldCheck = (v) => (isNumber(v) && v > 0 ? null : `must be a number above 0, got ${shown(v)}`)
const name: FieldCheck = (v) => (typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? null : `must be 1 to 64 letters, digits, "_" and "-", got ${shown(v)}`)
const named = { name: { required: false, check: name } }

/** Each type's fields, with whether a field is required and how it is checked. */
const FIELDS: Readonly<Record<LayerType, Readonly<Record<string, { required: boolean; check: FieldCheck }>>>> = {
  dense: {
    units: { required: true, check: units },
    activation: { required: false, check: activation },
    useBias: { required: false, check: boolean },
    kernelInitializer: { required: false, check: initializer },
    biasInitializer: { required: false, check: initializer },
    l1: { required: false, check: penalty },
    l2: { required: false, check: penalty },
    ...named,
  },
  dropout: { rate: { required: true, check: rate }, seed: { required: false, check: seed }, ...named },
  batchnorm: { momentum: { required: false, check: momentum }, epsilon: { required: false, check: epsilon }, ...named },
  activation: { activation: { required: true, check: activation }, ...named },
}

function isLayerType(v: unknown): v is LayerType {
  return typeof v === 'string' && (LAYER_TYPES as readonly string[]).includes(v)
}

function entryProblems(entry: unknown, at: string): string[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [`${at}: expected a layer such as { "type": "dense", "units": 32 }, got ${shown(entry)}`]
  const record = entry as Record<string, unknown>
  const type = record.type
  if (!isLayerType(type)) return [`${at}: unknown layer type ${shown(type)}; expected one of ${LAYER_TYPES.join(', ')}`]
  const fields = FIELDS[type]
  const where = `${at} (${type})`
  const problems: string[] = []
  for (const [name, value] of Object.entries(record)) {
    if (name === 'type') continue
    const field = fields[name]
    if (!field) {
      problems.push(`${where}: unknown field ${shown(name)}; a ${type} layer has ${Object.keys(fields).join(', ')}`)
      continue
    }
    const problem = field.check(value)
    if (problem) problems.push(`${where}: ${name} ${problem}`)
  }
  for (const [name, field] of Object.entries(fields)) if (field.required && !(name in record)) problems.push(`${where}: ${name} is missing`)
  return problems
}

/** A name given twice in one list: a model's layer names are unique (Keras). */
function duplicateNames(list: readonly unknown[]): string[] {
  const first = new Map<string, number>()
  const problems: string[] = []
  list.forEach((entry, i) => {
    const n = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).name : undefined
    if (typeof n !== 'string') return
    const earlier = first.get(n)
    if (earlier === undefined) first.set(n, i)
    else problems.push(`layers[${i}]: name "${n}" is already the name of layers[${earlier}]`)
  })
  return problems
}

/** Every problem of a layer list, each naming the layer (`layers[1] (dropout)`) and the field; empty when it is fine. */
export function layerListProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return [`layers must be a list of layers, got ${shown(value)}`]
  if (value.length > MAX_LAYERS) return [`layers must hold at most ${MAX_LAYERS} layers, got ${value.length}`]
  const problems = [...value.flatMap((entry, i) => entryProblems(entry, `layers[${i}]`)), ...duplicateNames(value)]
  if (problems.length <= SHOWN_PROBLEMS) return problems
  return [...problems.slice(0, SHOWN_PROBLEMS), `and ${problems.length - SHOWN_PROBLEMS} more problems in layers`]
}

/** The declarations of a checked layer list; throws the first problem of an unchecked one. */
export function readLayerList(value: unknown): LayerDeclaration[] {
  const problems = layerListProblems(value)
  if (problems.length > 0) throw new Error(problems.join('; '))
  return (value as LayerListEntry[]).map(declarationOf)
}

/** A declaration with the entry's name, when it gives one (Keras' name=). */
function declarationOf(entry: LayerListEntry): LayerDeclaration {
  const decl = unnamedDeclarationOf(entry)
  return entry.name === undefined ? decl : ({ ...decl, config: { ...decl.config, name: entry.name } } as LayerDeclaration)
}

function unnamedDeclarationOf(entry: LayerListEntry): LayerDeclaration {
  switch (entry.type) {
    case 'dense':
      return {
        kind: 'dense',
        config: {
          units: entry.units,
          activation: entry.activation ?? 'linear',
          useBias: entry.useBias ?? true,
          kernelInitializer: entry.kernelInitializer ?? 'glorotUniform',
          biasInitializer: entry.biasInitializer ?? 'zeros',
          kernelL1: entry.l1 ?? 0,
          kernelL2: entry.l2 ?? 0,
        },
      }
    case 'dropout':
      return { kind: 'dropout', config: entry.seed === undefined ? { rate: entry.rate } : { rate: entry.rate, seed: entry.seed } }
    case 'batchnorm':
      return { kind: 'batchnorm', config: { momentum: entry.momentum ?? 0.99, epsilon: entry.epsilon ?? 1e-3 } }
    case 'activation':
      return { kind: 'activation', config: { activation: entry.activation } }
  }
}

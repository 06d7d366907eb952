/**
 * The structure of a graph file (DESIGN.md §4) as a zod schema. Objects are strict: an
 * unknown key is a problem, never silently dropped. What the structure cannot say (node
 * types, params, ports, cycles) is checked against the catalog in load.ts.
 */
import { z } from 'zod'
import { FORMAT } from './graph-file.ts'

export const NODE_ID_PATTERN = /^[A-Za-z0-9_-]+$/

/** An error message naming what was expected and what was found (or that it is missing). */
function expecting(what: string): (iss: { input?: unknown }) => string {
  return (iss) => (iss.input === undefined ? `missing: expected ${what}` : `expected ${what}, got ${describeValue(iss.input)}`)
}

const finite = z.number({ error: expecting('a finite number') })
const positive = z.number({ error: expecting('a positive number') }).positive({ error: expecting('a positive number') })

const layerEntrySchema = z.record(z.string(), z.union([z.number(), z.boolean(), z.string()]))

export const paramValueSchema = z.union([z.number(), z.boolean(), z.string(), z.array(z.number()), z.array(layerEntrySchema)], {
  error: expecting('a number, true or false, a string, a list of numbers, or a list of layers'),
})

export const tweakValueSchema = z.union([z.number(), z.boolean(), z.string()], {
  error: expecting('a number, true or false, or a string'),
})

export const endpointSchema = z.strictObject({
  node: z.string(),
  port: z.string(),
})

export const connectionSchema = z.strictObject({
  from: endpointSchema,
  to: endpointSchema,
})

export const nodeEntrySchema = z.strictObject({
  id: z.string().regex(NODE_ID_PATTERN, {
    error: (iss) => `a node id must be non-empty and use only letters, digits, "_" and "-", got ${describeValue(iss.input)}`,
  }),
  type: z.string().min(1, { error: 'a node type must not be empty' }),
  title: z.string().optional(),
  position: z.tuple([finite, finite], { error: expecting('a position [x, y]') }),
  size: z.tuple([positive, positive], { error: expecting('a size [width, height] of positive numbers') }).optional(),
  /** A file may omit params that are at their default. */
  params: z.record(z.string(), paramValueSchema).default({}),
})

export const tweakSchema = z.strictObject({
  node: z.string(),
  param: z.string(),
  value: tweakValueSchema,
  from: tweakValueSchema.optional(),
  trainer: z.string(),
  step: z.int({ error: expecting('a whole step number (0 or more)') }).min(0, { error: expecting('a whole step number (0 or more)') }),
})

export const metaSchema = z.strictObject({
  title: z.string(),
  description: z.string().optional(),
})

export const graphFileSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.int().min(0),
  meta: metaSchema,
  nodes: z.array(nodeEntrySchema),
  connections: z.array(connectionSchema).default([]),
  tweaks: z.array(tweakSchema).default([]),
})

export type GraphFile = z.output<typeof graphFileSchema>

/** The keys an object at a path may have (for "unknown key" messages). */
export function allowedKeysAt(path: readonly PropertyKey[]): readonly string[] | undefined {
  const shapeKeys = (s: { shape: object }): string[] => Object.keys(s.shape)
  if (path.length === 0) return shapeKeys(graphFileSchema)
  if (path.length === 1 && path[0] === 'meta') return shapeKeys(metaSchema)
  if (path.length === 2 && path[0] === 'nodes') return shapeKeys(nodeEntrySchema)
  if (path.length === 2 && path[0] === 'connections') return shapeKeys(connectionSchema)
  if (path.length === 3 && path[0] === 'connections') return shapeKeys(endpointSchema)
  if (path.length === 2 && path[0] === 'tweaks') return shapeKeys(tweakSchema)
  return undefined
}

/** A short description of a value for messages: `"abc"`, `12`, `null`, `a list`, `an object`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing'
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : `a list (${v.length} ${v.length === 1 ? 'item' : 'items'})`
  if (typeof v === 'object' && v !== null) return 'an object'
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v)
  return typeof v
}

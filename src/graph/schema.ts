/**
 * The structure of a graph file (DESIGN.md §4) as a zod schema. Objects are strict: an
 * unknown key is a problem, never silently dropped. What the structure cannot say (node
 * types, params, ports, cycles) is checked against the catalog in load.ts.
 */
import { z } from 'zod'
import { CHART_SIZES, FORMAT } from './graph-file.ts'
import type { BoardControl } from './graph-file.ts'
import { lengthProblem, MAX_DESCRIPTION_LENGTH, MAX_FILE_TEXT_LENGTH, MAX_TITLE_LENGTH, MAX_TYPE_LENGTH, nodeIdProblem } from './limits.ts'
import { preview } from './shorten.ts'

/** An error message naming what was expected and what was found (or that it is missing). */
function expecting(what: string): (iss: { input?: unknown }) => string {
  return (iss) => (iss.input === undefined ? `missing: expected ${what}` : `expected ${what}, got ${describeValue(iss.input)}`)
}

const finite = z.number({ error: expecting('a finite number') })
const positive = z.number({ error: expecting('a positive number') }).positive({ error: expecting('a positive number') })

/** A string no longer than `max`, refused with a line saying what it is and its length. */
function bounded(what: string, max: number) {
  return z.string().superRefine((text, ctx) => {
    const why = lengthProblem(what, text, max)
    if (why !== null) ctx.addIssue({ code: 'custom', message: why })
  })
}

/** One layer of a layer list (a Sequential node's layers): its fields by name; the param checks them. */
const layerEntrySchema = z.record(z.string(), z.union([z.number(), z.boolean(), z.string()]))

/** Values of any param, known or not; a declared param's own limits are checked against the catalog. */
export const paramValueSchema = z
  .union([z.number(), z.boolean(), z.string(), z.array(z.number()), z.array(layerEntrySchema)], {
    error: expecting('a number, true or false, a string, a list of numbers, or a list of layers'),
  })
  .superRefine((value, ctx) => {
    const why = typeof value === 'string' ? lengthProblem('a param value', value, MAX_FILE_TEXT_LENGTH) : null
    if (why !== null) ctx.addIssue({ code: 'custom', message: why })
  })

export const tweakValueSchema = z
  .union([z.number(), z.boolean(), z.string(), z.array(z.number()), z.array(layerEntrySchema)], {
    error: expecting('a number, true or false, a string, a list of numbers, or a list of layers'),
  })
  .superRefine((value, ctx) => {
    const why = typeof value === 'string' ? lengthProblem('a tweak value', value, MAX_FILE_TEXT_LENGTH) : null
    if (why !== null) ctx.addIssue({ code: 'custom', message: why })
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
  id: z.string().superRefine((id, ctx) => {
    const why = nodeIdProblem(id)
    if (why !== null) ctx.addIssue({ code: 'custom', message: why })
  }),
  type: bounded('a node type', MAX_TYPE_LENGTH).min(1, { error: 'a node type must not be empty' }),
  title: bounded('a node title', MAX_TITLE_LENGTH).optional(),
  position: z.tuple([finite, finite], { error: expecting('a position [x, y]') }),
  size: z.tuple([positive, positive], { error: expecting('a size [width, height] of positive numbers') }).optional(),
  /** A file may omit params that are at their default. */
  params: z.record(z.string(), paramValueSchema).default({}),
})

export const tweakSchema = z.strictObject({
  node: z.string(),
  param: z.string().optional(),
  input: z.string().optional(),
  label: z.string().max(200).optional(),
  value: tweakValueSchema,
  from: tweakValueSchema.optional(),
  trainer: z.string(),
  step: z.int({ error: expecting('a whole step number (0 or more)') }).min(0, { error: expecting('a whole step number (0 or more)') }),
  path: z
    .array(
      z.strictObject({
        step: z.int({ error: expecting('a whole step number (0 or more)') }).min(0, { error: expecting('a whole step number (0 or more)') }),
        value: tweakValueSchema,
      }),
    )
    .optional(),
})

export const metaSchema = z.strictObject({
  title: bounded('the title', MAX_TITLE_LENGTH),
  description: bounded('the description', MAX_DESCRIPTION_LENGTH).optional(),
})

export const boardChartSchema = z.strictObject({
  node: z.string(),
  port: z.string(),
  size: z.enum(CHART_SIZES, { error: expecting(CHART_SIZES.map((s) => `"${s}"`).join(', ')) }).default('medium'),
})

/** A control names one param or one input of its node: both at once is a problem at the entry. */
function oneControl(item: { param?: string; input?: string }, ctx: z.RefinementCtx): void {
  if (item.param !== undefined && item.input !== undefined) {
    ctx.addIssue({ code: 'custom', message: `names both param ${JSON.stringify(item.param)} and input ${JSON.stringify(item.input)}: a control is one or the other` })
  }
}

/** The fields of a board control (for "unknown key" messages); the schema below checks how they combine. */
const boardControlFields = z.strictObject({
  node: z.string({ error: expecting('a node id') }),
  param: z.string({ error: expecting('a param name') }).optional(),
  input: z.string({ error: expecting('an input name') }).optional(),
})

/** A pinned param (`param`) or a pinned input (`input`): exactly one of them. */
export const boardControlSchema = boardControlFields
  .superRefine((item, ctx) => {
    if (item.param === undefined && item.input === undefined) ctx.addIssue({ code: 'custom', message: 'missing: expected "param" (a param to pin) or "input" (an input whose source to choose)' })
    oneControl(item, ctx)
  })
  .transform((item): BoardControl => (item.input !== undefined ? { node: item.node, input: item.input } : { node: item.node, param: item.param ?? '' }))

/** One node (neither `param` nor `input`), one of its params or one of its inputs, locked or hidden by the teacher. */
export const lessonItemSchema = z
  .strictObject({
    node: z.string({ error: expecting('a node id') }),
    param: z.string({ error: expecting('a param name') }).optional(),
    input: z.string({ error: expecting('an input name') }).optional(),
  })
  .superRefine(oneControl)

export const lessonSchema = z.strictObject({
  locked: z.array(lessonItemSchema).default([]),
  hidden: z.array(lessonItemSchema).default([]),
})

export const boardSchema = z.strictObject({
  charts: z.array(boardChartSchema).default([]),
  controls: z.array(boardControlSchema).default([]),
  /** Optional: a file without a lesson opens (and saves) unchanged. */
  lesson: lessonSchema.optional(),
})

export const graphFileSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.int().min(0),
  meta: metaSchema,
  board: boardSchema.default({ charts: [], controls: [] }),
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
  if (path.length === 1 && path[0] === 'board') return shapeKeys(boardSchema)
  if (path.length === 2 && path[0] === 'board' && path[1] === 'lesson') return shapeKeys(lessonSchema)
  if (path.length === 4 && path[0] === 'board' && path[1] === 'lesson') return shapeKeys(lessonItemSchema)
  if (path.length === 3 && path[0] === 'board') return shapeKeys(path[1] === 'charts' ? boardChartSchema : boardControlFields)
  return undefined
}

/** A short description of a value for messages: `"abc"`, `12`, `null`, `a list`, `an object`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing'
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : `a list (${v.length} ${v.length === 1 ? 'item' : 'items'})`
  if (typeof v === 'object' && v !== null) return 'an object'
  return preview(v)
}

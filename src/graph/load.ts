/**
 * Loading a graph file: every problem is reported at once, each with its JSON path (and
 * node and port when known), in this order: JSON syntax, forbidden keys, format and
 * version (older files are migrated, newer ones refused), structure, then the checks
 * against the catalog (ids, types, params, connections, ports, required inputs, cycles,
 * tweaks). Damage refuses the file; an incomplete graph still loads (checks.ts says which is which).
 */
import { checkClassified } from './checks.ts'
import { CURRENT_VERSION, FORMAT } from './graph-file.ts'
import type { GraphDocument } from './graph-file.ts'
import { withDefaults } from './defaults.ts'
import { sanitizeJson } from './forbidden-keys.ts'
import { locateJsonError, lineColumn } from './json-text.ts'
import { locateInOriginal } from './locate.ts'
import type { MigrationTrail } from './locate.ts'
import { migrate, migrationsFor } from './migrations.ts'
import type { JsonObject, Migration } from './migrations.ts'
import type { Catalog } from './node-schema.ts'
import type { Problem } from './problems.ts'
import { describeValue } from './schema.ts'
import { checkStructure } from './structure.ts'

export interface LoadResult {
  /**
   * The document, with missing params filled from their defaults. It is null when the file
   * is damaged (bad JSON, forbidden keys, wrong format or version, broken structure, or
   * content the editor cannot show as it is: duplicate ids, wires to missing ports, refused
   * values). An incomplete graph (an unconnected input, an unknown node type, a cycle) is
   * returned with its problems, so the editor opens it and marks the nodes: run a graph only
   * when `problems` is empty.
   */
  document: GraphDocument | null
  /** Every problem, damage and incompleteness alike, in reporting order. */
  problems: Problem[]
  /** The version the file was written in, when it was migrated to the current one. */
  migratedFrom?: number
}

export interface LoadOptions {
  /** Migration steps (default: every step, for the catalog). */
  migrations?: readonly Migration[]
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

type Upgraded = { file: JsonObject; from: number; trail: MigrationTrail | null }

/** Reads format and version, migrating older files; a problem when the file cannot be read. */
function upgrade(file: JsonObject, migrations: readonly Migration[]): Upgraded | Problem {
  if (file.format !== FORMAT) {
    return file.format === undefined
      ? { path: '$.format', message: `missing: expected "${FORMAT}" (is this a Flowgrad graph file?)` }
      : { path: '$.format', message: `expected "${FORMAT}", got ${describeValue(file.format)}: this is not a Flowgrad graph file` }
  }
  const version = file.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { path: '$.version', message: version === undefined ? 'missing: expected the format version (a whole number)' : `expected the format version (a whole number), got ${describeValue(version)}` }
  }
  if (version > CURRENT_VERSION) {
    return { path: '$.version', message: `was saved by a newer Flowgrad (version ${version}); this one reads up to version ${CURRENT_VERSION}` }
  }
  if (version === CURRENT_VERSION) return { file, from: version, trail: null }
  const result = migrate(file, version, migrations)
  return result.ok ? { file: result.file, from: version, trail: result } : { path: '$.version', message: result.message }
}

/** Validates an already-parsed value (e.g. from IndexedDB or a worker message). */
export function validateGraph(value: unknown, catalog: Catalog, options: LoadOptions = {}): LoadResult {
  const sanitized = sanitizeJson(value)
  const problems: Problem[] = [...sanitized.problems]
  const readable = problems.length === 0
  const raw = sanitized.value
  if (!isObject(raw)) {
    problems.push({ path: '$', message: `expected a Flowgrad graph (a JSON object with format, version, meta, nodes, connections and tweaks), got ${describeValue(raw)}` })
    return { document: null, problems }
  }
  const upgraded = upgrade(raw, options.migrations ?? migrationsFor(catalog))
  if (!('file' in upgraded)) {
    problems.push(upgraded)
    return { document: null, problems }
  }
  // Paths name the user's file, not the migrated one the checks read.
  const at = locateInOriginal(raw, upgraded.trail)
  const structure = checkStructure(upgraded.file, at)
  const content = checkClassified(upgraded.file, catalog, at)
  problems.push(...structure.problems, ...content.problems)
  const document = readable && structure.file && !content.damaged ? withDefaults(structure.file, catalog) : null
  return { document, problems, ...(upgraded.from !== CURRENT_VERSION ? { migratedFrom: upgraded.from } : {}) }
}

/** Parses and validates the text of a graph file. */
export function parseGraph(text: string, catalog: Catalog, options: LoadOptions = {}): LoadResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (e) {
    return { document: null, problems: [{ path: '$', message: jsonErrorMessage(body, e) }] }
  }
  return validateGraph(value, catalog, options)
}

function jsonErrorMessage(text: string, error: unknown): string {
  const located = locateJsonError(text)
  if (located) return `not valid JSON: line ${located.line}, column ${located.column}: ${located.message}`
  // The recognizer found nothing: fall back on the engine's message and position.
  const message = error instanceof Error ? error.message : String(error)
  const position = /at position (\d+)/.exec(message)
  if (!position) return `not valid JSON: ${message}`
  const { line, column } = lineColumn(text, Number(position[1]))
  return `not valid JSON: line ${line}, column ${column}: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`
}

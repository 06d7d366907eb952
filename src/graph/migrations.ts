/**
 * File-format migrations: each step turns a raw (already JSON-parsed, not yet validated)
 * file of version N into version N + 1. Loading applies them in order, before the schema
 * check, so old files open in the current editor and saving writes the current version.
 */
import { CURRENT_VERSION } from './graph-file.ts'
import type { PathSegment } from './json-path.ts'
import { v1ToV2 } from './migrate-board.ts'
import type { Catalog } from './node-schema.ts'

export type JsonObject = { [key: string]: unknown }

export interface Migration {
  /** The version this step reads; it produces `from + 1`. */
  readonly from: number
  /** What changed, for the record. */
  readonly description: string
  /** Returns a new object; never mutates its input. Need not set `version`. */
  migrate(file: JsonObject): JsonObject
  /**
   * Where a location in the migrated file is in `file`, the file this step read, so
   * problems name paths the user can find (`$.edges[2].target`, not `$.connections[2].to.node`).
   * Absent when the step moved nothing.
   */
  pathBack?(path: readonly PathSegment[], file: JsonObject): PathSegment[]
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Version 0 (pre-release): `edges` with source/target fields, nodes' `data`, no tweaks. */
export const v0ToV1: Migration = {
  from: 0,
  description: 'edges {source, sourcePort, target, targetPort} became connections {from, to}; node "data" became "params"; tweaks were added',
  migrate(file) {
    const { edges, ...rest } = file
    const out: JsonObject = { ...rest }
    if (Array.isArray(rest.nodes)) {
      out.nodes = rest.nodes.map((node: unknown) => {
        if (!isObject(node) || !('data' in node) || 'params' in node) return node
        const { data, ...others } = node
        return { ...others, params: data }
      })
    }
    if (edges !== undefined) {
      out.connections = Array.isArray(edges)
        ? edges.map((edge: unknown) => {
            if (!isObject(edge)) return edge
            const { source, sourcePort, target, targetPort, ...others } = edge
            // Unknown fields are carried over so the schema check names them.
            return { ...others, from: { node: source, port: sourcePort }, to: { node: target, port: targetPort } }
          })
        : edges
    }
    if (out.tweaks === undefined) out.tweaks = []
    return out
  },
  pathBack(path, file) {
    const [head, index, ...rest] = path
    if (head === 'connections' && file.edges !== undefined) {
      if (typeof index !== 'number') return ['edges', ...path.slice(1)]
      const [side, field] = rest
      if (side !== 'from' && side !== 'to') return ['edges', ...path.slice(1)]
      // an endpoint was two fields of the edge: its node and port
      if (field === 'node') return ['edges', index, side === 'from' ? 'source' : 'target']
      if (field === 'port') return ['edges', index, side === 'from' ? 'sourcePort' : 'targetPort']
      return ['edges', index]
    }
    if (head === 'nodes' && typeof index === 'number' && rest[0] === 'params') {
      const node = Array.isArray(file.nodes) ? file.nodes[index] : undefined
      if (isObject(node) && 'data' in node && !('params' in node)) return ['nodes', index, 'data', ...rest.slice(1)]
    }
    return [...path]
  },
}

/** The steps that need no catalog, in order (up to version 1). */
export const MIGRATIONS: readonly Migration[] = [v0ToV1]

/** Every step, in order, for files whose nodes come from `catalog`. */
export function migrationsFor(catalog: Catalog): readonly Migration[] {
  return [v0ToV1, v1ToV2(catalog)]
}

export type MigrationResult =
  | {
      ok: true
      file: JsonObject
      applied: readonly Migration[]
      /** The file each applied step read, for mapping problem paths back. */
      inputs: readonly JsonObject[]
    }
  | { ok: false; message: string }

/** Brings a raw file from `version` up to `target` (default: the current version). */
export function migrate(file: JsonObject, version: number, migrations: readonly Migration[] = MIGRATIONS, target: number = CURRENT_VERSION): MigrationResult {
  let current = file
  const applied: Migration[] = []
  const inputs: JsonObject[] = []
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v)
    if (!step) return { ok: false, message: `version ${v} cannot be read: no migration from version ${v} to ${v + 1}` }
    inputs.push(current)
    try {
      current = { ...step.migrate(current), version: v + 1 }
    } catch (e) {
      return { ok: false, message: `migrating from version ${v} to ${v + 1} failed: ${e instanceof Error ? e.message : String(e)}` }
    }
    applied.push(step)
  }
  return { ok: true, file: current, applied, inputs }
}

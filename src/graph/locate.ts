/**
 * Problem paths in the file the user gave. The checks read the migrated file; a version 0
 * file has `edges` where they find `connections`, so each path is mapped back through the
 * steps that ran. As a last guard, a path is cut to the part that exists in the file: a
 * problem must point at something the user can find (a missing field keeps its own name).
 */
import { jsonPath } from './json-path.ts'
import type { Locate, PathSegment } from './json-path.ts'
import type { JsonObject, Migration } from './migrations.ts'

function hasOwn(v: unknown, key: PathSegment): boolean {
  if (Array.isArray(v)) return typeof key === 'number' && key >= 0 && key < v.length
  return typeof v === 'object' && v !== null && Object.hasOwn(v, key)
}

/** The path up to and including its first segment that does not exist in `root`. */
export function existingPrefix(root: unknown, path: readonly PathSegment[]): PathSegment[] {
  let v = root
  for (let i = 0; i < path.length; i++) {
    if (!hasOwn(v, path[i])) return path.slice(0, i + 1)
    v = (v as Record<PathSegment, unknown>)[path[i]]
  }
  return [...path]
}

export interface MigrationTrail {
  readonly applied: readonly Migration[]
  /** The file each applied step read. */
  readonly inputs: readonly JsonObject[]
}

export function locateInOriginal(original: unknown, trail: MigrationTrail | null): Locate {
  return (segments) => {
    let path: PathSegment[] = [...segments]
    if (trail) {
      for (let i = trail.applied.length - 1; i >= 0; i--) path = trail.applied[i].pathBack?.(path, trail.inputs[i]) ?? path
    }
    return jsonPath(existingPrefix(original, path))
  }
}

/**
 * Whether a problem's path points into the file as the user wrote it: the oracle of the
 * fuzz test and of the hostile-file tests. A path exists when every segment is an own key
 * (or index) of the parsed JSON; a "missing" problem may name one absent last key.
 */
import { parseJsonPath } from '../../src/graph/json-path.ts'
import type { PathSegment } from '../../src/graph/json-path.ts'

function child(v: unknown, key: PathSegment): { found: boolean; value?: unknown } {
  if (Array.isArray(v)) return typeof key === 'number' && key < v.length ? { found: true, value: v[key] } : { found: false }
  if (typeof v !== 'object' || v === null || typeof key !== 'string' || !Object.hasOwn(v, key)) return { found: false }
  return { found: true, value: Object.getOwnPropertyDescriptor(v, key)?.value }
}

/** How many leading segments of the path exist in `root`. */
function existingDepth(root: unknown, segments: readonly PathSegment[]): number {
  let v = root
  for (let i = 0; i < segments.length; i++) {
    const next = child(v, segments[i])
    if (!next.found) return i
    v = next.value
  }
  return segments.length
}

/** True when the path exists in `root`, or (for a problem about a missing field) all but its last key do. */
export function isLocated(root: unknown, path: string, message: string): boolean {
  const segments = parseJsonPath(path)
  if (segments === null) return false
  const depth = existingDepth(root, segments)
  return depth === segments.length || (depth === segments.length - 1 && message.startsWith('missing'))
}

/** Every JSON path written in a text (problem lines quote paths in their messages too). */
export function pathsIn(text: string): string[] {
  return text.match(/\$(?:\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\]|\['(?:[^'\\]|\\.)*'\])*/g) ?? []
}

/** True when the path exists in `root` itself, segment by segment. */
export function exists(root: unknown, path: string): boolean {
  const segments = parseJsonPath(path)
  return segments !== null && existingDepth(root, segments) === segments.length
}

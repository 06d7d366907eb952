import type { PathSegment } from './json-path.ts'

/** A value's own property (never one reached through a prototype), or undefined. */
export function ownValue(v: unknown, key: PathSegment): unknown {
  if (typeof v !== 'object' || v === null) return undefined
  return Object.getOwnPropertyDescriptor(v, key)?.value
}

/** The id of the node a path points into, when the file gives it one. */
export function nodeIdAtPath(root: unknown, path: readonly PathSegment[]): string | undefined {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return undefined
  const id = ownValue(ownValue(ownValue(root, 'nodes'), path[1]), 'id')
  return typeof id === 'string' && id !== '' ? id : undefined
}

import { jsonPath } from './json-path.ts'
import type { PathSegment } from './json-path.ts'
import { nodeIdAtPath } from './node-at-path.ts'
import type { Problem } from './problems.ts'

/** Keys that could reach an object's prototype if a consumer copied them naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** Graph files are a few levels deep; anything far deeper is not a graph file. */
export const MAX_DEPTH = 64

export interface Sanitized {
  /** A copy of the value without the forbidden keys (null when it could not be walked). */
  value: unknown
  problems: Problem[]
}

/**
 * Walks a parsed JSON value by its own keys (JSON.parse creates `__proto__` as an own
 * property, so `in`-style checks would miss it), reports every forbidden key with its
 * path, and returns a clean copy made of fresh plain objects and arrays.
 */
export function sanitizeJson(value: unknown): Sanitized {
  const problems: Problem[] = []
  const ancestors = new Set<object>()
  let tooDeep = false
  const located = (path: readonly PathSegment[], message: string): Problem => {
    const nodeId = nodeIdAtPath(value, path)
    return { path: jsonPath(path), message, ...(nodeId !== undefined ? { nodeId } : {}) }
  }
  const walk = (v: unknown, path: PathSegment[]): unknown => {
    if (typeof v !== 'object' || v === null) return v
    if (path.length > MAX_DEPTH) {
      // once: a million levels would otherwise give a million lines
      if (!tooDeep) problems.push(located(path, `nested more than ${MAX_DEPTH} levels deep: this is not a graph file`))
      tooDeep = true
      return null
    }
    if (ancestors.has(v)) {
      problems.push(located(path, 'circular reference: a graph must be plain JSON data'))
      return null
    }
    ancestors.add(v)
    try {
      if (Array.isArray(v)) return v.map((item, i) => walk(item, [...path, i]))
      const out: Record<string, unknown> = {}
      for (const key of Object.getOwnPropertyNames(v)) {
        const childPath = [...path, key]
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push(located(childPath, `the key "${key}" is not allowed (it could tamper with object prototypes)`))
          continue
        }
        const descriptor = Object.getOwnPropertyDescriptor(v, key)
        out[key] = walk(descriptor?.value, childPath)
      }
      return out
    } finally {
      ancestors.delete(v)
    }
  }
  const clean = walk(value, [])
  return { value: clean, problems }
}

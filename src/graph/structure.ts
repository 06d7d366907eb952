import type { z } from 'zod'
import { jsonPath } from './json-path.ts'
import type { Locate, PathSegment } from './json-path.ts'
import { nodeIdAtPath } from './node-at-path.ts'
import type { Problem } from './problems.ts'
import { allowedKeysAt, describeValue, graphFileSchema } from './schema.ts'
import { quote } from './shorten.ts'
import type { GraphFile } from './schema.ts'

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  record: 'an object',
}

/** Messages for issues the schema does not word itself. */
const errorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type': {
      const expected = EXPECTED[iss.expected] ?? iss.expected
      return iss.input === undefined ? `missing: expected ${expected}` : `expected ${expected}, got ${describeValue(iss.input)}`
    }
    case 'too_small':
      return `expected ${iss.origin === 'array' ? 'at least' : 'a value of at least'} ${String(iss.minimum)}${iss.origin === 'array' ? ' items' : ''}, got ${describeValue(iss.input)}`
    case 'too_big':
      return `expected ${iss.origin === 'array' ? 'at most' : 'a value of at most'} ${String(iss.maximum)}${iss.origin === 'array' ? ' items' : ''}, got ${describeValue(iss.input)}`
    case 'invalid_value':
      return `expected ${iss.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(iss.input)}`
    default:
      return undefined
  }
}

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((k) => (typeof k === 'symbol' ? String(k) : k))
}

/** Converts zod issues into problems with JSON paths, one per unknown key. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], root: unknown, at: Locate = jsonPath): Problem[] {
  const problems: Problem[] = []
  for (const issue of issues) {
    const base = toSegments(issue.path)
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(base)
      for (const key of issue.keys) {
        const path = [...base, key]
        const nodeId = nodeIdAtPath(root, path)
        problems.push({
          path: at(path),
          message: `unknown key ${quote(key)}${allowed ? `; expected only ${allowed.join(', ')}` : ''}`,
          ...(nodeId !== undefined ? { nodeId } : {}),
        })
      }
      continue
    }
    const nodeId = nodeIdAtPath(root, base)
    problems.push({ path: at(base), message: issue.message, ...(nodeId !== undefined ? { nodeId } : {}) })
  }
  return problems
}

/** Checks the file's structure; returns the typed file only when it has no problems. `at` words the paths. */
export function checkStructure(value: unknown, at: Locate = jsonPath): { file: GraphFile | null; problems: Problem[] } {
  const result = graphFileSchema.safeParse(value, { error: errorMap })
  if (result.success) return { file: result.data, problems: [] }
  return { file: null, problems: issuesToProblems(result.error.issues, value, at) }
}

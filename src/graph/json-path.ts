/** One step of a JSON path: an object key or an array index. */
export type PathSegment = string | number

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * A JSONPath (normalized form) for a location in a file: `$.nodes[2].params.learningRate`.
 * Keys that are not identifiers are quoted: `$.nodes[0].params['learning-rate']`.
 */
export function jsonPath(segments: readonly PathSegment[]): string {
  let path = '$'
  for (const s of segments) {
    if (typeof s === 'number') path += `[${s}]`
    else if (IDENTIFIER.test(s)) path += `.${s}`
    else path += `['${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`
  }
  return path
}

/** Renders a location as a path string: `jsonPath`, or one that maps a migrated file's paths back to the user's. */
export type Locate = (segments: readonly PathSegment[]) => string

const SEGMENT = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]/y

/** The segments of a path `jsonPath` wrote (`$.nodes[2].params['a-b']`), or null for any other text. */
export function parseJsonPath(path: string): PathSegment[] | null {
  if (!path.startsWith('$')) return null
  const segments: PathSegment[] = []
  SEGMENT.lastIndex = 1
  while (SEGMENT.lastIndex < path.length) {
    const m = SEGMENT.exec(path)
    if (!m) return null
    if (m[1] !== undefined) segments.push(m[1])
    else if (m[2] !== undefined) segments.push(Number(m[2]))
    else segments.push(m[3].replace(/\\(.)/g, '$1'))
  }
  return segments
}

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

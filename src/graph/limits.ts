/**
 * The sizes a graph file may reach, stated once: the schema, param checks, the CLI and
 * share links enforce them, and the README lists them. A graph a person builds stays far
 * below each; a file beyond them is damage or an attack (a 64 MB title, a 4 MB node id).
 */
import { FORBIDDEN_KEYS } from './forbidden-keys.ts'
import { formatCount, quote } from './shorten.ts'

/** Node ids: letters, digits, `_` and `-`, at most this many characters. */
export const MAX_ID_LENGTH = 64
/** Node types are `category/name`; the longest registered one is far shorter. */
export const MAX_TYPE_LENGTH = 100
/** The graph's title and a node's title. */
export const MAX_TITLE_LENGTH = 200
/** The graph's description. */
export const MAX_DESCRIPTION_LENGTH = 10_000
/** A string param (a chart title, a list of feature names). */
export const MAX_STRING_LENGTH = 10_000
/** A string param holding a file's text (CSV data): 4 MB of plain text. */
export const MAX_FILE_TEXT_LENGTH = 4_000_000
/** A share link's graph text once decompressed: room for the largest CSV plus the graph. */
export const MAX_SHARED_GRAPH_BYTES = 5 * 1024 * 1024
const ID_PATTERN = /^[A-Za-z0-9_-]+$/

/** Why a string cannot be a node id, or null when it can. */
export function nodeIdProblem(id: string): string | null {
  if (id.length > MAX_ID_LENGTH) return `a node id must be at most ${MAX_ID_LENGTH} characters, got ${quote(id)}`
  if (!ID_PATTERN.test(id)) return `a node id must be non-empty and use only letters, digits, "_" and "-", got ${quote(id)}`
  if (FORBIDDEN_KEYS.has(id)) return `the node id ${quote(id)} is reserved (it could tamper with object prototypes); choose another id`
  return null
}

/** Why a text is too long for what it is (`a title`), or null. */
export function lengthProblem(what: string, text: string, max: number): string | null {
  return text.length > max ? `${what} must be at most ${formatCount(max)} characters, got ${quote(text)}` : null
}

/**
 * Shortening user text for messages. A file can hold a 4 MB id or a million-number list;
 * echoing it whole made single problem lines megabytes long. Every message that shows a
 * value the user wrote goes through these, so a line stays readable and its size bounded.
 */

/** Characters of user text shown whole; longer text shows its start and its length. */
export const SHOWN_CHARACTERS = 64
/** List items shown before the count of the rest. */
const SHOWN_ITEMS = 8

/** `40,000`: counts in messages, grouped so their size reads at a glance. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

/** The text, or its first characters and `…(40,000 characters)` (never splitting a surrogate pair). */
export function shorten(text: string, limit = SHOWN_CHARACTERS): string {
  if (text.length <= limit) return text
  let end = limit - 8
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${text.slice(0, end)}…(${formatCount(text.length)} characters)`
}

/** `"adam"`, or `"aaaa…(40,000 characters)"` for long text. */
export function quote(text: string): string {
  return JSON.stringify(shorten(text))
}

/** A value as a message shows it: short JSON, long strings shortened, long lists cut with their length. */
export function preview(value: unknown): string {
  if (typeof value === 'string') return quote(value)
  if (Array.isArray(value)) {
    const items = value.slice(0, SHOWN_ITEMS).map((v) => (typeof v === 'object' && v !== null ? (Array.isArray(v) ? '[…]' : '{…}') : preview(v)))
    return value.length > SHOWN_ITEMS ? `[${items.join(', ')}, …(${formatCount(value.length)} items)]` : `[${items.join(', ')}]`
  }
  if (typeof value === 'object' && value !== null) return 'an object'
  if (value === undefined) return 'nothing'
  return String(value)
}

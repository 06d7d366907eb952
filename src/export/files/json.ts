/** JSON indented by two, except that an array of numbers stays on one line: a table of rows reads as one. */
export function jsonText(value: unknown, indent = ''): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return JSON.stringify(value)
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  const inner = `${indent}  `
  const items = Array.isArray(value) ? value.map((v) => jsonText(v, inner)) : Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${jsonText(v, inner)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  return items.length === 0 ? `${open}${close}` : `${open}\n${items.map((i) => inner + i).join(',\n')}\n${indent}${close}`
}

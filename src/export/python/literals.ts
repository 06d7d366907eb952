/** Python source text for values: what the generated scripts are written with. */

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
)

export function pyString(text: string): string {
  // JSON's escapes (\" \\ \n \uXXXX) are all valid in a Python string literal.
  return JSON.stringify(text)
}

export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return 'float("nan")'
  if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")'
  return String(value)
}

export type PyValue = number | boolean | string | null | readonly PyValue[]

export function pyValue(value: PyValue): string {
  if (value === null) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'number') return pyNumber(value)
  if (typeof value === 'string') return pyString(value)
  return `[${value.map(pyValue).join(', ')}]`
}

/** Keyword arguments in the order given: `learning_rate=0.001, beta_1=0.9`. */
export function pyKwargs(args: ReadonlyArray<readonly [string, PyValue]>): string {
  return args.map(([k, v]) => `${k}=${pyValue(v)}`).join(', ')
}

/** A Python identifier for a node id ("std-dense1" → "std_dense1"), unique among `taken`, which it joins. */
export function pyName(id: string, taken: Set<string>, suffix = ''): string {
  let base = `${id}${suffix}`.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=\d)/, '_')
  if (KEYWORDS.has(base)) base = `${base}_`
  let name = base
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`
  taken.add(name)
  return name
}

/** Indents every non-empty line of a block. */
export function indent(block: string, by = '    '): string {
  return block
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n')
}

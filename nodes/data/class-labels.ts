import { isDecimal } from './csv-text.ts'

/** One label as the file has it, with where it is, for error messages. */
export interface LabelCell {
  readonly text: string
  readonly row: number
}

export interface EncodedLabels {
  /** The class index of each label, in order. */
  readonly indices: Float64Array
  /** The class names by index. */
  readonly classes: string[]
  /** How the labels became indices, in words (shown with the mapping). */
  readonly rule: string
}

/**
 * Numeric labels may name at most this many classes (0…9999): a label such as 1e9 is far more
 * likely a wrong column than a billion classes, and would allocate them.
 */
const MAX_CLASSES = 10_000

/**
 * NumPy's order for strings (np.unique sorts them, and so LabelEncoder numbers them): by
 * Unicode code point. JavaScript's default sort compares UTF-16 units, which differs for
 * characters beyond U+FFFF.
 */
export function byCodePoint(a: string, b: string): number {
  for (let i = 0; i < a.length && i < b.length; ) {
    const p = a.codePointAt(i) ?? 0
    const q = b.codePointAt(i) ?? 0
    if (p !== q) return p - q
    i += p > 0xffff ? 2 : 1
  }
  return a.length - b.length
}

/**
 * Class indices for the labels of one column, so that predictions line up with what a
 * pandas/Keras user has: numbers are their own class index (to_categorical keeps them,
 * so "2" is class 2 whatever order the rows come in), and text labels are numbered in
 * sorted order, as scikit-learn's LabelEncoder does.
 */
export function encodeLabels(labels: readonly LabelCell[], column: string): EncodedLabels {
  for (const { text, row } of labels) if (text.trim() === '') throw new Error(`row ${row}, column "${column}": the class label is empty`)
  return labels.every((l) => isDecimal(l.text)) ? numericLabels(labels, column) : textLabels(labels)
}

function numericLabels(labels: readonly LabelCell[], column: string): EncodedLabels {
  const indices = new Float64Array(labels.length)
  let max = 0
  labels.forEach(({ text, row }, i) => {
    const v = Number(text.trim())
    if (!Number.isInteger(v) || v < 0) {
      throw new Error(`row ${row}, column "${column}": class label "${text.trim()}" is not a class index (a whole number ≥ 0); numeric labels are their own class index`)
    }
    if (v >= MAX_CLASSES) {
      throw new Error(`row ${row}, column "${column}": class label ${v} would make ${v + 1} classes, more than ${MAX_CLASSES}; for a number to predict, turn classification off`)
    }
    indices[i] = v
    max = Math.max(max, v)
  })
  const classes = Array.from({ length: max + 1 }, (_, k) => String(k))
  return { indices, classes, rule: 'numeric labels are their own class index' }
}

function textLabels(labels: readonly LabelCell[]): EncodedLabels {
  const classes = [...new Set(labels.map((l) => l.text.trim()))].sort(byCodePoint)
  const index = new Map(classes.map((c, k) => [c, k]))
  const indices = Float64Array.from(labels, (l) => index.get(l.text.trim()) ?? -1)
  return { indices, classes, rule: 'text labels are numbered in sorted order, as scikit-learn’s LabelEncoder does' }
}

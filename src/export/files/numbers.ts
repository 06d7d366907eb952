/**
 * The shortest decimal text that reads back as the same float32 (5.1 rather than
 * 5.099999904632568), so data files stay readable and `np.float32(float(text))` is exact.
 */
export function float32Text(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const target = Math.fround(value)
  for (let digits = 1; digits <= 9; digits++) {
    const text = Number(target.toPrecision(digits))
    if (Math.fround(text) === target) return String(text)
  }
  return String(target)
}

/** A float32 or float64 storage value as text that reads back exactly in its own precision. */
export function storageText(value: number, isFloat32: boolean): string {
  return isFloat32 ? float32Text(value) : String(value)
}

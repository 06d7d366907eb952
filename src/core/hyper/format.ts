/** A number as people write it in messages: `1e-6` rather than `0.000001`. */
export function formatNumber(v: number): string {
  const plain = String(v)
  if (v === 0 || !Number.isFinite(v) || Math.abs(v) >= 1e-4) return plain
  const exp = v.toExponential()
  return exp.length < plain.length ? exp : plain
}

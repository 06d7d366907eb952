/** Number formatting shared by tables and colour-scale labels. */

/**
 * `digits` significant digits, trailing zeros dropped; integers of up to 15 digits are printed in
 * full (an epoch count or a parameter count is not rounded). Non-finite values print as NaN, ∞, -∞.
 */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '∞'
  if (value === -Infinity) return '-∞'
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value)
  const rounded = Number(value.toPrecision(digits))
  const abs = Math.abs(rounded)
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) {
    // 1.235e-7, not 1.235e-7 with trailing zeros or a "+" in the exponent.
    const [mantissa, exponent] = rounded.toExponential(digits - 1).split('e')
    return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`
  }
  return String(rounded)
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

import { exp } from '../../math.ts'
/**
 * The error function, which JavaScript's Math lacks and Keras' exact GELU needs.
 * Near zero its Maclaurin series converges quickly; further out the continued fraction
 * of erfc (evaluated with Lentz's method) does, and avoids the series' cancellation.
 * Both are accurate to a few units in the last place of a float64, far below float32's.
 */
const TWO_OVER_SQRT_PI = 1.1283791670955126

function erfSeries(x: number): number {
  // erf(x) = 2/√π · Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
  const x2 = x * x
  let term = x
  let sum = x
  for (let n = 1; n < 100; n++) {
    term *= -x2 / n
    const add = term / (2 * n + 1)
    sum += add
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break
  }
  return TWO_OVER_SQRT_PI * sum
}

/** erfc(x) for x > 0: e^(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …)))). */
function erfcFraction(x: number): number {
  const tiny = 1e-300
  let f = x
  let c = x
  let d = 0
  for (let n = 1; n < 300; n++) {
    const a = n / 2
    d = x + a * d
    d = Math.abs(d) < tiny ? tiny : d
    c = x + a / c
    c = Math.abs(c) < tiny ? tiny : c
    d = 1 / d
    const delta = c * d
    f *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return exp(-x * x) / (f * Math.sqrt(Math.PI))
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN
  const ax = Math.abs(x)
  if (ax < 2.5) return erfSeries(x)
  if (ax > 6) return Math.sign(x)
  const r = 1 - erfcFraction(ax)
  return x < 0 ? -r : r
}

/**
 * Nelder–Mead simplex minimization (Nelder & Mead, 1965, with the standard coefficients
 * reflection 1, expansion 2, contraction ½, shrink ½ as in SciPy): needs only function
 * values, so it works on any loss. Pure; used to find the optimum a trajectory plot marks.
 */

export interface NelderMeadOptions {
  /** Size of the initial simplex along each axis (a number, or one per axis). */
  readonly step?: number | readonly number[]
  /** Stop when the simplex's values differ by at most this much… */
  readonly fTolerance?: number
  /** …and its vertices by at most this much in every coordinate. */
  readonly xTolerance?: number
  readonly maxIterations?: number
}

export interface NelderMeadResult {
  readonly x: number[]
  readonly fx: number
  readonly iterations: number
  readonly converged: boolean
}

interface Vertex {
  x: number[]
  f: number
}

export function nelderMead(f: (x: readonly number[]) => number, x0: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const n = x0.length
  if (n === 0) throw new Error('nelderMead: x0 must have at least one coordinate')
  const fTol = options.fTolerance ?? 1e-10
  const xTol = options.xTolerance ?? 1e-10
  const maxIterations = options.maxIterations ?? 400 * n
  // NaN (a diverged evaluation) counts as worse than anything.
  const value = (x: number[]): number => {
    const v = f(x)
    return Number.isNaN(v) ? Infinity : v
  }
  const steps = typeof options.step === 'number' || options.step === undefined ? new Array<number>(n).fill(options.step ?? 0.1) : [...options.step]
  if (steps.length !== n) throw new Error(`nelderMead: step has ${steps.length} entries for ${n} coordinates`)

  const simplex: Vertex[] = [{ x: [...x0], f: value([...x0]) }]
  for (let i = 0; i < n; i++) {
    const x = [...x0]
    x[i] += steps[i] !== 0 ? steps[i] : 0.1
    simplex.push({ x, f: value(x) })
  }
  const along = (from: readonly number[], to: readonly number[], t: number): number[] => from.map((v, i) => v + t * (to[i] - v))

  let iterations = 0
  let converged = false
  while (iterations < maxIterations) {
    simplex.sort((p, q) => p.f - q.f)
    const best = simplex[0]
    const worst = simplex[n]
    const fSpread = Math.max(...simplex.map((v) => Math.abs(v.f - best.f)))
    const xSpread = Math.max(...simplex.map((v) => Math.max(...v.x.map((c, i) => Math.abs(c - best.x[i])))))
    if ((fSpread <= fTol || !Number.isFinite(fSpread)) && xSpread <= xTol) {
      converged = true
      break
    }
    iterations++
    const centroid = new Array<number>(n).fill(0)
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] += simplex[k].x[i] / n

    const xr = along(centroid, worst.x, -1)
    const fr = value(xr)
    if (fr < best.f) {
      const xe = along(centroid, worst.x, -2)
      const fe = value(xe)
      simplex[n] = fe < fr ? { x: xe, f: fe } : { x: xr, f: fr }
      continue
    }
    if (fr < simplex[n - 1].f) {
      simplex[n] = { x: xr, f: fr }
      continue
    }
    if (fr < worst.f) {
      const xc = along(centroid, xr, 0.5)
      const fc = value(xc)
      if (fc <= fr) {
        simplex[n] = { x: xc, f: fc }
        continue
      }
    } else {
      const xcc = along(centroid, worst.x, 0.5)
      const fcc = value(xcc)
      if (fcc < worst.f) {
        simplex[n] = { x: xcc, f: fcc }
        continue
      }
    }
    for (let k = 1; k <= n; k++) {
      const x = along(best.x, simplex[k].x, 0.5)
      simplex[k] = { x, f: value(x) }
    }
  }
  simplex.sort((p, q) => p.f - q.f)
  return { x: simplex[0].x, fx: simplex[0].f, iterations, converged }
}

/**
 * How much work a contour may take. A trajectory plot is re-evaluated as training runs and
 * must never stall the training it watches, so its contour and optimum search share a
 * fixed budget of multiply-adds (a tenth of a second or so).
 */
export const CONTOUR_BUDGET = 3e8
const MIN_ROWS = 6

/** How fine a contour and how long an optimum search fit the budget. */
export interface Effort {
  rows: number
  optimumIterations: number
}

/**
 * The effort the budget allows when one loss evaluation costs `lossCost` multiply-adds: up to
 * two grids of rows × 2·rows and the optimum's search share it. Null when even a coarse grid
 * would not fit (a large network on many samples): then the plot shows the paths alone.
 */
export function effortFor(lossCost: number, resolution: number): Effort | null {
  const evaluations = CONTOUR_BUDGET / Math.max(1, lossCost)
  const affordable = Math.floor(Math.sqrt(evaluations / 6))
  if (affordable < Math.min(MIN_ROWS, resolution)) return null
  return { rows: Math.min(resolution, affordable), optimumIterations: Math.min(1000, Math.floor(evaluations / 3)) }
}

/**
 * The row indices start, start + 1, …, end − 1, for gathering a contiguous block of rows.
 * Its own module because both Sequential and the fit loop need it, and fit.ts already
 * imports sequential.ts: shared from either, the two would import each other.
 */
export function rowRange(start: number, end: number): Int32Array {
  return Int32Array.from({ length: end - start }, (_, i) => start + i)
}

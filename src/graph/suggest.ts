/**
 * "Did you mean" for misspelt names (types, params, ports, node ids). Edit distance costs
 * the product of the two lengths, and a hostile file asked about a 40,000-character name
 * against thousands of ids took minutes. So long names get no suggestion, the distance
 * gives up as soon as it cannot beat the best candidate so far, and every search, and all
 * the searches of one validation together, stop at a fixed amount of work.
 */

/** Names longer than this get no suggestion: typos happen in names people type. */
export const MAX_SUGGESTED_LENGTH = 64
/** Work (candidates looked at plus distance cells computed) one search may do. */
const SEARCH_WORK = 50_000
/** Work all the searches of one validation may do together. */
const VALIDATION_WORK = 5_000_000

/** Work left for the searches that share it (one per validation). */
export interface SuggestionBudget {
  remaining: number
}

export function suggestionBudget(work = VALIDATION_WORK): SuggestionBudget {
  return { remaining: work }
}

/** Edit distance when it is at most `bound`, else Infinity; only the band |i - j| <= bound is computed. */
function boundedDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return Infinity
  const n = b.length
  let prev = Array.from({ length: n + 1 }, (_, j) => (j <= bound ? j : Infinity))
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(n + 1).fill(Infinity)
    row[0] = i <= bound ? i : Infinity
    let rowBest = row[0]
    for (let j = Math.max(1, i - bound); j <= Math.min(n, i + bound); j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (row[j] < rowBest) rowBest = row[j]
    }
    // Distances never shrink down the rows: past the bound here means past it at the end.
    if (rowBest > bound) return Infinity
    prev = row
  }
  return prev[n] <= bound ? prev[n] : Infinity
}

/** The candidate a misspelt name most likely meant, if one is close enough (the first of equals). */
export function closest(name: string, candidates: Iterable<string>, budget: SuggestionBudget = suggestionBudget()): string | undefined {
  if (name.length === 0 || name.length > MAX_SUGGESTED_LENGTH) return undefined
  const lower = name.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  let work = SEARCH_WORK
  const spend = (units: number): boolean => {
    work -= units
    budget.remaining -= units
    return work >= 0 && budget.remaining >= 0
  }
  for (const c of candidates) {
    if (!spend(1)) break
    if (c.length === 0 || c.length > MAX_SUGGESTED_LENGTH) continue
    const other = c.toLowerCase()
    let d: number
    // a prefix ("data" for "dataset") is as good as one typo
    if (other === lower) d = 0
    else if (lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other))) d = 1
    else {
      const bound = bestDistance - 1
      if (!spend(lower.length * (2 * bound + 1))) break
      d = boundedDistance(lower, other, bound)
    }
    if (d < bestDistance) {
      best = c
      bestDistance = d
      if (d === 0) break
    }
  }
  return best
}

/** ` (did you mean "learningRate"?)` or the empty string. */
export function didYouMean(name: string, candidates: Iterable<string>, budget?: SuggestionBudget): string {
  const guess = closest(name, candidates, budget)
  return guess !== undefined ? ` (did you mean ${JSON.stringify(guess)}?)` : ''
}

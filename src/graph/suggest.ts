/** Edit distance between two short strings (names of types, params, ports). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)))
    }
    prev = row
  }
  return prev[b.length]
}

/** The candidate a misspelt name most likely meant, if one is close enough. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const other = c.toLowerCase()
    // a prefix ("data" for "dataset") is as good as one typo
    const d = other === lower ? 0 : lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other)) ? 1 : distance(lower, other)
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}

/** ` (did you mean "learningRate"?)` or the empty string. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const guess = closest(name, candidates)
  return guess !== undefined ? ` (did you mean "${guess}"?)` : ''
}

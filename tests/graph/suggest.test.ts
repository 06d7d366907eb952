import { describe, expect, it } from 'vitest'
import { Random } from '../../src/core/random/index.ts'
import { closest, didYouMean, MAX_SUGGESTED_LENGTH, suggestionBudget } from '../../src/graph/suggest.ts'

/** Plain Levenshtein distance, the reference the bounded search must agree with. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)))
    prev = row
  }
  return prev[b.length]
}

/** What closest() returned before it was bounded: the first candidate at the least distance, if close enough. */
function unboundedClosest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const other = c.toLowerCase()
    const d = other === lower ? 0 : lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other)) ? 1 : distance(lower, other)
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}

function word(random: Random, length: number): string {
  return Array.from({ length }, () => 'abcde'[Math.floor(random.next() * 5)]).join('')
}

describe('did you mean', () => {
  it('suggests the candidate one typo away', () => {
    expect(didYouMean('learningrte', ['beta1', 'learningRate'])).toBe(' (did you mean "learningRate"?)')
  })

  it('suggests nothing when no candidate is close', () => {
    expect(didYouMean('momentum', ['beta1', 'learningRate'])).toBe('')
  })

  it('takes a prefix as a near miss', () => {
    expect(closest('data', ['model', 'dataset'])).toBe('dataset')
  })

  it('agrees with an unbounded search on a thousand random names', () => {
    const random = new Random(14)
    for (let i = 0; i < 1000; i++) {
      const candidates = Array.from({ length: 6 }, () => word(random, 1 + Math.floor(random.next() * 12)))
      const name = word(random, 1 + Math.floor(random.next() * 12))
      expect(closest(name, candidates)).toBe(unboundedClosest(name, candidates))
    }
  })

  it('suggests nothing for a name longer than the limit, without comparing it', () => {
    const long = 'a'.repeat(MAX_SUGGESTED_LENGTH + 1)
    const budget = suggestionBudget(100)
    expect(closest(long, [long.slice(1)], budget)).toBeUndefined()
    expect(budget.remaining).toBe(100)
  })

  it('never suggests a candidate longer than the limit', () => {
    const long = 'a'.repeat(MAX_SUGGESTED_LENGTH + 1)
    expect(closest('aaa', [long])).toBeUndefined()
  })

  it('stops searching once the shared budget is spent', () => {
    const budget = suggestionBudget(0)
    expect(closest('adamm', ['adam'], budget)).toBeUndefined()
  })

  it('spends a bounded amount of work on one search among many long candidates', () => {
    const random = new Random(1)
    const ids = Array.from({ length: 10_000 }, () => word(random, MAX_SUGGESTED_LENGTH))
    const budget = suggestionBudget()
    const before = budget.remaining
    closest(word(random, MAX_SUGGESTED_LENGTH), ids, budget)
    expect(before - budget.remaining).toBeLessThanOrEqual(60_000)
  })
})

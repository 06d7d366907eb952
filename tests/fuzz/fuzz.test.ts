// Thousands of hostile mutations of the examples through the loader (`npm run fuzz -- --count
// 10000` runs more). A fixed seed makes every run meet the same inputs.
import { beforeAll, describe, expect, it } from 'vitest'
import { runFuzz } from './harness.ts'
import type { FuzzReport } from './harness.ts'

const SEED = 14
const COUNT = 2000
/** The hang check: a generous bound per input, not a benchmark (inputs take milliseconds). */
const BUDGET_MS = 5_000

describe(`validating ${COUNT} mutated example files`, () => {
  let report: FuzzReport

  beforeAll(() => {
    report = runFuzz({ seed: SEED, count: COUNT, budgetMs: BUDGET_MS })
  }, 120_000)

  it('never crashes', () => {
    expect(report.crashes).toEqual([])
  })

  it('never pollutes a prototype, globally or in the loaded document', () => {
    expect(report.pollution).toEqual([])
  })

  it('locates every problem at a path that exists in the mutated input', () => {
    expect(report.unlocated).toEqual([])
  })

  it(`handles every input within ${BUDGET_MS / 1000} s`, () => {
    expect(report.hangs).toEqual([])
  })

  it('prints no problem line longer than 2,000 characters', () => {
    expect(report.longLines).toEqual([])
  })

  it('meets every input it was asked to', () => {
    expect(report.inputs).toBe(COUNT)
  })
})

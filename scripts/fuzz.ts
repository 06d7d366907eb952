// `npm run fuzz -- --count 10000 [--seed N] [--budget MS]`: the suite's graph-file fuzz test at
// a larger count. Prints the counts of crashes, hangs, unlocated problems and prototype
// pollution (with the first findings of each), and exits 1 when any is not zero.
import { parseArgs } from 'node:util'
import { runFuzz } from '../tests/fuzz/harness.ts'
import type { Finding } from '../tests/fuzz/harness.ts'

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '14' }, budget: { type: 'string', default: '5000' } },
})
const count = Number(values.count)
const seed = Number(values.seed)
const budgetMs = Number(values.budget)
if (![count, seed, budgetMs].every((n) => Number.isInteger(n) && n >= 0)) {
  process.stderr.write('usage: npm run fuzz -- [--count N] [--seed N] [--budget MS] (whole numbers)\n')
  process.exit(2)
}

const started = performance.now()
const report = runFuzz({
  seed,
  count,
  budgetMs,
  onProgress: (done) => {
    if (done % 1000 === 0) process.stderr.write(`${done}/${count} inputs\n`)
  },
})
const seconds = (performance.now() - started) / 1000

const counts: [string, Finding[]][] = [
  ['crashes', report.crashes],
  ['hangs', report.hangs],
  ['unlocated problems', report.unlocated],
  ['prototype pollution', report.pollution],
  ['problem lines over 2,000 characters', report.longLines],
]
const lines = [
  `fuzz: seed ${seed}, ${report.inputs} inputs in ${seconds.toFixed(1)} s (${report.accepted} accepted without a problem)`,
  `slowest input ${report.slowestMs.toFixed(0)} ms (hang budget ${budgetMs} ms), largest input ${report.largestInput.toLocaleString('en-US')} characters`,
  ...counts.map(([name, found]) => `${name}: ${found.length}`),
]
for (const [name, found] of counts) {
  for (const f of found.slice(0, 5)) lines.push(`  ${name} #${f.index} (${f.operators.join(', ')}): ${f.detail.split('\n')[0]}`)
}
process.stdout.write(`${lines.join('\n')}\n`)
process.exitCode = counts.some(([, found]) => found.length > 0) ? 1 : 0

// Prints vitest's JSON report as the plain closing line CI reads, and fails the run
// when nothing ran or a test was skipped (a skipped test is a test that cannot fail).
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const passed = report.numPassedTests
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
const skipped = report.numPendingTests + report.numTodoTests
if (skipped > 0) console.log(`${skipped} tests were skipped: every test must run`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 && skipped === 0 && passed > 0 ? 0 : 1)

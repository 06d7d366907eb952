/**
 * `npm run bench [-- --quick]`: runs W1–W3 on Flowgrad, tfjs-cpu and tfjs-wasm in one
 * process, prints a table and writes bench/results.json. See bench/README.md.
 */
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import type { RunPlan } from './stats.ts'
import { FLOWGRAD, flowgradInfo } from './systems/flowgrad.ts'
import type { TfjsSystem } from './systems/tfjs.ts'
import { TFJS_SYSTEMS, getWasmInfo, liveTensors, tfjsVersion, useBackend } from './systems/tfjs.ts'
import { runW1 } from './workloads/w1-iris.ts'
import { runW2 } from './workloads/w2-matmul.ts'
import { STEPS, LEARNING_RATE, runW3 } from './workloads/w3-logistic.ts'

const quick = process.argv.includes('--quick')

const plan = (warmup: number, runs: number): RunPlan => ({ warmup, runs })
// One tfjs-cpu iris fit takes about 35 s here, so it gets a single run without warm-up.
const w1Plans = quick
  ? { flowgrad: plan(0, 1), 'tfjs-cpu': plan(0, 1), 'tfjs-wasm': plan(0, 1) }
  : { flowgrad: plan(1, 3), 'tfjs-cpu': plan(0, 1), 'tfjs-wasm': plan(1, 3) }
const w2Samples = quick ? 3 : 7
const w3Plans = quick
  ? { flowgrad: plan(1, 3), 'tfjs-cpu': plan(0, 1), 'tfjs-wasm': plan(0, 1) }
  : { flowgrad: plan(2, 7), 'tfjs-cpu': plan(1, 5), 'tfjs-wasm': plan(1, 5) }

const log = (line: string): void => console.log(`  ${line}`)
const started = performance.now()

// Initialize both tfjs backends up front so the report can name the wasm binary.
await useBackend('wasm')
await useBackend('cpu')
const wasm = getWasmInfo()
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  date: new Date().toISOString(),
}
console.log(`Flowgrad vs TensorFlow.js ${tfjsVersion()} — ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}${quick ? ' (quick)' : ''}`)
console.log(`  flowgrad kernels: ${flowgradInfo().kernels}`)
console.log(`  tfjs-wasm binary: ${wasm?.binary ?? 'not observed'} (${wasm?.simd ? 'SIMD' : 'no SIMD'}, threads ${wasm?.threadsSupported ? 'on' : 'off'})`)

console.log('W1 iris fit…')
const w1 = await runW1(w1Plans, log)
console.log('W2 matmul / dense…')
const w2 = await runW2(w2Samples, log)
console.log(`W3 logistic regression, ${STEPS} steps, ρ = ${LEARNING_RATE}…`)
const w3 = await runW3(w3Plans, log)
if (liveTensors() > 0) log(`(tfjs tensors still allocated after the run: ${liveTensors()})`)

type PerPeer = Record<TfjsSystem, number>
const perPeer = (ratio: (peer: TfjsSystem) => number): PerPeer =>
  Object.fromEntries(TFJS_SYSTEMS.map(({ id }) => [id, Math.round(ratio(id) * 1000) / 1000])) as PerPeer

// Ratios read "how many times better Flowgrad is": > 1 means Flowgrad wins.
const ratios = {
  W1: perPeer((p) => w1[p].medianMs / w1.flowgrad.medianMs),
  W2: perPeer((p) => w2.flowgrad.matmulGflops / w2[p].matmulGflops),
  W2dense: perPeer((p) => w2.flowgrad.denseGflops / w2[p].denseGflops),
  W3: perPeer((p) => w3[p].medianMs / w3.flowgrad.medianMs),
}

// --- the table ---------------------------------------------------------------------
type Row = [workload: string, system: string, figure: string, ratio: string, note: string]
const rows: Row[] = []
const systems = [FLOWGRAD, ...TFJS_SYSTEMS.map((s) => s.id)] as const
const ratioText = (system: (typeof systems)[number], byPeer: PerPeer): string => (system === FLOWGRAD ? '—' : `${byPeer[system].toFixed(2)}×`)
const alphaText = (alpha: number[]): string => `α = (${alpha.map((a) => a.toFixed(4)).join(', ')})`
for (const s of systems) rows.push(['W1 iris fit', s, `${w1[s].medianMs.toFixed(0)} ms`, ratioText(s, ratios.W1), `acc ${w1[s].accuracy.toFixed(3)}, n=${w1[s].runs.length}`])
for (const s of systems) rows.push(['W2a matmul 256³', s, `${w2[s].matmulGflops.toFixed(2)} GFLOP/s`, ratioText(s, ratios.W2), `${(w2[s].matmulMs * 1000).toFixed(0)} µs/call`])
for (const s of systems) rows.push(['W2b dense fwd+bwd', s, `${w2[s].denseGflops.toFixed(2)} GFLOP/s`, ratioText(s, ratios.W2dense), `${(w2[s].denseMs * 1000).toFixed(0)} µs/call`])
for (const s of systems) rows.push([`W3 logreg ${STEPS / 1000}k steps`, s, `${w3[s].medianMs.toFixed(1)} ms`, ratioText(s, ratios.W3), alphaText(w3[s].alpha)])

const header: Row = ['workload', 'system', 'figure', 'flowgrad ×', 'note']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
const format = (r: Row): string => r.map((cell, i) => (i === 2 || i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd()
console.log('')
console.log('"flowgrad ×" = how many times better Flowgrad is than that system (> 1: Flowgrad wins):')
console.log('  for times, peer ms ÷ flowgrad ms ("× faster"); for GFLOP/s, flowgrad ÷ peer.')
console.log(format(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
let previous = ''
for (const r of rows) {
  console.log(format(r[0] === previous ? ['', ...r.slice(1)] as Row : r))
  previous = r[0]
}

// --- results.json ------------------------------------------------------------------
const results = {
  machine,
  quick,
  systems: {
    flowgrad: flowgradInfo(),
    tfjs: { version: tfjsVersion(), wasm },
  },
  workloads: { W1: w1, W2: w2, W3: w3 },
  ratios,
  ratioNote: 'Flowgrad relative to each tfjs backend, > 1 means Flowgrad is better: W1/W3 peer medianMs ÷ flowgrad medianMs; W2 (matmul) and W2dense flowgrad GFLOP/s ÷ peer GFLOP/s.',
}
const out = fileURLToPath(new URL('./results.json', import.meta.url))
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nwrote ${out} (${((performance.now() - started) / 1000).toFixed(0)} s in all)`)

import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { INSTALL_HINT, torchPython } from '../../scripts/torch-python.ts'
import { ROOT, flowgrad, tempDir } from '../cli/helpers.ts'

export const EXAMPLES = ['iris-standardization', 'gd-vs-sgd', 'playground-spiral', 'optimizers-race', 'vanishing-gradients'] as const

export const examplePath = (name: string): string => join(ROOT, 'examples', `${name}.flowgrad.json`)

/** The export tests' own graphs (tests/export/fixtures). */
export const fixturePath = (name: string): string => join(import.meta.dirname, 'fixtures', `${name}.flowgrad.json`)

/** A graph file: an example by name, or a path to any graph file. */
const graphPath = (graph: string): string => (graph.endsWith('.json') ? graph : examplePath(graph))

let python: string | null | undefined

/** The interpreter with NumPy and PyTorch; without one the tests fail with the command that installs it. */
export function requirePython(): string {
  // Importing torch takes seconds: look once per test file.
  python ??= torchPython()
  if (!python) throw new Error(INSTALL_HINT)
  return python
}

/** The ids of an example's trainer nodes, as its file lists them. */
export function trainerIds(example: string): string[] {
  const doc = JSON.parse(readFileSync(graphPath(example), 'utf8')) as { nodes: { id: string; type: string }[] }
  return doc.nodes.filter((n) => n.type === 'train/trainer').map((n) => n.id)
}

/** `--set` arguments that cap every trainer of an example at `epochs`. */
export function epochCap(example: string, epochs: number): string[] {
  return trainerIds(example).flatMap((id) => ['--set', `${id}.epochs=${epochs}`])
}

export interface EpochRecord {
  epoch: number
  loss: number
  [metric: string]: number
}
export type Histories = Record<string, { history: EpochRecord[] }>

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T

/** Runs a CLI command and fails with its stderr when it does not exit 0. */
export function mustRun(args: string[]): string {
  const r = flowgrad(args)
  if (r.code !== 0) throw new Error(`flowgrad ${args.join(' ')} exited ${r.code}:\n${r.stderr}`)
  return r.stdout
}

/** `flowgrad run` on an example with the given overrides; its run.json. */
export function flowgradRun(example: string, sets: string[]): Histories {
  const out = tempDir()
  mustRun(['run', graphPath(example), '--out', out, ...sets])
  return readJson<Histories>(join(out, 'run.json'))
}

/** `flowgrad export` of an example into a fresh folder; the folder. */
export function flowgradExport(example: string, to: string, sets: string[] = []): string {
  const out = join(tempDir(), to)
  mustRun(['export', graphPath(example), '--to', to, '--out', out, ...sets])
  return out
}

/** Runs an exported train.py in one process; its history.json. */
export function runScript(dir: string): Histories {
  const r = spawnSync(requirePython(), [join(dir, 'train.py')], { cwd: dir, encoding: 'utf8', timeout: 300_000 })
  if (r.status !== 0) throw new Error(`train.py exited ${r.status}:\n${r.stderr}`)
  return readJson<Histories>(join(dir, 'history.json'))
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * Runs an exported train.py as `world` DistributedDataParallel processes on the CPU (gloo),
 * each started with the env:// variables torchrun would set; rank 0's history.json.
 */
export async function runScriptDistributed(dir: string, world: number): Promise<Histories> {
  const port = await freePort()
  const out = join(dir, 'distributed')
  const ranks = Array.from({ length: world }, (_, rank) => {
    const env = { ...process.env, MASTER_ADDR: '127.0.0.1', MASTER_PORT: String(port), RANK: String(rank), LOCAL_RANK: String(rank), WORLD_SIZE: String(world), OMP_NUM_THREADS: '1' }
    const child = spawn(requirePython(), [join(dir, 'train.py'), '--out', out], { cwd: dir, env })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    return new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rank ${rank} exited ${code}:\n${stderr}`))))
    })
  })
  await Promise.all(ranks)
  return readJson<Histories>(join(out, 'history.json'))
}

/** The largest relative difference between two runs' losses over their first `epochs` epochs. */
export function maxRelativeLossDifference(a: readonly EpochRecord[], b: readonly EpochRecord[], epochs: number): number {
  let worst = 0
  for (let i = 0; i < epochs; i++) worst = Math.max(worst, Math.abs(a[i].loss - b[i].loss) / Math.abs(b[i].loss))
  return worst
}

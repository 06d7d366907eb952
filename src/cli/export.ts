import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { join } from 'node:path'
import { EXPORT_TARGETS, ExportError, exportGraph, isExportTarget } from '../export/index.ts'
import type { NodeRegistry } from '../runtime/registry.ts'
import { loadGraphFile } from './load-graph.ts'
import { applySeed, applySets } from './overrides.ts'
import { UserError } from './user-error.ts'
import { writeExport } from './export-files.ts'

/** ONNX's schema, shipped in the repository beside the ONNX writer. */
const ONNX_PROTO = new URL('../export/onnx/onnx.proto', import.meta.url)

export const EXPORT_USAGE = 'flowgrad export <file> --to pytorch|keras|onnx [--out DIR] [--set NODE.PARAM=VALUE ...] [--seed N] [--weights initial|trained]'

function seedOf(text: string | undefined): number | null {
  if (text === undefined) return null
  const seed = Number(text)
  if (!Number.isInteger(seed) || seed < 0) throw new UserError([`--seed ${text}: expected a non-negative integer`], 1)
  return seed
}

/**
 * `flowgrad export`: a graph's trainers as a PyTorch or Keras script with its data and
 * weights, or as ONNX models. Bad input is one line and exit code 1; nothing is written
 * unless everything could be made.
 */
export async function exportCommand(args: string[], registry: NodeRegistry, stdout: { write(text: string): unknown } = process.stdout): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string', default: './flowgrad-export' },
      set: { type: 'string', multiple: true, default: [] },
      seed: { type: 'string' },
      weights: { type: 'string', default: 'initial' },
    },
  })
  if (positionals.length !== 1) throw new UserError([`flowgrad export takes one graph file, got ${positionals.length}`, `usage: ${EXPORT_USAGE}`], 1)
  const to = values.to
  if (to === undefined) throw new UserError([`flowgrad export needs --to ${EXPORT_TARGETS.join('|')}`], 1)
  if (!isExportTarget(to)) throw new UserError([`--to ${to}: cannot export to "${to}"; expected ${EXPORT_TARGETS.join(', ')}`], 1)
  const weights = values.weights
  if (weights !== 'initial' && weights !== 'trained') throw new UserError([`--weights ${weights}: expected initial or trained`], 1)
  const seed = seedOf(values.seed)
  const doc = loadGraphFile(positionals[0], registry)
  if (seed !== null) applySeed(doc, seed, registry)
  applySets(doc, values.set, registry)
  let files
  try {
    files = await exportGraph(doc, registry, { to, weights, onnxSchema: to === 'onnx' ? readFileSync(ONNX_PROTO, 'utf8') : undefined })
  } catch (e) {
    if (e instanceof ExportError) throw new UserError(e.lines.map((l) => `${positionals[0]}: ${l}`), 1)
    throw e
  }
  writeExport(values.out, files)
  stdout.write(`wrote ${files.map((f) => join(values.out, f.path)).join(', ')}\n`)
  return 0
}

import type { GraphNode } from '../../graph/graph-file.ts'
import type { ExportPlan } from '../plan/trainer-plan.ts'

export interface HeaderText {
  /** "PyTorch" or "Keras 3". */
  readonly framework: string
  readonly command: string
  /** How to run it, one command per line with its comment. */
  readonly usage: readonly string[]
  readonly needs: string
}

function wrap(text: string, width = 100): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) (lines.push(line), (line = word))
    else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

const listed = (nodes: readonly GraphNode[]): string => nodes.map((n) => `${n.id} (${n.type})`).join(', ')

/** The module docstring: what the script is, how to run it, and what of the graph it leaves out. */
export function scriptHeader(plan: ExportPlan, text: HeaderText): string {
  const about = [
    `Exported by \`${text.command}\` from a Flowgrad graph. It rebuilds the graph's data pipeline, models, losses and`,
    `optimizers, starts from Flowgrad's initial weights (initial_weights.npz) and visits the rows in Flowgrad's minibatch`,
    `order (minibatches.npz), so the per-epoch losses it writes to history.json equal those of \`flowgrad run\` (run.json).`,
  ]
  const skipped = plan.unexported.length > 0 ? ['', ...wrap(`Not exported, having no counterpart here: ${listed(plan.unexported)}.`)] : []
  return [
    '#!/usr/bin/env python3',
    `"""${plan.title}: trained with ${text.framework}, as Flowgrad trains it.`,
    '',
    ...about,
    '',
    ...text.usage.map((u) => `    ${u}`),
    '',
    `Needs ${text.needs}.`,
    ...skipped,
    '"""',
  ].join('\n')
}

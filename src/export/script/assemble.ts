import type { DataPipeline } from '../data/pipeline.ts'
import { DATA_HELPERS } from '../python/data-helpers.ts'
import { EPOCH_TOTALS } from '../python/epoch-totals.ts'
import type { BuiltTrainer } from './arrays.ts'
import { loadDataFunction } from './load-data.ts'
import { banner, scriptConstants } from './trainer-fields.ts'

/** What one framework's script adds to the parts every script shares. */
export interface ScriptParts {
  readonly header: string
  readonly imports: string
  readonly saveTrained: boolean
  /** The framework's own sections (layers, losses, optimizers), each after its banner. */
  readonly sections: readonly string[]
  /** The fields of the script's Trainer tuple. */
  readonly trainerFields: string
  readonly loop: string
  readonly trainers: readonly BuiltTrainer[]
  readonly pipeline: DataPipeline
  /** The model builder functions, and the TRAINERS entry of each trainer. */
  readonly models: string
  readonly entry: (t: BuiltTrainer) => string
  readonly main: string
}

/** A train.py: header, imports, the shared data helpers, the framework's sections, the loop and main(), then the graph. */
export function assembleScript(p: ScriptParts): string {
  const parts = [
    p.header,
    p.imports,
    scriptConstants(p.saveTrained),
    banner('Data'),
    DATA_HELPERS,
    ...p.sections,
    banner('Training'),
    `Trainer = collections.namedtuple("Trainer", "${p.trainerFields}")`,
    EPOCH_TOTALS,
    p.loop,
    p.main,
    banner('The graph'),
    loadDataFunction(
      p.trainers.map((t) => t.plan),
      p.pipeline,
    ),
    p.models,
    ['TRAINERS = [', ...p.trainers.map(p.entry), ']'].join('\n'),
    'if __name__ == "__main__":\n    main()',
  ]
  return `${parts.map((part) => part.trim()).join('\n\n\n')}\n`
}

import type { DataPipeline } from '../data/pipeline.ts'
import type { ExportPlan } from '../plan/trainer-plan.ts'
import { DATA_HELPERS } from '../python/data-helpers.ts'
import { EPOCH_TOTALS } from '../python/epoch-totals.ts'
import type { BuiltTrainer } from './arrays.ts'
import type { HeaderText } from './header.ts'
import { scriptHeader } from './header.ts'
import { loadDataFunction } from './load-data.ts'
import type { ModelChain } from './models.ts'
import { modelChains } from './models.ts'
import { banner, scriptConstants, trainerEntry } from './trainer-fields.ts'

/** What one framework's train.py adds to the parts every script shares. */
export interface FrameworkWriter {
  readonly header: HeaderText
  readonly imports: string
  /** The framework's own sections (layers, losses, optimizers), each after its banner. */
  sections(trainers: readonly BuiltTrainer[]): string[]
  /** The fields of the script's Trainer tuple. */
  readonly trainerFields: string
  readonly loop: string
  readonly main: string
  /** The function that builds one model chain. */
  modelFunction(chain: ModelChain): string
  /** A trainer's own fields in TRAINERS, before the schedule every script shares. */
  entryFields(t: BuiltTrainer, builder: string): string[]
}

/** A train.py: header, imports, the shared data helpers, the framework's sections, the loop and main(), then the graph. */
export function writeScript(w: FrameworkWriter, plan: ExportPlan, trainers: readonly BuiltTrainer[], pipeline: DataPipeline, saveTrained: boolean): string {
  const { chains, builderOf } = modelChains(trainers)
  const entries = trainers.map((t) => trainerEntry(t, w.entryFields(t, builderOf.get(t.plan.id) ?? '')))
  const parts = [
    scriptHeader(plan, w.header),
    w.imports,
    scriptConstants(saveTrained),
    banner('Data'),
    DATA_HELPERS,
    ...w.sections(trainers),
    banner('Training'),
    `Trainer = collections.namedtuple("Trainer", "${w.trainerFields}")`,
    EPOCH_TOTALS,
    w.loop,
    w.main,
    banner('The graph'),
    loadDataFunction(
      trainers.map((t) => t.plan),
      pipeline,
    ),
    ...chains.map((c) => w.modelFunction(c)),
    ['TRAINERS = [', ...entries, ']'].join('\n'),
    'if __name__ == "__main__":\n    main()',
  ]
  return `${parts.map((part) => part.trim()).join('\n\n\n')}\n`
}

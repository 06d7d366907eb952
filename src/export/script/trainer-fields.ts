import { pyString, pyValue } from '../python/literals.ts'
import type { BuiltTrainer } from './arrays.ts'
import { startHypers, tweaksLiteral } from './tweaks.ts'
import { earlyStoppingLiteral, scheduleLiteral } from '../python/callbacks.ts'

/** The optimizer's keyword arguments at step 0, by Keras' names. */
export function optimizerArgs(t: BuiltTrainer): string {
  return startHypers(t.plan)
    .map(([k, v]) => `${k}=${pyValue(v)}`)
    .join(', ')
}

/** The fields both scripts' Trainer entries share: the replay schedule, the loop's sizes and the callbacks. */
export function scheduleFields(t: BuiltTrainer): string[] {
  const { plan } = t
  const fullBatch = plan.optimizer.fullBatch
  return [
    `tweaks=${tweaksLiteral(plan)},  # live changes recorded in the graph: after this many steps, set these`,
    `epochs=${plan.config.epochs},`,
    `batch_size=${t.batches.batchSize},${fullBatch ? '  # gradient descent: every row at once' : ''}`,
    `eval_batch_size=${fullBatch ? plan.data.value.x.shape[0] : plan.config.batchSize},`,
    `sampling=${pyString(plan.config.sampling)},`,
    `seed=${plan.config.seed},`,
    `schedule=${scheduleLiteral(plan.config)},  # the learning-rate schedule, from the optimizer's rate`,
    `early_stopping=${earlyStoppingLiteral(plan.config)},`,
  ]
}

/** A Trainer(...) entry of the TRAINERS list. */
export function trainerEntry(t: BuiltTrainer, fields: readonly string[]): string {
  const name = `name=${pyString(t.plan.id)},${t.plan.label !== t.plan.id ? `  # ${t.plan.label}` : ''}`
  return ['    Trainer(', ...[name, ...fields, ...scheduleFields(t)].map((f) => `        ${f}`), '    ),'].join('\n')
}

export const banner = (title: string): string => `# ${'-'.repeat(3)} ${title} ${'-'.repeat(Math.max(3, 96 - title.length))}`

/** The module constants both scripts start with: where they are, and the arrays Flowgrad exported. */
export function scriptConstants(saveTrained: boolean): string {
  return [
    'HERE = os.path.dirname(os.path.abspath(__file__))',
    'INITIAL_WEIGHTS = np.load(os.path.join(HERE, "initial_weights.npz"))  # "trainer/layer/weight", Keras\' layout',
    'BATCHES = np.load(os.path.join(HERE, "minibatches.npz"))  # per trainer: epochs × the rows visited, in order',
    'MASKS_FILE = os.path.join(HERE, "dropout_masks.npz")  # written when a model has Dropout layers',
    'DROPOUT_MASKS = np.load(MASKS_FILE) if os.path.exists(MASKS_FILE) else {}  # "trainer/layer": epochs × rows visited × width, 1 = kept',
    `SAVE_TRAINED_WEIGHTS = ${pyValue(saveTrained)}  # also write trained_weights.npz (flowgrad export --weights trained)`,
  ].join('\n')
}

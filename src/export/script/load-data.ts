import { prepareTargets } from '../../core/index.ts'
import { modelOutputWidth } from '../../runtime/model-builder.ts'
import type { DataPipeline } from '../data/pipeline.ts'
import type { DataSource, TrainerPlan } from '../plan/trainer-plan.ts'
import { ROWS_FILE } from '../data/pipeline.ts'
import { pyString } from '../python/literals.ts'

/** A trainer's data as its loss takes them: class indices become one-hot rows for a categorical cross-entropy, as the trainer does. */
function prepared(plan: TrainerPlan, source: DataSource, pipeline: DataPipeline): string {
  const variable = pipeline.variable(source.ref)
  const outputs = plan.model.layers.length > 0 ? modelOutputWidth(plan.model) : 0
  const ready = prepareTargets(source.value, plan.loss.kind, { features: source.value.x.shape[1], outputs })
  return ready.encoding === 'one-hot' && source.value.encoding !== 'one-hot' ? `one_hot(${variable}, classes=${ready.y.shape[1]})` : variable
}

/** `load_data()`: the pipeline's lines, then each trainer's (training, validation) data. */
export function loadDataFunction(trainers: readonly TrainerPlan[], pipeline: DataPipeline): string {
  const body = [
    ...(pipeline.rows.size > 0 ? [`rows = np.load(os.path.join(HERE, ${pyString(ROWS_FILE)}))`] : []),
    ...pipeline.lines,
    'return {',
    ...trainers.map((t) => `    ${pyString(t.id)}: (${prepared(t, t.data, pipeline)}, ${t.validation ? prepared(t, t.validation, pipeline) : 'None'}),`),
    '}',
  ]
  return ['def load_data():', `    """The graph's data pipeline, node by node: each trainer's training and validation data."""`, ...body.map((l) => `    ${l}`)].join('\n')
}

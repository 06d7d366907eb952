import { noGrad } from '../../src/core/index.ts'
import type { Sequential } from '../../src/core/index.ts'
import { objective } from '../../src/runtime/objective.ts'
import type { Dataset, LossSpec, ModelSpec } from '../../src/runtime/values.ts'

// What the two loss-sweep nodes read from their inputs. These helpers speak the runtime's
// values (a ModelSpec, a LossSpec), which src/analysis may not import (DESIGN.md §1), so
// they stay with the nodes; the sweeps themselves are in src/analysis/weight-sweep.ts.

/** The data to evaluate on: the connected data set, or the one the model chain starts from. */
export function sweepData(model: ModelSpec, data: Dataset | undefined): Dataset {
  const d = data ?? model.data
  if (!d) throw new Error('connect data: to the data input, or at the start of the model chain')
  const features = d.x.shape[1]
  if (features !== model.inputShape[0]) throw new Error(`the data have ${features} features but the model's input expects ${model.inputShape[0]}`)
  return d
}

/** The training objective (loss + L2 penalty) of a model on the whole data set, without autograd. */
export function lossOf(model: Sequential, loss: LossSpec, data: Dataset): number {
  return noGrad(() => objective(model, loss, data.x, data.y).loss.item())
}

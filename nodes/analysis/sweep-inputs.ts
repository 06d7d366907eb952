import { noGrad, objective } from '../../src/core/index.ts'
import type { Sequential } from '../../src/core/index.ts'
import { objectiveOf, prepareData } from '../../src/runtime/objective.ts'
import type { Dataset, LossSpec, ModelSpec } from '../../src/runtime/values.ts'

// What the two loss-sweep nodes read from their inputs. These helpers speak the runtime's
// values (a ModelSpec, a LossSpec) and its preparation of targets, which src/analysis may
// not import (DESIGN.md §1), so they stay with the nodes; the sweeps themselves are in
// src/analysis/weight-sweep.ts.

/**
 * The data to evaluate on — the connected data set, or the one the model chain starts
 * from — prepared for the model and the loss exactly as a trainer prepares them.
 */
export function sweepData(spec: ModelSpec, model: Sequential, loss: LossSpec, data: Dataset | undefined): Dataset {
  const d = data ?? spec.data
  if (!d) throw new Error('connect data: to the data input, or at the start of the model chain')
  return prepareData(d, loss, model, spec.inputShape)
}

/** The training objective (loss + L2 penalty) of a model on the whole data set, without autograd. */
export function lossOf(model: Sequential, loss: LossSpec, data: Dataset): number {
  return noGrad(() => objective(model, objectiveOf(loss), data.x, data.y).loss.item())
}

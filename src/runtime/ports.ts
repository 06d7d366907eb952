import type { Tensor } from '../core/index.ts'
import type { PortTypeId } from '../graph/port-types.ts'
import type { ChartData, TableData } from '../charts/data.ts'
import type { Dataset, FunctionValue, LossSpec, ModelSpec, OptimizerSpec, TrainingSnapshot } from './values.ts'

/** A port type with the TypeScript type of the values it carries. */
export interface TypedPort<Id extends PortTypeId, T> {
  readonly id: Id
  /** Phantom: never set, only carries T for inference. */
  readonly __value?: T
}

function port<Id extends PortTypeId, T>(id: Id): TypedPort<Id, T> {
  return { id }
}

/** The closed set of port types, as node definitions use them. */
export const Port = {
  Dataset: port<'Dataset', Dataset>('Dataset'),
  Tensor: port<'Tensor', Tensor>('Tensor'),
  Function: port<'Function', FunctionValue>('Function'),
  Model: port<'Model', ModelSpec>('Model'),
  Loss: port<'Loss', LossSpec>('Loss'),
  Optimizer: port<'Optimizer', OptimizerSpec>('Optimizer'),
  Training: port<'Training', TrainingSnapshot>('Training'),
  Chart: port<'Chart', ChartData>('Chart'),
  Table: port<'Table', TableData>('Table'),
} as const

export type AnyPort = (typeof Port)[keyof typeof Port]
export type ValueOf<P> = P extends TypedPort<PortTypeId, infer T> ? T : never

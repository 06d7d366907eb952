// The catalog: every node type, in palette order. The only place node types are listed.
import dataCsv from './data/csv.ts'
import dataFromTensors from './data/from-tensors.ts'
import dataIris from './data/iris.ts'
import dataLinspace from './data/linspace.ts'
import dataLogistic2d from './data/logistic-2d.ts'
import dataPlayground2d from './data/playground-2d.ts'
import dataRandom from './data/random.ts'
import dataValues from './data/values.ts'
import preprocessOneHot from './preprocess/one-hot.ts'
import preprocessSelectFeatures from './preprocess/select-features.ts'
import preprocessShuffle from './preprocess/shuffle.ts'
import preprocessSplit from './preprocess/split.ts'
import preprocessStandardize from './preprocess/standardize.ts'
import modelDense from './model/dense.ts'
import modelDropout from './model/dropout.ts'
import modelBatchNormalization from './model/batch-normalization.ts'
import modelActivation from './model/activation-layer.ts'
import modelSequential from './model/sequential.ts'
import modelInput from './model/input.ts'
import modelSummary from './model/summary.ts'
import lossBinaryCrossentropy from './loss/binary-crossentropy.ts'
import lossCategoricalCrossentropy from './loss/categorical-crossentropy.ts'
import lossLogistic from './loss/logistic.ts'
import lossMse from './loss/mse.ts'
import optimizerAdagrad from './optimizer/adagrad.ts'
import optimizerAdam from './optimizer/adam.ts'
import optimizerGd from './optimizer/gd.ts'
import optimizerRmsprop from './optimizer/rmsprop.ts'
import optimizerSgd from './optimizer/sgd.ts'
import trainTrainer from './train/trainer.ts'
import mathActivation from './math/activation.ts'
import mathDerivative from './math/derivative.ts'
import analysisLandscape2d from './analysis/landscape-2d.ts'
import analysisWeightSweep from './analysis/weight-sweep.ts'
import plotDecisionBoundary from './plot/decision-boundary.ts'
import plotGradientNorms from './plot/gradient-norms.ts'
import plotLine from './plot/line.ts'
import plotTable from './plot/table.ts'
import plotTrainingCurves from './plot/training-curves.ts'
import plotTrajectory from './plot/trajectory.ts'
import type { NodeDefinition } from '../src/runtime/define-node.ts'
import { NodeRegistry } from '../src/runtime/registry.ts'

export const nodeDefinitions: readonly NodeDefinition[] = [
  dataCsv,
  dataFromTensors,
  dataIris,
  dataLinspace,
  dataLogistic2d,
  dataPlayground2d,
  dataRandom,
  dataValues,
  preprocessOneHot,
  preprocessSelectFeatures,
  preprocessShuffle,
  preprocessSplit,
  preprocessStandardize,
  modelDense,
  modelDropout,
  modelBatchNormalization,
  modelActivation,
  modelInput,
  modelSequential,
  modelSummary,
  lossBinaryCrossentropy,
  lossCategoricalCrossentropy,
  lossLogistic,
  lossMse,
  optimizerAdagrad,
  optimizerAdam,
  optimizerGd,
  optimizerRmsprop,
  optimizerSgd,
  trainTrainer,
  mathActivation,
  mathDerivative,
  analysisLandscape2d,
  analysisWeightSweep,
  plotDecisionBoundary,
  plotGradientNorms,
  plotLine,
  plotTable,
  plotTrainingCurves,
  plotTrajectory,
]

/** A registry holding every node type; registering one twice throws. */
export function createRegistry(): NodeRegistry {
  const registry = new NodeRegistry()
  for (const def of nodeDefinitions) registry.register(def)
  return registry
}

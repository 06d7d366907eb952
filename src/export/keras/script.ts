import type { DataPipeline } from '../data/pipeline.ts'
import type { ExportPlan } from '../plan/trainer-plan.ts'
import { pyKwargs, pyString, pyValue } from '../python/literals.ts'
import type { BuiltTrainer } from '../script/arrays.ts'
import { scriptHeader } from '../script/header.ts'
import { assembleScript } from '../script/assemble.ts'
import { modelChains } from '../script/models.ts'
import { banner, optimizerArgs, trainerEntry } from '../script/trainer-fields.ts'
import { LOOP, MAIN, OBJECTIVE } from './keras-code.ts'

const IMPORTS = `import argparse
import collections
import json
import os

import numpy as np
import keras
from keras import ops`

/** Keras' optimizer class names, as keras.optimizers spells them. */
const OPTIMIZERS = { sgd: 'SGD', adam: 'Adam', rmsprop: 'RMSprop', adagrad: 'Adagrad' } as const

/** One builder per model chain: a keras.Sequential whose kernels carry the layer's own L2 plus the decay given. */
function modelFunctions(trainers: readonly BuiltTrainer[]): { code: string; builderOf: Map<string, string> } {
  const { chains, builderOf } = modelChains(trainers)
  const blocks = chains.map(({ name, nodes, trainer }) => {
    const layers = trainer.layers.map(({ ctx, writer }) => {
      const { call, args } = writer.keras(ctx)
      const own = writer.decayed ? `, kernel_regularizer=penalty(${pyValue(ctx.layer.penalties()[0]?.l2 ?? 0)}, decay)` : ''
      return `        ${call}(${pyKwargs(args)}${own}),`
    })
    const input = `        keras.Input(shape=(${trainer.plan.model.inputShape[0]},)),`
    return [`def ${name}(decay=0.0):`, `    """${nodes.join(' → ')}"""`, '    return keras.Sequential([', input, ...layers, '    ])'].join('\n')
  })
  return { code: blocks.join('\n\n\n'), builderOf }
}

function entry(t: BuiltTrainer, model: string): string {
  const { loss, optimizer } = t.plan
  const given = t.plan.model.layers.filter((l) => l.config.kernelInitializer === 'values' || l.config.biasInitializer === 'values').map((l) => l.nodeId)
  return trainerEntry(t, [
    `model=${model},`,
    `loss=(${pyString(loss.kind)}, ${pyString(loss.reduction)}, ${pyValue(loss.fromLogits)}),  # ${loss.nodeId}: kind, reduction, from_logits`,
    `decay=(${pyValue(loss.l2)}, ${pyValue(loss.l2PerEpoch)}),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch`,
    `optimizer=lambda: keras.optimizers.${OPTIMIZERS[optimizer.kind]}(${optimizerArgs(t)}),  # ${optimizer.nodeId}`,
    `steps_per_epoch=${t.batches.stepsPerEpoch},`,
    `given_values=${pyValue(given)},  # layers whose starting values the graph gives: --fresh keeps them`,
  ])
}

/** The Keras 3 train.py for a graph's trainers: any backend, DataParallel over several devices. */
export function kerasScript(plan: ExportPlan, trainers: readonly BuiltTrainer[], pipeline: DataPipeline, saveTrained: boolean): string {
  const models = modelFunctions(trainers)
  const header = scriptHeader(plan, {
    framework: 'Keras 3',
    command: 'flowgrad export --to keras',
    usage: [
      'python3 train.py                     # on every device found: DataParallel shares each minibatch among them',
      'KERAS_BACKEND=jax python3 train.py   # any backend: tensorflow, jax or torch',
      "python3 train.py --fresh             # Keras' own initialization and NumPy's shuffling instead",
    ],
    needs: 'numpy and keras >= 3 with one of its backends',
  })
  return assembleScript({
    header,
    imports: IMPORTS,
    saveTrained,
    sections: [banner("Losses, accuracy and penalties (Keras' own)"), OBJECTIVE],
    trainerFields: 'name model loss decay optimizer steps_per_epoch given_values tweaks epochs batch_size eval_batch_size sampling seed',
    loop: LOOP,
    trainers,
    pipeline,
    models: models.code,
    entry: (t) => entry(t, models.builderOf.get(t.plan.id) ?? ''),
    main: MAIN,
  })
}

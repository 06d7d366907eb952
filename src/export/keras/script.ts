import { pyKwargs, pyString, pyValue } from '../python/literals.ts'
import type { FrameworkWriter } from '../script/assemble.ts'
import { banner, optimizerArgs } from '../script/trainer-fields.ts'
import { LOOP, MAIN, OBJECTIVE } from './keras-code.ts'
import { CALLBACKS } from '../python/callbacks.ts'

const IMPORTS = `import argparse
import collections
import json
import math
import os

import numpy as np
import keras
from keras import ops`

/** Keras' optimizer class names, as keras.optimizers spells them. */
const OPTIMIZERS = { sgd: 'SGD', adam: 'Adam', rmsprop: 'RMSprop', adagrad: 'Adagrad' } as const

/** The Keras 3 train.py: Keras' own losses and optimizers, any backend, DataParallel over several devices. */
export const kerasWriter: FrameworkWriter = {
  header: {
    framework: 'Keras 3',
    command: 'flowgrad export --to keras',
    usage: [
      'python3 train.py                     # on every device found: DataParallel shares each minibatch among them',
      'KERAS_BACKEND=jax python3 train.py   # any backend: tensorflow, jax or torch',
      "python3 train.py --fresh             # Keras' own initialization and NumPy's shuffling instead",
    ],
    needs: 'numpy and keras >= 3 with one of its backends',
  },
  imports: IMPORTS,
  sections: () => [
    banner("Losses, accuracy, penalties and Dropout (Keras' own)"),
    OBJECTIVE,
    banner("Learning-rate schedules and early stopping (Keras' rules)"),
    CALLBACKS,
  ],
  trainerFields: 'name model loss decay optimizer steps_per_epoch given_values tweaks epochs batch_size eval_batch_size sampling seed schedule early_stopping',
  loop: LOOP,
  main: MAIN,
  // A keras.Sequential whose kernels carry the layer's own L2 and L1 plus the decay the trainer gives; its Dropout
  // layers replay Flowgrad's masks, minibatches of up to batch_size rows (none: Keras draws its own).
  modelFunction: ({ name, nodes, trainer }) => {
    const layers = trainer.layers.map(({ ctx, writer }) => {
      const { call, args } = writer.keras(ctx)
      const own = ctx.layer.penalties()[0]
      const penalty = writer.decayed ? `, kernel_regularizer=penalty(${pyValue(own?.l2 ?? 0)}, ${pyValue(own?.l1 ?? 0)}, decay)` : ''
      const replay = ctx.spec.kind === 'dropout' ? ', batch_size=batch_size' : ''
      return `        ${call}(${pyKwargs(args)}${penalty}${replay}),`
    })
    const input = `        keras.Input(shape=(${trainer.plan.model.inputShape[0]},)),`
    return [`def ${name}(decay=0.0, batch_size=None):`, `    """${nodes.join(' → ')}"""`, '    return keras.Sequential([', input, ...layers, '    ])'].join('\n')
  },
  entryFields: (t, builder) => {
    const { loss, optimizer } = t.plan
    const given = t.layers.filter(({ ctx: { spec: l } }) => l.kind === 'dense' && (l.config.kernelInitializer === 'values' || l.config.biasInitializer === 'values')).map(({ ctx }) => ctx.layer.name)
    return [
      `model=${builder},`,
      `loss=(${pyString(loss.kind)}, ${pyString(loss.reduction)}, ${pyValue(loss.fromLogits)}),  # ${loss.nodeId}: kind, reduction, from_logits`,
      `decay=(${pyValue(loss.l2)}, ${pyValue(loss.l2PerEpoch)}),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch`,
      `optimizer=lambda: keras.optimizers.${OPTIMIZERS[optimizer.kind]}(${optimizerArgs(t)}),  # ${optimizer.nodeId}`,
      `steps_per_epoch=${t.batches.stepsPerEpoch},`,
      `given_values=${pyValue(given)},  # layers whose starting values the graph gives: --fresh keeps them`,
    ]
  },
}

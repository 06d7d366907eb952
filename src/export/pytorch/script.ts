import type { OptimizerName } from '../../core/index.ts'
import { pyKwargs, pyString, pyValue } from '../python/literals.ts'
import type { FrameworkWriter } from '../script/assemble.ts'
import { banner, optimizerArgs } from '../script/trainer-fields.ts'
import { LAYERS, LOSSES } from './model-code.ts'
import { LOOP, MAIN } from './loop-code.ts'
import { OPTIMIZER_CLASSES, optimizerCode } from './optimizer-code.ts'
import { CALLBACKS } from '../python/callbacks.ts'

const IMPORTS = `import argparse
import collections
import copy
import json
import math
import os

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel`

/** The PyTorch train.py: Keras' rules on torch, DistributedDataParallel under torchrun. */
export const pytorchWriter: FrameworkWriter = {
  header: {
    framework: 'PyTorch',
    command: 'flowgrad export --to pytorch',
    usage: [
      'python3 train.py                       # one process',
      'torchrun --nproc_per_node=4 train.py   # DistributedDataParallel: each process takes a share of every minibatch',
      "python3 train.py --fresh               # PyTorch's own initialization and NumPy's shuffling instead",
    ],
    needs: 'numpy and torch >= 1.13',
  },
  imports: IMPORTS,
  sections: (trainers) => [
    banner("Layers, losses and the objective (Keras' definitions)"),
    LAYERS,
    LOSSES,
    banner("Optimizers (Keras' update rules)"),
    optimizerCode(new Set<OptimizerName>(trainers.map((t) => t.plan.optimizer.kind))),
    banner("Learning-rate schedules and early stopping (Keras' rules)"),
    CALLBACKS,
  ],
  trainerFields: 'name model loss decay optimizer tweaks epochs batch_size eval_batch_size sampling seed schedule early_stopping',
  loop: LOOP,
  main: MAIN,
  modelFunction: ({ name, nodes, trainer }) => {
    const layers = trainer.layers.map(({ ctx, writer }) => {
      const { call, args } = writer.pytorch(ctx)
      return `        (${pyString(ctx.layer.name)}, ${call}(${pyKwargs(args)})),`
    })
    return [`def ${name}():`, `    """${nodes.join(' → ')}"""`, '    return torch.nn.Sequential(collections.OrderedDict([', ...layers, '    ]))'].join('\n')
  },
  entryFields: (t, builder) => {
    const { loss, optimizer } = t.plan
    return [
      `model=${builder},`,
      `loss=Loss(${pyString(loss.kind)}, reduction=${pyString(loss.reduction)}, from_logits=${pyValue(loss.fromLogits)}),  # ${loss.nodeId}`,
      `decay=(${pyValue(loss.l2)}, ${pyValue(loss.l2PerEpoch)}),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch`,
      `optimizer=lambda params: ${OPTIMIZER_CLASSES[optimizer.kind]}(params, ${optimizerArgs(t)}),  # ${optimizer.nodeId}`,
    ]
  },
}

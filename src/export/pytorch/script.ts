import type { OptimizerName } from '../../core/index.ts'
import type { DataPipeline } from '../data/pipeline.ts'
import type { ExportPlan } from '../plan/trainer-plan.ts'
import { pyKwargs, pyString, pyValue } from '../python/literals.ts'
import type { BuiltTrainer } from '../script/arrays.ts'
import { scriptHeader } from '../script/header.ts'
import { assembleScript } from '../script/assemble.ts'
import { modelChains } from '../script/models.ts'
import { banner, optimizerArgs, trainerEntry } from '../script/trainer-fields.ts'
import { LAYERS, LOSSES } from './model-code.ts'
import { LOOP, MAIN } from './loop-code.ts'
import { OPTIMIZER_CLASSES, optimizerCode } from './optimizer-code.ts'

const IMPORTS = `import argparse
import collections
import json
import math
import os

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel`

/** One builder function per model chain: a Sequential of the layers' modules, named by their nodes. */
function modelFunctions(trainers: readonly BuiltTrainer[]): { code: string; builderOf: Map<string, string> } {
  const { chains, builderOf } = modelChains(trainers)
  const blocks = chains.map(({ name, nodes, trainer }) => {
    const layers = trainer.layers.map(({ ctx, writer }) => {
      const { call, args } = writer.pytorch(ctx)
      return `        (${pyString(ctx.spec.nodeId)}, ${call}(${pyKwargs(args)})),`
    })
    return [`def ${name}():`, `    """${nodes.join(' → ')}"""`, '    return torch.nn.Sequential(collections.OrderedDict([', ...layers, '    ]))'].join('\n')
  })
  return { code: blocks.join('\n\n\n'), builderOf }
}

function entry(t: BuiltTrainer, model: string): string {
  const { loss, optimizer } = t.plan
  return trainerEntry(t, [
    `model=${model},`,
    `loss=Loss(${pyString(loss.kind)}, reduction=${pyString(loss.reduction)}, from_logits=${pyValue(loss.fromLogits)}),  # ${loss.nodeId}`,
    `decay=(${pyValue(loss.l2)}, ${pyValue(loss.l2PerEpoch)}),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch`,
    `optimizer=lambda params: ${OPTIMIZER_CLASSES[optimizer.kind]}(params, ${optimizerArgs(t)}),  # ${optimizer.nodeId}`,
  ])
}

/** The PyTorch train.py for a graph's trainers. */
export function pytorchScript(plan: ExportPlan, trainers: readonly BuiltTrainer[], pipeline: DataPipeline, saveTrained: boolean): string {
  const models = modelFunctions(trainers)
  const kinds = new Set<OptimizerName>(trainers.map((t) => t.plan.optimizer.kind))
  const header = scriptHeader(plan, {
    framework: 'PyTorch',
    command: 'flowgrad export --to pytorch',
    usage: [
      'python3 train.py                       # one process',
      'torchrun --nproc_per_node=4 train.py   # DistributedDataParallel: each process takes a share of every minibatch',
      "python3 train.py --fresh               # PyTorch's own initialization and NumPy's shuffling instead",
    ],
    needs: 'numpy and torch >= 1.13',
  })
  return assembleScript({
    header,
    imports: IMPORTS,
    saveTrained,
    sections: [banner("Layers, losses and the objective (Keras' definitions)"), LAYERS, LOSSES, banner("Optimizers (Keras' update rules)"), optimizerCode(kinds)],
    trainerFields: 'name model loss decay optimizer tweaks epochs batch_size eval_batch_size sampling seed',
    loop: LOOP,
    trainers,
    pipeline,
    models: models.code,
    entry: (t) => entry(t, models.builderOf.get(t.plan.id) ?? ''),
    main: MAIN,
  })
}

import type { OptimizerName } from '../../core/index.ts'
import type { DataPipeline } from '../data/pipeline.ts'
import type { ExportPlan } from '../plan/trainer-plan.ts'
import { DATA_HELPERS } from '../python/data-helpers.ts'
import { pyKwargs, pyName, pyString, pyValue } from '../python/literals.ts'
import type { BuiltTrainer } from '../script/arrays.ts'
import { scriptHeader } from '../script/header.ts'
import { loadDataFunction } from '../script/load-data.ts'
import { startHypers, tweaksLiteral } from '../script/tweaks.ts'
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

const banner = (title: string): string => `# ${'-'.repeat(3)} ${title} ${'-'.repeat(Math.max(3, 96 - title.length))}`

/** One builder function per model chain (trainers sharing a chain share it), named for its last layer. */
function modelFunctions(trainers: readonly BuiltTrainer[]): { code: string; nameOf: Map<string, string> } {
  const nameOf = new Map<string, string>()
  const taken = new Set<string>()
  const blocks: string[] = []
  for (const t of trainers) {
    const layerIds = t.plan.model.layers.map((l) => l.nodeId)
    // A chain may start at its first Dense (fed by data) rather than at an Input node.
    const chain = layerIds[0] === t.plan.model.inputNodeId ? layerIds : [t.plan.model.inputNodeId, ...layerIds]
    const key = chain.join('>')
    if (nameOf.has(key)) {
      nameOf.set(t.plan.id, nameOf.get(key) ?? '')
      continue
    }
    const name = pyName(chain[chain.length - 1], taken, '_model')
    nameOf.set(key, name)
    nameOf.set(t.plan.id, name)
    const layers = t.layers.map(({ ctx, writer }) => {
      const { call, args } = writer.pytorch(ctx)
      return `        (${pyString(ctx.spec.nodeId)}, ${call}(${pyKwargs(args)})),`
    })
    blocks.push([`def ${name}():`, `    """${chain.join(' → ')}"""`, '    return torch.nn.Sequential(collections.OrderedDict([', ...layers, '    ]))'].join('\n'))
  }
  return { code: blocks.join('\n\n\n'), nameOf }
}

function trainerEntry(t: BuiltTrainer, model: string): string {
  const { plan } = t
  const { loss, optimizer } = plan
  const hypers = startHypers(plan).map(([k, v]) => `${k}=${pyValue(v)}`)
  const fields = [
    `name=${pyString(plan.id)},${plan.label !== plan.id ? `  # ${plan.label}` : ''}`,
    `model=${model},`,
    `loss=Loss(${pyString(loss.kind)}, reduction=${pyString(loss.reduction)}, from_logits=${pyValue(loss.fromLogits)}),  # ${loss.nodeId}`,
    `decay=(${pyValue(loss.l2)}, ${pyValue(loss.l2PerEpoch)}),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch`,
    `optimizer=lambda params: ${OPTIMIZER_CLASSES[optimizer.kind]}(params, ${hypers.join(', ')}),  # ${optimizer.nodeId}`,
    `tweaks=${tweaksLiteral(plan)},  # live changes recorded in the graph: after this many steps, set these`,
    `epochs=${plan.config.epochs},`,
    `batch_size=${t.batches.batchSize},${optimizer.fullBatch ? '  # gradient descent: every row at once' : ''}`,
    `eval_batch_size=${optimizer.fullBatch ? plan.data.value.x.shape[0] : plan.config.batchSize},`,
    `sampling=${pyString(plan.config.sampling)},`,
    `seed=${plan.config.seed},`,
  ]
  return ['    Trainer(', ...fields.map((f) => `        ${f}`), '    ),'].join('\n')
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
  return [
    header,
    IMPORTS,
    [
      'HERE = os.path.dirname(os.path.abspath(__file__))',
      'INITIAL_WEIGHTS = np.load(os.path.join(HERE, "initial_weights.npz"))  # "trainer/layer/weight", Keras\' layout',
      'BATCHES = np.load(os.path.join(HERE, "minibatches.npz"))  # per trainer: epochs × the rows visited, in order',
      `SAVE_TRAINED_WEIGHTS = ${pyValue(saveTrained)}  # also write trained_weights.npz (flowgrad export --weights trained)`,
    ].join('\n'),
    banner('Data'),
    DATA_HELPERS.trimEnd(),
    banner('Layers, losses and the objective (Keras\' definitions)'),
    LAYERS.trimEnd(),
    LOSSES.trimEnd(),
    banner("Optimizers (Keras' update rules)"),
    optimizerCode(kinds).trimEnd(),
    banner('Training'),
    'Trainer = collections.namedtuple("Trainer", "name model loss decay optimizer tweaks epochs batch_size eval_batch_size sampling seed")',
    LOOP.trimEnd(),
    banner('The graph'),
    loadDataFunction(
      trainers.map((t) => t.plan),
      pipeline,
    ),
    models.code,
    ['TRAINERS = [', ...trainers.map((t) => trainerEntry(t, models.nameOf.get(t.plan.id) ?? '')), ']'].join('\n'),
    MAIN.trimEnd(),
  ].join('\n\n\n') + '\n'
}

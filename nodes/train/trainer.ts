import { SAMPLINGS } from '../../src/core/index.ts'
import { defineNode, input, optionalInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { TrainingSession } from '../../src/runtime/training/session.ts'
import { TrainerProcess } from '../../src/runtime/training/process.ts'
import type { TrainerInputs } from '../../src/runtime/training/changes.ts'
import { callbackParams } from './callback-params.ts'
import { Pacing, SPEEDS } from '../../src/runtime/training/pacing.ts'

export default defineNode({
  type: 'train/trainer',
  title: 'Trainer',
  doc: "Trains the model on the data: each epoch visits the samples in minibatches and takes one optimizer step per batch. Emits the loss and metrics per epoch as it goes; Run, Pause and Step control it. Changes while it runs keep the weights where they still mean something: the optimizer's hyperparameters, another optimizer (fresh state) and the epochs apply at the next step; the batch size, sampling, loss and data of the same shape at the next epoch start. Other changes (features, classes, the model's layers, the seed) restart it, saying why. Keras' callbacks: a learning-rate schedule (scaling the optimizer's rate, so a live change still applies) and early stopping.",
  inputs: {
    data: optionalInput(Port.Dataset, { doc: 'Training data. If unconnected, the data the model chain starts from.' }),
    validation: optionalInput(Port.Dataset, { doc: 'Optional validation data: val_loss and val_accuracy per epoch.' }),
    model: input(Port.Model),
    loss: input(Port.Loss),
    optimizer: input(Port.Optimizer, { live: true, doc: 'Live: hyperparameter changes apply at the next step, keeping momentum and moments; another optimizer wired in takes over at the next step with the same weights and a fresh state.' }),
  },
  outputs: { training: output(Port.Training) },
  params: {
    epochs: param.integer({ default: 100, min: 1, max: 100000, scale: 'log', doc: 'Passes over the training data.' }),
    batchSize: param.integer({ default: 32, min: 1, max: 100000, scale: 'log', doc: 'Samples per update (ignored by full-batch gradient descent).' }),
    sampling: param.select({ default: 'shuffle', options: SAMPLINGS, doc: 'shuffle: a new random order each epoch (Keras); replacement: each minibatch drawn with replacement (the chapter’s SGD); sequential: always in order.' }),
    seed: param.integer({ default: 0, min: 0, max: 2 ** 32 - 1, doc: 'Seeds the sampling of minibatches.' }),
    generator: param.select({ default: 'default', options: ['default', 'numpy-legacy'], doc: "Flowgrad's generator, or NumPy's legacy stream to reproduce NumPy code." }),
    skipUniforms: param.integer({ default: 0, min: 0, max: 1e9, doc: 'NumPy-legacy only: continue the stream after this many rand() draws (the chapter draws its 20×2 data first: 40).' }),
    recordTrajectory: param.boolean({ default: false, doc: 'Record all weights after every step (for trajectory plots).' }),
    recordGradNorms: param.boolean({ default: false, doc: "Record each layer's kernel gradient norm after every step (vanishing gradients)." }),
    ...callbackParams,
    // Watching: when steps run, never what they compute. The editor obeys them; `flowgrad run` trains flat out.
    speed: param.select({ default: 'max', options: SPEEDS, label: 'Speed', doc: 'Steps per second in the editor, so a class can watch (max: as fast as possible). Changes apply while it runs; the numbers do not depend on it, and the command line always runs flat out.' }),
    pauseEachEpoch: param.boolean({ default: false, label: 'Pause after each epoch', doc: 'In the editor, pause at the end of every epoch: Run goes on to the next one.' }),
    forever: param.boolean({ default: false, label: 'Run forever', doc: 'Ignore epochs and train until paused (playground graphs). The command line needs an end: --set NODE.epochs=N.' }),
  },
  liveParams: ['speed', 'pauseEachEpoch'],
  evaluate: ({ nodeId, label, inputs, params, scheduler, autoplay, paced, tweaks, liveSources, edits, previous }) => {
    const data = inputs.data ?? inputs.model.data
    if (!data) throw new Error('connect training data: to the data input, or at the start of the model chain')
    const config = { ...params, epochs: params.forever ? Infinity : params.epochs }
    const trainerInputs = { data, validation: inputs.validation ?? null, model: inputs.model, loss: inputs.loss, optimizer: inputs.optimizer, config }
    const createSession = (i: TrainerInputs) => new TrainingSession(i.data, i.validation, i.model, i.loss, i.optimizer, i.config)
    // Build one session now so that bad wiring is reported when the graph is evaluated.
    createSession(trainerInputs)
    return new TrainerProcess({
      trainerId: nodeId,
      label,
      scheduler,
      autoplay,
      tweaks,
      optimizerSource: liveSources.optimizer?.[0] ?? inputs.optimizer.nodeId,
      inputs: trainerInputs,
      createSession,
      edits,
      previous,
      pacing: paced ? new Pacing(() => scheduler.now(), params) : undefined,
    })
  },
  longRunning: true,
  shapes: () => ({ training: [] }),
})

import { describe, expect, it } from 'vitest'
import { Adam, BatchNormalization, Dense, Dropout, Random, Sequential, TrainingLoop, carryOver, createLoss, defaultMetrics, input, loadIris, standardize } from '../../../src/core/index.ts'
import type { Layer, Tensor } from '../../../src/core/index.ts'

const iris = loadIris()
const x = standardize(iris.x).x
const y = x // a regression onto the inputs themselves: four outputs, any data will do

/** Input(4) → Dense(units, relu) "hidden" → BatchNorm "bn" → Dense(4) "out", seed 1. */
function model(units: number, extra: Layer[] = []): Sequential {
  return new Sequential([input([4]), new Dense({ units, activation: 'relu', name: 'hidden' }), ...extra, new BatchNormalization({ name: 'bn' }), new Dense({ units: 4, name: 'out' })], { seed: 1 })
}

/** The model after 12 Adam steps on shuffled batches of 30: trained weights, moving statistics and moments. */
function trained(m: Sequential): { model: Sequential; optimizer: Adam } {
  const optimizer = new Adam({ learningRate: 0.01 })
  const loop = new TrainingLoop({ model: m, objective: { loss: createLoss('mse'), weightDecay: { l2: 0, perEpoch: false } }, optimizer, metrics: defaultMetrics('mse') }, { x, y }, { epochs: 3, batchSize: 30, sampling: 'shuffle', rng: new Random(2) })
  while (loop.step < 12) loop.runStep()
  return { model: m, optimizer }
}

function columns(w: Tensor, cols: number): number[] {
  const width = w.shape[1]
  return Array.from(w.data).filter((_, i) => i % width < cols)
}

function layer(m: Sequential, name: string): Layer {
  const found = m.layers.find((l) => l.name === name)
  if (!found) throw new Error(`no layer ${name}`)
  return found
}

describe('carrying a trained model over into a changed architecture', () => {
  it('a layer widened from 16 to 32 units keeps the 16 old units’ weights exactly', () => {
    const { model: old } = trained(model(16))
    const wide = model(32)
    carryOver(old, wide)
    const [k0, b0] = layer(old, 'hidden').weights
    const [k1, b1] = layer(wide, 'hidden').weights
    expect(columns(k1, 16)).toEqual(Array.from(k0.data))
    expect(Array.from(b1.data).slice(0, 16)).toEqual(Array.from(b0.data))
  })

  it('the new units’ outgoing weights start at zero, so the widened model computes the same function', () => {
    const { model: old } = trained(model(16))
    const wide = model(32)
    carryOver(old, wide)
    const out = layer(wide, 'out').weights[0]
    expect(Array.from(out.data).slice(16 * 4)).toEqual(new Array(16 * 4).fill(0))
    expect(Array.from(wide.predict(x).data)).toEqual(Array.from(old.predict(x).data))
  })

  it('the new units’ incoming weights are the fresh model’s initial draws', () => {
    const { model: old } = trained(model(16))
    const wide = model(32)
    const fresh = Array.from(layer(wide, 'hidden').weights[0].data)
    carryOver(old, wide)
    const carried = Array.from(layer(wide, 'hidden').weights[0].data)
    expect(carried.filter((_, i) => i % 32 >= 16)).toEqual(fresh.filter((_, i) => i % 32 >= 16))
  })

  it('a narrowed layer keeps its first units and drops the rest, with the next layer’s weights from them', () => {
    const { model: old } = trained(model(16))
    const narrow = model(8)
    carryOver(old, narrow)
    expect(Array.from(layer(narrow, 'hidden').weights[0].data)).toEqual(columns(layer(old, 'hidden').weights[0], 8))
    expect(Array.from(layer(narrow, 'out').weights[0].data)).toEqual(Array.from(layer(old, 'out').weights[0].data).slice(0, 8 * 4))
  })

  it('batch-norm statistics carry over where the shapes match, new features starting at mean 0 and variance 1', () => {
    const { model: old } = trained(model(16))
    const wide = model(32)
    carryOver(old, wide)
    const [, , mean0, var0] = layer(old, 'bn').weights
    const [, , mean1, var1] = layer(wide, 'bn').weights
    expect(Array.from(mean0.data).some((v) => v !== 0)).toBe(true)
    expect(Array.from(mean1.data)).toEqual([...Array.from(mean0.data), ...new Array(16).fill(0)])
    expect(Array.from(var1.data)).toEqual([...Array.from(var0.data), ...new Array(16).fill(1)])
  })

  it('a layer inserted in a stack of auto-named layers leaves the layers around it paired with themselves', () => {
    const auto = (units: number[]) => new Sequential([input([4]), ...units.map((u) => new Dense({ units: u, activation: 'relu' })), new Dense({ units: 4 })], { seed: 1 })
    const { model: old } = trained(auto([16]))
    const deeper = auto([16, 16])
    const inserted = Array.from(deeper.layers[1].weights[0].data)
    carryOver(old, deeper)
    expect(Array.from(deeper.layers[0].weights[0].data)).toEqual(Array.from(old.layers[0].weights[0].data))
    expect(Array.from(deeper.layers[1].weights[0].data)).toEqual(inserted)
    expect(Array.from(deeper.layers[2].weights[0].data)).toEqual(Array.from(old.layers[1].weights[0].data))
  })

  it('the optimizer’s moments carry over with the weights, new entries starting at zero, and its step count stays', () => {
    const { model: old, optimizer } = trained(model(16))
    const kernel = layer(old, 'hidden').weights[0]
    const [m0] = optimizer.slots(kernel)
    const wide = model(32)
    optimizer.carrySlots(carryOver(old, wide))
    const [m1] = optimizer.slots(layer(wide, 'hidden').weights[0])
    expect(Array.from(m1).filter((_, i) => i % 32 < 16)).toEqual(Array.from(m0))
    expect(Array.from(m1).filter((_, i) => i % 32 >= 16)).toEqual(new Array(4 * 16).fill(0))
    expect(optimizer.iterations).toBe(12)
    expect(optimizer.slots(kernel)).toEqual([])
  })

  it('a dropout layer whose rate changed continues its mask stream instead of starting it again', () => {
    const { model: old } = trained(model(16, [new Dropout({ rate: 0.2, name: 'drop' })]))
    const twin = trained(model(16, [new Dropout({ rate: 0.2, name: 'drop' })])).model
    const changed = model(16, [new Dropout({ rate: 0.5, name: 'drop' })])
    carryOver(old, changed)
    const next = (m: Sequential) => Array.from((layer(m, 'drop') as Dropout).drawNoise(8))
    expect(next(changed)).toEqual(next(twin))
  })
})

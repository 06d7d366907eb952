import { describe, expect, it } from 'vitest'
import { tensor } from '../../../src/core/index.ts'
import fromTensors from '../../../nodes/data/from-tensors.ts'
import random from '../../../nodes/data/random.ts'
import values from '../../../nodes/data/values.ts'
import { evaluate } from '../helpers/evaluate.ts'

describe('data/from-tensors', () => {
  it("pairs randn(150, 6) with 75×0, 75×1 into the chapter's binary data set", async () => {
    const { tensor: x } = await evaluate(random, {}, { generator: 'numpy-legacy', distribution: 'normal', seed: 0, shape: [150, 6] })
    const { tensor: y } = await evaluate(values, {}, { values: '75×0, 75×1' })
    const { dataset } = await evaluate(fromTensors, { x, y }, { encoding: 'binary' }, { label: 'chapter' })
    expect(dataset.name).toBe('chapter')
    expect(dataset.x.shape).toEqual([150, 6])
    expect(dataset.x.data).toBe(x.data)
    expect(dataset.y.shape).toEqual([150, 1])
    expect(dataset.y.dtype).toBe('float64')
    expect(dataset.encoding).toBe('binary')
    expect(dataset.classes).toEqual(['0', '1'])
    expect(dataset.featureNames).toEqual(['x₀', 'x₁', 'x₂', 'x₃', 'x₄', 'x₅'])
    expect(dataset.targetNames).toEqual(['y'])
  })

  it('treats a 1-D x as one feature', async () => {
    const { dataset } = await evaluate(fromTensors, { x: tensor([1, 2, 3]), y: tensor([0.5, 1, 1.5]) }, { encoding: 'real' })
    expect(dataset.x.shape).toEqual([3, 1])
    expect(dataset.classes).toBeUndefined()
  })

  it('derives the classes of index, sign and one-hot targets', async () => {
    const x = tensor([[0], [1], [2]])
    expect((await evaluate(fromTensors, { x, y: tensor([0, 2, 1]) }, { encoding: 'index' })).dataset.classes).toEqual(['0', '1', '2'])
    expect((await evaluate(fromTensors, { x, y: tensor([1, -1, 1]) }, { encoding: 'sign' })).dataset.classes).toEqual(['−1', '+1'])
    const oneHot = tensor([[1, 0], [0, 1], [0, 1]])
    expect((await evaluate(fromTensors, { x, y: oneHot }, { encoding: 'one-hot' })).dataset.classes).toEqual(['0', '1'])
  })

  it('refuses x and y with different row counts', async () => {
    await expect(evaluate(fromTensors, { x: tensor([[1], [2], [3]]), y: tensor([0, 1]) })).rejects.toThrow('x has 3 rows but y has 2: give one target row per sample')
  })

  it('names the target that does not fit the encoding', async () => {
    const x = tensor([[0], [1], [2]])
    await expect(evaluate(fromTensors, { x, y: tensor([0, 0.5, 1]) }, { encoding: 'binary' })).rejects.toThrow("y[1] is 0.5: binary targets must be 0 or 1 (or choose encoding 'real')")
    await expect(evaluate(fromTensors, { x, y: tensor([1, 0, -1]) }, { encoding: 'sign' })).rejects.toThrow('y[1] is 0: sign labels must be −1 or +1')
    await expect(evaluate(fromTensors, { x, y: tensor([0, 1.5, 1]) }, { encoding: 'index' })).rejects.toThrow('y[1] is 1.5: class indices must be whole numbers')
    await expect(evaluate(fromTensors, { x, y: tensor([[1, 1], [0, 1], [1, 0]]) }, { encoding: 'one-hot' })).rejects.toThrow('row 0 of y has 2 ones')
    await expect(evaluate(fromTensors, { x, y: tensor([[0, 1], [1, 0], [0, 1]]) }, { encoding: 'binary' })).rejects.toThrow("binary targets need one column of y, got 2: use encoding 'one-hot'")
  })

  it('refuses tensors of rank 3', async () => {
    await expect(evaluate(fromTensors, { x: tensor([[[1]], [[2]]]), y: tensor([0, 1]) })).rejects.toThrow('x has shape [2, 1, 1]: expected one row per sample')
  })

  it('reports the data set shape from x before running', () => {
    expect(fromTensors.shapes?.({ x: [150, 6] }, { encoding: 'binary' })).toEqual({ dataset: [150, 6] })
    expect(fromTensors.shapes?.({ x: [20] }, { encoding: 'binary' })).toEqual({ dataset: [20, 1] })
  })
})

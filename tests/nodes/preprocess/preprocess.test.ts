import { describe, expect, it } from 'vitest'
import { tensor } from '../../../src/core/index.ts'
import type { Dataset } from '../../../src/runtime/values.ts'
import iris from '../../../nodes/data/iris.ts'
import logistic2d from '../../../nodes/data/logistic-2d.ts'
import oneHot from '../../../nodes/preprocess/one-hot.ts'
import shuffle from '../../../nodes/preprocess/shuffle.ts'
import split from '../../../nodes/preprocess/split.ts'
import selectFeatures from '../../../nodes/preprocess/select-features.ts'
import { evaluate } from '../helpers/evaluate.ts'

/** 10 rows: x = [r, 10·r], y = r mod 3, classes a/b/c. */
function small(): Dataset {
  return {
    name: 'small',
    x: tensor(Array.from({ length: 10 }, (_, r) => [r, 10 * r])),
    y: tensor(Array.from({ length: 10 }, (_, r) => [r % 3])),
    featureNames: ['first', 'second'],
    targetNames: ['class'],
    classes: ['a', 'b', 'c'],
    encoding: 'index',
  }
}

describe('preprocess/one-hot', () => {
  it('turns class indices into one-hot rows with one column per class', async () => {
    const { dataset } = await evaluate(oneHot, { data: small() })
    expect(dataset.y.shape).toEqual([10, 3])
    expect(dataset.encoding).toBe('one-hot')
    expect(Array.from(dataset.y.data.subarray(0, 9))).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1])
    expect(dataset.targetNames).toEqual(['a', 'b', 'c'])
  })

  it('keeps every class of iris even when computing from the labels', async () => {
    const { dataset: data } = await evaluate(iris, {})
    const { dataset } = await evaluate(oneHot, { data })
    expect(dataset.y.shape).toEqual([150, 3])
  })

  it('refuses ±1 labels, naming the first row that is not a class index', async () => {
    const { dataset: data } = await evaluate(logistic2d, {})
    const first = data.y.toArray().indexOf(-1)
    await expect(evaluate(oneHot, { data })).rejects.toThrow(`row ${first} (counting from 0): y = -1 is not a class index`)
  })

  it('refuses a fractional y, naming its row', async () => {
    const data = { ...small(), y: tensor([[0], [1], [0.5]]), x: tensor([[0], [1], [2]]), classes: undefined, encoding: 'real' as const }
    await expect(evaluate(oneHot, { data })).rejects.toThrow('row 2 (counting from 0): y = 0.5 is not a class index')
  })

  it('refuses an index beyond the named classes', async () => {
    const data = { ...small(), classes: ['a', 'b'] }
    await expect(evaluate(oneHot, { data })).rejects.toThrow('row 2 (counting from 0): y = 2 is not one of the 2 classes (0…1)')
  })

  it('passes one-hot data through unchanged', async () => {
    const { dataset: once } = await evaluate(oneHot, { data: small() })
    const { dataset: twice } = await evaluate(oneHot, { data: once })
    expect(twice).toBe(once)
  })
})

describe('preprocess/shuffle', () => {
  it('reorders the rows, keeping each x with its y', async () => {
    const { dataset } = await evaluate(shuffle, { data: small() }, { seed: 3 })
    const firsts = Array.from({ length: 10 }, (_, r) => dataset.x.data[2 * r])
    expect(firsts).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect([...firsts].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    firsts.forEach((r, i) => {
      expect(dataset.x.data[2 * i + 1]).toBe(10 * r)
      expect(dataset.y.data[i]).toBe(r % 3)
    })
  })

  it('gives the same order for the same seed', async () => {
    const a = await evaluate(shuffle, { data: small() }, { seed: 5 })
    const b = await evaluate(shuffle, { data: small() }, { seed: 5 })
    expect(a.dataset.x.toArray()).toEqual(b.dataset.x.toArray())
  })
})

describe('preprocess/split', () => {
  it('holds out ⌊rows × fraction⌋ rows and keeps the rest for training', async () => {
    const { train, validation } = await evaluate(split, { data: small() }, { fraction: 0.3 })
    expect(train.x.shape).toEqual([7, 2])
    expect(validation.x.shape).toEqual([3, 2])
    expect(validation.y.shape).toEqual([3, 1])
    const rows = [...train.x.toArray(), ...validation.x.toArray()].filter((_, i) => i % 2 === 0)
    expect(rows.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('names the two parts after the data set', async () => {
    const { train, validation } = await evaluate(split, { data: small() })
    expect(train.name).toBe('small (train)')
    expect(validation.name).toBe('small (validation)')
  })

  it('predicts both shapes before running', () => {
    expect(split.shapes?.({ data: [150, 4] }, { fraction: 0.2, seed: 0 })).toEqual({ train: [120, 4], validation: [30, 4] })
  })

  it('refuses a fraction that leaves one side empty', async () => {
    const data = { ...small(), x: tensor([[1], [2]]), y: tensor([[0], [1]]) }
    await expect(evaluate(split, { data }, { fraction: 0.2 })).rejects.toThrow('leaves an empty side')
  })
})

describe('preprocess/select-features', () => {
  it('keeps the columns named, in the order listed', async () => {
    const { dataset: data } = await evaluate(iris, {})
    const { dataset } = await evaluate(selectFeatures, { data }, { features: 'petal width (cm), sepal length (cm)' })
    expect(dataset.featureNames).toEqual(['petal width (cm)', 'sepal length (cm)'])
    expect(dataset.x.shape).toEqual([150, 2])
    expect(dataset.x.data[0]).toBeCloseTo(data.x.data[3], 6)
    expect(dataset.x.data[1]).toBeCloseTo(data.x.data[0], 6)
  })

  it('accepts 0-based column indices', async () => {
    const { dataset } = await evaluate(selectFeatures, { data: small() }, { features: '1' })
    expect(dataset.featureNames).toEqual(['second'])
    expect(dataset.x.toArray()).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90])
  })

  it('names every unknown feature', async () => {
    await expect(evaluate(selectFeatures, { data: small() }, { features: 'first, height, width' })).rejects.toThrow('unknown features "height", "width": the data has 0: "first", 1: "second"')
  })

  it('refuses an index out of range', async () => {
    await expect(evaluate(selectFeatures, { data: small() }, { features: '0, 2' })).rejects.toThrow('feature index 2 is out of range: the data has 2 features (0…1)')
  })

  it('refuses an empty list', async () => {
    await expect(evaluate(selectFeatures, { data: small() }, { features: ' , ' })).rejects.toThrow('list at least one feature')
  })
})

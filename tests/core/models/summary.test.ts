import { describe, expect, it } from 'vitest'
import { BatchNormalization, Dense, Dropout, Sequential, input } from '../../../src/core/index.ts'

function chapterModel(): Sequential {
  return new Sequential([input([10]), new Dense({ units: 20, activation: 'relu' }), new Dense({ units: 3, activation: 'softmax' })])
}

describe('Sequential.summary', () => {
  it('counts 220 and 63 parameters for Input(10) → Dense(20, relu) → Dense(3, softmax)', () => {
    const rows = chapterModel().summaryData().rows
    expect(rows.map((r) => r.params)).toEqual([220, 63])
  })

  it('totals 283 parameters', () => {
    expect(chapterModel().summaryData().totalParams).toBe(283)
  })

  it('names unnamed layers as Keras does and shows the output shapes with a None batch axis', () => {
    const text = chapterModel().summary()
    expect(text).toMatch(/dense \(Dense\)\s+\(None, 20\)\s+220/)
    expect(text).toMatch(/dense_1 \(Dense\)\s+\(None, 3\)\s+63/)
    expect(text).toContain('Total params: 283 (1.11 KB)')
  })

  it('refuses to summarize a model without an input shape', () => {
    const model = new Sequential([new Dense({ units: 3 })])
    expect(() => model.summary()).toThrow(/summary.*not built/)
  })
})

describe('Sequential.summary with batch normalization and dropout', () => {
  const model = (): Sequential =>
    new Sequential([input([10]), new Dense({ units: 20, activation: 'relu' }), new BatchNormalization(), new Dropout({ rate: 0.5 }), new Dense({ units: 3, activation: 'softmax' })])

  it('counts 220, 80, 0 and 63 parameters per layer, as Keras 3 does', () => {
    expect(model().summaryData().rows.map((r) => r.params)).toEqual([220, 80, 0, 63])
  })

  it('reports 363 in total, 323 trainable and 40 non-trainable', () => {
    const s = model().summaryData()
    expect([s.totalParams, s.trainableParams, s.nonTrainableParams]).toEqual([363, 323, 40])
  })

  it('prints the totals in Keras’ words', () => {
    const text = model().summary()
    expect(text).toMatch(/batch_normalization \(BatchNormalization\)\s+\(None, 20\)\s+80/)
    expect(text).toContain('Total params: 363')
    expect(text).toContain('Trainable params: 323')
    expect(text).toContain('Non-trainable params: 40')
  })
})

import { describe, expect, it } from 'vitest'
import { layersLabel } from '../../src/runtime/layers-label.ts'

const dense = (units: number, activation = 'relu') => ({ type: 'dense', units, activation })
const stack = [dense(16), { type: 'dropout', rate: 0.2 }, dense(3, 'softmax')]

describe('the marker label of a Sequential node’s changed layer list', () => {
  it('says how many units a layer gained, and which layer', () => {
    expect(layersLabel(stack, [dense(48), stack[1], stack[2]])).toBe('+32 units in layer 1')
  })

  it('says how many units a layer lost', () => {
    expect(layersLabel(stack, [dense(4), stack[1], stack[2]])).toBe('−12 units in layer 1')
  })

  it('names the one field that changed in a layer, from and to', () => {
    expect(layersLabel(stack, [stack[0], { type: 'dropout', rate: 0.5 }, stack[2]])).toBe('layer 2 rate 0.2 → 0.5')
  })

  it('names a layer inserted anywhere', () => {
    expect(layersLabel(stack, [stack[0], dense(8), stack[1], stack[2]])).toBe('+ layer dense 8')
  })

  it('names a layer taken out', () => {
    expect(layersLabel(stack, [stack[0], stack[2]])).toBe('− layer dropout 0.2')
  })

  it('says only that the layers changed when several did', () => {
    expect(layersLabel(stack, [dense(8), { type: 'dropout', rate: 0.5 }, stack[2]])).toBe('layers changed')
  })
})

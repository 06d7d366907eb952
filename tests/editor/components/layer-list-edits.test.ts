import { describe, expect, it } from 'vitest'
import type { LayerList } from '../../../src/editor/components/layer-list-edits.ts'
import { append, insertAfter, move, remove, setField, stepUnits } from '../../../src/editor/components/layer-list-edits.ts'

const stack: LayerList = [
  { type: 'dense', units: 32, activation: 'relu' },
  { type: 'dropout', rate: 0.2 },
  { type: 'dense', units: 3, activation: 'softmax' },
]

describe('layer list edits', () => {
  it('insert a copy of a layer right after it', () => {
    expect(insertAfter(stack, 0).map((l) => l.type)).toEqual(['dense', 'dense', 'dropout', 'dense'])
    expect(insertAfter(stack, 0)[1]).toEqual(stack[0])
  })

  it('append a Dense as wide as the last Dense', () => {
    expect(append(stack).at(-1)).toEqual({ type: 'dense', units: 3, activation: 'relu' })
    expect(append([])).toEqual([{ type: 'dense', units: 32, activation: 'relu' }])
  })

  it('remove a layer', () => {
    expect(remove(stack, 1).map((l) => l.type)).toEqual(['dense', 'dense'])
  })

  it('move a layer up or down, and not past either end', () => {
    expect(move(stack, 1, -1).map((l) => l.type)).toEqual(['dropout', 'dense', 'dense'])
    expect(move(stack, 0, -1)).toEqual(stack)
  })

  it('start a layer whose type changes from that type’s defaults', () => {
    expect(setField(stack, 1, 'type', 'batchnorm')[1]).toEqual({ type: 'batchnorm' })
  })

  it('step a Dense’s units by one, never below 1', () => {
    expect(stepUnits(stack, 0, 1)[0].units).toBe(33)
    expect(stepUnits([{ type: 'dense', units: 1 }], 0, -1)[0].units).toBe(1)
  })

  it('leave the list they are given unchanged', () => {
    const before = JSON.stringify(stack)
    insertAfter(stack, 0)
    setField(stack, 0, 'units', 8)
    expect(JSON.stringify(stack)).toBe(before)
  })
})

import { describe, expect, it } from 'vitest'
import { tensor, zeros, arange, variable } from '../../src/core/creation.ts'
import { reshape } from '../../src/core/ops/shape.ts'
import { formatTensor } from '../../src/core/format.ts'

describe('formatTensor', () => {
  it('prints a small matrix with its dtype, shape and every value', () => {
    const text = tensor([[1, 2.5], [-3, 4]]).toString()
    expect(text).toContain('float32')
    expect(text).toContain('[2, 2]')
    for (const v of ['1', '2.5', '-3', '4']) expect(text).toContain(v)
    expect(text).not.toContain('...')
    // One line per row after the header.
    expect(text.split('\n')).toHaveLength(3)
  })

  it('names float64 tensors and marks variables that take gradients', () => {
    const text = formatTensor(variable([1, 2], { dtype: 'float64', name: 'w' }))
    expect(text).toContain('float64')
    expect(text).toContain('"w"')
    expect(text).toContain('grad')
  })

  it('prints a rank-0 tensor as its single value', () => {
    const text = tensor(7, []).toString()
    expect(text).toContain('[]')
    expect(text.split('\n')[1]).toBe('7')
  })

  it('elides the middle of a big vector with "..." and keeps its ends', () => {
    const text = arange(0, 5000).toString()
    expect(text).toContain('[5000]')
    expect(text).toContain('...')
    expect(text).toContain('4999')
    expect(text).not.toContain('2500')
    expect(text.length).toBeLessThan(200)
  })

  it('elides the rows and columns of a big matrix', () => {
    const text = reshape(arange(0, 100 * 100), [100, 100]).toString()
    expect(text).toContain('[100, 100]')
    expect(text).toContain('...')
    expect(text).toContain('9999')
    expect(text).not.toContain('5050')
    expect(text.length).toBeLessThan(1000)
  })

  it('prints a tensor of up to 1000 values in full', () => {
    const text = zeros([10, 100]).toString()
    expect(text).not.toContain('...')
  })
})

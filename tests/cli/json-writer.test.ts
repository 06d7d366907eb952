import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeJsonFile } from '../../src/cli/json-writer.ts'
import { tempDir } from './helpers.ts'

function roundTrip(value: unknown): { text: string; parsed: unknown } {
  const path = join(tempDir(), 'out.json')
  writeJsonFile(path, value)
  const text = readFileSync(path, 'utf8')
  return { text, parsed: JSON.parse(text) }
}

describe('writeJsonFile', () => {
  it('writes what JSON.stringify would, dropping undefined fields', () => {
    const value = { fit: { status: 'done', error: undefined, history: [{ epoch: 1, loss: 0.5 }], trajectory: [[1, 2], [3, 4]], tweaks: [], nested: { a: [1, { b: 'x' }] } } }
    expect(roundTrip(value).parsed).toEqual(JSON.parse(JSON.stringify(value)))
  })

  it('keeps each row of numbers and each record of scalars on one line, indenting the rest by two spaces', () => {
    const { text } = roundTrip({ fit: { history: [{ epoch: 1, loss: 0.5 }], trajectory: [[1, 2], [3, 4]] } })
    expect(text).toBe('{\n  "fit": {\n    "history": [\n      {"epoch":1,"loss":0.5}\n    ],\n    "trajectory": [\n      [1,2],\n      [3,4]\n    ]\n  }\n}\n')
  })

  it('writes a value larger than its write buffer in pieces that join into valid JSON', () => {
    const rows = Array.from({ length: 300 }, (_, i) => Array.from({ length: 500 }, (_, j) => i * 500 + j + 0.25))
    const { text, parsed } = roundTrip({ trajectory: rows })
    expect(text.length).toBeGreaterThan(2 ** 20)
    expect(parsed).toEqual({ trajectory: rows })
  })
})

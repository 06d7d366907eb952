import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeJsonFile } from '../../src/cli/json-writer.ts'
import { runRecord } from '../../src/cli/run-record.ts'
import type { TrainingSnapshot } from '../../src/runtime/values.ts'
import { tempDir } from './helpers.ts'

function snapshot(status: TrainingSnapshot['status'], epochs: number): TrainingSnapshot {
  const history = Array.from({ length: epochs }, (_, i) => ({ epoch: i + 1, loss: 1 / (i + 1) }))
  return { status, history, trajectory: null, gradNorms: null, layerNames: [], tweaks: [], error: null } as unknown as TrainingSnapshot
}

describe('run.json records', () => {
  it('keeps a trainer whose id is __proto__ as an entry of its own', () => {
    const path = join(tempDir(), 'run.json')
    writeJsonFile(path, runRecord([['fit', snapshot('done', 2)], ['__proto__', snapshot('done', 3)]], false))
    const run = JSON.parse(readFileSync(path, 'utf8')) as object
    expect(Object.keys(run)).toEqual(['fit', '__proto__'])
    expect(Object.getOwnPropertyDescriptor(run, '__proto__')?.value).toMatchObject({ status: 'done', history: [{ epoch: 1 }, { epoch: 2 }, { epoch: 3 }] })
  })

  it('marks a trainer stopped before its end as interrupted', () => {
    expect(runRecord([['fit', snapshot('paused', 4)]], true).fit.status).toBe('interrupted')
  })

  it('keeps done and error as they are when the run is interrupted', () => {
    const record = runRecord([['a', snapshot('done', 4)], ['b', snapshot('error', 1)]], true)
    expect([record.a.status, record.b.status]).toEqual(['done', 'error'])
  })
})

import { spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { listenForInterrupt } from '../../src/cli/interrupt.ts'
import type { SignalSource } from '../../src/cli/interrupt.ts'
import { IRIS_EXAMPLE, ROOT, tempDir } from './helpers.ts'

interface Interrupted {
  code: number | null
  stderr: string
  /** The last epoch a progress line showed before the signal was sent. */
  epochSeen: number
}

/** Runs the iris example for 1,000 epochs per trainer and sends SIGINT after the first progress line with an epoch. */
function runAndInterrupt(out: string): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const sets = ['--set', 'fit-raw.epochs=1000', '--set', 'fit-std.epochs=1000']
    const child = spawn(process.execPath, [join(ROOT, 'bin/flowgrad.mjs'), 'run', IRIS_EXAMPLE, '--out', out, ...sets], { cwd: ROOT })
    let stderr = ''
    let epochSeen = -1
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (text: string) => {
      stderr += text
      const seen = /epoch (\d+)\/1000|(\d+)\/1000 epochs done/.exec(stderr)
      if (epochSeen < 0 && seen) {
        epochSeen = Number(seen[1] ?? seen[2])
        child.kill('SIGINT')
      }
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr, epochSeen }))
  })
}

interface RunJson {
  [trainer: string]: { status: string; history: { epoch: number }[] }
}

describe('flowgrad run interrupted by SIGINT mid-training', () => {
  let out: string
  let result: Interrupted

  beforeAll(async () => {
    out = tempDir()
    result = await runAndInterrupt(out)
  }, 120_000)

  it('exits with code 130', () => {
    expect(result.code).toBe(130)
  })

  it('marks every unfinished trainer interrupted in run.json', () => {
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunJson
    expect(Object.fromEntries(Object.entries(run).map(([id, r]) => [id, r.status]))).toEqual({ 'fit-raw': 'interrupted', 'fit-std': 'interrupted' })
  })

  it('keeps the epochs done so far, in order, no fewer than progress had shown', () => {
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunJson
    const done = Math.max(...Object.values(run).map((r) => r.history.length))
    expect(done).toBeGreaterThanOrEqual(result.epochSeen)
    expect(done).toBeLessThan(1000)
    for (const r of Object.values(run)) expect(r.history.map((h) => h.epoch)).toEqual(r.history.map((_, i) => i + 1))
  })

  it('writes the plots drawn so far', () => {
    expect(existsSync(join(out, 'curves.svg'))).toBe(true)
  })

  it('says on stderr that it was interrupted and what it kept', () => {
    expect(result.stderr).toMatch(/interrupted after fit-raw \d+\/1000 epochs, fit-std \d+\/1000 epochs/)
  })
})

describe('listening for interrupts', () => {
  function source(): SignalSource & EventEmitter {
    return new EventEmitter() as SignalSource & EventEmitter
  }

  it('aborts its signal on the first SIGTERM', () => {
    const s = source()
    const listener = listenForInterrupt(s, () => {}, () => {})
    s.emit('SIGTERM', 'SIGTERM')
    expect(listener.signal.aborted).toBe(true)
  })

  it('exits at once on a second signal', () => {
    const s = source()
    let exited = false
    listenForInterrupt(
      s,
      () => {},
      () => {
        exited = true
      },
    )
    s.emit('SIGINT', 'SIGINT')
    s.emit('SIGINT', 'SIGINT')
    expect(exited).toBe(true)
  })

  it('stops listening once disposed', () => {
    const s = source()
    listenForInterrupt(s, () => {}, () => {}).dispose()
    expect(s.listenerCount('SIGINT') + s.listenerCount('SIGTERM')).toBe(0)
  })
})

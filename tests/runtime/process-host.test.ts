import { describe, expect, it } from 'vitest'
import { TestScheduler } from 'rxjs/testing'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import type { OutputSpecs, Process, ProcessSink, RunCommand } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { NodeRecord } from '../../src/runtime/node-record.ts'
import { ProcessHost } from '../../src/runtime/process-host.ts'
import { node } from './helpers/test-nodes.ts'

/** A process the test drives by hand: it keeps its sink and the commands it received. */
class FakeProcess implements Process<OutputSpecs> {
  sink: ProcessSink<OutputSpecs> | null = null
  readonly commands: RunCommand[] = []
  disposed = false

  start(sink: ProcessSink<OutputSpecs>): void {
    this.sink = sink
  }

  command(cmd: RunCommand): void {
    this.commands.push(cmd)
  }

  live(): void {}

  dispose(): void {
    this.disposed = true
  }
}

const runner = defineNode({
  type: 'test/runner',
  title: 'Runner',
  doc: 'Runs until stopped.',
  inputs: {},
  outputs: { training: output(Port.Training) },
  params: {},
  longRunning: true,
  evaluate: () => new FakeProcess(),
})

const KEY = { fixed: 'k', live: '', liveParams: '' }

function setup(autoplay = false) {
  const published: string[] = []
  const host = new ProcessHost(autoplay, { published: (r) => published.push(r.id), paused: () => {}, stopped: () => {}, replay: () => {}, upstream: (id) => new Set([id]), label: () => '' })
  const record = new NodeRecord(node('fit', 'test/runner'), runner)
  return { host, record, published }
}

describe('the process host', () => {
  it('forwards a process’s events, tagged with its node, as they come', () => {
    const ts = new TestScheduler((actual, expected) => expect(actual).toEqual(expected))
    ts.run(({ expectObservable }) => {
      const { host, record } = setup()
      const process = new FakeProcess()
      host.start(record, process, KEY)
      ts.schedule(() => process.sink?.event({ kind: 'step', step: 1, epoch: 0, loss: 2 }), 10)
      ts.schedule(() => process.sink?.event({ kind: 'done' }), 20)
      expectObservable(host.events).toBe('10ms a 9ms b', {
        a: { nodeId: 'fit', event: { kind: 'step', step: 1, epoch: 0, loss: 2 } },
        b: { nodeId: 'fit', event: { kind: 'done' } },
      })
    })
  })

  it('starts a process running when play was pressed before it existed', () => {
    const { host, record } = setup()
    host.command('play', [record])
    const process = new FakeProcess()
    host.start(record, process, KEY)
    expect(process.commands).toEqual(['play'])
  })

  it('ignores the outputs and events of a process that was replaced', () => {
    const { host, record, published } = setup()
    const old = new FakeProcess()
    host.start(record, old, KEY)
    const events: string[] = []
    host.events.subscribe((e) => events.push(e.event.kind))
    host.start(record, new FakeProcess(), KEY)
    old.sink?.emit({})
    old.sink?.event({ kind: 'done' })
    expect(old.disposed).toBe(true)
    expect(published).toEqual([])
    expect(events).toEqual([])
  })

  it('logs the tweaks a process reports, for the trainer they name', () => {
    const { host, record } = setup()
    const process = new FakeProcess()
    host.start(record, process, KEY)
    const tweak = { node: 'adam', param: 'learningRate', value: 0.1, trainer: 'fit', step: 3 }
    process.sink?.event({ kind: 'tweak', tweak, continues: false })
    expect(host.tweaksFor('fit', [])).toEqual([tweak])
    expect(host.tweaksFor('other', [])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import type { OutputSpecs, Process, ProcessSink } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import { param } from '../../src/graph/params.ts'
import { graph, node, registryWith } from './helpers/test-nodes.ts'

/** A process that only remembers the live params it was handed. */
class Recorder implements Process<OutputSpecs> {
  readonly handed: Readonly<Record<string, unknown>>[] = []

  start(sink: ProcessSink<OutputSpecs>): void {
    sink.emit({})
  }

  command(): void {}

  live(): void {}

  liveParams(values: Readonly<Record<string, unknown>>): void {
    this.handed.push(values)
  }

  dispose(): void {}
}

function setup() {
  const started: Recorder[] = []
  const runner = defineNode({
    type: 'test/paced-runner',
    title: 'Paced runner',
    doc: 'Runs at a speed that can change while it runs.',
    inputs: {},
    outputs: { training: output(Port.Training) },
    params: { speed: param.number({ default: 1 }), epochs: param.integer({ default: 3 }) },
    liveParams: ['speed'],
    longRunning: true,
    evaluate: () => {
      const process = new Recorder()
      started.push(process)
      return process
    },
  })
  const runtime = new Runtime(registryWith(runner))
  runtime.load(graph([node('fit', 'test/paced-runner', { epochs: 3 })], []))
  return { runtime, started }
}

/** The processes started, once the runtime settled after changing one param of the running node. */
async function startedAfter(name: string, value: number): Promise<Recorder[]> {
  const { runtime, started } = setup()
  await runtime.whenIdle()
  runtime.setParam('fit', name, value)
  await runtime.whenIdle()
  return started
}

describe('live params', () => {
  it('hand a changed value to the running process instead of starting a new one', async () => {
    const started = await startedAfter('speed', 20)
    expect(started).toHaveLength(1)
    expect(started[0].handed).toEqual([{ speed: 20 }])
  })

  it('leave the other params restarting the process when they change', async () => {
    expect(await startedAfter('epochs', 5)).toHaveLength(2)
  })

  it('reach a new process through its evaluation, not as a live change', async () => {
    const started = await startedAfter('epochs', 5)
    expect(started.map((p) => p.handed)).toEqual([[], []])
  })
})

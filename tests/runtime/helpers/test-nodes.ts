import { scalar } from '../../../src/core/index.ts'
import type { Tensor } from '../../../src/core/index.ts'
import { defineNode, input, output } from '../../../src/runtime/define-node.ts'
import { Port } from '../../../src/runtime/ports.ts'
import { NodeRegistry } from '../../../src/runtime/registry.ts'
import { param } from '../../../src/graph/params.ts'
import type { GraphDocument, GraphNode, Connection } from '../../../src/graph/graph-file.ts'

export const source = defineNode({
  type: 'test/source',
  title: 'Source',
  doc: 'A number.',
  inputs: {},
  outputs: { out: output(Port.Tensor) },
  params: { value: param.number({ default: 1 }) },
  evaluate: ({ params }) => ({ out: scalar(params.value) }),
})

export const double = defineNode({
  type: 'test/double',
  title: 'Double',
  doc: 'Twice its input.',
  inputs: { in: input(Port.Tensor) },
  outputs: { out: output(Port.Tensor) },
  params: {},
  evaluate: ({ inputs }) => ({ out: scalar(inputs.in.item() * 2) }),
})

export const add = defineNode({
  type: 'test/add',
  title: 'Add',
  doc: 'a + b.',
  inputs: { a: input(Port.Tensor), b: input(Port.Tensor) },
  outputs: { out: output(Port.Tensor) },
  params: {},
  evaluate: ({ inputs }) => ({ out: scalar(inputs.a.item() + inputs.b.item()) }),
})

export const failing = defineNode({
  type: 'test/failing',
  title: 'Failing',
  doc: 'Always throws.',
  inputs: {},
  outputs: { out: output(Port.Tensor) },
  params: {},
  evaluate: () => {
    throw new Error('no data today')
  },
})

/** An asynchronous node whose results the test releases by hand, in any order; each keeps its abort signal. */
export function slowNode() {
  const pending: { value: number; signal: AbortSignal; resolve: () => void }[] = []
  const def = defineNode({
    type: 'test/slow',
    title: 'Slow',
    doc: 'Its input plus its param, later.',
    inputs: { in: input(Port.Tensor) },
    outputs: { out: output(Port.Tensor) },
    params: { offset: param.number({ default: 0 }) },
    evaluate: ({ inputs, params, signal }) =>
      new Promise<{ out: Tensor }>((resolve) => {
        const value = inputs.in.item() + params.offset
        pending.push({ value, signal, resolve: () => resolve({ out: scalar(value) }) })
      }),
  })
  return { def, pending }
}

export function registryWith(...extra: Parameters<NodeRegistry['register']>[0][]): NodeRegistry {
  const r = new NodeRegistry().register(source).register(double).register(add)
  for (const def of extra) r.register(def)
  return r
}

export function node(id: string, type: string, params: GraphNode['params'] = {}): GraphNode {
  return { id, type, position: [0, 0], params }
}

export function link(from: string, fromPort: string, to: string, toPort: string): Connection {
  return { from: { node: from, port: fromPort }, to: { node: to, port: toPort } }
}

export function graph(nodes: GraphNode[], connections: Connection[]): GraphDocument {
  return { format: 'flowgrad', version: 1, meta: { title: 'test' }, nodes, connections, tweaks: [] }
}

import { describe, expect, it } from 'vitest'
import { flowgrad, tempDir, writeGraph } from './helpers.ts'

// The editor saves half-built graphs; `validate --allow-incomplete` accepts them, `run` does not.

/** Iris and a Trainer with nothing else wired: its model, loss and optimizer are missing. */
function halfBuilt(): object {
  return {
    format: 'flowgrad',
    version: 1,
    meta: { title: 'half built' },
    nodes: [
      { id: 'iris', type: 'data/iris', position: [0, 0], params: {} },
      { id: 'solver', type: 'optimizer/lbfgs', position: [0, 200], params: { memory: 7 } },
      { id: 'fit', type: 'train/trainer', position: [300, 0], params: {} },
    ],
    connections: [{ from: { node: 'iris', port: 'dataset' }, to: { node: 'fit', port: 'data' } }],
    tweaks: [],
  }
}

function file(graph: object): string {
  return writeGraph(tempDir(), 'graph.flowgrad.json', JSON.stringify(graph))
}

const errorLines = (stderr: string) => stderr.trim().split('\n')

describe('flowgrad validate --allow-incomplete', () => {
  it('exits 0 for a well-formed graph with unconnected inputs and an unknown node type', () => {
    const r = flowgrad(['validate', file(halfBuilt()), '--allow-incomplete'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/well-formed but incomplete \(3 nodes, 4 problems/)
  })

  it('still lists the incomplete graph’s problems, one line each', () => {
    const r = flowgrad(['validate', file(halfBuilt()), '--allow-incomplete'])
    expect(errorLines(r.stderr)).toHaveLength(4)
    expect(r.stderr).toMatch(/\$\.nodes\[2\] \(node "fit", port "loss"\): required input "loss" \(Loss\) is not connected/)
  })

  it('exits 1 for a damaged file', () => {
    const graph = { ...halfBuilt(), nodes: [{ id: 'iris', type: 'data/iris', position: 'here', params: {} }] }
    const r = flowgrad(['validate', file(graph), '--allow-incomplete'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/\$\.nodes\[0\]\.position/)
  })

  it('without the flag, an incomplete graph exits 1 as before', () => {
    expect(flowgrad(['validate', file(halfBuilt())]).code).toBe(1)
  })

  it('flowgrad run refuses an incomplete graph with the lines validate prints', () => {
    const path = file(halfBuilt())
    const validated = flowgrad(['validate', path])
    const ran = flowgrad(['run', path, '--out', tempDir()])
    expect(ran.code).toBe(1)
    expect(ran.stderr).toBe(validated.stderr)
  })
})

import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { validateFile } from '../../src/cli/validate.ts'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, tempDir, writeGraph } from './helpers.ts'
import { capturedOutput } from '../../src/cli/captured-output.ts'

const registry = createRegistry()

/** A small valid graph: the trainer's inputs all wired. */
function base() {
  return {
    format: 'flowgrad',
    version: 1,
    meta: { title: 'broken on purpose' },
    nodes: [
      { id: 'iris', type: 'data/iris', position: [0, 0], params: {} },
      { id: 'onehot', type: 'preprocess/one-hot', position: [0, 0], params: {} },
      { id: 'in', type: 'model/input', position: [0, 0], params: {} },
      { id: 'out', type: 'model/dense', position: [0, 0], params: { units: 3, activation: 'softmax' } },
      { id: 'cce', type: 'loss/categorical-crossentropy', position: [0, 0], params: {} },
      { id: 'adam', type: 'optimizer/adam', position: [0, 0], params: { learningRate: 0.001 } },
      { id: 'fit', type: 'train/trainer', position: [0, 0], params: { epochs: 2 } },
    ],
    connections: [
      { from: { node: 'iris', port: 'dataset' }, to: { node: 'onehot', port: 'data' } },
      { from: { node: 'onehot', port: 'dataset' }, to: { node: 'in', port: 'data' } },
      { from: { node: 'in', port: 'model' }, to: { node: 'out', port: 'model' } },
      { from: { node: 'onehot', port: 'dataset' }, to: { node: 'fit', port: 'data' } },
      { from: { node: 'out', port: 'model' }, to: { node: 'fit', port: 'model' } },
      { from: { node: 'cce', port: 'loss' }, to: { node: 'fit', port: 'loss' } },
      { from: { node: 'adam', port: 'optimizer' }, to: { node: 'fit', port: 'optimizer' } },
    ],
    tweaks: [],
  }
}

function validate(text: string): { code: number; out: string; err: string } {
  const path = writeGraph(tempDir(), 'graph.flowgrad.json', text)
  const out = capturedOutput()
  const err = capturedOutput()
  const code = validateFile(path, registry, out, err)
  return { code, out: out.text(), err: err.text() }
}

function lines(text: string): string[] {
  return text.trim().split('\n')
}

describe('flowgrad validate', () => {
  it('accepts a sound graph with exit code 0', () => {
    expect(validate(JSON.stringify(base())).code).toBe(0)
  })

  it('reports bad JSON with its line and column', () => {
    const r = validate('{\n  "format": "flowgrad",\n  "version": 1,,\n}')
    expect(r.code).toBe(1)
    expect(lines(r.err)).toHaveLength(1)
    expect(r.err).toMatch(/graph\.flowgrad\.json: .*line 3/)
  })

  it('reports an unknown node type with its JSON path and node', () => {
    const g = base()
    g.nodes[5].type = 'optimizer/lbfgs'
    const r = validate(JSON.stringify(g))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/\$\.nodes\[5\]\.type \(node "adam"\): .*unknown node type "optimizer\/lbfgs"/)
  })

  it('reports an unknown param with its JSON path and node', () => {
    const g = base()
    Object.assign(g.nodes[5].params, { momentum: 0.9 })
    const r = validate(JSON.stringify(g))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/\$\.nodes\[5\]\.params\.momentum \(node "adam"\): .*unknown param "momentum"/)
  })

  it('reports a param out of range with its JSON path, node and the range', () => {
    const g = base()
    g.nodes[5].params = { learningRate: 120 }
    const r = validate(JSON.stringify(g))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/\$\.nodes\[5\]\.params\.learningRate \(node "adam"\): 120 is out of range: expected a number between 1e-6 and 100/)
  })

  it('reports a wrong port type naming the connection, node, port and both types', () => {
    const g = base()
    g.connections[6].from = { node: 'cce', port: 'loss' }
    const r = validate(JSON.stringify(g))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/\$\.connections\[6\] \(node "fit", port "optimizer"\): .*Loss.*Optimizer/)
  })

  it('reports a cycle on each node involved', () => {
    const g = base()
    g.connections.push({ from: { node: 'out', port: 'model' }, to: { node: 'out', port: 'model' } })
    const r = validate(JSON.stringify(g))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/\(node "out".*cycle: out → out/)
  })

  it('reports a missing required input naming the node and port', () => {
    const g = base()
    g.connections = g.connections.filter((c) => c.to.port !== 'loss')
    const r = validate(JSON.stringify(g))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/\$\.nodes\[6\] \(node "fit", port "loss"\): .*not connected/)
  })

  it('rejects a __proto__ key with its JSON path', () => {
    const text = JSON.stringify(base()).replace('"params":{"learningRate":0.001}', '"params":{"__proto__":{"polluted":true},"learningRate":0.001}')
    const r = validate(text)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/\$\.nodes\[5\]\.params\.__proto__/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a file from a newer format version, saying so', () => {
    const g = { ...base(), version: 7 }
    const r = validate(JSON.stringify(g))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/\$\.version: was saved by a newer Flowgrad \(version 7\); this one reads up to version 2/)
  })

  it('prints one line per problem when a file has several', () => {
    const g = base()
    g.nodes[5].params = { learningRate: 120 }
    g.nodes[6].params = { epochs: 0 }
    g.nodes[1].type = 'preprocess/nope'
    const r = validate(JSON.stringify(g))
    expect(lines(r.err).length).toBeGreaterThanOrEqual(3)
  })

  it('finds no problem in any example shipped with Flowgrad', () => {
    const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.flowgrad.json'))
    expect(examples.length).toBeGreaterThan(0)
    for (const file of examples) expect(validate(readFileSync(join(ROOT, 'examples', file), 'utf8')).err).toBe('')
  })
})

describe('flowgrad validate on a file with many problems', () => {
  it('prints the first 100 problems and counts the rest', () => {
    const g = base()
    for (let i = 0; i < 150; i++) g.nodes.push({ id: `n${i}`, type: 'nope/nope', position: [0, 0], params: {} })
    const r = validate(JSON.stringify(g))
    expect(lines(r.err)).toHaveLength(101)
    expect(lines(r.err)[100]).toMatch(/graph\.flowgrad\.json: and 50 more problems \(not shown\)$/)
  })
})

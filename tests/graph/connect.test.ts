import { describe, expect, it } from 'vitest'
import { connectionProblem } from '../../src/graph/connect.ts'
import type { GraphDocument } from '../../src/graph/graph-file.ts'
import { parseGraph } from '../../src/graph/load.ts'
import { catalog } from './helpers/catalog.ts'
import { sampleFile, text } from './helpers/graphs.ts'

function sample(): GraphDocument {
  const { document } = parseGraph(text(sampleFile()), catalog)
  if (!document) throw new Error('expected the sample to load')
  return document
}

const link = (from: string, fromPort: string, to: string, toPort: string) => ({ from: { node: from, port: fromPort }, to: { node: to, port: toPort } })

describe('checking a new connection in the editor', () => {
  it('accepts a compatible connection', () => {
    const doc = sample()
    expect(connectionProblem(doc, catalog, link('std', 'dataset', 'fit', 'validation'))).toBeNull()
  })

  it('refuses incompatible port types with the same wording as the loader', () => {
    expect(connectionProblem(sample(), catalog, link('iris', 'dataset', 'fit', 'loss'))).toBe(
      'cannot connect iris.dataset (Dataset) to fit.loss (Loss): a Dataset output cannot feed a Loss input',
    )
  })

  it('refuses a second connection into a single-valued input', () => {
    const doc = sample()
    doc.nodes.push({ id: 'adam2', type: 'optimizer/adam', position: [0, 0], params: {} })
    expect(connectionProblem(doc, catalog, link('adam2', 'optimizer', 'fit', 'optimizer'))).toBe('input fit.optimizer takes a single connection and already has one from adam.optimizer')
  })

  it('accepts several connections into a multiple input', () => {
    const doc = sample()
    doc.nodes.push({ id: 'fit2', type: 'train/trainer', position: [0, 0], params: {} })
    expect(connectionProblem(doc, catalog, link('fit2', 'training', 'curves', 'runs'))).toBeNull()
  })

  it('refuses a connection that would close a cycle, naming it', () => {
    const doc = sample()
    doc.nodes.push({ id: 'std2', type: 'preprocess/standardize', position: [0, 0], params: {} })
    doc.connections.push(link('std', 'dataset', 'std2', 'data'))
    doc.connections = doc.connections.filter((c) => !(c.to.node === 'std' && c.to.port === 'data'))
    expect(connectionProblem(doc, catalog, link('std2', 'dataset', 'std', 'data'))).toBe('this connection would create a cycle: std2 → std → std2')
  })

  it('refuses a connection to a port that does not exist', () => {
    expect(connectionProblem(sample(), catalog, link('iris', 'data', 'std', 'data'))).toBe('"iris" (data/iris) has no output "data" (did you mean "dataset"?); its outputs: dataset')
  })
})

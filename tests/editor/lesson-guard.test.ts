import { describe, expect, it } from 'vitest'
import { touchedLocks } from '../../src/editor/lesson-guard.ts'
import type { GraphDocument, Lesson } from '../../src/graph/index.ts'

function graph(): GraphDocument {
  return {
    format: 'flowgrad',
    version: 2,
    meta: { title: 'guard' },
    nodes: [
      { id: 'iris', type: 'data/iris', position: [0, 0], params: {} },
      { id: 'std', type: 'preprocess/standardize', position: [240, 0], params: {} },
      { id: 'adam', type: 'optimizer/adam', position: [0, 200], params: { learningRate: 0.01 } },
    ],
    connections: [{ from: { node: 'iris', port: 'dataset' }, to: { node: 'std', port: 'data' } }],
    tweaks: [],
  }
}

const unwired = (doc: GraphDocument): GraphDocument => ({ ...doc, connections: [] })
const without = (doc: GraphDocument, id: string): GraphDocument => ({ ...doc, nodes: doc.nodes.filter((n) => n.id !== id), connections: doc.connections.filter((c) => c.from.node !== id && c.to.node !== id) })
const withRate = (doc: GraphDocument, rate: number): GraphDocument => ({ ...doc, nodes: doc.nodes.map((n) => (n.id === 'adam' ? { ...n, params: { learningRate: rate } } : n)) })
const lesson = (locked: Lesson['locked'], hidden: Lesson['hidden'] = []): Lesson => ({ locked, hidden })

describe('an edit of the whole graph against the teacher\'s lesson', () => {
  it('touches nothing without a lesson', () => {
    expect(touchedLocks(null, graph(), without(graph(), 'std'))).toEqual([])
  })

  it('touches a locked node it removes', () => {
    expect(touchedLocks(lesson([{ node: 'std' }]), graph(), without(graph(), 'std'))).toEqual([{ node: 'std' }])
  })

  it('touches a locked node whose wire it removes, once', () => {
    expect(touchedLocks(lesson([{ node: 'std' }]), graph(), unwired(graph()))).toEqual([{ node: 'std' }])
  })

  it('touches a hidden node whose wire it removes', () => {
    expect(touchedLocks(lesson([], [{ node: 'iris' }]), graph(), unwired(graph()))).toEqual([{ node: 'iris' }])
  })

  it('touches a locked input whose wire it removes', () => {
    expect(touchedLocks(lesson([{ node: 'std', input: 'data' }]), graph(), unwired(graph()))).toEqual([{ node: 'std', input: 'data' }])
  })

  it('touches a locked param it changes', () => {
    expect(touchedLocks(lesson([{ node: 'adam', param: 'learningRate' }]), graph(), withRate(graph(), 0.1))).toEqual([{ node: 'adam', param: 'learningRate' }])
  })

  it('lets an edit of open things through', () => {
    expect(touchedLocks(lesson([{ node: 'adam' }]), graph(), unwired(graph()))).toEqual([])
  })
})

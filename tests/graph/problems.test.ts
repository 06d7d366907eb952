import { describe, expect, it } from 'vitest'
import { jsonPath } from '../../src/graph/json-path.ts'
import { formatProblem, formatProblems } from '../../src/graph/problems.ts'

describe('problems', () => {
  it('a problem formats as one line with its path, node and message', () => {
    expect(formatProblem({ path: '$.nodes[2].params.learningRate', nodeId: 'adam', message: '12 is out of range: expected a number between 1e-6 and 10' })).toBe(
      '$.nodes[2].params.learningRate (node "adam"): 12 is out of range: expected a number between 1e-6 and 10',
    )
  })

  it('a problem with a port names the node and the port', () => {
    expect(formatProblem({ path: '$.connections[0].to.port', nodeId: 'fit', port: 'optimizer', message: 'x' })).toBe('$.connections[0].to.port (node "fit", port "optimizer"): x')
  })

  it('a problem without a node shows only its path', () => {
    expect(formatProblem({ path: '$.version', message: 'too new' })).toBe('$.version: too new')
  })

  it('a formatted problem never spans several lines', () => {
    expect(formatProblem({ path: '$', message: 'one\n  two' })).toBe('$: one two')
    expect(formatProblems([{ path: '$.a', message: 'x' }, { path: '$.b', message: 'y' }])).toBe('$.a: x\n$.b: y')
  })

  it('JSON paths use dots for names, brackets for indices and quotes for other keys', () => {
    expect(jsonPath(['nodes', 2, 'params', 'learningRate'])).toBe('$.nodes[2].params.learningRate')
    expect(jsonPath(['nodes', 0, 'params', "it's-odd"])).toBe("$.nodes[0].params['it\\'s-odd']")
    expect(jsonPath([])).toBe('$')
  })
})

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-board.ts'
import { emptyDocument } from '../../../src/graph/graph-file.ts'
import type { GraphDocument } from '../../../src/graph/graph-file.ts'
import { param } from '../../../src/graph/params.ts'
import { allTestIds, cleanup, mount, schema } from './helpers.ts'

const schemas = [schema('plot/curves', 'Curves', 'A plot.'), schema('optimizer/sgd', 'SGD', 'A step.', { learningRate: param.number({ default: 0.1, min: 0, max: 10 }) })]

function lesson(): GraphDocument {
  return {
    ...emptyDocument(),
    nodes: [
      { id: 'curves', type: 'plot/curves', position: [0, 0], params: {} },
      { id: 'sgd', type: 'optimizer/sgd', position: [0, 0], params: { learningRate: 0.1 } },
    ],
    board: { charts: [{ node: 'curves', port: 'chart', size: 'medium' }], controls: [{ node: 'sgd', param: 'learningRate' }] },
  }
}

afterEach(cleanup)

describe('fg-board', () => {
  it('lets every pinned chart and control be taken off the board', async () => {
    const el = await mount('fg-board', { doc: lesson(), schemas })
    expect(allTestIds(el, 'board-unpin-')).toEqual(['board-unpin-sgd-learningRate', 'board-unpin-curves'])
  })

  it('keeps the pins of a fixed board (an embedded lesson), whose charts can still change size', async () => {
    const el = await mount('fg-board', { doc: lesson(), schemas, fixed: true })
    expect(allTestIds(el, 'board-unpin-')).toEqual([])
    expect(allTestIds(el, 'board-size-curves-')).toEqual(['board-size-curves-small', 'board-size-curves-medium', 'board-size-curves-large'])
  })
})

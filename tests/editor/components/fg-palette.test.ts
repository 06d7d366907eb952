// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-palette.ts'
import { NODE_DRAG_TYPE } from '../../../src/editor/components/fg-palette.ts'
import { searchSchemas } from '../../../src/editor/components/palette-search.ts'
import type { AddNodeDetail } from '../../../src/editor/components/events.ts'
import { allTestIds, byTestId, cleanup, mount, record, schema, settled, typeInto } from './helpers.ts'

const schemas = [
  schema('data/iris', 'Iris', 'The iris flowers: 150 samples, 4 features, 3 species.'),
  schema('model/dense', 'Dense', 'A fully connected layer: every unit sees every input.'),
  schema('model/input', 'Input', 'Where a model starts: the shape of one sample.'),
  schema('optimizer/rmsprop', 'RMSprop', 'An adaptive step like Adam, without momentum.'),
  schema('optimizer/adam', 'Adam', 'Momentum plus a per-weight adaptive step.'),
]

afterEach(cleanup)

describe('fg-palette', () => {
  it('lists every node type grouped by category in schema order', async () => {
    const el = await mount('fg-palette', { schemas })
    expect(allTestIds(el, 'palette-category-')).toEqual(['palette-category-data', 'palette-category-model', 'palette-category-optimizer'])
    expect(allTestIds(el, 'palette-item-')).toEqual([
      'palette-item-data-iris',
      'palette-item-model-dense',
      'palette-item-model-input',
      'palette-item-optimizer-rmsprop',
      'palette-item-optimizer-adam',
    ])
  })

  it('shows the doc of an item when hovered, through its title attribute', async () => {
    const el = await mount('fg-palette', { schemas })
    expect(byTestId(el, 'palette-item-model-dense').title).toContain('A fully connected layer')
  })

  it('filters items as the user types, matching title, type and doc case-insensitively', async () => {
    const el = await mount('fg-palette', { schemas })
    typeInto(byTestId<HTMLInputElement>(el, 'palette-search'), 'DENSE', 'input')
    await settled(el)
    expect(allTestIds(el, 'palette-item-')).toEqual(['palette-item-model-dense'])

    typeInto(byTestId<HTMLInputElement>(el, 'palette-search'), 'optimizer/', 'input')
    await settled(el)
    expect(allTestIds(el, 'palette-item-')).toEqual(['palette-item-optimizer-rmsprop', 'palette-item-optimizer-adam'])

    typeInto(byTestId<HTMLInputElement>(el, 'palette-search'), '150 samples', 'input')
    await settled(el)
    expect(allTestIds(el, 'palette-item-')).toEqual(['palette-item-data-iris'])
  })

  it('says so when nothing matches the search', async () => {
    const el = await mount('fg-palette', { schemas })
    typeInto(byTestId<HTMLInputElement>(el, 'palette-search'), 'transformer', 'input')
    await settled(el)
    expect(allTestIds(el, 'palette-item-')).toEqual([])
    expect(byTestId(el, 'palette-empty').textContent).toContain('transformer')
  })

  it('emits fg-add-node with the node type when an item is clicked', async () => {
    const el = await mount('fg-palette', { schemas })
    const added = record<AddNodeDetail>(el, 'fg-add-node')
    byTestId(el, 'palette-item-model-dense').click()
    expect(added).toEqual([{ type: 'model/dense' }])
  })

  it('adds the best match when Enter is pressed in the search field', async () => {
    const el = await mount('fg-palette', { schemas })
    const added = record<AddNodeDetail>(el, 'fg-add-node')
    const search = byTestId<HTMLInputElement>(el, 'palette-search')
    typeInto(search, 'adam', 'input')
    await settled(el)
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }))
    // RMSprop's doc mentions Adam, but the node titled Adam is the match the user means.
    expect(added).toEqual([{ type: 'optimizer/adam' }])
  })

  it('puts the node type on the drag data when an item is dragged', async () => {
    const el = await mount('fg-palette', { schemas })
    const dataTransfer = new DataTransfer()
    const event = new DragEvent('dragstart', { bubbles: true })
    // happy-dom's DragEvent ignores the dataTransfer given to its constructor.
    Object.defineProperty(event, 'dataTransfer', { value: dataTransfer })
    byTestId(el, 'palette-item-model-input').dispatchEvent(event)
    expect(dataTransfer.getData(NODE_DRAG_TYPE)).toBe('model/input')
  })

  it('folds a category when its header is clicked', async () => {
    const el = await mount('fg-palette', { schemas })
    byTestId(el, 'palette-category-model').click()
    await settled(el)
    expect(allTestIds(el, 'palette-item-model-')).toEqual([])
    expect(allTestIds(el, 'palette-item-data-')).toEqual(['palette-item-data-iris'])
  })
})

describe('searchSchemas', () => {
  it('ranks title matches before type and doc matches, keeping catalog order among equals', () => {
    expect(searchSchemas(schemas, 'adam').map((s) => s.type)).toEqual(['optimizer/adam', 'optimizer/rmsprop'])
  })

  it('requires every word of the query to match', () => {
    expect(searchSchemas(schemas, 'adaptive momentum').map((s) => s.type)).toEqual(['optimizer/rmsprop', 'optimizer/adam'])
    expect(searchSchemas(schemas, 'adaptive iris')).toEqual([])
  })
})

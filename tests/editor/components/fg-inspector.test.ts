// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-inspector.ts'
import type { NodeTitleDetail, ParamDetail, PinDetail } from '../../../src/editor/components/events.ts'
import { LOG_STEPS_PER_DECADE, sliderPosition, sliderSpec, sliderValue } from '../../../src/editor/components/param-controls.ts'
import type { GraphNode } from '../../../src/graph/graph-file.ts'
import type { NodeSchema } from '../../../src/graph/node-schema.ts'
import { param } from '../../../src/graph/params.ts'
import type { NodeRuntimeView } from '../../../src/editor/view-types.ts'
import { createRegistry } from '../../../nodes/index.ts'
import { byTestId, cleanup, mount, queryTestId, record, schema, settled, typeInto, update } from './helpers.ts'

const learningRate = param.number({ default: 0.001, min: 1e-6, max: 10, scale: 'log', doc: 'Step size.' })

const kitchenSink: NodeSchema = schema('test/all', 'Everything', 'One param of each kind.', {
  learningRate,
  beta1: param.number({ default: 0.9, min: 0, max: 0.9999 }),
  epochs: param.integer({ default: 100, min: 1, max: 500 }),
  seed: param.integer({ default: 0 }),
  activation: param.select({ default: 'relu', options: ['relu', 'tanh', 'sigmoid'] }),
  shuffle: param.boolean({ default: true }),
  name: param.string({ default: 'run' }),
  csv: param.string({ default: 'a,b\n1,2', multiline: true, file: '.csv,text/csv' }),
  shape: param.shape({ default: [4] }),
  points: param.numbers({ default: [0.1, 0.5] }),
})

function nodeOf(s: NodeSchema, params: GraphNode['params'] = {}, title?: string): GraphNode {
  return { id: 'n1', type: s.type, position: [0, 0], params, ...(title === undefined ? {} : { title }) }
}

const idle: NodeRuntimeView = { status: 'ready', error: null, notice: null, shapes: {}, chart: null, picture: null }

async function inspect(params: GraphNode['params'] = {}, view: NodeRuntimeView | null = idle): Promise<HTMLElementTagNameMap['fg-inspector']> {
  return mount('fg-inspector', { schema: kitchenSink, node: nodeOf(kitchenSink, params), view })
}

afterEach(cleanup)

describe('fg-inspector', () => {
  it('asks the user to select a node when nothing is selected', async () => {
    const el = await mount('fg-inspector', {})
    expect(byTestId(el, 'inspector-empty').textContent).toContain('Select a node to edit it')
  })

  it('shows the node title, type and doc', async () => {
    const el = await inspect()
    expect(byTestId<HTMLInputElement>(el, 'inspector-title').value).toBe('Everything')
    expect(byTestId(el, 'inspector-type').textContent).toContain('test/all')
    expect(byTestId(el, 'inspector-doc').textContent).toBe('One param of each kind.')
  })

  it('builds a slider and a number field for a number param with both bounds', async () => {
    const el = await inspect()
    expect(byTestId<HTMLInputElement>(el, 'param-beta1-slider').type).toBe('range')
    expect(byTestId<HTMLInputElement>(el, 'param-beta1-slider').value).toBe('0.9')
    expect(byTestId<HTMLInputElement>(el, 'param-beta1-input').value).toBe('0.9')
  })

  it('gives an integer param a slider that moves in whole steps', async () => {
    const el = await inspect()
    const slider = byTestId<HTMLInputElement>(el, 'param-epochs-slider')
    expect([slider.min, slider.max, slider.step]).toEqual(['1', '500', '1'])
  })

  it('builds only a number field for a number param without bounds', async () => {
    const el = await inspect()
    expect(queryTestId(el, 'param-seed-slider')).toBeNull()
    expect(byTestId<HTMLInputElement>(el, 'param-seed-input').value).toBe('0')
  })

  it('builds a select for a select param, with the current option chosen', async () => {
    const el = await inspect({ activation: 'tanh' })
    const select = byTestId<HTMLSelectElement>(el, 'param-activation')
    expect(select.tagName).toBe('SELECT')
    expect([...select.options].map((o) => o.value)).toEqual(['relu', 'tanh', 'sigmoid'])
    expect(select.value).toBe('tanh')
  })

  it('builds a checkbox for a boolean param', async () => {
    const el = await inspect({ shuffle: false })
    const box = byTestId<HTMLInputElement>(el, 'param-shuffle')
    expect(box.type).toBe('checkbox')
    expect(box.checked).toBe(false)
  })

  it('builds a text field for a string param and a textarea for a multiline one', async () => {
    const el = await inspect()
    expect(byTestId(el, 'param-name').tagName).toBe('INPUT')
    expect(byTestId<HTMLTextAreaElement>(el, 'param-csv').tagName).toBe('TEXTAREA')
    expect(byTestId<HTMLTextAreaElement>(el, 'param-csv').value).toBe('a,b\n1,2')
  })

  it('offers a file picker for a string param with a file filter', async () => {
    const el = await inspect()
    expect(byTestId(el, 'param-csv-file').tagName).toBe('BUTTON')
    expect(byTestId<HTMLInputElement>(el, 'param-csv-file-input').accept).toBe('.csv,text/csv')
    expect(queryTestId(el, 'param-name-file')).toBeNull()
  })

  it('emits the text of the chosen file as the value', async () => {
    const el = await inspect()
    const params = record<ParamDetail>(el, 'fg-param')
    const input = byTestId<HTMLInputElement>(el, 'param-csv-file-input')
    Object.defineProperty(input, 'files', { value: [new File(['x,y\n3,4\n'], 'points.csv', { type: 'text/csv' })] })
    input.dispatchEvent(new Event('change'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(params).toEqual([{ nodeId: 'n1', name: 'csv', value: 'x,y\n3,4\n', final: true }])
  })

  it('builds comma-separated text fields for shape and number-list params', async () => {
    const el = await inspect({ points: [0.1, 0.5, 1e-7] })
    expect(byTestId<HTMLInputElement>(el, 'param-shape').value).toBe('4')
    expect(byTestId<HTMLInputElement>(el, 'param-points').value).toBe('0.1, 0.5, 1e-7')
  })

  it('places the log slider of a learning rate of 0.001 between 1e-6 and 10 at 3/7 of its track', async () => {
    const el = await inspect({ learningRate: 0.001 })
    const slider = byTestId<HTMLInputElement>(el, 'param-learningRate-slider')
    expect(Number(slider.value) / Number(slider.max)).toBeCloseTo(3 / 7, 2)
    expect(byTestId<HTMLInputElement>(el, 'param-learningRate-input').value).toBe('0.001')
  })

  it('maps log slider positions to values through log10, ends included', () => {
    expect(sliderSpec(learningRate)?.max).toBe(7 * LOG_STEPS_PER_DECADE)
    expect(sliderValue(learningRate, 0)).toBe(1e-6)
    expect(sliderValue(learningRate, 7 * LOG_STEPS_PER_DECADE)).toBe(10)
    expect(sliderPosition(learningRate, 1)).toBe(6 * LOG_STEPS_PER_DECADE)
    expect(sliderValue(learningRate, LOG_STEPS_PER_DECADE / 2)).toBe(3.2e-6)
  })

  it('lands round learning rates exactly on slider positions', () => {
    for (const lr of [1e-5, 3e-4, 0.001, 0.003, 0.01, 0.05, 0.1, 0.5, 1]) {
      expect(sliderValue(learningRate, sliderPosition(learningRate, lr))).toBe(lr)
    }
  })

  it('gives a log slider whose minimum is 0 a leftmost position that means 0', () => {
    const epsilon = param.number({ default: 1e-7, min: 0, max: 1, scale: 'log' })
    expect(sliderValue(epsilon, 0)).toBe(0)
    expect(sliderPosition(epsilon, 0)).toBe(0)
    expect(sliderValue(epsilon, sliderPosition(epsilon, 1e-7))).toBe(1e-7)
    expect(sliderValue(epsilon, sliderSpec(epsilon)?.max ?? NaN)).toBe(1)
  })

  it('gives a param whose linear range is too fine to aim a number field only, no slider', () => {
    expect(sliderSpec(param.integer({ default: 0, min: 0, max: 2 ** 32 - 1 }))).toBeNull()
    expect(sliderSpec(param.integer({ default: 5, min: 0, max: 10_000 }))).toMatchObject({ min: 0, max: 10_000, log: false })
  })

  it('steps a log-scaled integer such as epochs through round whole numbers', () => {
    const epochs = param.integer({ default: 100, min: 1, max: 100_000, scale: 'log' })
    expect(sliderValue(epochs, sliderPosition(epochs, 100))).toBe(100)
    expect(sliderValue(epochs, sliderPosition(epochs, 30))).toBe(30)
    expect(sliderValue(epochs, sliderSpec(epochs)?.max ?? NaN)).toBe(100_000)
    expect(Number.isInteger(sliderValue(epochs, 123))).toBe(true)
  })

  it('emits fg-param with final false while the slider is dragged', async () => {
    const el = await inspect({ learningRate: 0.001 })
    const params = record<ParamDetail>(el, 'fg-param')
    const slider = byTestId<HTMLInputElement>(el, 'param-learningRate-slider')
    typeInto(slider, String(sliderPosition(learningRate, 0.01)), 'input')
    typeInto(slider, String(sliderPosition(learningRate, 0.1)), 'input')
    expect(params).toEqual([
      { nodeId: 'n1', name: 'learningRate', value: 0.01, final: false },
      { nodeId: 'n1', name: 'learningRate', value: 0.1, final: false },
    ])
  })

  it('emits fg-param with final true when the slider is released', async () => {
    const el = await inspect({ learningRate: 0.001 })
    const params = record<ParamDetail>(el, 'fg-param')
    const slider = byTestId<HTMLInputElement>(el, 'param-learningRate-slider')
    typeInto(slider, String(sliderPosition(learningRate, 0.01)), 'input')
    typeInto(slider, String(sliderPosition(learningRate, 0.01)), 'change')
    expect(params.map((p) => [p.value, p.final])).toEqual([
      [0.01, false],
      [0.01, true],
    ])
  })

  it('shows the dragged value in the number field before the app answers', async () => {
    const el = await inspect({ learningRate: 0.001 })
    typeInto(byTestId<HTMLInputElement>(el, 'param-learningRate-slider'), String(sliderPosition(learningRate, 0.03)), 'input')
    await settled(el)
    expect(byTestId<HTMLInputElement>(el, 'param-learningRate-input').value).toBe('0.03')
  })

  it('shows a problem and emits nothing for an out-of-range typed value', async () => {
    const el = await inspect()
    const params = record<ParamDetail>(el, 'fg-param')
    typeInto(byTestId<HTMLInputElement>(el, 'param-learningRate-input'), '50', 'change')
    await settled(el)
    expect(params).toEqual([])
    expect(byTestId(el, 'param-learningRate-problem').textContent).toContain('out of range')
  })

  it('shows a problem and emits nothing for text that is not a number', async () => {
    const el = await inspect()
    const params = record<ParamDetail>(el, 'fg-param')
    typeInto(byTestId<HTMLInputElement>(el, 'param-epochs-input'), 'ten', 'change')
    await settled(el)
    expect(params).toEqual([])
    expect(byTestId(el, 'param-epochs-problem').textContent).toContain('not a number')
  })

  it('emits a valid typed number as a final value and clears the problem', async () => {
    const el = await inspect()
    const params = record<ParamDetail>(el, 'fg-param')
    const field = byTestId<HTMLInputElement>(el, 'param-learningRate-input')
    typeInto(field, '50', 'change')
    await settled(el)
    typeInto(field, '3e-4', 'change')
    await settled(el)
    expect(params).toEqual([{ nodeId: 'n1', name: 'learningRate', value: 3e-4, final: true }])
    expect(queryTestId(el, 'param-learningRate-problem')).toBeNull()
  })

  it('emits select, checkbox and list changes as final values', async () => {
    const el = await inspect()
    const params = record<ParamDetail>(el, 'fg-param')
    typeInto(byTestId<HTMLSelectElement>(el, 'param-activation'), 'sigmoid', 'change')
    const box = byTestId<HTMLInputElement>(el, 'param-shuffle')
    box.checked = false
    box.dispatchEvent(new Event('change'))
    typeInto(byTestId<HTMLInputElement>(el, 'param-shape'), '4, 8', 'change')
    expect(params.map((p) => [p.name, p.value, p.final])).toEqual([
      ['activation', 'sigmoid', true],
      ['shuffle', false, true],
      ['shape', [4, 8], true],
    ])
  })

  it('refuses a shape that is not a list of positive integers', async () => {
    const el = await inspect()
    const params = record<ParamDetail>(el, 'fg-param')
    typeInto(byTestId<HTMLInputElement>(el, 'param-shape'), '4, -1', 'change')
    await settled(el)
    expect(params).toEqual([])
    expect(byTestId(el, 'param-shape-problem').textContent).toContain('positive integers')
  })

  it("shows the node's error", async () => {
    const el = await inspect({}, { status: 'error', error: 'Diverged at step 12: the loss is NaN', notice: null, shapes: {}, chart: null, picture: null })
    expect(byTestId(el, 'inspector-error').textContent).toContain('Diverged at step 12')
  })

  it('shows no error box when the node has no error', async () => {
    const el = await inspect()
    expect(queryTestId(el, 'inspector-error')).toBeNull()
  })

  it('emits fg-title when the node is renamed, and undefined when the name is cleared', async () => {
    const el = await inspect()
    const titles = record<NodeTitleDetail>(el, 'fg-title')
    typeInto(byTestId<HTMLInputElement>(el, 'inspector-title'), '  Fast Adam ', 'change')
    await update(el, { node: nodeOf(kitchenSink, {}, 'Fast Adam') })
    typeInto(byTestId<HTMLInputElement>(el, 'inspector-title'), '', 'change')
    expect(titles).toEqual([
      { nodeId: 'n1', title: 'Fast Adam' },
      { nodeId: 'n1', title: undefined },
    ])
  })

  it('forgets problems when another node is selected', async () => {
    const el = await inspect()
    typeInto(byTestId<HTMLInputElement>(el, 'param-learningRate-input'), '50', 'change')
    await settled(el)
    await update(el, { node: { ...nodeOf(kitchenSink), id: 'n2' } })
    expect(queryTestId(el, 'param-learningRate-problem')).toBeNull()
  })

  it('builds a control for every param of every node type in the catalog', async () => {
    const el = await mount('fg-inspector', {})
    for (const s of createRegistry().all()) {
      await update(el, { schema: s, node: nodeOf(s), view: null })
      for (const [name, decl] of Object.entries(s.params)) {
        const id = decl.kind === 'number' ? `param-${name}-input` : `param-${name}`
        expect(queryTestId(el, id), `${s.type}.${name}`).not.toBeNull()
      }
    }
  })
})

describe('fg-inspector pins', () => {
  it('asks to pin an unpinned param to the board', async () => {
    const el = await inspect()
    const pins = record<PinDetail>(el, 'fg-pin')
    byTestId(el, 'param-epochs-pin').click()
    expect(pins).toEqual([{ pin: { kind: 'control', node: 'n1', param: 'epochs' }, pinned: true }])
  })

  it('asks to take a pinned param off the board', async () => {
    const el = await mount('fg-inspector', { schema: kitchenSink, node: nodeOf(kitchenSink), view: idle, pinned: ['learningRate'] })
    const pins = record<PinDetail>(el, 'fg-pin')
    byTestId(el, 'param-learningRate-pin').click()
    expect(pins).toEqual([{ pin: { kind: 'control', node: 'n1', param: 'learningRate' }, pinned: false }])
  })
})

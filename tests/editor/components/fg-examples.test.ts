// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-examples.ts'
import type { OpenExampleDetail } from '../../../src/editor/components/events.ts'
import { byTestId, cleanup, mount, queryTestId, record } from './helpers.ts'

const examples = [
  { id: 'iris', title: 'Iris classifier', description: 'A Dense network learns the three species. It takes 50 epochs.', summary: 'A Dense network learns the three species.' },
  { id: 'standardize', title: 'Standardization matters', description: 'The same model with and without standardized inputs.', summary: 'The same model with and without standardized inputs.' },
]

afterEach(cleanup)

describe('fg-examples', () => {
  it('lists each example with its title and first sentence, the whole description in its tooltip', async () => {
    const el = await mount('fg-examples', { examples, open: true })
    const iris = byTestId(el, 'example-iris')
    expect({ title: iris.querySelector('strong')?.textContent, text: iris.querySelector('span')?.textContent, tooltip: iris.title }).toEqual({
      title: 'Iris classifier',
      text: 'A Dense network learns the three species.',
      tooltip: 'A Dense network learns the three species. It takes 50 epochs.',
    })
  })

  it('emits fg-open-example with the id of the clicked example', async () => {
    const el = await mount('fg-examples', { examples, open: true })
    const opened = record<OpenExampleDetail>(el, 'fg-open-example')
    byTestId(el, 'example-standardize').click()
    expect(opened).toEqual([{ id: 'standardize' }])
  })

  it('emits fg-close from the close button and from Escape', async () => {
    const el = await mount('fg-examples', { examples, open: true })
    const closes = record<null>(el, 'fg-close')
    byTestId(el, 'examples-close').click()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect(closes).toHaveLength(2)
  })

  it('renders nothing and ignores Escape while closed', async () => {
    const el = await mount('fg-examples', { examples, open: false })
    const closes = record<null>(el, 'fg-close')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect(queryTestId(el, 'examples')).toBeNull()
    expect(closes).toHaveLength(0)
  })
})

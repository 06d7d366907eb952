// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-problems.ts'
import '../../../src/editor/components/fg-toast.ts'
import { byTestId, cleanup, mount, queryTestId, record, update } from './helpers.ts'

const problems = ['nodes[2].type: unknown node type "model/dens"', 'nodes[3].params.learningRate: 50 is out of range: expected a number between 1e-6 and 10']

afterEach(cleanup)

describe('fg-problems', () => {
  it('lists one line per problem under its title', async () => {
    const el = await mount('fg-problems', { title: 'The file was not opened', problems, open: true })
    expect(byTestId(el, 'problems-title').textContent).toBe('The file was not opened')
    const lines = [...(el.shadowRoot?.querySelectorAll('[data-testid="problem"]') ?? [])].map((li) => li.textContent)
    expect(lines).toEqual(problems)
  })

  it('emits fg-close when dismissed', async () => {
    const el = await mount('fg-problems', { title: 'The file was not opened', problems, open: true })
    const closes = record<null>(el, 'fg-close')
    byTestId(el, 'problems-close').click()
    expect(closes).toHaveLength(1)
  })

  it('shows nothing while closed', async () => {
    const el = await mount('fg-problems', { title: 'x', problems, open: false })
    expect(queryTestId(el, 'problems')).toBeNull()
  })
})

describe('fg-toast', () => {
  it('shows the message and hides when it is cleared', async () => {
    const el = await mount('fg-toast', { message: 'A Tensor output cannot feed a Model input' })
    expect(byTestId(el, 'toast').textContent).toBe('A Tensor output cannot feed a Model input')
    await update(el, { message: null })
    expect(queryTestId(el, 'toast')).toBeNull()
  })
})

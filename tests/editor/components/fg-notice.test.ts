// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-notice.ts'
import { byTestId, cleanup, mount, queryTestId, record } from './helpers.ts'

afterEach(cleanup)

describe('fg-notice', () => {
  it('shows its message', async () => {
    const el = await mount('fg-notice', { message: 'changed in another tab' })
    expect(byTestId(el, 'notice-message').textContent).toBe('changed in another tab')
  })

  it('emits fg-notice-open from its open button', async () => {
    const el = await mount('fg-notice', { message: 'changed in another tab' })
    const opens = record<null>(el, 'fg-notice-open')
    byTestId(el, 'notice-open').click()
    expect(opens).toHaveLength(1)
  })

  it('emits fg-close from its keep button', async () => {
    const el = await mount('fg-notice', { message: 'changed in another tab' })
    const closes = record<null>(el, 'fg-close')
    byTestId(el, 'notice-close').click()
    expect(closes).toHaveLength(1)
  })

  it('renders nothing without a message', async () => {
    const el = await mount('fg-notice', { message: null })
    expect(queryTestId(el, 'notice')).toBeNull()
  })
})

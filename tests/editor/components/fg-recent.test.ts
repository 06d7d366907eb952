// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-recent.ts'
import type { OpenRecentDetail } from '../../../src/editor/components/events.ts'
import { byTestId, cleanup, mount, queryTestId, record } from './helpers.ts'

const entries = [
  { id: 'r2', title: 'My spiral', nodes: 9, savedAt: Date.UTC(2026, 10, 30, 8) },
  { id: 'r1', title: 'Half-built', nodes: 1, savedAt: Date.UTC(2026, 10, 29, 8) },
]

afterEach(cleanup)

describe('fg-recent', () => {
  it('lists each recent graph with its title and node count', async () => {
    const el = await mount('fg-recent', { entries, open: true })
    expect(byTestId(el, 'recent-r2').textContent).toMatch(/My spiral.*9 nodes/s)
    expect(byTestId(el, 'recent-r1').textContent).toMatch(/Half-built.*1 node,/s)
  })

  it('emits fg-open-recent with the id of the clicked graph', async () => {
    const el = await mount('fg-recent', { entries, open: true })
    const opened = record<OpenRecentDetail>(el, 'fg-open-recent')
    byTestId(el, 'recent-r1').click()
    expect(opened).toEqual([{ id: 'r1' }])
  })

  it('says when there is no recent graph yet', async () => {
    const el = await mount('fg-recent', { entries: [], open: true })
    expect(byTestId(el, 'recent-none').textContent).toMatch(/No earlier graph/)
  })

  it('emits fg-close from its close button', async () => {
    const el = await mount('fg-recent', { entries, open: true })
    const closes = record<null>(el, 'fg-close')
    byTestId(el, 'recent-close').click()
    expect(closes).toHaveLength(1)
  })

  it('renders nothing while closed', async () => {
    const el = await mount('fg-recent', { entries, open: false })
    expect(queryTestId(el, 'recent')).toBeNull()
  })
})

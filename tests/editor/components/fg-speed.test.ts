// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-speed.ts'
import type { TrainerParamDetail } from '../../../src/editor/components/events.ts'
import { byTestId, cleanup, mount, record, typeInto } from './helpers.ts'

afterEach(cleanup)

describe('fg-speed', () => {
  it('emits the chosen speed as the trainers’ speed param', async () => {
    const el = await mount('fg-speed', { speed: 'max' })
    const seen = record<TrainerParamDetail>(el, 'fg-trainer-param')
    typeInto(byTestId<HTMLSelectElement>(el, 'toolbar-speed'), '5', 'change')
    expect(seen).toEqual([{ name: 'speed', value: '5' }])
  })

  it('emits pause after each epoch when its box is ticked', async () => {
    const el = await mount('fg-speed', {})
    const seen = record<TrainerParamDetail>(el, 'fg-trainer-param')
    const box = byTestId<HTMLInputElement>(el, 'toolbar-pause-each-epoch')
    box.checked = true
    box.dispatchEvent(new Event('change', { bubbles: true }))
    expect(seen).toEqual([{ name: 'pauseEachEpoch', value: true }])
  })

  it('shows the trainers’ speed', async () => {
    const el = await mount('fg-speed', { speed: '20' })
    expect(byTestId<HTMLSelectElement>(el, 'toolbar-speed').value).toBe('20')
  })

  it('says the speeds are mixed when the trainers differ', async () => {
    const el = await mount('fg-speed', { speed: null })
    const select = byTestId<HTMLSelectElement>(el, 'toolbar-speed')
    expect(select.selectedOptions[0]?.textContent).toBe('Mixed speeds')
  })
})

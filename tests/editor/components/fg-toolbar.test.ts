// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-toolbar.ts'
import type { CommandDetail, GraphTitleDetail, SelectTrainerDetail } from '../../../src/editor/components/events.ts'
import type { AppCommand, ProgressView } from '../../../src/editor/view-types.ts'
import { byTestId, cleanup, mount, queryTestId, record, typeInto, update } from './helpers.ts'

function progress(overrides: Partial<ProgressView> = {}): ProgressView {
  return { trainerId: 'fit', label: 'fit', status: 'running', epoch: 100, epochs: 250, step: 500, loss: 0.0712345, stepsPerSecond: 123.4, notice: null, error: null, ...overrides }
}

afterEach(cleanup)

describe('fg-toolbar', () => {
  it('emits fg-command for each button', async () => {
    const el = await mount('fg-toolbar', { canUndo: true, canRedo: true })
    const commands = record<CommandDetail>(el, 'fg-command')
    const all: AppCommand[] = ['play', 'stepBatch', 'stepEpoch', 'reset', 'open', 'save', 'share', 'examples', 'undo', 'redo', 'arrange', 'fit']
    for (const command of all) byTestId(el, `toolbar-${command}`).click()
    await update(el, { running: true })
    byTestId(el, 'toolbar-pause').click()
    expect(commands.map((c) => c.command)).toEqual([...all, 'pause'])
  })

  it('shows Run when stopped and Pause while running', async () => {
    const el = await mount('fg-toolbar', { running: false })
    expect(queryTestId(el, 'toolbar-play')).not.toBeNull()
    expect(queryTestId(el, 'toolbar-pause')).toBeNull()
    await update(el, { running: true })
    expect(queryTestId(el, 'toolbar-play')).toBeNull()
    expect(queryTestId(el, 'toolbar-pause')).not.toBeNull()
  })

  it('shows mixed speeds as such, not as the fastest', async () => {
    const el = await mount('fg-toolbar', { hasTrainer: true, watching: { speed: null, pauseEachEpoch: false } })
    const select = byTestId(el.shadowRoot?.querySelector('fg-speed') as HTMLElement, 'toolbar-speed') as HTMLSelectElement
    expect(select.value).toBe('')
  })

  it('disables undo and redo when there is nothing to undo or redo', async () => {
    const el = await mount('fg-toolbar', { canUndo: false, canRedo: true })
    expect(byTestId<HTMLButtonElement>(el, 'toolbar-undo').disabled).toBe(true)
    expect(byTestId<HTMLButtonElement>(el, 'toolbar-redo').disabled).toBe(false)
  })

  it('names the keyboard shortcut in the button title', async () => {
    const el = await mount('fg-toolbar', {})
    expect(byTestId(el, 'toolbar-play').title).toBe('Run / pause (Space)')
  })

  it("shows a single trainer's epoch, epochs, step, rate and loss", async () => {
    const el = await mount('fg-toolbar', { progress: [progress()] })
    expect(byTestId(el, 'status-epoch').textContent).toBe('100')
    expect(byTestId(el, 'status-epochs').textContent).toBe('250')
    expect(byTestId(el, 'status-step').textContent).toBe('500')
    expect(byTestId(el, 'status-rate').textContent).toBe('123')
    expect(byTestId(el, 'status-loss').textContent).toBe('0.07123')
  })

  it('shows ∞ epochs for a trainer that runs forever', async () => {
    const el = await mount('fg-toolbar', { progress: [progress({ epochs: Infinity })] })
    expect(byTestId(el, 'status-epochs').textContent).toBe('∞')
  })

  it('shows all trainers together when none is chosen: the slowest epoch, steps and rates added up', async () => {
    const el = await mount('fg-toolbar', { progress: [progress(), progress({ trainerId: 'other', label: 'other', epoch: 7, step: 35, stepsPerSecond: 10 })] })
    expect(byTestId(el, 'status-trainer-all').getAttribute('aria-pressed')).toBe('true')
    expect(byTestId(el, 'status-epoch').textContent).toBe('7')
    expect(byTestId(el, 'status-step').textContent).toBe('535')
    expect(queryTestId(el, 'status-loss')).toBeNull()
  })

  it('emits a null trainer when the All trainers chip is chosen', async () => {
    const el = await mount('fg-toolbar', { progress: [progress(), progress({ trainerId: 'other', label: 'other' })], selectedTrainer: 'other' })
    const selections = record<SelectTrainerDetail>(el, 'fg-select-trainer')
    byTestId(el, 'status-trainer-all').click()
    expect(selections).toEqual([{ trainerId: null }])
  })

  it('disables the run controls, saying why, when the graph has no trainer', async () => {
    const el = await mount('fg-toolbar', { hasTrainer: false })
    for (const id of ['toolbar-play', 'toolbar-stepBatch', 'toolbar-stepEpoch', 'toolbar-reset']) {
      expect(byTestId<HTMLButtonElement>(el, id).disabled).toBe(true)
      expect(byTestId(el, id).title).toMatch(/^Nothing to train in this lesson: it has no Trainer node/)
    }
  })

  it('shows why a trainer cannot run', async () => {
    const el = await mount('fg-toolbar', { progress: [progress({ status: 'error', error: 'waiting for "csv", which has a problem' })] })
    expect(byTestId(el, 'status-state').textContent).toBe('Stopped')
    expect(byTestId(el, 'status-error').textContent).toContain('waiting for "csv"')
  })

  it('shows the selected trainer and lists all trainers when several run', async () => {
    const el = await mount('fg-toolbar', { progress: [progress(), progress({ trainerId: 'other', label: 'other', epoch: 7 })], selectedTrainer: 'other' })
    expect(byTestId(el, 'status-epoch').textContent).toBe('7')
    const selections = record<SelectTrainerDetail>(el, 'fg-select-trainer')
    byTestId(el, 'status-trainer-fit').click()
    expect(selections).toEqual([{ trainerId: 'fit' }])
  })

  it('shows no trainer list for a single trainer', async () => {
    const el = await mount('fg-toolbar', { progress: [progress()] })
    expect(queryTestId(el, 'status-trainer-fit')).toBeNull()
  })

  it('emits fg-title when the graph title is edited', async () => {
    const el = await mount('fg-toolbar', { title: 'Untitled' })
    const titles = record<GraphTitleDetail>(el, 'fg-title')
    typeInto(byTestId<HTMLInputElement>(el, 'toolbar-title'), ' Standardization matters ', 'change')
    typeInto(byTestId<HTMLInputElement>(el, 'toolbar-title'), '   ', 'change')
    expect(titles).toEqual([{ title: 'Standardization matters' }])
  })
})

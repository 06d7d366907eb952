// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import '../../../src/editor/components/fg-lesson-bar.ts'
import type { CommandDetail } from '../../../src/editor/components/events.ts'
import type { ProgressView } from '../../../src/editor/view-types.ts'
import { allTestIds, byTestId, cleanup, mount, queryTestId, record } from './helpers.ts'

function progress(overrides: Partial<ProgressView> = {}): ProgressView {
  return { trainerId: 'fit', label: 'fit', status: 'idle', epoch: 0, epochs: 10, step: 0, loss: null, stepsPerSecond: 0, notice: null, error: null, ...overrides }
}

afterEach(cleanup)

describe('fg-lesson-bar', () => {
  it('emits fg-command for run, step, epoch and reset', async () => {
    const el = await mount('fg-lesson-bar', { hasTrainer: true, progress: [progress()] })
    const commands = record<CommandDetail>(el, 'fg-command')
    for (const command of ['play', 'stepBatch', 'stepEpoch', 'reset']) byTestId(el, `lesson-${command}`).click()
    expect(commands.map((c) => c.command)).toEqual(['play', 'stepBatch', 'stepEpoch', 'reset'])
  })

  it('shows Pause, and disables the steps, while a trainer runs', async () => {
    const el = await mount('fg-lesson-bar', { hasTrainer: true, progress: [progress({ status: 'running' })] })
    expect(queryTestId(el, 'lesson-play')).toBeNull()
    expect(queryTestId(el, 'lesson-pause')).not.toBeNull()
    expect(byTestId<HTMLButtonElement>(el, 'lesson-stepBatch').disabled).toBe(true)
  })

  it('disables every run control of a graph without a trainer, and says why', async () => {
    const el = await mount('fg-lesson-bar', { hasTrainer: false })
    expect(byTestId<HTMLButtonElement>(el, 'lesson-play').disabled).toBe(true)
    expect(byTestId(el, 'lesson-play').title).toContain('no Trainer node')
  })

  it("shows one trainer's state, epoch and loss", async () => {
    const el = await mount('fg-lesson-bar', { hasTrainer: true, progress: [progress({ status: 'done', epoch: 10, loss: 0.0712345 })] })
    expect(byTestId(el, 'lesson-state').textContent).toBe('Done')
    expect(byTestId(el, 'lesson-epoch').textContent).toBe('10')
    expect(byTestId(el, 'lesson-loss').textContent).toBe('0.07123')
  })

  it('shows each of several trainers with its epoch and loss', async () => {
    const el = await mount('fg-lesson-bar', { hasTrainer: true, progress: [progress({ epoch: 3 }), progress({ trainerId: 'other', label: 'Other', epoch: 7 })] })
    expect(allTestIds(el, 'lesson-trainer-')).toEqual(['lesson-trainer-fit', 'lesson-trainer-other'])
    expect(byTestId(el, 'lesson-trainer-other').textContent).toContain('7/10')
    expect(byTestId(el, 'lesson-epoch').textContent).toBe('3')
  })

  it('says why the last command did nothing', async () => {
    const el = await mount('fg-lesson-bar', { hasTrainer: true, message: 'Done — Reset to train again.' })
    expect(byTestId(el, 'lesson-message').textContent).toBe('Done — Reset to train again.')
  })

  it('shows mixed speeds as such, not as the fastest', async () => {
    const el = await mount('fg-lesson-bar', { hasTrainer: true, watching: { speed: null, pauseEachEpoch: false } })
    const select = byTestId(el, 'lesson-speed-host').shadowRoot?.querySelector('select')
    expect(select?.value).toBe('')
  })
  it('links to the app with the lesson’s graph when it is given the link, and not otherwise', async () => {
    const el = await mount('fg-lesson-bar', { hasTrainer: true })
    expect(queryTestId(el, 'lesson-open-app')).toBeNull()
    const linked = await mount('fg-lesson-bar', { hasTrainer: true, appLink: 'https://school.example/flowgrad/index.html#graph=abc' })
    expect(byTestId<HTMLAnchorElement>(linked, 'lesson-open-app').href).toBe('https://school.example/flowgrad/index.html#graph=abc')
  })
})

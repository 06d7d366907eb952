import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { appState, openApp } from './helpers/app.ts'
import { dragConnection, dropNode } from './helpers/canvas.ts'

const session = useBrowserSession()

describe('building a graph by hand', () => {
  it('builds iris → standardize → Dense(32, relu) → Dense(3, softmax) → trainer with a loss and Adam, runs it and draws the curve', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url)
    await page.setViewportSize({ width: 1600, height: 900 })
    await page.getByTestId('toolbar-new').click()
    await expect.poll(() => appState<number>(page, 's.doc.nodes.length')).toBe(0)

    await dropNode(page, 'data/iris', 60, 80)
    await dropNode(page, 'preprocess/standardize', 60, 260)
    await dropNode(page, 'model/dense', 330, 80)
    await dropNode(page, 'model/dense', 330, 300)
    await dropNode(page, 'loss/categorical-crossentropy', 600, 40)
    await dropNode(page, 'optimizer/adam', 600, 420)
    await dropNode(page, 'train/trainer', 600, 200)
    await dropNode(page, 'plot/training-curves', 860, 120)
    await expect.poll(() => appState<string[]>(page, 's.doc.nodes.map((n) => n.id)')).toEqual(['iris', 'standardize', 'dense', 'dense-2', 'categorical-crossentropy', 'adam', 'trainer', 'training-curves'])

    // The second Dense: 3 units with softmax, set in the inspector.
    await page.getByTestId('node-dense-2').getByTestId('node-title').click()
    await page.getByTestId('param-units-input').fill('3')
    await page.getByTestId('param-units-input').press('Enter')
    await page.getByTestId('param-activation').selectOption('softmax')
    await page.getByTestId('node-trainer').getByTestId('node-title').click()
    await page.getByTestId('param-epochs-input').fill('20')
    await page.getByTestId('param-epochs-input').press('Enter')

    await dragConnection(page, ['iris', 'dataset'], ['standardize', 'data'])
    await dragConnection(page, ['standardize', 'dataset'], ['dense', 'data'])
    await dragConnection(page, ['dense', 'model'], ['dense-2', 'model'])
    await dragConnection(page, ['dense-2', 'model'], ['trainer', 'model'])
    await dragConnection(page, ['categorical-crossentropy', 'loss'], ['trainer', 'loss'])
    await dragConnection(page, ['adam', 'optimizer'], ['trainer', 'optimizer'])
    await dragConnection(page, ['trainer', 'training'], ['training-curves', 'runs'])
    await expect.poll(() => appState<number>(page, 's.doc.connections.length')).toBe(7)

    await page.getByTestId('toolbar-play').click()
    await expect.poll(() => page.getByTestId('status-epoch').textContent(), { timeout: 60_000 }).toBe('20')
    const chart = page.getByTestId('node-training-curves').getByTestId('chart')
    // The node's chart is painted in the worker a few times a second: wait for the last picture.
    await expect.poll(() => chart.getAttribute('data-point-count')).toBe('40')
    expect(await chart.getAttribute('data-series-count')).toBe('2')
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)
})

import type { Locator, Page } from 'playwright-core'

/** The socket of a node's port on the canvas. */
export function socket(page: Page, nodeId: string, side: 'input' | 'output', port: string): Locator {
  return page.getByTestId(`node-${nodeId}`).getByTestId(`${side}-${port}`).getByTestId('socket')
}

type Box = { x: number; y: number; width: number; height: number }

/** Where an element is once it stops moving (a zoom to fit or a layout may still be under way). */
async function settledBox(page: Page, locator: Locator): Promise<Box | null> {
  let last = await locator.boundingBox()
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(50)
    const box = await locator.boundingBox()
    if (box && last && box.x === last.x && box.y === last.y && box.width === last.width) return box
    last = box
  }
  return last
}

/** Drags a connection from an output socket to an input socket with the mouse, as a user does. */
export async function dragConnection(page: Page, from: [string, string], to: [string, string]): Promise<void> {
  const a = await settledBox(page, socket(page, from[0], 'output', from[1]))
  const b = await settledBox(page, socket(page, to[0], 'input', to[1]))
  if (!a || !b) throw new Error(`socket not visible: ${from.join('.')} or ${to.join('.')}`)
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 })
  await page.mouse.up()
}

/** Drags a node type from the palette onto the canvas at (x, y) pixels from its top-left. */
export async function dropNode(page: Page, type: string, x: number, y: number): Promise<void> {
  const item = page.getByTestId(`palette-item-${type.replace('/', '-')}`)
  await item.dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } })
}

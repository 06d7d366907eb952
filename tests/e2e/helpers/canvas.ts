import type { Locator, Page } from 'playwright-core'

/** The socket of a node's port on the canvas. */
export function socket(page: Page, nodeId: string, side: 'input' | 'output', port: string): Locator {
  return page.getByTestId(`node-${nodeId}`).getByTestId(`${side}-${port}`).getByTestId('socket')
}

/** Drags a connection from an output socket to an input socket with the mouse, as a user does. */
export async function dragConnection(page: Page, from: [string, string], to: [string, string]): Promise<void> {
  const a = await socket(page, from[0], 'output', from[1]).boundingBox()
  const b = await socket(page, to[0], 'input', to[1]).boundingBox()
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

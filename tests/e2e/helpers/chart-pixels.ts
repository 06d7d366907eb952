import type { Locator } from 'playwright-core'

/**
 * How many pixels of legend or title text (ECharts' #333 type: dark grey, where the palette's
 * lines are coloured and the grid lines light) lie inside a live chart's plot, found from the
 * drawn pixels: the plot is the box the y axis line (the longest column of the axes' blue-grey
 * #6e7079) and the x axis line bound. 0 when nothing is written over the plot.
 */
export async function textOverPlot(chart: Locator): Promise<number> {
  const png = (await chart.locator('canvas').screenshot()).toString('base64')
  return chart.page().evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const [w, h] = [image.width, image.height]
    const canvas = new OffscreenCanvas(w, h)
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D
    ctx.drawImage(image, 0, 0)
    const px = ctx.getImageData(0, 0, w, h).data
    const at = (x: number, y: number) => [px[4 * (y * w + x)], px[4 * (y * w + x) + 1], px[4 * (y * w + x) + 2]]
    // The axes' blue-grey, not grey type anti-aliased to a similar shade.
    const axis = (x: number, y: number) => {
      const [r, g, b] = at(x, y)
      return Math.abs(r - 110) < 14 && Math.abs(g - 112) < 14 && Math.abs(b - 121) < 14 && b - r >= 6
    }
    const text = (x: number, y: number) => {
      const [r, g, b] = at(x, y)
      return r < 120 && g < 120 && b < 120 && Math.abs(r - g) < 12 && Math.abs(g - b) < 12
    }
    // The y axis line: the longest unbroken column of axis colour in the left half.
    let [left, top, bottom] = [0, 0, -1]
    for (let x = 0; x < w / 2; x++) {
      for (let y = 0, start = 0; y <= h; y++) {
        if (y < h && axis(x, y)) continue
        if (y - 1 - start > bottom - top) [left, top, bottom] = [x, start, y - 1]
        start = y + 1
      }
    }
    let right = left
    for (let x = left; x < w; x++) if (axis(x, bottom)) right = x
    let count = 0
    for (let y = top + 1; y < bottom - 1; y++) for (let x = left + 2; x < right; x++) if (text(x, y)) count++
    return count
  }, png)
}

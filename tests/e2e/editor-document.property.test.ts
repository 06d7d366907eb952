// Property: whatever the user does on the canvas, the canvas shows the document. 1,000
// random sequences of editor operations on random graphs, each applied the way the app
// applies it (connections and moves through Rete's own editor and area, as a drag does;
// the rest through the controller and store, as the buttons and keys do); after each
// sequence the canvas's nodes and connections equal the document's, and the document
// saves, loads and saves again to the same bytes.
import { describe, expect, it } from 'vitest'
import { useBrowserSession } from './helpers/session.ts'
import { openApp } from './helpers/app.ts'
import { createRegistry } from '../../nodes/index.ts'
import { serializeGraph } from '../../src/graph/index.ts'
import type { GraphDocument } from '../../src/graph/index.ts'
import { randomGraph, randomOps, seeded } from './helpers/editor-ops.ts'
import type { EditorOp } from './helpers/editor-ops.ts'
import { applyOpsInPage } from './helpers/apply-ops.ts'
import { reloadText } from './helpers/reload-text.ts'

const session = useBrowserSession()
// FLOWGRAD_PROPERTY_SEQUENCES=50 for a quicker run while working on the editor.
const SEQUENCES = Number(process.env.FLOWGRAD_PROPERTY_SEQUENCES ?? 1000)
const OPS_PER_SEQUENCE = 6

describe('the canvas and the document', () => {
  it('agree after 1,000 random sequences of editor operations, and every document saves, loads and saves to the same bytes', async () => {
    const { page, errors } = await openApp(session.chromium, session.app.url)
    await page.setViewportSize({ width: 1440, height: 900 })
    const catalog = createRegistry()
    const random = seeded(20261130)
    for (let i = 0; i < SEQUENCES; i++) {
      const start = randomGraph(catalog, random)
      const ops: EditorOp[] = randomOps(catalog, random, OPS_PER_SEQUENCE)
      const result = await page.evaluate(applyOpsInPage, { start, ops })
      const context = `sequence ${i}: ${JSON.stringify(ops)}`
      expect(result.canvasNodes, context).toEqual(result.docNodes)
      expect(result.canvasConnections, context).toEqual(result.docConnections)
      const doc = JSON.parse(result.docJson) as GraphDocument
      const saved = serializeGraph(doc)
      expect(reloadText(saved, catalog), context).toBe(saved)
    }
    expect(errors).toEqual([])
    await page.close()
  }, 900_000)
})

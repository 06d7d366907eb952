import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { loadGraphFile } from '../../src/cli/load-graph.ts'
import { exportGraph } from '../../src/export/index.ts'
import { EXAMPLES, examplePath, fixturePath, requirePython } from './helpers.ts'

// Keras 3 cannot be installed on these machines, so the Keras scripts are held to golden
// files, reviewed by eye and run against real Keras elsewhere: a change to the generated
// text shows in the diff. UPDATE_GOLDEN=1 rewrites them. The iris example's golden is the
// whole script; the others hold what differs between graphs (the docstring and the graph
// section), since the rest is the same text each time.
const GOLDEN = join(import.meta.dirname, 'golden')
const WHOLE = 'iris-standardization'
/** The test graphs with every Sequential-era layer kind and callback (see layers.test.ts). */
const FIXTURES = ['iris-sequential', 'iris-layer-nodes']
const pathOf = (graph: string): string => (FIXTURES.includes(graph) ? fixturePath(graph) : examplePath(graph))

function goldenPart(example: string, script: string): string {
  if (example === WHOLE) return script
  const quotes = '"'.repeat(3)
  const docstringEnd = script.indexOf(`${quotes}\n`, script.indexOf(quotes) + 3) + 4
  return `${script.slice(0, docstringEnd)}\n# … the same helpers as in ${WHOLE}.keras.py …\n\n${script.slice(script.indexOf('# --- The graph'))}`
}

const scripts = new Map<string, Promise<string>>()

/** The Keras train.py of an example, exported once per test file. */
function kerasScript(example: string): Promise<string> {
  let script = scripts.get(example)
  if (!script) scripts.set(example, (script = exportScript(example)))
  return script
}

async function exportScript(example: string): Promise<string> {
  const registry = createRegistry()
  const files = await exportGraph(loadGraphFile(pathOf(example), registry), registry, { to: 'keras', weights: 'initial' })
  const script = files.find((f) => f.path === 'train.py')?.contents
  if (typeof script !== 'string') throw new Error('the Keras export wrote no train.py')
  return script
}

describe.each([...EXAMPLES, ...FIXTURES])('the Keras export of %s', (example) => {
  const golden = join(GOLDEN, `${example}.keras.py`)

  it('writes the train.py its golden file holds', async () => {
    const script = goldenPart(example, await kerasScript(example))
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, script)
    expect(existsSync(golden), `no golden file ${golden}: run UPDATE_GOLDEN=1 npx vitest run tests/export/keras-golden.test.ts and review it`).toBe(true)
    expect(script).toBe(readFileSync(golden, 'utf8'))
  })

  it('writes a train.py that compiles as Python', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowgrad-keras-')), 'train.py')
    writeFileSync(path, await kerasScript(example))
    const r = spawnSync(requirePython(), ['-m', 'py_compile', path], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
})

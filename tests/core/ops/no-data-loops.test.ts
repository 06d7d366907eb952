/**
 * Loops over tensor data belong in the kernels (src/core/kernels), where a faster set
 * can replace them. This test reads the ops and autograd as text and fails on:
 * - a loop (for, while, do) not listed in ALLOWED below, each of which walks shapes,
 *   arguments or graph nodes, never tensor values;
 * - an element of tensor storage indexed by a variable, under the names the ops give
 *   storage (`.data[i]`, `dy[i]`, `dx[i]`, `out[i]`, …), with or without a loop around
 *   it; a literal index (`out[0]`) picks one value, which is not a loop's work.
 * Array methods (map, reduce) are not checked: the ops use them on shapes and axes only.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const FOLDERS = ['src/core/ops', 'src/core/autograd']

const ALLOWED: ReadonlyArray<{ file: string; loop: string; why: string }> = [
  { file: 'src/core/ops/shape.ts', loop: 'for (const d of resolved)', why: 'reshape checks each dimension of the requested shape' },
  { file: 'src/core/ops/shape.ts', loop: 'for (let i = 0; i < indices.length; i++)', why: 'gatherRows checks its index argument before a kernel reads rows' },
  { file: 'src/core/autograd/backward.ts', loop: 'while (stack.length > 0)', why: 'the depth-first walk over graph nodes' },
  { file: 'src/core/autograd/backward.ts', loop: 'for (let i = order.length - 1; i >= 0; i--)', why: 'visits graph nodes in reverse topological order' },
  { file: 'src/core/autograd/backward.ts', loop: 'for (const [t, g] of grads)', why: 'hands each leaf its gradient' },
  { file: 'src/core/autograd/backward.ts', loop: 'for (const t of tensors)', why: 'zeroGrad drops gradient references' },
  { file: 'src/core/autograd/functional.ts', loop: 'for (const x of list)', why: 'GradientTape checks each source was watched' },
  { file: 'src/core/autograd/record.ts', loop: 'for (const p of parents)', why: 'looks for a parent that requires a gradient' },
]

/** Storage, by the names the ops give it, indexed by a variable: what a data loop reads or writes. */
const STORAGE_ACCESS = /(?:\.data|\b(?:dy|dx|dz|dst|out|back|y|g|grad)) *\[ *[A-Za-z_$]/

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name.replaceAll('\\', '/')}`)
}

/** The file's code without its comments, which may mention loops in prose. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
}

/** Each loop's header, e.g. `for (let i = 0; i < n; i++)`, found by balancing its parentheses. */
function loopHeaders(text: string): string[] {
  const headers: string[] = []
  for (const match of text.matchAll(/\b(for|while)\s*\(|\bdo\s*\{/g)) {
    if (match[0].startsWith('do')) {
      headers.push('do {')
      continue
    }
    let depth = 0
    let end = match.index + match[0].length - 1
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++
      else if (text[end] === ')' && --depth === 0) break
    }
    headers.push(text.slice(match.index, end + 1))
  }
  return headers
}

const files = FOLDERS.flatMap(sources)

describe('the ops and autograd leave loops over tensor data to the kernels', () => {
  it('read the files they are meant to check', () => {
    expect(files).toContain('src/core/ops/binary.ts')
    expect(files).toContain('src/core/autograd/backward.ts')
  })

  it.each(files)('%s holds no loop outside the allowed list', (file) => {
    const allowed = ALLOWED.filter((a) => a.file === file).map((a) => a.loop)
    const unexpected = loopHeaders(code(file)).filter((header) => !allowed.includes(header))
    expect(unexpected).toEqual([])
  })

  it.each(files)('%s reads and writes no tensor storage element', (file) => {
    const lines = code(file).split('\n').filter((line) => STORAGE_ACCESS.test(line))
    expect(lines).toEqual([])
  })

  it('finds every allowed loop where it is listed, so the list holds no stale entry', () => {
    const stale = ALLOWED.filter((a) => !loopHeaders(code(a.file)).includes(a.loop))
    expect(stale).toEqual([])
  })
})

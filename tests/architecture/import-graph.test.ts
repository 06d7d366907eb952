import { describe, expect, it } from 'vitest'
import { parseImports } from './import-graph.ts'

const FILE = 'src/core/models/fit.ts'

describe('parseImports', () => {
  it('resolves a relative import against the importing file', () => {
    expect(parseImports(FILE, "import { check } from '../errors.ts'")).toEqual([{ specifier: '../errors.ts', target: 'src/core/errors.ts', typeOnly: false }])
  })

  it('reads a named list spread over several lines', () => {
    const text = "import {\n  a,\n  b,\n} from './training.ts'"
    expect(parseImports(FILE, text).map((e) => e.target)).toEqual(['src/core/models/training.ts'])
  })

  it('marks import type as type-only', () => {
    expect(parseImports(FILE, "import type { Tensor } from '../tensor.ts'")[0].typeOnly).toBe(true)
  })

  it('keeps an import whose names are each marked type, since verbatimModuleSyntax keeps it', () => {
    expect(parseImports(FILE, "import { type Tensor } from '../tensor.ts'")[0].typeOnly).toBe(false)
  })

  it('reads re-exports, default-plus-named imports and namespace imports', () => {
    const text = ["export { fit } from './fit.ts'", "export * from './a.ts'", "import x, { y } from './b.ts'", "import * as c from './c.ts'"].join('\n')
    expect(parseImports(FILE, text).map((e) => e.specifier)).toEqual(['./fit.ts', './a.ts', './b.ts', './c.ts'])
  })

  it('reads side-effect and dynamic imports', () => {
    const text = "import './styles.css'\nconst m = await import('./layout.ts')"
    expect(parseImports(FILE, text).map((e) => e.specifier)).toEqual(['./styles.css', './layout.ts'])
  })

  it('names a package import with no target file', () => {
    expect(parseImports(FILE, "import { html } from 'lit'")).toEqual([{ specifier: 'lit', target: null, typeOnly: false }])
  })

  it('ignores an import written inside a comment', () => {
    expect(parseImports(FILE, " * import { x } from './x.ts' is how")).toEqual([])
  })

  it('drops a Vite query suffix from the target', () => {
    expect(parseImports('src/editor/a.ts', "import W from './worker.ts?worker'")[0].target).toBe('src/editor/worker.ts')
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, so that module names read as "src/core/tensor.ts". */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface ImportEdge {
  /** The specifier as written: "./tensor.ts", "lit", "rete-area-plugin". */
  readonly specifier: string
  /** The imported file relative to the root, or null for a package ("lit", "node:fs"). */
  readonly target: string | null
  /**
   * `import type` / `export type … from`: erased when compiled (verbatimModuleSyntax keeps
   * every other import), so it cannot change which module loads first or drag code along.
   */
  readonly typeOnly: boolean
}

// An import clause: default, namespace, named list, or default plus one of the others.
const CLAUSE = String.raw`(?:[\w$]+\s*,\s*)?(?:\*\s*as\s+[\w$]+|\{[^}]*\}|[\w$]+)`
// Anchored at a line start, so that an "import" in a comment or a string is not read:
// the project's statements all begin their line.
const STATIC = new RegExp(String.raw`^[ \t]*(?:import|export)\s+(type\s+)?(?:${CLAUSE}|\*(?:\s*as\s+[\w$]+)?)\s*from\s*['"]([^'"]+)['"]`, 'gm')
const SIDE_EFFECT = /^[ \t]*import\s*['"]([^'"]+)['"]/gm
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

function edge(file: string, specifier: string, typeOnly: boolean): ImportEdge {
  // Vite suffixes such as "?worker" or "?raw" name the same file.
  const path = specifier.replace(/\?.*$/, '')
  const target = path.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), path)) : null
  return { specifier, target, typeOnly }
}

/** The imports of one module's text; `file` is its path relative to the root. */
export function parseImports(file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = []
  for (const m of text.matchAll(STATIC)) edges.push(edge(file, m[2], m[1] !== undefined))
  for (const m of text.matchAll(SIDE_EFFECT)) edges.push(edge(file, m[1], false))
  for (const m of text.matchAll(DYNAMIC)) edges.push(edge(file, m[1], false))
  return edges
}

/** Every .ts file under the folders, relative to the root, in a stable order. */
export function sourceFiles(folders: readonly string[]): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) files.push(path)
    }
  }
  folders.forEach(walk)
  return files.sort()
}

/** The import graph of the files: each file's imports as they appear in its text. */
export function importGraph(files: readonly string[]): Map<string, ImportEdge[]> {
  return new Map(files.map((file) => [file, parseImports(file, readFileSync(join(ROOT, file), 'utf8'))]))
}

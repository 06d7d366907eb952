import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Reference numbers computed with NumPy/SciPy from the chapter's own code. The files are
 * copied from the team's shared/reference so the suite runs from a fresh clone alone.
 */
export function loadReference<T>(name: string): T {
  const path = fileURLToPath(new URL(`../reference/${name}`, import.meta.url))
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const IRIS_EXAMPLE = join(ROOT, 'examples/iris-standardization.flowgrad.json')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the real `flowgrad` bin in a child process, as a user would. */
export function flowgrad(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/flowgrad.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'flowgrad-cli-'))
}

/** Writes a graph file (text as given, so broken JSON stays broken) and returns its path. */
export function writeGraph(dir: string, name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}


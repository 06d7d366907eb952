import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { ExportFile } from '../export/index.ts'
import { UserError } from './user-error.ts'

function reason(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e)
}

/** Moves the staged files into an existing folder, one rename each (same file system, so each is atomic). */
function moveInto(staging: string, out: string, files: readonly ExportFile[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(out, f.path)), { recursive: true })
    renameSync(join(staging, f.path), join(out, f.path))
  }
}

/**
 * Writes an export's files to `out` without leaving half of it behind: everything is
 * written to a staging folder beside `out` first, then moved in place. A folder that
 * cannot be made or written is one line, and nothing of the export remains.
 */
export function writeExport(out: string, files: readonly ExportFile[]): void {
  const target = resolve(out)
  if (existsSync(target) && !statSync(target).isDirectory()) throw new UserError([`--out ${out}: is a file, not a folder`], 1)
  const parent = dirname(target)
  let madeParent: string | undefined
  let staging: string | undefined
  try {
    madeParent = mkdirSync(parent, { recursive: true })
    staging = mkdtempSync(join(parent, `.${basename(target)}-export-`))
    // mkdtemp makes a private folder; the export is an ordinary one.
    chmodSync(staging, 0o777 & ~process.umask())
    for (const f of files) {
      mkdirSync(dirname(join(staging, f.path)), { recursive: true })
      writeFileSync(join(staging, f.path), f.contents)
    }
    if (existsSync(target)) moveInto(staging, target, files)
    else renameSync(staging, target)
  } catch (e) {
    if (madeParent) rmSync(madeParent, { recursive: true, force: true })
    throw new UserError([`--out ${out}: cannot write the export there (${reason(e)})`], 1)
  } finally {
    if (staging && existsSync(staging)) rmSync(staging, { recursive: true, force: true })
  }
}

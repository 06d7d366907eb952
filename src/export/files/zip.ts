import { zipSync } from 'fflate'
import type { ExportFile } from './export-file.ts'

/**
 * An export as one zip archive, its files under one folder: what the editor's Export menu
 * downloads, since a browser saves one file at a time.
 */
export function exportZip(folder: string, files: readonly ExportFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {}
  const encoder = new TextEncoder()
  for (const f of files) entries[`${folder}/${f.path}`] = typeof f.contents === 'string' ? encoder.encode(f.contents) : f.contents
  return zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') })
}

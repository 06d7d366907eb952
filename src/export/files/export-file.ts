/** One file of an export, by its path inside the export folder ("data/iris.csv"). */
export interface ExportFile {
  readonly path: string
  readonly contents: string | Uint8Array
}

export function textFile(path: string, text: string): ExportFile {
  return { path, contents: text }
}

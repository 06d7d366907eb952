import { zipSync } from 'fflate'
import type { NpyArray } from './npy.ts'
import { encodeNpy } from './npy.ts'

/**
 * NumPy's .npz: a zip of one .npy file per named array (`np.load(path)[name]`). Deflated,
 * which np.load reads as well as stored entries; fflate writes the zip in Node and browsers.
 */
export function encodeNpz(arrays: ReadonlyMap<string, NpyArray>): Uint8Array {
  const entries: Record<string, Uint8Array> = {}
  for (const [name, array] of arrays) entries[`${name}.npy`] = encodeNpy(array)
  // A fixed date keeps the bytes the same from one export to the next.
  return zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') })
}

/**
 * NumPy's .npy format (version 1.0): a magic string, a Python-dict header padded with
 * spaces to a multiple of 64 bytes, then the raw little-endian values in C order. Small
 * and documented, so it is written here; `np.load` reads it back bit for bit.
 */

export type NpyArray =
  | { readonly dtype: 'float32'; readonly shape: readonly number[]; readonly data: Float32Array }
  | { readonly dtype: 'int32'; readonly shape: readonly number[]; readonly data: Int32Array }
  | { readonly dtype: 'uint8'; readonly shape: readonly number[]; readonly data: Uint8Array }

const DESCR = { float32: '<f4', int32: '<i4', uint8: '|u1' } as const

function header(array: NpyArray): string {
  const shape = array.shape.length === 1 ? `(${array.shape[0]},)` : `(${array.shape.join(', ')})`
  const dict = `{'descr': '${DESCR[array.dtype]}', 'fortran_order': False, 'shape': ${shape}, }`
  // magic (6) + version (2) + header length (2) + dict + padding + newline ≡ 0 (mod 64)
  const unpadded = 10 + dict.length + 1
  return dict + ' '.repeat((64 - (unpadded % 64)) % 64) + '\n'
}

export function encodeNpy(array: NpyArray): Uint8Array {
  const size = array.shape.reduce((a, b) => a * b, 1)
  if (size !== array.data.length) throw new Error(`npy: shape [${array.shape.join(', ')}] holds ${size} values but ${array.data.length} were given`)
  const text = header(array)
  const out = new Uint8Array(10 + text.length + array.data.byteLength)
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0) // "\x93NUMPY", version 1.0
  new DataView(out.buffer).setUint16(8, text.length, true)
  for (let i = 0; i < text.length; i++) out[10 + i] = text.charCodeAt(i)
  if (array.dtype === 'uint8') {
    out.set(array.data, 10 + text.length)
    return out
  }
  const values = new DataView(out.buffer, 10 + text.length)
  for (let i = 0; i < array.data.length; i++) {
    if (array.dtype === 'float32') values.setFloat32(i * 4, array.data[i], true)
    else values.setInt32(i * 4, array.data[i], true)
  }
  return out
}

export function float32Array(values: ArrayLike<number>, shape: readonly number[]): NpyArray {
  return { dtype: 'float32', shape, data: Float32Array.from(values) }
}

export function int32Array(values: ArrayLike<number>, shape: readonly number[]): NpyArray {
  return { dtype: 'int32', shape, data: Int32Array.from(values) }
}

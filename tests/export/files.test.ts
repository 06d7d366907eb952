import { describe, expect, it } from 'vitest'
import { encodeNpy, float32Array, int32Array } from '../../src/export/files/npy.ts'
import { float32Text } from '../../src/export/files/numbers.ts'
import { jsonText } from '../../src/export/files/json.ts'
import { exportZip } from '../../src/export/files/zip.ts'
import { unzipSync } from 'fflate'

const headerLength = (bytes: Uint8Array): number => new DataView(bytes.buffer).getUint16(8, true)

describe('encodeNpy', () => {
  it('pads the header so that the values start at a multiple of 64 bytes', () => {
    expect((10 + headerLength(encodeNpy(float32Array([1, 2, 3], [3])))) % 64).toBe(0)
  })

  it("describes a matrix's dtype and shape as NumPy reads them", () => {
    const bytes = encodeNpy(int32Array([1, 2, 3, 4, 5, 6], [2, 3]))
    const header = new TextDecoder().decode(bytes.subarray(10, 10 + headerLength(bytes)))
    expect(header.trimEnd()).toBe("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }")
  })

  it('stores the values little-endian after the header', () => {
    const bytes = encodeNpy(float32Array([1.5, -2], [2]))
    const values = new DataView(bytes.buffer, 10 + headerLength(bytes))
    expect([values.getFloat32(0, true), values.getFloat32(4, true)]).toEqual([1.5, -2])
  })

  it('stores bytes (dropout masks) one per value as NumPy\'s |u1', () => {
    const bytes = encodeNpy({ dtype: 'uint8', shape: [2, 2], data: Uint8Array.from([1, 0, 0, 1]) })
    const header = new TextDecoder().decode(bytes.subarray(10, 10 + headerLength(bytes)))
    expect([header.trimEnd(), [...bytes.subarray(10 + headerLength(bytes))]]).toEqual(["{'descr': '|u1', 'fortran_order': False, 'shape': (2, 2), }", [1, 0, 0, 1]])
  })

  it('refuses a shape that does not hold the values given', () => {
    expect(() => encodeNpy(float32Array([1, 2, 3], [2, 2]))).toThrow('npy: shape [2, 2] holds 4 values but 3 were given')
  })
})

describe('float32Text', () => {
  it('writes a float32 as the shortest decimal that reads back as it', () => {
    expect(float32Text(Math.fround(5.1))).toBe('5.1')
  })

  it('keeps every digit a float32 needs', () => {
    const v = Math.fround(0.123456789)
    expect(Math.fround(Number(float32Text(v)))).toBe(v)
  })
})

describe('jsonText', () => {
  it('keeps a row of numbers on one line', () => {
    expect(jsonText({ input: [[1, 2], [3, 4]] })).toBe('{\n  "input": [\n    [1,2],\n    [3,4]\n  ]\n}')
  })
})

describe('exportZip', () => {
  it('puts every file of an export under one folder of the archive, contents unchanged', () => {
    const zip = exportZip('iris-pytorch', [
      { path: 'train.py', contents: 'print(1)\n' },
      { path: 'data/rows.npz', contents: new Uint8Array([1, 2, 3]) },
    ])
    const files = unzipSync(zip)
    expect(Object.keys(files).sort()).toEqual(['iris-pytorch/data/rows.npz', 'iris-pytorch/train.py'])
    expect([new TextDecoder().decode(files['iris-pytorch/train.py']), [...files['iris-pytorch/data/rows.npz']]]).toEqual(['print(1)\n', [1, 2, 3]])
  })
})

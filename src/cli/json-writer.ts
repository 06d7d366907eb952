/**
 * Writes a JSON-serializable value (as JSON.stringify takes it) to a file piece by piece, indented like JSON.stringify(value, null, 2)
 * except that a leaf row (an array of numbers, or an object of scalars) stays on one line.
 * run.json can hold a weight vector per training step — hundreds of megabytes for a large
 * network, more than one JavaScript string can hold — so it is never built as one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs'

const CHUNK = 1 << 20

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object'
}

/** A row written on one line: numbers or scalars in an array, or an object whose values are all scalars. */
function isLeafRow(v: unknown): boolean {
  if (Array.isArray(v)) return v.every(isScalar)
  return v !== null && typeof v === 'object' && Object.values(v).every(isScalar)
}

export function writeJsonFile(path: string, value: unknown): void {
  const fd = openSync(path, 'w')
  let pending = ''
  const write = (text: string): void => {
    pending += text
    if (pending.length >= CHUNK) {
      writeSync(fd, pending)
      pending = ''
    }
  }
  const emit = (v: unknown, indent: string): void => {
    if (isScalar(v) || isLeafRow(v)) {
      write(JSON.stringify(v))
      return
    }
    const inner = `${indent}  `
    if (Array.isArray(v)) {
      if (v.length === 0) return write('[]')
      write('[')
      v.forEach((item, i) => {
        write(`${i === 0 ? '' : ','}\n${inner}`)
        emit(item, inner)
      })
      write(`\n${indent}]`)
      return
    }
    const entries = Object.entries(v as object).filter(([, item]) => item !== undefined)
    if (entries.length === 0) return write('{}')
    write('{')
    entries.forEach(([key, item], i) => {
      write(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `)
      emit(item, inner)
    })
    write(`\n${indent}}`)
  }
  try {
    emit(value, '')
    write('\n')
    writeSync(fd, pending)
  } finally {
    closeSync(fd)
  }
}

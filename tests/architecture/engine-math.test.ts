import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from './import-graph.ts'

// Engines implement Math's transcendental functions as they like (Chromium's V8 and Node's
// differ in the last bit), so what the browser trains and what `flowgrad run` replays would
// drift apart: the numbers a run computes go through src/core/math.ts instead.
const ENGINE_MATH = /\bMath\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)\s*\(/

function callsOf(folders: string[]): string[] {
  return sourceFiles(folders).flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (ENGINE_MATH.test(line) && !line.trimStart().startsWith('*') ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  )
}

describe('numbers a run computes do not depend on the JavaScript engine', () => {
  it('the core, the runtime, the analyses and the nodes call no Math function an engine may round its own way', () => {
    expect(callsOf(['src/core', 'src/runtime', 'src/analysis', 'nodes'])).toEqual([])
  })

  it('finds such a call where there is one, so an empty list above is a real pass', () => {
    expect(ENGINE_MATH.test('const e = Math.exp(x)')).toBe(true)
    expect(ENGINE_MATH.test('const r = Math.sqrt(x) + Math.max(a, b)')).toBe(false)
  })
})

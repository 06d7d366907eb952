import { describe, expect, it } from 'vitest'
import { lineColumn, locateJsonError } from '../../src/graph/json-text.ts'

describe('locating JSON syntax errors', () => {
  it('valid JSON has no error', () => {
    expect(locateJsonError('{ "a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {} }')).toBeNull()
  })

  it('agrees with JSON.parse on which texts are valid', () => {
    const texts = ['', ' ', '{', '{"a"}', '{"a":}', '[1,]', '{"a":1,}', '01', '1.', '-', '"\\x"', "{'a':1}", '[1 2]', '{"a":1}}', 'tru', '"a\nb"', '[[[]]]', '{"a":{"b":[1,{"c":null}]}}']
    for (const t of texts) {
      let valid = true
      try {
        JSON.parse(t)
      } catch {
        valid = false
      }
      expect(locateJsonError(t) === null, t).toBe(valid)
    }
  })

  it('an unexpected end is reported at the end of the text', () => {
    expect(locateJsonError('{\n  "a": [1,')).toEqual({ offset: 12, line: 2, column: 11, message: 'unexpected end of input: expected a value' })
  })

  it('an unterminated string is reported where it starts', () => {
    expect(locateJsonError('{"title": "abc')).toMatchObject({ line: 1, column: 11, message: 'unterminated string' })
  })

  it('single quotes are named', () => {
    expect(locateJsonError("{'a': 1}")?.message).toBe('unexpected "\'": expected a property name in double quotes')
  })

  it('deep nesting does not overflow the stack', () => {
    expect(locateJsonError('['.repeat(100000))?.message).toBe('unexpected end of input: expected a value')
  })

  it('lineColumn counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})

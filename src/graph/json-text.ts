/**
 * Explains why a text is not valid JSON, with the offset of the first error. The engine's
 * own SyntaxError messages differ between Node versions and often omit the position, so
 * this small recognizer (iterative: deep nesting cannot overflow the stack) finds it.
 */
export interface JsonSyntaxError {
  /** 0-based offset of the offending character (the text's length at an unexpected end). */
  offset: number
  line: number
  column: number
  message: string
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

function show(text: string, i: number): string {
  if (i >= text.length) return 'end of input'
  return JSON.stringify(text[i])
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0
  const n = text.length
  const stack: ('{' | '[')[] = []
  const fail = (offset: number, message: string): never => {
    throw new Stop(offset, message)
  }
  const skipWs = (): void => {
    while (i < n) {
      const c = text[i]
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++
      else break
    }
  }
  const lastNonWs = (before: number): string | undefined => {
    for (let k = before - 1; k >= 0; k--) if (!/\s/.test(text[k])) return text[k]
    return undefined
  }
  const readString = (): void => {
    const start = i
    i++
    while (true) {
      if (i >= n) fail(start, 'unterminated string')
      const code = text.charCodeAt(i)
      if (code === 0x22) {
        i++
        return
      }
      if (code < 0x20) fail(i, code === 10 ? 'line break inside a string (write \\n)' : 'control character inside a string')
      if (code === 0x5c) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i, 'bad \\u escape: expected 4 hex digits')
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else fail(i, `bad escape ${JSON.stringify('\\' + (e ?? ''))} in a string`)
      } else i++
    }
  }
  const readNumber = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!m) fail(i, `bad number starting with ${show(text, i)}`)
    else i += m[0].length
  }
  const readValue = (): 'open' | 'done' => {
    skipWs()
    const c = text[i]
    if (c === '{' || c === '[') {
      stack.push(c)
      i++
      return 'open'
    }
    if (c === '"') readString()
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) readNumber()
    else if (text.startsWith('true', i)) i += 4
    else if (text.startsWith('false', i)) i += 5
    else if (text.startsWith('null', i)) i += 4
    else if ((c === ']' || c === '}') && lastNonWs(i) === ',') fail(i, `trailing comma before ${JSON.stringify(c)}`)
    else if (c === "'") fail(i, 'strings must use double quotes')
    else fail(i, `unexpected ${show(text, i)}: expected a value`)
    return 'done'
  }
  const readKey = (): void => {
    skipWs()
    if (text[i] === '}' && lastNonWs(i) === ',') fail(i, 'trailing comma before "}"')
    if (text[i] !== '"') fail(i, `unexpected ${show(text, i)}: expected a property name in double quotes`)
    readString()
    skipWs()
    if (text[i] !== ':') fail(i, `unexpected ${show(text, i)}: expected ':' after a property name`)
    i++
  }
  try {
    // state: a value is expected (after '[', ',', ':' or at the start) or one just ended
    let state: 'value' | 'after' = 'value'
    while (true) {
      if (state === 'value') {
        const r = readValue()
        if (r === 'open') {
          skipWs()
          const top = stack[stack.length - 1]
          if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
            stack.pop()
            i++
            state = 'after'
          } else if (top === '{') readKey()
        } else state = 'after'
        continue
      }
      skipWs()
      const top = stack[stack.length - 1]
      if (top === undefined) {
        if (i < n) fail(i, `unexpected ${show(text, i)} after the end of the JSON value`)
        return null
      }
      const close = top === '{' ? '}' : ']'
      if (text[i] === ',') {
        i++
        if (top === '{') readKey()
        state = 'value'
      } else if (text[i] === close) {
        stack.pop()
        i++
      } else {
        fail(i, `unexpected ${show(text, i)}: expected ',' or '${close}' after ${top === '{' ? 'a property value' : 'a list item'}`)
      }
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e
    return { offset: e.offset, ...lineColumn(text, e.offset), message: e.message }
  }
}

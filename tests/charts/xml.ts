/**
 * A tiny XML well-formedness check for the SVG tests (no parser dependency): every tag closes in
 * order, attributes are quoted, and text holds no raw '<' or stray '&'.
 */

export interface XmlCheck {
  ok: boolean
  error?: string
  /** Names of every element, in document order. */
  elements: string[]
  /** Text content of every text node, entities decoded. */
  texts: string[]
}

const NAME = /^[A-Za-z_:][\w:.-]*/
const ENTITY = /^&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/

export function checkXml(source: string): XmlCheck {
  const elements: string[] = []
  const texts: string[] = []
  const stack: string[] = []
  let i = 0
  let seenRoot = false
  const fail = (error: string): XmlCheck => ({ ok: false, error: `${error} at ${i}`, elements, texts })

  while (i < source.length) {
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i)
      if (end < 0) return fail('unclosed processing instruction')
      i = end + 2
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i)
      if (end < 0) return fail('unclosed comment')
      i = end + 3
    } else if (source.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return fail('CDATA outside the root')
      const end = source.indexOf(']]>', i)
      if (end < 0) return fail('unclosed CDATA')
      texts.push(source.slice(i + 9, end))
      i = end + 3
    } else if (source.startsWith('<!', i)) {
      const end = source.indexOf('>', i)
      if (end < 0) return fail('unclosed declaration')
      i = end + 1
    } else if (source.startsWith('</', i)) {
      const name = NAME.exec(source.slice(i + 2))?.[0]
      if (!name) return fail('bad closing tag')
      const open = stack.pop()
      if (open !== name) return fail(`</${name}> closes <${open ?? 'nothing'}>`)
      i += 2 + name.length
      while (/\s/.test(source[i] ?? '')) i++
      if (source[i] !== '>') return fail('bad closing tag end')
      i++
    } else if (source[i] === '<') {
      const name = NAME.exec(source.slice(i + 1))?.[0]
      if (!name) return fail('bad tag name')
      if (stack.length === 0 && seenRoot) return fail('second root element')
      seenRoot = true
      elements.push(name)
      i += 1 + name.length
      const attributes = new Set<string>()
      for (;;) {
        const spaceStart = i
        while (/\s/.test(source[i] ?? '')) i++
        if (source.startsWith('/>', i)) { i += 2; break }
        if (source[i] === '>') { i++; stack.push(name); break }
        if (i === spaceStart) return fail('attributes must be separated by space')
        const attr = NAME.exec(source.slice(i))?.[0]
        if (!attr) return fail('bad attribute name')
        if (attributes.has(attr)) return fail(`duplicate attribute ${attr}`)
        attributes.add(attr)
        i += attr.length
        if (source[i] !== '=') return fail(`attribute ${attr} without value`)
        i++
        const quote = source[i]
        if (quote !== '"' && quote !== "'") return fail(`unquoted attribute ${attr}`)
        const end = source.indexOf(quote, i + 1)
        if (end < 0) return fail('unclosed attribute value')
        const value = source.slice(i + 1, end)
        if (value.includes('<')) return fail(`'<' in attribute ${attr}`)
        if (!entitiesOk(value)) return fail(`bare '&' in attribute ${attr}`)
        i = end + 1
      }
    } else {
      const end = source.indexOf('<', i)
      const text = source.slice(i, end < 0 ? source.length : end)
      if (!entitiesOk(text)) return fail("bare '&' in text")
      if (text.trim() !== '') {
        if (stack.length === 0) return fail('text outside the root')
        texts.push(decode(text))
      }
      i = end < 0 ? source.length : end
    }
  }
  if (stack.length > 0) return fail(`unclosed <${stack[stack.length - 1]}>`)
  if (!seenRoot) return fail('no root element')
  return { ok: true, elements, texts }
}

function entitiesOk(text: string): boolean {
  for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
    if (!ENTITY.test(text.slice(k))) return false
  }
  return true
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9A-Fa-f]+);/g, (_, e: string) => {
    if (e === 'lt') return '<'
    if (e === 'gt') return '>'
    if (e === 'amp') return '&'
    if (e === 'quot') return '"'
    if (e === 'apos') return "'"
    return String.fromCodePoint(e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
  })
}

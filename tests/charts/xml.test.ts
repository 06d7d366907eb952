import { describe, expect, it } from 'vitest'
import { checkXml } from './xml.ts'

describe('checkXml (the tests\' well-formedness check)', () => {
  it('accepts nested elements, self-closing tags, CDATA and entities', () => {
    const xml = checkXml('<svg a="1"><g><path d="M0 0"/></g><style><![CDATA[.a:hover{}]]></style><text>a &amp; b</text></svg>')
    expect(xml.error).toBeUndefined()
    expect(xml.elements).toEqual(['svg', 'g', 'path', 'style', 'text'])
    expect(xml.texts).toContain('a & b')
  })

  it('rejects tags closed out of order, unclosed tags and raw markup in text', () => {
    for (const bad of ['<svg><g></svg></g>', '<svg><g></svg>', '<svg><text>a & b</text></svg>', '<svg><text>a < b</text></svg>', '<svg a=1></svg>', '<svg a="1" a="2"></svg>', '<svg></svg><svg></svg>']) {
      expect(checkXml(bad).ok, bad).toBe(false)
    }
  })
})

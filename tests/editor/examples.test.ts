import { describe, expect, it } from 'vitest'
import { exampleInfos, firstSentence } from '../../src/editor/examples.ts'

describe('the examples list', () => {
  it("takes a description's first sentence, past decimals and parentheses", () => {
    expect(firstSentence('A path from α = (1, −3) with step 0.2 (λ = 0.1). This is the chapter. More.')).toBe('A path from α = (1, −3) with step 0.2 (λ = 0.1).')
  })

  it('takes the whole text when it is one sentence', () => {
    expect(firstSentence('One sentence only')).toBe('One sentence only')
  })

  it('gives every example a summary that begins its description', () => {
    const infos = exampleInfos()
    expect(infos.filter((e) => e.summary === '' || !e.description.startsWith(e.summary)).map((e) => e.id)).toEqual([])
  })
})

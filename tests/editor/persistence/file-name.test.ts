import { describe, expect, it } from 'vitest'
import { graphFileName } from '../../../src/editor/persistence/files.ts'

describe('the name a saved graph file gets', () => {
  it('is the title with the graph file extension', () => {
    expect(graphFileName('Standardization matters')).toBe('Standardization matters.flowgrad.json')
  })

  it('turns a colon and the space after it into one space', () => {
    expect(graphFileName('Playground: learning a spiral')).toBe('Playground learning a spiral.flowgrad.json')
  })

  it('drops the characters file systems refuse and keeps no spaces at the ends', () => {
    expect(graphFileName(' a/b\\c*?"<>|d ')).toBe('a b c d.flowgrad.json')
  })

  it('is "graph" for a title made only of refused characters', () => {
    expect(graphFileName('::')).toBe('graph.flowgrad.json')
  })
})

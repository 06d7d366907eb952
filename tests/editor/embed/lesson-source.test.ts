import { afterEach, describe, expect, it, vi } from 'vitest'
import { readLessonHash, readLessonUrl } from '../../../src/editor/embed/lesson-source.ts'
import { encodeGraphHash } from '../../../src/editor/persistence/share-link.ts'

afterEach(() => vi.unstubAllGlobals())

describe('reading a lesson', () => {
  it('resolves src against the page and returns the file with its URL', async () => {
    const asked: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url)
      return new Response('{"format":"flowgrad"}')
    })
    const read = await readLessonUrl('lessons/a.flowgrad.json', 'https://school.example/course/week-1/page.html')
    expect(asked).toEqual(['https://school.example/course/week-1/lessons/a.flowgrad.json'])
    expect(read).toEqual({ text: '{"format":"flowgrad"}', source: 'https://school.example/course/week-1/lessons/a.flowgrad.json' })
  })

  it('names the URL and the status of a file the server does not have', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404, statusText: 'Not Found' }))
    const read = await readLessonUrl('gone.json', 'https://school.example/c/')
    expect(read).toEqual({ problem: { title: 'The lesson https://school.example/c/gone.json could not be loaded', lines: ['The server answered 404 Not Found.'] } })
  })

  it('names the URL of a request that fails', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const read = await readLessonUrl('https://elsewhere.example/a.json', 'https://school.example/c/')
    expect('problem' in read && read.problem.title).toBe('The lesson https://elsewhere.example/a.json could not be loaded')
    expect('problem' in read && read.problem.lines[0]).toContain('Failed to fetch')
  })

  it('says that an element without src names no graph file', async () => {
    const read = await readLessonUrl(null, 'https://school.example/')
    expect('problem' in read && read.problem.title).toBe('This lesson names no graph file')
  })

  it('reads the graph of an embed page’s #graph= address', async () => {
    expect(await readLessonHash(await encodeGraphHash('{"a":1}'))).toEqual({ text: '{"a":1}', source: 'the graph in the address' })
  })

  it('says that an embed page without #graph= has no graph', async () => {
    const read = await readLessonHash('')
    expect('problem' in read && read.problem.title).toBe('This page shows the graph in its address, and there is none')
  })

  it('says that a damaged #graph= link is damaged', async () => {
    const read = await readLessonHash('#graph=not-a-graph')
    expect('problem' in read && read.problem.lines[0]).toContain('the shared link is damaged')
  })
})

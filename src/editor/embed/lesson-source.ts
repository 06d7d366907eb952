import { decodeGraphHash } from '../persistence/share-link.ts'

/** Why a lesson shows no graph: a heading naming the source, and one line per problem. */
export interface LessonProblem {
  readonly title: string
  readonly lines: readonly string[]
}

/** A lesson's graph text and where it came from (named in messages), or why there is none. */
export type LessonRead = { readonly text: string; readonly source: string } | { readonly problem: LessonProblem }

/**
 * Fetches a lesson file. `src` is resolved against `base` (the embedding page's address), as
 * an image's src would be; messages name the resolved URL, which is what a teacher can check.
 */
export async function readLessonUrl(src: string | null, base: string): Promise<LessonRead> {
  if (src === null || src.trim() === '') {
    return { problem: { title: 'This lesson names no graph file', lines: ['Give the element the address of a graph file: <flowgrad-lesson src="lesson.flowgrad.json">.'] } }
  }
  let url: string
  try {
    url = new URL(src, base).href
  } catch {
    return { problem: { title: 'This lesson’s src is not an address', lines: [`src="${src}" cannot be read as a URL.`] } }
  }
  const failed = (line: string): LessonRead => ({ problem: { title: `The lesson ${url} could not be loaded`, lines: [line] } })
  let response: Response
  try {
    response = await fetch(url)
  } catch (e) {
    return failed(`The request failed (${e instanceof Error ? e.message : String(e)}): is the file there, and served from this site (or with CORS)?`)
  }
  if (!response.ok) return failed(`The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`)
  return { text: await response.text(), source: url }
}

/** The graph in an embed page's address (`embed.html#graph=…`, the app's share-link encoding). */
export async function readLessonHash(hash: string): Promise<LessonRead> {
  const title = 'The graph in this page’s address could not be read'
  try {
    const text = await decodeGraphHash(hash)
    if (text !== null) return { text, source: 'the graph in the address' }
    return { problem: { title: 'This page shows the graph in its address, and there is none', lines: ['Add the graph after #graph= (the link Share copies in Flowgrad ends with one): embed.html#graph=….'] } }
  } catch (e) {
    return { problem: { title, lines: [e instanceof Error ? e.message : String(e)] } }
  }
}

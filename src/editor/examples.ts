import type { ExampleInfo } from './view-types.ts'

// Vite bundles every example file's text into the app, so Examples works offline.
const files = import.meta.glob('../../examples/*.flowgrad.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace('.flowgrad.json', '')
}

export const EXAMPLE_TEXTS: ReadonlyMap<string, string> = new Map(Object.entries(files).map(([path, text]) => [idOf(path), text]))

export const DEFAULT_EXAMPLE = 'iris-standardization'

/** A text's first sentence: up to the first . ! or ? that ends a word before a capital (or the end). */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z]|\s*$)/.exec(text)
  return end ? text.slice(0, end.index + 1) : text
}

export function exampleInfos(): ExampleInfo[] {
  return [...EXAMPLE_TEXTS].map(([id, text]) => {
    const meta = (JSON.parse(text) as { meta?: { title?: string; description?: string } }).meta ?? {}
    const description = meta.description ?? ''
    return { id, title: meta.title ?? id, description, summary: firstSentence(description) }
  })
}

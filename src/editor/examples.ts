import type { ExampleInfo } from './view-types.ts'

// Vite bundles every example file's text into the app, so Examples works offline.
const files = import.meta.glob('../../examples/*.flowgrad.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace('.flowgrad.json', '')
}

export const EXAMPLE_TEXTS: ReadonlyMap<string, string> = new Map(Object.entries(files).map(([path, text]) => [idOf(path), text]))

export const DEFAULT_EXAMPLE = 'iris-standardization'

export function exampleInfos(): ExampleInfo[] {
  return [...EXAMPLE_TEXTS].map(([id, text]) => {
    const meta = (JSON.parse(text) as { meta?: { title?: string; description?: string } }).meta ?? {}
    return { id, title: meta.title ?? id, description: meta.description ?? '' }
  })
}

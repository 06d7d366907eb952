// `npm run gallery`: runs every example headless — through the same runGraph as `flowgrad run
// --png` — and writes its plots to docs/gallery/<example>/, an index docs/gallery/README.md, and
// the Gallery section of README.md (between the gallery markers).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRegistry } from '../nodes/index.ts'
import { runGraph } from '../src/cli/run.ts'
import { loadGraphFile } from '../src/cli/load-graph.ts'
import { capturedOutput } from '../src/cli/captured-output.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const EXAMPLES = join(ROOT, 'examples')
const GALLERY = join(ROOT, 'docs/gallery')
const README = join(ROOT, 'README.md')
/** The chapter's figures in the order the chapter shows them; other examples follow by name. */
const CHAPTER_ORDER = ['gd-vs-sgd', 'nonconvex-slice', 'activation-derivatives', 'keras-summary', 'iris-standardization', 'optimizers-race', 'vanishing-gradients', 'playground-spiral']
const START = '<!-- gallery:start -->'
const END = '<!-- gallery:end -->'

interface Entry {
  name: string
  title: string
  description: string
  images: string[]
  seconds: number
}

/** The first sentence of a description: the idea the example shows. */
function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text)
  return (match ? match[0] : text).trim()
}

function rank(name: string): number {
  const i = CHAPTER_ORDER.indexOf(name)
  return i < 0 ? CHAPTER_ORDER.length : i
}

async function render(name: string): Promise<Entry> {
  const registry = createRegistry()
  const file = join(EXAMPLES, `${name}.flowgrad.json`)
  const out = join(GALLERY, name)
  rmSync(out, { recursive: true, force: true })
  const stderr = capturedOutput()
  const started = performance.now()
  const code = await runGraph({ file, out, sets: [], seed: null, png: true, stderr, stdout: capturedOutput() }, registry)
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`${name}: flowgrad run exited ${code}\n${stderr.text()}`)
  // The gallery shows the figures; the numbers stay in `flowgrad run`'s own output.
  rmSync(join(out, 'run.json'), { force: true })
  const { meta, nodes } = loadGraphFile(file, registry)
  // Images in the order of the plot nodes in the file: <node>.svg, or <node>-<port>.svg for a
  // node with several chart outputs (as runGraph names them).
  const svgs = new Set(readdirSync(out).filter((f) => f.endsWith('.svg')).map((f) => f.replace(/\.svg$/, '')))
  const images = nodes.flatMap((n) => {
    const ports = Object.entries(registry.get(n.type)?.outputs ?? {}).filter(([, o]) => o.type === 'Chart')
    return [n.id, ...ports.map(([port]) => `${n.id}-${port}`)].filter((f) => svgs.has(f))
  })
  return { name, title: meta.title, description: meta.description ?? '', images, seconds }
}

function galleryIndex(entries: readonly Entry[]): string {
  const parts = [
    '# Gallery',
    '',
    'Every example graph in `examples/`, run headless by `npm run gallery` (the same code as',
    '`npx flowgrad run <file> --png`). Open a graph in the editor to watch it train live.',
    '',
  ]
  for (const e of entries) {
    parts.push(`## ${e.title}`, '', e.description, '', `Graph: [examples/${e.name}.flowgrad.json](../../examples/${e.name}.flowgrad.json)`, '')
    for (const image of e.images) parts.push(`[![${e.title}: ${image}](${e.name}/${image}.png)](${e.name}/${image}.svg)`, '')
  }
  return `${parts.join('\n').trimEnd()}\n`
}

function readmeLines(entries: readonly Entry[]): string {
  const link = (e: Entry, image: string): string => `[${image}](${relative(ROOT, join(GALLERY, e.name, `${image}.png`))})`
  return entries.map((e) => `- **${e.title}** (\`examples/${e.name}.flowgrad.json\`): ${firstSentence(e.description)} ${e.images.map((i) => link(e, i)).join(' · ')}`).join('\n')
}

function updateReadme(entries: readonly Entry[]): void {
  const text = readFileSync(README, 'utf8')
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block for the gallery`)
  writeFileSync(README, `${text.slice(0, start + START.length)}\n${readmeLines(entries)}\n${text.slice(end)}`)
}

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const names = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.flowgrad.json'))
    .map((f) => f.replace(/\.flowgrad\.json$/, ''))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  const entries: Entry[] = []
  const started = performance.now()
  for (const name of names) {
    if (only.length > 0 && !only.includes(name)) continue
    const entry = await render(name)
    entries.push(entry)
    process.stdout.write(`${name}: ${entry.images.length} plot${entry.images.length === 1 ? '' : 's'} in ${entry.seconds.toFixed(1)} s\n`)
  }
  if (only.length === 0) {
    writeFileSync(join(GALLERY, 'README.md'), galleryIndex(entries))
    if (existsSync(README)) updateReadme(entries)
  }
  process.stdout.write(`gallery: ${entries.length} examples in ${((performance.now() - started) / 1000).toFixed(1)} s → ${relative(ROOT, GALLERY)}/\n`)
}

await main()

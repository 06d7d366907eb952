import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = fileURLToPath(new URL('../../../', import.meta.url))

/** The lessons the two-lesson page embeds, copied beside it from examples/. */
export const PAGE_LESSONS = ['iris-standardization', 'gd-vs-sgd'] as const

/**
 * A static site as a teacher would put it together: the built app (`npm run build`) in /app/,
 * and at another path, /course/week-1/, a plain HTML page embedding two lessons side by side
 * with the element's script from /app/ and the lesson files beside the page. Returns the
 * site's folder, to serve with serveFolder.
 */
export async function buildEmbedSite(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'flowgrad-embed-'))
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: join(out, 'app'), emptyOutDir: true } })
  const page = join(out, 'course', 'week-1')
  mkdirSync(page, { recursive: true })
  for (const id of PAGE_LESSONS) copyFileSync(join(root, 'examples', `${id}.flowgrad.json`), join(page, `${id}.flowgrad.json`))
  writeFileSync(join(page, 'index.html'), twoLessonsPage())
  return out
}

function twoLessonsPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Week 1: two lessons</title>
  <link rel="icon" href="data:," />
  <script type="module" src="../../app/flowgrad-lesson.js"></script>
  <style>
    body { margin: 0; padding: 16px; font: 16px Georgia, serif; }
    .pair { display: flex; gap: 16px; }
    .pair flowgrad-lesson { flex: 1 1 0; height: 760px; }
  </style>
</head>
<body>
  <h1>Week 1: two lessons</h1>
  <div class="pair">
${PAGE_LESSONS.map((id) => `    <flowgrad-lesson id="${id}" src="${id}.flowgrad.json"></flowgrad-lesson>`).join('\n')}
  </div>
</body>
</html>
`
}

/** Writes a page (or any file) into the site at `path`, e.g. "course/errors.html". */
export function writeSiteFile(site: string, path: string, text: string): void {
  const file = join(site, path)
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, text)
}

/** A plain page with the given body, the element's script taken from /app/ by a relative path. */
export function plainPage(depth: number, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," />
<script type="module" src="${'../'.repeat(depth)}app/flowgrad-lesson.js"></script></head><body>${body}</body></html>`
}

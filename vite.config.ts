/// <reference types="vitest/config" />
import { defineConfig } from 'vite'

export default defineConfig({
  server: { port: 5173 },
  // The runtime worker imports the node catalog: ES modules keep it one code-split bundle.
  worker: { format: 'es' },
  // Relative asset paths: the built app works from any folder of any static host.
  base: './',
  build: {
    // ELK (auto-arrange) is a 1.3 MB chunk loaded only when Arrange is pressed.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The app; the embed page (a lesson in an iframe); and the <flowgrad-lesson> element's
      // module, at a name a plain HTML page can point at: dist/flowgrad-lesson.js.
      input: { index: 'index.html', embed: 'embed.html', 'flowgrad-lesson': 'src/editor/embed/flowgrad-lesson.ts' },
      // The element's module must keep its exports and its stable name.
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: (chunk) => (chunk.name === 'flowgrad-lesson' ? '[name].js' : 'assets/[name]-[hash].js') },
    },
  },
  test: {
    testTimeout: 60_000,
    // The JSON report is what .ci/run counts its closing "N passed, N failed" line from.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], sequence: { groupOrder: 0 } },
      },
      {
        // The browser tests run after the others, one file at a time: they measure the
        // page's responsiveness, which a machine busy with other tests would distort.
        extends: true,
        test: { name: 'e2e', environment: 'node', include: ['tests/e2e/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
})

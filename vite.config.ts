/// <reference types="vitest/config" />
import { defineConfig } from 'vite'

export default defineConfig({
  server: { port: 5173 },
  // The runtime worker imports the node catalog: ES modules keep it one code-split bundle.
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // The JSON report is what .ci/run counts its closing "N passed, N failed" line from.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
  },
})

import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { BrowserContext } from 'playwright-core'

/** Debian's chromium; .ci/browser installs it. Browser downloads do not work here. */
export const CHROMIUM = process.env.FLOWGRAD_CHROMIUM ?? '/usr/bin/chromium'

export interface LaunchedBrowser {
  /** A context over a fresh, throw-away profile (Playwright owns --user-data-dir). */
  context: BrowserContext
  close(): Promise<void>
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    // A missing browser fails the suite: browser tests must run, never be skipped.
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or run .ci/browser)`)
  }
  const profile = mkdtempSync(join(tmpdir(), 'flowgrad-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Copy, paste and Share use the system clipboard.
    permissions: ['clipboard-read', 'clipboard-write'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

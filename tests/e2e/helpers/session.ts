import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './browser.ts'
import type { LaunchedBrowser } from './browser.ts'
import { startApp } from './server.ts'
import type { AppServer } from './server.ts'

export interface BrowserSession {
  readonly app: AppServer
  readonly chromium: LaunchedBrowser
}

/** One app server and one Chromium for the tests of a file, started before and closed after them. */
export function useBrowserSession(): BrowserSession {
  const session = {} as { app: AppServer; chromium: LaunchedBrowser }
  beforeAll(async () => {
    session.app = await startApp()
    session.chromium = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await session.chromium?.close()
    await session.app?.close()
  })
  return session
}

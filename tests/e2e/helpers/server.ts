import { createServer } from 'vite'
import type { ViteDevServer } from 'vite'
import { fileURLToPath } from 'node:url'

export interface AppServer {
  url: string
  close(): Promise<void>
}

/** The app as `npm start` serves it, on a free port of the loopback interface. */
export async function startApp(): Promise<AppServer> {
  const root = fileURLToPath(new URL('../../../', import.meta.url))
  const server: ViteDevServer = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, open: false, strictPort: false },
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string') throw new Error('the app server did not report a port')
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() }
}

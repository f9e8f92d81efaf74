/**
 * A Slidev dev server for a browser test or a benchmark: the CLI itself (not npx, which would leave a second process
 * behind) on a free port of 127.0.0.1, stopped by its own pid.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import process from 'node:process'

export interface DevServer {
  url: string
  port: number
  /** Everything the server printed so far. */
  log: () => string
  stop: () => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => typeof address === 'object' && address
        ? resolvePort(address.port)
        : reject(new Error('no port')))
    })
  })
}

async function waitUntilServing(server: ChildProcess, target: string, log: () => string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (server.exitCode !== null)
      throw new Error(`slidev exited early:\n${log()}`)
    try {
      if ((await fetch(target)).ok)
        return
    }
    catch {}
    await new Promise(r => setTimeout(r, 500))
  }
  throw new Error(`slidev did not answer within ${timeoutMs} ms:\n${log()}`)
}

/** Starts `slidev slides.md --port P ...extra` and waits until slide 1 answers. */
export async function startDevServer(extra: readonly string[] = [], host = 'localhost'): Promise<DevServer> {
  const port = await freePort()
  const url = `http://${host}:${port}`
  let output = ''
  const server = spawn(resolve('node_modules/.bin/slidev'), [
    'slides.md',
    '--port',
    String(port),
    ...extra,
  ], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none' },
  })
  server.stdout?.on('data', chunk => output += String(chunk))
  server.stderr?.on('data', chunk => output += String(chunk))
  const log = (): string => output
  await waitUntilServing(server, `${url}/1`, log, 120_000)
  return {
    url,
    port,
    log,
    async stop() {
      if (server.exitCode !== null)
        return
      const exited = new Promise(r => server.once('exit', r))
      server.kill('SIGTERM')
      await Promise.race([
        exited,
        new Promise(r => setTimeout(r, 5000)),
      ])
      if (server.exitCode === null)
        server.kill('SIGKILL')
    },
  }
}

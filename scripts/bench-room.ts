/**
 * `npm run bench:room [-- --clients 200,500 --edits 20]`: how many phones the laptop's dev server
 * holds. Starts `slidev --remote PASSWORD` on 127.0.0.1, connects lightweight audience clients that
 * speak the same protocol as a browser window (Vite's HMR websocket, where the server broadcasts every
 * scenario change), makes speaker edits (the speaker's own write: a POST with the password), and
 * reports per edit the time until every client holds the new scenario (p50, p95, max over the edits)
 * and how many clients ended on a stale scenario (must be 0). Also checks that a write without the
 * password reaches nobody. Bounded: at most 2,000 clients and 200 edits, each edit waits at most 10 s,
 * and the server is stopped at the end whatever happens. Writes bench/room.json.
 */
import { writeFile } from 'node:fs/promises'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { sharedScenarioKey } from 'slidev-addon-training-cost/server/deck-settings'
import { SPEAKER_HEADER } from 'slidev-addon-training-cost/server/room-guard'
import WebSocket from 'ws'
import { quantile } from './bench/stats'
import { startDevServer } from './lib/dev-server'

/** The talk's shared scenario on the dev server (its headmatter's namespace, `scaling-deck`). */
const SCENARIO_KEY = sharedScenarioKey('scaling-deck')

const PASSWORD = 'bench-room'
const MAX_CLIENTS = 2000
const MAX_EDITS = 200
const EDIT_TIMEOUT_MS = 10_000

interface Audience {
  socket: WebSocket
  /** The MFU of the last scenario this client received. */
  mfu: number | null
  /** When each MFU value arrived (ms, performance.now()). */
  arrivals: Map<number, number>
}

function connect(url: string, token: string): Promise<Audience> {
  return new Promise((resolveClient, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr')
    const client: Audience = {
      socket,
      mfu: null,
      arrivals: new Map(),
    }
    const timer = setTimeout(() => reject(new Error('websocket did not open within 10 s')), 10_000)
    socket.on('open', () => {
      clearTimeout(timer)
      resolveClient(client)
    })
    socket.on('error', reject)
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type?: string, event?: string, data?: { key?: string, data?: { mfu?: unknown } } }
      if (message.type !== 'custom' || message.event !== 'vue-server-ref' || message.data?.key !== SCENARIO_KEY)
        return
      const mfu = message.data.data?.mfu
      if (typeof mfu === 'number') {
        client.mfu = mfu
        client.arrivals.set(mfu, performance.now())
      }
    })
  })
}

async function write(url: string, scenario: Record<string, unknown>, password: string | null): Promise<number> {
  const response = await fetch(`${url}/@server-ref/${SCENARIO_KEY}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...password === null
        ? {}
        : { [SPEAKER_HEADER]: password },
    },
    body: JSON.stringify({
      source: 'bench-speaker',
      data: scenario,
      timestamp: Date.now(),
    }),
  })
  return response.status
}

async function until(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs
  while (performance.now() < end) {
    if (test())
      return true
    await new Promise(r => setTimeout(r, 2))
  }
  return test()
}

async function round(url: string, token: string, count: number, edits: number): Promise<Record<string, number>> {
  const clients: Audience[] = []
  try {
    // Connect in batches, as a room does when the QR code goes up.
    for (let i = 0; i < count; i += 50) {
      clients.push(...await Promise.all(Array.from({
        length: Math.min(50, count - i),
      }, () => connect(url, token))))
    }
    const allMs: number[] = []
    let timedOut = 0
    for (let e = 0; e < edits; e++) {
      // A fresh MFU each edit (0.300, 0.301, ...), so each arrival is unambiguous.
      const mfu = Math.round((0.3 + e / 1000) * 1000) / 1000
      const sent = performance.now()
      const status = await write(url, {
        gpu: 'a100-80gb',
        precision: 'bf16',
        mfu,
        usdPerGpuHour: 1.5,
        gpus: 100_000,
        tokensPerParam: 20,
        goodput: 1,
        pue: 1.1,
        gridGramsCo2PerKwh: 429,
      }, PASSWORD)
      if (status !== 200)
        throw new Error(`the speaker's write was answered ${status}`)
      if (!await until(() => clients.every(c => c.arrivals.has(mfu)), EDIT_TIMEOUT_MS))
        timedOut++
      allMs.push(Math.max(...clients.map(c => (c.arrivals.get(mfu) ?? Number.POSITIVE_INFINITY) - sent)))
    }
    const final = Math.round((0.3 + (edits - 1) / 1000) * 1000) / 1000
    // A forged write (no password) must reach no client.
    const forgedStatus = await write(url, { mfu: 0.07 }, null)
    await new Promise(r => setTimeout(r, 500))
    const stale = clients.filter(c => c.mfu !== final).length
    return {
      clients: count,
      edits,
      allHoldP50Ms: quantile(allMs, 0.5),
      allHoldP95Ms: quantile(allMs, 0.95),
      allHoldMaxMs: Math.max(...allMs),
      editsTimedOut: timedOut,
      staleClients: stale,
      forgedWriteStatus: forgedStatus,
    }
  }
  finally {
    for (const c of clients)
      c.socket.terminate()
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '200,500' },
      edits: { type: 'string', default: '20' },
    },
  })
  const counts = values.clients.split(',').map(Number)
  const edits = Number(values.edits)
  if (counts.some(n => !Number.isInteger(n) || n < 1 || n > MAX_CLIENTS) || !Number.isInteger(edits) || edits < 1 || edits > MAX_EDITS) {
    console.error(`bench:room: --clients takes counts from 1 to ${MAX_CLIENTS}, --edits 1 to ${MAX_EDITS}`)
    process.exit(2)
  }
  const server = await startDevServer([
    '--remote',
    PASSWORD,
    '--bind',
    '127.0.0.1',
  ], '127.0.0.1')
  try {
    const client = await (await fetch(`${server.url}/@vite/client`)).text()
    const token = /const wsToken = "([^"]*)"/.exec(client)?.[1]
    if (token === undefined)
      throw new Error('no websocket token in /@vite/client')
    const results = []
    for (const count of counts) {
      const result = await round(server.url, token, count, edits)
      results.push(result)
      console.log(`${String(count).padStart(5)} clients: every client holds the edit after p50 ${result.allHoldP50Ms!.toFixed(1)} ms, p95 ${result.allHoldP95Ms!.toFixed(1)} ms, max ${result.allHoldMaxMs!.toFixed(1)} ms; stale ${result.staleClients}; forged write answered ${result.forgedWriteStatus}`)
    }
    await writeFile('bench/room.json', `${JSON.stringify({
      measured: new Date().toISOString(),
      node: process.version,
      results,
    }, null, 2)}\n`)
    if (results.some(r => r.staleClients !== 0 || r.forgedWriteStatus !== 403))
      process.exitCode = 1
  }
  finally {
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

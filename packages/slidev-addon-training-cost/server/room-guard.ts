/**
 * The dev server's half of "only the speaker moves the numbers" (a Vite plugin, listed in
 * vite.config.ts).
 *
 * The assumptions travel through `vite-plugin-vue-server-ref`, which Slidev runs, as do its own slide
 * position and drawings: a window writes with `POST /@server-ref/KEY`, and the server keeps the value
 * and broadcasts it to every window over its websocket. That POST is the only way a client can change
 * shared state (the plugin listens to no websocket message), so this guard sits in front of it:
 *
 * - `slidev --remote PASSWORD`: a write is accepted only with the header `x-deck-speaker: PASSWORD`
 *   (compared in constant time). Anything else is answered 403, logged once per address, and never
 *   reaches the shared state or another window.
 * - without `--remote` (the server listens on localhost only), or `--remote` without a password:
 *   every window may write, as before.
 *
 * Slidev itself would hand the password to every window in its config module: that module is
 * rewritten so it never carries it (server/configs-password.ts).
 *
 * It also serves `virtual:deck-room`: whether the room is remote, and the server's network addresses
 * (so the "Join" code points phones at an address they can open, not at localhost). Never the password.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin, ViteDevServer } from 'vite'
import { Buffer } from 'node:buffer'
import { timingSafeEqual } from 'node:crypto'
import process from 'node:process'
import { SPEAKER_HEADER } from '../composables/speaker-fetch'
import { CONFIGS_ID, hidePassword } from './configs-password'
import { DEFAULT_NAMESPACE, speakerPasswordKey } from './deck-settings'

export { SPEAKER_HEADER }

const VIRTUAL_ID = 'virtual:deck-room'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
/** Every shared state the server relays to the room: the scenario, and Slidev's slide position and drawings. */
const GUARDED_PREFIXES = ['/@server-ref/', '/@server-reactive/']

/** What the room is: `null` without `--remote`; `''` with `--remote` and no password. */
export type RemotePassword = string | null

/**
 * The `--remote` password from Slidev's own command line, as its parser reads it: `--remote PW`,
 * `--remote=PW`, or `--remote` alone (no password: anyone may control).
 *
 * @example
 * remotePasswordFromArgv(['node', 'slidev', 'slides.md', '--remote', 'secret']) // 'secret'
 * remotePasswordFromArgv(['node', 'slidev', 'slides.md', '--remote', '--port', '3030']) // ''
 * remotePasswordFromArgv(['node', 'slidev', 'slides.md']) // null
 */
export function remotePasswordFromArgv(argv: readonly string[]): RemotePassword {
  for (const [i, arg] of argv.entries()) {
    if (arg.startsWith('--remote='))
      return arg.slice('--remote='.length)
    if (arg === '--remote') {
      const next = argv[i + 1]
      return next !== undefined && !next.startsWith('-')
        ? next
        : ''
    }
  }
  return null
}

/**
 * Whether a write carrying `proof` may change what the room sees.
 *
 * @example
 * mayWrite(undefined, null) // true: no --remote, localhost only
 * mayWrite('secret', 'secret') // true
 * mayWrite('guess', 'secret') // false
 */
export function mayWrite(proof: string | string[] | undefined, password: RemotePassword): boolean {
  if (password === null || password === '')
    return true
  if (typeof proof !== 'string')
    return false
  const given = Buffer.from(proof)
  const expected = Buffer.from(password)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function isSharedStateWrite(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.url)
    return false
  const path = req.url.split('?')[0] ?? ''
  return GUARDED_PREFIXES.some(prefix => path.startsWith(prefix))
}

export interface RoomGuardOptions {
  /** The password; read from Slidev's command line when not given. */
  password?: RemotePassword
  /** Where refusals are reported (once per address). */
  log?: (line: string) => void
  /** The deck's sessionStorage key of a speaker's password (namespaced per deck). */
  speakerPasswordKey?: string
}

/** The room as the page sees it. */
export interface RoomInfo {
  remote: boolean
  networkUrls: string[]
}

export function roomGuard(options: RoomGuardOptions = {}): Plugin {
  const password = options.password !== undefined
    ? options.password
    : remotePasswordFromArgv(process.argv)
  const log = options.log ?? ((line: string) => console.warn(line))
  const passwordKey = options.speakerPasswordKey ?? speakerPasswordKey(DEFAULT_NAMESPACE)
  const refused = new Set<string>()
  let server: ViteDevServer | null = null

  function refuse(req: IncomingMessage, res: ServerResponse): void {
    const from = req.socket.remoteAddress ?? 'unknown'
    if (!refused.has(from)) {
      refused.add(from)
      log(`[deck] refused a change of the shared state (${req.url}) from ${from}: only the speaker (a window with the --remote password) may change what the room sees`)
    }
    // The body is left unread: the request ends here, and nothing of it is kept or broadcast.
    res.statusCode = 403
    res.setHeader('Content-Type', 'text/plain; charset=utf-8')
    res.end('Only the speaker may change the scenario.')
  }

  return {
    name: 'deck:room-guard',
    enforce: 'pre',
    configureServer(dev) {
      server = dev
      if (password === '')
        log('[deck] --remote without a password: every window may change the scenario')
      // Registered before vite-plugin-vue-server-ref's own middleware (enforce: 'pre').
      dev.middlewares.use((req, res, next) => {
        if (isSharedStateWrite(req) && !mayWrite(req.headers[SPEAKER_HEADER], password))
          refuse(req, res)
        else
          next()
      })
    },
    resolveId(id) {
      return id === VIRTUAL_ID
        ? RESOLVED_ID
        : null
    },
    transform(code, id) {
      if (password === null || password === '' || id !== CONFIGS_ID)
        return null
      const hidden = hidePassword(code, password, passwordKey)
      if (hidden === null)
        log('[deck] could not take the --remote password out of Slidev\'s config module: a window could read it there')
      return hidden
    },
    load(id) {
      if (id !== RESOLVED_ID)
        return null
      const info: RoomInfo = {
        remote: server !== null && password !== null,
        networkUrls: server?.resolvedUrls?.network ?? [],
      }
      return `export default ${JSON.stringify(info)}`
    },
  }
}

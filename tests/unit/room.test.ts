// Who may change what the room sees: the window's role, and the server's guard in front of the write.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ViteDevServer } from 'vite'
import { createHash } from 'node:crypto'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { decideRole, heldPassword, SPEAKER_PASSWORD_KEY } from '../../packages/slidev-addon-training-cost/composables/room-role'
import { isSharedStateWrite } from '../../packages/slidev-addon-training-cost/composables/speaker-fetch'
import { hidePassword, SHA256_SOURCE } from '../../packages/slidev-addon-training-cost/server/configs-password'
import { mayWrite, remotePasswordFromArgv, roomGuard, SPEAKER_HEADER } from '../../packages/slidev-addon-training-cost/server/room-guard'

function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    getItem: k => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: k => void map.delete(k),
    clear: () => map.clear(),
    key: i => [
      ...map.keys(),
    ][i] ?? null,
    get length() { return map.size },
  }
}

describe('the window\'s role', () => {
  it('is the speaker\'s without --remote, and with --remote but no password', () => {
    expect(decideRole({ remote: false, configured: undefined, held: null })).toBe('speaker')
    expect(decideRole({ remote: true, configured: '', held: null })).toBe('speaker')
  })

  it('with --remote PASSWORD, is the speaker\'s only when it holds the password', () => {
    expect(decideRole({ remote: true, configured: 'secret', held: 'secret' })).toBe('speaker')
    expect(decideRole({ remote: true, configured: 'secret', held: null })).toBe('audience')
    expect(decideRole({ remote: true, configured: 'secret', held: 'Secret' })).toBe('audience')
  })

  it('keeps a password from the link for the tab, so moving between slides keeps the role', () => {
    const session = memoryStorage()
    expect(heldPassword('?password=secret&clicks=1', session)).toBe('secret')
    expect(session.getItem(SPEAKER_PASSWORD_KEY)).toBe('secret')
    expect(heldPassword('?clicks=2', session)).toBe('secret')
    expect(heldPassword('', memoryStorage())).toBeNull()
  })
})

describe('the --remote password, read off Slidev\'s command line', () => {
  it.each([
    [
      ['slides.md', '--remote', 'secret'],
      'secret',
    ],
    [
      [
        'slides.md',
        '--remote=secret',
        '--port',
        '3030',
      ],
      'secret',
    ],
    [
      [
        'slides.md',
        '--remote',
        '--port',
        '3030',
      ],
      '',
    ],
    [
      ['slides.md', '--port', '3030'],
      null,
    ],
  ])('%j → %j', (args, expected) => {
    expect(remotePasswordFromArgv(['node', 'slidev', ...args])).toBe(expected)
  })

  it('a write passes with the exact password only', () => {
    expect(mayWrite(undefined, null)).toBe(true)
    expect(mayWrite(undefined, '')).toBe(true)
    expect(mayWrite('secret', 'secret')).toBe(true)
    expect(mayWrite('secre', 'secret')).toBe(false)
    expect(mayWrite(['secret'], 'secret')).toBe(false)
    expect(mayWrite(undefined, 'secret')).toBe(false)
  })
})

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** The guard's middleware, as Vite would install it, with a log to read. */
function guard(password: string | null): { handle: (req: Partial<IncomingMessage>) => { passed: boolean, status: number | null }, logged: string[] } {
  const logged: string[] = []
  let middleware: Middleware | null = null
  const plugin = roomGuard({
    password,
    log: line => logged.push(line),
  })
  const server = {
    middlewares: {
      use: (m: Middleware) => { middleware = m },
    },
  } as unknown as ViteDevServer
  ;(plugin.configureServer as (s: ViteDevServer) => void)(server)
  return {
    logged,
    handle(req) {
      let passed = false
      const res = {
        statusCode: null as number | null,
        setHeader: () => {},
        end: () => {},
      }
      middleware!({
        headers: {},
        socket: { remoteAddress: '192.168.1.50' },
        ...req,
      } as IncomingMessage, res as unknown as ServerResponse, () => { passed = true })
      return { passed, status: res.statusCode }
    },
  }
}

describe('the server\'s guard', () => {
  it('with a password, refuses a scenario write without it (403), and logs once per address', () => {
    const g = guard('secret')
    expect(g.handle({ method: 'POST', url: '/@server-ref/assumptions' })).toEqual({ passed: false, status: 403 })
    expect(g.handle({ method: 'POST', url: '/@server-reactive/assumptions/' })).toEqual({ passed: false, status: 403 })
    expect(g.handle({
      method: 'POST',
      url: '/@server-ref/assumptions',
      headers: { [SPEAKER_HEADER]: 'guess' },
    })).toEqual({ passed: false, status: 403 })
    expect(g.logged.filter(l => l.includes('refused'))).toHaveLength(1)
  })

  it('passes the speaker\'s write, and leaves reads alone', () => {
    const g = guard('secret')
    expect(g.handle({
      method: 'POST',
      url: '/@server-ref/assumptions',
      headers: { [SPEAKER_HEADER]: 'secret' },
    }).passed).toBe(true)
    expect(g.handle({ method: 'GET', url: '/@server-ref/assumptions' }).passed).toBe(true)
    expect(g.handle({ method: 'POST', url: '/@slidev/configs' }).passed).toBe(true)
  })

  it('guards Slidev\'s own shared state too: the slide position and drawings', () => {
    const g = guard('secret')
    expect(g.handle({ method: 'POST', url: '/@server-reactive/nav' }).status).toBe(403)
    expect(g.handle({ method: 'POST', url: '/@server-ref/drawings?diff' }).status).toBe(403)
    expect(g.handle({
      method: 'POST',
      url: '/@server-reactive/nav',
      headers: { [SPEAKER_HEADER]: 'secret' },
    }).passed).toBe(true)
  })

  it('without --remote, every window may write, as before', () => {
    expect(guard(null).handle({ method: 'POST', url: '/@server-ref/assumptions' }).passed).toBe(true)
  })
})

describe('the config module Slidev serves, without the password', () => {
  const sha256 = runInNewContext(`${SHA256_SOURCE}; deckSha256`, {
    TextEncoder,
    Uint8Array,
    DataView,
    Math,
  }) as (text: string) => string

  it.each([
    '',
    'abc',
    'hall-42',
    'ü€😀',
    'x'.repeat(55),
    'x'.repeat(56),
    'x'.repeat(64),
    'x'.repeat(200),
  ])('the page\'s SHA-256 of %j is node:crypto\'s', (text) => {
    expect(sha256(text)).toBe(createHash('sha256').update(text).digest('hex'))
  })

  it('carries a salted hash instead of the password', () => {
    const code = 'export default {"title":"Talk","remote":"hall-42","slidesTitle":"Talk"}'
    const hidden = hidePassword(code, 'hall-42', 'my-talk:speaker-password')
    expect(hidden).not.toBeNull()
    // The tab keeps a typed password under the deck's own (namespaced) key.
    expect(hidden).toContain('const deckKey = "my-talk:speaker-password"')
    expect(hidden).not.toContain('hall-42')
    expect(hidden).toContain('"remote":null')
    expect(hidePassword('export default {"remote":"other"}', 'hall-42', 'my-talk:speaker-password')).toBeNull()
  })
})

describe('the speaker\'s fetch', () => {
  const origin = 'http://192.168.1.20:3030'

  it('adds the password to shared-state writes only', () => {
    expect(isSharedStateWrite('/@server-reactive/nav', { method: 'POST' }, origin)).toBe(true)
    expect(isSharedStateWrite(`${origin}/@server-ref/assumptions`, { method: 'post' }, origin)).toBe(true)
    expect(isSharedStateWrite('/@server-ref/assumptions', undefined, origin)).toBe(false)
    expect(isSharedStateWrite('/slides/12', { method: 'POST' }, origin)).toBe(false)
    expect(isSharedStateWrite('http://elsewhere.test/@server-ref/nav', { method: 'POST' }, origin)).toBe(false)
  })
})

/**
 * Slidev hands its `--remote` password to every window in plain text: `configs.remote` in the
 * `/@slidev/configs` module, which its client compares with `?password=` to open the presenter view.
 * An attendee who reads that module would hold the password, and with it the right to write. This
 * rewrite (served by the room guard) keeps the password off the wire: the module carries only a
 * salted SHA-256 of it, and `configs.remote` becomes a getter that gives the password back to a
 * window that already holds it (its link's `?password=`, or what it typed at Slidev's prompt, kept for
 * the tab) and an unguessable per-server token to everyone else. Slidev's own checks then behave as
 * before for the speaker, and a window without the password never sees it.
 *
 * The page needs the hash synchronously (Slidev reads `configs.remote` in a route guard) and
 * `crypto.subtle` exists only on https or localhost, not on the LAN address a phone opens, so the
 * page gets a small SHA-256 of its own: SHA256_SOURCE, checked against node:crypto in the tests.
 */
import { createHash, randomBytes } from 'node:crypto'

/** A plain-JS SHA-256 of a UTF-8 string, as hex: runs in any browser, with no dependency. */
export const SHA256_SOURCE = `function deckSha256(text) {
  const bytes = new TextEncoder().encode(text)
  const k = []
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
  for (let n = 2, found = 0; found < 64; n++) {
    let prime = true
    for (let d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break }
    if (prime) { k.push((Math.cbrt(n) % 1) * 4294967296 | 0); found++ }
  }
  const length = ((bytes.length + 9 + 63) >> 6) << 6
  const data = new Uint8Array(length)
  data.set(bytes)
  data[bytes.length] = 0x80
  const view = new DataView(data.buffer)
  view.setUint32(length - 4, bytes.length * 8)
  view.setUint32(length - 8, Math.floor(bytes.length / 536870912))
  const w = new Array(64)
  for (let offset = 0; offset < length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4)
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15], b = w[i - 2]
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3)
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10)
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0
    }
    let [A, B, C, D, E, F, G, H] = h
    for (let i = 0; i < 64; i++) {
      const S1 = ((E >>> 6) | (E << 26)) ^ ((E >>> 11) | (E << 21)) ^ ((E >>> 25) | (E << 7))
      const t1 = (H + S1 + ((E & F) ^ (~E & G)) + k[i] + w[i]) | 0
      const S0 = ((A >>> 2) | (A << 30)) ^ ((A >>> 13) | (A << 19)) ^ ((A >>> 22) | (A << 10))
      const t2 = (S0 + ((A & B) ^ (A & C) ^ (B & C))) | 0
      H = G; G = F; F = E; E = (D + t1) | 0; D = C; C = B; B = A; A = (t1 + t2) | 0
    }
    h[0] = (h[0] + A) | 0; h[1] = (h[1] + B) | 0; h[2] = (h[2] + C) | 0; h[3] = (h[3] + D) | 0
    h[4] = (h[4] + E) | 0; h[5] = (h[5] + F) | 0; h[6] = (h[6] + G) | 0; h[7] = (h[7] + H) | 0
  }
  return h.map(x => (x >>> 0).toString(16).padStart(8, '0')).join('')
}`

/** The id Slidev serves its resolved config under. */
export const CONFIGS_ID = '/@slidev/configs'

/**
 * Rewrite Slidev's config module so that it no longer carries `password`. Returns null when the
 * module does not hold it (no password, or a Slidev that changed the module's shape: then the guard
 * still refuses writes without the password, and the README's caveat applies).
 */
export function hidePassword(code: string, password: string, passwordKey: string): string | null {
  const field = `"remote":${JSON.stringify(password)}`
  if (!code.startsWith('export default {') || !code.includes(field))
    return null
  const salt = randomBytes(16).toString('hex')
  const token = `not-the-password-${randomBytes(16).toString('hex')}`
  const hash = createHash('sha256').update(salt + password).digest('hex')
  return `${SHA256_SOURCE}
const deckConfigs = ${code.slice('export default '.length).replace(field, '"remote":null')}
const deckSalt = ${JSON.stringify(salt)}
const deckHash = ${JSON.stringify(hash)}
const deckKey = ${JSON.stringify(passwordKey)}
function deckHeld() {
  const candidates = []
  try { candidates.push(new URLSearchParams(location.search).get('password')) } catch {}
  try { candidates.push(sessionStorage.getItem(deckKey)) } catch {}
  return candidates.find(c => typeof c === 'string' && deckSha256(deckSalt + c) === deckHash) ?? null
}
// Slidev asks for the password with prompt(): what the speaker types is kept for the tab when right.
const deckPrompt = window.prompt.bind(window)
window.prompt = (...args) => {
  const typed = deckPrompt(...args)
  if (typeof typed === 'string' && deckSha256(deckSalt + typed) === deckHash) {
    try { sessionStorage.setItem(deckKey, typed) } catch {}
  }
  return typed
}
Object.defineProperty(deckConfigs, 'remote', { enumerable: true, get: () => deckHeld() ?? ${JSON.stringify(token)} })
export default deckConfigs
`
}

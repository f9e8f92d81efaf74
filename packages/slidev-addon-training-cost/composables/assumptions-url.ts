/**
 * The shareable link: assumptions in the query string under the command line's option names
 * (`?gpu=h100-sxm&mfu=0.4&price=2.5&gpus=4096`). Plain TypeScript, unit-tested.
 */
import type { AssumptionKey, Assumptions } from 'llm-training-cost'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, fieldSpec } from 'llm-training-cost'
import { changedFromDefaults, validatePartial } from './assumptions-edit'

export interface ParsedLink {
  /** True when the query names at least one assumption that passed validation. */
  applies: boolean
  /** Defaults overridden by every valid parameter of the link. */
  value: Assumptions
  /** Parameters the link carried but that were not applied, each with the reason. */
  ignored: { param: string, message: string }[]
}

/**
 * Read assumptions from a query string. Never throws: malformed percent-encoding, unknown GPUs,
 * non-numbers and out-of-range values are ignored one by one, each with a message naming the
 * parameter. Parameters that are not assumptions (Slidev's own, e.g. `clicks`) are left alone.
 *
 * @example
 * parseAssumptionsQuery('?mfu=0.6&gpu=tpu-v9')
 * // { applies: true, value: { ...DEFAULT_ASSUMPTIONS, mfu: 0.6 }, ignored: [{ param: 'gpu', message: 'gpu must be one of ...; got "tpu-v9"' }] }
 */
export function parseAssumptionsQuery(search: string, defaults: Assumptions = DEFAULT_ASSUMPTIONS): ParsedLink {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  }
  catch {
    return {
      applies: false,
      value: { ...defaults },
      ignored: [
        { param: '?', message: 'the query string could not be read' },
      ],
    }
  }
  const raw: Partial<Record<AssumptionKey, unknown>> = {}
  const ignored: ParsedLink['ignored'] = []
  for (const key of ASSUMPTION_KEYS) {
    const param = fieldSpec(key).option
    const values = params.getAll(param)
    const value = values.at(-1)
    if (value === undefined)
      continue
    if (values.length > 1)
      ignored.push({ param, message: `${param} was given ${values.length} times; the last one is used` })
    if (value.includes('\uFFFD')) {
      ignored.push({ param, message: `${param} is not valid percent-encoded text` })
      continue
    }
    raw[key] = value
  }
  const checked = validatePartial(defaults, raw)
  for (const { key, message } of checked.rejected)
    ignored.push({ param: fieldSpec(key).option, message })
  return { applies: checked.kept.length > 0, value: checked.value, ignored }
}

/** The query string (without `?`) that reproduces `a`: only the values that differ from the defaults. */
export function assumptionsQuery(a: Assumptions, defaults: Assumptions = DEFAULT_ASSUMPTIONS): string {
  const params = new URLSearchParams()
  const changed = new Set(changedFromDefaults(a, defaults))
  for (const key of ASSUMPTION_KEYS) {
    // Precision follows the GPU unless it was chosen: always say it when the GPU changed too.
    if (changed.has(key) || (key === 'precision' && changed.has('gpu')))
      params.set(fieldSpec(key).option, String(a[key]))
  }
  return params.toString()
}

/** Remove the assumption parameters (and any `also` named) from a query string, keeping Slidev's own. */
export function withoutAssumptionParams(search: string, also: readonly string[] = []): string {
  const params = new URLSearchParams(search)
  for (const key of ASSUMPTION_KEYS)
    params.delete(fieldSpec(key).option)
  for (const name of also)
    params.delete(name)
  return params.toString()
}

/**
 * The link to share: the audience view of the current slide (never the presenter view) with the
 * scenario in its query string.
 *
 * @example
 * shareableLink('http://localhost:3030/presenter/12?clicks=1', { ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
 * // 'http://localhost:3030/12?clicks=1&mfu=0.6'
 */
export function shareableLink(href: string, a: Assumptions, defaults: Assumptions = DEFAULT_ASSUMPTIONS): string {
  const url = new URL(href)
  url.pathname = url.pathname.replace(/\/presenter(?=\/|$)/, '')
  if (url.pathname === '')
    url.pathname = '/'
  // The speaker's password stays with the speaker: the link the audience gets never carries it.
  const rest = withoutAssumptionParams(url.search, ['password'])
  const scenario = assumptionsQuery(a, defaults)
  url.search = [rest, scenario].filter(Boolean).join('&')
  url.hash = ''
  return url.toString()
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The link a phone in the room opens (the "Join" code): the shareable link, on the server's network
 * address when this window is on a loopback one (a phone cannot open the laptop's localhost).
 *
 * @example
 * audienceLink('http://localhost:3030/presenter/12?password=pw', DEFAULT_ASSUMPTIONS, ['http://192.168.1.20:3030/'])
 * // 'http://192.168.1.20:3030/12'
 */
export function audienceLink(href: string, a: Assumptions, networkUrls: readonly string[], defaults: Assumptions = DEFAULT_ASSUMPTIONS): string {
  const url = new URL(shareableLink(href, a, defaults))
  const network = networkUrls[0]
  if (network !== undefined && LOOPBACK_HOSTS.has(url.hostname)) {
    const reachable = new URL(network)
    url.protocol = reachable.protocol
    url.host = reachable.host
  }
  return url.toString()
}

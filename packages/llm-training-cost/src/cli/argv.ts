/** What node:util parseArgs needs help with on these command lines. */

/** A value that starts with a dash but is a (negative or infinite) number, not an option. */
export const NEGATIVE_NUMBER = /^-(?:\d|\.\d|inf)/i

/**
 * node:util parseArgs reads "--price -1" as an option "-1"; join such pairs into "--price=-1" so a
 * negative value reaches validation and is reported as out of range, not as a missing value.
 *
 * @example
 * joinNegativeValues(['--price', '-1'], name => name === 'price') // ['--price=-1']
 */
export function joinNegativeValues(argv: readonly string[], isValueOption: (name: string) => boolean): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    if (arg.startsWith('--') && !arg.includes('=') && isValueOption(arg.slice(2)) && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    }
    else {
      out.push(arg)
    }
  }
  return out
}

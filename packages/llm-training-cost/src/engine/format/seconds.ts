/** Short durations (a step, a checkpoint interval) in the unit that reads best. */
const SECONDS = new Intl.NumberFormat('en-US', {
  style: 'unit',
  unit: 'second',
  unitDisplay: 'short',
  maximumSignificantDigits: 3,
})
const MINUTES = new Intl.NumberFormat('en-US', {
  style: 'unit',
  unit: 'minute',
  unitDisplay: 'short',
  maximumSignificantDigits: 3,
})
const HOURS = new Intl.NumberFormat('en-US', {
  style: 'unit',
  unit: 'hour',
  unitDisplay: 'short',
  maximumSignificantDigits: 3,
})

/**
 * Seconds, minutes or hours, three significant digits; "—" for no value.
 *
 * @example
 * formatSeconds(10.94) // '10.9 sec'
 * formatSeconds(156.6) // '2.61 min'
 */
export function formatSeconds(seconds: number | null | undefined): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds))
    return '—'
  if (seconds < 120)
    return SECONDS.format(seconds)
  if (seconds < 7200)
    return MINUTES.format(seconds / 60)
  return HOURS.format(seconds / 3600)
}

/**
 * Time, money and energy of a training run, from its FLOPs and the hardware assumptions.
 */

export const SECONDS_PER_HOUR = 3600
export const SECONDS_PER_DAY = 86_400
/** Average Gregorian month (365.25 / 12 days), for "3 months" style figures. */
export const DAYS_PER_MONTH = 365.25 / 12

/**
 * Accelerator-hours to do `trainingFlops` at a sustained fraction `mfu` of the dense peak, divided by
 * `goodput` (the fraction of booked time that trains; 1 = hours are pure compute).
 *
 * @example
 * gpuHours({ trainingFlops: 1.098e23, peakFlopsPerSecond: 312e12, mfu: 0.45 }) // 217,236 (SemiAnalysis 30B)
 */
export function gpuHours(run: { trainingFlops: number, peakFlopsPerSecond: number, mfu: number, goodput?: number }): number {
  const goodput = run.goodput ?? 1
  return run.trainingFlops / (run.peakFlopsPerSecond * run.mfu) / SECONDS_PER_HOUR / goodput
}

/**
 * Wall-clock seconds when the hours are spread evenly over `gpus` accelerators.
 *
 * @example
 * wallClockSeconds(833_000, 1024) // 2.93e6 s = 33.9 days (Megatron-LM GPT-3 on 1024 A100)
 */
export function wallClockSeconds(gpuHours: number, gpus: number): number {
  return gpuHours * SECONDS_PER_HOUR / gpus
}

/**
 * Seconds to days.
 *
 * @example
 * secondsToDays(2_930_000) // 33.9
 */
export function secondsToDays(seconds: number): number {
  return seconds / SECONDS_PER_DAY
}

/**
 * Compute cost: accelerator-hours × rental price.
 *
 * @example
 * costUsd(217_236, 1.5) // 325,854: SemiAnalysis' "$326k"
 */
export function costUsd(gpuHours: number, usdPerGpuHour: number): number {
  return gpuHours * usdPerGpuHour
}

/**
 * Facility energy in kWh: accelerator-hours × IT watts per accelerator × PUE. The caller picks the
 * watts: the system's power per GPU (host included) or the board power (TDP) alone.
 *
 * @example
 * energyKwh({ gpuHours: 3.552e6, tdpWatts: 300, pue: 1.1 }) // 1.17e6 kWh (GPT-3 on V100; Patterson et al. report 1,287 MWh measured with hosts)
 */
export function energyKwh(run: { gpuHours: number, tdpWatts: number, pue: number }): number {
  return run.gpuHours * run.tdpWatts * run.pue / 1000
}

/**
 * Operational CO₂-equivalent in kilograms for an energy use and grid intensity.
 *
 * @example
 * co2Kg(1_287_000, 429) // 552,123 kg = 552 t CO₂e (Patterson et al. Table 4, GPT-3)
 */
export function co2Kg(energyKwh: number, gridGramsCo2PerKwh: number): number {
  return energyKwh * gridGramsCo2PerKwh / 1000
}

/**
 * FLOPs a cluster delivers in a wall-clock time at a given MFU and goodput: the inverse of
 * `gpuHours` + `wallClockSeconds`.
 *
 * @example
 * clusterFlops({ gpus: 100_000, seconds: 90 * 86_400, peakFlopsPerSecond: 312e12, mfu: 0.6 }) // 1.46e26
 */
export function clusterFlops(run: { gpus: number, seconds: number, peakFlopsPerSecond: number, mfu: number, goodput?: number }): number {
  return run.gpus * run.seconds * run.peakFlopsPerSecond * run.mfu * (run.goodput ?? 1)
}

/**
 * Power, energy and CO2 of a training run from the vendor's system maximum: an 8-GPU server's power
 * (GPUs, CPUs, NICs, NVSwitches, fans) ÷ 8 is the IT load per GPU; PUE (cooling, conversion) on top.
 * Board power × PUE (the older estimate) leaves the host out, which is IT load PUE does not cover.
 */
import type { AcceleratorId } from '../../data/accelerators.ts'
import { SYSTEM_POWER } from '../../data/system-power.ts'
import { getAccelerator } from '../facts/lookup.ts'
import { SECONDS_PER_HOUR } from '../formulas/time-cost.ts'

/**
 * Facility power from board power alone: GPUs × board power (TDP) × PUE, in watts: the older estimate
 * the system-power model is set against (it leaves the host out).
 *
 * @example
 * clusterPowerWatts({ gpus: 100_000, tdpWatts: 400, pue: 1.1 }) // 4.4e7 = 44 MW (100k A100)
 */
export function clusterPowerWatts(cluster: { gpus: number, tdpWatts: number, pue: number }): number {
  return cluster.gpus * cluster.tdpWatts * cluster.pue
}

/**
 * IT watts per GPU: the vendor's system maximum ÷ GPUs per system; null without a system figure.
 *
 * @example
 * systemWattsPerGpu('a100-80gb') // 812.5 (DGX A100 6.5 kW ÷ 8)
 * systemWattsPerGpu('h100-sxm') // 1275 (DGX H100 10.2 kW ÷ 8)
 */
export function systemWattsPerGpu(acceleratorId: AcceleratorId): number | null {
  const system = SYSTEM_POWER.find(s => (s.acceleratorIds as readonly string[]).includes(acceleratorId))
  return system
    ? system.systemMaxWatts / system.gpusPerSystem
    : null
}

export interface ClusterPower {
  /** IT load per GPU (system maximum ÷ 8, or the board power where no system figure exists). */
  itWattsPerGpu: number
  itPowerWatts: number
  /** IT × PUE: what the site draws from the grid. */
  facilityPowerWatts: number
  /** GPUs × board power × PUE: the board-only estimate, for comparison. */
  boardOnlyFacilityWatts: number | null
  basis: 'system' | 'board' | 'given'
}

/**
 * Power of a cluster at full load.
 *
 * @example
 * clusterPowerFromSystems({ gpus: 100_000, acceleratorId: 'a100-80gb', pue: 1.1 })
 * // { itWattsPerGpu: 812.5, itPowerWatts: 8.1e7, facilityPowerWatts: 8.9e7 (89 MW), boardOnlyFacilityWatts: 4.4e7, basis: 'system' }
 */
export function clusterPowerFromSystems(cluster: { gpus: number, acceleratorId: AcceleratorId, pue: number, itWattsPerGpu?: number }): ClusterPower {
  const board = getAccelerator(cluster.acceleratorId).tdpWatts
  const system = systemWattsPerGpu(cluster.acceleratorId)
  const itWattsPerGpu = cluster.itWattsPerGpu ?? system ?? board ?? Number.NaN
  const basis = cluster.itWattsPerGpu !== undefined
    ? 'given'
    : system !== null
      ? 'system'
      : 'board'
  const itPowerWatts = cluster.gpus * itWattsPerGpu
  return {
    itWattsPerGpu,
    itPowerWatts,
    facilityPowerWatts: itPowerWatts * cluster.pue,
    boardOnlyFacilityWatts: board !== null
      ? cluster.gpus * board * cluster.pue
      : null,
    basis,
  }
}

export interface RunEnergy {
  energyKwh: number
  tonnesCo2: number
}

/**
 * Energy and CO2 of a run drawing `facilityPowerWatts` for `wallClockSeconds` (full load throughout:
 * an upper bound, since GPUs idle during restarts draw less).
 *
 * @example
 * runEnergy({ facilityPowerWatts: 8.9e7, wallClockSeconds: 90 * 86_400, gridGramsCo2PerKwh: 429 })
 * // { energyKwh: 1.93e8 (193 GWh), tonnesCo2: 82,700 }
 */
export function runEnergy(run: { facilityPowerWatts: number, wallClockSeconds: number, gridGramsCo2PerKwh: number }): RunEnergy {
  const energyKwh = run.facilityPowerWatts / 1000 * run.wallClockSeconds / SECONDS_PER_HOUR
  return { energyKwh, tonnesCo2: energyKwh * run.gridGramsCo2PerKwh / 1e6 }
}

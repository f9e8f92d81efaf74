/**
 * Power a training cluster draws: the vendor's system maximum for an 8-GPU server (GPUs, CPUs, NICs,
 * NVSwitches, fans, drives), divided by 8. Network switches and storage outside the server are not in it,
 * and PUE (cooling, power conversion) goes on top. Values only; engine/scale-model/power.ts does the arithmetic.
 */
import type { AcceleratorId, StatedAbsences } from './accelerators.ts'
import type { ReferenceLabel, Source } from './source.ts'
import { REFERENCES } from './source.ts'

export interface SystemPower {
  system: string
  /** Accelerators the per-GPU figure applies to. */
  acceleratorIds: readonly AcceleratorId[]
  gpusPerSystem: number
  /** Vendor's maximum system power (IT load at the wall of the server). */
  systemMaxWatts: number
  label: ReferenceLabel
  source: Source
}

export const SYSTEM_POWER = [
  {
    system: 'DGX A100',
    acceleratorIds: ['a100-80gb', 'a100-40gb'],
    gpusPerSystem: 8,
    systemMaxWatts: 6500,
    label: 'SECONDARY',
    source: { ...REFERENCES.dgxA100, where: 'System specifications: "6.5 kW max" (user-guide copy: "Input -> 200-240 volts AC, 6.5 kW max."); SECONDARY: no NVIDIA page read directly', checked: '2026-12-01' },
  },
  {
    system: 'DGX H100 / DGX H200',
    acceleratorIds: ['h100-sxm', 'h200'],
    gpusPerSystem: 8,
    systemMaxWatts: 10_200,
    label: 'SECONDARY',
    source: { ...REFERENCES.dgxH100, where: 'System specifications: "System power usage ~10.2kW max" (three summaries; user guide "10.2 kW max."); one table says ~11.3 kW (unresolved). SECONDARY: datasheet quotes by third parties', checked: '2026-12-01' },
  },
  {
    system: 'DGX B200',
    acceleratorIds: ['b200'],
    gpusPerSystem: 8,
    systemMaxWatts: 14_300,
    label: 'SECONDARY',
    source: { ...REFERENCES.dgxB200, where: 'System specifications: "~14.3kW max" (several datasheet copies); SECONDARY: datasheet copies by third parties', checked: '2026-12-01' },
  },
] as const satisfies readonly SystemPower[]

/** Why neither TPU has one (the same for both). */
const TPU_POWER = 'Google publishes no chip or system power for TPUs (the chip\'s tdpWatts is null): no power figure for a TPU cluster.'

/**
 * Accelerators with no system figure, and why. The power model then counts the board's power
 * (`tdpWatts`) alone (engine/scale-model/power.ts).
 */
export const SYSTEM_POWER_ABSENCES: StatedAbsences = {
  'v100': 'No DGX-1 or DGX-2 system maximum is cited here: the power model counts the V100 board\'s 300 W.',
  'h100-pcie': 'Sold as cards for many makers\' servers: there is no one system maximum to divide, so the power model counts the board.',
  'h800': 'No DGX or HGX H800 system figure has been read here: the power model counts the board.',
  'gb200': 'An NVL72 rack\'s power covers 72 GPUs and 36 Grace CPUs, not an 8-GPU server, and has not been read here: the power model counts the board\'s 1200 W.',
  'tpu-v3': TPU_POWER,
  'tpu-v4': TPU_POWER,
}

/** A published figure for a whole cluster's power, to set beside the model's. */
export interface PublishedClusterPower {
  id: string
  label: string
  gpus: number
  acceleratorId: AcceleratorId
  /** Power as published; what it covers is in `covers`. */
  watts: number
  covers: 'grid approval' | 'critical IT' | 'training run'
  referenceLabel: ReferenceLabel
  source: Source
}

export const PUBLISHED_CLUSTER_POWER = [
  {
    id: 'colossus',
    label: 'xAI Colossus (Memphis), 100k H100: TVA approval',
    gpus: 100_000,
    acceleratorId: 'h100-sxm',
    watts: 150e6,
    covers: 'grid approval',
    referenceLabel: 'SECONDARY',
    source: { ...REFERENCES.tomsHardwareColossus, where: 'TVA approved 150 MW (Nov 2024); "Experts estimate that Musk needs 155MW to run 100,000 GPUs". Press, SECONDARY (quoted)', checked: '2026-12-01' },
  },
  {
    id: 'semianalysis-100k-h100',
    label: 'SemiAnalysis 100k-H100 cluster: critical IT power',
    gpus: 100_000,
    acceleratorId: 'h100-sxm',
    watts: 150e6,
    covers: 'critical IT',
    referenceLabel: 'SECONDARY',
    source: { ...REFERENCES.semianalysis100k, where: '"~150 MW critical IT"; 700 W GPU + ~575 W per GPU for CPU/NIC/PSU; network and storage ~10%. A summary of the article read, not the article: SECONDARY', checked: '2026-12-01' },
  },
] as const satisfies readonly PublishedClusterPower[]

/** Llama 3.1 405B's published GPU-hours and training emissions, to set the model's energy and CO2 beside. */
export const LLAMA31_TRAINING_ENERGY = {
  gpuHours: 30.84e6,
  /** "pre-trained using 3.8 × 10^25 FLOPs" (Llama 3 §1, VERIFIED). */
  trainingFlops: 3.8e25,
  /** Location-based emissions of the 405B pre-training, as the model card prints them. */
  tonnesCo2eLocationBased: 8930,
  acceleratorId: 'h100-sxm',
  boardWatts: 700,
  referenceLabel: 'VERIFIED',
  source: { ...REFERENCES.llama31Card, where: '"Training Energy Use" table: 405B, 30.84M GPU-hours on "H100-80GB (TDP of 700W)", 8,930 t CO2eq location-based (VERIFIED)', checked: '2026-12-01' },
} as const

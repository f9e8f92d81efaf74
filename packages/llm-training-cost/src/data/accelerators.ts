import type { Source } from './source.ts'
import { REFERENCES } from './source.ts'

/**
 * Number formats a training run can compute in. `fp16` is listed because the V100 has no bfloat16:
 * its 16-bit tensor-core peak is FP16.
 */
export const PRECISIONS = ['fp8', 'bf16', 'fp16', 'tf32'] as const
export type Precision = typeof PRECISIONS[number]

export interface Accelerator {
  id: string
  name: string
  /** The name in a list where every row is a chip of the same kind: without the vendor ("A100 SXM 80GB"). */
  shortName: string
  /** `other`: an accelerator a user's data file adds (`--data`), whose maker the file does not state. */
  vendor: 'nvidia' | 'google' | 'other'
  /**
   * Dense peak tensor throughput per chip, by precision. NVIDIA prints Hopper and Blackwell figures
   * "with sparsity" (2:4 structured); those are halved here. A precision the chip lacks is absent.
   */
  peakFlopsPerSecond: Partial<Record<Precision, number>>
  /** HBM capacity as the source states it, in its own unit: NVIDIA in decimal GB, the TPU papers in GiB. */
  memoryAsStated: { value: number, unit: MemoryUnit }
  /** The same capacity in bytes, converted once by `memory()` below: what the engine reads. */
  memoryBytes: number
  memoryBandwidthBytesPerSecond: number
  /**
   * GPU-to-GPU bandwidth inside a node (NVLink), as vendors quote it: both directions summed.
   * Null where no figure is cited here.
   */
  interconnectBandwidthBytesPerSecond: number | null
  /** Board power limit. Null where the vendor publishes none (TPUs). */
  tdpWatts: number | null
  source: Source
}

/** Bytes in each unit a source states memory in. */
export const BYTES_PER_MEMORY_UNIT = { GB: 1e9, GiB: 2 ** 30 } as const
export type MemoryUnit = keyof typeof BYTES_PER_MEMORY_UNIT

/** Memory as the source states it, and in bytes: the one place a unit is converted. */
function memory(value: number, unit: MemoryUnit): Pick<Accelerator, 'memoryAsStated' | 'memoryBytes'> {
  return {
    memoryAsStated: { value, unit },
    memoryBytes: value * BYTES_PER_MEMORY_UNIT[unit],
  }
}

export const ACCELERATORS = [
  {
    id: 'v100',
    name: 'NVIDIA V100 SXM2 32GB',
    shortName: 'V100 SXM2 32GB',
    vendor: 'nvidia',
    // V100 tensor cores do FP16 only: no bf16, no TF32 tensor mode.
    peakFlopsPerSecond: { fp16: 125e12 },
    ...memory(32, 'GB'),
    memoryBandwidthBytesPerSecond: 900e9,
    interconnectBandwidthBytesPerSecond: 300e9,
    tdpWatts: 300,
    source: { ...REFERENCES.nvidiaV100, where: 'Specifications: "Tensor Performance 125 TFLOPS" (SXM2), 32 GB HBM2, "Max Power 300 W" (SECONDARY: read in a third party\'s verbatim copy of the datasheet, not the PDF); 900 GB/s and NVLink 300 GB/s from the Epoch AI chip dataset (SECONDARY)', checked: '2026-11-26' },
  },
  {
    id: 'a100-40gb',
    name: 'NVIDIA A100 SXM 40GB',
    shortName: 'A100 SXM 40GB',
    vendor: 'nvidia',
    // Datasheet: "BFLOAT16 Tensor Core 312 TFLOPS | 624 TFLOPS*", "TF32 156 | 312*" (* = with sparsity).
    peakFlopsPerSecond: { bf16: 312e12, fp16: 312e12, tf32: 156e12 },
    ...memory(40, 'GB'),
    memoryBandwidthBytesPerSecond: 1555e9,
    interconnectBandwidthBytesPerSecond: 600e9,
    tdpWatts: 400,
    source: { ...REFERENCES.nvidiaA100, where: 'Specifications table, A100 40GB SXM column: 312/156 TFLOPS dense, 40GB HBM2, 1,555 GB/s, NVLink 600 GB/s, "Max TDP 400W" (SECONDARY: read in a third party\'s copy of the datasheet; the 312 TFLOP/s peak also in Narayanan et al. 2021 §5, VERIFIED)', checked: '2026-11-26' },
  },
  {
    id: 'a100-80gb',
    name: 'NVIDIA A100 SXM 80GB',
    shortName: 'A100 SXM 80GB',
    vendor: 'nvidia',
    peakFlopsPerSecond: { bf16: 312e12, fp16: 312e12, tf32: 156e12 },
    ...memory(80, 'GB'),
    memoryBandwidthBytesPerSecond: 2039e9,
    interconnectBandwidthBytesPerSecond: 600e9,
    tdpWatts: 400,
    source: { ...REFERENCES.nvidiaA100, where: 'Specifications table, A100 80GB SXM column: 312/156 TFLOPS dense, 80GB HBM2e, 2,039 GB/s, NVLink 600 GB/s, "Max TDP 400W" (SECONDARY: read in a third party\'s copy of the datasheet; the 312 TFLOP/s peak also in Narayanan et al. 2021 §5, VERIFIED)', checked: '2026-11-26' },
  },
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM 80GB',
    shortName: 'H100 SXM 80GB',
    vendor: 'nvidia',
    // Product page: BF16 1,979 / FP8 3,958 / TF32 989 teraFLOPS "with sparsity": halved.
    peakFlopsPerSecond: {
      fp8: 1979e12,
      bf16: 989.5e12,
      fp16: 989.5e12,
      tf32: 494.5e12,
    },
    ...memory(80, 'GB'),
    memoryBandwidthBytesPerSecond: 3.35e12,
    interconnectBandwidthBytesPerSecond: 900e9,
    tdpWatts: 700,
    source: { ...REFERENCES.nvidiaH100, where: 'Specifications, H100 SXM column (sparse figures halved): "BFLOAT16 Tensor Core* 1,979 teraFLOPS", 80GB, 3.35TB/s, NVLink 900GB/s, "Max TDP up to 700W" (SECONDARY: read in third parties\' verbatim copies of the page, not the page; 700 W also in the Llama 3 paper §3.3.1, VERIFIED)', checked: '2026-11-26' },
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe 80GB',
    shortName: 'H100 PCIe 80GB',
    vendor: 'nvidia',
    // Sparse 1,513 (BF16) / 3,026 (FP8) / 756 (TF32) teraFLOPS, halved.
    peakFlopsPerSecond: {
      fp8: 1513e12,
      bf16: 756.5e12,
      fp16: 756.5e12,
      tf32: 378e12,
    },
    ...memory(80, 'GB'),
    memoryBandwidthBytesPerSecond: 2.0e12,
    interconnectBandwidthBytesPerSecond: 600e9,
    tdpWatts: 350,
    // NVIDIA's H100 page no longer has a PCIe column: the PCIe card's own product brief is cited.
    source: { ...REFERENCES.nvidiaH100PcieBrief, where: 'Overview: "maximum thermal design power (TDP) level of 350 W", memory bandwidth "greater than 2,000 gigabytes per second"; 80 GB. The tensor peaks (BF16 1,513, FP8 3,026, TF32 756 TFLOPS with sparsity, halved here) and the 600 GB/s NVLink bridge from NVIDIA\'s former H100 specification table with its PCIe column, and the Epoch AI chip dataset (756 TF, 378 TF, 2.04 TB/s, 350 W). SECONDARY: the brief and the table read in third parties\' copies', checked: '2026-12-07' },
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM 141GB',
    shortName: 'H200 SXM 141GB',
    vendor: 'nvidia',
    // Same Hopper die as H100 SXM: same dense peaks; more and faster HBM.
    peakFlopsPerSecond: {
      fp8: 1979e12,
      bf16: 989.5e12,
      fp16: 989.5e12,
      tf32: 494.5e12,
    },
    ...memory(141, 'GB'),
    memoryBandwidthBytesPerSecond: 4.8e12,
    interconnectBandwidthBytesPerSecond: 900e9,
    tdpWatts: 700,
    source: { ...REFERENCES.mlperfH200, where: 'System JSON: "141 GB", "HBM3e", "18x 4th Gen NVLink, 900GB/s", "H200 TGP 700W"; peaks and 4.8 TB/s from Epoch chip dataset', checked: '2026-11-26' },
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 SXM 180GB (HGX, 1000 W)',
    shortName: 'B200 SXM 180GB (HGX, 1000 W)',
    vendor: 'nvidia',
    // Sparse 4.5 PF (BF16) / 9 PF (FP8) / 2.2 PF (TF32), halved. FP4 (9 PF dense) is not modelled.
    peakFlopsPerSecond: {
      fp8: 4.5e15,
      bf16: 2.25e15,
      fp16: 2.25e15,
      tf32: 1.1e15,
    },
    // 192 GB was announced; shipping HGX parts expose 180 GB (MLPerf "B200-SXM-180GB").
    ...memory(180, 'GB'),
    // 7.7 TB/s is the HGX B200 (180 GB) part's figure; 8 TB/s is DGX B200's "64 TB/s" over 8 GPUs.
    memoryBandwidthBytesPerSecond: 7.7e12,
    interconnectBandwidthBytesPerSecond: 1.8e12,
    tdpWatts: 1000,
    source: { ...REFERENCES.mlperfB200, where: 'System JSON: "NVIDIA B200-SXM-180GB", "14.4 TB/s aggregated" NVLink over 8 GPUs, "B200 TGP 1000W"; peaks from Epoch chip dataset; 7.7 TB/s HBM from the HGX B200 specifications (SECONDARY: NVIDIA\'s HGX B200 specifications as quoted by a third party)', checked: '2026-12-01' },
  },
  {
    id: 'h800',
    name: 'NVIDIA H800 SXM 80GB',
    shortName: 'H800 SXM 80GB',
    vendor: 'nvidia',
    // The export variant of the H100 SXM: the same tensor cores and peaks, NVLink cut to 400 GB/s.
    peakFlopsPerSecond: {
      fp8: 1979e12,
      bf16: 989.5e12,
      fp16: 989.5e12,
      tf32: 494.5e12,
    },
    ...memory(80, 'GB'),
    memoryBandwidthBytesPerSecond: 3.35e12,
    interconnectBandwidthBytesPerSecond: 400e9,
    tdpWatts: 700,
    source: { ...REFERENCES.deepseekV3, where: 'Section 3.1: "2048 NVIDIA H800 GPUs", 8 per node over NVLink and NVSwitch, InfiniBand across nodes. Peaks, 80 GB and 3.35 TB/s as H100 SXM and NVLink 400 GB/s are SECONDARY (no NVIDIA datasheet found; as several third-party write-ups give them); 700 W assumed as H100 SXM', checked: '2026-12-01' },
  },
  {
    id: 'gb200',
    name: 'NVIDIA GB200 (NVL72, per GPU, 1200 W)',
    shortName: 'GB200',
    vendor: 'nvidia',
    // Per Blackwell GPU of an NVL72 rack: 360 PF sparse BF16 / 720 PF sparse FP8 over 72 GPUs, halved.
    peakFlopsPerSecond: {
      fp8: 5e15,
      bf16: 2.5e15,
      fp16: 2.5e15,
      tf32: 1.25e15,
    },
    // The superchip's 372 GB HBM3E and 16 TB/s are for its two GPUs.
    ...memory(186, 'GB'),
    memoryBandwidthBytesPerSecond: 8e12,
    interconnectBandwidthBytesPerSecond: 1.8e12,
    tdpWatts: 1200,
    source: { ...REFERENCES.nvidiaGb200, where: 'Specifications (SECONDARY: the NVL72 page as quoted by third parties): NVL72 FP8 720 PF and BF16 360 PF sparse per 72 GPUs; superchip 372 GB HBM3E, 16 TB/s for two GPUs; NVLink 1.8 TB/s in a 72-GPU domain; up to 1,200 W per GPU', checked: '2026-12-01' },
  },
  {
    id: 'tpu-v3',
    name: 'Google TPU v3',
    shortName: 'TPU v3',
    vendor: 'google',
    peakFlopsPerSecond: { bf16: 123e12 },
    ...memory(32, 'GiB'),
    memoryBandwidthBytesPerSecond: 900e9,
    interconnectBandwidthBytesPerSecond: null,
    tdpWatts: null,
    source: { ...REFERENCES.tpuV4, where: 'Table comparing TPU v3 and v4: 123 peak bf16 TFLOPS, 32 GiB HBM, 900 GB/s (123 TF also in Patterson et al. 2021)', checked: '2026-11-26' },
  },
  {
    id: 'tpu-v4',
    name: 'Google TPU v4',
    shortName: 'TPU v4',
    vendor: 'google',
    peakFlopsPerSecond: { bf16: 275e12 },
    ...memory(32, 'GiB'),
    memoryBandwidthBytesPerSecond: 1.2e12,
    interconnectBandwidthBytesPerSecond: null,
    tdpWatts: null,
    source: { ...REFERENCES.palm2022, where: 'Appendix B: "275 TFLOP/s" peak bf16 per TPU v4 chip; 32 GiB HBM and 1,200 GB/s from Jouppi et al. 2023 (arXiv 2304.01433)', checked: '2026-11-26' },
  },
] as const satisfies readonly Accelerator[]

export type AcceleratorId = typeof ACCELERATORS[number]['id']

/**
 * A fact the deck holds no figure for on an accelerator, said on purpose: by accelerator, why there is
 * none and what the deck does without it. Each data file an accelerator needs (offers, cluster fabric, system power,
 * kernel efficiency) lists its absences beside its entries, and tests/unit/data.test.ts holds every
 * accelerator to one or the other, so a new accelerator cannot miss one silently.
 */
export type StatedAbsences = Partial<Record<AcceleratorId, string>>

/** The known accelerator ids, in display order. */
export const ACCELERATOR_IDS: readonly AcceleratorId[] = ACCELERATORS.map(a => a.id)

/**
 * The accelerators the talk's "GPU" slide compares (October 2023, with the H200 and B200 then
 * announced). Later parts (H800, GB200) are in the data for the command line and the appendix; the
 * slide adds the chosen accelerator when it is one of them.
 */
export const TALK_ACCELERATOR_IDS = [
  'v100',
  'a100-40gb',
  'a100-80gb',
  'h100-sxm',
  'h100-pcie',
  'h200',
  'b200',
  'tpu-v3',
  'tpu-v4',
] as const satisfies readonly AcceleratorId[]

/**
 * The cluster's hardware as the step model sees it: dense peak, the kernel efficiencies of
 * data/kernel-efficiency.ts (matmul and attention, calibrated once per accelerator and precision),
 * HBM, NVLink and scale-out bandwidth. Resolved once per scenario, before any layout is tried.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators.ts'
import type { ClusterFabric, TorusFabric } from '../../data/cluster-fabric.ts'
import type { GemmTiling } from '../../data/kernel-efficiency.ts'
import type { ScaleCluster, ScaleModelError, ScaleModelInput } from './types.ts'
import { ACCELERATORS } from '../../data/accelerators.ts'
import { ATTENTION_EFFICIENCIES, GEMM_TILINGS, KERNEL_EFFICIENCIES, KERNEL_EFFICIENCY_ALIASES } from '../../data/kernel-efficiency.ts'
import { refuse } from './input-check.ts'

/** Hardware rates the step model needs, resolved once per scenario. */
export interface HardwareRates {
  peakFlopsPerSecond: number
  kernelEfficiency: number
  /**
   * Achieved FLOP/s of the parts kept in 16-bit when the run trains in FP8 (attention scores, output
   * layer: Transformer Engine and DeepSeek-V3 keep them in higher precision); = peak × efficiency otherwise.
   */
  highPrecisionFlopsPerSecond: number
  /** Achieved FLOP/s of the attention-score kernels (QKᵀ, softmax, A·V, fused or not), in 16-bit. */
  attentionFlopsPerSecond: number
  hbmBytesPerSecond: number
  memoryBytes: number
  nvlinkBytesPerSecond: number
  interNodeBytesPerSecond: number
  nvlinkDomainGpus: number
  /** The scale-up domain's torus (a TPU pod), or null for a switched NVLink domain. */
  torus: TorusFabric | null
  /** How GEMMs tile on this accelerator (./gemm: efficiency falls as they shrink); null: every GEMM at the steady rate. */
  gemmTiling: GemmTiling | null
}

/**
 * The GEMM tiling of an accelerator (data/kernel-efficiency.ts), or null where none is given.
 *
 * @example
 * gemmTilingOf('h200')?.parallelTiles // 132: the H100's SMs
 */
export function gemmTilingOf(acceleratorId: AcceleratorId): GemmTiling | null {
  const id = KERNEL_EFFICIENCY_ALIASES[acceleratorId] ?? acceleratorId
  return GEMM_TILINGS.find(g => g.acceleratorId === id) ?? null
}

/**
 * The scale-up links of a system in data/cluster-fabric.ts, as a cluster carries them (only the
 * fields the system states, so the defaults still apply to the rest).
 *
 * @example
 * fabricLinks(CLUSTER_FABRICS.find(f => f.acceleratorId === 'tpu-v4')!) // { torus: { dimensions: 3, axisChips: 16, … } }
 */
export function fabricLinks(fabric: ClusterFabric): Pick<ScaleCluster, 'nvlinkBytesPerSecondPerGpu' | 'torus'> {
  const links: Pick<ScaleCluster, 'nvlinkBytesPerSecondPerGpu' | 'torus'> = {}
  if (fabric.nvlinkBytesPerSecondPerGpu !== undefined)
    links.nvlinkBytesPerSecondPerGpu = fabric.nvlinkBytesPerSecondPerGpu
  if (fabric.torus !== undefined)
    links.torus = fabric.torus
  return links
}

/**
 * The kernel efficiency (achieved matmul FLOP/s ÷ dense peak, no communication, no bubble) of an
 * accelerator at a precision, from data/kernel-efficiency.ts; null where none is sourced or calibrated.
 *
 * @example
 * kernelEfficiencyOf('a100-40gb', 'bf16') // the A100-80GB value: same chip
 * kernelEfficiencyOf('v100', 'fp16') // null
 */
export function kernelEfficiencyOf(acceleratorId: AcceleratorId, precision: Precision): number | null {
  const id = KERNEL_EFFICIENCY_ALIASES[acceleratorId] ?? acceleratorId
  // FP16 and BF16 run on the same tensor cores at the same peak: one efficiency serves both.
  const wanted: Precision = precision === 'fp16'
    ? 'bf16'
    : precision
  const entry = KERNEL_EFFICIENCIES.find(k => k.acceleratorId === id && k.precision === wanted)
  return entry ? entry.value : null
}

/**
 * The attention-kernel efficiency (achieved attention-score FLOP/s ÷ the 16-bit dense peak) of an
 * accelerator, from data/kernel-efficiency.ts; null where none is sourced or calibrated (the scale
 * model then runs attention at the matmul kernel efficiency).
 *
 * @example
 * attentionEfficiencyOf('h100-sxm') // 0.35 (FlashAttention-2 on H100)
 */
export function attentionEfficiencyOf(acceleratorId: AcceleratorId): number | null {
  const id = KERNEL_EFFICIENCY_ALIASES[acceleratorId] ?? acceleratorId
  const entry = ATTENTION_EFFICIENCIES.find(k => k.acceleratorId === id)
  return entry ? entry.value : null
}

/** Hardware rates of the cluster, or a refusal naming the field. */
export function hardwareRates(input: ScaleModelInput): HardwareRates | ScaleModelError {
  const accelerator = ACCELERATORS.find(a => a.id === input.cluster.acceleratorId)
  if (!accelerator)
    return refuse('acceleratorId', `unknown accelerator ${JSON.stringify(input.cluster.acceleratorId)}`)
  const peaks: Partial<Record<string, number>> = accelerator.peakFlopsPerSecond
  const peak = peaks[input.precision]
  if (peak === undefined)
    return refuse('precision', `${accelerator.id} has no ${input.precision} peak`)
  const kernelEfficiency = input.kernelEfficiency ?? kernelEfficiencyOf(accelerator.id, input.precision)
  if (input.kernelEfficiency !== undefined && !(input.kernelEfficiency > 0 && input.kernelEfficiency <= 1))
    return refuse('kernelEfficiency', `kernelEfficiency must be in (0, 1] (got ${input.kernelEfficiency})`)
  if (kernelEfficiency === null || !(kernelEfficiency > 0 && kernelEfficiency <= 1))
    return refuse('acceleratorId', `no measured kernel efficiency for ${accelerator.name} at ${input.precision} (pass kernelEfficiency to assume one)`)
  const nvlink = input.cluster.nvlinkBytesPerSecondPerGpu
    ?? (accelerator.interconnectBandwidthBytesPerSecond !== null
      ? accelerator.interconnectBandwidthBytesPerSecond / 2
      : input.cluster.interNodeBytesPerSecondPerGpu)
  // FP8 runs keep attention and the output layer in 16-bit, at the 16-bit peak and its efficiency.
  let highPrecisionFlopsPerSecond = peak * kernelEfficiency
  if (input.precision === 'fp8') {
    const bf16 = peaks.bf16
    const bf16Efficiency = kernelEfficiencyOf(accelerator.id, 'bf16')
    if (bf16 === undefined || bf16Efficiency === null)
      return refuse('precision', `an FP8 run keeps attention in BF16, and ${accelerator.id} has no BF16 kernel efficiency`)
    highPrecisionFlopsPerSecond = bf16 * bf16Efficiency
  }
  // Attention kernels run in 16-bit at their own efficiency (below the GEMMs': softmax, masking and
  // the small head dimension keep them off the tensor-core peak).
  const sixteenBitPeak = peaks.bf16 ?? peaks.fp16 ?? peak
  const attentionEfficiency = input.attentionEfficiency ?? attentionEfficiencyOf(accelerator.id)
  const attentionFlopsPerSecond = attentionEfficiency !== null
    ? sixteenBitPeak * attentionEfficiency
    : highPrecisionFlopsPerSecond
  return {
    peakFlopsPerSecond: peak,
    kernelEfficiency,
    highPrecisionFlopsPerSecond,
    attentionFlopsPerSecond,
    hbmBytesPerSecond: accelerator.memoryBandwidthBytesPerSecond,
    memoryBytes: accelerator.memoryBytes,
    nvlinkBytesPerSecond: nvlink,
    interNodeBytesPerSecond: input.cluster.interNodeBytesPerSecondPerGpu,
    nvlinkDomainGpus: input.cluster.nvlinkDomainGpus,
    torus: input.cluster.torus ?? null,
    gemmTiling: gemmTilingOf(accelerator.id),
  }
}

/**
 * The hardware rates of a scenario's cluster (peak, kernel efficiency, HBM, links), or null if the
 * accelerator, precision or kernel efficiency is missing.
 *
 * @example
 * hardwareRatesOf(wallInput)?.kernelEfficiency // 0.668 (A100 BF16, the steady state of a large GEMM)
 */
export function hardwareRatesOf(input: ScaleModelInput): HardwareRates | null {
  const r = hardwareRates(input)
  return 'ok' in r
    ? null
    : r
}

/**
 * The roofline of one accelerator with a Transformer layer's GEMMs placed on it (Williams et al.
 * 2009): attainable FLOP/s = min(peak, intensity × bandwidth).
 */
import type { ModelId } from '../../data/models.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { LayerGemm } from '../formulas/matmul.ts'
import { getAccelerator, getModel, layerShapeOf, peakFlopsPerSecond } from '../facts/lookup.ts'
import { arithmeticIntensity, ridgeIntensity, roofline, transformerLayerGemms } from '../formulas/matmul.ts'

/**
 * FLOP/s the roofline allows at an arithmetic intensity (FLOP per byte moved).
 *
 * @example
 * attainableFlopsPerSecond(10, 312e12, 2039e9) // 2.04e13: memory-bound, 10 × 2.039 TB/s
 * attainableFlopsPerSecond(1000, 312e12, 2039e9) // 3.12e14: compute-bound, the peak
 */
export function attainableFlopsPerSecond(intensity: number, peakFlopsPerSecond: number, memoryBandwidthBytesPerSecond: number): number {
  return Math.min(peakFlopsPerSecond, intensity * memoryBandwidthBytesPerSecond)
}

/** One point of the roof line. */
export interface RoofPoint {
  intensity: number
  flopsPerSecond: number
}

/**
 * The roof drawn between two intensities: the sloped part, the ridge, and the flat part (three points
 * are exact on a log–log plot).
 *
 * @example
 * roofLine(312e12, 2039e9, 1, 1e4).map(p => p.intensity) // [1, 153, 10000]
 */
export function roofLine(peakFlopsPerSecond: number, memoryBandwidthBytesPerSecond: number, minIntensity: number, maxIntensity: number): RoofPoint[] {
  const ridge = ridgeIntensity(peakFlopsPerSecond, memoryBandwidthBytesPerSecond)
  return [minIntensity, ridge, maxIntensity].map(intensity => ({
    intensity,
    flopsPerSecond: attainableFlopsPerSecond(intensity, peakFlopsPerSecond, memoryBandwidthBytesPerSecond),
  }))
}

/** A GEMM placed on the roofline. */
export interface GemmOnRoofline extends LayerGemm {
  intensity: number
  attainableFlopsPerSecond: number
  bound: 'compute' | 'memory'
}

/**
 * Each forward GEMM of a layer with its arithmetic intensity, the FLOP/s the roofline allows it and
 * whether it is compute- or memory-bound on this accelerator.
 *
 * @example
 * layerGemmsOnRoofline(transformerLayerGemms(layerShapeOf('gpt-3')!), 312e12, 2039e9).map(g => g.bound)
 * // GPT-3 on A100-80GB: ['compute', 'memory', 'memory', 'compute', 'compute', 'compute']
 */
export function layerGemmsOnRoofline(gemms: readonly LayerGemm[], peakFlopsPerSecond: number, memoryBandwidthBytesPerSecond: number): GemmOnRoofline[] {
  return gemms.map((gemm) => {
    const r = roofline({
      flops: gemm.flops,
      bytes: gemm.bytes,
      peakFlopsPerSecond,
      memoryBandwidthBytesPerSecond,
    })
    return {
      ...gemm,
      intensity: arithmeticIntensity(gemm.flops, gemm.bytes),
      attainableFlopsPerSecond: r.attainableFlopsPerSecond,
      bound: r.bound,
    }
  })
}

export interface RooflineFigure {
  gpuName: string
  /** Without the vendor ("A100 SXM 80GB"): what the legend beside the plot has room for. */
  gpuShortName: string
  modelName: string
  roof: RoofPoint[]
  ridge: RoofPoint
  /** Empty for a model without a published architecture. */
  gemms: GemmOnRoofline[]
}

/** Intensity range drawn: wide enough for element-wise kernels (≈1) and the biggest GEMMs (≈10⁴). */
const ROOFLINE_INTENSITY_RANGE = { min: 1, max: 10_000 } as const

/**
 * The roofline slide: the current GPU's roof at the current precision, and one layer of `model` (one
 * sequence) placed on it.
 *
 * @example
 * rooflineFigure('gpt-3', DEFAULT_ASSUMPTIONS).ridge // { intensity: 153, flopsPerSecond: 3.12e14 }: A100-80GB, bf16
 */
export function rooflineFigure(model: ModelId, assumptions: Pick<Assumptions, 'gpu' | 'precision'>): RooflineFigure {
  const gpu = getAccelerator(assumptions.gpu)
  const peak = peakFlopsPerSecond(gpu.id, assumptions.precision)
  const bandwidth = gpu.memoryBandwidthBytesPerSecond
  const shape = layerShapeOf(model)
  return {
    gpuName: gpu.name,
    gpuShortName: gpu.shortName,
    modelName: getModel(model).name,
    roof: roofLine(peak, bandwidth, ROOFLINE_INTENSITY_RANGE.min, ROOFLINE_INTENSITY_RANGE.max),
    ridge: {
      intensity: ridgeIntensity(peak, bandwidth),
      flopsPerSecond: peak,
    },
    gemms: shape
      ? layerGemmsOnRoofline(transformerLayerGemms(shape), peak, bandwidth)
      : [],
  }
}

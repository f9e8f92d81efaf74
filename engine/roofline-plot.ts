/**
 * The roofline of one accelerator with a Transformer layer's GEMMs placed on it (Williams et al.
 * 2009): attainable FLOP/s = min(peak, intensity × bandwidth).
 */
import type { LayerGemm } from './matmul'
import { arithmeticIntensity, ridgeIntensity, roofline } from './matmul'

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

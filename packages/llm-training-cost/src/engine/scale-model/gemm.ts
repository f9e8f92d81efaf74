/**
 * How a GEMM's efficiency falls as it shrinks: the tile model of NVIDIA's Matrix Multiplication
 * Background guide (tile and wave quantization). A GEMM of M × N outputs and depth K is cut into
 * ⌈M/Tm⌉·⌈N/Tn⌉ output tiles, run S at a time (one per SM): W = ⌈tiles/S⌉ waves, each as long as one
 * full tile of depth K. So, against the steady-state rate (dense peak × the calibrated kernel
 * efficiency, which is what a large GEMM approaches):
 *
 *   efficiency(M, N) = M·N ÷ (W·S·Tm·Tn)
 *
 * which is 1 for a GEMM of whole tiles and whole waves, and falls for narrow matrices (few tiles: a
 * wide tensor-parallel split of a small hidden size, W = 1 with most SMs idle) and ragged ones (a
 * last wave part-empty, padded tiles). Left out: a tile's fixed prologue and epilogue, which make a
 * shallow GEMM (small K) slower still; no published measurement of it was read, and the runs do not
 * pin it (tests/unit/scale-validation.test.ts).
 */
import type { GemmTiling } from '../../data/kernel-efficiency.ts'

/**
 * The efficiency of one GEMM's M × N outputs against the steady-state rate; 1 without tiling data.
 *
 * @example
 * gemmEfficiency(8192, 4096, { parallelTiles: 132, tileM: 128, tileN: 256 }) // 0.97: 1,024 tiles in 8 waves of 132
 * gemmEfficiency(2048, 1024, { parallelTiles: 132, tileM: 128, tileN: 256 }) // 0.48: 64 tiles, one wave, half the SMs idle
 */
export function gemmEfficiency(m: number, n: number, tiling: Pick<GemmTiling, 'parallelTiles' | 'tileM' | 'tileN'> | null): number {
  if (tiling === null)
    return 1
  const tiles = Math.ceil(m / tiling.tileM) * Math.ceil(n / tiling.tileN)
  const waves = Math.ceil(tiles / tiling.parallelTiles)
  return m * n / (waves * tiling.parallelTiles * tiling.tileM * tiling.tileN)
}

/**
 * FLOP-seconds at unit rate of one weight matrix's three GEMMs for `tokens` tokens: forward (tokens ×
 * out, depth in), input gradient (tokens × in, depth out) and weight gradient (in × out, depth tokens),
 * the forward counted `forwardPasses` times (2 with full recomputation). Divide by the steady-state
 * FLOP/s to get seconds.
 *
 * @example
 * weightGemmFlops(4096, 4096, 4096, 1, null) // 3 × 2 × 4096³ ≈ 4.1e11 (no tiling data: every GEMM at the steady rate)
 */
export function weightGemmFlops(tokens: number, inWidth: number, outWidth: number, forwardPasses: number, tiling: GemmTiling | null): number {
  const flops = 2 * tokens * inWidth * outWidth
  return flops * (forwardPasses / gemmEfficiency(tokens, outWidth, tiling)
    + 1 / gemmEfficiency(tokens, inWidth, tiling)
    + 1 / gemmEfficiency(inWidth, outWidth, tiling))
}

/**
 * TeX for the matrix slide: each GEMM of a Transformer layer written as the product the paper draws,
 * with the real dimensions from the engine. Pure strings; KaTeX renders them in LayerMatrices.vue.
 */
import type { LayerGemm } from '../engine'
import { formatInteger } from '../engine'

/** The operands of each GEMM in Vaswani et al.'s notation (X: layer input, P: softmax(QKᵀ/√d_k)). */
const OPERANDS: Record<LayerGemm['name'], readonly [string, string]> = {
  'QKV projection': ['X', 'W_{QKV}'],
  'Attention scores QKᵀ': ['Q_h', 'K_h^{\\top}'],
  'Attention × V': ['P_h', 'V_h'],
  'Output projection': ['A', 'W_O'],
  'MLP up': ['X', 'W_1'],
  'MLP down': ['H', 'W_2'],
}

/** A dimension as TeX: thousands grouped with a comma that math mode does not space out. */
export function texNumber(n: number): string {
  return formatInteger(n).replace(/,/g, '{,}')
}

/**
 * `X W_1 : [2048 × 12,288] · [12,288 × 49,152]`: names and shapes of one GEMM.
 */
export function gemmShapeTex(gemm: Pick<LayerGemm, 'name' | 'm' | 'n' | 'k'>): string {
  const [a, b] = OPERANDS[gemm.name]
  return `${a}\\,${b}:\\ [${texNumber(gemm.m)} \\times ${texNumber(gemm.k)}]\\cdot[${texNumber(gemm.k)} \\times ${texNumber(gemm.n)}]`
}

/**
 * The a_ij picture of one GEMM with its real index ranges: C = A·B, c_ij = Σ_k a_ik b_kj. Operand names go
 * under the matrices with \\underset, not \\underbrace: KaTeX draws braces as oversized clipped SVG paths.
 */
export function gemmMatrixTex(gemm: Pick<LayerGemm, 'name' | 'm' | 'n' | 'k'>): string {
  const [a, b] = OPERANDS[gemm.name]
  const m = texNumber(gemm.m)
  const n = texNumber(gemm.n)
  const k = texNumber(gemm.k)
  const matrix = (sym: string, rows: string, cols: string): string =>
    `\\begin{pmatrix} ${sym}_{1,1} & \\cdots & ${sym}_{1,${cols}} \\\\ \\vdots & \\ddots & \\vdots \\\\ ${sym}_{${rows},1} & \\cdots & ${sym}_{${rows},${cols}} \\end{pmatrix}`
  return `\\underset{${a}}{${matrix('a', m, k)}} \\cdot \\underset{${b}}{${matrix('b', k, n)}}`
    + ` = (c_{ij}),\\quad c_{ij} = \\sum_{k=1}^{${k}} a_{ik}\\, b_{kj}`
}

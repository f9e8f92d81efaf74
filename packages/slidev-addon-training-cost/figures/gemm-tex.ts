/**
 * TeX for the matrix slide: each GEMM of a Transformer layer written as the product the paper draws,
 * with the real dimensions from the engine. Pure strings; KaTeX renders them in LayerMatrices.vue.
 */
import type { LayerGemm } from 'llm-training-cost'
import { formatInteger } from 'llm-training-cost'

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
function texNumber(n: number): string {
  return formatInteger(n).replace(/,/g, '{,}')
}

/**
 * `[2,048 × 12,288] · [12,288 × 49,152]`: the shapes of one GEMM, m × k times k × n. The table's row
 * names the operation; operand names would add subscripts too small for the back row.
 */
export function gemmShapeTex(gemm: Pick<LayerGemm, 'm' | 'n' | 'k'>): string {
  return `[${texNumber(gemm.m)} \\times ${texNumber(gemm.k)}]\\cdot[${texNumber(gemm.k)} \\times ${texNumber(gemm.n)}]`
}

/**
 * The a_ij picture of one GEMM with its real index ranges, its operands named on the left at full size
 * (X W_1 = A·B = C, c_ij = Σ_k a_ik b_kj): names set under the matrices would be second-level scripts.
 */
export function gemmMatrixTex(gemm: Pick<LayerGemm, 'name' | 'm' | 'n' | 'k'>): string {
  const [a, b] = OPERANDS[gemm.name]
  const m = texNumber(gemm.m)
  const n = texNumber(gemm.n)
  const k = texNumber(gemm.k)
  const matrix = (sym: string, rows: string, cols: string): string =>
    `\\begin{pmatrix} ${sym}_{1,1} & \\cdots & ${sym}_{1,${cols}} \\\\ \\vdots & \\ddots & \\vdots \\\\ ${sym}_{${rows},1} & \\cdots & ${sym}_{${rows},${cols}} \\end{pmatrix}`
  return `${a}\\,${b} = ${matrix('a', m, k)} \\cdot ${matrix('b', k, n)}`
    + ` = (c_{ij}),\\quad c_{ij} = \\sum_{k=1}^{${k}} a_{ik}\\, b_{kj}`
}

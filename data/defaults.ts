import type { AcceleratorId, Precision } from './accelerators'
import type { Source } from './source'
import { REFERENCES } from './source'

/** One default assumption of the talk: its value, why it was chosen, and where it comes from. */
export interface DefaultAssumption<T> {
  value: T
  why: string
  source: Source
}

const SEMIANALYSIS = REFERENCES.semiAnalysisBrickWall

/**
 * The talk's default assumptions. The live store starts from these and the command line falls back to
 * them (except `gpus`: without `--gpus` the command line reports no wall-clock time).
 */
export const DEFAULTS = {
  gpu: {
    value: 'a100-80gb',
    why: 'The talk prices A100s ("~$1.5 per SXM A100"). 40GB and 80GB SXM share the 312 TFLOP/s peak, so cost is the same; 80GB is the part the cited large runs used (Megatron-LM on Selene, MosaicML throughput table), so memory figures use it.',
    source: { ...SEMIANALYSIS, where: 'Cost section: "~$1.5 per SXM A100 GPU per hour as a baseline cost for large clusters of 256 GPUs with NVLink and 1.6T networking"', checked: '2026-11-26' },
  } satisfies DefaultAssumption<AcceleratorId>,
  precision: {
    value: 'bf16',
    why: 'Mixed-precision 16-bit training is how every cited run was trained; 312 TFLOP/s is the A100 16-bit dense peak.',
    source: { ...REFERENCES.megatron2021, where: 'Section 5: "peak device throughput of an A100 GPU with 16-bit precision is 312 teraFLOP/s"', checked: '2026-11-26' },
  } satisfies DefaultAssumption<Precision>,
  mfu: {
    value: 0.45,
    why: 'Measured A100 MFU for 7B–70B models is 43–48% (the "~60%" is HFU, with recomputation); 45% also reproduces SemiAnalysis\' $326k and $1.75M. SemiAnalysis\' own range is 40%→60% with size.',
    source: { ...REFERENCES.mosaicThroughput, where: 'Throughput table: gpt30b on 256×A100-80GB, MFU 0.4674, HFU 0.6232; gpt70b MFU 0.4265', checked: '2026-11-26' },
  } satisfies DefaultAssumption<number>,
  usdPerGpuHour: {
    value: 1.5,
    why: 'SemiAnalysis\' baseline rate for large reserved A100 clusters: the rate behind every cost on the talk\'s slides.',
    source: { ...SEMIANALYSIS, where: 'Cost section: "~$1.5 per SXM A100 GPU per hour"', checked: '2026-11-26' },
  } satisfies DefaultAssumption<number>,
  tokensPerParam: {
    value: 20,
    why: 'Chinchilla Table 3 gives 20–22 tokens per parameter for compute-optimal models (20.0 at 400M, 21.2 at 1T); 20 is the usual round rule.',
    source: { ...REFERENCES.chinchilla2022, where: 'Table 3 (Approach 1 compute-optimal parameters and tokens)', checked: '2026-11-26' },
  } satisfies DefaultAssumption<number>,
  gpus: {
    value: 100_000,
    why: 'The cluster of the talk\'s scaling wall: "With 100,000 A100s across 12,500 HGX / DGX systems, this would take about ~3 months".',
    source: { ...SEMIANALYSIS, where: 'Dense Transformer scaling wall section', checked: '2026-11-26' },
  } satisfies DefaultAssumption<number>,
  goodput: {
    value: 1,
    why: 'Fraction of booked GPU time that trains. 1 keeps hours exactly compute at the given MFU, as the talk\'s figures are; PaLM\'s whole run shows ~0.67 (30.8% from chip-hours vs 46.2% MFU).',
    source: { ...REFERENCES.palm2022, where: 'Section 4.1 (46.2% MFU) and Section 4 chip-hours (6144×1200 h + 3072×336 h)', checked: '2026-11-26' },
  } satisfies DefaultAssumption<number>,
  pue: {
    value: 1.1,
    why: 'Power usage effectiveness of the data center that trained GPT-3, as Patterson et al. used it.',
    source: { ...REFERENCES.patterson2021, where: 'Table 4, GPT-3 column: data center PUE 1.10', checked: '2026-11-26' },
  } satisfies DefaultAssumption<number>,
  gridGramsCo2PerKwh: {
    value: 429,
    why: 'Grid carbon intensity Patterson et al. used for GPT-3\'s data center (US average mix).',
    source: { ...REFERENCES.patterson2021, where: 'Table 4, GPT-3 column: 0.429 kg CO2e/kWh', checked: '2026-11-26' },
  } satisfies DefaultAssumption<number>,
} as const

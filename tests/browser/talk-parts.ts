/**
 * The slides of each part of the talk, by title (as the slide's heading shows it), in the talk's order:
 * the part files test what each slide says, deck.test.ts what each part draws.
 */

export const PART_1_TITLES = [
  'Intro',
  'Models: same compute ≠ same model',
  'The Transformer',
  'A Transformer is matrix multiplication',
  'GPU: what one accelerator gives',
  'Roofline: compute- or memory-bound?',
  'Scale: models grow',
  'Scale: compute-optimal, or under-trained?',
  'Scalability',
  'A100 ~60% Model/Hardware FLOPS',
  'What utilization does to time and cost',
] as const

export const PART_2_TITLES = [
  'Cost',
  'Costs GPU',
  'Costs GPU: what 10²¹ FLOPs cost',
  'State-of-the-art models',
  'State-of-the-art costs',
  'PaLM',
  'Dense Transformer Scaling Wall',
  'Not so fast',
  'Not so fast: utilization falls with cluster size',
  'Not so fast: more GPUs stop buying time',
  'Not so fast: failures eat the run',
  'Not so fast: power and data',
  'Not so fast: which input moves the cost most?',
  'References',
  'References (continued)',
] as const

/** The backup appendix, after the references. */
export const APPENDIX_TITLES = [
  'Since the talk: the runs after 2023',
  'Since the talk: DeepSeek-V3’s $5.6M',
  'Since the talk: the wall in 2026',
  'Since the talk: hardware since the A100',
] as const

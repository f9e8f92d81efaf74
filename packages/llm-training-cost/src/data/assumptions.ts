/**
 * The one schema of the assumptions: every input the engine takes from a person, with its kind,
 * allowed range, default (why, and where it comes from), the label the panel shows, its unit, its
 * command-line option (which is also its link parameter) and a one-line help text.
 *
 * Everything else is derived from this table: the `Assumptions` and `Workload` types, the defaults,
 * validation and its messages (engine/assumptions/validation.ts), the panel's controls and their order, the link's
 * parser and writer, stored data, the estimate command line's options, parsing and `--help`, and the
 * export's scenario options. Adding an assumption is one entry here, plus the engine code that uses it.
 *
 * Values only: the checks that read `range` live in engine/assumptions/validation.ts.
 */
import type { AcceleratorId, Precision } from './accelerators.ts'
import type { Source } from './source.ts'
import { ACCELERATOR_IDS, ACCELERATORS, PRECISIONS } from './accelerators.ts'
import { BATCH_SIZE_LAW } from './batch-size-law.ts'
import { MODEL_IDS } from './models.ts'
import { REFERENCES } from './source.ts'

/** One default assumption of the talk: its value, why it was chosen, and where it comes from. */
export interface DefaultAssumption<T> {
  value: T
  why: string
  source: Source
}

/**
 * An allowed interval. `min`/`max` are inclusive unless `minOpen`/`maxOpen`: MFU is (0, 1], a PUE is
 * [1, ∞).
 */
export interface NumberRange {
  min: number
  minOpen?: boolean
  max?: number
  maxOpen?: boolean
}

/**
 * What the value is, and so how it is read and shown:
 * - `fraction`: a share in (0, 1], shown as a percent in the panel (typed 45, 45% or 0.45);
 * - `number`: a real number in its range;
 * - `integer`: a whole number in its range;
 * - `choice`: one id of a list;
 * - `flag`: on or off (a command-line switch: `--scale-model`).
 */
export type FieldKind = 'fraction' | 'number' | 'integer' | 'choice' | 'flag'

/**
 * Where an assumption applies. `scenario`: the live store, the panel, the link, stored data, the
 * export and the command line. `workload`: what to train, named on the command line only (the deck's
 * slides each pick their own models).
 */
export type FieldScope = 'scenario' | 'workload'

interface FieldBase {
  scope: FieldScope
  kind: FieldKind
  /** Visible label, exactly as the panel and tests name it. */
  label: string
  /** Command-line option without `--`; the same name is the link's query parameter. */
  option: string
  /** What `--help` shows after the option: `--price USD`. */
  metavar: string
  /** Unit shown after the panel's input. */
  unit: string
  /** One line for `--help` and the panel's tooltip. */
  help: string
  /**
   * When the option is not given: `default` takes `default.value` (the talk's); `none` leaves it
   * null (no `--gpus`: no wall-clock time); `derived` leaves it null for the engine to derive from the
   * rest of the run (`derivedAs` says how: the global batch from the batch-size law). The store always
   * starts from `default.value`, which is null for a derived field: "derived", until a person sets one.
   */
  absent: 'default' | 'none' | 'derived'
  /** For `absent: 'derived'`: what the engine derives it from, in a few words ("the batch-size law"). */
  derivedAs?: string
  /**
   * `scale-model`: an input of the scale model only ("Not so fast", the wall's switch). A scenario
   * field's control goes in the panel's own section, and the Assumptions table names it only when it
   * differs from the default. On the command line such an option is refused without the scale model,
   * except those that turn it on: the switch itself and a layout option (`LAYOUT_KEYS`: `--tp`).
   */
  section?: 'scale-model'
}

/**
 * A slider beside the text field, over the part of the range people explore (the field itself still
 * takes any value in `range`). `log`: equal steps are equal ratios (GPUs from 8 to a million).
 */
export interface SliderSpec {
  min: number
  max: number
  scale: 'linear' | 'log'
}

export interface NumberField extends FieldBase {
  kind: 'fraction' | 'number' | 'integer'
  range: NumberRange
  slider?: SliderSpec
  /** Examples of accepted input for `--help`, when the form is not obvious ("1e12, 70e9"). */
  examples?: string
}

export interface ChoiceField extends FieldBase {
  kind: 'choice'
  choices: readonly string[]
  /** What a menu shows for each choice; the id itself where absent. */
  choiceLabels?: Readonly<Record<string, string>>
}

export interface FlagField extends FieldBase {
  kind: 'flag'
  /** What a menu and a table show for off and on, where plain "off"/"on" would not say it. */
  states?: { off: string, on: string }
}

export type FieldSpec = (NumberField | ChoiceField | FlagField) & {
  /** The talk's default and its source; null for workload fields, which have no default. */
  default: DefaultAssumption<unknown> | null
}

const SEMIANALYSIS = REFERENCES.semiAnalysisBrickWall

const ACCELERATOR_NAMES: Readonly<Record<string, string>> = Object.fromEntries(ACCELERATORS.map(a => [a.id, a.name]))

/**
 * The schema, in the order the panel shows it (what a speaker is asked about first comes first) and
 * `--help` lists it (workload first).
 */
export const ASSUMPTION_SCHEMA = {
  gpu: {
    scope: 'scenario',
    kind: 'choice',
    choices: ACCELERATOR_IDS,
    choiceLabels: ACCELERATOR_NAMES,
    label: 'GPU',
    option: 'gpu',
    metavar: 'ID',
    unit: '',
    help: 'the accelerator',
    absent: 'default',
    default: {
      value: 'a100-80gb' as AcceleratorId,
      why: 'The talk prices A100s ("~$1.5 per SXM A100"). 40GB and 80GB SXM share the 312 TFLOP/s peak, so cost is the same; 80GB is the part the cited large runs used (Megatron-LM on Selene, MosaicML throughput table), so memory figures use it.',
      source: { ...SEMIANALYSIS, where: 'Cost section: "~$1.5 per SXM A100 GPU per hour as a baseline cost for large clusters of 256 GPUs with NVLink and 1.6T networking"', checked: '2026-11-26' },
    },
  },
  precision: {
    scope: 'scenario',
    kind: 'choice',
    choices: PRECISIONS,
    label: 'Precision',
    option: 'precision',
    metavar: 'P',
    unit: '',
    help: 'number format of the matmuls; given a GPU without one, the GPU\'s own 16-bit format (fp16 on V100)',
    absent: 'default',
    default: {
      value: 'bf16' as Precision,
      why: 'Mixed-precision 16-bit training is how every cited run was trained; 312 TFLOP/s is the A100 16-bit dense peak.',
      source: { ...REFERENCES.megatron2021, where: 'Section 5: "peak device throughput of an A100 GPU with 16-bit precision is 312 teraFLOP/s"', checked: '2026-11-26' },
    },
  },
  mfu: {
    scope: 'scenario',
    kind: 'fraction',
    range: { min: 0, minOpen: true, max: 1 },
    slider: { min: 0.05, max: 0.8, scale: 'linear' },
    label: 'MFU',
    option: 'mfu',
    metavar: 'F',
    unit: '%',
    help: 'model FLOPs utilization',
    absent: 'default',
    default: {
      value: 0.45,
      why: 'Measured A100 MFU for 7B–70B models is 43–48% (the "~60%" is HFU, with recomputation); 45% also reproduces SemiAnalysis\' $326k and $1.75M. SemiAnalysis\' own range is 40%→60% with size.',
      source: { ...REFERENCES.mosaicThroughput, where: 'Throughput table: gpt30b on 256×A100-80GB, MFU 0.4674, HFU 0.6232; gpt70b MFU 0.4265', checked: '2026-11-26' },
    },
  },
  usdPerGpuHour: {
    scope: 'scenario',
    kind: 'number',
    range: { min: 0, minOpen: true },
    slider: { min: 0.25, max: 20, scale: 'log' },
    label: 'Price per GPU-hour',
    option: 'price',
    metavar: 'USD',
    unit: 'USD',
    help: 'dollars per GPU-hour',
    absent: 'default',
    default: {
      value: 1.5,
      why: 'SemiAnalysis\' baseline rate for large reserved A100 clusters: the rate behind every cost on the talk\'s slides.',
      source: { ...SEMIANALYSIS, where: 'Cost section: "~$1.5 per SXM A100 GPU per hour"', checked: '2026-11-26' },
    },
  },
  gpus: {
    scope: 'scenario',
    kind: 'integer',
    range: { min: 1 },
    slider: { min: 8, max: 1_000_000, scale: 'log' },
    label: 'GPUs',
    option: 'gpus',
    metavar: 'N',
    unit: '',
    help: 'cluster size; gives wall-clock time',
    absent: 'none',
    default: {
      value: 100_000,
      why: 'The cluster of the talk\'s scaling wall: "With 100,000 A100s across 12,500 HGX / DGX systems, this would take about ~3 months".',
      source: { ...SEMIANALYSIS, where: 'Dense Transformer scaling wall section', checked: '2026-11-26' },
    },
  },
  tokensPerParam: {
    scope: 'scenario',
    kind: 'number',
    range: { min: 0, minOpen: true },
    slider: { min: 1, max: 2000, scale: 'log' },
    label: 'Tokens per parameter',
    option: 'tokens-per-param',
    metavar: 'K',
    unit: '',
    help: 'training tokens per parameter where tokens are not given (compute-optimal: N × K)',
    absent: 'default',
    default: {
      value: 20,
      why: 'Chinchilla Table 3 gives 20–22 tokens per parameter for compute-optimal models (20.0 at 400M, 21.2 at 1T); 20 is the usual round rule.',
      source: { ...REFERENCES.chinchilla2022, where: 'Table 3 (Approach 1 compute-optimal parameters and tokens)', checked: '2026-11-26' },
    },
  },
  goodput: {
    scope: 'scenario',
    kind: 'fraction',
    range: { min: 0, minOpen: true, max: 1 },
    label: 'Goodput',
    option: 'goodput',
    metavar: 'F',
    unit: '%',
    help: 'fraction of booked time that trains',
    absent: 'default',
    default: {
      value: 1,
      why: 'Fraction of booked GPU time that trains. 1 keeps hours exactly compute at the given MFU, as the talk\'s figures are. PaLM\'s utilization of booked hours against its steady-state MFU is ~0.67 (30.8% ÷ 46.2%), which holds its smaller early batches and single-pod phase as well as downtime.',
      source: { ...REFERENCES.palm2022, where: 'Section 4.1 (46.2% MFU) and Section 4 chip-hours (6144×1200 h + 3072×336 h)', checked: '2026-11-26' },
    },
  },
  pue: {
    scope: 'scenario',
    kind: 'number',
    range: { min: 1 },
    label: 'PUE',
    option: 'pue',
    metavar: 'F',
    unit: '',
    help: 'data-center power usage effectiveness',
    absent: 'default',
    default: {
      value: 1.1,
      why: 'Power usage effectiveness of the data center that trained GPT-3, as Patterson et al. used it.',
      source: { ...REFERENCES.patterson2021, where: 'Table 4, GPT-3 column: data center PUE 1.10', checked: '2026-11-26' },
    },
  },
  gridGramsCo2PerKwh: {
    scope: 'scenario',
    kind: 'number',
    range: { min: 0 },
    label: 'Grid intensity',
    option: 'grid-co2',
    metavar: 'G',
    unit: 'g CO₂e/kWh',
    help: 'grams CO2e per kWh of the grid',
    absent: 'default',
    default: {
      value: 429,
      why: 'Grid carbon intensity Patterson et al. used for GPT-3\'s data center (US average mix).',
      source: { ...REFERENCES.patterson2021, where: 'Table 4, GPT-3 column: 0.429 kg CO2e/kWh', checked: '2026-11-26' },
    },
  },
  scaleModel: {
    scope: 'scenario',
    section: 'scale-model',
    kind: 'flag',
    label: 'Utilization',
    states: { off: 'fixed MFU', on: 'scale model' },
    option: 'scale-model',
    metavar: '',
    unit: '',
    help: 'utilization from the layout, the cluster and the batch (engine/scale-model) instead of a fixed --mfu; needs --gpus (in the deck: the scaling wall\'s switch)',
    absent: 'default',
    default: {
      value: false,
      why: 'The talk prices every run at one fixed MFU, as SemiAnalysis\' wall does; the scale model (utilization from the layout, the batch and the network) is the "Not so fast" answer, one switch away.',
      source: { ...SEMIANALYSIS, where: 'Cost section: utilization assumed from 40% to 60% with model size, independent of the cluster', checked: '2026-12-01' },
    },
  },
  batchTokens: {
    scope: 'scenario',
    section: 'scale-model',
    kind: 'number',
    range: { min: 1 },
    slider: { min: 2 ** 19, max: 2 ** 29, scale: 'log' },
    label: 'Global batch',
    option: 'batch-tokens',
    metavar: 'N',
    unit: 'tokens',
    help: 'tokens in one global batch, for the scale model; omitted (empty in the panel): the batch-size law\'s for the run\'s compute (DeepSeek LLM, B = 0.2920 · C^0.3271)',
    absent: 'derived',
    derivedAs: 'the batch-size law',
    default: {
      value: null as number | null,
      why: 'The batch a run of this compute would use: DeepSeek LLM\'s law of the optimal batch against compute (tokens), checked against its own 7B and 67B batches, in whole sequences. Megatron-LM\'s 2021 batch (3,072 × 2,048 = 6.3M tokens) stays one edit away.',
      source: BATCH_SIZE_LAW.source,
    },
  },
  recompute: {
    scope: 'scenario',
    section: 'scale-model',
    kind: 'choice',
    choices: ['none', 'selective', 'full'],
    label: 'Recompute',
    option: 'recompute',
    metavar: 'R',
    unit: '',
    help: 'activation recomputation for the scale model',
    absent: 'default',
    default: {
      value: 'selective',
      why: 'Selective recomputation (attention only) with sequence parallelism keeps memory low for 2–7% more work; full recomputation costs 36–39%.',
      source: { ...REFERENCES.korthikanti2022, where: '§5 and Table 4: selective recomputation with sequence parallelism, 2–7% more work; full recomputation 36–39%', checked: '2026-12-01' },
    },
  },
  storageWriteTbPerSecond: {
    scope: 'scenario',
    section: 'scale-model',
    kind: 'number',
    range: { min: 0, minOpen: true },
    slider: { min: 0.1, max: 20, scale: 'log' },
    label: 'Checkpoint write bandwidth',
    option: 'checkpoint-tbps',
    metavar: 'TB/S',
    unit: 'TB/s',
    help: 'aggregate storage write bandwidth for checkpoints, for the scale model\'s goodput',
    absent: 'default',
    default: {
      value: 2,
      why: 'Llama 3\'s storage (Tectonic) sustains 2 TB/s for its 16k-GPU run (7 TB/s peak): the one published training cluster that states it.',
      source: { ...REFERENCES.llama3, where: '§3.3.1: Tectonic, "240 PB of storage out of 7,500 servers … sustainable throughput of 2 TB/s and a peak throughput of 7 TB/s"', checked: '2026-12-01' },
    },
  },
  restartMinutes: {
    scope: 'scenario',
    section: 'scale-model',
    kind: 'number',
    range: { min: 0 },
    slider: { min: 1, max: 120, scale: 'log' },
    label: 'Restart time',
    option: 'restart-minutes',
    metavar: 'MIN',
    unit: 'min',
    help: 'minutes from a failure to training again (detect, swap the node, restart, reload), for the scale model\'s goodput',
    absent: 'default',
    default: {
      value: 10,
      why: 'Detect, diagnose, evict or swap the node, restart the job and reload the checkpoint; recomputing the work since the last checkpoint is modelled separately.',
      source: { ...REFERENCES.megascale, where: '§6.2–6.3: detection plus diagnostics "less than 10 minutes"; "catch up to the training progress prior to the crash within 15 minutes from the latest checkpoints". Kokolis et al. (SECONDARY) give restart overhead u0 ≈ 5–20 min', checked: '2026-12-01' },
    },
  },
  model: {
    scope: 'workload',
    kind: 'choice',
    choices: MODEL_IDS,
    label: 'Model',
    option: 'model',
    metavar: 'ID',
    unit: '',
    help: 'a model from data/models.ts (its parameters and tokens)',
    absent: 'none',
    default: null,
  },
  params: {
    scope: 'workload',
    kind: 'number',
    range: { min: 0, minOpen: true },
    examples: '1e12, 70e9, 175000000000',
    label: 'Parameters',
    option: 'params',
    metavar: 'N',
    unit: '',
    help: 'parameters',
    absent: 'none',
    default: null,
  },
  activeParams: {
    scope: 'workload',
    kind: 'number',
    range: { min: 0, minOpen: true },
    label: 'Active parameters',
    option: 'active-params',
    metavar: 'N',
    unit: '',
    help: 'parameters used per token (mixture of experts): training FLOPs use them, memory holds all --params; omitted: all of them',
    absent: 'none',
    default: null,
  },
  tokens: {
    scope: 'workload',
    kind: 'number',
    range: { min: 0, minOpen: true },
    label: 'Tokens',
    option: 'tokens',
    metavar: 'D',
    unit: '',
    help: 'training tokens; omitted: compute-optimal, N × tokens-per-param',
    absent: 'none',
    default: null,
  },
  tensorParallel: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Tensor parallel',
    option: 'tp',
    metavar: 'N',
    unit: '',
    help: 'tensor-parallel ways, inside the NVLink domain (fixes the layout: implies --scale-model)',
    absent: 'none',
    default: null,
  },
  pipelineParallel: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Pipeline parallel',
    option: 'pp',
    metavar: 'N',
    unit: '',
    help: 'pipeline stages (implies --scale-model)',
    absent: 'none',
    default: null,
  },
  expertParallel: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Expert parallel',
    option: 'ep',
    metavar: 'N',
    unit: '',
    help: 'expert-parallel ways: each MoE layer\'s routed experts split over N data-parallel ranks, tokens sent to them by all-to-all (implies --scale-model)',
    absent: 'none',
    default: null,
  },
  interleave: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Interleave',
    option: 'interleave',
    metavar: 'N',
    unit: '',
    help: 'model chunks per pipeline rank, Megatron\'s interleaved schedule (implies --scale-model)',
    absent: 'none',
    default: null,
  },
  microbatchSequences: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Microbatch',
    option: 'microbatch',
    metavar: 'SEQUENCES',
    unit: '',
    help: 'sequences per microbatch (implies --scale-model)',
    absent: 'none',
    default: null,
  },
  contextParallel: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Context parallel',
    option: 'cp',
    metavar: 'N',
    unit: '',
    help: 'context-parallel ways: the sequence split over GPUs for attention, K/V passed around a ring; must divide the sequence length (implies --scale-model)',
    absent: 'none',
    default: null,
  },
  zeroStage: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 0, max: 3 },
    label: 'ZeRO stage',
    option: 'zero',
    metavar: 'S',
    unit: '',
    help: 'what the data-parallel group shards: 0 nothing, 1 optimizer state, 2 + gradients, 3 + weights (FSDP); omitted: the least that fits',
    absent: 'none',
    default: null,
  },
  fsdp: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'flag',
    label: 'FSDP',
    option: 'fsdp',
    metavar: '',
    unit: '',
    help: 'fully sharded data parallel: the same as --zero 3',
    absent: 'none',
    default: null,
  },
  seqLen: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Sequence length',
    option: 'seq-len',
    metavar: 'N',
    unit: 'tokens',
    help: 'tokens per sequence for the scale model; omitted: the model\'s, else 2048',
    absent: 'none',
    default: null,
  },
  sequenceParallel: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'flag',
    label: 'Sequence parallel',
    option: 'sequence-parallel',
    metavar: '',
    unit: '',
    help: 'Megatron sequence parallelism: layer norms and dropout split over the tensor-parallel ranks',
    absent: 'none',
    default: null,
  },
  interNodeGbps: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'number',
    range: { min: 0, minOpen: true },
    label: 'Scale-out bandwidth',
    option: 'inter-node-gbps',
    metavar: 'G',
    unit: 'Gb/s',
    help: 'scale-out (InfiniBand/RoCE, or a TPU pod\'s data-center network) bandwidth per GPU, one direction, Gb/s; omitted: the accelerator\'s reference system (data/cluster-fabric.ts)',
    absent: 'none',
    default: null,
  },
  layers: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Layers',
    option: 'layers',
    metavar: 'N',
    unit: '',
    help: 'Transformer layers of a custom model (with --d-model, --heads, --vocab; then --params may be left out: the shape gives it)',
    absent: 'none',
    default: null,
  },
  dModel: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Model width',
    option: 'd-model',
    metavar: 'N',
    unit: '',
    help: 'hidden width of a custom model',
    absent: 'none',
    default: null,
  },
  heads: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Heads',
    option: 'heads',
    metavar: 'N',
    unit: '',
    help: 'attention heads of a custom model',
    absent: 'none',
    default: null,
  },
  vocab: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Vocabulary',
    option: 'vocab',
    metavar: 'N',
    unit: '',
    help: 'vocabulary of a custom model',
    absent: 'none',
    default: null,
  },
  kvHeads: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Key/value heads',
    option: 'kv-heads',
    metavar: 'N',
    unit: '',
    help: 'key/value heads: fewer than --heads for grouped-query attention, 1 for multi-query; omitted: the model\'s, else --heads',
    absent: 'none',
    default: null,
  },
  headDim: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Head width',
    option: 'head-dim',
    metavar: 'N',
    unit: '',
    help: 'width of one attention head; omitted: the model\'s, else --d-model ÷ --heads',
    absent: 'none',
    default: null,
  },
  ffnHidden: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'FFN width',
    option: 'ffn-hidden',
    metavar: 'N',
    unit: '',
    help: 'MLP hidden width (of each of the gate and up matrices when gated); omitted: the model\'s, else 4 × --d-model',
    absent: 'none',
    default: null,
  },
  gatedMlp: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'flag',
    label: 'Gated MLP',
    option: 'gated-mlp',
    metavar: '',
    unit: '',
    help: 'a gated MLP (SwiGLU, GeGLU) of a custom model: three d × FFN matrices instead of two',
    absent: 'none',
    default: null,
  },
  untiedEmbeddings: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'flag',
    label: 'Untied embeddings',
    option: 'untied-embeddings',
    metavar: '',
    unit: '',
    help: 'a custom model\'s output layer is its own V × d matrix, not the input embedding (Llama); omitted: tied, counted once',
    absent: 'none',
    default: null,
  },
  experts: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Routed experts',
    option: 'experts',
    metavar: 'N',
    unit: '',
    help: 'routed experts in each MoE layer of a custom model (with --top-k and --expert-ffn)',
    absent: 'none',
    default: null,
  },
  topK: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Experts per token',
    option: 'top-k',
    metavar: 'K',
    unit: '',
    help: 'routed experts each token uses (with --experts)',
    absent: 'none',
    default: null,
  },
  expertFfn: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 1 },
    label: 'Expert FFN width',
    option: 'expert-ffn',
    metavar: 'N',
    unit: '',
    help: 'MLP width of one expert (with --experts); omitted: the dense MLP\'s (--ffn-hidden, else 4 × --d-model)',
    absent: 'none',
    default: null,
  },
  sharedExperts: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 0 },
    label: 'Shared experts',
    option: 'shared-experts',
    metavar: 'N',
    unit: '',
    help: 'experts every token uses besides the routed ones (with --experts); omitted: 0',
    absent: 'none',
    default: null,
  },
  denseLayers: {
    scope: 'workload',
    section: 'scale-model',
    kind: 'integer',
    range: { min: 0 },
    label: 'Dense layers',
    option: 'dense-layers',
    metavar: 'N',
    unit: '',
    help: 'leading layers with a dense MLP instead of experts (with --experts); omitted: 0',
    absent: 'none',
    default: null,
  },
} as const satisfies Record<string, FieldSpec>

type Schema = typeof ASSUMPTION_SCHEMA

/** Every field's key, in schema order. */
export type AssumptionField = keyof Schema

type KeysOfScope<S extends FieldScope> = { [K in AssumptionField]: Schema[K]['scope'] extends S ? K : never }[AssumptionField]

/** A field's value type, read off its entry: the ids of a choice, a flag's boolean, else a number. */
type ValueOf<K extends AssumptionField> = Schema[K] extends { kind: 'choice', choices: readonly (infer C)[] }
  ? C
  : Schema[K] extends { kind: 'flag' } ? boolean : number

/** Everything the engine needs to price a training run, validated. `gpus: null`: no cluster given; `batchTokens: null`: the law's. */
export type Assumptions = { -readonly [K in KeysOfScope<'scenario'>]: ValueOf<K> | (Schema[K]['absent'] extends 'none' | 'derived' ? null : never) }

/**
 * What to train and how the command line models it: a known model or a size (and optionally tokens),
 * and the scale model's options. Null when not named; a flag is false when not given.
 */
export type Workload = { -readonly [K in KeysOfScope<'workload'>]: Schema[K] extends { kind: 'flag' } ? boolean : ValueOf<K> | (Schema[K]['absent'] extends 'none' ? null : never) }

/** The assumptions the store, the panel, links and exports hold, in panel order. */
export type AssumptionKey = KeysOfScope<'scenario'>

function keysOf<S extends FieldScope>(scope: S): KeysOfScope<S>[] {
  return (Object.keys(ASSUMPTION_SCHEMA) as AssumptionField[]).filter((k): k is KeysOfScope<S> => ASSUMPTION_SCHEMA[k].scope === scope)
}

/**
 * The version of what a field means. Stored values carry it: bump it when a field changes meaning (a
 * unit, a kind), so values saved under the old meaning are dropped instead of misread. Adding a field
 * needs no bump: a field absent from stored data takes its default.
 */
export const ASSUMPTION_SCHEMA_VERSION = 1

/** The store's fields in panel order. */
export const ASSUMPTION_KEYS: readonly AssumptionKey[] = keysOf('scenario')

/** The store's fields the talk's own figures use, in panel order. */
export const TALK_ASSUMPTION_KEYS: readonly AssumptionKey[] = ASSUMPTION_KEYS.filter(key => fieldSpec(key).section === undefined)

/** The scale model's fields ("Not so fast", the wall's switch), in panel order. */
export const SCALE_MODEL_ASSUMPTION_KEYS: readonly AssumptionKey[] = ASSUMPTION_KEYS.filter(key => fieldSpec(key).section === 'scale-model')

/** The command line's workload fields, in `--help` order. */
export const WORKLOAD_KEYS: readonly KeysOfScope<'workload'>[] = keysOf('workload')

/** One schema entry, typed as the general shape (for code that walks every field). */
export function fieldSpec(key: AssumptionField): FieldSpec {
  return ASSUMPTION_SCHEMA[key]
}

/** The talk's default of each scenario field, with why and where from (slides cite these sources). */
export const DEFAULTS = Object.fromEntries(ASSUMPTION_KEYS.map(key => [key, ASSUMPTION_SCHEMA[key].default])) as unknown as {
  [K in AssumptionKey]: DefaultAssumption<Assumptions[K]>
}

/** The defaults as the live store starts from them. */
export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = Object.freeze(Object.fromEntries(ASSUMPTION_KEYS.map(key => [key, DEFAULTS[key].value])) as Assumptions)

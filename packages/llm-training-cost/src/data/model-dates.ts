/**
 * When each model was published (month of the paper or report), for the "models grow" timeline, plus a
 * few earlier Transformers so the growth shows from the original architecture onwards. Dates are the
 * month of the first public version (arXiv v1 month is in the identifier: 2005.14165 = May 2020).
 */
import type { ModelId } from './models.ts'
import type { Reference, Source } from './source.ts'
import { REFERENCES } from './source.ts'

/** A model on the timeline: a talk model by id (size from data/models.ts), or an earlier one with its size. */
export interface ModelDate {
  /** A talk model's id, or a slug for the earlier models below. */
  id: string
  /** First public version, YYYY-MM. */
  published: string
  source: Source
}

export interface EarlierModel extends ModelDate {
  name: string
  params: number
}

/** Earlier papers, not in data/source.ts because no other fact cites them. */
const EARLIER = {
  transformer: { title: 'Vaswani et al., "Attention Is All You Need", NeurIPS 2017 (arXiv 1706.03762)', url: 'https://arxiv.org/abs/1706.03762', published: '2017-06' },
  bert: { title: 'Devlin et al., "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding" (arXiv 1810.04805)', url: 'https://arxiv.org/abs/1810.04805', published: '2018-10' },
  gpt2: { title: 'Radford et al., "Language Models are Unsupervised Multitask Learners", OpenAI, February 2019', url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf', published: '2019-02' },
  megatronLm: { title: 'Shoeybi et al., "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism" (arXiv 1909.08053)', url: 'https://arxiv.org/abs/1909.08053', published: '2019-09' },
  t5: { title: 'Raffel et al., "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer" (arXiv 1910.10683)', url: 'https://arxiv.org/abs/1910.10683', published: '2019-10' },
} as const satisfies Record<string, Reference>

export const EARLIER_MODELS = [
  {
    id: 'transformer-big',
    name: 'Transformer (big)',
    params: 213e6,
    published: EARLIER.transformer.published,
    source: { ...EARLIER.transformer, where: 'Table 3, "big" row: 213 × 10⁶ parameters; arXiv v1 June 2017', checked: '2026-11-26' },
  },
  {
    id: 'bert-large',
    name: 'BERT-Large',
    params: 340e6,
    published: EARLIER.bert.published,
    source: { ...EARLIER.bert, where: 'Section 3: "BERT_LARGE (L=24, H=1024, A=16, Total Parameters=340M)"; arXiv v1 October 2018', checked: '2026-11-26' },
  },
  {
    id: 'gpt-2',
    name: 'GPT-2',
    params: 1.542e9,
    published: EARLIER.gpt2.published,
    source: { ...EARLIER.gpt2, where: 'Table 2: largest model 1542M parameters, 48 layers, d_model 1600', checked: '2026-11-26' },
  },
  {
    id: 'megatron-lm-8b',
    name: 'Megatron-LM',
    params: 8.3e9,
    published: EARLIER.megatronLm.published,
    source: { ...EARLIER.megatronLm, where: 'Abstract: "transformer based models with up to 8.3 billion parameters"; arXiv v1 September 2019', checked: '2026-11-26' },
  },
  {
    id: 't5-11b',
    name: 'T5',
    params: 11e9,
    published: EARLIER.t5.published,
    source: { ...EARLIER.t5, where: 'Section 3.7: the "11B" variant, about 11 billion parameters; arXiv v1 October 2019', checked: '2026-11-26' },
  },
] as const satisfies readonly EarlierModel[]

const arxiv = (ref: Reference, where: string, checked: Source['checked']): Source => ({ ...ref, where, checked })

/** Publication month of each talk model (sizes come from data/models.ts). */
export const MODEL_DATES = [
  {
    id: 'gpt-3',
    published: REFERENCES.gpt3.published,
    source: arxiv(REFERENCES.gpt3, 'arXiv 2005.14165 v1, May 2020', '2026-11-26'),
  },
  {
    id: 'jurassic-1',
    published: REFERENCES.jurassic1.published,
    source: arxiv(REFERENCES.jurassic1, 'technical paper dated August 2021', '2026-11-26'),
  },
  {
    id: 'gopher',
    published: REFERENCES.gopher.published,
    source: arxiv(REFERENCES.gopher, 'arXiv 2112.11446 v1, December 2021', '2026-11-26'),
  },
  {
    id: 'lamda',
    published: REFERENCES.lamda.published,
    source: arxiv(REFERENCES.lamda, 'arXiv 2201.08239 v1, January 2022', '2026-11-26'),
  },
  {
    id: 'mt-nlg',
    published: REFERENCES.mtNlg.published,
    source: arxiv(REFERENCES.mtNlg, 'arXiv 2201.11990 v1, January 2022', '2026-11-26'),
  },
  {
    id: 'chinchilla',
    published: REFERENCES.chinchilla2022.published,
    source: arxiv(REFERENCES.chinchilla2022, 'arXiv 2203.15556 v1, March 2022', '2026-11-26'),
  },
  {
    id: 'palm',
    published: REFERENCES.palm2022.published,
    source: arxiv(REFERENCES.palm2022, 'arXiv 2204.02311 v1, April 2022', '2026-11-26'),
  },
] as const satisfies readonly (ModelDate & { id: ModelId })[]

/** The architecture the Transformer slide draws. */
export const TRANSFORMER_FIGURE_1: Source = {
  ...EARLIER.transformer,
  where: 'Figure 1 (the Transformer model architecture); Section 3.3 (position-wise feed-forward, inner size 4·d_model)',
  checked: '2026-11-26',
}

/**
 * Documents behind the scale model's facts (issue 12), kept apart from data/source.ts so this work merges
 * cleanly. Combine with `where` and `checked` to make a `Source`.
 */
import type { Reference } from './source'

export const SCALE_REFERENCES = {
  megatron2021: {
    title: 'Narayanan et al., "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM", SC21 (arXiv 2104.04473)',
    url: 'https://arxiv.org/abs/2104.04473',
  },
  korthikanti2022: {
    title: 'Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models", MLSys 2023 (arXiv 2205.05198)',
    url: 'https://arxiv.org/abs/2205.05198',
  },
  llama3: {
    title: 'Llama Team, AI @ Meta, "The Llama 3 Herd of Models" (arXiv 2407.21783)',
    url: 'https://arxiv.org/abs/2407.21783',
  },
  mtNlg: {
    title: 'Smith et al., "Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B" (arXiv 2201.11990)',
    url: 'https://arxiv.org/abs/2201.11990',
  },
  llmAnalysis: {
    title: 'cli99/llm-analysis README (quotes MT-NLG §2.4 throughput per server count)',
    url: 'https://github.com/cli99/llm-analysis',
  },
  palm2022: {
    title: 'Chowdhery et al., "PaLM: Scaling Language Modeling with Pathways" (arXiv 2204.02311)',
    url: 'https://arxiv.org/abs/2204.02311',
  },
  bloomTr11: {
    title: 'bigscience-workshop/bigscience, train/tr11-176B-ml/README.md (BLOOM 176B training log and settings)',
    url: 'https://github.com/bigscience-workshop/bigscience/blob/master/train/tr11-176B-ml/README.md',
  },
  bloomBlog: {
    title: 'Bekman, "The Technology Behind BLOOM Training", Hugging Face blog, 2022-07-09',
    url: 'https://huggingface.co/blog/bloom-megatron-deepspeed',
    published: '2022-07-09',
  },
  opt: {
    title: 'Zhang et al., "OPT: Open Pre-trained Transformer Language Models" (arXiv 2205.01068)',
    url: 'https://arxiv.org/abs/2205.01068',
  },
  megascale: {
    title: 'Jiang et al., "MegaScale: Scaling Large Language Model Training to More Than 10,000 GPUs", NSDI 2024 (arXiv 2402.15627)',
    url: 'https://arxiv.org/abs/2402.15627',
  },
  kokolis2024: {
    title: 'Kokolis et al., "Revisiting Reliability in Large-Scale Machine Learning Research Clusters", HPCA 2025 (arXiv 2410.21680)',
    url: 'https://arxiv.org/abs/2410.21680',
  },
  young1974: {
    title: 'Young, "A First Order Approximation to the Optimum Checkpoint Interval", Communications of the ACM 17(9):530–531, 1974 (doi:10.1145/361147.361115)',
    url: 'https://doi.org/10.1145/361147.361115',
  },
  daly2006: {
    title: 'Daly, "A Higher Order Estimate of the Optimum Checkpoint Interval for Restart Dumps", Future Generation Computer Systems 22(3):303–312, 2006 (doi:10.1016/j.future.2004.11.016)',
    url: 'https://doi.org/10.1016/j.future.2004.11.016',
  },
  dgxA100: {
    title: 'NVIDIA DGX A100 datasheet / user guide (system specifications)',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/nvidia-dgx-a100-datasheet.pdf',
  },
  dgxH100: {
    title: 'NVIDIA DGX H100 datasheet / DGX H100 and H200 user guide (system specifications)',
    url: 'https://docs.nvidia.com/dgx/dgxh100-user-guide/',
  },
  dgxB200: {
    title: 'NVIDIA DGX B200 page / user guide (system specifications)',
    url: 'https://www.nvidia.com/en-us/data-center/dgx-b200/',
  },
  tomsHardwareColossus: {
    title: 'Tom\'s Hardware, reports on xAI Colossus (Memphis) power approval, Nov 2024',
    url: 'https://www.tomshardware.com/',
  },
  semianalysis100k: {
    title: 'SemiAnalysis, "100,000 H100 Clusters: Power, Network Topology, Ethernet vs InfiniBand, Reliability, Failures, Checkpointing", June 2024',
    url: 'https://semianalysis.com/2024/06/17/100000-h100-clusters-power-network/',
  },
  llama31Card: {
    title: 'meta-llama/llama-models, models/llama3_1/MODEL_CARD.md ("Training Energy Use" and emissions)',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  },
  villalobos2024: {
    title: 'Villalobos et al., "Will we run out of data? Limits of LLM scaling based on human-generated data", ICML 2024 (arXiv 2211.04325v2)',
    url: 'https://arxiv.org/abs/2211.04325',
  },
  qwen3: {
    title: 'Qwen Team, "Qwen3 Technical Report" (arXiv 2505.09388)',
    url: 'https://arxiv.org/abs/2505.09388',
  },
  llama4Card: {
    title: 'meta-llama/llama-models, models/llama4/MODEL_CARD.md',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md',
  },
  deepseekV3: {
    title: 'DeepSeek-AI, "DeepSeek-V3 Technical Report" (arXiv 2412.19437)',
    url: 'https://arxiv.org/abs/2412.19437',
  },
  scalingBook: {
    title: 'Austin et al., "How to Scale Your Model" (jax-ml/scaling-book), GPU chapter',
    url: 'https://jax-ml.github.io/scaling-book/',
  },
  semianalysisGemm: {
    title: 'SemiAnalysis, H100 vs MI300X training benchmarks (measured BF16 GEMM on realistic shapes)',
    url: 'https://semianalysis.com/',
  },
  b200Gemm: {
    title: 'arXiv 2604.23466 (B200 GEMM throughput on LLM shapes; the paper not read here, its figures as a third party quotes them: SECONDARY)',
    url: 'https://arxiv.org/abs/2604.23466',
  },
  mosaicThroughput: {
    title: 'mosaicml/examples, llm/throughput/README.md (MosaicGPT throughput, MFU and HFU on MosaicML Cloud, FSDP)',
    url: 'https://github.com/mosaicml/examples/tree/main/llm/throughput',
  },
  nemoPerformance: {
    title: 'NVIDIA/NeMo, docs/source/performance/performance_summary.md (NeMo 24.07, DGX-H100, FP8 pre-training)',
    url: 'https://github.com/NVIDIA/NeMo/blob/main/docs/source/performance/performance_summary.md',
  },
  patterson2021: {
    title: 'Patterson et al., "Carbon Emissions and Large Neural Network Training" (arXiv 2104.10350)',
    url: 'https://arxiv.org/abs/2104.10350',
  },
} as const satisfies Record<string, Reference>

/**
 * How far a fact was checked: VERIFIED (read in the document or a faithful full-text copy), SECONDARY (as
 * a third party quotes it), UNVERIFIED (nothing found to check it against), DERIVED (arithmetic on
 * other facts, whose labels still apply).
 */
export type ReferenceLabel = 'VERIFIED' | 'SECONDARY' | 'UNVERIFIED' | 'DERIVED'

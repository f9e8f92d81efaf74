/**
 * An ISO 8601 calendar date: YYYY-MM-DD, or reduced to YYYY-MM or YYYY when that is all a source states
 * (arXiv identifiers give the month of the first version: 2005.14165 is May 2020). The pattern catches
 * `'26/11/2026'` at compile time; tests/unit/data.test.ts checks that each date is a real day.
 */
export type IsoDate = IsoDay | `${number}-${number}` | `${number}`

/** A full ISO 8601 day, YYYY-MM-DD. */
export type IsoDay = `${number}-${number}-${number}`

/**
 * Where a fact comes from. Every value in `data/` carries one, so a reader of the deck (or of the PDF)
 * can open the page and find the number.
 */
export interface Source extends Reference {
  /** Where in the source: table, section, figure, page or quoted phrase. */
  where: string
  /**
   * The day this fact was last checked against the source (YYYY-MM-DD). Each fact has its own: re-reading
   * one table dates that fact, not every fact of the deck.
   */
  checked: IsoDay
}

/** A document, before the `where` is known: one per document, reused across facts. */
export interface Reference {
  /** Title of the paper, article, datasheet or page. */
  title: string
  /** Stable address of the source. */
  url: string
  /**
   * When the document first appeared, where it says so (a dated article, an arXiv identifier). A fact
   * cannot have been checked before it; vendor pages and repositories change in place and have none.
   */
  published?: IsoDate
}

/** The documents the facts come from. Combine with `where` and `checked` to make a `Source`. */
export const REFERENCES = {
  semiAnalysisBrickWall: {
    title: 'Patel, "The AI Brick Wall – A Practical Limit For Scaling Dense Transformer Models, and How GPT 4 Will Break Past It", SemiAnalysis, 2023-01-24',
    url: 'https://newsletter.semianalysis.com/p/the-ai-brick-wall-a-practical-limit',
    published: '2023-01-24',
  },
  mosaicGpt3Quality: {
    title: 'Venigalla & Li, "Mosaic LLMs (Part 2): GPT-3 quality for <$500k", MosaicML, 2022-09-29',
    url: 'https://www.databricks.com/blog/gpt-3-quality-for-500k',
    published: '2022-09-29',
  },
  mosaicThroughput: {
    title: 'mosaicml/examples, llm/throughput/README.md (MFU and HFU measurements)',
    url: 'https://github.com/mosaicml/examples/tree/main/llm/throughput',
  },
  mosaicStableDiffusion: {
    title: 'mosaicml/diffusion benchmark README ("Our cost estimates are based on $2 / A100-hour")',
    url: 'https://github.com/mosaicml/diffusion',
  },
  mosaicMpt30b: {
    title: 'MosaicML, "MPT-30B: Raising the bar for open-source foundation models", 2023-06-22',
    url: 'https://www.databricks.com/blog/mpt-30b',
    published: '2023-06-22',
  },
  megatron2021: {
    title: 'Narayanan et al., "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM", SC21 (arXiv 2104.04473)',
    url: 'https://arxiv.org/abs/2104.04473',
    published: '2021-04',
  },
  korthikanti2022: {
    title: 'Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models" (arXiv 2205.05198)',
    url: 'https://arxiv.org/abs/2205.05198',
    published: '2022-05',
  },
  zero2020: {
    title: 'Rajbhandari et al., "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", SC20 (arXiv 1910.02054)',
    url: 'https://arxiv.org/abs/1910.02054',
    published: '2019-10',
  },
  palm2022: {
    title: 'Chowdhery et al., "PaLM: Scaling Language Modeling with Pathways" (arXiv 2204.02311)',
    url: 'https://arxiv.org/abs/2204.02311',
    published: '2022-04',
  },
  chinchilla2022: {
    title: 'Hoffmann et al., "Training Compute-Optimal Large Language Models" (arXiv 2203.15556)',
    url: 'https://arxiv.org/abs/2203.15556',
    published: '2022-03',
  },
  gpt3: {
    title: 'Brown et al., "Language Models are Few-Shot Learners" (arXiv 2005.14165)',
    url: 'https://arxiv.org/abs/2005.14165',
    published: '2020-05',
  },
  lamda: {
    title: 'Thoppilan et al., "LaMDA: Language Models for Dialog Applications" (arXiv 2201.08239)',
    url: 'https://arxiv.org/abs/2201.08239',
    published: '2022-01',
  },
  jurassic1: {
    title: 'Lieber et al., "Jurassic-1: Technical Details and Evaluation", AI21 Labs, 2021',
    url: 'https://uploads-ssl.webflow.com/60fd4503684b466578c0d307/61138924626a6981ee09caf6_jurassic_tech_paper.pdf',
    published: '2021-08',
  },
  gopher: {
    title: 'Rae et al., "Scaling Language Models: Methods, Analysis & Insights from Training Gopher" (arXiv 2112.11446)',
    url: 'https://arxiv.org/abs/2112.11446',
    published: '2021-12',
  },
  mtNlg: {
    title: 'Smith et al., "Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B" (arXiv 2201.11990)',
    url: 'https://arxiv.org/abs/2201.11990',
    published: '2022-01',
  },
  patterson2021: {
    title: 'Patterson et al., "Carbon Emissions and Large Neural Network Training" (arXiv 2104.10350)',
    url: 'https://arxiv.org/abs/2104.10350',
    published: '2021-04',
  },
  epochTrainingCost: {
    title: 'Epoch AI, training-cost-trends data ("Hardware prices.csv", "Chip dataset", "All ML Systems")',
    url: 'https://github.com/epoch-research/training-cost-trends',
  },
  vantageP3dn: {
    title: 'Vantage, "EC2 Instances Info": p3dn.24xlarge (AWS on-demand and reserved prices by region, as Vantage collects them)',
    url: 'https://instances.vantage.sh/aws/ec2/p3dn.24xlarge',
  },
  nvidiaV100: {
    title: 'NVIDIA Tesla V100 GPU datasheet',
    url: 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf',
  },
  nvidiaA100: {
    title: 'NVIDIA A100 Tensor Core GPU datasheet (nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf)',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
  },
  nvidiaH100: {
    title: 'NVIDIA H100 Tensor Core GPU product page (specifications)',
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
  },
  nvidiaH100PcieBrief: {
    title: 'NVIDIA H100 PCIe GPU Product Brief (PB-11133-001_v02, November 2022)',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/gtcs22/data-center/h100/PB-11133-001_v01.pdf',
    published: '2022-11',
  },
  mlperfH200: {
    title: 'MLCommons inference_results v4.1, NVIDIA H200-SXM-141GBx8 system description JSON',
    url: 'https://github.com/mlcommons/inference_results_v4.1',
  },
  mlperfB200: {
    title: 'MLCommons inference_results v6.0, Nebius B200 (NVIDIA B200-SXM-180GB) system description JSON',
    url: 'https://github.com/mlcommons/inference_results_v6.0',
  },
  tpuV4: {
    title: 'Jouppi et al., "TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning", ISCA 2023 (arXiv 2304.01433)',
    url: 'https://arxiv.org/abs/2304.01433',
    published: '2023-04',
  },
  torchtitanH100: {
    title: 'torchtitan team, "Llama 3.1 8B, 70B, 405B on H100" benchmark (pytorch/torchtitan, benchmarks/llama3_h100_202412_torchtitan.md, December 2024)',
    url: 'https://github.com/pytorch/torchtitan/blob/main/benchmarks/llama3_h100_202412_torchtitan.md',
    published: '2024-12',
  },
  llama3: {
    title: 'Llama Team, AI @ Meta, "The Llama 3 Herd of Models" (arXiv 2407.21783)',
    url: 'https://arxiv.org/abs/2407.21783',
    published: '2024-07',
  },
  llmFoundryBenchmarks: {
    title: 'mosaicml/llm-foundry, scripts/train/benchmarking/README.md (tables "H100 80GB BF16" and "H100 80GB FP8")',
    url: 'https://github.com/mosaicml/llm-foundry/blob/main/scripts/train/benchmarking/README.md',
  },
  megatronBridgePerformance: {
    title: 'NVIDIA Megatron-Bridge 25.11 performance summary (DeepSeek-V3 pre-training on 256 GPUs, BF16 and FP8-MX)',
    url: 'https://github.com/NVIDIA-NeMo/Megatron-Bridge',
  },
  deepseekV3: {
    title: 'DeepSeek-AI, "DeepSeek-V3 Technical Report" (arXiv 2412.19437, v2 2025-02-18)',
    url: 'https://arxiv.org/abs/2412.19437',
  },
  deepseekV3Config: {
    title: 'deepseek-ai/DeepSeek-V3, inference/configs/config_671B.json (the released model\'s configuration)',
    url: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/inference/configs/config_671B.json',
  },
  deepseekV3Insights: {
    title: 'Zhao et al. (DeepSeek-AI), "Insights into DeepSeek-V3: Scaling Challenges and Reflections on Hardware for AI Architectures" (ISCA 2025, arXiv 2505.09343)',
    url: 'https://arxiv.org/abs/2505.09343',
  },
  switchTransformer: {
    title: 'Fedus, Zoph and Shazeer, "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity" (arXiv 2101.03961)',
    url: 'https://arxiv.org/abs/2101.03961',
  },
  mixtral: {
    title: 'Jiang et al., "Mixtral of Experts" (arXiv 2401.04088)',
    url: 'https://arxiv.org/abs/2401.04088',
  },
  deepseekLlm: {
    title: 'DeepSeek-AI, "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism" (arXiv 2401.02954)',
    url: 'https://arxiv.org/abs/2401.02954',
    published: '2024-01',
  },
  llama31ModelCard: {
    title: 'meta-llama/llama-models, models/llama3_1/MODEL_CARD.md ("Training Energy Use")',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  },
  llama2ModelCard: {
    title: 'meta-llama/llama, MODEL_CARD.md (Llama 2: "Llama 2 family of models" and "CO2 emissions during pretraining" tables)',
    url: 'https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md',
  },
  nvidiaHgxB200: {
    title: 'NVIDIA HGX B200 and DGX B200 product pages (specifications; sparse figures halved)',
    url: 'https://www.nvidia.com/en-us/data-center/hgx/',
  },
  nvidiaGb200: {
    title: 'NVIDIA GB200 NVL72 product page (specifications, per 72 GPUs; sparse figures halved)',
    url: 'https://www.nvidia.com/en-us/data-center/gb200-nvl72/',
  },
  llmAnalysis: {
    title: 'cli99/llm-analysis README (quotes MT-NLG §2.4 throughput per server count)',
    url: 'https://github.com/cli99/llm-analysis',
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
  cloudTpuV4: {
    title: 'Google Cloud, "TPU v4" (Cloud TPU documentation: system architecture, key specifications)',
    url: 'https://cloud.google.com/tpu/docs/v4',
  },
  cloudTpuV3: {
    title: 'Google Cloud, "TPU v3" (Cloud TPU documentation: system architecture, key specifications)',
    url: 'https://cloud.google.com/tpu/docs/v3',
  },
  megatron2019: {
    title: 'Shoeybi et al., "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism" (arXiv 1909.08053)',
    url: 'https://arxiv.org/abs/1909.08053',
    published: '2019-09',
  },
  popeInference: {
    title: 'Pope et al., "Efficiently Scaling Transformer Inference" (MLSys 2023, arXiv 2211.05102)',
    url: 'https://arxiv.org/abs/2211.05102',
    published: '2022-11',
  },
  nemoPerformance: {
    title: 'NVIDIA/NeMo, docs/source/performance/performance_summary.md (NeMo 24.07, DGX-H100, FP8 pre-training)',
    url: 'https://github.com/NVIDIA/NeMo/blob/main/docs/source/performance/performance_summary.md',
  },
  gpt2Model: {
    title: 'openai/gpt-2, src/model.py (the GPT-2 model GPT-3 reuses: the logits are the token embedding wte transposed)',
    url: 'https://github.com/openai/gpt-2/blob/master/src/model.py',
  },
  llama3Model: {
    title: 'meta-llama/llama-models, models/llama3/model.py (Llama 3 reference model: tok_embeddings and a separate output matrix, RMSNorm before attention and before the MLP, one final norm)',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3/model.py',
  },
  llama2Model: {
    title: 'meta-llama/llama, llama/model.py (Llama 2 reference model: tok_embeddings and a separate output matrix)',
    url: 'https://github.com/meta-llama/llama/blob/main/llama/model.py',
  },
  llama2_70bConfig: {
    title: 'meta-llama/Llama-2-70b-hf, config.json (Hugging Face)',
    url: 'https://huggingface.co/meta-llama/Llama-2-70b-hf/blob/main/config.json',
  },
} as const satisfies Record<string, Reference>

/**
 * How far a fact was checked: VERIFIED (read in the document or a faithful full-text copy), SECONDARY (as
 * a third party quotes it), UNVERIFIED (nothing found to check it against), DERIVED (arithmetic on
 * other facts, whose labels still apply).
 */
export type ReferenceLabel = 'VERIFIED' | 'SECONDARY' | 'UNVERIFIED' | 'DERIVED'

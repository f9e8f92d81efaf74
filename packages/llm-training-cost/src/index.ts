/**
 * llm-training-cost: the engine (engine/index.ts) and the dataset's version. The facts themselves are
 * modules of their own: `llm-training-cost/data/models`, `llm-training-cost/data/prices`, ...; the
 * command line is `llm-training-cost/cli`.
 */
export { DATASET_VERSION } from './data/version.ts'
export * from './engine/index.ts'

/**
 * The dataset's version: the newest `checked` date of any fact in data/ (tests/unit/data.test.ts holds
 * it to that), so two estimates can say whether they ran on the same facts. The estimate's JSON
 * carries it as `datasetVersion`.
 */
export const DATASET_VERSION = '2026-12-07'

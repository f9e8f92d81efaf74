/**
 * Every module of data/, by file name: what the references slide walks for its documents
 * (engine/facts/sources.ts `referenceDocuments`). A new file left out here fails tests/unit/data.test.ts.
 */
import * as accelerators from './accelerators.ts'
import * as assumptions from './assumptions.ts'
import * as batchSizeLaw from './batch-size-law.ts'
import * as byId from './by-id.ts'
import * as clusterFabric from './cluster-fabric.ts'
import * as dataSupply from './data-supply.ts'
import * as decoderShape from './decoder-shape.ts'
import * as failures from './failures.ts'
import * as kernelEfficiency from './kernel-efficiency.ts'
import * as modelDates from './model-dates.ts'
import * as models from './models.ts'
import * as moeTraining from './moe-training.ts'
import * as precisionSpeedups from './precision-speedups.ts'
import * as presets from './presets.ts'
import * as prices from './prices.ts'
import * as publishedClaims from './published-claims.ts'
import * as scaleRuns from './scale-runs.ts'
import * as scalingLaws from './scaling-laws.ts'
import * as shardedRuns from './sharded-runs.ts'
import * as sinceTheTalk from './since-the-talk.ts'
import * as source from './source.ts'
import * as systemPower from './system-power.ts'
import * as trainingState from './training-state.ts'
import * as version from './version.ts'

export const DATA_MODULES: Readonly<Record<string, object>> = {
  'accelerators': accelerators,
  'assumptions': assumptions,
  'batch-size-law': batchSizeLaw,
  'by-id': byId,
  'cluster-fabric': clusterFabric,
  'data-supply': dataSupply,
  'decoder-shape': decoderShape,
  'failures': failures,
  'kernel-efficiency': kernelEfficiency,
  'model-dates': modelDates,
  'models': models,
  'moe-training': moeTraining,
  'precision-speedups': precisionSpeedups,
  'presets': presets,
  'prices': prices,
  'published-claims': publishedClaims,
  'scale-runs': scaleRuns,
  'scaling-laws': scalingLaws,
  'sharded-runs': shardedRuns,
  'since-the-talk': sinceTheTalk,
  'source': source,
  'system-power': systemPower,
  'training-state': trainingState,
  'version': version,
}

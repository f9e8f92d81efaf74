/**
 * The scale model of one training run (issue 12): layout, step time, utilization, failures and
 * goodput, power, data supply.
 */
export * from './batch-floor'
export * from './cluster-sweep'
export * from './curves'
export * from './data-supply'
export * from './estimate'
export * from './failures'
export * from './kernel'
export * from './power'
export * from './published-runs'
export * from './report'
export * from './scale-model'
export * from './scaling-wall'
export * from './shape'
export * from './step'
export * from './types'

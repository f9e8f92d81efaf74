/**
 * The engine's public API: pure functions over numbers, units in names. Slides, components and the
 * command line import from here.
 */
export * from './architecture'
export * from './compute'
export * from './compute-optimal'
export * from './compute-optimal-gap'
export * from './estimate'
export * from './format'
export * from './lookup'
export * from './matmul'
export * from './memory'
export * from './parallel-layout'
export * from './roofline-plot'
export * from './scale-out'
export * from './time-cost'
export * from './timeline'
export * from './utilization-points'
export * from './validation'

/**
 * The engine's public API: pure functions over numbers, units in names. Slides, components and the
 * command line import from here.
 */
export * from './compute'
export * from './compute-optimal'
export * from './estimate'
export * from './format'
export * from './lookup'
export * from './matmul'
export * from './memory'
export * from './scale-out'
export * from './time-cost'
export * from './validation'

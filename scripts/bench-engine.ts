/**
 * `npm run bench:engine`: how fast the engine computes every figure the deck shows for one set of
 * assumptions (target < 1 ms), a sweep of 100,000 configurations (target < 100 ms), and the scale
 * model's curves for one scenario (target < 10 ms).
 */
import { measureEngine } from './bench/engine'

const { engineAllFiguresMs, engineSweep100kMs, sweepConfigurations, engineScaleCurvesMs, engineScaleWallMs, engineScaleWallWarmMs } = measureEngine()
console.log(`all figures for one set of assumptions: median ${engineAllFiguresMs.toFixed(3)} ms (target < 1 ms)`)
console.log(`sweep of ${sweepConfigurations.toLocaleString('en-US')} configurations: median ${engineSweep100kMs.toFixed(1)} ms (target < 100 ms)`)
console.log(`the scale model's Not-so-fast curves for one scenario: median ${engineScaleCurvesMs.toFixed(2)} ms (target < 10 ms)`)
console.log(`the scaling wall on the scale model (its switch on): median ${engineScaleWallMs.toFixed(2)} ms (target < 10 ms)`)
console.log(`the same after a price edit (its layout searches kept): median ${engineScaleWallWarmMs.toFixed(2)} ms (target < 10 ms)`)

/**
 * `npx tsx scripts/bench-scale.ts`: how fast the scale model computes the curves of one scenario
 * (the talk's wall: 1T parameters on A100-80GB, 20 cluster sizes from 1,000 to 1,000,000 GPUs, each
 * with a layout search), target < 10 ms; and one fixed-layout call.
 */
import type { ScaleModelInput } from '../packages/llm-training-cost/src/engine'
import { scaleCurves, scaleModel, scalingWallInput } from '../packages/llm-training-cost/src/engine'

const base: ScaleModelInput = scalingWallInput()!
const sizes = Array.from({ length: 20 }, (_, i) => Math.round(1000 * 1000 ** (i / 19)))

function median(run: () => void, repeats: number): number {
  const times: number[] = []
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now()
    run()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

// Warm up the JIT as a live deck would be after its first redraw.
for (let i = 0; i < 5; i++)
  scaleCurves(base, sizes)
const curvesMs = median(() => scaleCurves(base, sizes), 50)
// CPU time per run as well: on a loaded machine wall-clock medians include time other processes take.
const cpu0 = process.cpuUsage()
for (let i = 0; i < 50; i++)
  scaleCurves(base, sizes)
const cpu = process.cpuUsage(cpu0)
const curvesCpuMs = (cpu.user + cpu.system) / 1000 / 50
const fixedMs = median(() => scaleModel({
  ...base,
  layout: {
    tensorParallel: 8,
    pipelineParallel: 64,
    interleave: 2,
    microbatchSequences: 1,
  },
  cluster: { ...base.cluster, gpus: 3072 },
}), 200)
const last = scaleCurves(base, sizes)
console.log(`scale model, curves for one scenario (${sizes.length} cluster sizes, layout search each, ${last.layoutsEvaluated.toLocaleString('en-US')} layouts): median ${curvesMs.toFixed(2)} ms wall, ${curvesCpuMs.toFixed(2)} ms CPU (target < 10 ms)`)
console.log(`scale model, one fixed layout: median ${(fixedMs * 1000).toFixed(1)} µs`)

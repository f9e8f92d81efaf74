// The appendix "Since the talk": each figure shows the engine's numbers and follows an edit.
import { describe, expect, it, vi } from 'vitest'
import { deepSeekVersusDense, DEFAULT_ASSUMPTIONS, formatCount, formatFlops, formatPercent, formatSignedPercent, formatUsd, hardwareSinceA100, sinceTheTalkRuns, wallIn2026 } from '../../packages/llm-training-cost/src/engine'
import DeepSeekSteps from '../../packages/slidev-addon-training-cost/components/DeepSeekSteps.vue'
import HardwareSince from '../../packages/slidev-addon-training-cost/components/HardwareSince.vue'
import SinceRuns from '../../packages/slidev-addon-training-cost/components/SinceRuns.vue'
import Wall2026 from '../../packages/slidev-addon-training-cost/components/Wall2026.vue'
import { chart, chartOptions, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<SinceRuns>', () => {
  it('shows each run\'s published GPU-hours and implied MFU beside the scale model\'s on its published layout, and DeepSeek\'s own cost', () => {
    const wrapper = mountFigure(SinceRuns)
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-model'))).toEqual(['llama-2-70b', 'llama-3.1-405b', 'deepseek-v3'])
    const engine = sinceTheTalkRuns(DEFAULT_ASSUMPTIONS)
    expect(rows[1]!.get('[data-value="publishedGpuHours"]').text()).toBe('30.8M')
    expect(rows[1]!.get('[data-value="gpuHours"]').text()).toBe(formatCount(engine[1]!.onLayout!.predictedGpuHours))
    expect(rows[1]!.get('[data-value="layout"]').text()).toBe('TP 8, PP 16, DP 128')
    expect(rows[1]!.get('[data-value="impliedMfu"]').text()).toBe('implied MFU 37.4%, all stages')
    expect(rows[2]!.get('[data-value="layout"]').text()).toBe('PP 16, EP 64, DP 128')
    expect(rows[2]!.get('[data-value="predictedMfu"]').text()).toBe(`MFU ${formatPercent(engine[2]!.onLayout!.predictedMfu)}`)
    expect(rows[2]!.get('[data-value="gpuHoursChange"]').text()).toBe(formatSignedPercent(engine[2]!.onLayout!.predictedGpuHours / 2.664e6 - 1))
    expect(rows[2]!.get('[data-value="impliedMfu"]').text()).toBe(`implied MFU ${formatPercent(engine[2]!.impliedMfu)}`)
    expect(rows[2]!.get('[data-value="publishedCostUsd"]').text()).toContain('$5.58M')
    // Llama 2: no layout or GPU count published, so not computed; its implied MFU still shown.
    expect(rows[0]!.get('[data-value="gpuHours"]').text()).toBe('not computed')
    expect(rows[0]!.find('[data-value="costUsd"]').exists()).toBe(false)
    expect(rows[0]!.find('[data-value="publishedCostUsd"]').exists()).toBe(false)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })

  it('follows the price; the MFU moves nothing (the utilization is the layout\'s)', async () => {
    const wrapper = mountFigure(SinceRuns)
    const before = wrapper.get('tr[data-model="deepseek-v3"] [data-value="gpuHours"]').text()
    await setAssumptions({ mfu: 0.3, usdPerGpuHour: 3 })
    const engine = sinceTheTalkRuns({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3, usdPerGpuHour: 3 })
    expect(wrapper.get('tr[data-model="deepseek-v3"] [data-value="costUsd"]').text()).toBe(formatUsd(engine[2]!.onLayout!.costUsd))
    expect(wrapper.get('tr[data-model="deepseek-v3"] [data-value="gpuHours"]').text()).toBe(before)
  })
})

describe('<DeepSeekSteps>', () => {
  it('steps from the dense peer through experts, FP8 and its own layout to DeepSeek\'s $2 per H800-hour, then its own figure and what is left', () => {
    const wrapper = mountFigure(DeepSeekSteps)
    const steps = wrapper.findAll('tbody tr[data-step]')
    expect(steps.map(s => s.attributes('data-step'))).toEqual([
      'dense',
      'moe-bf16',
      'moe-fp8',
      'own-layout',
      'deepseek-price',
      'published',
      'left',
    ])
    const figure = deepSeekVersusDense(DEFAULT_ASSUMPTIONS)
    expect(steps[3]!.get('[data-value="mfu"]').text()).toBe(formatPercent(figure.onLayout.predictedMfu))
    expect(steps[3]!.text()).toContain('PP 16, EP 64')
    expect(steps[4]!.get('[data-value="costUsd"]').text()).toBe(formatUsd(figure.steps[4]!.costUsd))
    expect(steps[5]!.get('[data-value="publishedCostUsd"]').text()).toBe('$5.58M')
    expect(steps[6]!.text()).toContain(formatCount(figure.left.otherStagesGpuHours))
    expect(steps[6]!.text()).toContain(formatSignedPercent(figure.left.pretrainingDifference))
    expect(steps[1]!.text()).toContain(`${formatCount(figure.moe.activeParams)} of 671B active`)
    expect(wrapper.get('[data-value="moeFlopsPerToken"]').text()).toBe(formatFlops(figure.moe.flopsPerToken))
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })

  it('follows the price and the MFU: the dense run\'s cost moves with both, its own layout\'s hours with neither', async () => {
    const wrapper = mountFigure(DeepSeekSteps)
    const layoutHours = wrapper.get('tr[data-step="own-layout"] [data-value="gpuHours"]').text()
    await setAssumptions({ usdPerGpuHour: 3, mfu: 0.3 })
    const edited = deepSeekVersusDense({ ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3, mfu: 0.3 })
    expect(wrapper.get('tr[data-step="dense"] [data-value="costUsd"]').text()).toBe(formatUsd(edited.steps[0]!.costUsd))
    expect(wrapper.get('tr[data-step="own-layout"] [data-value="gpuHours"]').text()).toBe(layoutHours)
  })
})

describe('<Wall2026>', () => {
  it('tabulates the 1T wall on the panel\'s GPU and in 2026, with SemiAnalysis\' $300M', () => {
    const wrapper = mountFigure(Wall2026)
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-row'))).toEqual([
      'panel',
      'h100-2026',
      'b200-2026',
      'b200-2026-fp8',
      'talk',
    ])
    expect(rows[4]!.get('[data-value="costUsd"]').text()).toBe('$300M')
    expect(rows[4]!.get('[data-value="trendYear"]').text()).toBe('2024.8')
  })

  it('charts the trend over 2016–2030 on a log cost axis, with the panel\'s wall on it, and follows an edit', async () => {
    const wrapper = mountFigure(Wall2026, {
      props: { chart: true },
    })
    const datasets = chart(wrapper).datasets
    expect(datasets[0]!.data[0]!.x).toBe(2016)
    const options = chartOptions<{ scales: { x: { type: string, ticks: { font: { size: number } } }, y: { type: string } } }>(wrapper)
    expect([options.scales.x.type, options.scales.y.type]).toEqual(['linear', 'logarithmic'])
    expect(options.scales.x.ticks.font.size).toBeGreaterThanOrEqual(14)
    await setAssumptions({ mfu: 0.3 })
    const wall = wallIn2026({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3 })
    expect(chart(wrapper).datasets[6]!.data[0]!.y).toBeCloseTo(wall.rows[0]!.amortizedUsd, 0)
  })
})

describe('<HardwareSince>', () => {
  it('lists the A100 and the NVIDIA parts since, with a price per PFLOP-hour where one is dated', () => {
    const wrapper = mountFigure(HardwareSince)
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-gpu'))).toEqual([
      'a100-80gb',
      'h100-sxm',
      'h200',
      'b200',
      'gb200',
    ])
    expect(rows[3]!.get('[data-value="bandwidth"]').text()).toBe('7.7 TB/s')
    expect(rows[4]!.get('[data-value="usdPerPeakPflopHour"]').text()).toBe('no dated price')
    expect(rows[0]!.classes()).toContain('chosen')
  })

  it('follows the MFU in the delivered column', async () => {
    const wrapper = mountFigure(HardwareSince)
    await setAssumptions({ mfu: 0.6 })
    const b200 = hardwareSinceA100({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 }).find(r => r.id === 'b200')!
    expect(wrapper.get('tr[data-gpu="b200"] [data-value="usdPerUsefulPflopHour"]').text()).toBe(`${formatUsd(b200.usdPerUsefulPflopHour![0])}–${formatUsd(b200.usdPerUsefulPflopHour![1])}`)
  })
})

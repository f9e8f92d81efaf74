/**
 * The one way a component test mounts a figure: under given assumptions (the talk's defaults unless
 * told, so no test depends on the one before), `setAssumptions` to change them as the panel would and
 * wait for the redraw, and `chart` to read what the figure handed chart.js. The test file mocks the
 * store with `./store`: `vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))`.
 */
import type { VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import type { Assumptions } from '../../../packages/llm-training-cost/src/engine'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { replaceAssumptions } from './store'

export interface ChartPoint { x: number, y: number, label?: string }
export interface DrawnChart<P = ChartPoint> {
  labels: string[]
  datasets: { label: string, data: P[] }[]
}

export function mountFigure(component: Component, options: { props?: Record<string, unknown>, assumptions?: Partial<Assumptions> } = {}): VueWrapper {
  replaceAssumptions(options.assumptions ?? {})
  // Slidev's `v-click` (a build-up step) is the deck's, not Vue's: outside Slidev it shows everything.
  return mount(component, {
    props: options.props,
    global: {
      directives: { click: {} },
    },
  })
}

/** Replace the assumptions (from the defaults) and wait for the figures to follow. */
export async function setAssumptions(patch: Partial<Assumptions>): Promise<void> {
  replaceAssumptions(patch)
  await nextTick()
}

const CHARTS = ['Bar', 'Line', 'Scatter'] as const

function drawn(wrapper: VueWrapper) {
  const found = CHARTS.map(name => wrapper.findComponent({ name })).find(c => c.exists())
  if (!found)
    throw new Error('the figure drew no chart')
  return found
}

/** The data the figure's (stubbed) chart.js chart was given; `P` is its point type (floating bars: `[number, number]`). */
export function chart<P = ChartPoint>(wrapper: VueWrapper): DrawnChart<P> {
  return drawn(wrapper).props('data') as DrawnChart<P>
}

/** The options it was given. */
export function chartOptions<T>(wrapper: VueWrapper): T {
  return drawn(wrapper).props('options') as T
}

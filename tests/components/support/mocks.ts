/**
 * Stand-ins for the parts of a component test happy-dom cannot run: vue-chartjs (no canvas), the
 * chart theme (Slidev's dark and print mode) and the assumptions store (a ref the test changes).
 * Use from `vi.mock` factories: `vi.mock('vue-chartjs', async () => (await import('./support/mocks')).vueChartjsStub())`.
 */
import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../../engine'
import { computed, defineComponent, h, readonly, shallowRef } from 'vue'
import { DEFAULT_ASSUMPTIONS } from '../../../engine'

function chartStub(name: string) {
  return defineComponent({
    name,
    props: {
      data: { type: Object, required: true },
      options: { type: Object, required: true },
      plugins: {
        type: Array,
        default: () => [],
      },
      updateMode: {
        type: String,
        default: undefined,
      },
    },
    setup: () => () => h('canvas'),
  })
}

export function vueChartjsStub() {
  return {
    Bar: chartStub('Bar'),
    Line: chartStub('Line'),
    Scatter: chartStub('Scatter'),
  }
}

export function chartThemeStub() {
  return {
    useChartTheme: () => computed(() => ({
      text: '#000000',
      grid: '#cccccc',
      series: [
        '#2563eb',
        '#dc2626',
        '#16a34a',
        '#9333ea',
        '#ea580c',
        '#0891b2',
        '#4b5563',
      ],
      fontSize: 16,
      animate: false,
    })),
  }
}

/** A holder `vi.hoisted` creates, so the test can reach the store's ref. */
export interface StoreHolder { ref?: ShallowRef<Assumptions> }

export function assumptionsStub(holder: StoreHolder) {
  holder.ref = shallowRef<Assumptions>({ ...DEFAULT_ASSUMPTIONS })
  const current = holder.ref
  return {
    useAssumptions: () => ({
      assumptions: readonly(current),
    }),
  }
}

/** Replace the assumptions (from the defaults) as the live panel would. */
export function setAssumptions(holder: StoreHolder, patch: Partial<Assumptions>): void {
  holder.ref!.value = {
    ...DEFAULT_ASSUMPTIONS,
    ...patch,
  }
}

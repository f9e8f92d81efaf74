/**
 * What every component test shares (vitest.config.ts `setupFiles`): happy-dom has no canvas, so
 * vue-chartjs is a stand-in that keeps what it is given; the chart theme reads Slidev's dark and print
 * mode, which need a running Slidev app; and Slidev registers the deck's footnote components globally,
 * so this does too. The assumptions store is mocked per test (`./store`), since the panel's tests use
 * the real one. Charts' text alternatives render as in the deck (a visually hidden table): Slidev's
print mode and slide context need a running app too.
 */
import { config } from '@vue/test-utils'
import { vi } from 'vitest'
import CompactSources from '../../../packages/slidev-addon-training-cost/components/CompactSources.vue'

vi.mock('vue-chartjs', async () => (await import('./mocks')).vueChartjsStub())
vi.mock('../../../packages/slidev-addon-training-cost/composables/chart-theme', async () => (await import('./mocks')).chartThemeStub())
vi.mock('../../../packages/slidev-addon-training-cost/composables/figure-alternative', async () => (await import('./mocks')).figureAlternativeStub())

config.global.components = { CompactSources }

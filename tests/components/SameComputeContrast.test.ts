import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import SameComputeContrast from '../../components/SameComputeContrast.vue'
import SourceNote from '../../components/SourceNote.vue'
import { chinchillaLoss, DEFAULT_ASSUMPTIONS, estimateModel } from '../../engine'
import { setAssumptions as setStoreAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))
vi.mock('vue-chartjs', async () => (await import('./support/mocks')).vueChartjsStub())
vi.mock('../../composables/chart-theme', async () => (await import('./support/mocks')).chartThemeStub())

// Slidev registers the deck's components globally; so does this test.
config.global.components = { CompactSources, SourceNote }

async function setAssumptions(patch: Partial<Assumptions>): Promise<void> {
  setStoreAssumptions(store, patch)
  await nextTick()
}

describe('<SameComputeContrast>', () => {
  it('shows Gopher and Chinchilla with 6ND of the same order as the published 5.76e23, and Chinchilla winning on loss', async () => {
    await setAssumptions({})
    const wrapper = mount(SameComputeContrast)
    const cards = wrapper.findAll('[data-model]')
    expect(cards.map(c => c.attributes('data-model'))).toEqual(['gopher', 'chinchilla'])
    expect(cards[0]!.find('[data-value="trainingFlops"]').text()).toContain('5.04e23 FLOP')
    expect(cards[0]!.find('[data-value="trainingFlops"]').text()).toContain('-12.5%')
    expect(cards[1]!.find('[data-value="trainingFlops"]').text()).toContain('5.88e23 FLOP')
    expect(cards[1]!.find('[data-value="trainingFlops"]').text()).toContain('+2.1%')
    expect(wrapper.find('[data-value="publishedFlops"]').text()).toBe('5.76e23 FLOP')
    expect(chinchillaLoss(70e9, 1.4e12)).toBeLessThan(chinchillaLoss(280e9, 300e9))
    expect(cards[1]!.classes()).toContain('winner')
    expect(cards[1]!.find('[data-value="loss"]').text()).toBe('1.94')
  })

  it('follows the price assumption in its cost line', async () => {
    await setAssumptions({})
    const wrapper = mount(SameComputeContrast)
    const before = wrapper.findAll('[data-value="costUsd"]').map(c => c.text())
    expect(before[1]).toBe('$1.75M')
    await setAssumptions({ usdPerGpuHour: 3 })
    expect(wrapper.findAll('[data-value="costUsd"]')[1]!.text()).toBe('$3.49M')
    expect(estimateModel('chinchilla', { ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 }).costUsd).toBeCloseTo(3.49e6, -4)
  })
})

import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceNote from '../../components/SourceNote.vue'
import { REFERENCES } from '../../data/source'

const TABLE_1 = { ...REFERENCES.chinchilla2022, where: 'Table 1', checked: '2026-11-26' } as const
const TABLE_3 = { ...REFERENCES.chinchilla2022, where: 'Table 3', checked: '2026-11-26' } as const

describe('<SourceNote>', () => {
  it('lists each source with its title, link and place, once', () => {
    const wrapper = mount(SourceNote, {
      props: {
        sources: [TABLE_1, TABLE_3, TABLE_1],
      },
    })
    const items = wrapper.findAll('li')
    expect(items).toHaveLength(2)
    expect(items[0]!.text()).toContain('Training Compute-Optimal Large Language Models')
    expect(items[0]!.text()).toContain('Table 1')
    expect(items[1]!.text()).toContain('Table 3')
    expect(items[0]!.find('a').attributes('href')).toBe(REFERENCES.chinchilla2022.url)
  })
})

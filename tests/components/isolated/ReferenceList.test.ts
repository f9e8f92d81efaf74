import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReferenceList from '../../../packages/slidev-addon-training-cost/components/ReferenceList.vue'

describe('<ReferenceList>', () => {
  it('lists every document the data cites, once each', () => {
    const wrapper = mount(ReferenceList)
    const links = wrapper.findAll('li a').map(a => a.attributes('href'))
    expect(Number(wrapper.get('ol').attributes('data-total'))).toBe(links.length)
    expect(new Set(links).size).toBe(links.length)
    expect(links).toContain('https://arxiv.org/abs/2203.15556')
    expect(links).toContain('https://newsletter.semianalysis.com/p/the-ai-brick-wall-a-practical-limit')
    expect(links).toContain('https://arxiv.org/abs/2407.21783')
  })

  it('splits over parts with continuous numbering and nothing lost', () => {
    const all = mount(ReferenceList).findAll('li a').map(a => a.text())
    const first = mount(ReferenceList, {
      props: { part: 1, parts: 2 },
    }).findAll('li')
    const second = mount(ReferenceList, {
      props: { part: 2, parts: 2 },
    }).findAll('li')
    expect([
      ...first,
      ...second,
    ].map(li => li.get('a').text())).toEqual(all)
    expect(second[0]!.attributes('value')).toBe(String(first.length + 1))
  })
})

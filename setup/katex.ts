import { defineKatexSetup } from '@slidev/types'

// Runs in Node at build time. Macros name the quantities the talk uses, so slides read like the papers.
export default defineKatexSetup(() => ({
  macros: {
    '\\params': 'N',
    '\\tokens': 'D',
    '\\flops': 'C',
  },
  strict: 'error',
}))

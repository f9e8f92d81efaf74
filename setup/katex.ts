import { defineKatexSetup } from '@slidev/types'

// Runs in Node at build time. `strict: 'error'` turns KaTeX's warnings about input that is not plain
// LaTeX into errors, so a slide's formula reads the same in the papers it quotes. No macros: the slides
// write N, D and C as those papers do.
export default defineKatexSetup(() => ({
  strict: 'error',
}))

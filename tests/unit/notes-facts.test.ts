// Speaker notes that quote a fact hold the value data/ holds, and say which document gives it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getModel } from '../../packages/llm-training-cost/src/engine'

function notesOf(page: string): string {
  const text = readFileSync(new URL(`../../pages/${page}`, import.meta.url), 'utf8')
  return [
    ...text.matchAll(/<!--([\s\S]*?)-->/g),
  ].map(m => m[1]).join('\n')
}

/** 5.76e23 as the notes write it. */
function exponent(value: number): string {
  return value.toExponential(2).replace('e+', 'e')
}

describe('notes', () => {
  it('"same compute ≠ same model": the shared budget is Hoffmann et al.\'s, Gopher\'s own is Rae et al.\'s, each as data holds it', () => {
    const notes = notesOf('models.md')
    const shared = getModel('chinchilla').reportedTrainingFlops!
    const gopher = getModel('gopher').reportedTrainingFlops!
    expect(shared.source.title).toMatch(/^Hoffmann et al\./)
    expect(gopher.source.title).toMatch(/^Rae et al\./)
    expect(notes).toMatch(new RegExp(`Hoffmann et al\\. 2022[^]*?give ${exponent(shared.value)} FLOPs as the budget of both`))
    expect(notes).toMatch(new RegExp(`Rae et al\\. 2021[^]*?give Gopher's own training compute as ${exponent(gopher.value)}`))
  })
})

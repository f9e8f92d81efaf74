// The pages import the engine in Markdown, where the type-check cannot see: a name engine/index.ts
// stops exporting fails the build, minutes into the browser tests. Checked here instead, in a second.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as engine from '../../engine'

const PAGES = [
  'slides.md',
  ...readdirSync(new URL('../../pages/', import.meta.url)).filter(f => f.endsWith('.md')).map(f => `pages/${f}`),
]

/** The value names each page imports from the engine's index. */
function engineImports(file: string): string[] {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
  return [
    ...text.matchAll(/import\s+\{([^}]*)\}\s+from\s+'(?:\.\.\/)+engine'/g),
  ]
    .flatMap(m => m[1]!.split(','))
    .map(name => name.trim())
    .filter(name => name !== '' && !name.startsWith('type '))
}

describe('what the pages import from the engine', () => {
  it('finds the pages\' imports (the PaLM slide reads palmClaim)', () => {
    expect(engineImports('pages/palm.md')).toContain('palmClaim')
  })

  it.each(PAGES)('%s imports only names engine/index.ts exports', (file) => {
    for (const name of engineImports(file))
      expect(engine, `${file} imports ${name}`).toHaveProperty(name)
  })
})

// The pages import the kit in Markdown, where the type-check cannot see: a name a package stops
// exporting fails the build, minutes into the browser tests. Checked here instead, in a second. The
// talk is the kit's first user: it imports the packages by name, never a package's files by path.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const PAGES = [
  'slides.md',
  ...readdirSync(new URL('../../pages/', import.meta.url)).filter(f => f.endsWith('.md')).map(f => `pages/${f}`),
]

interface PageImport {
  names: string[]
  from: string
}

/** Each `import { ... } from '...'` of a page: the value names and where from. */
function pageImports(file: string): PageImport[] {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
  return [
    ...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g),
  ].map(m => ({
    names: m[1]!.split(',').map(name => name.trim()).filter(name => name !== '' && !name.startsWith('type ')),
    from: m[2]!,
  }))
}

/** What a package name resolves to here: the package's sources (its `training-cost-source` export). */
async function load(from: string): Promise<Record<string, unknown>> {
  return await import(/* @vite-ignore */ from) as Record<string, unknown>
}

describe('what the pages import from the kit', () => {
  it('finds the pages\' imports (the PaLM slide reads palmClaim from the engine)', () => {
    expect(pageImports('pages/palm.md')).toContainEqual(expect.objectContaining({
      from: 'llm-training-cost',
      names: expect.arrayContaining(['palmClaim']),
    }))
  })

  it.each(PAGES)('%s imports the packages by name only', (file) => {
    for (const { from } of pageImports(file))
      expect(from, `${file} imports ${from}`).toMatch(/^(?:llm-training-cost|slidev-addon-training-cost)(?:\/[\w-]+)*(?:\.vue)?$/)
  })

  it.each(PAGES)('%s imports only names the packages export', async (file) => {
    for (const { names, from } of pageImports(file)) {
      if (from.endsWith('.vue'))
        continue
      const module = await load(from)
      for (const name of names)
        expect(module, `${file} imports ${name} from ${from}`).toHaveProperty(name)
    }
  })
})

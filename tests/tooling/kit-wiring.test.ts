// In this repository the packages are used from their TypeScript sources, never from a dist/ that
// may be stale: each tool that resolves them (Slidev's Vite, Vitest, tsc, tsx) asks for the export
// condition that points at src/. Checked on the configuration, so a tool left out fails here.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import viteConfig, { SOURCE_CONDITION } from '../../vite.config'
import { readmeExample } from '../browser/kit-readme'

const ROOT = join(import.meta.dirname, '../..')
const json = (path: string): Record<string, any> => JSON.parse(readFileSync(join(ROOT, path), 'utf8').replace(/^\s*\/\/.*$/gm, ''))

describe('the packages resolve to their sources here', () => {
  it('in Slidev\'s Vite config (client and server)', () => {
    expect(viteConfig.resolve?.conditions?.[0]).toBe(SOURCE_CONDITION)
    expect(viteConfig.ssr?.resolve?.conditions?.[0]).toBe(SOURCE_CONDITION)
  })

  it('in tsc and every tsx script', () => {
    expect(json('tsconfig.json').compilerOptions.customConditions).toEqual([SOURCE_CONDITION])
    const scripts = Object.entries(json('package.json').scripts as Record<string, string>).filter(([, command]) => command.startsWith('tsx '))
    expect(scripts.length).toBeGreaterThan(5)
    for (const [name, command] of scripts)
      expect(command, name).toContain(`--conditions=${SOURCE_CONDITION}`)
  })

  it('through the engine\'s exports: the source condition first, then types and import from dist/', () => {
    const { exports } = json('packages/llm-training-cost/package.json') as { exports: Record<string, string | Record<string, string>> }
    for (const [subpath, target] of Object.entries(exports)) {
      if (typeof target === 'string')
        continue
      expect(Object.keys(target), subpath).toEqual([SOURCE_CONDITION, 'types', 'import'])
      const source = target[SOURCE_CONDITION]!
      expect(source, subpath).toMatch(/^\.\/src\/.*\.ts$/)
      if (!source.includes('*'))
        expect(existsSync(join(ROOT, 'packages/llm-training-cost', source)), source).toBe(true)
    }
  })

  it('the talk depends on both packages, from the workspace', () => {
    const root = json('package.json')
    expect(root.workspaces).toEqual(['packages/*'])
    expect(root.dependencies['llm-training-cost']).toBe('*')
    expect(root.dependencies['slidev-addon-training-cost']).toBe('*')
  })
})

describe('the README\'s example deck (what the pack test builds)', () => {
  const root = readFileSync(join(ROOT, 'README.md'), 'utf8')

  it('opts into the addon and its layer, and uses two components', () => {
    const example = readmeExample(root)
    expect(example).toMatch(/^---\n[\s\S]*addons:\n {2}- slidev-addon-training-cost\n[\s\S]*trainingCost:\n {2}layer: true\n---\n/)
    expect(example.match(/^<[A-Z]\w[^>]*\/>$/gm)).toHaveLength(2)
  })

  it('is the one the addon\'s own README shows', () => {
    const addon = readFileSync(join(ROOT, 'packages/slidev-addon-training-cost/README.md'), 'utf8')
    expect(/\n```md\n([\s\S]*?)\n```\n/.exec(addon)?.[1]).toBe(readmeExample(root).trimEnd())
  })
})

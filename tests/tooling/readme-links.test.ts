// The README is the front door: every file it links to or shows is in the repository.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const localTargets = [
  ...README.matchAll(/\]\(([^)\s]+)\)/g),
]
  .map(match => match[1]!)
  .filter(target => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))

describe('the README', () => {
  it('shows a picture of the deck', () => {
    expect(localTargets).toContainEqual(expect.stringMatching(/\.png$/))
  })

  it.each(localTargets)('links to %s, which exists', (target) => {
    const file = join(ROOT, target.split('#')[0]!)
    expect(existsSync(file), `${file} is missing`).toBe(true)
  })
})

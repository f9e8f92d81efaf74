// The README documents every option the schema gives the estimate command line and the export.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ASSUMPTION_SCHEMA } from '../../packages/llm-training-cost/src/data/assumptions'
import { PRESETS } from '../../packages/llm-training-cost/src/data/presets'
import { ASSUMPTION_KEYS, fieldSpec } from '../../packages/llm-training-cost/src/engine'

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8')

function section(title: string): string {
  const start = README.indexOf(`## ${title}`)
  if (start < 0)
    throw new Error(`README has no "## ${title}" section`)
  const end = README.indexOf('\n## ', start + 1)
  return README.slice(start, end < 0
    ? undefined
    : end)
}

describe('rEADME', () => {
  it.each(Object.keys(ASSUMPTION_SCHEMA) as (keyof typeof ASSUMPTION_SCHEMA)[])('"The command-line estimate" lists --%s', (key) => {
    expect(section('The command-line estimate')).toContain(`\`--${fieldSpec(key).option}`)
  })

  it.each(ASSUMPTION_KEYS)('"Exporting" lists the scenario option of %s', (key) => {
    expect(section('Exporting')).toContain(`\`--${fieldSpec(key).option}\``)
  })

  it.each(ASSUMPTION_KEYS)('"Live assumptions" names the control and link parameter of %s', (key) => {
    const live = section('Live assumptions')
    expect(live).toContain(fieldSpec(key).label)
    expect(live).toContain(fieldSpec(key).option)
  })

  it.each(['deepseek-v3', 'llama-3.1-405b', 'wall-b200-2026'] as const)('"Live assumptions" documents the appendix preset %s by its label and id', (id) => {
    const preset = PRESETS.find(p => p.id === id)!
    const live = section('Live assumptions')
    expect(live).toContain(preset.label)
    expect(live).toContain(`\`${id}\``)
  })

  it('"Presenting" says how to reach the appendix "Since the talk"', () => {
    expect(section('Presenting')).toContain('Since the talk')
  })
})

// Messages the engine hands to slides are read by the room: they say what is not modelled and what
// is shown instead, never a file of the code (issue 25, item 17).
import type { Assumptions } from '../../packages/llm-training-cost/src/engine'
import { describe, expect, it } from 'vitest'
import { choicesFor, DEFAULT_ASSUMPTIONS, notSoFast, scaleWall, scalingWallRows } from '../../packages/llm-training-cost/src/engine'
import { validateAssumptions } from '../../packages/llm-training-cost/src/engine/assumptions/validation'
import { scaleEstimate } from '../../packages/llm-training-cost/src/engine/scale-model/estimate'

const CODE = /data\/|engine\/|\.ts\b|\.vue\b/

/** Every accelerator of the menu, at each precision it offers, with the scale model switched on. */
function everyChip(): Assumptions[] {
  const out: Assumptions[] = []
  for (const gpu of choicesFor('gpu', DEFAULT_ASSUMPTIONS)) {
    const onGpu = { ...DEFAULT_ASSUMPTIONS, gpu: gpu.id } as Assumptions
    for (const precision of choicesFor('precision', onGpu))
      out.push({ ...onGpu, precision: precision.id, scaleModel: true } as Assumptions)
  }
  return out
}

describe('slide-facing messages for a chip the scale model does not cover', () => {
  const tpu: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    gpu: 'tpu-v3',
    precision: 'bf16',
    scaleModel: true,
  }

  it('TPU v3 (no kernel efficiency): says what is not modelled and what is shown, with no file path', () => {
    const sweep = notSoFast(tpu).unavailable
    expect(sweep).toMatch(/Google TPU v3/)
    expect(sweep).toMatch(/fixed MFU is shown/)
    expect(sweep).not.toMatch(CODE)
    expect(scaleWall(tpu).unavailable).not.toMatch(CODE)
    expect(scalingWallRows(tpu).unavailable).not.toMatch(CODE)
  })

  // Every chip with a kernel efficiency runs the scale model's wall (the H800 among them since issue 23),
  // each at the law's batch and the 2021 batch beside it: seconds on a loaded machine, not a hang.
  it('no chip and precision of the menu gets a message naming a file', { timeout: 30_000 }, () => {
    const chips = everyChip()
    expect(chips.length).toBeGreaterThan(3)
    for (const a of chips) {
      for (const message of [notSoFast(a).unavailable, scaleWall(a).unavailable, scalingWallRows(a).unavailable])
        expect(message ?? '').not.toMatch(CODE)
    }
  })

  it('the command line names the option, not the file', () => {
    const v = validateAssumptions({
      gpu: 'tpu-v3',
      scaleModel: true,
      model: 'gpt-3',
      gpus: 1024,
    })
    if (!v.ok)
      throw new Error(JSON.stringify(v.errors))
    const r = scaleEstimate(v.value)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toMatch(/--gpu/)
      expect(r.message).not.toMatch(CODE)
    }
  })
})

// Patterson et al. 2021, "Carbon Emissions and Large Neural Network Training", Table 4 (GPT-3).
import { describe, expect, it } from 'vitest'
import { ACCELERATORS } from '../../packages/llm-training-cost/src/data/accelerators'
import { PATTERSON_GPT3 } from '../../packages/llm-training-cost/src/data/published-claims'
import { DEFAULT_ASSUMPTIONS } from '../../packages/llm-training-cost/src/engine'
import { defaultPrecisionFor } from '../../packages/llm-training-cost/src/engine/assumptions/validation'
import { estimateTraining } from '../../packages/llm-training-cost/src/engine/formulas/estimate'
import { co2Kg, energyKwh } from '../../packages/llm-training-cost/src/engine/formulas/time-cost'
import { clusterPowerFromSystems, systemWattsPerGpu } from '../../packages/llm-training-cost/src/engine/scale-model/power'
import { estimate } from './support/estimate-cli'

describe('energy and CO₂ (Patterson et al. 2021, GPT-3)', () => {
  const gpuHours = PATTERSON_GPT3.gpus * PATTERSON_GPT3.days * 24

  it('1,287 MWh at 0.429 kg/kWh is 552 t CO₂e (within 0.1%)', () => {
    expect(Math.abs(co2Kg(PATTERSON_GPT3.energyKwh, PATTERSON_GPT3.gridGramsCo2PerKwh) / PATTERSON_GPT3.co2Kg - 1)).toBeLessThan(0.001)
  })

  it('3.552M V100-hours at their measured 330 W and PUE 1.1 give 1,287 MWh (within 0.5%)', () => {
    const kwh = energyKwh({ gpuHours, tdpWatts: PATTERSON_GPT3.wattsPerProcessor, pue: PATTERSON_GPT3.pue })
    expect(Math.abs(kwh / PATTERSON_GPT3.energyKwh - 1)).toBeLessThan(0.005)
  })

  it('at the V100\'s 300 W TDP the engine is 9% below the measured figure (host power is not in TDP): within 10%', () => {
    const kwh = energyKwh({ gpuHours, tdpWatts: 300, pue: PATTERSON_GPT3.pue })
    expect(kwh).toBeLessThan(PATTERSON_GPT3.energyKwh)
    expect(1 - kwh / PATTERSON_GPT3.energyKwh).toBeLessThan(0.1)
  })
})

describe('one energy basis: the fixed-MFU estimate and the scale model (issue 25, item 7)', () => {
  it('every accelerator: the estimate counts the same IT watts per GPU as the scale model\'s power', () => {
    for (const a of ACCELERATORS) {
      const e = estimateTraining({ params: 70e9 }, {
        ...DEFAULT_ASSUMPTIONS,
        gpu: a.id,
        precision: defaultPrecisionFor(a.id),
      })
      if (a.tdpWatts === null && systemWattsPerGpu(a.id) === null) {
        expect(e.energyKwh).toBeNull()
        continue
      }
      const power = clusterPowerFromSystems({ gpus: 1, acceleratorId: a.id, pue: DEFAULT_ASSUMPTIONS.pue })
      expect(e.energyWattsPerGpu).toBe(power.itWattsPerGpu)
      expect(e.energyBasis).toBe(power.basis)
      expect(e.energyKwh).toBeCloseTo(e.gpuHours * power.itWattsPerGpu * DEFAULT_ASSUMPTIONS.pue / 1000, 6)
    }
  })

  it('A100: the DGX A100\'s 812.5 W a GPU, not the 400 W board', () => {
    const e = estimateTraining({ params: 70e9 }, DEFAULT_ASSUMPTIONS)
    expect(DEFAULT_ASSUMPTIONS.gpu).toMatch(/^a100/)
    expect(e.energyBasis).toBe('system')
    expect(e.energyWattsPerGpu).toBe(812.5)
  })

  it('the command line labels the basis it printed', () => {
    expect(estimate('--model', 'gpt-3', '--gpu', 'a100-80gb').stdout).toMatch(/^Energy \(systems × PUE\)\s+\S/m)
    expect(estimate('--model', 'gpt-3', '--gpu', 'v100').stdout).toMatch(/^Energy \(board power × PUE\)\s+\S/m)
    expect(estimate('--model', 'gpt-3', '--gpu', 'tpu-v4').stdout).toMatch(/^Energy \(no power figure\)\s+—/m)
  })
})

/**
 * A slider's position and the value it stands for, read off the schema's `slider` entry. Positions
 * run over whole steps (SLIDER_STEPS), values come out rounded to what a person would type: three
 * significant digits, a whole number of GPUs, MFU in whole percent.
 */
import type { AssumptionKey, SliderSpec } from '../../data/assumptions.ts'
import { fieldSpec } from '../../data/assumptions.ts'

/** Steps of a slider's track: fine enough that a drag looks continuous, coarse enough to be a grid. */
export const SLIDER_STEPS = 1000

/** The slider of a field, or null where the schema gives none. */
export function sliderOf(key: AssumptionKey): SliderSpec | null {
  const spec = fieldSpec(key)
  return 'slider' in spec && spec.slider
    ? spec.slider
    : null
}

function roundForPeople(key: AssumptionKey, value: number): number {
  const kind = fieldSpec(key).kind
  if (kind === 'integer')
    return Math.max(1, Math.round(value))
  if (kind === 'fraction')
    return Math.round(value * 100) / 100
  return Number(value.toPrecision(3))
}

/**
 * The value at a position (0 … SLIDER_STEPS) of a field's slider.
 *
 * @example
 * sliderValue('gpus', 1000) // 1000000
 * sliderValue('mfu', 500) // 0.43 (0.05 + 0.5 × 0.75, in whole percent)
 */
export function sliderValue(key: AssumptionKey, position: number): number {
  const slider = sliderOf(key)
  if (!slider)
    throw new Error(`${key} has no slider`)
  const t = Math.min(1, Math.max(0, position / SLIDER_STEPS))
  const value = slider.scale === 'log'
    ? slider.min * (slider.max / slider.min) ** t
    : slider.min + t * (slider.max - slider.min)
  return roundForPeople(key, value)
}

/**
 * Where a value sits on a field's slider (clamped to the track when the value lies outside it).
 *
 * @example
 * sliderPosition('gpus', 1000) // 413 (log scale from 8 to a million)
 */
export function sliderPosition(key: AssumptionKey, value: number): number {
  const slider = sliderOf(key)
  if (!slider || !Number.isFinite(value))
    return 0
  const t = slider.scale === 'log'
    ? Math.log(Math.max(value, slider.min) / slider.min) / Math.log(slider.max / slider.min)
    : (value - slider.min) / (slider.max - slider.min)
  return Math.round(Math.min(1, Math.max(0, t)) * SLIDER_STEPS)
}

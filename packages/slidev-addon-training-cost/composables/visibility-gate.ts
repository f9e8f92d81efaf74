/**
 * Where the store asks whether a component is on screen. Its own tiny module so that Slidev's app
 * setup can install the gate (setup/main.ts) without loading the store and the engine behind it with
 * the first slide.
 */
import type { Ref } from 'vue'

/** Says, inside a component's setup, whether that component is on screen (see assumptions-visibility.ts). */
export type VisibilityGate = () => Readonly<Ref<boolean>> | null

let visibilityGate: VisibilityGate | null = null

/**
 * Slidev keeps every visited slide mounted (hidden). With a gate installed, a component on a hidden
 * slide keeps the values it last showed and catches up when its slide comes on screen, so an edit
 * redraws the visible slide only, within a frame.
 */
export function setVisibilityGate(gate: VisibilityGate | null): void {
  visibilityGate = gate
}

export function getVisibilityGate(): VisibilityGate | null {
  return visibilityGate
}

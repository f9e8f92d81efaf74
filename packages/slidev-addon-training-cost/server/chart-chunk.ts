/**
 * The figures' chart library in a chunk of its own, for any deck that uses the addon (a Vite plugin,
 * added by setup/vite-plugins.ts), and the helper a deck's own plugins use to place modules in chunks
 * (the talk's lazy speaker notes, vite.config.ts). No import but types: jiti loads this in Slidev's
 * process.
 */
import type { Plugin, UserConfig } from 'vite'

/** chart.js and its Vue wrapper, which only the chart slides need. */
const CHART_MODULES = ['/node_modules/chart.js/', '/node_modules/vue-chartjs/', '/node_modules/@kurkle/color/']

/**
 * Slidev's chunking puts every module under `/node_modules/vue*` into the Vue chunk that the first
 * slide loads, and `vue-chartjs` matches that prefix, so chart.js rode along (+62 KiB gzip on the
 * first slide, measured with `npm run bench`). This wraps Slidev's own `manualChunks` and gives the
 * chart modules a chunk of their own, loaded with the first slide that draws a chart.
 *
 * The name matters: Rolldown fills manual chunks in name order and a chunk takes along dependencies
 * not yet placed, so a name sorting before `modules/vue` swallowed Vue's runtime (measured: 129 KiB).
 */
export function chartChunk(): Plugin {
  return {
    name: 'training-cost:chart-chunk',
    enforce: 'post',
    config(config) {
      addManualChunk(config, id => CHART_MODULES.some(path => id.includes(path))
        ? 'modules/vue-chartjs'
        : undefined)
    },
  }
}

/** Puts modules in a chunk of the deck's choosing, and leaves the rest to Slidev's `manualChunks`. */
export function addManualChunk(config: UserConfig, chunkOf: (id: string) => string | undefined): void {
  const output = config.build?.rollupOptions?.output
  if (!output || Array.isArray(output))
    return
  const slidevChunks = output.manualChunks
  output.manualChunks = (id, meta) => chunkOf(id)
    ?? (typeof slidevChunks === 'function'
      ? slidevChunks(id, meta)
      : undefined)
}

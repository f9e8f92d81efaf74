import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { roomGuard } from './server/room-guard'

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
function chartChunk(): Plugin {
  return {
    name: 'deck:chart-chunk',
    enforce: 'post',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output))
        return
      const slidevChunks = output.manualChunks
      output.manualChunks = (id, meta) => {
        if (CHART_MODULES.some(path => id.includes(path)))
          return 'modules/vue-chartjs'
        return typeof slidevChunks === 'function'
          ? slidevChunks(id, meta)
          : undefined
      }
    },
  }
}

/**
 * Slidev's menu toggles (sync settings, more options, recording) put a <button> inside a <button>
 * (axe-core's nested-interactive, serious, on every slide): its own components import `./MenuButton.vue`,
 * which this points at the deck's fixed copy, `overrides/slidev/MenuButton.vue`.
 */
function slidevMenuButton(): Plugin {
  const fixed = fileURLToPath(new URL('./overrides/slidev/MenuButton.vue', import.meta.url))
  return {
    name: 'deck:slidev-menu-button',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './MenuButton.vue' && importer?.replaceAll('\\', '/').includes('/@slidev/client/internals/')
        ? fixed
        : null
    },
  }
}

// Slidev merges this file into its own Vite config (and adds the Vue plugin itself).
export default defineConfig({
  plugins: [
    chartChunk(),
    slidevMenuButton(),
    // With `--remote PASSWORD`, only the speaker's window may change the scenario the room sees.
    roomGuard(),
  ],
  optimizeDeps: {
    // Pre-bundled up front: otherwise the dev server discovers them on first visit and reloads the page
    // mid-load, which made cold PDF exports come out blank.
    include: [
      'chart.js',
      'vue-chartjs',
      'katex',
      'uqr',
    ],
  },
})

import { defineConfig } from 'vite'

// Slidev merges this file into its own Vite config (and adds the Vue plugin itself).
export default defineConfig({
  optimizeDeps: {
    // Pre-bundled up front: otherwise the dev server discovers them on first visit and reloads the page
    // mid-load, which made cold PDF exports come out blank (shared/notes/slidev-on-node20.md).
    include: ['chart.js', 'vue-chartjs', 'katex'],
  },
  slidev: {
    serverRef: {
      // The live assumptions, shared by every window through the dev server
      // (composables/assumptions-sync.ts). Starts empty: the first window sends its values.
      state: { assumptions: {} },
    },
  },
})

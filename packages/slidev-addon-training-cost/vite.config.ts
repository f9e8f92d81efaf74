// Slidev merges the Vite config of each addon it loads into the deck's: chart.js in a chunk of its own,
// loaded with the first slide that draws a chart, not with the first slide (server/chart-chunk.ts). The
// plugin is here, not in setup/vite-plugins.ts: from there it did not take effect (measured with
// `npm run bench`: chart.js back on the first slide, +62 KiB gzip).
import { defineConfig } from 'vite'
// With its extension: Vite's coming native config loader resolves no extensionless path.
import { chartChunk } from './server/chart-chunk.ts'

export default defineConfig({
  plugins: [
    chartChunk(),
  ],
})

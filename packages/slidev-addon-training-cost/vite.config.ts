// Slidev merges the Vite config of each addon it loads into the deck's: chart.js in a chunk of its own,
// loaded with the first slide that draws a chart, not with the first slide (server/chart-chunk.ts). The
// plugin is here, not in setup/vite-plugins.ts: from there it did not take effect (measured with
// `npm run bench`: chart.js back on the first slide, +62 KiB gzip).
import type { UserConfig } from 'vite'
// With its extension: Vite's coming native config loader resolves no extensionless path. Types only
// from 'vite': importing its runtime from here cost every build about 2 s of CPU (measured, 3 builds each).
import { chartChunk } from './server/chart-chunk.ts'

export default {
  plugins: [
    chartChunk(),
  ],
} satisfies UserConfig

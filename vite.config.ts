import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite'
// By path, not by the package's name: Vite's config loader leaves a package import to Node, which
// does not load TypeScript from a package (ERR_UNKNOWN_FILE_EXTENSION); a path it bundles itself.
import { addManualChunk } from './packages/slidev-addon-training-cost/server/chart-chunk'

/** The export condition of the workspace packages' sources (packages/*: package.json `exports`). */
export const SOURCE_CONDITION = 'training-cost-source'

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
    resolveId: {
      // Only that import reaches this plugin: Rolldown checks the filter without calling into JS.
      filter: { id: /^\.\/MenuButton\.vue$/ },
      handler(source, importer) {
        return importer?.replaceAll('\\', '/').includes('/@slidev/client/internals/')
          ? fixed
          : null
      },
    },
  }
}

/** Slidev's module of one slide's frontmatter and info: `<file>__slidev_<no>.frontmatter`. */
const SLIDE_INFO_ID = /__slidev_(\d+)\.frontmatter$/
const NOTE_ID = 'virtual:deck-note/'
const NOTE_ID_FILTER = /^virtual:deck-note\/\d+$/
const RESOLVED_NOTE_ID_FILTER = /^\0virtual:deck-note\/\d+$/
/** A slide's rendered notes, as Slidev writes them into the JSON of its info. */
const NOTE_HTML = /"noteHTML":("(?:[^"\\]|\\.)*")/

/**
 * Slidev's build writes every slide's speaker notes, rendered to HTML (KaTeX included), into the slide
 * list the first slide loads: 13 KiB gzip of its 214 (measured with `npm run bench`, 34 slides), more
 * with every note. This moves each slide's notes into a chunk of its own, fetched the first time
 * something reads them (the presenter view, the notes pages) and shown when they arrive; the audience
 * window never reads them, so it never fetches them. Only the build: the dev server (and so the
 * export and the handout, which print the notes) keeps Slidev's own.
 */
function lazySpeakerNotes(): Plugin {
  const notes = new Map<string, string>()
  return {
    name: 'deck:lazy-speaker-notes',
    apply: 'build',
    enforce: 'post',
    // All the notes in one chunk: one fetch for the presenter view, not one per slide.
    config(config) {
      addManualChunk(config, id => id.startsWith(`\0${NOTE_ID}`)
        ? 'speaker-notes'
        : undefined)
    },
    resolveId: {
      filter: { id: NOTE_ID_FILTER },
      handler(source) {
        return `\0${source}`
      },
    },
    load: {
      filter: { id: RESOLVED_NOTE_ID_FILTER },
      handler(id) {
        const html = notes.get(id.slice(NOTE_ID.length + 1))
        return html === undefined
          ? null
          : `export default ${html}`
      },
    },
    transform: {
      filter: { id: SLIDE_INFO_ID },
      handler(code, id) {
        const no = SLIDE_INFO_ID.exec(id)?.[1]
        const note = NOTE_HTML.exec(code)
        if (no === undefined || !note || note[1] === '""')
          return null
        notes.set(no, note[1]!)
        // A getter on the info object: whoever reads the notes (in a render, a computed) depends on
        // the ref, and is updated when the chunk arrives; a failed fetch is tried again at the next read.
        return [
          code.replace(note[0], '"noteHTML":""'),
          'import { ref as deckNoteRef } from "vue"',
          'const deckNote = deckNoteRef("")',
          'let deckNoteAsked = false',
          'Object.defineProperty(meta.slide, "noteHTML", {',
          '  enumerable: true,',
          '  get() {',
          '    if (!deckNoteAsked) {',
          '      deckNoteAsked = true',
          `      import(${JSON.stringify(NOTE_ID + no)}).then(m => { deckNote.value = m.default }, () => { deckNoteAsked = false })`,
          '    }',
          '    return deckNote.value',
          '  },',
          '})',
        ].join('\n')
      },
    },
  }
}

// Slidev merges this file into its own Vite config (and adds the Vue plugin itself).
export default defineConfig({
  plugins: [
    // chart.js in a chunk of its own (not with the first slide) comes with the addon.
    lazySpeakerNotes(),
    slidevMenuButton(),
    // The room guard (only the speaker's window changes the scenario) comes with the addon.
  ],
  // The workspace packages from their TypeScript sources (their `training-cost-source` export), not a
  // possibly stale dist/: nothing needs a build before `npm run dev`, `build` or the tests.
  resolve: {
    conditions: [SOURCE_CONDITION, ...defaultClientConditions],
  },
  build: {
    // Vite gzips every chunk only to print its size in the build's log: about half a second of CPU
    // a build here (12.9 → 12.3 s, 2026-12-08; npm run bench measures the bundle itself).
    reportCompressedSize: false,
  },
  ssr: {
    resolve: {
      conditions: [SOURCE_CONDITION, ...defaultServerConditions],
    },
  },
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

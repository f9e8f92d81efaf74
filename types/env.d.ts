/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * Set by `npm run export` for the Slidev server it starts: the scenario of the export, in the
   * shareable link's query form (`mfu=0.3&gpu=h100-sxm`). Empty or absent in every other run.
   */
  readonly VITE_DECK_SCENARIO?: string
  /**
   * "1" when `npm run export -- --handout` starts Slidev: each printed slide gets its speaker notes and
   * its figures' tables under it (`components/HandoutNotes.vue`). Absent in every other run.
   */
  readonly VITE_DECK_HANDOUT?: string
}

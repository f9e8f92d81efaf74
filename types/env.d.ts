/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * Set by `npm run export` for the Slidev server it starts: the scenario of the export, in the
   * shareable link's query form (`mfu=0.3&gpu=h100-sxm`). Empty or absent in every other run.
   */
  readonly VITE_DECK_SCENARIO?: string
}

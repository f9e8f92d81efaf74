/** The deck's shared scenario: a `server-ref` module under the deck's own key (setup/vite-plugins.ts). */
declare module 'virtual:training-cost/shared-assumptions' {
  import type { Ref } from 'vue'

  const state: Ref<unknown>
  export default state
}

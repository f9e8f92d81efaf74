/**
 * Slidev's dev server serves `server-ref:<key>` modules (vite-plugin-vue-server-ref): a ref shared by
 * every window through the server's websocket. In a static build it is a plain ref that never syncs.
 */
declare module 'server-ref:*' {
  import type { Ref } from 'vue'

  const state: Ref<unknown>
  export default state
}

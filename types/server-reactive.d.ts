/**
 * Slidev's dev server serves `server-reactive:<key>` modules (vite-plugin-vue-server-ref): a reactive
 * object shared by every window through the server's websocket. In a static build it is a plain
 * reactive object holding the value the build started with.
 */
declare module 'server-reactive:*' {
  const state: Record<string, unknown>
  export default state
}

/** Served by the dev server's room guard (server/room-guard.ts), and by the build as `remote: false`. */
declare module 'virtual:deck-room' {
  const room: {
    /** True when the dev server runs with `--remote PASSWORD`: only the speaker's window may write. */
    remote: boolean
    /** The server's addresses on the network (what a phone can open); empty when it listens on localhost. */
    networkUrls: string[]
  }
  export default room
}

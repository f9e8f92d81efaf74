/** Slidev's resolved headmatter config; `remote` is the `--remote` password (dev server only). */
export declare const configs: {
  remote?: string | boolean
  title?: string
  /** The slide's size in CSS px: `canvasWidth` wide, `canvasWidth / aspectRatio` high. */
  canvasWidth: number
  aspectRatio: number
}

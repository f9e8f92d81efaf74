/** Slidev's resolved headmatter config; `remote` is the `--remote` password (dev server only). */
export declare const configs: {
  remote?: string | boolean
  title?: string
}

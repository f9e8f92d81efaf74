/**
 * Pages of an exported PDF that caught a slide before it loaded: Slidev draws "Loading slide..." in
 * place of a slide whose code is still compiling, and the page then has text, so the text check alone
 * passes it. On a busy machine the export's dev server compiled slower than the exporter waited, and
 * every page of the first export of a run came out as that placeholder. Reading the text layer needs
 * poppler's `pdftotext` (the README's set-up installs it); without it this check is skipped (null).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** What Slidev's SlideLoading.vue shows while a slide loads. */
const PLACEHOLDER = 'Loading slide...'

/**
 * 1-based numbers of the pages that show Slidev's loading placeholder; null when pdftotext is missing.
 *
 * @example
 * await pagesStillLoading('slides-export.pdf') // [] when every slide was drawn
 */
export async function pagesStillLoading(pdf: string): Promise<number[] | null> {
  let text: string
  try {
    text = (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return null
    throw error
  }
  // pdftotext ends every page with a form feed.
  return text.split('\f').flatMap((page, i) => page.includes(PLACEHOLDER)
    ? [i + 1]
    : [])
}

// The export's self-check: a page that shows Slidev's "Loading slide..." placeholder has text, so only
// reading the text tells it from a slide (it happened: a handout of 26 placeholder pages).
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOADING_PLACEHOLDER, pagesStillLoading, problemWithPdf, summarizePdf } from '../../scripts/lib/pdf-check'

let dir: string

/** A PDF with one page per text. */
async function pdfOf(texts: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const text of texts)
    doc.addPage([400, 200]).drawText(text, { x: 20, y: 100, size: 14, font })
  return doc.save()
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pdf-check-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the export\'s self-check', () => {
  it('finds the pages that show Slidev\'s placeholder, which the text-presence check lets through', async () => {
    const bytes = await pdfOf([
      'Intro',
      LOADING_PLACEHOLDER,
      'GPU',
      LOADING_PLACEHOLDER,
    ])
    const pdf = join(dir, 'loading.pdf')
    await writeFile(pdf, bytes)
    const summary = await summarizePdf(bytes)
    expect(problemWithPdf(summary, 4)).toBeUndefined()
    // pdf-lib writes no structure tree: an untagged PDF.
    expect(summary.tagged).toBe(false)
    expect(await pagesStillLoading(pdf)).toEqual([2, 4])
  })

  it('finds none in a PDF of slides', async () => {
    const pdf = join(dir, 'slides.pdf')
    await writeFile(pdf, await pdfOf(['Intro', 'GPU']))
    expect(await pagesStillLoading(pdf)).toEqual([])
  })
})

// The export's check for slides caught before they loaded, on PDFs made here with pdf-lib.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { pagesStillLoading } from '../../scripts/lib/pdf-loading-pages'

const dir = await mkdtemp(join(tmpdir(), 'pdf-loading-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

async function pdfOf(pages: string[]): Promise<string> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const text of pages)
    doc.addPage([400, 200]).drawText(text, { x: 20, y: 100, size: 14, font })
  const path = join(dir, `${pages.length}-${Math.random().toString(36).slice(2)}.pdf`)
  await writeFile(path, await doc.save())
  return path
}

describe('pagesStillLoading', () => {
  it('names the pages that show Slidev\'s "Loading slide..." placeholder', async () => {
    expect(await pagesStillLoading(await pdfOf([
      'Cost',
      'Loading slide...',
      'PaLM',
      'Loading slide...',
    ]))).toEqual([2, 4])
  })

  it('passes a PDF whose every slide was drawn', async () => {
    expect(await pagesStillLoading(await pdfOf(['Cost', 'Intro', 'Models']))).toEqual([])
  })
})

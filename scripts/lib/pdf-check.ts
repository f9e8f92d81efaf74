import type { PDFPage } from 'pdf-lib'
import { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'

const runFile = promisify(execFile)

/** What a PDF holds, as far as deciding "is this export complete" needs. */
export interface PdfSummary {
  pageCount: number
  /** 1-based numbers of pages that draw no text at all (a blank or unrendered slide). */
  pagesWithoutText: number[]
  /** Whether it has a structure tree (a tagged PDF: headings, tables, figures' alternative text). */
  tagged: boolean
}

// Text-showing operators of the PDF content stream language (ISO 32000-1, 9.4.3): Tj, TJ, ' and ".
const TEXT_SHOWING = /[)>\]]\s*(?:Tj|TJ|'|")(?:\s|$)/

function streamText(stream: PDFRawStream): string {
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
}

/** Whether a content stream, or a form XObject it draws, shows text. Chromium nests slides in forms. */
function drawsText(resources: PDFDict | undefined, contents: string, seen: Set<PDFDict>): boolean {
  if (TEXT_SHOWING.test(contents))
    return true
  const xObjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  if (!xObjects)
    return false
  for (const [, value] of xObjects.entries()) {
    const stream = value instanceof PDFRef
      ? xObjects.context.lookup(value)
      : value
    if (!(stream instanceof PDFRawStream) || seen.has(stream.dict))
      continue
    seen.add(stream.dict)
    if (stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form'))
      continue
    const inner = stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources
    if (drawsText(inner, streamText(stream), seen))
      return true
  }
  return false
}

function pageContents(page: PDFPage): string {
  const contents = page.node.Contents()
  if (!contents)
    return ''
  const streams = contents instanceof PDFArray
    ? contents.asArray().map(ref => page.doc.context.lookup(ref))
    : [contents]
  return streams
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map(streamText)
    .join('\n')
}

/** Reads a PDF and reports its page count and the pages that show no text. */
export async function summarizePdf(bytes: Uint8Array): Promise<PdfSummary> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const pages = doc.getPages()
  const pagesWithoutText: number[] = []
  pages.forEach((page, index) => {
    const resources = page.node.Resources()
    if (!drawsText(resources, pageContents(page), new Set()))
      pagesWithoutText.push(index + 1)
  })
  return {
    pageCount: pages.length,
    pagesWithoutText,
    tagged: doc.catalog.has(PDFName.of('StructTreeRoot')),
  }
}

/** Why an exported PDF is not acceptable, or undefined when it is. */
export function problemWithPdf(summary: PdfSummary, expectedPages: number): string | undefined {
  if (summary.pageCount !== expectedPages)
    return `the PDF has ${summary.pageCount} pages, expected ${expectedPages} (one per slide)`
  if (summary.pagesWithoutText.length > 0)
    return `page(s) ${summary.pagesWithoutText.join(', ')} show no text (blank or not rendered)`
  return undefined
}

/** What Slidev prints for a slide whose code has not loaded yet (its SlideLoading placeholder). */
export const LOADING_PLACEHOLDER = 'Loading slide...'

/**
 * 1-based numbers of pages that show Slidev's "Loading slide..." placeholder instead of the slide: a
 * page with text, so `summarizePdf` takes it for a slide (seen in a handout export from a cold dev
 * server: every page a placeholder). Read with poppler's `pdftotext` when it is installed; undefined
 * when it is not, and the check is skipped.
 */
export async function pagesStillLoading(pdf: string): Promise<number[] | undefined> {
  let text: string
  try {
    text = (await runFile('pdftotext', ['-q', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return undefined
    throw error
  }
  return text.split('\f')
    .map((page, i) => page.includes(LOADING_PLACEHOLDER)
      ? i + 1
      : 0)
    .filter(no => no > 0)
}

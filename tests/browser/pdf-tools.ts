/** Reading an exported PDF with poppler's command-line tools, the way a reader's viewer would see it. */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib'

const run = promisify(execFile)

async function poppler(tool: string, args: string[]): Promise<string> {
  return (await run(tool, args, { maxBuffer: 64 * 1024 * 1024 })).stdout
}

export async function pdfInfo(pdf: string): Promise<Record<string, string>> {
  const info: Record<string, string> = {}
  for (const line of (await poppler('pdfinfo', [pdf])).split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0)
      info[line.slice(0, colon)] = line.slice(colon + 1).trim()
  }
  return info
}

/** The text of each page, in reading order with the layout kept (so table rows stay on one line). */
export async function pageTexts(pdf: string, pages: number): Promise<string[]> {
  const texts: string[] = []
  for (let page = 1; page <= pages; page++) {
    texts.push(await poppler('pdftotext', [
      '-layout',
      '-f',
      String(page),
      '-l',
      String(page),
      pdf,
      '-',
    ]))
  }
  return texts
}

export interface FontRow { name: string, embedded: boolean }

export async function pdfFonts(pdf: string): Promise<FontRow[]> {
  const lines = (await poppler('pdffonts', [pdf])).split('\n').slice(2).filter(Boolean)
  // Columns: name type encoding emb sub uni object ID; the type may contain spaces, so read from the right.
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/)
    return { name: cells[0]!, embedded: cells[cells.length - 5] === 'yes' }
  })
}

/** Entries at the top level of the PDF's outline (bookmarks), or 0 without one. */
export async function outlineCount(pdf: string): Promise<number> {
  const doc = await PDFDocument.load(await readFile(pdf), { updateMetadata: false })
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const count = outlines?.lookupMaybe(PDFName.of('Count'), PDFNumber)
  return count
    ? Math.abs(count.asNumber())
    : 0
}

/**
 * For every raster image on a page (Chromium prints a chart's canvas as one), the number of pixels
 * that are drawn: non-zero alpha in its soft mask. Keyed by 1-based page number.
 */
export async function imageInkByPage(pdf: string): Promise<Map<number, number[]>> {
  const rows = (await poppler('pdfimages', ['-list', pdf])).split('\n').slice(2).filter(Boolean).map((line) => {
    const [page, , type] = line.trim().split(/\s+/)
    return {
      page: Number(page),
      type,
    }
  })
  const ink = new Map<number, number[]>()
  const dir = await mkdtemp(join(tmpdir(), 'pdfimages-'))
  try {
    for (const page of new Set(rows.filter(r => r.type === 'smask').map(r => r.page))) {
      const prefix = join(dir, `p${page}`)
      await poppler('pdfimages', [
        '-f',
        String(page),
        '-l',
        String(page),
        pdf,
        prefix,
      ])
      // Files come out numbered in the order -list shows the page's images.
      const files = (await readdir(dir)).filter(f => f.startsWith(`p${page}-`)).sort()
      const types = rows.filter(r => r.page === page).map(r => r.type)
      const masks = files.filter((_, i) => types[i] === 'smask')
      ink.set(page, await Promise.all(masks.map(async f => drawnPixels(await readFile(join(dir, f))))))
    }
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
  return ink
}

/** Pixels with any non-zero sample in a binary PGM (P5) or PPM (P6) with 8-bit samples. */
function drawnPixels(image: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(image.subarray(0, 64))
  const header = /^P([56])\s+\d+\s+\d+\s+\d+\s/.exec(text)
  if (!header)
    throw new Error('not a binary PGM or PPM')
  const channels = header[1] === '6'
    ? 3
    : 1
  const samples = image.subarray(header[0].length)
  let drawn = 0
  for (let i = 0; i < samples.length; i += channels) {
    if (samples[i]! > 0 || samples[i + channels - 1]! > 0)
      drawn++
  }
  return drawn
}

/** "$534M" → 534e6: a compact dollar figure as the deck prints it. */
export function parseUsd(text: string): number {
  const match = /^\$([\d.,]+)([kMBT]?)$/.exec(text.trim())
  if (!match)
    throw new Error(`not a compact dollar figure: ${text}`)
  const scale = {
    '': 1,
    'k': 1e3,
    'M': 1e6,
    'B': 1e9,
    'T': 1e12,
  }[match[2] as '' | 'k' | 'M' | 'B' | 'T']
  return Number(match[1]!.replaceAll(',', '')) * scale
}

/**
 * What a tagged PDF's structure tree holds: how many elements of each role (`H1`, `Table`, `Figure`,
 * ...) and the alternative text of each `Figure` that has one (a chart's accessible name).
 */
export async function pdfStructure(pdf: string): Promise<{ roles: Record<string, number>, figureAlts: string[] }> {
  const doc = await PDFDocument.load(await readFile(pdf), { updateMetadata: false })
  const roles: Record<string, number> = {}
  const figureAlts: string[] = []
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || !object.has(PDFName.of('P')))
      continue
    const role = object.get(PDFName.of('S'))
    if (!(role instanceof PDFName))
      continue
    const name = role.decodeText()
    roles[name] = (roles[name] ?? 0) + 1
    const alt = object.get(PDFName.of('Alt'))
    if (name === 'Figure' && (alt instanceof PDFString || alt instanceof PDFHexString))
      figureAlts.push(alt.decodeText())
  }
  return { roles, figureAlts }
}

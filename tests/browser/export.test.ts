import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, inject, it } from 'vitest'

const run = promisify(execFile)
const slideCount = inject('slideCount')
const OUT_DIR = resolve('.tmp/export-test')
const TSX = resolve('node_modules/.bin/tsx')

interface Result { code: number, stdout: string, stderr: string }

async function exportDeck(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/export.ts', ...args], {
      env: {
        ...process.env,
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  }
  catch (error) {
    const e = error as { code?: number, stdout?: string, stderr?: string }
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

async function poppler(tool: string, args: string[]): Promise<string> {
  return (await run(tool, args, { maxBuffer: 64 * 1024 * 1024 })).stdout
}

beforeAll(async () => {
  await rm(OUT_DIR, { recursive: true, force: true })
  await mkdir(OUT_DIR, { recursive: true })
})

describe('npm run export', () => {
  it('writes a PDF with one page per slide and text on every page', async () => {
    const pdf = resolve(OUT_DIR, 'deck.pdf')
    const result = await exportDeck(['--output', pdf])
    expect(result.code, result.stderr).toBe(0)
    expect(existsSync(pdf)).toBe(true)

    const info = await poppler('pdfinfo', [pdf])
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
    expect(pages).toBe(slideCount)
    for (let page = 1; page <= pages; page++) {
      const text = await poppler('pdftotext', [
        '-f',
        String(page),
        '-l',
        String(page),
        pdf,
        '-',
      ])
      expect(text.trim().length, `page ${page} has no text`).toBeGreaterThan(0)
    }
    // pdftotext breaks lines where the slide wraps them: compare with whitespace collapsed.
    const all = (await poppler('pdftotext', [pdf, '-'])).replace(/\s+/g, ' ')
    expect(all).toContain('Challenges for scaling DL models with GPUs')
    expect(all).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/)
    // No scratch file is left behind next to the output.
    expect((await run('ls', ['-A', OUT_DIR])).stdout.trim().split('\n')).toEqual(['deck.pdf'])
  }, 600_000)

  it('without a browser: one line saying how to get one, exit code 2, no file', async () => {
    const pdf = resolve(OUT_DIR, 'none.pdf')
    const result = await exportDeck(['--output', pdf], { CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('apt-get install -y chromium')
    expect(result.stderr).toContain('CHROMIUM_PATH')
    expect(existsSync(pdf)).toBe(false)
  })

  it('rejects an unknown option with exit code 2 and no file', async () => {
    const pdf = resolve(OUT_DIR, 'bad.pdf')
    const result = await exportDeck(['--output', pdf, '--colour', 'red'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/colour/)
    expect(existsSync(pdf)).toBe(false)
  })
})

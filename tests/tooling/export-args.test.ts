// The export command's bad input, in-process through its `run(argv, io)`: every refusal happens before
// Slidev or a browser starts, so no process is spawned. One real process run of a refusal stays in the
// browser tests (tests/browser/export.test.ts), for the exit code a shell sees.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../scripts/export'

interface Ran { code: number, stdout: string, stderr: string }

let dir: string

async function exportWith(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: {
      write: (text: string) => stdout += text,
    },
    stderr: {
      write: (text: string) => stderr += text,
    },
    env,
  })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-args-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A refusal: exit code 2, one line on stderr naming `option`, nothing on stdout, and no file. */
async function expectRefused(argv: string[], option: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const pdf = join(dir, 'bad.pdf')
  const result = await exportWith(['--output', pdf, ...argv], env)
  expect(result.code, result.stderr).toBe(2)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toContain(option)
  expect(result.stdout).toBe('')
  expect(existsSync(pdf), `${pdf} left behind`).toBe(false)
  return result.stderr
}

describe('npm run export: bad input', () => {
  it.each([
    [
      ['--mfu', '0'],
      '--mfu',
    ],
    [
      ['--mfu', '7'],
      '--mfu',
    ],
    [
      ['--price', '-1'],
      '--price',
    ],
    [
      ['--gpu', 'tpu-v9'],
      '--gpu',
    ],
    [
      ['--preset', 'nope'],
      '--preset',
    ],
    [
      ['--colour', 'red'],
      'colour',
    ],
    [
      ['--checkpoint-tbps', '0'],
      '--checkpoint-tbps',
    ],
    [
      ['--format', 'gif'],
      '--format',
    ],
  ])('%o: one line naming %s, exit code 2, no file', async (args, option) => {
    await expectRefused(args, option)
  })

  it('without a browser: one line saying how to get one, exit code 2, no file', async () => {
    const stderr = await expectRefused([], 'CHROMIUM_PATH', { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(stderr).toContain('apt-get install -y chromium')
  })

  it('--help prints the options and exits 0', async () => {
    const result = await exportWith(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--with-clicks')
    expect(result.stdout).toContain('--handout')
    expect(result.stderr).toBe('')
  })
})

describe('npm run export -- --handout: bad input', () => {
  it.each([
    [
      ['--format', 'png'],
      '--handout',
    ],
    [
      ['--with-clicks'],
      '--handout',
    ],
    [
      ['--mfu', '7'],
      '--mfu',
    ],
    [
      ['--gpu', 'tpu-v9'],
      '--gpu',
    ],
  ])('%o: one line naming %s, exit code 2, no file', async (args, option) => {
    await expectRefused(['--handout', ...args], option)
  })
})

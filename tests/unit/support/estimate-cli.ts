// The command-line estimate, spawned as a user runs it (tsx, no npm in between).
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = resolve(ROOT, 'node_modules/.bin/tsx')

/** Each spawn starts tsx (~1 s, more on a busy 2-CPU machine): well beyond vitest's 5 s default. */
export const SPAWN_TIMEOUT_MS = 30_000

export async function estimate(...args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/estimate.ts', ...args], { cwd: ROOT })
    return { code: 0, stdout, stderr }
  }
  catch (error) {
    const e = error as { code: number, stdout: string, stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/**
 * Running `scripts/export.ts` from the browser tests: as a process (as a user runs it), or in this
 * process through its `run` (the same command, without a tsx start-up).
 */
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { run as runExport } from '../../scripts/export'

const execFileAsync = promisify(execFile)
const TSX = resolve('node_modules/.bin/tsx')

export interface Result { code: number, stdout: string, stderr: string }

/** The environment a shell would give the script: without the test runner's own variables. */
export function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'))
}

/** `tsx scripts/export.ts ARGS` as a user runs it: a process of its own. */
export async function exportProcess(args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await execFileAsync(TSX, ['scripts/export.ts', ...args], {
      env: shellEnv(),
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  }
  catch (error) {
    const e = error as { code?: number, stdout?: string, stderr?: string }
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

/** The same command in this process, through the script's `run`. */
export async function exportInProcess(args: string[]): Promise<Result> {
  let stdout = ''
  let stderr = ''
  const code = await runExport(args, {
    stdout: {
      write: (text: string) => stdout += text,
    },
    stderr: {
      write: (text: string) => stderr += text,
    },
    env: shellEnv(),
  })
  return { code, stdout, stderr }
}

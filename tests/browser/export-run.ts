/**
 * Running `scripts/export.ts` from the browser tests: as a process (as a user runs it), or in this
 * process through its `run` (the same command, without a tsx start-up).
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/**
 * `npm run export`'s command (`tsx --conditions=… scripts/export.ts`), read from package.json so the
 * process run is the user's, flags included: without the condition that resolves the workspace
 * packages to their sources, a clone with no built `dist/` cannot load the engine.
 */
function exportCommand(): { bin: string, args: string[] } {
  const command = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.export
  const [tool, ...args] = command?.split(/\s+/) ?? []
  if (tool !== 'tsx')
    throw new Error(`package.json's export script does not start with tsx: ${command}`)
  return {
    bin: resolve('node_modules/.bin/tsx'),
    args,
  }
}

export interface Result { code: number, stdout: string, stderr: string }

/** The environment a shell would give the script: without the test runner's own variables. */
export function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'))
}

/** `npm run export -- ARGS` as a user runs it (without npm's start-up): a process of its own. */
export async function exportProcess(args: string[]): Promise<Result> {
  const command = exportCommand()
  try {
    const { stdout, stderr } = await execFileAsync(command.bin, [
      ...command.args,
      ...args,
    ], {
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

/**
 * The same command in this process, through the script's `run` (loaded only here: the run's main
 * process, which starts the shared exports, makes them as processes and never loads the engine).
 */
export async function exportInProcess(args: string[]): Promise<Result> {
  const { run: runExport } = await import('../../scripts/export')
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

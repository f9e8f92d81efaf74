// The command-line estimate as tests run it: in-process through `run` (what the command does, in
// microseconds), or as a real process through npm (that the script's entry wires `run` to the shell).
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { run } from '../../../packages/llm-training-cost/src/cli/estimate.ts'

export interface EstimateRun {
  code: number
  stdout: string
  stderr: string
}

/** The command in this process: its exit code and everything it wrote to each stream. */
export function estimate(...args: string[]): EstimateRun {
  let stdout = ''
  let stderr = ''
  const code = run(args, {
    stdout: text => stdout += text,
    stderr: text => stderr += text,
  })
  return { code, stdout, stderr }
}

/** The command's `--json` output for `args` (which include `--json`), parsed; throws if it refused them. */
export function estimateJson(...args: string[]): Record<string, number> {
  const ran = estimate(...args)
  if (ran.code !== 0)
    throw new Error(`estimate ${args.join(' ')}: exit ${ran.code}: ${ran.stderr}`)
  return JSON.parse(ran.stdout) as Record<string, number>
}

const execFileAsync = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../../..')

/** npm, then tsx, start in a few seconds on a busy 2-CPU machine: well beyond vitest's 5 s default. */
export const SPAWN_TIMEOUT_MS = 60_000

/** `npm run --silent estimate -- ARGS`, as the README tells a user to run it. */
export async function estimateProcess(...args: string[]): Promise<EstimateRun> {
  try {
    const { stdout, stderr } = await execFileAsync('npm', [
      'run',
      '--silent',
      'estimate',
      '--',
      ...args,
    ], { cwd: ROOT })
    return { code: 0, stdout, stderr }
  }
  catch (error) {
    const e = error as { code: number, stdout: string, stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

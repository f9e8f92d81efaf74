/**
 * Runs a command and measures its wall time, its CPU time and its peak resident memory. The peak is
 * the largest VmHWM ("high water mark") read from /proc for the process and its descendants while it
 * runs: Linux only, which is where the benchmark runs. The CPU time is user + system of the command
 * and every descendant it waited for, as the shell's `times` reports its children (getrusage's
 * RUSAGE_CHILDREN, which Node does not expose): on a machine other jobs load, wall time grows with
 * their load while CPU time stays close to the work the command did.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

export interface RunStats {
  seconds: number
  /** User + system CPU seconds of the command and its descendants; null if the shell did not say. */
  cpuSeconds: number | null
  peakRssBytes: number
  code: number
  output: string
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  }
  catch {
    return []
  }
}

function highWaterMarkBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
    return kb
      ? Number(kb) * 1024
      : 0
  }
  catch {
    return 0
  }
}

function treeOf(pid: number): number[] {
  const all = [pid]
  for (let i = 0; i < all.length; i++)
    all.push(...childrenOf(all[i]!))
  return all
}

/** "1m2.500000s" (or "0m1.56s") → 62.5. */
function shellSeconds(text: string): number {
  const match = /^(\d+)m(\d+(?:\.\d+)?)s$/.exec(text)
  return match
    ? Number(match[1]) * 60 + Number(match[2])
    : Number.NaN
}

/**
 * User + system seconds of a shell's children from its `times` output: the second line,
 * "0m14.010000s 0m4.136000s". Null when the output is not that.
 *
 * @example
 * cpuSecondsFromTimes('0m0.000000s 0m0.000000s\n0m14.010000s 0m4.136000s\n') // 18.146
 */
export function cpuSecondsFromTimes(output: string): number | null {
  const children = output.trim().split('\n')[1]?.trim().split(/\s+/) ?? []
  if (children.length !== 2)
    return null
  const seconds = shellSeconds(children[0]!) + shellSeconds(children[1]!)
  return Number.isFinite(seconds)
    ? seconds
    : null
}

/** Runs `command args` under `/bin/sh`, which writes its children's CPU times (`times`) to fd 3. */
const TIMED = '"$0" "$@"; code=$?; times >&3; exit $code'

export function runMeasured(command: string, args: string[], options: { cwd: string, env?: NodeJS.ProcessEnv }): Promise<RunStats> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('/bin/sh', ['-c', TIMED, command, ...args], {
      cwd: options.cwd,
      env: {
        ...process.env,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    })
    let output = ''
    let times = ''
    child.stdout!.on('data', (chunk: Uint8Array) => output += chunk.toString())
    child.stderr!.on('data', (chunk: Uint8Array) => output += chunk.toString())
    ;(child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Uint8Array) => times += chunk.toString())
    let peak = 0
    const timer = setInterval(() => {
      if (child.pid === undefined)
        return
      const perProcess = new Map<number, number>()
      for (const pid of treeOf(child.pid))
        perProcess.set(pid, highWaterMarkBytes(pid))
      peak = Math.max(peak, [
        ...perProcess.values(),
      ].reduce((a, b) => a + b, 0))
    }, 50)
    child.on('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    // 'close', not 'exit': every pipe, fd 3's times included, has been read to its end.
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: cpuSecondsFromTimes(times),
        peakRssBytes: peak,
        code: code ?? 1,
        output,
      })
    })
  })
}

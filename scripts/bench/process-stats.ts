/**
 * Runs a command and measures its wall time and peak resident memory. The peak is the largest
 * VmHWM ("high water mark") read from /proc for the process and its descendants while it runs:
 * Linux only, which is where the benchmark runs.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

export interface RunStats {
  seconds: number
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

export function runMeasured(command: string, args: string[], options: { cwd: string, env?: NodeJS.ProcessEnv }): Promise<RunStats> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: {
        ...process.env,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => output += chunk.toString())
    child.stderr.on('data', (chunk: Uint8Array) => output += chunk.toString())
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
    child.on('exit', (code) => {
      clearInterval(timer)
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: peak,
        code: code ?? 1,
        output,
      })
    })
  })
}

/**
 * `npm test [-- VITEST_ARGS]`: the type-check (`vue-tsc --noEmit`), the lint (`eslint .`) and the
 * tests (`vitest run VITEST_ARGS`) at once. One after another they left a 2-core machine half idle:
 * the browser tests spend much of their time waiting on Chromium, a dev server or an export, and the
 * type-check and lint fill that time. Those two run at a lower priority, so the tests' own start (the
 * deck's build) is not slowed by them.
 *
 * Vitest's output streams as it comes; vue-tsc's and eslint's are printed whole when each ends, with
 * a line saying how it ended. The exit code is Vitest's when it failed, else the type-check's, else
 * the lint's: 0 only when all three passed (.ci/run and scripts/test-summary.ts read it).
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { resolve } from 'node:path'
import process from 'node:process'

interface Ended { name: string, code: number, seconds: number }

const bin = (name: string): string => resolve('node_modules/.bin', name)

function started(child: ChildProcess, name: string, since: number): Promise<Ended> {
  return new Promise((resolveEnded) => {
    child.on('error', (error) => {
      process.stderr.write(`test: ${name} did not start: ${error.message}\n`)
      resolveEnded({ name, code: 1, seconds: (Date.now() - since) / 1000 })
    })
    child.on('close', (code, signal) => resolveEnded({ name, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - since) / 1000 }))
  })
}

/** A check whose output is kept and printed whole when it ends, so it never cuts into Vitest's lines. */
function quietCheck(name: string, command: string, args: string[]): Promise<Ended> {
  const since = Date.now()
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid !== undefined) {
    try {
      setPriority(child.pid, 10)
    }
    catch {
      // Not allowed here: it runs at the tests' priority, which is only slower.
    }
  }
  let output = ''
  child.stdout?.on('data', chunk => output += String(chunk))
  child.stderr?.on('data', chunk => output += String(chunk))
  return started(child, name, since).then((ended) => {
    if (output.trim() !== '')
      process.stdout.write(`\n${output.trimEnd()}\n`)
    process.stdout.write(`test: ${name} ${ended.code === 0
      ? 'passed'
      : `failed (exit code ${ended.code})`} in ${ended.seconds.toFixed(0)} s\n`)
    return ended
  })
}

const vitestStart = Date.now()
const vitest = started(spawn(bin('vitest'), [
  'run',
  ...process.argv.slice(2),
], { stdio: 'inherit' }), 'vitest', vitestStart)
const typecheck = quietCheck('type-check (vue-tsc --noEmit)', bin('vue-tsc'), ['--noEmit'])
const lint = quietCheck('lint (eslint .)', bin('eslint'), ['.'])

const results = await Promise.all([vitest, typecheck, lint])
const failed = results.find(r => r.code !== 0)
process.exit(failed?.code ?? 0)

#!/usr/bin/env node
/**
 * The package's `bin`: `npx llm-training-cost --params 1e12 --gpus 100000 --json`. The exit code is
 * set rather than forced with process.exit, so a piped stdout is written out in full before the
 * process ends.
 */
import process from 'node:process'
import { run } from './estimate.ts'

process.exitCode = run(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
})

/**
 * `--data FILE`: reads the file and hands its JSON to the engine's check (engine/facts/data-file.ts).
 * Every failure is one line naming the file: unreadable, not JSON, or the first bad field.
 */
import type { TrainingData } from '../engine/index.ts'
import { readFileSync } from 'node:fs'
import { parseTrainingData } from '../engine/index.ts'

export type DataFileRead = { ok: true, value: TrainingData } | { ok: false, message: string }

/**
 * @example
 * readDataFile('my-gpus.json') // { ok: true, value: { accelerators: [...], offers: [...] } }
 * readDataFile('missing.json') // { ok: false, message: 'missing.json: cannot be read (ENOENT)' }
 */
export function readDataFile(path: string): DataFileRead {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  }
  catch (error) {
    return { ok: false, message: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  }
  catch (error) {
    return { ok: false, message: `${path}: not JSON (${(error as Error).message})` }
  }
  const parsed = parseTrainingData(json)
  return parsed.ok
    ? parsed
    : { ok: false, message: `${path}: ${parsed.message}` }
}

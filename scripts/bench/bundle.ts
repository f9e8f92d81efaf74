/** Sizes of a built deck's JavaScript, gzipped as a server would send it. */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

export async function jsFiles(distDir: string): Promise<string[]> {
  const found: string[] = []
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory())
        await walk(path)
      else if (entry.name.endsWith('.js') || entry.name.endsWith('.mjs'))
        found.push(path)
    }
  }
  await walk(distDir)
  return found
}

export async function gzipBytes(path: string): Promise<number> {
  return gzipSync(await readFile(path), { level: 9 }).length
}

/** Gzipped size of every JS file in the build, keyed by its path under `distDir` ("assets/x.js"). */
export async function jsGzipSizes(distDir: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  for (const file of await jsFiles(distDir))
    sizes.set(relative(distDir, file), await gzipBytes(file))
  return sizes
}

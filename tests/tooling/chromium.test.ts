import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/lib/chromium'

async function fakeBrowser(name: string): Promise<{ dir: string, path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'chromium-'))
  const path = join(dir, name)
  await writeFile(path, '#!/bin/sh\n')
  await chmod(path, 0o755)
  return { dir, path }
}

describe('findChromium', () => {
  it('uses CHROMIUM_PATH first', async () => {
    const { path } = await fakeBrowser('my-chrome')
    expect(await findChromium({ CHROMIUM_PATH: path, PATH: '' }, { systemPaths: [], tryPlaywright: false }))
      .toEqual({ path, via: 'CHROMIUM_PATH' })
  })

  it('says so when CHROMIUM_PATH points at nothing, instead of silently trying others', async () => {
    const result = await findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' }, { tryPlaywright: false })
    expect(result).toHaveProperty('error')
    expect((result as { error: string }).error).toContain('CHROMIUM_PATH=/nonexistent/chromium')
  })

  it('prefers the system path, then the PATH', async () => {
    const system = await fakeBrowser('chromium')
    const onPath = await fakeBrowser('google-chrome')
    expect(await findChromium({ PATH: onPath.dir }, {
      systemPaths: [system.path],
      tryPlaywright: false,
    }))
      .toEqual({ path: system.path, via: 'system' })
    expect(await findChromium({ PATH: onPath.dir }, { systemPaths: [], tryPlaywright: false }))
      .toEqual({ path: onPath.path, via: 'PATH' })
  })

  it('gives the one-line install hint when nothing is found', async () => {
    const result = await findChromium({ PATH: '' }, { systemPaths: [], tryPlaywright: false })
    expect(result).toEqual({ error: NO_CHROMIUM_MESSAGE })
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install -y chromium')
    expect(NO_CHROMIUM_MESSAGE).not.toContain('\n')
  })
})

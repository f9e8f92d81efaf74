import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Where a Chromium was found, and how: so messages can say which one is used. */
export interface FoundChromium {
  path: string
  via: 'CHROMIUM_PATH' | 'system' | 'PATH' | 'playwright'
}

/**
 * Flags for a headless Chromium on a machine with no network: nothing runs in the background that would
 * reach out (updates, sync, QUIC probes), no first-run page, no GPU, and no sandbox, which Chromium
 * refuses to start as root (the test and CI machines run as root).
 */
export const CHROMIUM_OFFLINE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

export const NO_CHROMIUM_MESSAGE
  = 'No Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium.'

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

function onPath(names: readonly string[], pathVar: string): string | undefined {
  for (const dir of pathVar.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name)
      if (isExecutable(candidate))
        return candidate
    }
  }
  return undefined
}

async function playwrightOwn(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-chromium')
    const path = chromium.executablePath()
    return path && isExecutable(path)
      ? path
      : undefined
  }
  catch {
    return undefined
  }
}

/**
 * Finds a Chromium in the order the README documents: `CHROMIUM_PATH`, then `/usr/bin/chromium`,
 * then `chromium`, `chromium-browser` or `google-chrome` on the PATH, then a browser Playwright
 * downloaded itself. Returns an error string (never throws) when `CHROMIUM_PATH` points nowhere or
 * nothing is found, so callers can print one line and exit 2.
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  { systemPaths = ['/usr/bin/chromium'], tryPlaywright = true }: { systemPaths?: readonly string[], tryPlaywright?: boolean } = {},
): Promise<FoundChromium | { error: string }> {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv !== undefined && fromEnv !== '') {
    return isExecutable(fromEnv)
      ? { path: fromEnv, via: 'CHROMIUM_PATH' }
      : { error: `CHROMIUM_PATH=${fromEnv} is not an executable file. ${NO_CHROMIUM_MESSAGE}` }
  }
  const system = systemPaths.find(isExecutable)
  if (system)
    return { path: system, via: 'system' }
  const found = onPath([
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
  ], env.PATH ?? '')
  if (found)
    return { path: found, via: 'PATH' }
  const own = tryPlaywright
    ? await playwrightOwn()
    : undefined
  if (own)
    return { path: own, via: 'playwright' }
  return { error: NO_CHROMIUM_MESSAGE }
}

// The kit as another speaker gets it: both packages packed (`npm pack`), a fresh Slidev deck in a
// temporary folder that depends on the two tarballs and Slidev and on nothing of this repository, its
// slides.md the README's example (so the page and the test cannot drift apart), built and opened in
// Chromium; the engine's `bin` run from the tarball; the packaging linted (publint, and the types
// resolve for ESM consumers: arethetypeswrong).
import type { PreviewServer } from 'vite'
import type { WatchedPage } from './chromium'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, formatUsd, modelRows } from '../../packages/llm-training-cost/src/engine'
import { estimateJson } from '../unit/support/estimate-cli'
import { Chromium } from './chromium'
import { readmeExample } from './kit-readme'

const exec = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../..')
const ENGINE = 'llm-training-cost'
const ADDON = 'slidev-addon-training-cost'
/** A fresh install of Slidev from a warm cache takes about a minute on 2 cores; a cold one more. */
const INSTALL_TIMEOUT_MS = 240_000
/** What any Slidev deck with the default fonts and favicon asks off the machine: nothing of the kit's. */
const SLIDEV_DEFAULT_REQUESTS = /^https:\/\/(?:fonts\.googleapis\.com\/|fonts\.gstatic\.com\/|cdn\.jsdelivr\.net\/gh\/slidevjs\/slidev\/assets\/favicon\.png$)/

/** Runs a command; on failure the error carries what it printed, so a broken install reads at once. */
async function sh(file: string, args: string[], cwd: string, timeout = 120_000): Promise<string> {
  try {
    const { stdout } = await exec(file, args, {
      cwd,
      timeout,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', NODE_ENV: 'production' },
    })
    return stdout
  }
  catch (error) {
    const e = error as Error & { stdout?: string, stderr?: string }
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`)
  }
}

/** A tool of this repository's own (publint, attw, tsc): it checks the tarballs, it is not in the deck. */
function rootBin(name: string): string {
  return join(ROOT, 'node_modules/.bin', name)
}

let dir = ''
let deck = ''
let tarballs: Record<string, { file: string, size: number }> = {}
let server: PreviewServer | null = null
let url = ''
let browser: Chromium | null = null
let watched: WatchedPage | null = null
const timings: Record<string, number> = {}

/** CPU seconds of the processes this one started and waited for (npm, tsc, slidev): Linux only, else 0. */
async function childCpuSeconds(): Promise<number> {
  try {
    // Fields 16 and 17 of /proc/self/stat (after the name in parentheses): cutime and cstime, in ticks.
    const fields = (await readFile('/proc/self/stat', 'utf8')).split(') ')[1]!.split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  }
  catch {
    return 0
  }
}

async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await work()
  }
  finally {
    timings[what] = Math.round(performance.now() - start)
  }
}

let childCpuAtStart = 0
const cpuStart = process.cpuUsage()

beforeAll(async () => {
  childCpuAtStart = await childCpuSeconds()
  dir = await mkdtemp(join(tmpdir(), 'kit-pack-'))
  deck = join(dir, 'deck')
  await mkdir(deck)
  // Both packs in one npm process; the engine's `prepack` compiles its dist/ with tsc first.
  const packed = JSON.parse(await timed('pack', () => sh('npm', [
    'pack',
    '--json',
    '--pack-destination',
    dir,
    '--workspace',
    ENGINE,
    '--workspace',
    ADDON,
  ], ROOT))) as { name: string, filename: string, size: number }[]
  tarballs = Object.fromEntries(packed.map(p => [
    p.name,
    {
      file: join(dir, p.filename),
      size: p.size,
    },
  ]))
  const root = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  await writeFile(join(deck, 'package.json'), `${JSON.stringify({
    name: 'kit-pack-deck',
    private: true,
    type: 'module',
    dependencies: {
      '@slidev/cli': root.dependencies['@slidev/cli'],
      '@slidev/theme-default': root.dependencies['@slidev/theme-default'],
      [ENGINE]: `file:${tarballs[ENGINE]!.file}`,
      [ADDON]: `file:${tarballs[ADDON]!.file}`,
    },
  }, null, 2)}\n`)
  await writeFile(join(deck, 'slides.md'), readmeExample(await readFile(join(ROOT, 'README.md'), 'utf8')))
  await timed('install', () => sh('npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
  ], deck, INSTALL_TIMEOUT_MS))
  await timed('build', () => sh(join(deck, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--out', 'dist'], deck, 180_000))
  server = await preview({
    configFile: false,
    root: deck,
    logLevel: 'error',
    appType: 'spa',
    build: { outDir: 'dist' },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
    },
  })
  url = server.resolvedUrls!.local[0]!.replace(/\/$/, '')
  browser = await Chromium.open()
  watched = await browser.watchedPage()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  const cpu = process.cpuUsage(cpuStart)
  timings.testProcessCpu = Math.round((cpu.user + cpu.system) / 1000)
  timings.childProcessesCpu = Math.round((await childCpuSeconds() - childCpuAtStart) * 1000)
  console.log('kit pack test (ms):', timings, 'tarballs (bytes):', Object.fromEntries(Object.entries(tarballs).map(([name, t]) => [name, t.size])))
  if (dir)
    await rm(dir, { recursive: true, force: true })
})

describe('the kit, as another speaker installs it', () => {
  it('installs from the tarballs alone: nothing of this repository in the fresh deck', async () => {
    const lock = await readFile(join(deck, 'package-lock.json'), 'utf8')
    expect(lock).not.toContain(ROOT)
    const installed = JSON.parse(await readFile(join(deck, 'node_modules', ENGINE, 'package.json'), 'utf8')) as { version: string }
    expect(installed.version).toMatch(/^\d+\.\d+\.\d+/)
    // One copy of the engine: the addon's dependency is the packed tarball, not a registry package.
    expect(lock).not.toMatch(/node_modules\/slidev-addon-training-cost\/node_modules\/llm-training-cost/)
  })

  it('builds the README\'s example and shows its two figures with no NaN', async () => {
    const { page } = watched!
    await page.goto(`${url}/1`)
    const table = page.locator('[data-figure="sota-models"]')
    const wall = page.locator('[data-figure="scaling-wall-cost"]')
    await table.waitFor()
    await wall.waitFor()
    const text = `${await table.innerText()}\n${await wall.innerText()}\n${await wall.locator('svg').textContent()}`
    expect(text).not.toMatch(/NaN|Infinity|undefined/)
    const atDefaults = modelRows(['gpt-3', 'chinchilla'], DEFAULT_ASSUMPTIONS)
    expect((await table.locator('[data-model="gpt-3"] [data-value="costUsd"]').innerText()).trim()).toBe(formatUsd(atDefaults[0]!.estimate.costUsd))
    expect(await wall.locator('svg path').count()).toBeGreaterThan(0)
  })

  it('follows an assumption edit in the panel: MFU 45% → 30%', async () => {
    const { page } = watched!
    const wall = page.locator('[data-figure="scaling-wall-cost"]')
    const before = await wall.innerText()
    // The layer loads once the first slide is up; its button opens the drawer.
    await page.getByRole('button', { name: /^Assumptions/ }).click()
    await page.getByLabel('MFU', { exact: true }).fill('30')
    const at30 = modelRows(['gpt-3', 'chinchilla'], { ...DEFAULT_ASSUMPTIONS, mfu: 0.3 })
    await expect.poll(async () => (await page.locator('[data-figure="sota-models"] [data-model="gpt-3"] [data-value="costUsd"]').innerText()).trim()).toBe(formatUsd(at30[0]!.estimate.costUsd))
    await expect.poll(() => wall.innerText()).not.toBe(before)
    expect(await page.locator('[data-figure="sota-models"]').innerText()).not.toMatch(/NaN|Infinity|undefined/)
  })

  it('logs no console error and asks nothing off the machine but what a plain Slidev deck asks', () => {
    // Slidev's defaults, which the README's example keeps: Google Fonts for its type (`fonts.provider:
    // google`) and its favicon from jsDelivr. The run's Chromium refuses them (a proxy that is not
    // there: tests/browser/global-setup.ts) and logs each as a failed load.
    const { consoleErrors, offMachineRequests } = watched!
    const slidevDefaults = offMachineRequests.filter(request => SLIDEV_DEFAULT_REQUESTS.test(request))
    expect(offMachineRequests).toEqual(slidevDefaults)
    expect(consoleErrors).toEqual(slidevDefaults.map(() => 'Failed to load resource: net::ERR_PROXY_CONNECTION_FAILED'))
  })

  it('runs the engine\'s bin from the tarball: the same JSON as the repository\'s estimate, and the table', async () => {
    const args = [
      '--params',
      '1e12',
      '--gpus',
      '100000',
      '--json',
    ]
    const json = JSON.parse(await sh(join(deck, 'node_modules/.bin/llm-training-cost'), args, deck)) as Record<string, unknown>
    // The repository's own estimate, in-process: the same `run` as the bin.
    expect(json).toEqual(estimateJson(...args))
    expect(json.datasetVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // npx finds the installed bin, as the package's README tells a reader.
    const table = await sh('npx', [
      '--offline',
      '--no',
      ENGINE,
      '--',
      '--model',
      'gpt-3',
    ], deck)
    expect(table).toMatch(/^Cost\s+\$/m)
  })

  it('is packaged right: publint passes on both packages and the engine\'s types resolve for ESM consumers', async () => {
    for (const name of [ENGINE, ADDON])
      expect(await sh(rootBin('publint'), ['run', tarballs[name]!.file, '--strict'], ROOT)).toMatch(/All good/)
    // Fails (exit 1) on any problem for node16 ESM or bundlers, the declarations included.
    await sh(rootBin('attw'), [
      tarballs[ENGINE]!.file,
      '--profile',
      'esm-only',
      '--format',
      'table-flipped',
    ], ROOT)
  })

  it('type-checks the engine README\'s library example against the tarball, as a NodeNext consumer', async () => {
    const readme = await readFile(join(deck, 'node_modules', ENGINE, 'README.md'), 'utf8')
    const example = /\n```ts\n([\s\S]*?)\n```\n/.exec(readme)?.[1]
    expect(example).toContain(`from '${ENGINE}'`)
    await writeFile(join(deck, 'consumer.ts'), `${example}\n`)
    await sh(rootBin('tsc'), [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      // The tarball's declarations as the consumer's imports reach them, not every .d.ts in full.
      '--skipLibCheck',
      '--types',
      'node',
      '--typeRoots',
      join(ROOT, 'node_modules/@types'),
      'consumer.ts',
    ], deck)
  })
})

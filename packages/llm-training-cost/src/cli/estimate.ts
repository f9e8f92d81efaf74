import type { TrainingData } from '../engine/index.ts'
/**
 * Command-line training estimate over the deck's engine.
 *
 *   npm run --silent estimate -- --model gpt-3 --gpu a100-80gb --mfu 0.45 --price 1.5 --gpus 1024
 *   npm run --silent estimate -- --params 1e12 --json
 *
 * Bad input prints one line on stderr naming the option and exits with code 2; nothing goes to stdout.
 * `run` is the whole command, taking its arguments and output streams, so tests call it in-process
 * (a process each costs a second of tsx start-up); bin.ts calls it with the process's own.
 */
import type { EstimateOutput } from './estimate-args.ts'
import { DATASET_VERSION } from '../data/version.ts'
import { asEntries, formatBytes, formatCo2Kg, formatCount, formatDays, formatEnergyKwh, formatFlops, formatFlopsPerSecond, formatGpuHours, formatInteger, formatPercent, formatSeconds, formatUsd, formatWatts, withAddedAccelerators } from '../engine/index.ts'
import { readDataFile } from './data-file.ts'
import { parseEstimateArgs, priceOffer, resolveEstimate, USAGE } from './estimate-args.ts'

/** Where `run` writes: the process's stdout and stderr, or a test's buffers. */
export interface EstimateIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** Exit codes: 0 done, 2 bad input (the command line's contract: scripts and CI read it). */
const EXIT_OK = 0
const EXIT_USAGE = 2

/** The scale model's rows, when it ran: the layout and where the step's time goes. */
function scaleRows(e: EstimateOutput): [string, string][] {
  if (!('layout' in e))
    return []
  const { layout } = e
  return [
    ['Shape', e.shapeFrom],
    ['Global batch', `${formatCount(e.batchTokens)} tokens, ${e.batchFrom === 'law'
      ? `the batch-size law's (DeepSeek LLM)${e.batchCappedAtMemory ? ', halved until the cluster holds it' : ''}; --batch-tokens to set one`
      : 'as given'}`],
    // CP, EP and the ZeRO stage are named when they differ from the plain layout (no CP, no EP, ZeRO-1).
    ['Layout', `TP ${layout.tensorParallel} × PP ${layout.pipelineParallel}${layout.contextParallel > 1
      ? ` × CP ${layout.contextParallel}`
      : ''} × DP ${layout.dataParallel}${layout.expertParallel > 1
      ? ` (EP ${layout.expertParallel})`
      : ''}${e.zeroStage === 1
      ? ''
      : ` (ZeRO-${e.zeroStage})`}, interleave ${layout.interleave}, microbatch ${layout.microbatchSequences} (${layout.microbatchesPerPipeline} per pipeline)`],
    ['Step', `${formatSeconds(e.stepSeconds)}: bubble ${formatPercent(e.bubbleShare)}, exposed communication ${formatPercent(e.exposedCommShare)}`],
    ['Per GPU', `${formatFlopsPerSecond(e.tflopsPerGpu * 1e12)} model FLOPs (MFU ${formatPercent(e.effectiveMfu)})`],
    ['Failures', `goodput ${formatPercent(e.goodput)}, checkpoint every ${formatSeconds(e.checkpointIntervalMinutes * 60)}`],
    ['Power', `${formatWatts(e.itPowerWatts)} IT, ${formatWatts(e.facilityPowerWatts)} with PUE`],
  ]
}

/** The readable table; `priceFrom`: the data file's offer that set the price, when one did. */
function table(e: EstimateOutput, priceFrom: string | null = null): string {
  const rows: [string, string][] = [
    ['Model', e.model ?? 'custom'],
    [
      'Parameters',
      e.activeParams === e.params
        ? formatCount(e.params)
        : `${formatCount(e.params)} (${formatCount(e.activeParams)} active per token)`,
    ],
    ['Tokens', `${formatCount(e.tokens)} (${e.tokensPerParam.toFixed(1)} per parameter)`],
    [
      'Training compute (6ND)',
      formatFlops(e.trainingFlops),
    ],
    ['GPU', `${e.gpu}, ${e.precision}, ${formatFlopsPerSecond(e.peakFlopsPerGpu)} dense ${e.mfuOf.toUpperCase()} peak`],
    [
      'MFU',
      `${formatPercent(e.mfu)} of the ${e.mfuOf.toUpperCase()} peak`,
    ],
    [
      'Precision',
      `${e.precision}: ${e.precisionNote}`,
    ],
    [
      'Goodput',
      formatPercent(e.goodput),
    ],
    [
      'GPU-hours',
      formatGpuHours(e.gpuHours),
    ],
    [
      'Price per GPU-hour',
      priceFrom === null
        ? formatUsd(e.usdPerGpuHour)
        : `${formatUsd(e.usdPerGpuHour)} (${priceFrom})`,
    ],
    [
      'Cost',
      formatUsd(e.costUsd),
    ],
    [
      'GPUs',
      e.gpus === null
        ? '— (pass --gpus for wall-clock time)'
        : formatInteger(e.gpus),
    ],
    [
      'Wall-clock',
      formatDays(e.wallClockDays),
    ],
    [
      'Training state (16 B/param)',
      formatBytes(e.trainingStateBytes),
    ],
    [
      'Fewest GPUs to hold it',
      formatInteger(e.minGpusForMemory),
    ],
    [
      e.energyBasis === 'board'
        ? 'Energy (board power × PUE)'
        : e.energyBasis === 'system'
          ? 'Energy (systems × PUE)'
          : 'Energy (no power figure)',
      formatEnergyKwh(e.energyKwh),
    ],
    [
      'CO₂e',
      formatCo2Kg(e.co2Kg),
    ],
  ]
  rows.push(...scaleRows(e), ['Dataset', `checked ${DATASET_VERSION}`])
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')
}

/** The one error line: the option, then the message on the same line whatever it holds. */
function fail(io: EstimateIo, option: string, message: string): number {
  io.stderr(`estimate: error: ${option}: ${message.replace(/\s+/g, ' ')}\n`)
  return EXIT_USAGE
}

/**
 * The estimate command: parses `argv` (the arguments after the script's name), writes the table, the
 * JSON or the help to `io.stdout`, or one error line to `io.stderr`, and returns the exit code.
 *
 * @example
 * run(['--model', 'gpt-3', '--json'], { stdout: s => out.push(s), stderr: s => err.push(s) }) // 0
 * run(['--mfu', '7'], io) // 2, with 'estimate: error: --mfu: ...' on stderr
 */
export function run(argv: readonly string[], io: EstimateIo): number {
  const parsed = parseEstimateArgs(argv)
  if (!parsed.ok)
    return fail(io, parsed.error.option, parsed.error.message)
  if (parsed.value.kind === 'help') {
    io.stdout(`${USAGE}\n`)
    return EXIT_OK
  }
  const { input, dataFile, json } = parsed.value
  let data: TrainingData | null = null
  if (dataFile !== null) {
    const read = readDataFile(dataFile)
    if (!read.ok)
      return fail(io, '--data', read.message)
    data = read.value
  }
  // The file's accelerators count as the dataset's for this one estimate.
  const result = withAddedAccelerators(asEntries(data?.accelerators ?? []), () => resolveEstimate(input, data))
  if (!result.ok)
    return fail(io, result.error.option, result.error.message)
  const offer = priceOffer(input, data)
  const added = dataFile === null || data === null
    ? {}
    : {
        dataFile: {
          path: dataFile,
          accelerators: data.accelerators.map(a => a.id),
          offers: data.offers.length,
          priceOffer: offer,
        },
      }
  // The JSON says which facts it was computed from (the table's last rows too).
  io.stdout(json
    ? `${JSON.stringify({
      ...result.value,
      datasetVersion: DATASET_VERSION,
      ...added,
    })}\n`
    : `${table(result.value, offer === null
      ? null
      : `${offer.vendor}${offer.offer === null
        ? ''
        : ` ${offer.offer}`}, from ${dataFile}`)}\n`)
  return EXIT_OK
}

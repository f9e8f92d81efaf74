/**
 * Command-line training estimate over the deck's engine.
 *
 *   npm run --silent estimate -- --model gpt-3 --gpu a100-80gb --mfu 0.45 --price 1.5 --gpus 1024
 *   npm run --silent estimate -- --params 1e12 --json
 *
 * Bad input prints one line on stderr naming the option and exits with code 2; nothing goes to stdout.
 */
import type { EstimateOutput } from './estimate-args'
import process from 'node:process'
import { formatBytes, formatCo2Kg, formatCount, formatDays, formatEnergyKwh, formatFlops, formatFlopsPerSecond, formatGpuHours, formatInteger, formatPercent, formatSeconds, formatUsd, formatWatts } from '../engine'
import { parseEstimateArgs, resolveEstimate, USAGE } from './estimate-args'

const EXIT_USAGE = 2

function fail(option: string, message: string): never {
  // One line whatever the message holds.
  process.stderr.write(`estimate: error: ${option}: ${message.replace(/\s+/g, ' ')}\n`)
  process.exit(EXIT_USAGE)
}

/** The scale model's rows, when it ran: the layout and where the step's time goes. */
function scaleRows(e: EstimateOutput): [string, string][] {
  if (!('layout' in e))
    return []
  const { layout } = e
  return [
    ['Shape', e.shapeFrom],
    ['Layout', `TP ${layout.tensorParallel} × PP ${layout.pipelineParallel} × DP ${layout.dataParallel}, interleave ${layout.interleave}, microbatch ${layout.microbatchSequences} (${layout.microbatchesPerPipeline} per pipeline)`],
    ['Step', `${formatSeconds(e.stepSeconds)}: bubble ${formatPercent(e.bubbleShare)}, exposed communication ${formatPercent(e.exposedCommShare)}`],
    ['Per GPU', `${formatFlopsPerSecond(e.tflopsPerGpu * 1e12)} model FLOPs (MFU ${formatPercent(e.effectiveMfu)})`],
    ['Failures', `goodput ${formatPercent(e.goodput)}, checkpoint every ${formatSeconds(e.checkpointIntervalMinutes * 60)}`],
    ['Power', `${formatWatts(e.itPowerWatts)} IT, ${formatWatts(e.facilityPowerWatts)} with PUE`],
  ]
}

function table(e: EstimateOutput): string {
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
      formatUsd(e.usdPerGpuHour),
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
      'layout' in e
        ? 'Energy (systems × PUE)'
        : 'Energy (TDP × PUE)',
      formatEnergyKwh(e.energyKwh),
    ],
    [
      'CO₂e',
      formatCo2Kg(e.co2Kg),
    ],
  ]
  rows.push(...scaleRows(e))
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')
}

const parsed = parseEstimateArgs(process.argv.slice(2))
if (!parsed.ok)
  fail(parsed.error.option, parsed.error.message)
if (parsed.value.kind === 'help') {
  process.stdout.write(`${USAGE}\n`)
}
else {
  const result = resolveEstimate(parsed.value.input)
  if (!result.ok)
    fail(result.error.option, result.error.message)
  process.stdout.write(parsed.value.json
    ? `${JSON.stringify(result.value)}\n`
    : `${table(result.value)}\n`)
}

import { parseEstimateArgs, resolveEstimate } from '../../packages/llm-training-cost/src/cli/estimate-args.ts'

/** The command line's estimate for `args`, as `--json` prints it (the engine's command line prints this object). */
export function estimateJson(args: string[]): Record<string, number> {
  const parsed = parseEstimateArgs(args)
  if (!parsed.ok || parsed.value.kind !== 'estimate')
    throw new Error(`bad estimate arguments: ${args.join(' ')}`)
  const result = resolveEstimate(parsed.value.input)
  if (!result.ok)
    throw new Error(`${result.error.option}: ${result.error.message}`)
  return JSON.parse(JSON.stringify(result.value)) as Record<string, number>
}

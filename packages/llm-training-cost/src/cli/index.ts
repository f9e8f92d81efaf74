/** The command line as a library: the estimate command, and the option names and help lines it shares. */
export { joinNegativeValues, NEGATIVE_NUMBER } from './argv.ts'
export type { EstimateIo } from './estimate.ts'
export { run } from './estimate.ts'
export { HELP_COLUMN, helpLine, optionFor } from './help.ts'

// The README's example deck, read by the pack test (which builds it) and the wiring test (which holds
// the addon's own README to it): one example, so the page and the test cannot drift apart.

export const SECTION = '## Live figures in your own deck'

/** The README's example deck: the first ```md block of its section "Live figures in your own deck". */
export function readmeExample(readme: string): string {
  const start = readme.indexOf(`\n${SECTION}\n`)
  if (start < 0)
    throw new Error(`README.md has no "${SECTION}" section`)
  const end = readme.indexOf('\n## ', start + SECTION.length)
  const section = readme.slice(start, end < 0
    ? undefined
    : end)
  const block = /\n```md\n([\s\S]*?)\n```\n/.exec(section)
  if (!block)
    throw new Error(`README.md's "${SECTION}" has no \`\`\`md example`)
  return `${block[1]}\n`
}

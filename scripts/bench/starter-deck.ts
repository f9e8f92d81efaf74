/**
 * A plain Slidev deck to measure against: about ten slides of text, a code block, a KaTeX formula and
 * a mermaid diagram, with the same offline font settings as the talk (so neither deck waits on a
 * network) and nothing else. Written inside the project so it resolves the same installed Slidev.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const HEADMATTER = [
  '---',
  'theme: default',
  'title: Starter deck',
  'fonts:',
  '  sans: Inter',
  '  mono: Fira Code',
  '  provider: none',
  'favicon: /favicon.svg',
  'layout: cover',
  '---',
  '',
  '# A plain Slidev deck',
  '',
  'The baseline the talk is measured against',
].join('\n')

function TEXT_SLIDE(n: number): string {
  return [
    '---',
    '',
    `# Section ${n}`,
    '',
    '- A point worth making, in a sentence long enough to wrap on a projector',
    '- Another point, with **bold** and `code`',
    '- A third point that closes the list',
    '',
    `<!-- Notes for slide ${n}. -->`,
  ].join('\n')
}

const CODE_SLIDE = [
  '---',
  '',
  '# Code',
  '',
  '```ts',
  'export function trainingFlops(params: number, tokens: number): number {',
  '  return 6 * params * tokens',
  '}',
  '```',
].join('\n')

const KATEX_SLIDE = [
  '---',
  '',
  '# A formula',
  '',
  '$$',
  'C \\approx 6\\,N\\,D',
  '$$',
].join('\n')

const MERMAID_SLIDE = [
  '---',
  '',
  '# A diagram',
  '',
  '```mermaid',
  'flowchart LR',
  '  A[Data] --> B[Model] --> C[Loss]',
  '  C --> D[Gradients] --> B',
  '```',
].join('\n')

/** Writes the starter deck into `dir` (emptied first) and returns the number of slides. */
export async function writeStarterDeck(dir: string): Promise<number> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(join(dir, 'public'), { recursive: true })
  const slides = [
    HEADMATTER,
    ...[1, 2, 3, 4, 5, 6].map(TEXT_SLIDE),
    CODE_SLIDE,
    KATEX_SLIDE,
    MERMAID_SLIDE,
  ]
  await writeFile(join(dir, 'slides.md'), `${slides.join('\n\n')}\n`)
  await writeFile(join(dir, 'public', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n')
  // The same local fonts as the talk, so the font files weigh the same in both decks.
  await mkdir(join(dir, 'styles'), { recursive: true })
  await writeFile(join(dir, 'styles', 'index.ts'), [
    '// Same offline fonts as the talk, so both decks load the same font files.',
    '',
    'import \'@fontsource/inter/400.css\'',
    'import \'@fontsource/inter/600.css\'',
    'import \'@fontsource/inter/700.css\'',
    'import \'@fontsource/fira-code/400.css\'',
    '',
  ].join('\n'))
  return slides.length
}

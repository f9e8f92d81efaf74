import { dirname, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

/**
 * The slides Slidev renders for an entry file, in order: `src:` includes resolved, hidden and disabled
 * slides left out. The same parser Slidev uses, so neither the count nor the notes can drift from what
 * it exports.
 */
async function renderedSlides(entry: string) {
  const file = resolve(entry)
  const root = dirname(file)
  const data = await load({
    roots: [root],
    userRoot: root,
  }, file)
  return data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
}

/** Number of slides Slidev renders for an entry file. */
export async function countRenderedSlides(entry: string): Promise<number> {
  return (await renderedSlides(entry)).length
}

/** A rendered slide's number (1-based, as exported), its title and its speaker notes as written (Markdown). */
export interface SlideNote { no: number, title: string, note: string }

/**
 * The speaker notes of every slide Slidev renders, in order, read by Slidev's own parser: what the
 * handout (`npm run export -- --handout`) must carry under each slide.
 */
export async function renderedSlideNotes(entry: string): Promise<SlideNote[]> {
  return (await renderedSlides(entry))
    .map((slide, i) => ({ no: i + 1, title: slide.title ?? '', note: slide.note ?? '' }))
}

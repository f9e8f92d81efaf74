import { dirname, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

/**
 * Number of slides Slidev renders for an entry file: `src:` includes resolved, hidden and disabled
 * slides left out. The same parser Slidev uses, so the count cannot drift from what it exports.
 */
export async function countRenderedSlides(entry: string): Promise<number> {
  const file = resolve(entry)
  const root = dirname(file)
  const data = await load({
    roots: [root],
    userRoot: root,
  }, file)
  return data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled).length
}

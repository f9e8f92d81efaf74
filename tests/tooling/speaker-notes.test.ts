// The speaker's notes, read from slides.md and pages/ by Slidev's own parser: what the presenter view
// shows beside each slide (tests/browser/deck.test.ts opens it) and the handout prints under it
// (tests/browser/handout-export.test.ts reads them back word for word).
import { describe, expect, it } from 'vitest'
import { countRenderedSlides, renderedSlideNotes } from '../../scripts/lib/slide-count'

describe('speaker notes', () => {
  it('has speaker notes on every slide', async () => {
    const notes = await renderedSlideNotes('slides.md')
    expect(notes).toHaveLength(await countRenderedSlides('slides.md'))
    expect(notes.filter(n => n.note.trim().length < 20).map(n => `slide ${n.no} "${n.title}"`)).toEqual([])
  })
})

// Work the first slide does not need (the store, sync, the panel) waits until that slide is in the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstSlide } from '../../../packages/slidev-addon-training-cost/composables/after-first-slide'

async function settle(): Promise<void> {
  // A frame, then the idle (or timeout) callback.
  await vi.advanceTimersByTimeAsync(50)
}

describe('afterFirstSlide', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'requestIdleCallback',
      ],
    })
    document.body.innerHTML = ''
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits for the slide layout to enter the page', async () => {
    const task = vi.fn()
    afterFirstSlide(task)
    await settle()
    expect(task).not.toHaveBeenCalled()
    const layout = document.createElement('div')
    layout.className = 'slidev-layout cover'
    document.body.append(layout)
    await settle()
    expect(task).toHaveBeenCalledTimes(1)
    // Later slides do not run it again, nor does the fallback.
    document.body.append(layout.cloneNode())
    await vi.advanceTimersByTimeAsync(5000)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('runs at once when the slide is already there', async () => {
    document.body.innerHTML = '<div class="slidev-layout"></div>'
    const task = vi.fn()
    afterFirstSlide(task)
    await settle()
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('still runs after the fallback delay when no slide ever shows (an error page)', async () => {
    const task = vi.fn()
    afterFirstSlide(task, 3000)
    await vi.advanceTimersByTimeAsync(2900)
    expect(task).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200)
    expect(task).toHaveBeenCalledTimes(1)
  })
})

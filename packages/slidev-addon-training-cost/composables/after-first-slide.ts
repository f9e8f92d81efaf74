/**
 * Runs `task` once the first slide is on screen and the browser is idle: for work the first slide does
 * not need, so it neither delays that slide nor competes with it for the network.
 *
 * "On screen" is Slidev's slide layout element in the page (it mounts once the slide's code has
 * loaded), then one painted frame. If that never comes (an error page, a layout without the class),
 * the task still runs after `fallbackMs`.
 */
const SLIDE_LAYOUT = '.slidev-layout'

export function afterFirstSlide(task: () => void, fallbackMs = 3000): void {
  let done = false
  let stopWaiting = (): void => {}
  const run = (): void => {
    if (done)
      return
    done = true
    stopWaiting()
    // The frame with the slide is painted, then whatever is left of start-up goes first.
    requestAnimationFrame(() => {
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(() => task(), { timeout: 1000 })
      else
        window.setTimeout(task, 0)
    })
  }
  if (document.querySelector(SLIDE_LAYOUT)) {
    run()
    return
  }
  const observer = new MutationObserver(() => {
    if (document.querySelector(SLIDE_LAYOUT))
      run()
  })
  const fallback = window.setTimeout(run, fallbackMs)
  stopWaiting = () => {
    observer.disconnect()
    window.clearTimeout(fallback)
  }
  observer.observe(document.body, { childList: true, subtree: true })
}

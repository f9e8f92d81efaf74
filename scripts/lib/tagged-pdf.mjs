/**
 * Preloaded into the `slidev export` process by scripts/export.ts (`node --import`), so the PDF is
 * tagged: headings, paragraphs, lists, tables and the charts' names and tables reach assistive
 * technology as structure, not just as text drawn on a page.
 *
 * Why a preload: Slidev 52.20.1's exporter calls Playwright's `page.pdf()` with no `tagged` option,
 * and Playwright (1.65) then asks Chromium for an untagged PDF (`generateTaggedPDF: false`). Slidev
 * has no setting for it. This wraps the public calls the exporter makes on the `playwright-chromium`
 * it loads (`chromium.launch` → `browser.newContext` → `context.newPage` → `page.pdf`) to add
 * `tagged: true`; nothing else changes. Slidev's later pass with pdf-lib (metadata, outline) keeps
 * the structure tree. Plain JavaScript: it runs inside Slidev's Node process, without tsx.
 */
import { createRequire } from 'node:module'

// The same module file Slidev's exporter imports (it resolves playwright-chromium from the deck's
// folder, whose node_modules this script sits beside), so the same `chromium` object.
const { chromium } = createRequire(import.meta.url)('playwright-chromium')

/** Replaces `object[name]` by `wrap(original)`, the original bound to `object`. */
function around(object, name, wrap) {
  const original = object[name].bind(object)
  object[name] = wrap(original)
}

around(chromium, 'launch', launch => async (...args) => {
  const browser = await launch(...args)
  around(browser, 'newContext', newContext => async (...contextArgs) => {
    const context = await newContext(...contextArgs)
    around(context, 'newPage', newPage => async () => {
      const page = await newPage()
      around(page, 'pdf', pdf => options => pdf({ ...options, tagged: true }))
      return page
    })
    return context
  })
  return browser
})

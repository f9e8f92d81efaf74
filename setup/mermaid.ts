import { defineMermaidSetup } from '@slidev/types'

// Diagrams follow the deck's type and stay legible on a projector; mermaid renders in the browser.
// Slidev calls this once (a singleton) and switches to mermaid's 'dark' theme itself in dark mode, whose
// edge labels sit on a grey box at low contrast: the deck's diagrams put their words in the nodes.
export default defineMermaidSetup(() => ({
  theme: 'neutral',
  fontFamily: 'Inter, ui-sans-serif, system-ui, sans-serif',
  // Tight ranks: a diagram whose labels read at 18 px projected (scale ≥ 0.9) still fits a slide's height.
  // A subgraph's title gets its own line above the first node.
  flowchart: {
    curve: 'basis',
    htmlLabels: true,
    rankSpacing: 24,
    nodeSpacing: 24,
    padding: 8,
    wrappingWidth: 260,
    subGraphTitleMargin: { top: 4, bottom: 10 },
  },
}))

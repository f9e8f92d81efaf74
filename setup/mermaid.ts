import { defineMermaidSetup } from '@slidev/types'

// Diagrams follow the deck's type and stay legible on a projector; mermaid renders in the browser.
// Slidev renders with mermaid's 'dark' theme in dark mode, whose edge labels sit on a grey box that
// leaves their text at low contrast: set them on the slide's own background (Slidev's bg-main, white or
// #121212). The setup runs before each render, so it reads the mode then.
export default defineMermaidSetup(() => ({
  theme: 'neutral',
  themeVariables: {
    edgeLabelBackground: document.documentElement.classList.contains('dark')
      ? '#121212'
      : '#ffffff',
  },
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

import { defineMermaidSetup } from '@slidev/types'

// Diagrams follow the deck's type and stay legible on a projector; mermaid renders in the browser.
export default defineMermaidSetup(() => ({
  theme: 'neutral',
  fontFamily: 'Inter, ui-sans-serif, system-ui, sans-serif',
  flowchart: { curve: 'basis', htmlLabels: true },
}))

// Fonts are bundled from @fontsource so the deck renders the same with no network (headmatter: fonts.provider none).
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/fira-code/400.css'
import './deck.css'

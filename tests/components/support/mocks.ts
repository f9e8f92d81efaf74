/**
 * Stand-ins for the parts of a component test happy-dom cannot run: vue-chartjs (no canvas), the
 * chart theme (Slidev's dark and print mode) and where a chart's text alternative goes (print mode,
 * the slide's number). `./setup.ts` installs them for every component test.
 */
import { computed, defineComponent, h } from 'vue'

function chartStub(name: string) {
  return defineComponent({
    name,
    props: {
      data: { type: Object, required: true },
      options: { type: Object, required: true },
      plugins: {
        type: Array,
        default: () => [],
      },
      updateMode: {
        type: String,
        default: undefined,
      },
    },
    setup: () => () => h('canvas'),
  })
}

export function vueChartjsStub() {
  return {
    Bar: chartStub('Bar'),
    Line: chartStub('Line'),
    Scatter: chartStub('Scatter'),
  }
}

/** Seven distinct series colours: the tests read what a chart shows, never which colour it is. */
const SERIES = Array.from({ length: 7 }, (_, i) => `#00000${i}`)

export function chartThemeStub() {
  return {
    useChartTheme: () => computed(() => ({
      text: '#000000',
      grid: '#cccccc',
      series: SERIES,
      fontSize: 16,
      animate: false,
    })),
  }
}

export function figureAlternativeStub() {
  return {
    isHandoutBuild: () => false,
    handoutFiguresId: (no: number) => `handout-figures-${no}`,
    useFigureAlternative: () => ({
      mode: computed(() => 'screen' as const),
      target: computed(() => '#handout-figures-1'),
    }),
  }
}

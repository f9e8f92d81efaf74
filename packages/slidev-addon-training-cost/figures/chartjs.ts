/**
 * Chart.js parts the deck uses, registered once. Imported by the chart wrapper (components/LiveChart.vue), so
 * chart.js loads with the slides that draw charts and not with the first slide.
 */
import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, ScatterController, Tooltip } from 'chart.js'

// One object of the imported parts: chart.register takes a map, so the list is written once.
Chart.register({
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
})

export { Chart }

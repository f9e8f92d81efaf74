export { useDarkMode } from '../../slidev-client'

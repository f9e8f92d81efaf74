export { useNav } from '../../slidev-client'

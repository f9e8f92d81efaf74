export { useSlideContext } from '../slidev-client'

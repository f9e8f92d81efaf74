export { useIsSlideActive } from '../../slidev-client'

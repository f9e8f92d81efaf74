export { createSyncState } from '../../slidev-client'

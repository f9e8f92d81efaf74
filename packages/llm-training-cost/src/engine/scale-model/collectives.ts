/**
 * Ring collectives, the one cost model every parallel dimension's traffic uses: a ring over n ranks
 * moves factor × (n − 1)/n × bytes through each rank's link (all-reduce: factor 2; all-gather or
 * reduce-scatter: 1). The link is the scale-up domain's (NVLink, or a TPU pod's torus: the bandwidth
 * a group gets there is `scaleUpBytesPerSecond`) or the scale-out network's.
 */
import type { TorusFabric } from '../../data/cluster-fabric.ts'

/**
 * Seconds of a ring collective of `bytes` per rank over `ranks` ranks at `bytesPerSecond` per rank.
 *
 * @example
 * ringSeconds(1e9, 8, 100e9) // 0.0175 s: an all-reduce of 1 GB over 8 GPUs at 100 GB/s
 */
export function ringSeconds(bytes: number, ranks: number, bytesPerSecond: number, factor = 2): number {
  return ranks > 1
    ? factor * (ranks - 1) / ranks * bytes / bytesPerSecond
    : 0
}

/**
 * Hierarchical ring collective over N nodes of r ranks: the r ranks in a node over NVLink, the node's
 * r NICs in parallel across the nodes (a top-level function with plain arguments: the search calls it
 * for every layout, so nothing is allocated per call).
 */
export function hierarchicalSeconds(nodes: number, ranksPerNode: number, bytes: number, nicBytesPerSecond: number, nvlinkBytesPerSecond: number, factor: number): number {
  return nodes > 1
    ? ringSeconds(bytes, nodes, ranksPerNode * nicBytesPerSecond, factor) + ringSeconds(bytes, ranksPerNode, nvlinkBytesPerSecond, factor)
    : ringSeconds(bytes, ranksPerNode, nvlinkBytesPerSecond, factor)
}

/** What the scale-up bandwidth depends on: a switched domain's per-GPU link, or a torus. */
export interface ScaleUpLinks {
  /** Per GPU, one direction, in a switched (NVLink) domain. */
  nvlinkBytesPerSecond: number
  torus: TorusFabric | null
}

/**
 * Per-GPU bandwidth, one direction, that a collective over `ranks` ranks inside the scale-up domain
 * gets. A switch (NVLink/NVSwitch) gives every GPU its full link whatever the group. On a torus (a TPU
 * pod's ICI) the group is laid out as a block of the pod and spans k = ⌈log_a(ranks)⌉ of its D axes
 * (a chips per axis, k ≤ D); the collective runs as bidirectional rings along each spanned axis at
 * once, each on its share of the data (the multi-dimensional ring), so a chip drives 2k of its 2D
 * links: 2·k × one link. The ring formula then applies at that bandwidth. Assumed: the slice wraps
 * around every axis the group spans (TPU v4's optical switches configure slices as tori), and the
 * rings of the several parallel dimensions do not contend for the same links.
 *
 * @example
 * scaleUpBytesPerSecond({ nvlinkBytesPerSecond: 300e9, torus: null }, 8) // 3e11
 * scaleUpBytesPerSecond({ nvlinkBytesPerSecond: 0, torus: { dimensions: 3, axisChips: 16, linkBytesPerSecond: 4.48e10 } }, 12) // 8.95e10: one axis, both directions
 * scaleUpBytesPerSecond({ nvlinkBytesPerSecond: 0, torus: { dimensions: 3, axisChips: 16, linkBytesPerSecond: 4.48e10 } }, 256) // 1.79e11: two axes
 */
export function scaleUpBytesPerSecond(links: ScaleUpLinks, ranks: number): number {
  const torus = links.torus
  if (torus === null)
    return links.nvlinkBytesPerSecond
  const axes = ranks <= torus.axisChips
    ? 1
    : Math.min(torus.dimensions, Math.ceil(Math.log(ranks) / Math.log(torus.axisChips) - 1e-9))
  return 2 * axes * torus.linkBytesPerSecond
}

/**
 * Per-GPU bandwidth, one direction, of a point-to-point send inside the scale-up domain (a pipeline
 * stage to the next): the NVLink of a switched domain, one ICI link on a torus (neighbouring stages
 * are neighbouring chips).
 */
export function pointToPointBytesPerSecond(links: ScaleUpLinks): number {
  return links.torus === null
    ? links.nvlinkBytesPerSecond
    : links.torus.linkBytesPerSecond
}

/**
 * Ring collectives, the one cost model every parallel dimension's traffic uses: a ring over n ranks
 * moves factor × (n − 1)/n × bytes through each rank's link (all-reduce: factor 2; all-gather or
 * reduce-scatter: 1).
 */

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

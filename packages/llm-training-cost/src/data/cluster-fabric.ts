/**
 * How the GPUs of each accelerator are wired in the systems that train with them: the NVLink
 * (scale-up) domain and the scale-out bandwidth per GPU, one direction. The scale model's command
 * line and slides build a cluster from these when no other is given (`--inter-node-gbps` replaces the
 * scale-out figure).
 *
 * A TPU has no NVLink switch: its scale-up domain is the pod, whose chips are wired to their
 * neighbours by the inter-chip interconnect (ICI) as a torus, and pods talk over the data-center
 * network (DCN). `torus` says so; engine/scale-model/collectives.ts gives the bandwidth a group of
 * chips gets on it.
 */
import type { AcceleratorId } from './accelerators.ts'
import type { Source } from './source.ts'
import { REFERENCES } from './source.ts'

/** A pod wired as a torus (TPU ICI): what a collective inside the pod can use. */
export interface TorusFabric {
  /** Torus dimensions: 3 (TPU v4), 2 (TPU v3). Each chip has 2 × dimensions links. */
  dimensions: number
  /** Chips along one axis of the pod: 16 for a 16 × 16 × 16 v4 pod, 32 for a 32 × 32 v3 pod. */
  axisChips: number
  /** One ICI link, one direction, bytes/s. */
  linkBytesPerSecond: number
}

export interface ClusterFabric {
  acceleratorId: AcceleratorId
  /** GPUs that share one NVLink domain: 8 in a DGX/HGX server, 72 in a GB200 NVL72 rack; for a TPU, the chips of one ICI pod. */
  nvlinkDomainGpus: number
  /** Scale-out (InfiniBand/RoCE; a TPU's data-center network) bandwidth per GPU, one direction, bytes/s. */
  interNodeBytesPerSecondPerGpu: number
  /**
   * Scale-up bandwidth per GPU, one direction, bytes/s, where the system's differs from half the
   * accelerator's quoted bidirectional NVLink figure (a 2-GPU NVLink bridge). Absent: that half.
   */
  nvlinkBytesPerSecondPerGpu?: number
  /** The pod's torus, for a TPU; absent for a switched (NVLink) domain. */
  torus?: TorusFabric
  source: Source
}

const HDR_200 = 200e9 / 8
const NDR_400 = 400e9 / 8

const DGX_A100: Omit<ClusterFabric, 'acceleratorId'> = {
  nvlinkDomainGpus: 8,
  interNodeBytesPerSecondPerGpu: HDR_200,
  source: { ...REFERENCES.megatron2021, where: '§5: DGX A100 nodes, 8 GPUs on NVLink/NVSwitch, "eight NVIDIA Mellanox 200Gbps HDR Infiniband HCAs for application communication" (one 200 Gb/s per GPU)', checked: '2026-12-01' },
}

const DGX_H100: Omit<ClusterFabric, 'acceleratorId'> = {
  nvlinkDomainGpus: 8,
  interNodeBytesPerSecondPerGpu: NDR_400,
  source: { ...REFERENCES.llama3, where: '§3.3.1: 8 GPUs per server on NVLink; "Both RoCE and Infiniband clusters leverage 400 Gbps interconnects between GPUs" (DGX H100: 8 × ConnectX-7 up to 400 Gb/s, SECONDARY)', checked: '2026-12-01' },
}

export const CLUSTER_FABRICS = [
  { acceleratorId: 'a100-40gb', ...DGX_A100 },
  { acceleratorId: 'a100-80gb', ...DGX_A100 },
  { acceleratorId: 'h100-sxm', ...DGX_H100 },
  { acceleratorId: 'h200', ...DGX_H100 },
  {
    acceleratorId: 'h800',
    nvlinkDomainGpus: 8,
    interNodeBytesPerSecondPerGpu: NDR_400,
    source: { ...REFERENCES.deepseekV3, where: '§3.2.2: 8 GPUs per node on NVLink; "IB (50 GB/s)" per GPU (400 Gb/s)', checked: '2026-12-01' },
  },
  {
    acceleratorId: 'b200',
    nvlinkDomainGpus: 8,
    interNodeBytesPerSecondPerGpu: NDR_400,
    source: { ...REFERENCES.nvidiaHgxB200, where: 'HGX/DGX B200: 8 GPUs on NVLink 5; "8x single-port NVIDIA ConnectX-7 VPI … Up to 400Gb/s" (SECONDARY: NVIDIA\'s HGX and DGX B200 pages as quoted by a third party; an MLCommons v6.0 Nebius system JSON gives "8x ConnectX-7 IB NDR 400Gb/s")', checked: '2026-12-01' },
  },
  {
    // DGX-2H, the V100 system Megatron-LM (2019) trained on: 16 GPUs on NVSwitch, 8 × 100 Gb/s
    // InfiniBand per server (100 GB/s ÷ 16 GPUs).
    acceleratorId: 'v100',
    nvlinkDomainGpus: 16,
    interNodeBytesPerSecondPerGpu: 100e9 / 16,
    source: { ...REFERENCES.megatron2019, where: '§5: "300 GB/sec bandwidth between GPUs inside a server via NVSwitch and 100 GB/sec of interconnect bandwidth between servers using 8 InfiniBand adapters per server" (DGX-2H, 16 V100 per server): 6.25 GB/s per GPU', checked: '2026-12-07' },
  },
  {
    // PCIe cards train in pairs on an NVLink bridge; no H100 PCIe cluster's network is published, so
    // the scale-out figure is the H100 SXM systems' 400 Gb/s per GPU (an assumption: pass
    // --inter-node-gbps for a real cluster).
    acceleratorId: 'h100-pcie',
    nvlinkDomainGpus: 2,
    interNodeBytesPerSecondPerGpu: NDR_400,
    source: { ...REFERENCES.nvidiaH100PcieBrief, where: 'NVLink bridge: 2 GPUs, 600 GB/s bidirectional (the accelerator\'s interconnect figure). Scale-out 400 Gb/s per GPU ASSUMED (UNVERIFIED: the H100 SXM systems\' figure; no H100 PCIe cluster is cited)', checked: '2026-12-07' },
  },
  {
    // A 4,096-chip pod, 16 × 16 × 16, each chip linked to 6 neighbours. Per chip, one direction over
    // its 6 links: the pod's all-reduce bandwidth ÷ 4,096 = 1.1e15 ÷ 4,096 = 269 GB/s, 45 GB/s a link
    // (the scaling book's 4.5e10 B/s one-way per link). Between pods: the DCN, 2.5e10 B/s per
    // 4-chip host = 6.25 GB/s (50 Gb/s) per chip.
    acceleratorId: 'tpu-v4',
    nvlinkDomainGpus: 4096,
    interNodeBytesPerSecondPerGpu: 2.5e10 / 4,
    torus: { dimensions: 3, axisChips: 16, linkBytesPerSecond: 1.1e15 / 4096 / 6 },
    source: { ...REFERENCES.cloudTpuV4, where: 'Key specifications: "TPU Pod size 4096 chips", "Interconnect topology 3D mesh/torus", "All-reduce bandwidth per Pod 1.1 PB/s" (÷ 4,096 chips ÷ 6 links = 44.8 GB/s one way, matching the scaling book\'s 4.5e10 B/s per link, SECONDARY). DCN: the scaling book (jax-ml/scaling-book, TPU chapter), "around 2.5e10 bytes / second per host", 4 chips per host (SECONDARY)', checked: '2026-12-07' },
  },
  {
    // A 1,024-chip pod, 32 × 32, each chip linked to 4 neighbours: 340 TB/s ÷ 1,024 = 332 GB/s per
    // chip one way, 83 GB/s a link. Between pods the v4 figure per chip is carried over (no v3 DCN
    // figure is cited).
    acceleratorId: 'tpu-v3',
    nvlinkDomainGpus: 1024,
    interNodeBytesPerSecondPerGpu: 2.5e10 / 4,
    torus: { dimensions: 2, axisChips: 32, linkBytesPerSecond: 340e12 / 1024 / 4 },
    source: { ...REFERENCES.cloudTpuV3, where: 'Key specifications: "TPU Pod size 1024 chips", "Interconnect topology 2D torus", "All-reduce bandwidth per Pod 340 TB/s" (÷ 1,024 chips ÷ 4 links = 83 GB/s one way). DCN per chip ASSUMED the same as TPU v4\'s (the scaling book\'s 2.5e10 B/s per 4-chip host, SECONDARY)', checked: '2026-12-07' },
  },
  {
    acceleratorId: 'gb200',
    nvlinkDomainGpus: 72,
    interNodeBytesPerSecondPerGpu: NDR_400,
    source: { ...REFERENCES.nvidiaGb200, where: 'NVL72: a 72-GPU NVLink domain at 1.8 TB/s per GPU; reference design 1 × 400 Gb/s per GPU to the scale-out network (SECONDARY: the NVL72 page as quoted by a third party; the 400 Gb/s per GPU is NVIDIA\'s reference design, not printed on that page)', checked: '2026-12-01' },
  },
] as const satisfies readonly ClusterFabric[]
// Every accelerator `--gpu` accepts has a fabric: tests/unit/data.test.ts requires it (no stated absence).

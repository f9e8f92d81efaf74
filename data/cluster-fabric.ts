/**
 * How the GPUs of each accelerator are wired in the systems that train with them: the NVLink
 * (scale-up) domain and the scale-out bandwidth per GPU, one direction. The scale model's command
 * line and slides build a cluster from these when no other is given.
 */
import type { AcceleratorId, StatedAbsences } from './accelerators'
import type { Source } from './source'
import { REFERENCES } from './source'

export interface ClusterFabric {
  acceleratorId: AcceleratorId
  /** GPUs that share one NVLink domain: 8 in a DGX/HGX server, 72 in a GB200 NVL72 rack. */
  nvlinkDomainGpus: number
  /** Scale-out (InfiniBand/RoCE) bandwidth per GPU, one direction, bytes/s. */
  interNodeBytesPerSecondPerGpu: number
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
    acceleratorId: 'gb200',
    nvlinkDomainGpus: 72,
    interNodeBytesPerSecondPerGpu: NDR_400,
    source: { ...REFERENCES.nvidiaGb200, where: 'NVL72: a 72-GPU NVLink domain at 1.8 TB/s per GPU; reference design 1 × 400 Gb/s per GPU to the scale-out network (SECONDARY: the NVL72 page as quoted by a third party; the 400 Gb/s per GPU is NVIDIA\'s reference design, not printed on that page)', checked: '2026-12-01' },
  },
] as const satisfies readonly ClusterFabric[]

/** Why neither TPU has one (the same for both). */
const TPU_FABRIC = 'TPUs are wired by Google\'s inter-chip interconnect, not an NVLink domain plus a scale-out network: the scale model\'s two-level fabric does not describe them, so it refuses a TPU.'

/**
 * Accelerators with no fabric, and why. The scale model refuses them (estimate.ts names the ones it
 * covers) rather than guess a network.
 */
export const CLUSTER_FABRIC_ABSENCES: StatedAbsences = {
  'v100': 'No V100 training system\'s network is cited here (DGX-1 and DGX-2 differ in NVLink domain and network), so the scale model refuses the V100 rather than guess one.',
  'h100-pcie': 'PCIe cards are not the 8-GPU NVSwitch servers the SXM part trains in, and no cluster of them is cited here, so the scale model refuses the H100 PCIe rather than guess a network.',
  'tpu-v3': TPU_FABRIC,
  'tpu-v4': TPU_FABRIC,
}

"""CUDA libraries the frozen bundle leaves out: PyTorch only loads them on demand, and nothing
cnngui does asks for them (measured 2026-11-26 on an H100, PyTorch 2.11/CUDA 13: every preset
network trained with and without CUDA graphs, bf16, augmentation, evaluation; then trained
again with these files hidden; and on an H200, a frozen build without them trained every preset
network on CUDA: packaging/frozen_cuda_check.sh). Import-time libraries stay, whatever they are
for, because the dynamic loader needs them to start at all. Read by packaging/cnngui.spec.
"""

LEFT_OUT = {
    "libcudnn_adv.so": "cuDNN's RNN and attention engines: cnngui has neither",
    "libcusolverMg.so": "multi-GPU dense solvers",
    "libtorch_cuda_linalg.so": "torch.linalg on the GPU (cnngui's linear algebra runs on the CPU)",
    "libnvrtc.alt.so": "a second build of the runtime compiler (the one loaded at import stays)",
    "libnvrtc-builtins.alt.so": "its built-ins",
    "libnvperf_host.so": "the profiler's performance counters",
    "libnvperf_target.so": "the profiler's performance counters",
    "libpcsamplingutil.so": "the profiler's PC sampling",
    "libcheckpoint.so": "CUDA checkpoint/restore of processes",
    "libcufftw.so": "the FFTW interface of cuFFT",
    "libnvblas.so": "BLAS calls redirected to the GPU",
    "nvshmem_transport_": "multi-node NVSHMEM transports (InfiniBand, UCX, libfabric)",
    "nvshmem_bootstrap_": "multi-node NVSHMEM start-up (MPI, PMI)",
    "libcufile_rdma.so": "GPUDirect Storage over RDMA",
}


def left_out(name: str) -> bool:
    """Whether a library file (its base name) is one of LEFT_OUT."""
    return any(name.startswith(prefix) for prefix in LEFT_OUT)

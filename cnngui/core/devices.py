"""Which compute devices exist, and turning `auto|cpu|cuda[:N]|mps` into a torch.device."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path

import torch

from cnngui.errors import DeviceError
from cnngui.i18n import tr

# The process's intra-op thread count when PyTorch loaded; the GUI later makes its own thread
# serial (cnngui.ui.torch_threads), so labels and training use this figure, not the caller's.
_CPU_THREADS = torch.get_num_threads()


def cpu_threads() -> int:
    return _CPU_THREADS


CPUINFO = Path("/proc/cpuinfo")
# The vector extensions that decide which way of training is fast: two CPUs of one model name (lab PCs'
# "AMD EPYC" is AVX2-only on one and AVX-512 with BF16 on another) differ in these.
NOTABLE_FLAGS = ("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "amx_tile", "amx_bf16", "amx_int8")


def cpu_info() -> tuple[str, list[str]]:
    """(the CPU's model name, its notable vector extensions) as the system lists them."""
    try:
        lines = CPUINFO.read_text().splitlines()
    except OSError:
        return platform.processor() or platform.machine(), []
    model = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "")
    flags = next((line.split(":", 1)[1].split() for line in lines if line.startswith("flags")), [])
    return model or platform.processor() or platform.machine(), [f for f in NOTABLE_FLAGS if f in flags]


def cpu_description() -> str:
    """One line for every printed figure: the model, its vector extensions and the cores."""
    model, flags = cpu_info()
    return f"{model} ({' '.join(flags) or 'no AVX2'}), {os.cpu_count()} cores"


@dataclass(frozen=True)
class DeviceInfo:
    """A device as the GUI lists it: id for `resolve_device`, a label, and why it is unusable."""

    id: str
    label: str
    usable: bool
    reason: str = ""


def _mps_available() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend and backend.is_available())


def list_devices() -> list[DeviceInfo]:
    """CPU, every CUDA device (or one disabled CUDA entry saying why), and MPS where present."""
    devices = [DeviceInfo("cpu", tr("CPU ({threads} threads)").format(threads=cpu_threads()), True)]
    if torch.cuda.is_available():
        for index in range(torch.cuda.device_count()):
            devices.append(DeviceInfo(f"cuda:{index}", f"CUDA {index}: {torch.cuda.get_device_name(index)}", True))
    else:
        reason = (tr("this PyTorch build has no CUDA support") if torch.version.cuda is None
                  else tr("no CUDA GPU or driver was found on this machine"))
        devices.append(DeviceInfo("cuda", "CUDA", False, reason))
    if _mps_available():
        devices.append(DeviceInfo("mps", "Apple GPU (MPS)", True))
    return devices


def resolve_device(name: str = "auto") -> torch.device:
    """The device to train on; raises DeviceError when the one asked for is absent."""
    name = (name or "auto").strip().lower()
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        return torch.device("cpu")
    if name == "cpu":
        return torch.device("cpu")
    if name == "mps":
        if not _mps_available():
            raise DeviceError(tr("Device 'mps' was asked for, but no Apple GPU is available here. Use --device cpu."))
        return torch.device("mps")
    if name.startswith("cuda"):
        if not torch.cuda.is_available():
            why = ("this PyTorch build has no CUDA support" if torch.version.cuda is None
                   else "no CUDA GPU or driver was found")
            raise DeviceError(tr("Device '{name}' was asked for, but {why}. Use --device cpu (or auto).").format(
                name=name, why=why))
        try:
            device = torch.device(name)
        except RuntimeError as exc:
            raise DeviceError(tr("Device '{name}' is not a valid device name; use cuda or cuda:N.").format(
                name=name)) from exc
        count = torch.cuda.device_count()
        if device.index is not None and device.index >= count:
            raise DeviceError(tr("Device '{name}' does not exist: this machine has {count} CUDA device(s), "
                                 "cuda:0..cuda:{value}.").format(name=name, count=count, value=count - 1))
        return device
    raise DeviceError(tr("Unknown device '{name}'. Use auto, cpu, cuda, cuda:N or mps.").format(name=name))


def describe_device(device: torch.device) -> str:
    if device.type == "cuda":
        return f"{device} ({torch.cuda.get_device_name(device)})"
    if device.type == "cpu":
        return f"cpu ({cpu_threads()} threads)"
    return str(device)

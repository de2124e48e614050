"""Datasets, offline: verified decompression of MNIST-format files, loading through torchvision.

The `.gz` files (bundled, for MNIST, or in a folder the user chose) are decompressed into a
cache folder and checked every time they are used: against the published MD5 of the
uncompressed file where one is published (MNIST), else against the published MD5 of the
`.gz` file, whose decompressed copy is then fingerprinted in the cache. A truncated or altered
copy is named instead of silently trained on. Training then keeps the whole set as tensors.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import os
import shutil
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import torch

from cnngui import resources
from cnngui.core.atomic import atomic_path, write_text_atomic
from cnngui.core.data.datasets import IDX_SIZES, MNIST, DatasetSpec
from cnngui.errors import DataError
from cnngui.i18n import number, tr

# Published MD5 of each *uncompressed* MNIST file, and its size in bytes.
MNIST_FILES: dict[str, tuple[str, int]] = dict(MNIST.raw_checksums)


def fix_hint(spec: DatasetSpec) -> str:
    if spec.bundled:
        return (f"Restore the original {spec.title} files (see resources/mnist/README.md for the checksums), "
                f"or point cnngui at a folder that holds them (--data DIR, or Data: Folder… in the Train tab).")
    return (f"Put the four original {spec.title} files (train-images-idx3-ubyte.gz and the others) in a folder and "
            "choose it (--data DIR, or Data: Folder… in the Train tab), or download them with --download.")


FIX_HINT = fix_hint(MNIST)


@dataclass
class ImageData:
    """Images as uint8 [N, H, W] and labels as int64 [N], for training and testing, with their dataset."""

    train_images: torch.Tensor
    train_labels: torch.Tensor
    test_images: torch.Tensor
    test_labels: torch.Tensor
    source: str = "MNIST"
    spec: DatasetSpec = field(default=MNIST)

    def __post_init__(self) -> None:
        hw = tuple(self.spec.input_shape[1:])
        for images, labels, split in (
            (self.train_images, self.train_labels, "training"),
            (self.test_images, self.test_labels, "test"),
        ):
            if images.ndim != 3 or tuple(images.shape[1:]) != hw:
                raise DataError(tr("The {split} images must be {hw}x{hw2}, got shape {tuple}.").format(
                    split=split, hw=hw[0], hw2=hw[1], tuple=tuple(images.shape)))
            if len(images) != len(labels) or len(images) == 0:
                raise DataError(tr("The {split} set has {count} images and {count2} labels.").format(
                    split=split, count=len(images), count2=len(labels)))
            if int(labels.min()) < 0 or int(labels.max()) >= self.spec.num_classes:
                raise DataError(tr("The {split} labels must be 0 to {value} for {title}.").format(
                    split=split, value=self.spec.num_classes - 1, title=self.spec.title))

    def subset(self, train: int | None = None, test: int | None = None) -> ImageData:
        """The first `train` training and `test` test images (a quick try), same dataset."""
        return ImageData(self.train_images[:train], self.train_labels[:train], self.test_images[:test],
                         self.test_labels[:test], self.source, self.spec)




def md5_of(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _find_source(folder: Path, name: str, spec: DatasetSpec) -> Path | None:
    """A file may sit as `name.gz` or `name`, directly or in torchvision's <Class>/raw layout."""
    for base in (folder, folder / spec.torchvision_class / "raw", folder / "raw"):
        for candidate in (base / f"{name}.gz", base / name):
            if candidate.is_file():
                return candidate
    return None


def _fingerprint(path: Path) -> Path:
    return path.with_name(path.name + ".md5")


_VERIFIED: set[tuple] = set()  # (path, size, mtime, expected) of cached copies this process has checked


def _verify(path: Path, name: str, spec: DatasetSpec, origin: Path) -> None:
    """Check a decompressed copy: published MD5 and size, or the fingerprint taken when it was made.
    A copy already checked by this process, and unchanged since (size and mtime), is not read again."""
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns, str((spec.raw_checksums or {}).get(name)))
    if key in _VERIFIED:
        return
    _verify_contents(path, name, spec, origin)
    _VERIFIED.add(key)


def _verify_contents(path: Path, name: str, spec: DatasetSpec, origin: Path) -> None:
    hint = fix_hint(spec)
    expected_md5, expected_size = (spec.raw_checksums or {}).get(name, (None, IDX_SIZES[name]))
    size = path.stat().st_size
    if size != expected_size:
        raise DataError(
            (tr("{dataset} file {file} is truncated: it decompresses to {size} bytes, expected {expected}. {hint}")
             if size < expected_size else
             tr("{dataset} file {file} is too long: it decompresses to {size} bytes, expected {expected}. {hint}"))
            .format(
                dataset=spec.title, file=origin, size=number(size, ","), expected=number(expected_size, ","), hint=hint)
        )
    if expected_md5 is None:
        fingerprint = _fingerprint(path)
        expected_md5 = fingerprint.read_text().strip() if fingerprint.is_file() else None
    if md5_of(path) != expected_md5:
        raise DataError(tr("{title} file {origin} has been altered: its MD5 does not match the "
                           "published one. {hint}").format(title=spec.title, origin=origin, hint=hint))


def _check_gz(origin: Path, name: str, spec: DatasetSpec) -> None:
    """Where only the .gz file's MD5 is published, check the source file itself."""
    expected = (spec.gz_checksums or {}).get(name)
    if expected and origin.suffix == ".gz" and md5_of(origin) != expected:
        raise DataError(tr("{title} file {origin} has been altered or is another dataset's: its MD5 does not "
                        "match the published one. {fix_hint}").format(
                            title=spec.title, origin=origin, fix_hint=fix_hint(spec)))


def prepare_dataset(spec: DatasetSpec = MNIST, source: Path | None = None, cache: Path | None = None) -> Path:
    """Decompress and verify the four files; return the root torchvision's dataset class expects.

    `source` defaults to the bundled files (MNIST only). Cached copies are re-verified on every call.
    """
    if source is None:
        if not spec.bundled:
            raise DataError(tr("{title} does not ship with cnngui. {fix_hint}").format(
                title=spec.title, fix_hint=fix_hint(spec)))
        source = resources.bundled_mnist_dir()
    source = Path(source)
    if not source.is_dir():
        raise DataError(tr("{title} folder {source} does not exist. {fix_hint}").format(
            title=spec.title, source=source, fix_hint=fix_hint(spec)))
    if cache is None:
        key = hashlib.sha1(f"{spec.key}:{source.resolve()}".encode()).hexdigest()[:12]
        cache = resources.cache_dir() / "datasets" / key
    raw = Path(cache) / spec.torchvision_class / "raw"
    try:
        raw.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(tr("The cache folder {raw} can't be made ({value}): set CNNGUI_CACHE_DIR to a "
                        "folder you may write to.").format(raw=raw, value=exc.strerror or exc)) from exc
    origins = {name: _find_source(source, name, spec) for name in IDX_SIZES}
    missing = [f"{name}.gz" for name, origin in origins.items() if origin is None]
    if missing:  # name every missing file before checking the others
        text = (tr("{dataset} file {files} is missing from {folder}. {hint}") if len(missing) == 1 else
                tr("{dataset} files {files} are missing from {folder}. {hint}"))
        raise DataError(text.format(dataset=spec.title, files=", ".join(missing), folder=source, hint=fix_hint(spec)))
    for name, origin in origins.items():
        target = raw / name
        try:
            _verify(target, name, spec, origin)
            continue  # a verified cached copy
        except (DataError, OSError):
            pass
        _check_gz(origin, name, spec)
        _copy_decompressed(origin, target, spec)
        if not spec.raw_checksums:
            write_text_atomic(_fingerprint(target), md5_of(target) + "\n")
        _verify(target, name, spec, origin)
    return Path(cache)


def _copy_decompressed(origin: Path, target: Path, spec: DatasetSpec) -> None:
    try:
        with atomic_path(target) as tmp:
            opener = gzip.open if origin.suffix == ".gz" else open
            with opener(origin, "rb") as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
    except (PermissionError, IsADirectoryError, NotADirectoryError) as exc:  # the cache, not the data
        raise DataError(tr("The cache folder {parent} can't be written ({value}): set "
                        "CNNGUI_CACHE_DIR to a folder you may write to.").format(
                            parent=target.parent, value=exc.strerror or exc)) from exc
    except OSError as exc:
        import errno

        if exc.errno in (errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EFBIG):
            from cnngui.core.atomic import write_error_text

            raise DataError(tr("The cache folder {parent} can't be written: {write_error_text}. Free some "
                            "space or set CNNGUI_CACHE_DIR to another folder.").format(
                                parent=target.parent, write_error_text=write_error_text(exc))) from exc
        raise _corrupt(spec, origin, exc) from exc
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise _corrupt(spec, origin, exc) from exc


def _corrupt(spec: DatasetSpec, origin: Path, exc: Exception) -> DataError:
    return DataError(tr("{title} file {origin} cannot be decompressed ({exc}): it is truncated or corrupt. "
                        "{fix_hint}").format(title=spec.title, origin=origin, exc=exc, fix_hint=fix_hint(spec)))


def _read_idx(path: Path, dims: int) -> torch.Tensor:
    """One IDX file (LeCun's format: a magic number for unsigned bytes and `dims` dimensions, the sizes
    big-endian, then the bytes), as a uint8 tensor. Read here rather than through torchvision's MNIST
    class, whose import costs 3 s before the first batch; the file's size (and MNIST's MD5) is verified."""
    # read into one unzeroed buffer and viewed in place: copying (or zeroing) 47 MB held the GIL for 34-85 ms,
    # which a background load of the test report made a stall of the pen's first events
    with path.open("rb") as file:
        buffer = torch.empty(os.fstat(file.fileno()).st_size, dtype=torch.uint8)  # not zeroed: no page touched yet
        read = file.readinto(memoryview(buffer.numpy()))  # the pages fill without the GIL
    header = 4 + 4 * dims
    start = bytes(buffer[:header].tolist())
    if read != len(buffer) or len(buffer) < header or start[:4] != bytes((0, 0, 0x08, dims)):
        raise ValueError(f"{path.name} is not an IDX file of unsigned bytes with {dims} dimensions")
    shape = [int.from_bytes(start[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    if math.prod(shape) != len(buffer) - header:
        raise ValueError(f"{path.name}: its header says {shape}, its size differs")
    return buffer[header:].view(*shape)


def _read_split(spec: DatasetSpec, root: Path, train: bool) -> tuple[torch.Tensor, torch.Tensor]:
    """(images uint8 [N, H, W], labels long [N]) of one split, from the files torchvision's class reads."""
    raw = Path(root) / spec.torchvision_class / "raw"
    prefix = "train" if train else "t10k"
    try:
        images = _read_idx(raw / f"{prefix}-images-idx3-ubyte", 3)
        labels = _read_idx(raw / f"{prefix}-labels-idx1-ubyte", 1)
        if len(images) != len(labels):
            raise ValueError(f"{len(images)} images but {len(labels)} labels")
    except (OSError, ValueError) as exc:
        raise DataError(tr("{title} files in {root} cannot be read ({exc}). {fix_hint}").format(
            title=spec.title, root=root, exc=exc, fix_hint=fix_hint(spec))) from exc
    return images, labels.long()


def load_dataset(spec: DatasetSpec = MNIST, source: Path | None = None, cache: Path | None = None) -> ImageData:
    """Load a dataset from its four IDX files (the ones torchvision's class reads), after verification."""
    root = prepare_dataset(spec, source, cache)
    train_images, train_labels = _read_split(spec, root, True)
    test_images, test_labels = _read_split(spec, root, False)
    return ImageData(train_images, train_labels, test_images, test_labels,
                     source=str(source or f"bundled {spec.title}"), spec=spec)


def load_test_split(spec: DatasetSpec = MNIST, source: Path | None = None,
                    cache: Path | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """Only the test images (verified like the rest), for picking examples quickly."""
    return _read_split(spec, prepare_dataset(spec, source, cache), False)


def download_dataset(spec: DatasetSpec, destination: Path) -> Path:
    """The explicit opt-in download: fetch with torchvision, then verify as usual. Returns the folder to load."""
    import torchvision.datasets

    destination = Path(destination)
    cls = getattr(torchvision.datasets, spec.torchvision_class)
    try:
        cls(str(destination), train=True, download=True)
        cls(str(destination), train=False, download=True)
    except Exception as exc:  # network errors come in many types
        raise DataError(tr("Downloading {title} into {destination} failed ({exc}). "
                        "Copy the four files there by hand instead.").format(
                            title=spec.title, destination=destination, exc=exc)) from exc
    prepare_dataset(spec, destination / spec.torchvision_class / "raw", destination)
    return destination / spec.torchvision_class / "raw"


# ---- the first release's MNIST entry points, kept for scripts and tests --------------------------
def _mnist(checksums: dict[str, tuple[str, int]]) -> DatasetSpec:
    return MNIST if checksums == MNIST_FILES else MNIST.with_checksums(checksums)


def prepare_mnist(source: Path | None = None, cache: Path | None = None,
                  checksums: dict[str, tuple[str, int]] = MNIST_FILES) -> Path:
    return prepare_dataset(_mnist(checksums), source, cache)


def load_mnist(source: Path | None = None, cache: Path | None = None,
               checksums: dict[str, tuple[str, int]] = MNIST_FILES) -> ImageData:
    return load_dataset(_mnist(checksums), source, cache)


def load_mnist_test(source: Path | None = None, cache: Path | None = None,
                    checksums: dict[str, tuple[str, int]] = MNIST_FILES) -> tuple[torch.Tensor, torch.Tensor]:
    return load_test_split(_mnist(checksums), source, cache)

"""An image folder as a dataset: `DIR/<class>/*.png|jpg|…` (torchvision's ImageFolder layout), or
`DIR/train/<class>/` and `DIR/test/<class>/`.

Class names are the folder names, sorted, as torchvision's `ImageFolder` makes them (folders `0` … `9`
give a digits model MNIST's classes). Every image is framed the way the base dataset frames a drawing,
by the one preprocessing (`core.preprocess.preprocess`), so a folder of the class's own handwriting
meets the network as a drawing on the canvas does. Without a test folder a fixed, seeded share of each
class is held out. Decoding runs on a pool of threads (Pillow and numpy let go of the GIL), with
progress and cancel; a file that isn't a readable image is skipped and named, so one broken file among
a class's drawings costs that file only; a folder that can't be a dataset is refused with one line.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import torch

from cnngui.core.data.datasets import FOLDER_KIND, MNIST, DatasetSpec
from cnngui.core.data.loading import ImageData
from cnngui.errors import DataError, ImageError, UserError
from cnngui.i18n import tr

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")  # torchvision's IMG_EXTENSIONS, the common ones
HELD_OUT = 0.2  # the share of each class kept for testing where there is no test folder
SPLIT_SEED = 0
MAX_FILES = 100_000  # more is refused before anything is decoded: bounded time and memory
MAX_CLASSES = 1000


@dataclass
class FolderScan:
    """What a folder holds, before anything is decoded."""

    root: Path
    classes: list[str]
    train: list[tuple[Path, int]]
    test: list[tuple[Path, int]]
    test_root: Path | None = None  # where the test images came from; None: held out of `root`
    held_out: float = 0.0

    @property
    def split_text(self) -> str:
        if self.test_root is not None:
            return tr("test images from {folder}").format(folder=self.test_root)
        return tr("{share} of each class held out for testing (seeded)").format(share=f"{self.held_out:.0%}")


@dataclass
class FolderData:
    data: ImageData
    scan: FolderScan
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, why) of files that are no image


def class_folders(root: Path) -> list[Path]:
    """The class folders of `root`, sorted by name (hidden ones left out), or a one-line refusal."""
    root = Path(root)
    if not root.exists():
        raise DataError(tr("Image folder {folder} does not exist.").format(folder=root))
    if not root.is_dir():
        raise DataError(tr("{folder} is a file, not a folder of class folders.").format(folder=root))
    try:
        folders = sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    except OSError as exc:
        raise DataError(tr("Image folder {folder} can't be read ({error}).").format(
            folder=root, error=exc.strerror or exc)) from exc
    if not folders:
        raise DataError(tr("{folder} has no class folders: put each class's images in a folder of its own, "
                           "named after the class ({folder}/0/, {folder}/1/, …).").format(folder=root))
    if len(folders) > MAX_CLASSES:
        raise DataError(tr("{folder} has {count} class folders; cnngui takes at most {limit}.").format(
            folder=root, count=len(folders), limit=MAX_CLASSES))
    return folders


def images_in(folder: Path, budget: list[int]) -> list[Path]:
    """Every image file under `folder` (subfolders too: one per writer, say), sorted; symbolic links to
    folders are not followed, so a link loop can't make it walk forever. `budget` counts files left."""
    found = []
    for here, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if Path(name).suffix.lower() in IMAGE_SUFFIXES and not name.startswith("."):
                found.append(Path(here) / name)
                budget[0] -= 1
                if budget[0] < 0:
                    raise DataError(tr("{folder} holds more than {limit} images: use a smaller folder, or split "
                                       "it.").format(folder=folder.parent, limit=f"{MAX_FILES:,}"))
    return found


def _layout(root: Path) -> tuple[Path, Path | None]:
    """(train root, test root): DIR/train and DIR/test where both are there, else DIR alone."""
    train, test = root / "train", root / "test"
    if train.is_dir() and test.is_dir():
        return train, test
    return root, None


def scan_folder(root: str | Path, test_root: str | Path | None = None, held_out: float = HELD_OUT) -> FolderScan:
    root = Path(root)
    train_root, found_test = _layout(root) if root.is_dir() else (root, None)
    test_root = Path(test_root) if test_root is not None else found_test
    budget = [MAX_FILES]
    folders = class_folders(train_root)
    classes = [f.name for f in folders]
    if len(classes) < 2:
        raise DataError(tr("{folder} has one class folder ({name}): a classifier needs two classes or more.").format(
            folder=train_root, name=classes[0]))
    per_class = []
    for label, folder in enumerate(folders):
        files = images_in(folder, budget)
        if not files:
            raise DataError(tr("Class folder {folder} holds no images ({suffixes}).").format(
                folder=folder, suffixes=", ".join(IMAGE_SUFFIXES)))
        per_class.append([(path, label) for path in files])
    if test_root is not None:
        test_folders = class_folders(test_root)
        if [f.name for f in test_folders] != classes:
            raise DataError(tr("The test folder's classes ({test}) are not the training folder's ({train}).").format(
                test=", ".join(f.name for f in test_folders), train=", ".join(classes)))
        test = [(path, label) for label, folder in enumerate(test_folders) for path in images_in(folder, budget)]
        return FolderScan(root, classes, [item for items in per_class for item in items], test, test_root)
    rng = random.Random(SPLIT_SEED)
    train, test = [], []
    for items in per_class:  # a fixed share of each class, the same every time
        items = list(items)
        rng.shuffle(items)
        count = round(len(items) * held_out) if len(items) > 1 else 0
        test += items[:count]
        train += items[count:]
    if not test:
        raise DataError(tr("{folder} has too few images to hold any out for testing: give each class a few more, "
                           "or a test folder.").format(folder=root))
    return FolderScan(root, classes, train, test, None, held_out)


def frame(path: Path, framing) -> np.ndarray:
    """One file as the network input, uint8 [side, side], framed like a drawing (raises ImageError)."""
    from cnngui.core.data.preprocess import load_image, preprocess

    pre = preprocess(load_image(path), framing=framing)
    if pre.empty:
        raise ImageError(tr("it holds nothing to classify (blank, or too little contrast)"))
    return np.clip(np.rint(pre.image28 * 255), 0, 255).astype(np.uint8)


def decode(items: list[tuple[Path, int]], spec: DatasetSpec, workers: int | None = None,
           progress: Callable[[int, int], None] = lambda done, total: None,
           cancelled: Callable[[], bool] = lambda: False) -> tuple[torch.Tensor, torch.Tensor, list[tuple[Path, str]]]:
    """(images uint8 [N, H, W], labels [N], skipped files with why) for the (file, label) items."""
    workers = workers or min(8, (os.cpu_count() or 2))
    images, labels, skipped = [], [], []

    def one(item):
        path, label = item
        try:
            return frame(path, spec.framing), label, None
        except ImageError as exc:
            return None, label, str(exc)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done, (item, (image, label, problem)) in enumerate(zip(items, pool.map(one, items, chunksize=16)), 1):
            if cancelled():
                pool.shutdown(wait=False, cancel_futures=True)
                raise InterruptedError("cancelled")
            if image is None:
                skipped.append((item[0], problem))
            else:
                images.append(image)
                labels.append(label)
            if done % 64 == 0 or done == len(items):
                progress(done, len(items))
    stack = torch.from_numpy(np.stack(images)) if images else torch.zeros((0, *spec.input_shape[1:]), dtype=torch.uint8)
    return stack, torch.tensor(labels, dtype=torch.long), skipped


def folder_spec(scan: FolderScan, base: DatasetSpec = MNIST, counts: dict | None = None) -> DatasetSpec:
    """The dataset a folder is: its classes, framed and normalised as `base` (the data it meets: a drawing)."""
    return replace(base, key=f"folder:{scan.root.name}", title=scan.root.name, torchvision_class=FOLDER_KIND,
                   class_names=tuple(scan.classes), noun="image", bundled=False, raw_checksums=None,
                   gz_checksums=None, credit="", origin=str(scan.root), counts=tuple(sorted((counts or {}).items())))


def load_image_folder(root: str | Path, test_root: str | Path | None = None, base: DatasetSpec = MNIST,
                      progress: Callable[[int, int], None] = lambda done, total: None,
                      cancelled: Callable[[], bool] = lambda: False) -> FolderData:
    """A folder as training and test data, or a DataError that says what is wrong and what to do."""
    scan = scan_folder(root, test_root)
    total = len(scan.train) + len(scan.test)
    train_x, train_y, skipped = decode(scan.train, base, progress=lambda d, t: progress(d, total), cancelled=cancelled)
    test_x, test_y, skipped_test = decode(scan.test, base, progress=lambda d, t: progress(len(scan.train) + d, total),
                                          cancelled=cancelled)
    skipped += skipped_test
    for label, name in enumerate(scan.classes):
        if not bool((train_y == label).any()):
            raise DataError(tr("Class {name} has no readable training image ({count} files skipped, e.g. {file}: "
                               "{why}).").format(name=name, count=len(skipped), file=skipped[0][0] if skipped else "-",
                                                 why=skipped[0][1] if skipped else "-"))
    if len(test_x) == 0:
        raise DataError(tr("No test image of {folder} could be read.").format(folder=scan.root))
    counts = {"train": len(train_x), "test": len(test_x), "skipped": len(skipped)}
    spec = folder_spec(scan, base, counts)
    return FolderData(ImageData(train_x, train_y, test_x, test_y, source=str(scan.root), spec=spec), scan, skipped)


def labelled_images(root: str | Path) -> tuple[list[str], list[tuple[Path, int]]]:
    """(class names, every (file, label)) under `root`'s class folders, none held out: what a model is
    scored on."""
    folders, budget = class_folders(Path(root)), [MAX_FILES]
    return [f.name for f in folders], [(path, label) for label,
                                       f in enumerate(folders) for path in images_in(f, budget)]


def folder_contents(root: str | Path) -> list[tuple[str, list[Path]]]:
    """(class name, its images) for each class folder of `root`, for a view of the dataset; a class may be
    empty here (the view shows it), where training refuses it."""
    root = Path(root)
    train_root, _ = _layout(root)
    budget = [MAX_FILES]
    return [(folder.name, images_in(folder, budget)) for folder in class_folders(train_root)]


def set_aside(root: str | Path, image: str | Path) -> Path:
    """Take a bad image out of the dataset without losing it: it moves to `root/.deleted/…` (hidden folders
    are no class), where it can be fetched back. Returns where it went."""
    root, image = Path(root), Path(image)
    target = root / ".deleted" / image.relative_to(root)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(image, target)
    except OSError as exc:
        raise DataError(tr("{file} can't be moved out of the dataset: {error}.").format(
            file=image, error=exc.strerror or exc)) from exc
    return target


def writer_of(path: Path, class_folder: Path) -> str:
    """Who drew an image: its subfolder under the class folder (`3/anna/…`), else the name before a
    number (`anna-001.png`, as Draw saves them); "" where the folder doesn't say."""
    relative = Path(path).relative_to(class_folder)
    if len(relative.parts) > 1:
        return relative.parts[0]
    head, dash, tail = relative.stem.rpartition("-")
    return head if dash and head and tail.isdigit() else ""


def check_classes(found: list[str], model_classes: tuple[str, ...] | list[str], folder: Path) -> None:
    """Evaluating a model on a folder: the class folders must be the model's classes, in its order."""
    if list(found) != list(model_classes):
        missing = [name for name in model_classes if name not in found]
        extra = [name for name in found if name not in model_classes]
        detail = "; ".join(part for part in (
            tr("missing: {names}").format(names=", ".join(missing)) if missing else "",
            tr("not the model's: {names}").format(names=", ".join(extra)) if extra else "") if part)
        raise UserError(tr("The class folders of {folder} are not the model's classes ({model}): {detail}.").format(
            folder=folder, model=", ".join(model_classes), detail=detail or tr("another order")))


def _safe_name(text: str, what: str) -> str:
    """A class or writer name as a folder name: no separators, nothing hidden, not empty."""
    name = " ".join(str(text).split())
    if not name or name in (".", "..") or name.startswith(".") or any(c in name for c in '/\\:*?"<>|'):
        raise DataError(tr("{what} '{name}' can't be a folder name: use letters, digits, spaces or symbols such as "
                           "✓ and ✗, without / \\ : * ? \" < > |.").format(what=what, name=text))
    return name


def save_drawing(dataset: Path, class_name: str, writer: str, ink: np.ndarray) -> Path:
    """Add a drawing (ink light on dark, uint8, as the canvas holds it) to an image folder in the layout
    above: `dataset/<class>/<writer>/<writer>-<n>.png`, written whole or not at all."""
    from PIL import Image

    from cnngui.core.atomic import atomic_path, write_error_text

    folder = Path(dataset) / _safe_name(class_name, tr("The class")) / _safe_name(writer or "anonymous", tr("The name"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        taken = {p.name for p in folder.glob("*.png")}
        number = next(n for n in range(1, len(taken) + 2) if f"{folder.name}-{n:03d}.png" not in taken)
        target = folder / f"{folder.name}-{number:03d}.png"
        with atomic_path(target) as tmp:
            Image.fromarray(np.asarray(ink, dtype=np.uint8)).save(tmp, format="PNG")
    except OSError as exc:
        raise DataError(tr("The drawing can't be saved in {folder}: {error}. Choose a folder you may write to.").format(
            folder=folder, error=write_error_text(exc))) from exc
    return target


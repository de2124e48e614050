"""Any picture of a digit -> the 28x28 input, made the way MNIST itself was made.

Crop to the digit, scale its longer side to 20 px keeping the aspect ratio (with
anti-aliasing), place it in 28x28 with its centre of mass at the centre, light digit on a
dark background, then the model's normalisation. The canvas, `cnngui predict` and the
explorer all call `preprocess`, and it returns each intermediate step for display.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from cnngui.core.data.datasets import SIDE
from cnngui.errors import ImageError
from cnngui.i18n import tr

MAX_PIXELS = 4096 * 4096  # larger pictures are refused rather than risking the machine's memory (a digit needs 28x28)
MAX_BYTES = 32_000_000  # larger files too
IMAGE_FORMATS = ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP")  # the formats cnngui opens: never EPS, PS or PDF
INK_THRESHOLD = 0.08  # after contrast stretch; below this a pixel is background noise
MIN_CONTRAST = 0.15  # an image whose ink differs less than this from its background is blank


@dataclass
class Preprocessed:
    """The network input and how it was made."""

    image28: np.ndarray  # float32 [SIDE, SIDE] in [0, 1], light on dark (28x28 for MNIST)
    tensor: torch.Tensor  # [1, 1, SIDE, SIDE], normalised
    steps: list[tuple[str, np.ndarray]]  # (name, float32 image in [0, 1], light on dark)
    inverted: bool  # the source was dark on light
    empty: bool  # nothing drawn: no prediction should be shown
    bbox: tuple[int, int, int, int] | None  # top, left, bottom, right in the source (exclusive)
    reframed: bool = True  # False: the picture was framed as the dataset's already, and used as it is


def load_image(path: str | Path):
    """Open an image file, with a clear error for anything unusable (see `open_image`)."""
    return open_image(Path(path))


def check_pixels(width: int, height: int, name) -> None:
    """An ImageError if a picture of this size is more than cnngui opens (`MAX_PIXELS`): a file, a paste, a drop."""
    if width * height > MAX_PIXELS:
        raise ImageError(tr("Image {path} is too large ({width}x{height}); use an image under {value} "
                            "megapixels.").format(path=name, width=width, height=height,
                                                  value=MAX_PIXELS // 1_000_000))


def open_image(source: Path | bytes, name: str | None = None):
    """The one way cnngui opens a picture, from a file or from bytes a server or a seat sent (`name` says
    which in messages). A picture file is hostile until checked: only the formats cnngui names are opened
    (Pillow would hand an EPS or PDF named .png to Ghostscript), no more than `MAX_BYTES` bytes and
    `MAX_PIXELS` pixels (refused from the header, before any decoding); anything else is a one-line
    ImageError that says what and what to do."""
    import io

    from PIL import Image, UnidentifiedImageError

    if isinstance(source, Path):
        path = name or source
        if not source.is_file():
            raise ImageError(tr("Image {path} does not exist.").format(path=path))
        size = source.stat().st_size
        opened = source
    else:
        path, size, opened = name or tr("the picture"), len(source), io.BytesIO(source)
    if size == 0:
        raise ImageError(tr("Image {path} is an empty file.").format(path=path))
    if size > MAX_BYTES:
        raise ImageError(tr("Image {path} is too large a file ({size} MB); use one under {value} MB.").format(
            path=path, size=size // 1_000_000, value=MAX_BYTES // 1_000_000))
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused below, not just warned of
            img = Image.open(opened, formats=IMAGE_FORMATS)
        with img:
            check_pixels(img.width, img.height, path)
            img.load()
            return img.copy()
    except ImageError:
        raise
    except Image.DecompressionBombError as exc:  # Pillow refuses before decoding: the header's size is absurd
        import re

        found = re.search(r"\((\d+) pixels\)", str(exc))
        size_text = f" ({found.group(1)} pixels)" if found else ""
        raise ImageError(tr("Image {path} is far too large to open{size}; use an image under "
                         "{value} megapixels.").format(path=path, size=size_text,
                                                       value=MAX_PIXELS // 1_000_000)) from exc
    except UnidentifiedImageError as exc:
        raise ImageError(tr("{path} is not an image cnngui can read (PNG, JPEG, BMP, GIF, TIFF or WebP).").format(
            path=path)) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageError(tr("Image {path} is damaged or truncated ({exc}).").format(path=path, exc=exc)) from exc


def to_grayscale(image) -> np.ndarray:
    """float32 [H, W] in [0, 1] from a PIL image, a path, or an array (H,W), (H,W,3) or (H,W,4)."""
    from PIL import Image

    if isinstance(image, (str, Path)):
        image = load_image(image)
    if isinstance(image, Image.Image):
        if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
            image = np.asarray(image.convert("RGBA"))
        elif image.mode in ("I;16", "I", "F"):
            array = _finite(np.asarray(image, dtype=np.float32))
            span = float(array.max() - array.min()) or 1.0
            return (array - array.min()) / span
        else:
            try:
                return np.asarray(image.convert("L"), dtype=np.float32) / 255.0
            except (ValueError, OSError) as exc:  # modes Pillow can open but not convert (LAB, some CMYK)
                raise ImageError(tr("Images in {mode} colour mode can't be read: save it as PNG or JPEG "
                                 "(RGB or greyscale).").format(mode=image.mode)) from exc
    array = np.asarray(image)
    if array.dtype == np.uint8:
        array = np.divide(array, np.float32(255.0), dtype=np.float32)  # one pass; the same numbers as astype, / 255
    else:
        array = array.astype(np.float32)
    if array.ndim == 2:
        return array
    if array.ndim == 3 and array.shape[2] in (3, 4):
        gray = array[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        if array.shape[2] == 4:
            alpha = array[..., 3]
            if alpha.min() < 0.98:
                # Composite over the background that contrasts with the visible strokes.
                visible = alpha > 0.5
                ink_light = visible.any() and gray[visible].mean() > 0.5
                background = 0.0 if ink_light else 1.0
                gray = gray * alpha + background * (1 - alpha)
        return gray
    raise ImageError(tr("An image must be greyscale or colour, got an array of shape {shape}.").format(
        shape=array.shape))


def _finite(gray: np.ndarray) -> np.ndarray:
    """NaN or infinite pixels (a float TIFF can hold them) become the image's median level."""
    finite = np.isfinite(gray)
    if finite.all():
        return gray
    if not finite.any():
        raise ImageError(tr("The image holds no usable pixel values (they are all NaN or infinite)."))
    return np.where(finite, gray, np.median(gray[finite])).astype(np.float32)


def _border_level(gray: np.ndarray) -> float:
    h, w = gray.shape
    k = max(1, min(h, w) // 50)
    border = np.concatenate([gray[:k].ravel(), gray[-k:].ravel(), gray[:, :k].ravel(), gray[:, -k:].ravel()])
    return float(np.median(border))


def _resize(image: np.ndarray, height: int, width: int) -> np.ndarray:
    tensor = torch.from_numpy(np.ascontiguousarray(image))[None, None]
    out = F.interpolate(tensor, size=(height, width), mode="bilinear", antialias=True, align_corners=False)
    return out[0, 0].clamp_(0, 1).numpy()


def fit_within(image: np.ndarray, side: int) -> np.ndarray:
    """`image` scaled down (anti-aliased) so its longer side is at most `side`; smaller images are kept."""
    h, w = image.shape
    if max(h, w) <= side:
        return image
    scale = side / max(h, w)
    return _resize(np.clip(image, 0, 1).astype(np.float32), max(1, round(h * scale)), max(1, round(w * scale)))


def centre_by_mass(image: np.ndarray, size: int = SIDE, by_mass: bool = True) -> np.ndarray:
    """Place `image` in a size x size field so its centre of mass (or of its box) sits at the centre."""
    h, w = image.shape
    total = image.sum() if by_mass else 0
    rows, cols = np.arange(h), np.arange(w)
    cy = (image.sum(1) @ rows) / total if total > 0 else (h - 1) / 2
    cx = (image.sum(0) @ cols) / total if total > 0 else (w - 1) / 2
    top = int(np.clip(round((size - 1) / 2 - cy), 0, size - h))
    left = int(np.clip(round((size - 1) / 2 - cx), 0, size - w))
    field = np.zeros((size, size), dtype=np.float32)
    field[top:top + h, left:left + w] = image
    return field


def preprocess(image, normalization: dict | None = None, framing=None) -> Preprocessed:
    """The one preprocessing function. `image`: PIL image, path, or array (see `to_grayscale`).

    `framing` (a dataset's `Framing`) says how large the object is drawn and how it is centred;
    the default is MNIST's: the longer side scaled to 20 px, centred by mass in 28x28."""
    from cnngui.core.data.datasets import Framing
    from cnngui.core.data.normalize import MNIST_NORMALIZATION, normalize

    normalization = normalization or MNIST_NORMALIZATION
    framing = framing or Framing()
    gray = to_grayscale(image)
    if gray.ndim != 2 or gray.size == 0:
        raise ImageError(tr("The image is empty."))
    gray = _finite(gray)
    background = _border_level(gray)
    # The ink is whichever extreme lies farther from the background: dark ink on a mid-grey page, or red
    # on green, is dark on light even where the page is darker than 50%.
    inverted = (background - float(gray.min())) > (float(gray.max()) - background)
    if not inverted and already_framed(gray, framing):  # framing it again would resample it
        return as_network_input(gray, normalization, title=tr("input"))
    ink = 1.0 - gray if inverted else gray
    background = 1.0 - background if inverted else background
    contrast = float(ink.max()) - background
    steps: list[tuple[str, np.ndarray]] = [(tr("input"), ink.astype(np.float32, copy=False))]
    if contrast < MIN_CONTRAST:
        blank = np.zeros((framing.side, framing.side), dtype=np.float32)
        return Preprocessed(blank, normalize(torch.from_numpy(blank)[None, None], normalization),
                            steps, inverted, True, None)
    ink = ink - np.float32(background)  # a new array (the input step keeps its own), then in place: a pen event
    ink /= np.float32(contrast)  # passes 320x320 pixels through here, each pass a tenth of a millisecond
    np.clip(ink, 0, 1, out=ink)
    ink[ink < INK_THRESHOLD] = 0
    top, left, bottom, right = ink_box(ink)  # the contrast check above leaves ink at 1 somewhere
    cropped = ink[top:bottom, left:right]
    h, w = cropped.shape
    scale = framing.box / max(h, w)
    scaled = _resize(cropped, max(1, round(h * scale)), max(1, round(w * scale)))
    image28 = centre_by_mass(scaled, framing.side, by_mass=framing.centre_by_mass)
    tensor = normalize(torch.from_numpy(image28)[None, None], normalization)
    steps += [(tr("cropped"), cropped), (tr("scaled to {box} px").format(box=framing.box), scaled),
              (tr("centred {side}x{side}").format(side=framing.side), image28)]
    return Preprocessed(image28, tensor, steps, inverted, False, (top, left, bottom, right))


def ink_box(ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """(top, left, bottom, right) of a 2-D array's non-zero (or True) pixels, bottom and right one past the last
    row and column; None where there are none. From the rows' and columns' any(), without listing every pixel
    (listing them took 0.34 ms of each pen event)."""
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not len(rows):
        return None
    return int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1


def step_titles(framing=None) -> list[str]:
    """Every title a preprocessing step may have, in the user's language (a view sizes its captions by them)."""
    from cnngui.core.data.datasets import Framing

    framing = framing or Framing()
    return [tr("input"), tr("cropped"), tr("scaled to {box} px").format(box=framing.box),
            tr("centred {side}x{side}").format(side=framing.side), tr("test image, as is")]


def already_framed(gray: np.ndarray, framing=None) -> bool:
    """Whether a light-on-dark picture is framed as the dataset frames its images (MNIST: 28x28, the digit's
    longer side 20 px, centred by mass): a test image saved as a file, say. Every MNIST test image is; a
    photo or a drawing of any other size is not, and neither is a 28x28 picture whose digit is drawn
    larger, smaller or off-centre."""
    from cnngui.core.data.datasets import Framing

    framing = framing or Framing()
    if gray.shape != (framing.side, framing.side) or _border_level(gray) > INK_THRESHOLD:
        return False
    ink = np.where(gray > INK_THRESHOLD, gray, 0).astype(np.float64)
    box = ink_box(ink)
    if box is None:
        return False
    top, left, bottom, right = box
    longer = max(bottom - top, right - left)
    if not framing.box - 2 <= longer <= framing.box + 1:  # anti-aliasing blurs the box by a pixel or so
        return False
    if framing.centre_by_mass:
        axis = np.arange(framing.side)
        cy, cx = (ink.sum(1) @ axis) / ink.sum(), (ink.sum(0) @ axis) / ink.sum()
    else:
        cy, cx = (top + bottom - 1) / 2, (left + right - 1) / 2
    middle = (framing.side - 1) / 2
    return bool(np.hypot(cy - middle, cx - middle) <= 1.5)  # MNIST's test images: at most 1.41


def as_network_input(image28: np.ndarray, normalization: dict | None = None, title: str = "") -> Preprocessed:
    """A picture already framed the way the dataset's are (a test image), used as it is: the
    network then sees exactly what the test set gave it, where reframing would resample it."""
    from cnngui.core.data.normalize import MNIST_NORMALIZATION, normalize

    image = np.clip(np.asarray(image28, dtype=np.float32), 0, 1)
    tensor = normalize(torch.from_numpy(image.copy())[None, None], normalization or MNIST_NORMALIZATION)
    empty = not bool((image > INK_THRESHOLD).any())
    steps = [(title, image)] if title else []
    return Preprocessed(image, tensor, [*steps, (tr("test image, as is"), image)], False, empty, None, reframed=False)

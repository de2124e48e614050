import numpy as np
import pytest
from PIL import Image

from cnngui.core.data.preprocess import centre_by_mass, load_image, preprocess
from cnngui.core.data.strokes import render_digit
from cnngui.errors import ImageError


def _mnist_digit(index=0):
    from cnngui.core.data.loading import load_mnist

    data = load_mnist()
    return data.test_images[index].numpy(), int(data.test_labels[index])


def _com(image):
    rows, cols = np.indices(image.shape)
    return (rows * image).sum() / image.sum(), (cols * image).sum() / image.sum()


def test_output_is_mnist_like():
    pre = preprocess(render_digit(7, size=280, box=0.3, center=(0.25, 0.7)))
    img = pre.image28
    assert img.shape == (28, 28) and img.dtype == np.float32 and not pre.empty
    rows, cols = np.nonzero(img > 0.05)
    assert max(rows.max() - rows.min(), cols.max() - cols.min()) + 1 in (20, 21)  # longer side ~20 px
    cy, cx = _com(img)
    assert abs(cy - 13.5) <= 0.6 and abs(cx - 13.5) <= 0.6
    assert [name for name, _ in pre.steps] == ["input", "cropped", "scaled to 20 px", "centred 28x28"]
    assert pre.tensor.shape == (1, 1, 28, 28)


def test_polarity_is_detected():
    light = preprocess(render_digit(3))
    dark = preprocess(render_digit(3, invert=True))
    assert not light.inverted and dark.inverted
    assert np.abs(light.image28 - dark.image28).max() < 0.02


def test_moved_scaled_and_inverted_mnist_digit_gives_the_same_input():
    digit, _ = _mnist_digit(0)
    reference = preprocess(np.pad(digit, 1)).image28  # 30x30: framed by the pipeline, not passed through as is
    canvas = np.zeros((300, 240), dtype=np.uint8)
    big = np.asarray(Image.fromarray(digit).resize((112, 112), Image.BICUBIC))
    canvas[150:262, 20:132] = big  # off-centre, 4x larger
    moved = preprocess(255 - canvas).image28  # and dark on light
    assert np.abs(moved - reference).mean() < 0.06
    assert np.corrcoef(moved.ravel(), reference.ravel())[0, 1] > 0.9


def test_clean_mnist_digit_is_nearly_unchanged():
    digit, _ = _mnist_digit(1)
    assert np.array_equal(preprocess(digit).image28, digit / np.float32(255.0))  # framed so already: as is
    out = preprocess(np.pad(digit, 1)).image28  # the same digit in a 30x30 picture is framed anew
    assert np.corrcoef(out.ravel(), digit.ravel() / 255.0)[0, 1] > 0.9


def test_blank_image_is_empty():
    assert preprocess(np.zeros((100, 100), dtype=np.uint8)).empty
    assert preprocess(np.full((50, 80), 255, dtype=np.uint8)).empty


def test_rgba_with_transparent_background():
    gray = np.asarray(render_digit(4, size=100))
    rgba = np.zeros((100, 100, 4), dtype=np.uint8)
    rgba[..., 3] = gray  # black ink, shape in alpha only
    pre = preprocess(Image.fromarray(rgba, "RGBA"))
    assert not pre.empty and pre.image28.max() > 0.9


def test_centre_by_mass_keeps_digit_inside():
    img = np.zeros((20, 10), dtype=np.float32)
    img[:, 0] = 1
    field = centre_by_mass(img)
    assert field.sum() == pytest.approx(20)


def test_bad_files(tmp_path):
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "notes.png").write_text("not an image")
    with pytest.raises(ImageError, match=r"empty file"):
        load_image(tmp_path / "empty.png")
    with pytest.raises(ImageError, match=r"not an image"):
        load_image(tmp_path / "notes.png")
    with pytest.raises(ImageError, match=r"does not exist"):
        load_image(tmp_path / "absent.png")


def test_enormous_image_is_refused(tmp_path, monkeypatch):
    import cnngui.core.data.preprocess as pp

    monkeypatch.setattr(pp, "MAX_PIXELS", 1000)
    Image.new("L", (100, 100)).save(tmp_path / "big.png")
    with pytest.raises(ImageError, match=r"too large"):
        load_image(tmp_path / "big.png")


def _png_claiming(width: int, height: int, path):
    """A tiny PNG whose header claims `width` x `height` (no need to allocate the pixels)."""
    import struct
    import zlib

    Image.new("L", (1, 1)).save(path)
    data = bytearray(path.read_bytes())
    ihdr = 12  # after the 8-byte signature and the chunk's length
    data[ihdr + 4:ihdr + 12] = struct.pack(">II", width, height)
    data[ihdr + 17:ihdr + 21] = struct.pack(">I", zlib.crc32(bytes(data[ihdr:ihdr + 17])))
    path.write_bytes(bytes(data))
    return path


def test_a_20000_pixel_square_png_is_called_too_large_not_unreadable(tmp_path):
    with pytest.raises(ImageError, match=r"far too large.*400000000"):
        load_image(_png_claiming(20000, 20000, tmp_path / "huge.png"))


def test_lab_tiff_and_non_finite_pixels(tmp_path):
    path = tmp_path / "lab.tif"
    Image.new("LAB", (32, 32), (50, 0, 0)).save(path)
    with pytest.raises(ImageError, match=r"LAB colour mode"):
        preprocess(load_image(path))
    nan = np.zeros((28, 28), dtype=np.float32)
    nan[5:20, 12:15] = 1
    nan[0, 0] = np.nan
    out = preprocess(nan)
    assert not out.empty and np.isfinite(out.image28).all() and np.isfinite(out.tensor.numpy()).all()
    with pytest.raises(ImageError, match=r"no usable pixel values"):
        preprocess(np.full((8, 8), np.nan, dtype=np.float32))
    for constant in (np.zeros((28, 28)), np.ones((1, 1)), np.full((5, 5), 0.5)):
        out = preprocess(constant.astype(np.float32))
        assert out.empty and np.isfinite(out.tensor.numpy()).all()


@pytest.mark.parametrize("background", [0.40, 0.47, 0.6])
def test_dark_ink_on_any_grey_page_and_colour_on_colour(background):
    """The README promises both polarities: a page darker than mid-grey once read as blank."""
    from cnngui.core.data.strokes import render_digit
    from cnngui.core.evaluation.predict import Predictor

    predictor = Predictor.from_file()
    ink = np.asarray(render_digit(3, size=120, width=10, box=0.6).convert("L"), dtype=np.float32) / 255 > 0.5
    assert predictor.predict(np.where(ink, 0.05, background).astype(np.float32)).index == 3
    red_on_green = np.zeros((*ink.shape, 3), np.uint8)
    red_on_green[...] = (0, 200, 0)
    red_on_green[ink] = (220, 0, 0)
    assert predictor.predict(red_on_green).index == 3


def test_a_picture_framed_as_mnist_frames_it_passes_through_and_predict_agrees_with_evaluate(tmp_path, capsys):
    """A 28x28 MNIST test image saved as a PNG was framed a second time by `cnngui predict`, which changed
    answers; now it is used as it is, `predict` says so, and its answer is evaluate's."""
    import json

    import torch

    from cnngui.cli import main
    from cnngui.core.data.loading import load_mnist
    from cnngui.core.data.normalize import network_input
    from cnngui.core.data.preprocess import already_framed
    from cnngui.core.evaluation.predict import Predictor

    test = load_mnist().test_images[:40]
    paths = []
    for index, image in enumerate(test):
        paths.append(tmp_path / f"mnist-{index}.png")
        Image.fromarray(image.numpy()).save(paths[-1])
    every = load_mnist().test_images.numpy().astype(np.float32) / 255
    assert all(already_framed(image) for image in every[:2000])  # every MNIST test image is framed so
    predictor = Predictor.from_file()
    for path, image in zip(paths[:5], test[:5]):
        pre = predictor.preprocess(path)
        assert not pre.reframed and torch.equal(pre.tensor, network_input(image[None], predictor.normalization))
    assert main(["predict", *map(str, paths), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    with torch.no_grad():
        evaluated = predictor.model(network_input(test, predictor.normalization)).argmax(1).tolist()
    assert [r["digit"] for r in results] == evaluated and {r["framing"] for r in results} == {"as is"}


def test_a_28x28_picture_drawn_otherwise_is_framed_as_usual():
    big = np.zeros((28, 28), np.float32)
    big[1:27, 10:18] = 1.0  # a 1 drawn across the whole height: MNIST's are 20 px
    small = np.zeros((28, 28), np.float32)
    small[2:12, 2:8] = 1.0  # small and in a corner
    assert preprocess(big).reframed and preprocess(small).reframed
    assert preprocess(np.full((28, 28), 0.5, np.float32)).reframed  # a blank grey page: nothing to pass through


def test_only_the_named_formats_are_opened_never_postscript(tmp_path, monkeypatch):
    """An EPS file named .png passed PIL's verify() and the app's loader then ran Ghostscript on it."""
    from PIL import EpsImagePlugin

    import cnngui.core.data.preprocess as pp

    ran = []
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", "gs", raising=False)
    monkeypatch.setattr(EpsImagePlugin, "Ghostscript", lambda *a, **k: ran.append(a), raising=False)
    eps = tmp_path / "drawing.png"
    eps.write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nnewpath 0 0 moveto 10 10 lineto stroke\n")
    with pytest.raises(ImageError, match="not an image cnngui can read"):
        load_image(eps)
    with pytest.raises(ImageError, match="not an image cnngui can read"):
        pp.open_image(eps.read_bytes(), name="from a seat")
    assert not ran
    for kind in ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP"):  # and each named one opens
        path = tmp_path / f"ok.{kind.lower()}"
        Image.new("L", (8, 8), 255).save(path, format=kind)
        assert load_image(path).size == (8, 8), kind
    Image.new("L", (8, 8), 255).save(tmp_path / "doc.pdf", format="PDF")
    with pytest.raises(ImageError, match="not an image cnngui can read"):
        load_image(tmp_path / "doc.pdf")


def test_pictures_from_bytes_meet_the_same_limits(tmp_path, monkeypatch):
    import io

    import cnngui.core.data.preprocess as pp

    png = io.BytesIO()
    Image.new("L", (10, 10), 255).save(png, format="PNG")
    assert pp.open_image(png.getvalue(), name="seat.png").size == (10, 10)
    with pytest.raises(ImageError, match=r"seat\.png is an empty file"):
        pp.open_image(b"", name="seat.png")
    monkeypatch.setattr(pp, "MAX_BYTES", 20)
    with pytest.raises(ImageError, match=r"too large a file"):
        pp.open_image(png.getvalue(), name="seat.png")
    with pytest.raises(ImageError, match=r"too large a file"):
        (tmp_path / "big.png").write_bytes(png.getvalue())
        load_image(tmp_path / "big.png")
    monkeypatch.setattr(pp, "MAX_BYTES", 10**9)
    with pytest.raises(ImageError, match=r"too large \(12000x12000\)"):  # a bomb: refused from its header
        load_image(_png_claiming(12000, 12000, tmp_path / "bomb.png"))

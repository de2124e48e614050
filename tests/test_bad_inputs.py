"""A catalogue of bad inputs through the real command line: each ends in one line on stderr naming the problem,
exit code 2, and an existing output file left as it was. Images, checkpoints, architecture files, data folders,
arguments."""

import gzip
import io
import pickle
import struct
import zlib

import numpy as np
import pytest
import torch
from PIL import Image

from cnngui.cli import main

OUT_BYTES = b"an earlier model the user wants to keep"


@pytest.fixture(scope="module")
def bad(tmp_path_factory, seed_checkpoint):
    """Every bad file of the catalogue, made once."""
    from cnngui.core.model_files.checkpoint import weights_digest

    d = tmp_path_factory.mktemp("bad")
    f = {}

    def put(name, data):
        path = d / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        f[name] = path
        return path

    # images
    put("empty.png", b"")
    put("text.png", "this is not a picture")
    noise = np.random.default_rng(0).integers(0, 256, (200, 200), dtype=np.uint8)
    Image.fromarray(noise).save(d / "noise.png")
    f["truncated.png"] = put("truncated.png", (d / "noise.png").read_bytes()[:5000])
    for name, colour in (("white.png", 255), ("black.png", 0), ("grey.png", 128)):
        Image.new("L", (40, 40), colour).save(d / name)
        f[name] = d / name
    Image.new("L", (1, 1), 255).save(d / "one-pixel.png")
    f["one-pixel.png"] = d / "one-pixel.png"
    Image.new("LAB", (32, 32), (50, 0, 0)).save(d / "lab.tif")
    f["lab.tif"] = d / "lab.tif"
    Image.fromarray(np.full((16, 16), np.nan, dtype=np.float32), mode="F").save(d / "nan.tif")
    f["nan.tif"] = d / "nan.tif"
    Image.new("L", (1, 1)).save(d / "huge.png")
    data = bytearray((d / "huge.png").read_bytes())
    data[16:24] = struct.pack(">II", 20000, 20000)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    f["huge.png"] = put("huge.png", bytes(data))
    jpeg = io.BytesIO()
    Image.new("RGB", (64, 64), (255, 255, 255)).save(jpeg, "JPEG")
    f["corrupt.jpg"] = put("corrupt.jpg", jpeg.getvalue()[:200] + b"\0" * 50)
    (d / "a-folder.png").mkdir()
    f["a-folder.png"] = d / "a-folder.png"

    # checkpoints
    good = torch.load(seed_checkpoint, weights_only=True)

    def ckpt(name, edit=None, rehash=True, raw=None):
        path = d / name
        if raw is not None:
            path.write_bytes(raw)
        else:
            payload = {k: (v.copy() if isinstance(v, (dict, list)) else v) for k, v in good.items()}
            payload["state_dict"] = {k: v.clone() for k, v in good["state_dict"].items()}
            payload["arch"] = [dict(layer) for layer in good["arch"]]
            payload["history"] = [dict(h) for h in good["history"]]
            if edit:
                edit(payload)
            if rehash:
                payload["weights_sha256"] = weights_digest(payload["state_dict"])
            torch.save(payload, path)
        f[name] = path

    ckpt("empty.pt", raw=b"")
    ckpt("text.pt", raw=b"hello")
    ckpt("truncated.pt", raw=seed_checkpoint.read_bytes()[:1000])
    torch.save({"weights": torch.zeros(3)}, d / "foreign.pt")
    f["foreign.pt"] = d / "foreign.pt"

    class Evil:
        def __reduce__(self):
            return (print, ("pwned",))

    put("code.pt", pickle.dumps({"format": "cnngui-checkpoint", "x": Evil()}))
    with open(d / "code-zip.pt", "wb") as handle:
        torch.save({"format": "cnngui-checkpoint", "x": Evil()}, handle)
    f["code-zip.pt"] = d / "code-zip.pt"
    ckpt("tampered.pt", lambda p: p["state_dict"]["conv1.bias"].add_(1), rehash=False)
    ckpt("newer.pt", lambda p: p.update(format_version=99))
    ckpt("nan-weights.pt", lambda p: p["state_dict"]["dense2.weight"].fill_(float("nan")))
    ckpt("string-norm.pt", lambda p: p.update(normalization={"mean": "0.13", "std": "0.3"}))
    ckpt("zero-std.pt", lambda p: p.update(normalization={"mean": 0.13, "std": 0.0}))
    ckpt("history-key.pt", lambda p: p["history"][0].update(epok=p["history"][0].pop("epoch")))
    ckpt("no-kernel.pt", lambda p: (p["arch"][0].pop("kernel") and None) or p["arch"][0].update(kernel="3"))
    ckpt("stride-zero.pt", lambda p: p["arch"][0].update(stride=0))
    ckpt("giant-dense.pt", lambda p: p["arch"][7].update(out=10**12))
    ckpt("ffnn-arch.pt", lambda p: p.update(arch=[{"type": "flatten"}, {"type": "dense", "out": 10}]))
    ckpt("bad-optimizer.pt", lambda p: p.update(optimizer_state="broken"))
    ckpt("no-arch.pt", lambda p: p.pop("arch"))

    # architecture files
    for name, text in {
        "not-json.json": "{layers: conv}", "empty-object.json": "{}", "empty-list.json": "[]",
        "unknown-kind.json": '[{"type": "wormhole"}]', "dense-first.json": '[{"type": "dense", "out": 10}]',
        "kernel-99.json": '[{"type": "conv", "out": 8, "kernel": 99}]',
        "stride-0.json": '[{"type": "conv", "out": 8, "kernel": 3, "stride": 0}]',
        "padding-huge.json": '[{"type": "conv", "out": 8, "kernel": 3, "padding": "huge"}]',
        "seven-outputs.json": '[{"type": "flatten"}, {"type": "dense", "out": 7}]',
        "trillion.json": '[{"type": "flatten"}, {"type": "dense", "out": 1000000000000}]',
        "not-a-layer.json": '["relu"]',
        "shrinks.json": '[{"type": "conv", "out": 4, "kernel": 9}, {"type": "maxpool", "kernel": 4}, '
                        '{"type": "conv", "out": 4, "kernel": 9}]',
        "binary.json": "\udcff",
    }.items():
        if name == "binary.json":
            put(name, b"\xff\xfe\x00garbage")
        else:
            put(name, text)
    (d / "folder.json").mkdir()
    f["folder.json"] = d / "folder.json"

    # data folders
    (d / "no-data").mkdir()
    f["no-data"] = d / "no-data"
    partial = d / "partial"
    partial.mkdir()
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte"):
        with gzip.open(partial / f"{name}.gz", "wb") as handle:
            handle.write(b"\0\0\x08\x03" + b"\0" * 100)
    f["partial"] = partial
    broken = d / "broken-gz"
    broken.mkdir()
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                 "t10k-labels-idx1-ubyte"):
        (broken / f"{name}.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    f["broken-gz"] = broken
    f["nowhere"] = d / "does-not-exist"
    f["cache-file"] = put("cache-file", "a file where the cache folder should be")
    _image_folders(d, f)
    from notebook_files import make_bad_models

    f.update(make_bad_models(d / "models"))  # Keras and ONNX files that can't be cnngui models
    # lessons (issue 33)
    put("no-choices.md", "# T\n\n## S\nask: Which?\n")
    put("both-kinds.md", "# T\n\n## S\nask: Which?\nchoice: a\nchoice: b\nanswer: 3\n")
    put("answer-word.md", "# T\n\n## S\nask: How many?\nanswer: many\n")
    put("huge-choice.md", "# T\n\n## S\nask: Which?\nchoice: " + "x" * 5000 + "\nchoice: b\n")
    put("missing-picture.md", "# T\n\n## S\ndrawing: gone.png\n")
    put("binary-lesson.md", b"# T\n\n## S\n\xff\xfe\x00")
    from fake_servers import FakeServers

    servers = FakeServers()  # not class servers: a web page, a 404, garbage, an endless answer, silence, nobody
    f.update({f"url-{kind}": url for kind, url in servers.urls.items()})
    (d / "class-empty").mkdir()
    f["class-empty"] = d / "class-empty"
    yield f
    servers.stop()


def _image_folders(d, f) -> None:
    """Image folders that can't be datasets, and one whose class folders are not a digits model's."""
    from cnngui.core.data.strokes import render_digit

    def folder(name, classes, images=2):
        root = d / name
        for class_name in classes:
            (root / class_name).mkdir(parents=True, exist_ok=True)
            for i in range(images):
                render_digit(int(class_name) % 10 if class_name.isdigit() else 1,
                             size=64).save(root / class_name / f"{i}.png")
        f[name] = root
        return root

    (d / "images-empty").mkdir()
    f["images-empty"] = d / "images-empty"
    folder("images-one-class", ["3"])
    folder("images-hollow-class", ["0", "1"])
    for png in (d / "images-hollow-class" / "1").iterdir():
        png.unlink()
    folder("images-letters", ["a", "b"])
    folder("images-all-broken", ["0", "1"], images=0)
    for class_name in ("0", "1"):
        for i in range(3):
            (d / "images-all-broken" / class_name / f"x{i}.png").write_bytes(b"\x89PNG not an image")


def files(*names):
    """`cnngui predict` on these image files."""
    return lambda f: ["predict"] + [str(f[n]) for n in names]


def run(args) -> int:
    """The command's exit code, whether it returns it or argparse exits with it."""
    try:
        return main(args)
    except SystemExit as exc:
        return exc.code


# (case id, argv made from the bad files, words the message must contain)
def join(url_key: str, code: str = "7KQ4-MX2P-9TZC"):
    """`cnngui class join` to one of the fake servers."""
    return lambda f: ["class", "join", f[url_key], "--name", "Ann", "--code", code]


CASES = [
    # the class (issue 32): a seat that can't join is told why, in words, and nothing is saved
    ("class-join-nobody", join("url-nobody"), "No class server answers"),
    ("class-join-web-page", join("url-page"), "not as an MLflow class server does"),
    ("class-join-404", join("url-404"), "is not an MLflow class server (it answered 404)"),
    ("class-join-garbage", join("url-garbage"), "not as an MLflow class server does"),
    ("class-join-endless", join("url-endless"), "answer is over 8 MB"),
    ("class-join-hangs", join("url-hangs"), "did not answer within 2 s"),  # the test's timeout (a seat's: 20 s)
    ("class-join-ftp", lambda f: ["class", "join", "ftp://school/class", "--name", "Ann", "--code", "x"],
     "is not a web address"),
    ("class-join-port", lambda f: ["class", "join", "http://127.0.0.1:port", "--name", "Ann", "--code", "x"],
     "is not a number"),
    ("class-join-no-code", join("url-page", code="  "), "Give the join code"),
    ("class-join-no-name", lambda f: ["class", "join", f["url-page"], "--name", "!!", "--code", "x"],
     "at least one letter or digit"),
    ("class-sync-not-joined", lambda f: ["class", "sync"], "in no class"),
    ("class-runs-no-server", lambda f: ["class", "runs", "--dir", str(f["class-empty"])],
     "No class server has been started"),
    ("class-challenge-rule", lambda f: ["class", "challenge", "c1", "--rule", "most-layers:3", "--dir",
                                        str(f["class-empty"])], "KIND one of fewest-params"),
    ("class-challenge-accuracy", lambda f: ["class", "challenge", "c1", "--rule", "fastest:140%", "--dir",
                                            str(f["class-empty"])], "at most 1 (or 100%)"),
    ("class-serve-roster", lambda f: ["class", "serve", "--dir", str(f["class-empty"]), "--roster",
                                      str(f["nowhere"])], "the roster can't be read"),
    # lessons and the report (issue 33)
    ("lesson-no-choices", lambda f: ["lesson", "check", str(f["no-choices.md"])], "needs at least two 'choice:'"),
    ("lesson-both-kinds", lambda f: ["lesson", "check", str(f["both-kinds.md"])], "a question is one kind"),
    ("lesson-answer-word", lambda f: ["lesson", "check", str(f["answer-word.md"])], "'many' is not a number"),
    ("lesson-huge-choice", lambda f: ["lesson", "check", str(f["huge-choice.md"])], "at most 300 fit"),
    ("lesson-missing-picture", lambda f: ["lesson", "check", str(f["missing-picture.md"])], "does not exist"),
    ("lesson-binary", lambda f: ["lesson", "check", str(f["binary-lesson.md"])], "not text (UTF-8)"),
    ("lesson-not-there", lambda f: ["lesson", "check", "/nonexistent/lesson.md"], "does not exist"),
    ("report-no-answers", lambda f: ["report", "--lesson", "nothing", "--html", str(f["no-choices.md"]) + ".html"],
     "No answers to the lesson"),
    # arguments
    ("epochs-0", lambda f: ["train", "--epochs", "0"], "must be at least 1"),
    ("epochs-word", lambda f: ["train", "--epochs", "three"], "is not a whole number"),
    ("batch-negative", lambda f: ["train", "--batch-size", "-5"], "must be at least 1"),
    ("lr-zero", lambda f: ["train", "--lr", "0"], "must be above 0"),
    ("lr-word", lambda f: ["train", "--lr", "fast"], "is not a number"),
    ("lr-nan", lambda f: ["train", "--lr", "nan"], "must be above 0"),
    ("lr-huge", lambda f: ["train", "--lr", "1e9"], "learning rate must be"),
    ("optimizer", lambda f: ["train", "--optimizer", "rmsprop"], "invalid choice"),
    ("device-cuda", lambda f: ["train", "--device", "cuda:7"], "cuda"),
    ("device-tpu", lambda f: ["train", "--device", "tpu"], "tpu"),
    ("preset", lambda f: ["train", "--preset", "turbo"], "Unknown preset 'turbo'"),
    ("seed-negative", lambda f: ["train", "--seed", "-1"], "seed must be a non-negative whole number"),
    ("subset-0", lambda f: ["train", "--subset", "0"], "must be at least 1"),
    ("dataset", lambda f: ["train", "--dataset", "imagenet"], "invalid choice"),
    ("download-no-folder", lambda f: ["train", "--download"], "--download needs --data DIR"),
    ("command", lambda f: ["paint"], "invalid choice"),
    ("summary-two-sources", lambda f: ["summary", "--ffnn", "--arch", "seed"], "not allowed with"),
    ("predict-nothing", lambda f: ["predict"], "the following arguments are required"),
    ("arch-preset-typo", lambda f: ["summary", "--arch", "dep"], "no preset of that name"),
    # images
    ("image-missing", lambda f: ["predict", str(f["text.png"]) + ".nope"], "does not exist"),
    ("image-empty", files("empty.png"), "is an empty file"),
    ("image-text", files("text.png"), "is not an image cnngui can read"),
    ("image-truncated", files("truncated.png"), "damaged or truncated"),
    ("image-folder", files("a-folder.png"), "does not exist"),
    ("image-white", files("white.png"), "blank"),
    ("image-black", files("black.png"), "blank"),
    ("image-grey", files("grey.png"), "blank"),
    ("image-one-pixel", files("one-pixel.png"), "blank"),
    ("image-lab", files("lab.tif"), "LAB colour mode"),
    ("image-nan", files("nan.tif"), "no usable pixel values"),
    ("image-huge", files("huge.png"), "far too large"),
    ("image-corrupt-jpeg", files("corrupt.jpg"), "damaged or truncated"),
    ("image-a-checkpoint", lambda f: ["predict", str(f["tampered.pt"])], "is not an image"),
    # checkpoints
    ("ckpt-missing", lambda f: ["evaluate", "--model", str(f["no-data"] / "x.pt")], "does not exist"),
    ("ckpt-folder", lambda f: ["summary", "--model", str(f["no-data"])], "is a folder, not a model file"),
    ("ckpt-empty", lambda f: ["summary", "--model", str(f["empty.pt"])], "it is empty"),
    ("ckpt-text", lambda f: ["summary", "--model", str(f["text.pt"])], "not a PyTorch file"),
    ("ckpt-truncated", lambda f: ["summary", "--model", str(f["truncated.pt"])], "truncated or corrupt"),
    ("ckpt-foreign", lambda f: ["summary", "--model", str(f["foreign.pt"])], "not a cnngui checkpoint"),
    ("ckpt-code", lambda f: ["summary", "--model", str(f["code-zip.pt"])], "could run code"),
    ("ckpt-raw-pickle", lambda f: ["summary", "--model", str(f["code.pt"])], "plain Python pickle"),
    ("ckpt-tampered", lambda f: ["summary", "--model", str(f["tampered.pt"])], "has been altered"),
    ("ckpt-newer", lambda f: ["summary", "--model", str(f["newer.pt"])], "newer cnngui"),
    ("ckpt-nan", lambda f: ["predict", str(f["white.png"]), "--model", str(f["nan-weights.pt"])], "NaN or infinite"),
    ("ckpt-string-norm", lambda f: ["summary", "--model", str(f["string-norm.pt"])], "normalisation mean"),
    ("ckpt-zero-std", lambda f: ["summary", "--model", str(f["zero-std.pt"])], "std must be above 0"),
    ("ckpt-history", lambda f: ["train", "--resume", str(f["history-key.pt"]), "--epochs", "5"], "history entry 1"),
    ("ckpt-kernel-string", lambda f: ["summary", "--model", str(f["no-kernel.pt"])], "whole number"),
    ("ckpt-stride-zero", lambda f: ["summary", "--model", str(f["stride-zero.pt"])], "stride must be from 1"),
    ("ckpt-giant", lambda f: ["summary", "--model", str(f["giant-dense.pt"])], "units must be from 1 to 8192"),
    ("ckpt-ffnn-arch", lambda f: ["train", "--resume", str(f["ffnn-arch.pt"]), "--epochs", "5"], "do not fit"),
    ("ckpt-optimizer", lambda f: ["train", "--resume", str(f["bad-optimizer.pt"]), "--epochs", "5"],
     "optimizer_state"),
    ("ckpt-no-arch", lambda f: ["summary", "--model", str(f["no-arch.pt"])], "a required field is missing"),
    ("ckpt-resume-done", lambda f: ["train", "--resume", str(f["white.png"]).replace("white.png", "nan-weights.pt")],
     "NaN or infinite"),
    # architecture files
    ("arch-not-json", lambda f: ["summary", "--arch", str(f["not-json.json"])], "not valid JSON"),
    ("arch-object", lambda f: ["summary", "--arch", str(f["empty-object.json"])], "list of layers"),
    ("arch-empty", lambda f: ["summary", "--arch", str(f["empty-list.json"])], "list of layers"),
    ("arch-unknown", lambda f: ["summary", "--arch", str(f["unknown-kind.json"])], "not a layer kind"),
    ("arch-dense-first", lambda f: ["summary", "--arch", str(f["dense-first.json"])], "add a flatten layer"),
    ("arch-kernel-99", lambda f: ["summary", "--arch", str(f["kernel-99.json"])], "kernel size must be from 1 to 15"),
    ("arch-stride-0", lambda f: ["summary", "--arch", str(f["stride-0.json"])], "stride must be from 1 to 5"),
    ("arch-padding", lambda f: ["summary", "--arch", str(f["padding-huge.json"])], 'whole number or "same"'),
    ("arch-seven", lambda f: ["train", "--arch", str(f["seven-outputs.json"])], "one output per class (10)"),
    ("arch-trillion", lambda f: ["summary", "--arch", str(f["trillion.json"])], "units must be from 1 to 8192"),
    ("arch-not-a-layer", lambda f: ["summary", "--arch", str(f["not-a-layer.json"])], "must be an object"),
    ("arch-shrinks", lambda f: ["summary", "--arch", str(f["shrinks.json"])], "shrink to nothing"),
    ("arch-binary", lambda f: ["summary", "--arch", str(f["binary.json"])], "cannot be read"),
    ("arch-folder", lambda f: ["summary", "--arch", str(f["folder.json"])], "is a folder"),
    ("arch-missing", lambda f: ["train", "--arch", str(f["no-data"] / "net.json")], "does not exist"),
    # data folders
    ("data-missing", lambda f: ["evaluate", "--data", str(f["nowhere"])], "does not exist"),
    ("data-empty", lambda f: ["evaluate", "--data", str(f["no-data"])], "are missing from"),
    ("data-partial", lambda f: ["evaluate", "--data", str(f["partial"])], "t10k-labels-idx1-ubyte.gz is missing"),
    ("data-broken-gz", lambda f: ["train", "--data", str(f["broken-gz"])], "cannot be decompressed"),
    ("data-fashion-unbundled", lambda f: ["train", "--dataset", "fashion-mnist"], "does not ship with cnngui"),
    ("data-fashion-wrong-files", lambda f: ["train", "--dataset", "kmnist", "--data", str(f["broken-gz"])],
     "another dataset's"),
    # image folders
    ("images-missing", lambda f: ["train", "--images", str(f["nowhere"])], "does not exist"),
    ("images-empty", lambda f: ["train", "--images", str(f["images-empty"])], "has no class folders"),
    ("images-one-class", lambda f: ["train", "--images", str(f["images-one-class"])], "a classifier needs two"),
    ("images-hollow-class", lambda f: ["train", "--images", str(f["images-hollow-class"])], "holds no images"),
    ("images-all-broken", lambda f: ["train", "--images", str(f["images-all-broken"])], "no readable training image"),
    ("images-a-file", lambda f: ["train", "--images", str(f["cache-file"])], "is a file, not a folder"),
    ("images-freeze-alone", lambda f: ["train", "--images", str(f["images-letters"]), "--freeze-features"],
     "give it with --init"),
    ("images-evaluate-classes", lambda f: ["evaluate", "--images", str(f["images-letters"])],
     "are not the model's classes"),
    # Keras and ONNX models (issue 23): refused by name, nothing from the file run
    *[(f"model-{name}", (lambda n: lambda f: ["evaluate", "--model", str(f[n])])(name), words) for name, words in (
        ("conv1d.keras", "is a Conv1D"), ("lstm.keras", "is a LSTM"), ("lambda.keras", "nothing from the file is run"),
        ("rgb.keras", "has 3 channels"), ("not-keras.keras", "without config.json"), ("bomb.keras", "would unpack to"),
        ("truncated.h5", "truncated file"), ("text.onnx", "not an ONNX model"), ("lstm-op.onnx", "is a LRN"),
        ("branch.onnx", "the graph branches"), ("two-inputs.onnx", "has 2 inputs"), ("rgb.onnx", "has 3 channels"),
        ("truncated-tensor.onnx", "is truncated"), ("huge-shape.onnx", "declares 90,000,000,000 values"))],
    ("model-init-lambda", lambda f: ["train", "--images", str(f["images-letters"]), "--init", str(f["lambda.keras"])],
     "is a Lambda"),
]


@pytest.mark.parametrize("case,argv,words", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_one_line_exit_2_and_the_output_survives(case, argv, words, bad, tmp_path, capsys,
                                                                 monkeypatch):
    monkeypatch.setenv("CNNGUI_CACHE_DIR", str(tmp_path / "cache"))
    from cnngui.core.classroom import membership

    monkeypatch.setattr(membership, "JOIN_TIMEOUT_S", 2.0)  # a hanging server is said after 2 s here, not 20
    out = tmp_path / "kept.pt"
    out.write_bytes(OUT_BYTES)
    args = argv(bad)
    if args[0] == "train":
        args += ["--out", str(out), "--device", args[args.index("--device") + 1] if "--device" in args else "cpu"]
        if args.count("--device") > 1:
            first = args.index("--device")
            del args[first:first + 2]
    code = run(args)
    err = capsys.readouterr().err
    assert code == 2, (case, err)
    assert words in err, (case, err)
    assert err.count("\n") == 1 and "Traceback" not in err, (case, err)
    assert out.read_bytes() == OUT_BYTES


def test_the_catalogue_has_at_least_sixty_cases():
    assert len(CASES) >= 60 and len({c[0] for c in CASES}) == len(CASES)


def test_the_cache_folder_being_a_file_is_one_line(bad, capsys, monkeypatch):
    monkeypatch.setenv("CNNGUI_CACHE_DIR", str(bad["cache-file"]))
    assert main(["evaluate", "--subset", "10"]) == 2
    err = capsys.readouterr().err
    assert "set CNNGUI_CACHE_DIR" in err and err.count("\n") == 1


GUI_CASES = [
    ("open_model", ["empty.pt", "text.pt", "truncated.pt", "foreign.pt", "code-zip.pt", "tampered.pt", "newer.pt",
                    "nan-weights.pt", "string-norm.pt", "zero-std.pt", "history-key.pt", "no-kernel.pt",
                    "stride-zero.pt", "giant-dense.pt", "ffnn-arch.pt", "bad-optimizer.pt", "no-arch.pt",
                    "text.png", "no-data", "lambda.keras", "bomb.keras", "truncated.h5", "branch.onnx",
                    "huge-shape.onnx"]),
    ("open_architecture", ["not-json.json", "empty-object.json", "empty-list.json", "unknown-kind.json",
                           "dense-first.json", "kernel-99.json", "stride-0.json", "padding-huge.json",
                           "trillion.json", "not-a-layer.json", "shrinks.json", "binary.json", "folder.json"]),
    ("open_image", ["empty.png", "text.png", "truncated.png", "lab.tif", "nan.tif", "huge.png", "corrupt.jpg",
                    "tampered.pt"]),
    ("resume_from", ["history-key.pt", "ffnn-arch.pt", "bad-optimizer.pt", "text.pt", "nan-weights.pt"]),
    ("set_image_folder", ["nowhere", "images-empty", "images-one-class", "images-hollow-class", "cache-file"]),
]


@pytest.mark.parametrize("opener,names", GUI_CASES, ids=[c[0] for c in GUI_CASES])
def test_every_open_path_of_the_window_refuses_bad_files_with_a_dialog(qtbot, make_window, bad, opener, names):
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    target = {"open_model": window, "open_architecture": window.network_tab, "open_image": window.draw_tab,
              "resume_from": window.train_tab, "set_image_folder": window.train_tab}[opener]
    state = window.state
    model, arch, picture = state.checkpoint, list(state.architecture), state.picture
    for name in names:
        before = len([b for b in window.findChildren(QMessageBox) if b.isVisible()])
        result = getattr(target, opener)(bad[name])
        if hasattr(result, "sig_done"):  # decoded in the background: wait for it
            with qtbot.waitSignal(result.sig_done, timeout=20_000):
                pass
            result = result.finished_ok
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        assert result is not True and len(boxes) == before + 1, (opener, name)
        assert str(bad[name]).split("/")[-1] in boxes[-1].text() or "Cannot" in boxes[-1].windowTitle(), name
        boxes[-1].close()
        assert state.checkpoint is model and state.architecture == arch and state.picture is picture, name
        assert not window.train_tab.running, name

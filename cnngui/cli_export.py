"""`cnngui export`: a model as ONNX, a network as PyTorch or Keras code.

    cnngui export --model M|bundled --onnx OUT.onnx
    cnngui export (--arch FILE|PRESET | --model M|bundled) --code pytorch|keras --out OUT.py

The ONNX file's input is `image` (float32 N×C×H×W, pixels 0..1 as the dataset's images, the normalisation
inside the graph), its output `probabilities` (softmax, with the temperature fitted on half of the test
set where cnngui has that set); it passes `onnx.checker` and, where onnxruntime is installed, is run once
and compared with cnngui's own answers.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cnngui.errors import UserError


def add_parser(sub) -> None:
    export = sub.add_parser("export", help="write a model as ONNX, or a network as PyTorch or Keras code")
    source = export.add_mutually_exclusive_group()
    source.add_argument("--model", metavar="M|bundled", help="a model file (cnngui, Keras or ONNX), or 'bundled'")
    source.add_argument("--arch", metavar="FILE.json|PRESET", help="a network (an architecture file or a preset)")
    export.add_argument("--onnx", type=Path, metavar="OUT.onnx", help="write the model as ONNX")
    export.add_argument("--code", choices=["pytorch", "keras"], help="write the network as a script")
    export.add_argument("--out", type=Path, metavar="OUT.py", help="where --code writes the script")
    export.add_argument("--diagram", type=Path, metavar="OUT.svg|OUT.png", help="draw the network as a picture")
    export.add_argument("--image", type=Path, help="with --diagram and a model: show each layer's maps for this image")
    export.add_argument("--unit", metavar="LAYER:Y:X",
                        help="with --diagram: trace this unit's receptive field (conv2:5:5)")


def _model(value: str | None):
    from cnngui.core.training.continuing import load_start

    return load_start(value or "bundled")


def _temperature(checkpoint) -> tuple[float, str]:
    """The temperature that makes the model's confidence honest, from half of its test set (1 without one)."""
    from cnngui.core.data import sources
    from cnngui.core.evaluation.report import make_report

    spec = checkpoint.spec
    if not spec.bundled:
        return 1.0, f"not calibrated: cnngui does not have {spec.title}'s test set here (temperature 1)"
    images, labels = sources.load_test(spec, None)
    temperature = make_report(checkpoint.build(), checkpoint.normalization, spec, images,
                              labels).calibration.temperature
    return temperature, f"temperature {temperature:.3f}, fitted on half of {spec.title}'s test set"


def _check_with_onnxruntime(checkpoint, path: Path, temperature: float) -> str:
    """Run the file once in onnxruntime beside cnngui (a test dependency: skipped where it isn't installed)."""
    try:
        import onnxruntime
    except ImportError:
        return "onnxruntime is not installed here: the file was checked by onnx.checker only"
    import numpy as np
    import torch

    from cnngui.core.data.normalize import normalize

    x = np.random.default_rng(0).random((8, *checkpoint.spec.input_shape)).astype(np.float32)
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    theirs = session.run(["probabilities"], {"image": x})[0]
    with torch.no_grad():
        ours = torch.softmax(checkpoint.build()(normalize(torch.from_numpy(x), checkpoint.normalization)) / temperature,
                             1).numpy()
    return f"onnxruntime gives cnngui's probabilities to {float(np.abs(theirs - ours).max()):.1e}"


def cmd_export(args: argparse.Namespace) -> int:
    if not args.onnx and not args.code and not args.diagram:
        raise UserError("Say what to export: --onnx OUT.onnx, --code pytorch|keras --out OUT.py, or --diagram "
                        "OUT.svg|OUT.png.")
    if args.onnx:
        if args.arch:
            raise UserError("--onnx exports a trained model: give --model M|bundled (a network alone has no weights).")
        from cnngui.core.model_files.onnx_model import export_onnx

        checkpoint = _model(args.model)
        temperature, how = _temperature(checkpoint)
        export_onnx(checkpoint, args.onnx, temperature)
        print(f"Wrote {args.onnx}: input 'image' (N×{'×'.join(map(str, checkpoint.spec.input_shape))}, pixels 0..1), "
              f"output 'probabilities' ({checkpoint.spec.num_classes} classes); {how}.")
        print(_check_with_onnxruntime(checkpoint, args.onnx, temperature))
    if args.code:
        _export_code(args)
    if args.diagram:
        _export_diagram(args)
    return 0


def _unit_index(value: str, names: list[str]) -> tuple[int, int, int]:
    """--unit LAYER:Y:X as (layer index, y, x) of the network whose layers are `names`."""
    from cnngui.core.network.diagram import parse_unit

    try:
        name, y, x = parse_unit(value)
    except ValueError as exc:
        raise UserError(f"--unit {value}: {exc}.") from None
    if name not in names:
        raise UserError(f"--unit {value}: the network has no layer {name!r} (it has {', '.join(names)}).")
    return names.index(name), y, x


def _export_diagram(args) -> None:
    """The diagram drawn without a window (Qt offscreen), as SVG (a text element per layer) or PNG."""
    import os

    from cnngui.core.data.datasets import MNIST
    from cnngui.core.network.architecture import named_or_file

    if args.diagram.suffix.lower() not in (".svg", ".png"):
        raise UserError(f"--diagram {args.diagram}: write an .svg or a .png file.")
    checkpoint = None
    if args.arch:
        arch, _ = named_or_file(args.arch)
        spec = MNIST
        if args.image:
            raise UserError("--image shows a trained model's maps: give --model M|bundled, not --arch.")
    else:
        checkpoint = _model(args.model)
        arch, spec = checkpoint.arch, checkpoint.spec
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["cnngui"])  # noqa: F841 - painting needs one
    from cnngui.core.network import diagram
    from cnngui.ui.look import slides
    from cnngui.ui.widgets.diagram import DiagramView

    view = DiagramView()
    view.set_network(arch, spec.input_shape, spec.num_classes)
    lay = view.layout_
    if args.image:
        from cnngui.core.data.preprocess import load_image
        from cnngui.core.evaluation.predict import Predictor
        from cnngui.core.inspection.introspection import feature_maps

        predictor = Predictor(checkpoint)
        pre = predictor.preprocess(load_image(args.image))
        view.set_outputs(None if pre.empty else feature_maps(predictor.model, pre.tensor), pre.image28)
    if args.unit:
        layer, y, x = _unit_index(args.unit, [slab.name for slab in lay.slabs[1:]])
        if not view.unit_fits(layer, y, x):
            raise UserError(f"--unit {args.unit}: {lay.slab(layer).name} has no unit ({y}, {x}); its output is "
                            f"{'×'.join(map(str, lay.slab(layer).shape or ()))}.")
        view.set_unit(layer, y, x)
    view.resize(round(max(lay.width, len(lay.slabs) * 70)), round(lay.height - diagram.LABEL_HEIGHT) + 110)
    slides.save(view, args.diagram)
    print(f"Wrote {args.diagram}: {len(lay.slabs) - 1} layers" + (f", the cone of {args.unit}" if args.unit else "")
          + (f", the maps of {args.image.name}" if args.image else "") + ".")


def _export_code(args) -> None:
    from cnngui.core.atomic import write_text_atomic
    from cnngui.core.data.datasets import MNIST
    from cnngui.core.model_files.code_export import network_code
    from cnngui.core.network.architecture import named_or_file

    if not args.out:
        raise UserError("--code writes a script: give it a file with --out OUT.py.")
    if args.arch:
        arch, title = named_or_file(args.arch)
        spec, normalization = MNIST, None
    else:
        checkpoint = _model(args.model)
        arch, title, spec, normalization = checkpoint.arch, args.model or "the bundled model", checkpoint.spec, \
            checkpoint.normalization
    text = network_code(arch, args.code, spec, normalization, title=f"{title}", file=args.out.name)
    write_text_atomic(args.out, text)
    print(f"Wrote {args.out}: build_model() returns the network ({args.code}); run it to train on {spec.title}.")

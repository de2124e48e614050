"""The `cnngui` command: the app with no arguments, and headless train/evaluate/predict/summary/self-test.

Every problem the user can fix ends as one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from cnngui.errors import UserError

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{value} must be above 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    from cnngui import __version__

    parser = _Parser(prog="cnngui", description="See convolutional neural networks learn MNIST. "
                     "With no command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"cnngui {__version__}")
    parser.add_argument("--lesson", metavar="FILE.md", type=Path,
                        help="open the app with this lesson in its side panel (see the teacher's guide for the format)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("gui", help="open the desktop app (the default)")

    train = sub.add_parser("train", help="train a network (the seed CNN unless --arch) on a dataset")
    train.add_argument("--preset", default="fast", help="seed, fast (default) or bundled")
    train.add_argument("--arch", metavar="FILE.json|PRESET",
                       help="the network to train: an architecture file, or one of the Network tab's presets "
                            "(seed, ffnn, deep, lenet5, allconv); default: the seed CNN")
    train.add_argument("--epochs", type=_positive_int)
    train.add_argument("--batch-size", type=_positive_int)
    train.add_argument("--lr", type=_positive_float, help="learning rate (peak rate for one-cycle)")
    train.add_argument("--optimizer", choices=["adam", "adamw", "sgd"])
    train.add_argument("--device", default="auto", help="auto, cpu, cuda, cuda:N or mps")
    train.add_argument("--seed", type=int)
    train.add_argument("--out", type=Path, default=Path("cnngui-model.pt"), help="checkpoint to write (each epoch)")
    train.add_argument("--resume", type=Path, help="continue from this checkpoint")
    train.add_argument("--name", help="the run's name in the runs list (default: the network and learning rate)")
    train.add_argument("--no-run", action="store_true", help="don't keep this training in the runs list")
    train.add_argument("--challenge", metavar="NAME", help="a class challenge this training enters (a joined seat)")
    train.add_argument("--images", type=Path, metavar="DIR",
                       help="train on an image folder: DIR/<class>/*.png (or DIR/train/<class>, DIR/test/<class>)")
    train.add_argument("--test-images", type=Path, metavar="DIR2", help="the folder's test images (default: a "
                       "seeded 20%% of each class held out)")
    train.add_argument("--init", metavar="MODEL|bundled",
                       help="start from this model's weights (a new last layer where the classes differ)")
    train.add_argument("--freeze-features", action="store_true",
                       help="with --init: keep every layer up to the flatten fixed (transfer learning)")
    _data_args(train)

    evaluate = sub.add_parser("evaluate", help="test accuracy, per-class figures and the confusion matrix of a model")
    evaluate.add_argument("--model", type=Path, help="checkpoint (default: the bundled model)")
    evaluate.add_argument("--device", default="auto")
    evaluate.add_argument("--json", action="store_true",
                          help="print accuracy, loss, per-class figures and the confusion matrix as JSON")
    evaluate.add_argument("--images", type=Path, metavar="DIR",
                          help="every image under DIR/<class>/ (its class folders must be the model's classes)")
    _data_args(evaluate)

    runs = sub.add_parser("runs", help="list the kept trainings (from the app and from `cnngui train`)")
    runs.add_argument("--json", action="store_true", help="print JSON")

    predict = sub.add_parser("predict", help="classify images")
    predict.add_argument("images", nargs="+", type=Path)
    predict.add_argument("--model", type=Path, help="checkpoint (default: the bundled model)")
    predict.add_argument("--json", action="store_true", help="print JSON")

    summary = sub.add_parser("summary", help="print a network's layers, shapes, parameters and receptive fields")
    which = summary.add_mutually_exclusive_group()
    which.add_argument("--model", type=Path, help="checkpoint (default: the seed CNN)")
    which.add_argument("--arch", metavar="FILE.json|PRESET", help="an architecture file or a preset name")
    which.add_argument("--ffnn", action="store_true", help="the dense baseline instead")
    summary.add_argument("--json", action="store_true", help="print JSON")

    from cnngui import cli_export

    cli_export.add_parser(sub)
    from cnngui import cli_lesson

    cli_lesson.add_parser(sub)
    from cnngui import cli_class

    cli_class.add_parser(sub)

    selftest = sub.add_parser("self-test", help="check data, model, prediction, training and the window")
    selftest.add_argument("--no-gui", action="store_true", help="skip the window and worker checks")
    return parser


def _data_args(parser: argparse.ArgumentParser) -> None:
    from cnngui.core.data.datasets import DATASETS

    parser.add_argument("--dataset", choices=list(DATASETS), default=None,
                        help="mnist (bundled, the default), fashion-mnist or kmnist (from --data)")
    parser.add_argument("--data", type=Path, help="folder with the dataset's four files (default: bundled MNIST)")
    parser.add_argument("--subset", type=_positive_int, metavar="N",
                        help="use only the first N training images (a quick try)")
    parser.add_argument("--download", action="store_true",
                        help="download the dataset into --data when its files are missing (needs internet)")


def _load_data(args, spec=None):
    """The dataset named by --dataset (or `spec`, the model's), from --data or the bundled files."""
    from cnngui.core.data.datasets import get_dataset
    from cnngui.core.data.loading import download_dataset, load_dataset

    spec = get_dataset(args.dataset) if args.dataset else (spec or get_dataset("mnist"))
    if args.download:
        if args.data is None:
            raise UserError(f"--download needs --data DIR: the folder to download {spec.title} into.")
        try:
            data = load_dataset(spec, args.data)
        except UserError:
            data = load_dataset(spec, download_dataset(spec, args.data))
    else:
        data = load_dataset(spec, args.data)
    if args.subset:
        data = data.subset(train=args.subset)
    return data


def cmd_train(args) -> int:
    from cnngui.cli_progress import KerasProgress
    from cnngui.core.model_files.checkpoint import load_checkpoint
    from cnngui.core.network.architecture import named_or_file
    from cnngui.core.training.continuing import TrainingSession, continued_config, resume_state
    from cnngui.core.training.recipes import preset

    resume, ckpt, options = None, None, {}
    chosen = dict(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr, optimizer=args.optimizer,
                  seed=args.seed, device=args.device)
    if args.images and not args.resume:  # a checkpoint continues on its own data
        data, config, arch, options = _folder_training(args, chosen)
    else:
        if args.resume:
            ckpt = load_checkpoint(args.resume)
            resume = resume_state(ckpt)
            options = {"normalization": ckpt.normalization}  # its own input convention (a Keras model: / 255)
            if args.device == "auto":  # the default, not a choice: the recipe's device stands
                chosen["device"] = None
            try:
                config = continued_config(ckpt, preset(args.preset), **chosen)
            except UserError as exc:
                raise UserError(f"{args.resume}: {exc} (--epochs)") from None
        else:
            config = preset(args.preset, **chosen)
        config.validate()
        arch = ckpt.arch if ckpt else None
        if args.arch:
            arch, _ = named_or_file(args.arch)
            if ckpt and arch != ckpt.arch:
                raise UserError(f"{args.arch} is not the network {args.resume} was trained with; leave out --arch to "
                                "continue it.")
        data = _load_data(args, ckpt.spec if ckpt else None)
    progress = KerasProgress(args.out)
    session = TrainingSession(data, config, arch, progress, resume=resume, keep_run=not args.no_run,
                              run_name=args.name or "", warn=lambda text: print(text, file=sys.stderr),
                              challenge=args.challenge or "", **options)
    progress.start(session.trainer)
    try:
        result = session.run()
    except KeyboardInterrupt:
        session.trainer.control.stop()
        print("\nInterrupted; the model of the last finished epoch is in", args.out, file=sys.stderr)
        return 130
    progress.finish(result)
    if session.reporter is not None:
        _send_to_class()
    return 0


def _send_to_class() -> None:
    """After `cnngui train` on a joined seat: send what waits, briefly; what can't go now goes later."""
    from cnngui.core.classroom import sender

    shared = sender.shared()
    shared.timeout = 2.0
    report = shared.send_now(budget_s=4.0, wait_s=3.0)
    if report.error is None and not report.waiting:
        print("Everything is sent to the class.", file=sys.stderr)
    else:
        why = f" ({report.error})" if report.error else ""
        print(f"{report.waiting} items wait to be sent to the class{why}; they go with the next cnngui you start, "
              "or now with cnngui class sync.", file=sys.stderr)


def _folder_training(args, chosen: dict):
    """`train --images DIR`: (data, config, network, trainer options) for a folder's classes, from scratch or
    from a trained model (--init), with defaults chosen from the folder's size and printed."""
    from cnngui.core.data.datasets import MNIST
    from cnngui.core.data.image_folder import load_image_folder
    from cnngui.core.network.architecture import SEED_CNN, named_or_file
    from cnngui.core.training.continuing import load_start
    from cnngui.core.training.folder_plan import plan_folder_training
    from cnngui.core.training.recipes import preset

    if args.freeze_features and not args.init:
        raise UserError("--freeze-features keeps the features of a trained model: give it with --init MODEL|bundled.")
    start = load_start(args.init) if args.init else None
    # a folder of drawings is framed and normalised as the data its start model (or MNIST's digits) learnt from
    folder = load_image_folder(args.images, args.test_images, base=start.spec if start else MNIST)
    data = folder.data
    print(f"Image folder {folder.scan.root}: {data.spec.num_classes} classes ({', '.join(data.spec.class_names)}), "
          f"{len(data.train_images)} training and {len(data.test_images)} test images; {folder.scan.split_text}.")
    _report_skipped(folder.skipped)
    arch = [] if start else named_or_file(args.arch)[0] if args.arch else [dict(layer) for layer in SEED_CNN]
    plan = plan_folder_training(len(data.train_images), data.spec.num_classes, arch, start, args.freeze_features)
    print(plan.settings_line)
    config = preset(args.preset, **{**plan.settings, **{key: val for key, val in chosen.items() if val is not None}})
    if start is not None:
        frozen = f", layers 1-{plan.frozen_layers} fixed" if plan.frozen_layers else ""
        print(f"Starting from {args.init}'s weights{frozen}; a new last layer for {data.spec.num_classes} classes"
              if start.spec.class_names != data.spec.class_names else f"Starting from {args.init}'s weights{frozen}.")
    return data, config, plan.arch, plan.options


def _report_skipped(skipped: list) -> None:
    """Name the files of a folder that are not readable images (the first ten), on stderr."""
    for path, why in skipped[:10]:
        print(f"  skipped {path}: {why}", file=sys.stderr)
    if skipped:
        print(f"Skipped {len(skipped)} files that are not readable images (named above"
              f"{', the first 10' if len(skipped) > 10 else ''}): one broken file costs only itself.", file=sys.stderr)


def cmd_runs(args) -> int:
    import json

    from cnngui.core.training.runs import RunStore

    runs, skipped = RunStore().list()
    for line in skipped:
        print(line, file=sys.stderr)
    if args.json:
        print(json.dumps([run.summary() for run in runs], indent=1))
        return 0
    if not runs:
        print("No runs yet: train with `cnngui train` or in the app's Train tab.")
        return 0
    print(f"{'id':<18} {'name':<30} {'network':<22} {'params':>9} {'epochs':>6} {'best test':>9} {'time':>7}  device")
    for run in runs:
        row = run.summary()
        best = f"{row['best_test_accuracy']:.2%}" if row["best_test_accuracy"] is not None else "-"
        print(f"{row['id']:<18} {row['name'][:30]:<30} {row['network'][:22]:<22} {row['params']:>9,} "
              f"{row['epochs']:>6} {best:>9} {row['seconds']:>6.0f}s  {row['device']}")
    return 0


def cmd_evaluate(args) -> int:
    import json

    from cnngui.core.devices import resolve_device
    from cnngui.core.evaluation.predict import Predictor
    from cnngui.core.evaluation.report import make_report

    predictor = Predictor.from_file(args.model)
    if args.images:
        return _evaluate_folder(args, predictor)
    data = _load_data(args, predictor.dataset)
    if data.spec.key != predictor.dataset.key:
        raise UserError(f"The model was trained on {predictor.dataset.title}, not {data.spec.title}: "
                        f"evaluate it with --dataset {predictor.dataset.key}.")
    resolve_device(args.device)  # a device that isn't there is still an error; one test pass runs on the CPU
    evaluation = make_report(predictor.model, predictor.normalization, data.spec, data.test_images,
                             data.test_labels).evaluation
    if args.json:
        print(json.dumps(evaluation.to_json(), indent=2))
        return 0
    print(f"Model: {args.model or 'bundled model'} ({data.spec.title})")
    print(evaluation.text())
    return 0


def _evaluate_folder(args, predictor) -> int:
    """`cnngui evaluate --images DIR`: every image under DIR's class folders, which must be the model's classes;
    accuracy per writer where the folder names them (`<class>/<writer>/…` or `<writer>-001.png`)."""
    import json

    from cnngui.core.evaluation.report import score_folder

    score = score_folder(predictor.model, predictor.normalization, predictor.dataset, args.images)
    _report_skipped(score.skipped)
    evaluation = score.evaluation
    per_writer = score.per_writer()
    if args.json:
        print(json.dumps({**evaluation.to_json(), "per_writer": [
            {"writer": name, "images": count,
             "accuracy": accuracy} for name, count, accuracy in per_writer]}, indent=2))
        return 0
    print(f"Model: {args.model or 'bundled model'} on the image folder {args.images} ({len(score.writers)} images"
          + (f", {len(score.skipped)} skipped" if score.skipped else "") + ")")
    if per_writer:
        print("Per writer: " + ", ".join(f"{name} {accuracy:.4f} ({count})" for name, count, accuracy in per_writer))
    print(evaluation.text())
    return 0


def cmd_predict(args) -> int:
    from cnngui.core.evaluation.predict import Predictor
    from cnngui.errors import ImageError

    predictor = Predictor.calibrated(args.model)  # "not sure" as the app judges it: made once, then kept
    results = []
    for path in args.images:
        prediction = predictor.predict(path)
        if prediction.index is None:
            raise ImageError(f"Image {path} holds no {predictor.dataset.noun}: it is blank or has too little contrast.")
        # "digit" is the class index, as in the first release; "class" is its name in the model's dataset.
        results.append({"path": str(path), "digit": prediction.index, "class": prediction.class_name,
                        "confidence": round(prediction.confidence, 6),
                        "probabilities": [round(p, 6) for p in prediction.probabilities],
                        "framing": "reframed" if prediction.preprocessed.reframed else "as is",
                        "not_sure": bool(prediction.not_sure) if predictor.calibration is not None else None,
                        "strangeness": None if prediction.strangeness is None else round(float(prediction.strangeness),
                                                                                         6)})
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(f"{r['path']}: {r['class']} ({r['confidence']:.1%})")
    return 0


def cmd_summary(args) -> int:
    from cnngui.core.model_files.checkpoint import load_checkpoint
    from cnngui.core.network.architecture import (
        FFNN_BASELINE,
        INPUT_SHAPE,
        SEED_CNN,
        named_or_file,
        summary_json,
        summary_table,
    )

    input_shape = INPUT_SHAPE
    if args.model:
        ckpt = load_checkpoint(args.model)
        arch, title, input_shape = ckpt.arch, args.model.name, ckpt.spec.input_shape
    elif args.arch:
        arch, title = named_or_file(args.arch)
    elif args.ffnn:
        arch, title = FFNN_BASELINE, "ffnn"
    else:
        arch, title = SEED_CNN, "cnn"
    if args.json:
        print(json.dumps(summary_json(arch, input_shape), indent=2))
    else:
        print(summary_table(arch, title, input_shape))
    return 0


def cmd_self_test(args) -> int:
    from cnngui.selftest import run_self_test

    return run_self_test(gui=not args.no_gui)


COMMANDS = {"train": cmd_train, "evaluate": cmd_evaluate, "predict": cmd_predict,
            "summary": cmd_summary, "self-test": cmd_self_test, "runs": cmd_runs,
            "export": lambda args: __import__("cnngui.cli_export", fromlist=["cmd_export"]).cmd_export(args),
            "lesson": lambda args: __import__("cnngui.cli_lesson", fromlist=["cmd_lesson"]).cmd_lesson(args),
            "report": lambda args: __import__("cnngui.cli_lesson", fromlist=["cmd_report"]).cmd_report(args),
            "class": lambda args: __import__("cnngui.cli_class", fromlist=["cmd_class"]).cmd_class(args)}


def _send_waiting_in_background() -> None:
    """A joined seat's waiting items go while any cnngui command runs (a daemon thread; nothing waits for it)."""
    from cnngui.core.classroom import membership
    from cnngui.core.classroom.outbox import Outbox

    if membership.current() is not None and Outbox().waiting():
        from cnngui.core.classroom import sender

        sender.shared().wake()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from cnngui import logs

    logs.configure()
    if args.command in (None, "gui"):
        from cnngui.app import main as gui_main

        if args.lesson is not None:
            from cnngui.core.teaching.lessons import load_lesson

            try:
                load_lesson(args.lesson)  # a bad file is told here, with its line, before any window opens
            except UserError as exc:
                print(f"cnngui: error: {exc}", file=sys.stderr)
                return EXIT_USAGE
        return gui_main(lesson=str(args.lesson) if args.lesson else None)
    if args.command != "class":
        _send_waiting_in_background()
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a full disk or /dev/full shows here, not as a traceback at exit
        return code
    except UserError as exc:
        print(f"cnngui: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the machine, not the code: permissions, a full disk, a path that is a file
        from cnngui.core.atomic import write_error_text

        where = f" ({exc.filename})" if exc.filename else ""
        print(f"cnngui: error: {write_error_text(exc)}{where}. Check the folder and its permissions, or free "
              "some space.", file=sys.stderr)
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces stdout until exit: nothing more to flush
        return EXIT_USAGE


def run() -> None:
    """The `cnngui` command (and `python -m cnngui`, the frozen app): `main`, then out. A command that loaded
    PyTorch and no Qt ends without Python's teardown of every module: it took 0.5 s after `import torch` and
    1.2 s after a training, once the output was written (a tenth of `cnngui train` on a lab PC). What teardown
    would still do is done first: the output flushed, the log closed; the class's sender is a daemon thread,
    stopped at exit either way, its unsent items kept on disk."""
    code = main()
    if "torch" in sys.modules and "PySide6.QtCore" not in sys.modules:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed or full stream: let Python's own exit say so
            sys.exit(code)
        import logging

        logging.shutdown()
        os._exit(code if isinstance(code, int) else 0)
    sys.exit(code)

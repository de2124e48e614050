"""The class's handwriting: drawings of a dataset marked "shared with the class" go to the server, and the
teacher gets every seat's as one image folder, a writer per student.

A seat's shared dataset is one MLflow run in the student's experiment (tags `cnngui.kind = drawings`
and `cnngui.dataset`), each drawing an artifact `drawings/<class>/<file>`, queued in the outbox like
a training's files (so a server that is down loses nothing and a drawing sent twice is simply written
again). The teacher's `save_class_dataset` writes `OUT/<class>/<student>/<file>`: the layout that
`cnngui train --images` and the per-writer evaluation read. Every file fetched is checked to be a
picture before it is kept; nothing else of the server's answer is written.
"""

from __future__ import annotations

import re
from pathlib import Path

from cnngui.core.classroom.membership import Membership
from cnngui.core.classroom.outbox import Outbox
from cnngui.core.classroom.rest import Client, tags_of
from cnngui.errors import ImageError, UserError
from cnngui.i18n import tr

SHARED_MARK = ".shared-with-class"  # in the dataset's folder; hidden, so no image folder reads it as a class
KIND_TAG, DATASET_TAG = "cnngui.kind", "cnngui.dataset"
DRAWINGS = "drawings"
MAX_DRAWINGS = 20_000  # a class's drawings of one dataset: far more than thirty students draw in a lesson


def is_shared(dataset: Path) -> bool:
    return (Path(dataset) / SHARED_MARK).is_file()


def mark_shared(dataset: Path, shared: bool) -> None:
    mark = Path(dataset) / SHARED_MARK
    if shared:
        mark.parent.mkdir(parents=True, exist_ok=True)
        mark.write_text("Drawings added here are sent to the class server this seat has joined.\n", encoding="utf-8")
    else:
        mark.unlink(missing_ok=True)


def share_drawings(outbox: Outbox, membership: Membership, dataset: Path, images: list[Path]) -> int:
    """Queue these drawings of `dataset` (files under `dataset/<class>/…`) for the class: the dataset's run
    first where the server has none yet. Returns how many were queued; OSError (a full disk) goes up."""
    from cnngui.core.classroom.reporter import open_side_run, side_run_id

    dataset = Path(dataset)
    local = side_run_id(DRAWINGS, dataset.name)
    open_side_run(outbox, membership, local, tr("drawings: {dataset}").format(dataset=dataset.name),
                  {KIND_TAG: DRAWINGS, DATASET_TAG: dataset.name})
    queued = 0
    for image in images:
        relative = Path(image).relative_to(dataset)
        outbox.put("artifact", {"local": local, "path": f"{DRAWINGS}/{relative.parts[0]}/{Path(image).name}",
                                "file": str(image)})
        queued += 1
    return queued


def share_whole_dataset(outbox: Outbox, membership: Membership, dataset: Path) -> int:
    """Mark `dataset` shared and queue every drawing it holds now (those added later follow one by one)."""
    from cnngui.core.data.image_folder import MAX_FILES, images_in

    mark_shared(dataset, True)
    images = [image for folder in sorted(Path(dataset).iterdir()) if folder.is_dir() and not folder.name.startswith(".")
              for image in images_in(folder, [MAX_FILES])]
    return share_drawings(outbox, membership, dataset, images)


# -- the teacher's side ---------------------------------------------------------------------------
def class_datasets(client: Client, experiments=None) -> dict[str, list[dict]]:
    """{dataset name: [{"student", "user", "experiment_id", "run_id"}, …]} of every seat's shared drawings."""
    from cnngui.core.classroom.teacher import class_search

    experiments, runs = class_search(client, f"tags.`{KIND_TAG}` = '{DRAWINGS}'", experiments)
    found: dict[str, list[dict]] = {}
    for run in runs:
        tags, info = tags_of(run), run.get("info", {})
        name = tags.get(DATASET_TAG, "")
        if name and isinstance(info, dict):
            student, user, _ = experiments.owner(run)  # the experiment's owner, never what the run says of itself
            found.setdefault(name, []).append({
                "student": student, "user": user,
                "experiment_id": str(info.get("experiment_id", "")), "run_id": str(info.get("run_id", ""))})
    return found


def _listing(client: Client, run_id: str, path: str) -> list[dict]:
    answer = client.api("GET", "artifacts/list", run_id=run_id, path=path)
    files = answer.get("files", [])
    if not isinstance(files, list):
        return []
    return [f for f in files if isinstance(f, dict) and isinstance(f.get("path"), str)]


def _safe_part(text: str) -> str:
    """A folder or file name from the server, as a name in the output folder (no separators, nothing hidden)."""
    name = re.sub(r'[/\\:*?"<>|\x00-\x1f]+', "-", str(text)).strip(" .")
    return name[:80] or "unnamed"


def _unused(target: Path, written: set[Path]) -> Path:
    """`target`, or with -2, -3… before its suffix when this export already wrote a file of that name."""
    candidate, number_ = target, 1
    while candidate in written:
        number_ += 1
        candidate = target.with_name(f"{target.stem}-{number_}{target.suffix}")
    return candidate


def save_class_dataset(client: Client, name: str, out: Path, progress=lambda done, total: None) -> dict:
    """Every seat's shared drawings of dataset `name` as one image folder `out/<class>/<student>/<file>`.
    Returns {"dataset", "folder", "students", "classes": {class: count}, "drawings", "skipped": [why…]}."""
    from cnngui.core.atomic import atomic_path
    from cnngui.core.data.preprocess import open_image

    seats = class_datasets(client).get(name)
    if not seats:
        raise UserError(tr("No seat has shared drawings of a dataset {name!r} (shared: {names}).").format(
            name=name, names=", ".join(sorted(class_datasets(client))) or tr("none yet")))
    out = Path(out)
    files = []  # (seat, class, artifact path)
    for seat in seats:
        for klass in _listing(client, seat["run_id"], DRAWINGS):
            if klass.get("is_dir"):
                files += [(seat, klass["path"].rsplit("/", 1)[-1], f["path"])
                          for f in _listing(client, seat["run_id"], klass["path"]) if not f.get("is_dir")]
    if len(files) > MAX_DRAWINGS:
        raise UserError(tr("The class shared {count} drawings of {name!r}; at most {limit} are fetched.").format(
            count=len(files), name=name, limit=MAX_DRAWINGS))
    classes: dict[str, int] = {}
    skipped, students = [], set()
    written: set[Path] = set()  # two names that make one file name ("a:b.png", "a-b.png") both keep theirs
    for done, (seat, klass, path) in enumerate(files):
        progress(done, len(files))
        data = client.get_artifact(seat["experiment_id"], seat["run_id"], path)
        try:  # a seat's file is hostile until checked: opened as cnngui opens any picture, or not kept
            open_image(data, name=path.rsplit("/", 1)[-1])
        except ImageError as exc:
            skipped.append(f"{seat['student']}: {path}: {exc}")
            continue
        folder = _safe_part(klass)
        target = _unused(out / folder / _safe_part(seat["user"]) / _safe_part(path.rsplit("/", 1)[-1]), written)
        written.add(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(target) as tmp:
                tmp.write_bytes(data)
        except OSError as exc:
            raise UserError(tr("Cannot write {file}: {error}.").format(file=target, error=exc.strerror or exc)) from exc
        classes[folder] = classes.get(folder, 0) + 1
        students.add(seat["user"])
    progress(len(files), len(files))
    return {"dataset": name, "folder": str(out), "students": sorted(students), "classes": dict(sorted(classes.items())),
            "drawings": sum(classes.values()), "skipped": skipped}


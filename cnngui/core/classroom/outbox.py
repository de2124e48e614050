"""The seat's outbox: MLflow calls waiting on disk until the class server takes them.

A training only ever writes small files here (`NNN-kind.json`, atomic); a background sender
(`send`) takes them in order. Each item can be sent twice without harm: a run is found by its
`cnngui.local_run` tag before one is created, MLflow drops a metric whose key, value, timestamp
and step it already has, a status or an artifact is simply written again. So a server that is
down, restarting or hanging costs nothing: the item stays until a send succeeds. An item the
server refuses for good (a run deleted there, a change not allowed) is moved to `refused/`
with the reason, so it neither blocks the rest nor disappears unsaid.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cnngui import resources
from cnngui.core.atomic import write_text_atomic
from cnngui.core.classroom.rest import LOGIN, NOT_MLFLOW, SERVER, ClassError, Client
from cnngui.i18n import tr

METRICS_PER_CALL = 1000  # MLflow's limit for one log-batch
PARAMS_PER_CALL = 100
TAGS_PER_CALL = 100
KINDS = ("start", "metrics", "end", "artifact", "tags")
SERVER_ERRORS_TO_SET_ASIDE = 5  # an item the server failed on this many times in a row is set aside like a refusal


def outbox_dir() -> Path:
    return resources.data_dir() / "class-outbox"


@dataclass
class SendReport:
    sent: list[str] = field(default_factory=list)  # a line per item sent
    refused: list[str] = field(default_factory=list)  # a line per item set aside
    waiting: int = 0
    error: ClassError | None = None  # why the send stopped early (the server down, a wrong code)

    def lines(self) -> list[str]:
        return self.sent + self.refused


class Outbox:
    def __init__(self, root: Path | None = None) -> None:
        self._root = Path(root) if root else None  # None: the user's data folder, as it is when used
        self._local = threading.Lock()

    @property
    def root(self) -> Path:
        return self._root or outbox_dir()

    # -- putting in (the training's side: a small file, never the network) ---------------------
    def put(self, kind: str, item: dict) -> Path:
        """Queue one call; raises OSError (a full disk) for the caller to say once and carry on."""
        if kind not in KINDS:
            raise ValueError(kind)
        with self._local:
            path = self.root / f"{time.time_ns():020d}-{os.getpid()}-{kind}.json"
            write_text_atomic(path, json.dumps({"kind": kind, **item}))
            return path

    def waiting(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(p for p in self.root.glob("*.json") if p.name[0].isdigit())

    def describe(self) -> list[str]:
        """A line per waiting item: what `cnngui class status` lists."""
        lines = []
        for path in self.waiting():
            try:
                item = json.loads(path.read_text(encoding="utf-8"))
                lines.append(f"{item.get('kind')}: run {item.get('local', '?')}" + (
                    f", {len(item['metrics'])} values" if item.get("kind") == "metrics" else "") + (
                    f", {item['path']}" if item.get("kind") == "artifact" else ""))
            except (OSError, ValueError, KeyError, TypeError):
                lines.append(f"{path.name}: unreadable (set aside at the next send)")
        return lines

    def refused(self) -> list[str]:
        folder = self.root / "refused"
        return sorted(p.name for p in folder.glob("*.json")) if folder.is_dir() else []

    # -- sending (the sender's side) -----------------------------------------------------------
    def send(self, client: Client, experiment_id: str, budget_s: float = 30.0, wait_s: float = 0.0) -> SendReport:
        """Send what waits, oldest first, for at most `budget_s`; stop at the first transient failure.
        `wait_s`: how long to wait for another sender on this computer to finish first."""
        report = SendReport()
        with self._exclusive(wait_s) as mine:
            if not mine:  # another cnngui on this computer is sending right now
                report.waiting = len(self.waiting())
                return report
            start = time.monotonic()
            runs = self._runs()
            for path in self.waiting():
                if time.monotonic() - start > budget_s:
                    break
                try:
                    item = json.loads(path.read_text(encoding="utf-8"))
                    if not isinstance(item, dict) or item.get("kind") not in KINDS:
                        raise ValueError("not an outbox item")
                except (OSError, ValueError) as exc:
                    self._set_aside(path, f"unreadable: {exc}")
                    report.refused.append(f"{path.name}: unreadable, set aside")
                    continue
                try:
                    line = _SENDERS[item["kind"]](client, experiment_id, item, runs, self)
                except ClassError as exc:
                    if exc.kind == SERVER and self._failed_again(path, item, str(exc)) >= SERVER_ERRORS_TO_SET_ASIDE:
                        # the same item refused with a server error again and again (an absolute artifact path
                        # got a 500 for ever): not "try later" any more, or it would block everything behind it
                        self._set_aside(path, tr("the server failed on it {count} times in a row: {error}").format(
                            count=SERVER_ERRORS_TO_SET_ASIDE, error=exc))
                        report.refused.append(f"{item['kind']} of run {item.get('local')}: {exc}")
                        continue
                    if exc.transient or exc.kind in (LOGIN, NOT_MLFLOW):
                        report.error = exc
                        break
                    self._set_aside(path, str(exc))
                    report.refused.append(f"{item['kind']} of run {item.get('local')}: {exc}")
                    continue
                except (KeyError, TypeError, ValueError) as exc:
                    self._set_aside(path, f"malformed: {exc}")
                    report.refused.append(f"{path.name}: malformed, set aside")
                    continue
                path.unlink(missing_ok=True)
                report.sent.append(line)
            report.waiting = len(self.waiting())
        return report

    @contextlib.contextmanager
    def _exclusive(self, wait_s: float = 0.0) -> Iterator[bool]:
        """One sender at a time on this computer (the app and a `cnngui train` may both be running)."""
        self.root.mkdir(parents=True, exist_ok=True)
        handle = open(self.root / ".lock", "a+b")  # noqa: SIM115 (held for the block)
        deadline = time.monotonic() + wait_s
        try:
            while True:
                try:
                    if os.name == "posix":
                        import fcntl

                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    else:
                        import msvcrt

                        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    if time.monotonic() >= deadline:
                        yield False
                        return
                    time.sleep(0.05)
            yield True
        finally:
            handle.close()

    def known_runs(self) -> dict:
        """{local run: server's run id} of the runs already created on the server."""
        return self._runs()

    def _runs(self) -> dict:
        try:
            record = json.loads((self.root / "runs.json").read_text(encoding="utf-8"))
            return record if isinstance(record, dict) else {}
        except (OSError, ValueError):
            return {}

    def remember_run(self, runs: dict, local: str, run_id: str) -> None:
        runs[local] = run_id
        write_text_atomic(self.root / "runs.json", json.dumps(runs, indent=1))

    def _failed_again(self, path: Path, item: dict, error: str) -> int:
        """Count one more server error for this item, in the item itself; how many in a row now."""
        item["server_errors"] = int(item.get("server_errors", 0)) + 1
        with contextlib.suppress(OSError):
            write_text_atomic(path, json.dumps(item))
        return item["server_errors"]

    def _set_aside(self, path: Path, reason: str) -> None:
        folder = self.root / "refused"
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.replace(path, folder / path.name)
            write_text_atomic(folder / (path.name + ".why.txt"), reason + "\n")


def _found_run(client: Client, experiment_id: str, local: str) -> str | None:
    """The server's run tagged with this local run's id, if there is one (so a run is never created twice)."""
    found = client.search_runs([experiment_id], f"tags.`cnngui.local_run` = '{local}'", max_results=5)
    return found[0]["info"]["run_id"] if found else None


def _run_id(client: Client, experiment_id: str, local: str, runs: dict) -> str:
    """The server's run for a local run: remembered, or found by its tag."""
    if local in runs:
        return runs[local]
    run_id = _found_run(client, experiment_id, local)
    if run_id is None:
        raise ClassError("missing", f"run {local} is not on the server (its start was set aside)")
    return run_id  # not remembered: runs.json is the start's to write


def _send_start(client: Client, experiment_id: str, item: dict, runs: dict, outbox: Outbox) -> str:
    local = item["local"]
    if local not in runs:
        run_id = _found_run(client, experiment_id, local)
        if run_id is None:
            answer = client.api("POST", "runs/create", {
                "experiment_id": experiment_id, "run_name": item["name"], "start_time": item["start_time"],
                "tags": [{"key": "cnngui.local_run", "value": local}]})
            run_id = answer["run"]["info"]["run_id"]
        outbox.remember_run(runs, local, run_id)
    run_id = runs[local]
    tags = [{"key": k, "value": str(v)[:5000]} for k, v in item.get("tags", {}).items()]
    params = [{"key": k, "value": str(v)[:6000]} for k, v in item.get("params", {}).items()]
    for i in range(0, max(len(tags), len(params)), PARAMS_PER_CALL):
        client.api("POST", "runs/log-batch", {"run_id": run_id, "tags": tags[i:i + TAGS_PER_CALL],
                                              "params": params[i:i + PARAMS_PER_CALL]})
    return f"started run {item['name']!r} ({len(params)} settings, {len(tags)} tags)"


def _send_metrics(client: Client, experiment_id: str, item: dict, runs: dict, outbox: Outbox) -> str:
    run_id = _run_id(client, experiment_id, item["local"], runs)
    metrics = [{"key": k, "value": float(v), "timestamp": int(t), "step": int(s)} for k, v, t, s in item["metrics"]]
    for i in range(0, len(metrics), METRICS_PER_CALL):
        client.api("POST", "runs/log-batch", {"run_id": run_id, "metrics": metrics[i:i + METRICS_PER_CALL]})
    return f"{len(metrics)} values of run {item['local']}"


def _send_end(client: Client, experiment_id: str, item: dict, runs: dict, outbox: Outbox) -> str:
    run_id = _run_id(client, experiment_id, item["local"], runs)
    client.api("POST", "runs/update", {"run_id": run_id, "status": item["status"], "end_time": item["end_time"]})
    return f"run {item['local']} {item['status'].lower()}"


def _send_tags(client: Client, experiment_id: str, item: dict, runs: dict, outbox: Outbox) -> str:
    run_id = _run_id(client, experiment_id, item["local"], runs)
    tags = [{"key": k, "value": str(v)[:5000]} for k, v in item["tags"].items()]
    for i in range(0, len(tags), TAGS_PER_CALL):
        client.api("POST", "runs/log-batch", {"run_id": run_id, "tags": tags[i:i + TAGS_PER_CALL]})
    return f"{len(tags)} tags of run {item['local']}"


def _send_artifact(client: Client, experiment_id: str, item: dict, runs: dict, outbox: Outbox) -> str:
    run_id = _run_id(client, experiment_id, item["local"], runs)
    try:
        data = Path(item["file"]).read_bytes()
    except OSError:
        return f"{item['path']} of run {item['local']}: the local file is gone, nothing to send"
    client.put_artifact(experiment_id, run_id, item["path"], data)
    return f"{item['path']} of run {item['local']} ({len(data) // 1024} KB)"


_SENDERS = {"start": _send_start, "metrics": _send_metrics, "end": _send_end, "artifact": _send_artifact,
            "tags": _send_tags}

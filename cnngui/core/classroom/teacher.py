"""The class read back from its server: every seat's runs as rows, challenges and their leaderboards.

Challenges are tags on the teacher's experiment (`cnngui-class`): every seat may read them (to
pick one in Train), only the teacher may set them. A rule is `KIND:VALUE`; `RULES` holds each
kind's meaning, its check and its order, and nothing else names them.
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass
from pathlib import Path

from cnngui.core.classroom.membership import CLASS_EXPERIMENT, class_records
from cnngui.core.classroom.rest import Client, metrics_of, params_of, tags_of
from cnngui.errors import UserError
from cnngui.i18n import tr

CHALLENGE_TAG = "cnngui.challenge."


class Seats(dict):
    """{experiment id: student's login} of the class, as the teacher enrolled them (core.classroom.server.enroll),
    with `names`: {login: the name as the roster has it}. An experiment a student made, whatever its name, is
    not in it: a fake `cnngui-class/...` shows nowhere."""

    def __init__(self, enrolled: dict[str, dict]) -> None:
        super().__init__({record["experiment"]: user for user, record in enrolled.items()})
        self.names = {user: record["name"] for user, record in enrolled.items()}

    def owner(self, run: dict) -> tuple[str, str, str]:
        """(the student's name, login, what the run's own tags claim where they disagree, else "")."""
        info = run.get("info", {}) if isinstance(run.get("info"), dict) else {}
        user = self.get(str(info.get("experiment_id", "")), "?")
        name = self.names.get(user, user)
        tags = tags_of(run)
        claims = [tags[key] for key in ("cnngui.student", "cnngui.user") if tags.get(key)]
        claimed = next((claim for claim in claims if claim not in (name, user)), "")
        return name, user, claimed


def class_experiments(client: Client) -> Seats:
    """The class's seats as the teacher enrolled them on the server."""
    from cnngui.core.classroom.server import enrolled

    return Seats(enrolled(client))


def _number(value, default=None):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def run_row(run: dict, seats: Seats) -> dict:
    """One run of the class as the table (and `cnngui class runs --json`) shows it, under its owner; `claimed`:
    another name its own tags give, said beside it."""
    info = run.get("info", {}) if isinstance(run.get("info"), dict) else {}
    tags, params, metrics = tags_of(run), params_of(run), metrics_of(run)
    start, end = _number(info.get("start_time"), 0), _number(info.get("end_time"))
    student, user, claimed = seats.owner(run)
    return {"student": student, "user": user, "claimed": claimed,
            "run": info.get("run_name", ""), "run_id": info.get("run_id", ""),
            "experiment_id": str(info.get("experiment_id", "")), "network": params.get("network", ""),
            "parameters": int(_number(params.get("parameters"), 0)),
            "best_test_accuracy": _number(metrics.get("best_test_accuracy", metrics.get("test_accuracy"))),
            "seconds": _number(metrics.get("seconds")),
            "minutes_ago": round((time.time() * 1000 - (end or start)) / 60000, 1) if start else None,
            "status": info.get("status", ""), "lesson": tags.get("cnngui.lesson", ""),
            "challenge": tags.get("cnngui.challenge", ""), "local_run": tags.get("cnngui.local_run", ""),
            "kind": tags.get("cnngui.kind", "training"), "batch_size": int(_number(params.get("batch_size"), 0)),
            "batches_per_epoch": int(_number(params.get("batches_per_epoch"), 0))}


def class_search(client: Client, filter_text: str = "", experiments: Seats | None = None) -> tuple[Seats, list[dict]]:
    """(the class's seats, every seat's runs that pass `filter_text`, newest first); `experiments`: the
    class_experiments already read (a view reading runs, drawings and answers at once)."""
    experiments = class_experiments(client) if experiments is None else experiments
    ids, runs = list(experiments), []
    for i in range(0, len(ids), 100):  # MLflow searches at most 100 experiments at once
        runs += client.search_runs(ids[i:i + 100], filter_text)
    return experiments, runs


def class_runs(client: Client, experiments: Seats | None = None) -> list[dict]:
    """Every seat's trainings, newest first (a seat's shared drawings and answers are runs too, left out here)."""
    seats, runs = class_search(client, "", experiments)
    return [row for row in (run_row(run, seats) for run in runs) if row["kind"] == "training"]


def claims(rows: list[dict]) -> list[str]:
    """One line per run whose own tags name someone other than its owner (shown under the owner)."""
    return [tr("{owner}'s run {run!r} calls itself {claimed!r}: shown as {owner}'s.").format(
        owner=row["student"], run=row["run"], claimed=row["claimed"]) for row in rows if row.get("claimed")]


@dataclass(frozen=True)
class Rule:
    kind: str
    title: str  # with {value}
    value_kind: str  # "accuracy" (0-1, typed as 0.98 or 98%) or "count"
    metric: str  # what ranks the entries
    lower_is_better: bool


RULES = {
    "fewest-params": Rule("fewest-params", "fewest parameters at test accuracy ≥ {value}", "accuracy",
                          "parameters", True),
    "best-accuracy": Rule("best-accuracy", "best test accuracy with at most {value} parameters", "count",
                          "best_test_accuracy", False),
    "fastest": Rule("fastest", "shortest training time to test accuracy ≥ {value}", "accuracy", "seconds", True),
}


def parse_rule(text: str) -> dict:
    """`fewest-params:0.98`, `best-accuracy:50000`, `fastest:97%` → {"rule", "value"}; else a UserError."""
    match = re.fullmatch(r"\s*([a-z-]+)\s*[:=@]\s*([0-9.]+)\s*(%?)\s*", text or "")
    rule = RULES.get(match.group(1)) if match else None
    if rule is None:
        raise UserError(tr("A challenge's rule is KIND:VALUE, KIND one of {kinds}, e.g. fewest-params:0.98 or "
                           "best-accuracy:50000; got {text!r}.").format(kinds=", ".join(RULES), text=text))
    try:
        value = float(match.group(2))
    except ValueError:
        raise UserError(tr("{value!r} is not a number.").format(value=match.group(2))) from None
    if rule.value_kind == "accuracy":
        value = value / 100 if match.group(3) or value > 1 else value
        if not 0 < value <= 1:
            raise UserError(tr("An accuracy is above 0 and at most 1 (or 100%); got {text!r}.").format(text=text))
    elif value < 1 or value != int(value):
        raise UserError(tr("A parameter count is a whole number of at least 1; got {text!r}.").format(text=text))
    return {"rule": rule.kind, "value": value}


def describe_rule(challenge: dict) -> str:
    rule = RULES[challenge["rule"]]
    value = challenge["value"]
    shown = f"{value:.2%}" if rule.value_kind == "accuracy" else f"{int(value):,}"
    return rule.title.format(value=shown)


def set_challenge(client: Client, name: str, rule_text: str) -> dict:
    name = name.strip()
    if not re.fullmatch(r"[A-Za-z0-9 _.-]{1,60}", name):
        raise UserError(tr("A challenge's name is 1 to 60 letters, digits, spaces, dots or dashes; got {name!r}.")
                        .format(name=name))
    challenge = {**parse_rule(rule_text), "created": time.strftime("%Y-%m-%dT%H:%M:%S")}
    experiment = client.experiment_id(CLASS_EXPERIMENT)
    client.api("POST", "experiments/set-experiment-tag", {"experiment_id": experiment, "key": CHALLENGE_TAG + name,
                                                          "value": json.dumps(challenge)})
    return {"name": name, **challenge, "title": describe_rule(challenge)}


def challenges(client: Client) -> list[dict]:
    """The class's challenges (a seat reads them too); a tag that is not a challenge is passed over."""
    found = []
    for name, challenge in class_records(client, CHALLENGE_TAG).items():
        try:
            challenge = {"name": name, **parse_rule(f"{challenge['rule']}:{challenge['value']}")}
        except (KeyError, TypeError, UserError):
            continue
        found.append({**challenge, "title": describe_rule(challenge)})
    return sorted(found, key=lambda c: c["name"])


def leaderboard(client: Client, name: str, rows: list[dict] | None = None) -> tuple[dict, list[dict]]:
    """(the challenge, one entry per student: their best run by its rule, best first)."""
    known = {c["name"]: c for c in challenges(client)}
    if name not in known:
        raise UserError(tr("No challenge {name!r} in this class (there are: {names}).").format(
            name=name, names=", ".join(known) or tr("none yet")))
    return known[name], _board(known[name], class_runs(client) if rows is None else rows)


def leaderboards(client: Client, rows: list[dict]) -> tuple[list[dict], dict[str, list[dict]]]:
    """(the class's challenges, {challenge: its leaderboard}) from one read of the challenges."""
    found = challenges(client)
    return found, {challenge["name"]: _board(challenge, rows) for challenge in found}


def _board(challenge: dict, rows: list[dict]) -> list[dict]:
    """One entry per student (their best run by the challenge's rule), best first, each with its place."""
    rule = RULES[challenge["rule"]]
    entries = {}
    for row in rows:
        if row["challenge"] != challenge["name"] or row["status"] not in ("FINISHED", "RUNNING"):
            continue
        if not _qualifies(rule, challenge["value"], row):
            continue
        score = row[rule.metric]
        best = entries.get(row["student"])
        if best is None or (score < best[rule.metric] if rule.lower_is_better else score > best[rule.metric]):
            entries[row["student"]] = row
    board = sorted(entries.values(), key=lambda r: r[rule.metric], reverse=not rule.lower_is_better)
    return [{"place": i + 1, **row} for i, row in enumerate(board)]


def _qualifies(rule: Rule, value: float, row: dict) -> bool:
    accuracy = row["best_test_accuracy"]
    if accuracy is None or row[rule.metric] is None:
        return False
    if rule.value_kind == "accuracy":
        return accuracy >= value
    return 0 < row["parameters"] <= value


def run_curves(client: Client, row: dict) -> dict:
    """A seat's run as Compare runs draws it: {"loss_epochs", "losses", "epochs", "accuracy"} (plain lists),
    the batch losses' steps (images seen) turned back into epochs."""
    def history(key: str) -> list[tuple[int, float]]:
        answer = client.api("GET", "metrics/get-history", run_id=row["run_id"], metric_key=key, max_results=25000)
        points = answer.get("metrics", [])
        return sorted((int(_number(m.get("step"), 0)), v) for m in points if isinstance(m, dict)
                      and (v := _number(m.get("value"))) is not None) if isinstance(points, list) else []

    losses, accuracy = history("batch_loss"), history("test_accuracy")
    per_epoch = _number(row.get("batch_size"), 0) * _number(row.get("batches_per_epoch"), 0)
    if not per_epoch and losses and accuracy:  # a run from before the seat said its epoch's size
        per_epoch = losses[-1][0] / max(step for step, _ in accuracy)
    return {"loss_epochs": [step / per_epoch for step, _ in losses] if per_epoch else [],
            "losses": [value for _, value in losses] if per_epoch else [],
            "epochs": [step for step, _ in accuracy], "accuracy": [value for _, value in accuracy]}


def download_model(client: Client, row: dict, into) -> Path:
    """A seat's checkpoint, fetched into the folder `into` to be opened like any model file (checked there:
    weights only, nothing in it runs). Raises ClassError when the run has no model (yet)."""
    from cnngui.core.atomic import atomic_path

    data = client.get_artifact(row["experiment_id"], row["run_id"], "model/model.pt")
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{row['student']}-{row['run']}")[:80] or "model"
    path = Path(into) / f"{safe}.pt"
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return path

"""What a seat joined: the class's address, the student's login and their experiment on the server.

Kept in the user's config folder as `class.json`, readable by that user only (it holds the join
code). Joining tests everything a later send needs, so a wrong address, a wrong code or a server
that is not MLflow is said at once, in words, and nothing is saved.
"""

from __future__ import annotations

import json
import os
import re
import socket
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from cnngui import resources
from cnngui.core.atomic import write_text_atomic
from cnngui.core.classroom.rest import REFUSED, ClassError, Client, Login, normalise_url
from cnngui.i18n import tr

FILE = "class.json"
EXPERIMENT_PREFIX = "cnngui-class/"  # one experiment per student: MLflow's permissions then fit the class's rules
CLASS_EXPERIMENT = "cnngui-class"  # the teacher's: challenges and the class's settings as its tags


def class_records(client: Client, prefix: str, experiment: str | None = None) -> dict[str, object]:
    """{name: value} of the teacher's experiment's tags `prefix` + name whose values are JSON (challenges, the
    roster as enrolled): what only the teacher may write and every seat may read. A tag that is not JSON is passed
    over; `experiment`: its id where known already."""
    experiment = experiment or client.experiment_id(CLASS_EXPERIMENT, create=False)
    if experiment is None:
        return {}
    answer = client.api("GET", "experiments/get", experiment_id=experiment)
    tags = answer.get("experiment", {}).get("tags", []) if isinstance(answer.get("experiment"), dict) else []
    found = {}
    for tag in tags or []:
        key = str(tag.get("key", "")) if isinstance(tag, dict) else ""
        if key.startswith(prefix):
            try:
                found[key[len(prefix):]] = json.loads(tag.get("value", ""))
            except (ValueError, TypeError):
                continue
    return found


def membership_path() -> Path:
    return resources.config_dir() / FILE


# Letters NFKD does not take apart, and the Cyrillic and Greek alphabets, spelt in Latin (a login is ASCII)
_SPELLING = {"ß": "ss", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ð": "d",
             **dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
                        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                         "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye",
                         "yi", "g"])),
             **dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                        ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s",
                         "s", "t", "y", "f", "ch", "ps", "o"]))}


def user_name(name: str) -> str:
    """The login a name becomes, the same on the teacher's side and the seat's: lower case ASCII letters,
    digits and dashes, spelt in Latin where the name's script has a spelling here ("Anna Schmidt" →
    "anna-schmidt", "Zoë Ğül" → "zoe-gul", "Иван Петров" → "ivan-petrov"); a name mostly in another script
    ("李小龙") becomes "student-" and six hex digits of the name, so every name gets a login and the seat,
    given the name as the roster has it, finds the same one. The name itself is kept whole for showing."""
    import hashlib
    import unicodedata

    shown = unicodedata.normalize("NFKC", name).strip()
    if not any(ch.isalnum() for ch in shown):
        raise ClassError(REFUSED, tr("A name needs at least one letter or digit."))
    spelt = "".join(_SPELLING.get(ch, ch) for ch in unicodedata.normalize("NFKD", shown.lower()))
    ascii_ = spelt.encode("ascii", "ignore").decode()  # the accents NFKD set apart go
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    letters = sum(ch.isalnum() for ch in shown)
    if sum(ch.isalnum() for ch in slug) * 2 < letters:  # most of it had no Latin spelling here
        slug = "student-" + hashlib.sha256(shown.casefold().encode()).hexdigest()[:6]
    return slug[:60].strip("-")


@dataclass
class Membership:
    url: str
    name: str  # as the student typed it, shown in the class's table
    user: str
    code: str
    experiment_id: str
    seat: str  # this computer's id, to tell two seats under one name apart
    joined: str = ""

    def client(self, timeout: float | None = None) -> Client:
        return Client(self.url, Login(self.user, self.code), **({"timeout": timeout} if timeout else {}))

    @property
    def experiment_name(self) -> str:
        return EXPERIMENT_PREFIX + self.user

    def save(self) -> None:
        path = membership_path()
        write_text_atomic(path, json.dumps(asdict(self), indent=1))
        if os.name == "posix":
            os.chmod(path, 0o600)


def current() -> Membership | None:
    """The class this seat has joined, or None (also when the file was edited into nonsense)."""
    try:
        record = json.loads(membership_path().read_text(encoding="utf-8"))
        return Membership(**{key: str(record[key]) for key in Membership.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError):
        return None


JOIN_TIMEOUT_S = 20.0  # thirty seats join at once: a loaded server took over 5 s to answer 13 of 120 requests
JOIN_TRIES = 3  # a join's first request tried this often when the server is busy or down for a moment


def join(url: str, name: str, code: str, timeout: float | None = None) -> tuple[Membership, list[str]]:
    """Join the class at `url` as `name` with `code`: (the membership, saved; warnings such as another seat
    joined under this name). Raises ClassError, saying what is wrong, and saves nothing."""
    url = normalise_url(url)
    user, code = user_name(name), code.strip()
    if not code:
        raise ClassError(REFUSED, tr("Give the join code the teacher gave you."))
    before = current()
    seat = (before.seat if before else "") or uuid.uuid4().hex[:12]
    client = Client(url, Login(user, code), timeout=JOIN_TIMEOUT_S if timeout is None else timeout)
    experiment, warnings = join_server(client, user, seat)
    membership = Membership(url, name.strip(), user, code, experiment, seat, time.strftime("%Y-%m-%dT%H:%M:%S"))
    membership.save()
    return membership, warnings


def join_server(client: Client, user: str, seat: str) -> tuple[str, list[str]]:
    """A join's conversation with the server (the login checked, the student's experiment found, this seat
    noted on it): (the experiment's id, warnings). Nothing is saved here."""
    retried(client.whoami)
    experiment = client.experiment_id(EXPERIMENT_PREFIX + user)
    warnings = _other_seats(client, experiment, seat)
    client.api("POST", "experiments/set-experiment-tag", {
        "experiment_id": experiment, "key": f"cnngui.seat.{seat}",
        "value": f"{socket.gethostname()[:60]} {time.strftime('%Y-%m-%d %H:%M')}"})
    return experiment, warnings


def _other_seats(client: Client, experiment: str, seat: str) -> list[str]:
    answer = client.api("GET", "experiments/get", experiment_id=experiment)
    tags = answer.get("experiment", {}).get("tags", []) if isinstance(answer.get("experiment"), dict) else []
    mine = f"cnngui.seat.{seat}"
    others = [t.get("value", "") for t in tags if isinstance(t, dict)
              and str(t.get("key", "")).startswith("cnngui.seat.") and t.get("key") != mine]
    if not others:
        return []
    return [tr("Another computer has joined under this name before ({where}): if that is not you, tell the teacher; "
               "both computers' runs appear under this name.").format(where=", ".join(others[-2:]))]


def retried(call, tries: int = JOIN_TRIES, pause_s: float = 1.0, sleep=time.sleep):
    """`call()`, tried again after a quick transient failure (a server refusing for a moment, a 5xx) with a random
    pause of about `pause_s`, doubling: thirty seats that failed together must not all come back in the same
    instant. A time-out is not tried again: it already waited the join's long timeout."""
    import random

    from cnngui.core.classroom.rest import TIMEOUT

    for attempt in range(tries):
        try:
            return call()
        except ClassError as exc:
            if not exc.transient or exc.kind == TIMEOUT or attempt == tries - 1:
                raise
            sleep(pause_s * (2 ** attempt) * random.uniform(0.5, 1.5))
    return None


def leave() -> bool:
    """Forget the class (what waits to be sent stays in the outbox until the next join or `class sync`)."""
    try:
        membership_path().unlink()
        return True
    except FileNotFoundError:
        return False

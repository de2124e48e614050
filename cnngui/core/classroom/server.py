"""The teacher's class server: MLflow's own tracking server with logins, in one folder, and its roster.

`cnngui class serve` runs `mlflow server --app-name basic-auth` with its database, its login
database and the artifacts in DIR. Every student may read every run (`default_permission = READ`)
and writes only to the experiment they created on joining, which MLflow's permissions enforce.
The folder holds two contracts, both readable by the teacher's account only:
`roster.csv` (`name,user,code`: a student's MLflow login is user and code) and `teacher.json`
(`{"user", "password"}`: the teacher's login, an MLflow admin; never on a seat).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from cnngui import resources
from cnngui.core.atomic import csv_text, readable, write_text_atomic
from cnngui.core.classroom.membership import user_name
from cnngui.core.classroom.rest import ClassError, Client, Login
from cnngui.errors import UserError
from cnngui.i18n import number, tr

ROSTER, TEACHER, SERVER = "roster.csv", "teacher.json", "server.json"
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and typed from a sheet
STARTUP_S = 120.0
INSTALL_HINT = ('the class server needs MLflow on the teacher\'s computer: pip install "cnngui[class]" '
                "(offline: see packaging/download_class_wheels.sh)")


def default_dir() -> Path:
    return resources.data_dir() / "class-server"


def join_code() -> str:
    """A random code like 7KQ4-MX2P-9TZC (60 bits): read from a sheet, typed by a student."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


def mlflow_available() -> bool:
    import importlib.util

    if getattr(sys, "frozen", False):
        return False  # a frozen seat carries no MLflow, by design
    try:
        return importlib.util.find_spec("mlflow") is not None and importlib.util.find_spec("mlflow.server") is not None
    except (ImportError, ValueError):
        return False


def _private(path: Path, text: str) -> None:
    write_text_atomic(path, text)
    if os.name == "posix":
        os.chmod(path, 0o600)


@dataclass
class ClassFolder:
    root: Path

    @property
    def roster_path(self) -> Path:
        return self.root / ROSTER

    def teacher(self) -> Login:
        """The teacher's login: made (random) the first time, then always the same."""
        path = self.root / TEACHER
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            return Login(str(record["user"]), str(record["password"]))
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UserError(tr("{path} is unreadable ({error}): restore it from a copy, or start a new class in "
                               "another folder.").format(path=path, error=exc.__class__.__name__)) from None
        self.root.mkdir(parents=True, exist_ok=True)
        login = Login("teacher", secrets.token_urlsafe(18))
        _private(path, json.dumps({"user": login.user, "password": login.password}, indent=1))
        return login

    def url(self) -> str:
        """Where the teacher's commands reach the server."""
        try:
            record = json.loads((self.root / SERVER).read_text(encoding="utf-8"))
            return str(record.get("local") or record["url"])  # the teacher's own commands run on the server's PC
        except (OSError, ValueError, KeyError, TypeError):
            raise UserError(tr("No class server has been started from {dir}: run cnngui class serve --dir {dir} "
                               "first.").format(dir=self.root)) from None

    def client(self, timeout: float = 10.0) -> Client:
        return Client(self.url(), self.teacher(), timeout=timeout)

    def roster(self) -> list[dict]:
        try:
            with open(self.roster_path, encoding="utf-8", newline="") as handle:  # a CR in a quoted name stays
                rows = list(csv.DictReader(handle))
        except FileNotFoundError:
            return []
        if rows and set(rows[0]) != {"name", "user", "code"}:
            raise UserError(tr("{path} is not a roster (its columns must be name,user,code).").format(
                path=self.roster_path))
        return [{key: readable(value or "") for key, value in row.items()} for row in rows]

    def _write_roster(self, rows: list[dict]) -> None:
        columns = ["name", "user", "code"]  # the teacher opens it in a spreadsheet: its cells are inert
        _private(self.roster_path, csv_text([[row[key] for key in columns] for row in rows], columns))

    def add_student(self, name: str, client: Client | None = None) -> dict:
        """A login for `name` on the running server and a row in the roster (the same name twice: its row)."""
        rows = self.roster()
        for row in rows:
            if row["name"].strip().lower() == name.strip().lower():
                return row
        user = user_name(name)  # the seat derives it from the name alone: two names may not share one
        same = next((row for row in rows if row["user"] == user), None)
        if same is not None or user == self.teacher().user:
            raise UserError(tr("{name!r} would log in as {user}, as {other!r} does: add what tells them apart (a "
                               "second initial, say) to one of the names.").format(
                name=name.strip(), user=user, other=same["name"] if same else tr("the teacher")))
        row = {"name": name.strip(), "user": user, "code": join_code()}
        client = client or self.client()
        try:
            client.api("POST", "users/create", {"username": user, "password": row["code"]})
        except ClassError as exc:
            if exc.code != "RESOURCE_ALREADY_EXISTS":
                raise
            client.api("PATCH", "users/update-password", {"username": user, "password": row["code"]})
        enroll(client, row)
        self._write_roster([*rows, row])
        return row

    def enroll_all(self, client: Client | None = None) -> None:
        """Every roster student's experiment made, granted and recorded (a class from before this rule too)."""
        client = client or self.client()
        for row in self.roster():
            enroll(client, row)


ROSTER_TAG = "cnngui.roster."  # + a student's login, on the teacher's experiment: {"name", "experiment"}
SET_ASIDE = "cnngui-set-aside/"  # where a student's experiment made by someone else before the teacher goes


def enroll(client: Client, row: dict) -> str:
    """Make `row`'s student their experiment as the teacher, give them MANAGE on it, and record it on the teacher's
    experiment, which only the teacher may write: who a run belongs to is then read from the server (the experiment
    it is in), never from what a seat says of itself (a student tagged a run as another and was counted as them).
    An experiment of that name that someone else made first (squatting: the real student's join then failed) is
    renamed aside. Returns the experiment's id."""
    from cnngui.core.classroom.membership import CLASS_EXPERIMENT, EXPERIMENT_PREFIX

    teacher_experiment = client.experiment_id(CLASS_EXPERIMENT)
    recorded = enrolled(client, teacher_experiment).get(row["user"], {}).get("experiment")
    name = EXPERIMENT_PREFIX + row["user"]
    existing = client.experiment_id(name, create=False)
    if existing is not None and existing != recorded:
        client.api("POST", "experiments/update", {"experiment_id": existing,
                                                  "new_name": f"{SET_ASIDE}{row['user']}-{existing}"})
        existing = None
    experiment = existing or recorded or client.experiment_id(name)
    try:
        client.request("POST", "/api/3.0/mlflow/users/permissions/grant", body={
            "username": row["user"], "resource_type": "experiment", "resource_id": experiment, "permission": "MANAGE"})
    except ClassError as exc:
        if exc.code != "RESOURCE_ALREADY_EXISTS" and "already exists" not in str(exc):
            raise  # granted before: every `serve` enrolls the roster again
    if recorded != experiment:
        client.api("POST", "experiments/set-experiment-tag", {
            "experiment_id": teacher_experiment, "key": ROSTER_TAG + row["user"],
            "value": json.dumps({"name": row["name"], "experiment": experiment}, ensure_ascii=False)})
    return experiment


def enrolled(client: Client, teacher_experiment: str | None = None) -> dict[str, dict]:
    """{student's login: {"name", "experiment"}} as the teacher recorded them on the server."""
    from cnngui.core.classroom.membership import class_records

    found = {}
    for user, record in class_records(client, ROSTER_TAG, teacher_experiment).items():
        try:
            found[user] = {"name": str(record["name"]), "experiment": str(record["experiment"])}
        except (KeyError, TypeError):
            continue
    return found


def prepare(folder: ClassFolder, host: str, port: int, login_cache_s: int = 60) -> tuple[list[str], dict]:
    """(the `mlflow server` command line, its environment) for a class in `folder`. `login_cache_s`: how long
    the server trusts a checked password (each check costs a slow hash; 30 seats send often)."""
    root = folder.root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    teacher = folder.teacher()
    secret = root / ".flask-secret"
    if not secret.is_file():
        _private(secret, secrets.token_hex(32))
    _private(root / "basic_auth.ini", "\n".join([
        "[mlflow]", "default_permission = READ", f"database_uri = sqlite:///{root / 'logins.db'}",
        f"admin_username = {teacher.user}", f"admin_password = {teacher.password}",
        "authorization_function = mlflow.server.auth:authenticate_request_basic_auth",
        f"auth_cache_ttl_seconds = {int(login_cache_s)}", ""]))
    command = [sys.executable, "-m", "mlflow", "server", "--app-name", "basic-auth",
               "--backend-store-uri", f"sqlite:///{root / 'mlflow.db'}",
               "--artifacts-destination", str(root / "artifacts"), "--serve-artifacts",
               "--host", host, "--port", str(port)]
    env = {**os.environ, "MLFLOW_AUTH_CONFIG_PATH": str(root / "basic_auth.ini"),
           "MLFLOW_FLASK_SERVER_SECRET_KEY": secret.read_text().strip()}
    return command, env


def start(folder: ClassFolder, host: str = "127.0.0.1", port: int = 5000, url_host: str | None = None,
          wait_s: float = STARTUP_S, login_cache_s: int = 60) -> tuple[subprocess.Popen, str]:
    """Start the class's server; return it once it answers, with the address a seat joins."""
    if not mlflow_available():
        raise UserError(INSTALL_HINT)
    command, env = prepare(folder, host, port, login_cache_s)
    log = open(folder.root / "server.log", "ab")  # noqa: SIM115 (the server's, for as long as it runs)
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               start_new_session=True)
    log.close()
    url = f"http://{url_host or (host if host not in ('0.0.0.0', '::') else lan_address())}:{port}"
    local = Client(f"http://127.0.0.1:{port}" if host in ("0.0.0.0", "::") else url, folder.teacher(), timeout=2.0)
    try:
        _wait_until_answering(process, folder, local, port, wait_s)
        _private(folder.root / SERVER, json.dumps({"url": url, "local": local.url, "pid": process.pid}))
        with contextlib.suppress(ClassError):
            local.experiment_id("cnngui-class")  # the teacher's experiment: challenges live in its tags
    except BaseException:  # a failure, Ctrl+C, a signal: nothing of it is left running
        stop(process)
        raise
    return process, url


def _wait_until_answering(process: subprocess.Popen, folder: ClassFolder, local: Client, port: int,
                          wait_s: float) -> None:
    deadline = time.monotonic() + wait_s
    while True:
        if process.poll() is not None:
            tail = (folder.root / "server.log").read_text(errors="replace")[-600:]
            raise UserError(tr("The class server stopped while starting (port {port} in use?). Its last words:\n"
                               "{tail}").format(port=port, tail=tail))
        try:
            local.whoami()
            break
        except ClassError:
            if time.monotonic() > deadline:
                raise UserError(tr("The class server did not start within {s} s; see {log}.").format(
                    s=number(wait_s, "g"), log=folder.root / "server.log")) from None
            time.sleep(0.5)


def stop(process: subprocess.Popen, wait_s: float = 10.0) -> None:
    """Stop the server and every worker it started (they share its process group): SIGTERM to the group, then
    SIGKILL to whatever of it is left after `wait_s` (MLflow's 15 processes outlived a stop that waited for the
    first alone)."""
    import signal

    if os.name != "posix":
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(wait_s)
            except subprocess.TimeoutExpired:
                process.kill()
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + wait_s
    while _group_alive(process.pid) and time.monotonic() < deadline:
        process.poll()  # reap the leader, or it stays a zombie of the group
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(wait_s)


def _group_alive(pgid: int) -> bool:
    """Whether any process of the group is left (a zombie leader not yet reaped counts as gone)."""
    try:
        os.killpg(pgid, 0)
    except OSError:  # none left, or not ours
        return False
    members = []
    with contextlib.suppress(OSError):
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                    if int(fields[2]) == pgid and fields[0] != "Z":
                        members.append(entry)
        return bool(members)
    return True  # no /proc: the group answered, so something of it is there


def running_server(folder: ClassFolder) -> dict | None:
    """The server a `serve` on this folder started and left running (a crash, a killed terminal): its
    server.json with the pid, if that process group still lives; else None."""
    try:
        record = json.loads((folder.root / SERVER).read_text(encoding="utf-8"))
        pid = int(record["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record if os.name == "posix" and pid > 0 and _group_alive(pid) else None


def lan_address() -> str:
    """This computer's address on the lab's network (what the class types), found without sending anything."""
    import socket

    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "127.0.0.1"

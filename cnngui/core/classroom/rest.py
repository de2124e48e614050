"""The few calls of MLflow's REST API a seat and the teacher make, over plain HTTP with the standard library.

The frozen app carries no MLflow package: a seat speaks the server's documented REST API
(`/api/2.0/mlflow/...`) with urllib. Every call has a short timeout and reads at most
`MAX_ANSWER` bytes; an answer is JSON data, parsed and checked, never executed. Each way a
call can fail becomes a `ClassError` whose `kind` says which (so the queue knows whether to
try again later or to set the item aside) and whose message says what to do.
"""

from __future__ import annotations

import base64
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from cnngui.errors import UserError
from cnngui.i18n import number, tr

TIMEOUT_S = 5.0
MAX_ANSWER = 8 * 1024 * 1024  # a page of runs is far less; an endless answer stops here
MAX_ARTIFACT = 256 * 1024 * 1024  # a downloaded model: the largest network the Network tab builds is far less
API = "/api/2.0/mlflow"

# Kinds of failure: the first three are the network's or the server's state (send again later),
# the others are answers about this request (sending it again would get the same answer).
UNREACHABLE, TIMEOUT, SERVER = "unreachable", "timeout", "server"
LOGIN, FORBIDDEN, MISSING, REFUSED, NOT_MLFLOW = "login", "forbidden", "missing", "refused", "not-mlflow"
TRANSIENT = (UNREACHABLE, TIMEOUT, SERVER)


class ClassError(UserError):
    """A class server call that failed; `kind` is one of the kinds above."""

    def __init__(self, kind: str, message: str, code: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code  # MLflow's error_code, where it sent one

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT


@dataclass(frozen=True)
class Login:
    user: str
    password: str


def normalise_url(url: str) -> str:
    """`host:port` or `http://host:port/` → `http://host:port`; anything else is refused in words."""
    text = url.strip()
    if not text:
        raise ClassError(REFUSED, tr("Give the class's address, for example http://192.168.1.10:5000."))
    if "://" not in text:
        text = "http://" + text
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ClassError(REFUSED, tr("{url!r} is not a web address; it looks like http://192.168.1.10:5000.").format(
            url=url))
    try:
        parts.port  # noqa: B018 (a port that is not a number raises here)
    except ValueError:
        raise ClassError(REFUSED, tr("The port in {url!r} is not a number.").format(url=url)) from None
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


class Client:
    """One class server, as one login sees it."""

    def __init__(self, url: str, login: Login | None, timeout: float = TIMEOUT_S) -> None:
        self.url = normalise_url(url)
        self.login = login
        self.timeout = timeout

    # -- the transport ------------------------------------------------------------------------
    def request(self, method: str, path: str, body: dict | None = None, query: dict | None = None,
                data: bytes | None = None, raw: bool = False, limit: int = MAX_ANSWER):
        """One call: a dict from the JSON answer (or the bytes, `raw`). Raises ClassError."""
        address = self.url + path + ("?" + urllib.parse.urlencode(query, doseq=True) if query else "")
        if body is not None:
            data = json.dumps(body).encode()
        req = urllib.request.Request(address, data=data, method=method)
        req.add_header("Content-Type", "application/json" if body is not None else "application/octet-stream")
        if self.login is not None:
            token = base64.b64encode(f"{self.login.user}:{self.login.password}".encode()).decode()
            req.add_header("Authorization", "Basic " + token)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as answer:
                payload = _read_capped(answer, limit)
        except urllib.error.HTTPError as exc:
            raise self._refusal(exc) from None
        except TimeoutError:
            raise ClassError(TIMEOUT, tr("The class server at {url} did not answer within {s} s.").format(
                url=self.url, s=number(self.timeout, "g"))) from None
        except (urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise ClassError(TIMEOUT, tr("The class server at {url} did not answer within {s} s.").format(
                    url=self.url, s=number(self.timeout, "g"))) from None
            raise ClassError(UNREACHABLE, tr("No class server answers at {url} ({reason}): check the address, "
                                             "and that the teacher's server is running.").format(
                url=self.url, reason=reason)) from None
        if raw:
            return payload
        return self._parse(payload)

    def _parse(self, payload: bytes) -> dict:
        try:
            answer = json.loads(payload.decode("utf-8") or "{}")
        except (UnicodeDecodeError, json.JSONDecodeError):
            answer = None
        if not isinstance(answer, dict):
            raise ClassError(NOT_MLFLOW, tr("The server at {url} answered, but not as an MLflow class server does: "
                                            "check the address and port.").format(url=self.url))
        return answer

    def _refusal(self, exc: urllib.error.HTTPError) -> ClassError:
        try:
            detail = _read_capped(exc, 64 * 1024).decode("utf-8", "replace")
        except Exception:  # a body that breaks off is no better than none
            detail = ""
        try:
            error = json.loads(detail)
            code, message = (error.get("error_code", ""), error.get("message", "")) if isinstance(error, dict) else ("",
                                                                                                                 "")
        except json.JSONDecodeError:
            code, message = "", ""
        status = exc.code
        if status == 401:
            return ClassError(LOGIN, tr("The class server did not accept the name and code: check the join code the "
                                        "teacher gave you."))
        if status == 403:
            return ClassError(FORBIDDEN, tr("The class server refused: this login may not change that."))
        if status == 404 and code == "RESOURCE_DOES_NOT_EXIST":
            return ClassError(MISSING, tr("Not on the class server any more: {message}").format(message=message[:200]),
                              code)
        if status == 404 or (status == 405 and not code):
            return ClassError(NOT_MLFLOW, tr("The server at {url} is not an MLflow class server (it answered "
                                             "{status}): check the address and port.").format(url=self.url,
                                                                                           status=status))
        if status >= 500:
            return ClassError(SERVER, tr("The class server had a problem ({status}); it is tried again later.").format(
                status=status), code)
        return ClassError(REFUSED, tr("The class server refused: {message}").format(
            message=(message or detail)[:200] or status), code)

    # -- MLflow's calls ------------------------------------------------------------------------
    def api(self, method: str, name: str, body: dict | None = None, **query) -> dict:
        return self.request(method, f"{API}/{name}", body=body, query=query or None)

    def whoami(self) -> dict:
        """The login's user record: proves the server is MLflow with logins and the code is right."""
        answer = self.api("GET", "users/current")
        user = answer.get("user")
        if not isinstance(user, dict) or not isinstance(user.get("username"), str):
            raise ClassError(NOT_MLFLOW, tr("The server at {url} answered, but not as an MLflow class server does: "
                                            "check the address and port.").format(url=self.url))
        return user

    def experiment_id(self, name: str, create: bool = True) -> str | None:
        try:
            answer = self.api("GET", "experiments/get-by-name", experiment_name=name)
            return str(answer["experiment"]["experiment_id"])
        except ClassError as exc:
            if exc.kind != MISSING or not create:
                if exc.kind == MISSING:
                    return None
                raise
        except (KeyError, TypeError):
            raise ClassError(NOT_MLFLOW, tr("The class server's answer about {name!r} is not one MLflow gives.").format(
                name=name)) from None
        answer = self.api("POST", "experiments/create", {"name": name})
        return str(answer.get("experiment_id", ""))

    def search_runs(self, experiment_ids: list[str], filter_text: str = "", max_results: int = 1000) -> list[dict]:
        """Every run (all pages) of these experiments that passes `filter_text`."""
        runs, token = [], None
        while True:
            body = {"experiment_ids": experiment_ids, "filter": filter_text, "max_results": max_results}
            if token:
                body["page_token"] = token
            answer = self.api("POST", "runs/search", body)
            page = answer.get("runs", [])
            if not isinstance(page, list):
                raise ClassError(NOT_MLFLOW, tr("The class server's list of runs is not a list."))
            runs.extend(run for run in page if isinstance(run, dict))
            token = answer.get("next_page_token")
            if not token or not page:
                return runs

    def put_artifact(self, experiment_id: str, run_id: str, path: str, data: bytes) -> None:
        quoted = urllib.parse.quote(path)
        self.request("PUT", f"/api/2.0/mlflow-artifacts/artifacts/{experiment_id}/{run_id}/artifacts/{quoted}",
                     data=data, raw=True)

    def get_artifact(self, experiment_id: str, run_id: str, path: str) -> bytes:
        quoted = urllib.parse.quote(path)
        return self.request("GET", f"/api/2.0/mlflow-artifacts/artifacts/{experiment_id}/{run_id}/artifacts/{quoted}",
                            raw=True, limit=MAX_ARTIFACT)


def _read_capped(answer, limit: int = MAX_ANSWER, deadline_s: float = 4 * TIMEOUT_S) -> bytes:
    """The answer's bytes, refused past `limit` or when it trickles on past `deadline_s` (an endless answer)."""
    import time

    start, chunks, size = time.monotonic(), [], 0
    while True:
        chunk = answer.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise ClassError(NOT_MLFLOW, tr("The class server's answer is over {mb} MB: not one MLflow gives.").format(
                mb=limit // (1024 * 1024)))
        if time.monotonic() - start > deadline_s:
            raise ClassError(TIMEOUT, tr("The class server's answer did not end within {s} s.").format(
                s=number(deadline_s, "g")))


def tags_of(run: dict) -> dict[str, str]:
    """A run's tags (an MLflow run from search or get) as a dict."""
    data = run.get("data", {}) if isinstance(run, dict) else {}
    return {t.get("key"): t.get("value") for t in data.get("tags", []) if isinstance(t, dict)}


def params_of(run: dict) -> dict[str, str]:
    data = run.get("data", {}) if isinstance(run, dict) else {}
    return {p.get("key"): p.get("value") for p in data.get("params", []) if isinstance(p, dict)}


def metrics_of(run: dict) -> dict[str, float]:
    """A run's latest metric values."""
    data = run.get("data", {}) if isinstance(run, dict) else {}
    return {m.get("key"): m.get("value") for m in data.get("metrics", []) if isinstance(m, dict)}

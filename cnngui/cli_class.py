"""`cnngui class`: the teacher's class server and a seat's membership, from a terminal.

    Teacher (on the PC with `pip install "cnngui[class]"`):
    cnngui class serve [--dir DIR] [--host HOST] [--port PORT] [--roster FILE]
    cnngui class add-student NAME [--dir DIR]
    cnngui class runs [--dir DIR] [--json]
    cnngui class challenge NAME --rule KIND:VALUE [--dir DIR]
    cnngui class leaderboard NAME [--dir DIR] [--json]
    cnngui class dataset NAME --out DIR [--dir DIR] [--json]
    cnngui class report --csv OUT.csv [--dir DIR]
    Seat:
    cnngui class join URL --name NAME --code CODE
    cnngui class share FOLDER
    cnngui class leave | status [--json] | sync

Every problem is one line on stderr and exit code 2 (a wrong address, a wrong code, a server
that is not MLflow, one that hangs). The JSON shapes are contracts: `runs --json` prints a list of
`{"student", "run", "network", "parameters", "best_test_accuracy", "seconds", "status", ...}`,
`leaderboard --json` prints `{"challenge": {...}, "entries": [{"place", "student", ...}]}`,
`dataset --json` prints `{"dataset", "folder", "students", "classes": {class: count}, "drawings", "skipped"}`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from cnngui.errors import UserError

_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    """A line for the terminal with every character a student's name could hide behind made visible: escape
    sequences, carriage returns and the like, direction overrides ("\x1b[41;97m MALLORY \x1b[0m\rAnna Schmidt"
    showed as "Anna Schmidt"). Newlines and tabs stay."""
    return _HIDDEN.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


def say(text: str, file=None) -> None:
    """print() for what a class's server said: its names can't steer the terminal."""
    print(visible(text), file=file or sys.stdout)


def add_parser(sub) -> None:
    group = sub.add_parser("class", help="the class: the teacher's server, a seat joining it, runs and challenges")
    what = group.add_subparsers(dest="class_command", required=True,
                                metavar="{serve,add-student,runs,challenge,leaderboard,dataset,report,"
                                        "join,share,leave,status,sync}")

    def teacher(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = what.add_parser(name, help=help_text)
        parser.add_argument("--dir", type=Path, help="the class's folder (default: in the user's data folder)")
        return parser

    serve = teacher("serve", "start the class server (MLflow, logins on) and print the join codes")
    serve.add_argument("--host", default="0.0.0.0", help="the address to listen on (default: every network)")
    serve.add_argument("--port", type=int, default=5000)
    serve.add_argument("--roster", type=Path, metavar="FILE", help="a text file, one student's name a line")
    add = teacher("add-student", "a join code for one more student (the server must be running)")
    add.add_argument("name", metavar="NAME")
    runs = teacher("runs", "every seat's runs as a table")
    runs.add_argument("--json", action="store_true", help="print JSON")
    challenge = teacher("challenge", "set a challenge for the class")
    challenge.add_argument("name", metavar="NAME")
    challenge.add_argument("--rule", required=True, metavar="KIND:VALUE",
                           help="fewest-params:0.98 (fewest parameters at test accuracy >= 98%%), "
                                "best-accuracy:50000 (at most 50,000 parameters), fastest:0.97 (shortest time)")
    board = teacher("leaderboard", "a challenge's leaderboard")
    board.add_argument("name", metavar="NAME")
    board.add_argument("--json", action="store_true", help="print JSON")
    dataset = teacher("dataset", "the class's shared drawings of a dataset as one image folder, a writer per student")
    dataset.add_argument("name", metavar="NAME", help="the dataset's name, as the seats named it")
    dataset.add_argument("--out", required=True, type=Path, metavar="DIR", help="the image folder to write")
    dataset.add_argument("--json", action="store_true", help="print JSON")

    join = what.add_parser("join", help="join a class: this computer's trainings are then sent to it")
    join.add_argument("url", metavar="URL", help="the address the teacher gave, e.g. http://192.168.1.10:5000")
    join.add_argument("--name", required=True, help="your name as on the teacher's list")
    join.add_argument("--code", required=True, help="your join code")
    report = teacher("report", "the gradebook: a row per student, a column per lesson question and challenge")
    report.add_argument("--csv", required=True, type=Path, metavar="OUT.csv", help="the CSV file to write")
    share = what.add_parser("share", help="share an image folder's drawings with the class (now and as they are added)")
    share.add_argument("folder", type=Path, metavar="FOLDER", help="a dataset folder (FOLDER/<class>/…)")
    what.add_parser("leave", help="leave the class (nothing more is sent)")
    status = what.add_parser("status", help="joined to what, as whom, and what waits to be sent")
    status.add_argument("--json", action="store_true", help="print JSON")
    what.add_parser("sync", help="send what waits now and say what was sent")


def cmd_class(args) -> int:
    return _COMMANDS[args.class_command](args)


def _folder(args):
    from cnngui.core.classroom.server import ClassFolder, default_dir

    return ClassFolder(args.dir or default_dir())


def _serve(args) -> int:
    from cnngui.core.classroom import server

    folder = _folder(args)
    names = []
    if args.roster is not None:
        try:
            names = [line.strip() for line in args.roster.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{args.roster}: the roster can't be read ({exc.__class__.__name__}); it is a text file, "
                            "one name a line.") from None
    if not server.mlflow_available():
        raise UserError(server.INSTALL_HINT)
    stale = server.running_server(folder)
    if stale is not None:
        raise UserError(f"A class server from {folder.root} is still running (process group {stale['pid']}, "
                        f"{stale.get('url', '')}), left by a serve that was killed. Stop it first: "
                        f"kill -TERM -- -{stale['pid']}")
    print(f"Starting the class server in {folder.root} (MLflow, logins on)...", flush=True)
    _stop_on_signals()  # before the server exists: a signal while it starts stops it too
    try:
        process, url = server.start(folder, args.host, args.port)
    except KeyboardInterrupt:
        print("\nStopped while starting.", file=sys.stderr)
        return 0
    try:
        client = folder.client()
        folder.enroll_all(client)  # a class from before: every student's experiment made and recorded by the teacher
        rows = [folder.add_student(name, client) for name in names] or folder.roster()
        print(f"\nThe class joins at:  {url}\n(File → Join a class…, or: cnngui class join {url} --name NAME "
              "--code CODE)\n")
        for row in rows:
            say(f"  {row['name']:<24} name: {row['user']:<20} code: {row['code']}")
        if not rows:
            print("  No students yet: cnngui class add-student NAME gives one a code.")
        print(f"\nThe roster is in {folder.roster_path}. MLflow's own pages: {url} (the teacher's login is in "
              f"{folder.root / 'teacher.json'}).\nCtrl+C stops the server.", flush=True)
        process.wait()
    except KeyboardInterrupt:
        print("\nStopping the class server...", file=sys.stderr)
    finally:
        server.stop(process)
    return 0


def _stop_on_signals() -> None:
    """SIGTERM and SIGHUP (a closed terminal) end `serve` as Ctrl+C does, through its `finally`: they ended the
    command at once, and MLflow's processes (a session of their own) went on answering."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)


def _add_student(args) -> int:
    row = _folder(args).add_student(args.name)
    say(f"{row['name']}: name {row['user']}, code {row['code']}")
    return 0


def _runs(args) -> int:
    from cnngui.core.classroom.teacher import claims, class_runs

    rows = class_runs(_folder(args).client())
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    if not rows:
        say("No runs in the class yet.")
    for row in rows:
        accuracy = f"{row['best_test_accuracy']:.2%}" if row["best_test_accuracy"] is not None else "-"
        say(f"{row['student']:<18} {row['run'][:28]:<28} {row['network'][:18]:<18} {row['parameters']:>9,} "
              f"{accuracy:>7} {row['status']}")
    for line in claims(rows):  # a run that names someone else: under its owner, and said once
        say(line, file=sys.stderr)
    return 0


def _challenge(args) -> int:
    from cnngui.core.classroom.teacher import parse_rule, set_challenge

    parse_rule(args.rule)  # a bad rule is told before the server is asked anything
    challenge = set_challenge(_folder(args).client(), args.name, args.rule)
    say(f"Challenge {challenge['name']!r}: {challenge['title']}. Seats pick it in Train; "
          f"cnngui class leaderboard {challenge['name']!r} shows who leads.")
    return 0


def _leaderboard(args) -> int:
    from cnngui.core.classroom.teacher import RULES, leaderboard

    challenge, entries = leaderboard(_folder(args).client(), args.name)
    if args.json:
        print(json.dumps({"challenge": challenge, "entries": entries}, indent=1))
        return 0
    say(f"{challenge['name']}: {challenge['title']}")
    metric = RULES[challenge["rule"]].metric
    for entry in entries:
        value = entry[metric]
        shown = f"{value:.2%}" if metric == "best_test_accuracy" else (
            f"{value:,.0f} parameters" if metric == "parameters" else f"{value:.1f} s")
        say(f"{entry['place']:>3}. {entry['student']:<20} {shown:>18}  ({entry['run']})")
    if not entries:
        say("  No qualifying run yet.")
    return 0


def _dataset(args) -> int:
    from cnngui.core.classroom.drawings import save_class_dataset

    result = save_class_dataset(_folder(args).client(), args.name, args.out)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    say(f"{result['drawings']} drawings of {len(result['students'])} students in {result['folder']}: "
          + ", ".join(f"{name} {count}" for name, count in result["classes"].items()))
    for line in result["skipped"]:
        say(f"  left out: {line}", file=sys.stderr)
    say(f"Train on them: cnngui train --images {result['folder']}; per writer: Evaluate → your own drawings.")
    return 0


def _report(args) -> int:
    from cnngui.core.classroom.votes import class_report, write_report_csv

    header, rows = class_report(_folder(args).client())
    try:
        write_report_csv(header, rows, args.csv)
    except OSError as exc:
        raise UserError(f"Cannot write {args.csv}: {exc.strerror or exc}.") from None
    print(f"{len(rows)} students, {len(header) - 3} questions and challenges: {args.csv}")
    return 0


def _share(args) -> int:
    from cnngui.core.classroom import membership, sender
    from cnngui.core.classroom.drawings import share_whole_dataset
    from cnngui.core.data.image_folder import class_folders

    joined = membership.current()
    if joined is None:
        raise UserError("This computer is in no class: cnngui class join URL --name NAME --code CODE first.")
    class_folders(args.folder)  # a folder that is no image folder is told here, in one line
    shared = sender.shared()
    count = share_whole_dataset(shared.outbox, joined, args.folder)
    report = shared.send_now(budget_s=10, wait_s=5.0)
    print(f"Shared {args.folder.name!r} with the class: {count} drawings queued, {len(report.sent)} items sent, "
          f"{report.waiting} wait. Drawings added to it later are sent too.")
    if report.error is not None:  # queued is done (exit 0), but not sent: said plainly
        print(f"Not sent yet: {report.error} {report.waiting} items wait on this computer, nothing is lost; they go "
              "when the server answers (cnngui class sync sends them now).", file=sys.stderr)
    return 0


def _join(args) -> int:
    from cnngui.core.classroom import membership, sender

    joined, warnings = membership.join(args.url, args.name, args.code)
    for line in warnings:
        print(line, file=sys.stderr)
    print(f"Joined the class at {joined.url} as {joined.name}: trainings are now sent there.")
    report = sender.shared().send_now(budget_s=10)
    if report.sent:
        print(f"Sent {len(report.sent)} waiting items.")
    return 0


def _leave(args) -> int:
    from cnngui.core.classroom import membership

    print("Left the class." if membership.leave() else "This computer is in no class.")
    return 0


def status_record() -> dict:
    from cnngui.core.classroom import membership
    from cnngui.core.classroom.outbox import Outbox

    joined, outbox = membership.current(), Outbox()
    return {"joined": joined is not None, "url": joined.url if joined else None,
            "name": joined.name if joined else None, "user": joined.user if joined else None,
            "waiting": outbox.describe(), "refused": outbox.refused()}


def _status(args) -> int:
    record = status_record()
    if args.json:
        print(json.dumps(record, indent=1))
        return 0
    print(f"Joined the class at {record['url']} as {record['name']}." if record["joined"]
          else "This computer is in no class (cnngui class join URL --name NAME --code CODE).")
    print(f"Waiting to be sent: {len(record['waiting'])}" + "".join(f"\n  {line}" for line in record["waiting"]))
    if record["refused"]:
        print(f"Refused by the server and set aside: {len(record['refused'])} (see the outbox's refused folder)")
    return 0


def _sync(args) -> int:
    from cnngui.core.classroom import membership, sender

    if membership.current() is None:
        raise UserError("This computer is in no class: cnngui class join URL --name NAME --code CODE first.")
    report = sender.shared().send_now(wait_s=10.0)
    for line in report.lines():
        print(line)
    if report.error is not None:
        raise UserError(f"{report.error} ({report.waiting} items still wait; nothing is lost)")
    print(f"Sent {len(report.sent)} items; {report.waiting} wait." if report.sent or report.waiting
          else "Nothing waits to be sent.")
    return 0


_COMMANDS = {"serve": _serve, "add-student": _add_student, "runs": _runs, "challenge": _challenge,
             "leaderboard": _leaderboard, "dataset": _dataset, "report": _report, "join": _join, "share": _share,
             "leave": _leave, "status": _status, "sync": _sync}

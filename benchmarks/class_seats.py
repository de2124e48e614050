"""The class server's cost to a seat, and its load (issue 32), side by side in one run, on 127.0.0.1 only.

Default: one training (the fast recipe on an MNIST subset) unjoined, then joined with the server up, down
(its port closed) and hanging (a socket that accepts and never answers), the conditions interleaved and
repeated; for each, images/s and the lateness of a 10 ms ticker thread (how late a GUI's timer would fire:
the window's responsiveness, without a window). The seat's sender runs in the background, as in the app.

--load N: N simulated seats (threads, each its own login, outbox and run) training and sending at once to
one server for --seconds: each seat queues an epoch's figures and 100 batch losses every --epoch-s seconds
and its sender sends them; then the teacher's login reads every run back (nothing lost, nothing twice).
Prints the server's CPU (all its processes) and each send's p50/p95/max time.

Usage: python benchmarks/class_seats.py [--repeats 2] [--subset 10000]
       python benchmarks/class_seats.py --load 30 [--seconds 60] [--epoch-s 2] [--no-auth-cache]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

from cnngui.core.classroom import membership, sender
from cnngui.core.classroom.outbox import Outbox
from cnngui.core.classroom.rest import Client
from cnngui.core.classroom.server import ClassFolder, start, stop
from cnngui.core.devices import cpu_description


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Ticker:
    """A thread that wants to run every 10 ms; how late it ran says how long others held the interpreter."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        due = time.perf_counter() + 0.01
        while not self._stop.is_set():
            time.sleep(max(0.0, due - time.perf_counter()))
            now = time.perf_counter()
            self.late.append((now - due) * 1000)
            due = now + 0.01

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def one_training(data, condition: str) -> tuple[float, list[float]]:
    from cnngui.core.training.continuing import TrainingSession
    from cnngui.core.training.recipes import preset

    with Ticker() as ticker:
        session = TrainingSession(data, preset("fast", epochs=2, device="cpu"))
        session.run()
    run = session.recorder.run
    rate = sum(h["images_per_sec"] for h in run.history) / len(run.history)
    return rate, ticker.late


def seat_cost(args) -> None:
    from cnngui.core.data.loading import load_mnist

    work = Path(tempfile.mkdtemp(prefix="cnngui-class-bench-"))
    os.environ["CNNGUI_DATA_DIR"] = str(work / "seat-data")
    os.environ["CNNGUI_CONFIG_DIR"] = str(work / "seat-config")
    folder = ClassFolder(work / "class")
    port = free_port()
    process, url = start(folder, "127.0.0.1", port)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)
    hang_url = f"http://127.0.0.1:{silent.getsockname()[1]}"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        down_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    try:
        student = folder.add_student("Bench Seat")
        joined, _ = membership.join(url, student["name"], student["code"])
        data = load_mnist().subset(train=args.subset, test=2000)
        rows: dict[str, list] = {}
        conditions = [("unjoined", None), ("joined, server up", url), ("joined, server down", down_url),
                      ("joined, server hanging", hang_url)]
        print(f"Machine: {cpu_description()}; MLflow server on 127.0.0.1:{port}; {args.subset} images, fast recipe, "
              f"2 epochs; conditions interleaved, {args.repeats} repeats", flush=True)
        for repeat in range(args.repeats):
            for name, address in conditions:
                if address is None:
                    membership.leave()
                else:
                    membership.Membership(address, joined.name, joined.user, joined.code, joined.experiment_id,
                                          joined.seat).save()
                rate, late = one_training(data, name)
                rows.setdefault(name, []).append((rate, late))
                print(f"  {repeat + 1}. {name:<24} {rate:7.0f} images/s  ticker late p99 {percentile(late, 0.99):5.1f} "
                      f"ms, max {max(late):6.1f} ms  (outbox: {len(Outbox().waiting())} waiting)", flush=True)
        base = statistics.median(r for r, _ in rows["unjoined"])
        print("\n| condition | images/s (median) | vs unjoined | ticker late p99 | max |")
        print("| --- | --- | --- | --- | --- |")
        for name, values in rows.items():
            rate = statistics.median(r for r, _ in values)
            late = [x for _, lat in values for x in lat]
            print(f"| {name} | {rate:.0f} | {rate / base:.1%} | {percentile(late, 0.99):.1f} ms | {max(late):.1f} ms |")
    finally:
        sender.shared().stop()
        stop(process)
        silent.close()


def server_cpu_seconds(pid: int) -> float:
    """CPU seconds of the server and every process under it (its workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pid or int(entry.name) == pid or int(fields[3]) == pid:  # ppid, or its group
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def join_rush(url: str, seats: list) -> str:
    """Every seat joins at once with the seat's own defaults (membership.join's timeout and retries): each
    join's time, failures, and the load average beside them."""
    from cnngui.core.classroom.rest import ClassError, Login

    times, failures, lock = [], [], threading.Lock()
    barrier = threading.Barrier(len(seats))

    def one(student: dict) -> None:
        client = Client(url, Login(student["user"], student["code"]), timeout=membership.JOIN_TIMEOUT_S)
        barrier.wait()
        began = time.perf_counter()
        try:
            membership.join_server(client, student["user"], f"rush-{student['user']}")
        except ClassError as exc:
            with lock:
                failures.append(f"{student['user']}: {exc}")
        with lock:
            times.append(time.perf_counter() - began)

    threads = [threading.Thread(target=one, args=(student,)) for student, *_ in seats]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"join rush: {len(seats)} seats at once, {len(failures)} failed; a join p50 "
            f"{percentile(times, 0.5):.2f} s, p95 {percentile(times, 0.95):.2f} s, max {max(times):.2f} s; load "
            f"average {load:.1f} on {os.cpu_count()} cores" + "".join(f"\n  {line}" for line in failures[:5]))


def load_test(args) -> None:
    work = Path(tempfile.mkdtemp(prefix="cnngui-class-load-"))
    folder = ClassFolder(work / "class")
    port = free_port()
    process, url = start(folder, "127.0.0.1", port, login_cache_s=0 if args.no_auth_cache else 60)
    print(f"Machine: {cpu_description()}; MLflow 3.17.2 server on 127.0.0.1:{port} (SQLite, default workers, logins "
          f"on, login cache {'off' if args.no_auth_cache else '60 s'}); {args.load} seats, an epoch every "
          f"{args.epoch_s} s for {args.seconds} s", flush=True)
    times: list[float] = []
    lock = threading.Lock()
    original_request = Client.request

    def timed(self, *a, **k):
        began = time.perf_counter()
        try:
            return original_request(self, *a, **k)
        finally:
            with lock:
                times.append(time.perf_counter() - began)

    seats = []
    try:
        for n in range(args.load):
            student = folder.add_student(f"Seat {n + 1:02d}")
            client = Client(url, None)
            from cnngui.core.classroom.rest import Login

            client.login = Login(student["user"], student["code"])
            client.timeout = 30.0
            experiment = client.experiment_id(membership.EXPERIMENT_PREFIX + student["user"])
            seats.append((student, client, experiment, Outbox(work / "outboxes" / student["user"])))
        rush = join_rush(url, seats)
        Client.request = timed
        sent_epochs = [0] * len(seats)
        cpu0, t0 = server_cpu_seconds(process.pid), time.monotonic()
        stop_at = t0 + args.seconds

        def seat_loop(index: int) -> None:
            student, client, experiment, outbox = seats[index]
            local = f"load-{index}"
            outbox.put("start", {"local": local, "name": f"load test {index}", "start_time": int(time.time() * 1000),
                                 "params": {"lr": 0.003, "network": "Seed CNN"},
                                 "tags": {"cnngui.student": student["name"]}})
            epoch = 0
            time.sleep(args.epoch_s * index / len(seats))  # seats start spread over one epoch, as a class does
            while time.monotonic() < stop_at:
                epoch += 1
                stamp = int(time.time() * 1000)
                metrics = [["test_accuracy", 0.9 + epoch / 1000, stamp, epoch], ["train_loss", 1 / epoch, stamp, epoch]]
                metrics += [["batch_loss", 1 / (epoch * 100 + b), stamp, epoch * 100 + b] for b in range(100)]
                outbox.put("metrics", {"local": local, "metrics": metrics})
                report = outbox.send(client, experiment, budget_s=args.epoch_s * 4)
                if report.waiting == 0:
                    sent_epochs[index] = epoch
                time.sleep(max(0.0, args.epoch_s - 0.0))
            outbox.put("end", {"local": local, "status": "FINISHED", "end_time": int(time.time() * 1000)})
            final = outbox.send(client, experiment, budget_s=60)
            if final.waiting == 0:
                sent_epochs[index] = epoch

        threads = [threading.Thread(target=seat_loop, args=(i,)) for i in range(len(seats))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.monotonic() - t0
        cpu = server_cpu_seconds(process.pid) - cpu0
        Client.request = original_request
        teacher = folder.client(timeout=30)
        lost = duplicated = 0
        for index, (_, _, experiment, _) in enumerate(seats):
            run = teacher.search_runs([experiment], f"tags.`cnngui.local_run` = 'load-{index}'")
            run_id = run[0]["info"]["run_id"]
            points = teacher.api("GET", "metrics/get-history", run_id=run_id, metric_key="test_accuracy",
                                 max_results=25000)["metrics"]
            steps = [p["step"] for p in points]
            duplicated += len(steps) - len(set(steps))
            lost += sent_epochs[index] - len(set(steps))
            losses = teacher.api("GET", "metrics/get-history", run_id=run_id, metric_key="batch_loss",
                                 max_results=25000)["metrics"]
            loss_steps = [p["step"] for p in losses]  # every batch loss too, not only the epochs' accuracy
            duplicated += len(loss_steps) - len(set(loss_steps))
            lost += 100 * sent_epochs[index] - len(set(loss_steps))
            tags = {t["key"]: t["value"] for t in run[0].get("data", {}).get("tags", [])}
            lost += tags.get("cnngui.student") != seats[index][0]["name"]  # and the run's tags
        print(f"\nsends: {len(times)} requests in {wall:.0f} s ({len(times) / wall:.1f}/s); time of a request "
              f"p50 {percentile(times, 0.5) * 1000:.0f} ms, p95 {percentile(times, 0.95) * 1000:.0f} ms, max "
              f"{max(times) * 1000:.0f} ms")
        print(f"server CPU: {cpu:.1f} s over {wall:.0f} s = {cpu / wall:.0%} of one core (of {os.cpu_count()})")
        print(f"epochs sent {sum(sent_epochs)} (each an accuracy and 100 batch losses), runs' tags checked; "
              f"lost {lost}, duplicated {duplicated}")
        print(rush)
    finally:
        Client.request = original_request
        stop(process)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--subset", type=int, default=10000)
    parser.add_argument("--load", type=int, default=0)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--epoch-s", type=float, default=2.0)
    parser.add_argument("--no-auth-cache", action="store_true")
    args = parser.parse_args()
    load_test(args) if args.load else seat_cost(args)


if __name__ == "__main__":
    main()

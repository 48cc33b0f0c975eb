"""Where a batch's postings run: a pool of local worker processes, or Ray actors.

Both engines keep one `Worker` (one loaded model) per worker for the whole batch and pull tasks
lazily from the driver's iterator, so the driver claims a posting only when a worker is free for
it. A posting that overruns `task_timeout` gets its worker killed and replaced (a fresh model
load); a worker that dies (segfault, out of memory) costs only its current posting. Either way
the posting comes back as a failed `Outcome` and the batch goes on.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from tailor.batch.worker import Outcome, Worker, WorkerSpec
from tailor.errors import WorkerStartFailed
from tailor.text.posting_files import PostingTask

Task = tuple[int, PostingTask]
POLL_SECONDS = 1.0



def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS
        return os.cpu_count() or 1


# --------------------------------------------------------------------------- local processes

def _worker_main(conn: Connection, spec: WorkerSpec) -> None:
    # Ctrl-C reaches every process of the terminal's group: the driver handles it (it stops the
    # batch, closes the workers and says how to go on), so a worker must not die with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        worker = Worker(spec)
    except BaseException as exc:  # noqa: BLE001 - reported to the driver, which stops the batch
        render = getattr(exc, "render", None)
        conn.send(("start_failed", render() if render else f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except EOFError:  # the driver is gone
            break
        if message is None:
            break
        conn.send(("outcome", worker.tailor(*message)))


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    conn: Connection
    ready: bool = False
    task: Task | None = None
    started: float = 0.0


class ProcessEngine:
    """`workers` spawned processes on this machine (spawn: torch and fork do not mix)."""

    def __init__(self, spec: WorkerSpec, workers: int, task_timeout: float | None = None,
                 worker_main: Callable[[Connection, WorkerSpec], None] | None = None):
        """`worker_main` replaces the worker loop (tests use it to stage hangs and crashes)."""
        self.spec, self.task_timeout = spec, task_timeout
        self._worker_main = worker_main or _worker_main
        self._ctx = mp.get_context("spawn")
        self._slots = [self._spawn() for _ in range(workers)]

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=self._worker_main, args=(child, self.spec), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def run(self, tasks: Iterator[Task]) -> Iterator[Outcome]:
        pending = iter(tasks)
        exhausted = False
        while True:
            if not exhausted:
                for slot in self._slots:
                    if slot.ready and slot.task is None:
                        task = next(pending, None)
                        if task is None:
                            exhausted = True
                            break
                        slot.task, slot.started = task, time.monotonic()
                        slot.conn.send(task)
            if exhausted and all(s.task is None for s in self._slots):
                return
            wait([s.conn for s in self._slots] + [s.process.sentinel for s in self._slots],
                 timeout=POLL_SECONDS)
            for i, slot in enumerate(self._slots):
                outcome = self._check(i, slot)
                if outcome is not None:
                    yield outcome

    def _check(self, i: int, slot: _Slot) -> Outcome | None:
        """Read what slot `i` has to say; replace it if it died or overran its posting."""
        try:
            if slot.conn.poll():
                kind, payload = slot.conn.recv()
                if kind == "start_failed":
                    raise WorkerStartFailed(payload)
                if kind == "ready":
                    slot.ready = True
                    return None
                slot.task = None
                return payload
        except (EOFError, OSError):
            pass  # the pipe broke: the process is dead, handled below
        if not slot.process.is_alive():
            return self._replace(i, f"the worker process died (exit code {slot.process.exitcode})",
                                 "crash")
        if slot.task is not None and self.task_timeout \
                and time.monotonic() - slot.started > self.task_timeout:
            slot.process.kill()
            slot.process.join()
            return self._replace(i, f"timed out after {self.task_timeout:.0f} s", "timeout")
        return None

    def _replace(self, i: int, message: str, kind: str) -> Outcome | None:
        old = self._slots[i]
        if old.task is None and not old.ready:
            raise WorkerStartFailed(f"a worker failed while loading the model: {message}")
        old.conn.close()
        self._slots[i] = self._spawn()
        if old.task is None:
            return None
        return Outcome(old.task[0], False, error=message, error_kind=kind,
                       seconds=time.monotonic() - old.started)

    def close(self) -> None:
        for slot in self._slots:
            try:
                slot.conn.send(None)
            except OSError:
                pass
        for slot in self._slots:
            slot.process.join(timeout=5)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
            slot.conn.close()


# --------------------------------------------------------------------------- Ray

class _RayWorker:
    """Actor body: one Worker (one loaded model) per actor."""

    def __init__(self, spec: WorkerSpec):
        self.worker = Worker(spec)

    def ready(self) -> bool:
        return True

    def tailor(self, index: int, task: PostingTask) -> Outcome:
        return self.worker.tailor(index, task)


class RayEngine:
    """Postings as method calls on `workers` Ray actors, each holding a model.

    `address=None` starts a local Ray instance with `workers` CPUs; otherwise joins the cluster
    (e.g. "ray://head:10001" or "auto"). On a cluster, every node needs Tailor installed.
    """

    def __init__(self, spec: WorkerSpec, workers: int, task_timeout: float | None = None,
                 address: str | None = None):
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no phoning home
        import ray

        self._ray, self.spec, self.task_timeout = ray, spec, task_timeout
        self._owns_ray = not ray.is_initialized()
        if self._owns_ray:
            options = {"address": address} if address else {
                "num_cpus": workers, "object_store_memory": 256 * 1024 * 1024}
            ray.init(include_dashboard=False, log_to_driver=False, **options)
        self._actor_class = ray.remote(num_cpus=1)(_RayWorker)
        self._actors = [self._actor_class.remote(spec) for _ in range(workers)]
        self._await_ready(self._actors)

    def _await_ready(self, actors: list) -> None:
        try:
            self._ray.get([a.ready.remote() for a in actors])
        except self._ray.exceptions.RayError as exc:
            raise WorkerStartFailed(f"a Ray worker failed while loading the model: {exc}") from None

    def run(self, tasks: Iterator[Task]) -> Iterator[Outcome]:
        ray = self._ray
        pending = iter(tasks)
        idle = list(range(len(self._actors)))
        in_flight: dict = {}  # ObjectRef -> (actor index, task, started)
        exhausted = False
        while True:
            while idle and not exhausted:
                task = next(pending, None)
                if task is None:
                    exhausted = True
                    break
                actor = idle.pop()
                ref = self._actors[actor].tailor.remote(*task)
                in_flight[ref] = (actor, task, time.monotonic())
            if not in_flight:
                return
            done, _ = ray.wait(list(in_flight), num_returns=1, timeout=POLL_SECONDS)
            for ref in done:
                actor, task, _started = in_flight.pop(ref)
                try:
                    outcome = ray.get(ref)
                except ray.exceptions.RayActorError as exc:
                    outcome = Outcome(task[0], False, error=f"the Ray worker died: {exc}",
                                      error_kind="crash")
                    self._respawn(actor)
                except ray.exceptions.RayError as exc:
                    outcome = Outcome(task[0], False, error=f"Ray task failed: {exc}",
                                      error_kind="internal")
                idle.append(actor)
                yield outcome
            if self.task_timeout:
                for ref, (actor, task, started) in list(in_flight.items()):
                    if time.monotonic() - started > self.task_timeout:
                        del in_flight[ref]
                        self._respawn(actor)
                        idle.append(actor)
                        yield Outcome(task[0], False, error=f"timed out after "
                                      f"{self.task_timeout:.0f} s", error_kind="timeout")

    def _respawn(self, actor: int) -> None:
        self._ray.kill(self._actors[actor], no_restart=True)
        self._actors[actor] = self._actor_class.remote(self.spec)
        self._await_ready([self._actors[actor]])

    def close(self) -> None:
        for actor in self._actors:
            self._ray.kill(actor, no_restart=True)
        self._actors = []
        if self._owns_ray:
            self._ray.shutdown()

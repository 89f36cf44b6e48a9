"""One background-job helper: run a function on the global QThreadPool, deliver on the UI thread."""

from __future__ import annotations

import itertools
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class CancelToken:
    """Checked by long jobs between stages; ``cancel()`` makes ``raise_if_cancelled`` raise."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.on_progress: Callable[[int, str], None] | None = None

    def report(self, percent: int, stage: str) -> None:
        """Called by the job (any thread) to say how far it got; raises Cancelled-style stop if cancelled."""
        if self.on_progress is not None:
            self.on_progress(percent, stage)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Relay(QObject):
    """Long-lived QObject whose signals carry results back to the UI thread (never on the runnable)."""

    done = Signal(int, object)
    failed = Signal(int, object, str)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.job_id = job_id
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a pool thread: no widget access here
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to on_error on the UI thread
            self.relay.failed.emit(self.job_id, exc, traceback.format_exc())
        else:
            self.relay.done.emit(self.job_id, result)


class JobRunner(QObject):
    """Starts jobs and calls back on the UI thread; results of cancelled or superseded jobs are dropped."""

    activity = Signal(int)  # how many jobs are pending, whenever that changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.progress.connect(self._on_progress)
        self._progress_cbs: dict[int, Callable[[int, str], None]] = {}
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException, str], None]]] = {}
        self._latest: dict[str, int] = {}
        self._tokens: dict[int, CancelToken] = {}

    def run_in_background(
        self,
        fn: Callable[[CancelToken], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str], None],
        key: str | None = None,
        on_progress: Callable[[int, str], None] | None = None,
    ) -> int:
        """Run ``fn(token)`` off the UI thread. A newer job with the same ``key`` makes older ones stale."""
        job_id = next(self._ids)
        token = CancelToken()
        if key is not None:
            old = self._latest.get(key)
            if old is not None and old in self._tokens:
                self._tokens[old].cancel()
                self._callbacks.pop(old, None)  # its result, when it comes, is dropped
            self._latest[key] = job_id
        self._callbacks[job_id] = (on_done, on_error)
        self._tokens[job_id] = token
        if on_progress is not None:
            self._progress_cbs[job_id] = on_progress
            relay = self._relay
            token.on_progress = lambda pct, stage: relay.progress.emit(job_id, pct, stage)
        QThreadPool.globalInstance().start(_Runnable(job_id, lambda: fn(token), self._relay))
        self.activity.emit(len(self._callbacks))
        return job_id

    def cancel(self, job_id: int) -> None:
        token = self._tokens.pop(job_id, None)
        if token:
            token.cancel()
        if self._callbacks.pop(job_id, None) is not None:
            self.activity.emit(len(self._callbacks))

    def cancel_all(self) -> None:
        for jid in list(self._tokens):
            self.cancel(jid)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    @Slot(int, int, str)
    def _on_progress(self, job_id: int, percent: int, stage: str) -> None:
        cb = self._progress_cbs.get(job_id)
        if cb is not None and job_id in self._callbacks:
            cb(percent, stage)

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        self._tokens.pop(job_id, None)
        self._progress_cbs.pop(job_id, None)
        cbs = self._callbacks.pop(job_id, None)
        if cbs:
            self.activity.emit(len(self._callbacks))
            cbs[0](result)

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, exc: BaseException, tb: str) -> None:
        self._tokens.pop(job_id, None)
        self._progress_cbs.pop(job_id, None)
        cbs = self._callbacks.pop(job_id, None)
        if cbs:
            self.activity.emit(len(self._callbacks))
            cbs[1](exc, tb)


class GuiThreadGarbageCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only.

    Left automatic, the collector runs in whichever thread happens to allocate, so a background job can end
    up destroying Qt objects (a closed view caught in a reference cycle) off the GUI thread, which crashes
    Qt. This turns the automatic collector off and collects from a timer on the GUI thread, with the same
    thresholds. WORKAROUND for PySide/PyQt objects freed from a non-GUI thread (a known Qt-for-Python
    pattern; see the "GarbageCollector" recipe on the PyQt mailing list, 2011).
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        import gc

        from PySide6.QtCore import QTimer

        self._gc = gc
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = self._gc.get_count()
        for gen in (2, 1, 0):
            if counts[gen] > self._thresholds[gen]:
                self._gc.collect(gen)
                return

    def stop(self) -> None:
        """Give collection back to Python (the object stays usable for a final ``check``)."""
        self._timer.stop()
        self._gc.enable()

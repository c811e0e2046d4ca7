"""Temporary build folders, swapping results into ``generated/``, and cleaning up after a kill.

Every run builds in ``<root>/.generate-*`` or ``.check-*`` and holds an exclusive ``flock`` on a
file inside it for as long as it lives. SIGTERM and SIGHUP become exceptions (SIGINT already is
one), so an interrupted run stops its workers and removes its folder; a folder left by a run that
could not clean up (SIGKILL, power loss) has no live lock, and the next run sweeps it. A folder
whose lock is held belongs to a run still going, and is never touched.
"""

from __future__ import annotations

import contextlib
import fcntl
import filecmp
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

PREFIXES = (".generate-", ".check-")
LOCK = ".lock"
# A folder without a lock file is either being created this instant or very old: wait this long.
UNLOCKED_GRACE_SECONDS = 60.0
GENERATED_README = """\
# generated/

Produced by `nox -s generate` from `specs/`. Do not edit: fix the spec, the overlay or the
generator config and regenerate. `nox -s check_generated` fails when this tree is stale.
"""


class Interrupted(SystemExit):
    """The run got SIGTERM or SIGHUP; exits with 128 + the signal number, as a shell reports it."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


def _raise(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """While active, SIGTERM and SIGHUP raise :class:`Interrupted` in the main thread."""
    previous = {sig: signal.signal(sig, _raise) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP wait until the block is done (a swap is never left half-way)."""
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def worker_signals() -> None:
    """In a worker: the parent decides on Ctrl-C (it stops the workers), and SIGTERM just ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def stop_workers() -> None:
    """Terminate this process's worker processes and wait for them (nothing writes after this)."""
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(timeout=10)


def _remove(folder: Path) -> None:
    for _ in range(3):  # a formatter a killed worker started may still be finishing in there
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.2)


@contextlib.contextmanager
def temp_dir(root: Path, prefix: str) -> Iterator[Path]:
    """A locked temporary folder under ``root``, removed however the block ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    fd = os.open(folder / LOCK, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield folder
    finally:
        _remove(folder)
        os.close(fd)


def _is_stale(folder: Path) -> bool:
    lock = folder / LOCK
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return time.time() - folder.stat().st_mtime > UNLOCKED_GRACE_SECONDS
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # a live run holds it
    finally:
        os.close(fd)
    return True


def sweep(root: Path) -> list[Path]:
    """Remove temporary folders of runs that died without cleaning up; returns what was removed."""
    removed = []
    for folder in sorted(p for prefix in PREFIXES for p in root.glob(f"{prefix}*")):
        try:
            if folder.is_dir() and _is_stale(folder):
                _remove(folder)
                removed.append(folder)
        except OSError:
            continue  # vanished meanwhile, or not ours to judge
    return removed


def swap_in(tmp: Path, names: list[str], generated: Path) -> None:
    """Replace each ``generated/<name>`` with ``tmp/<name>``; roll back if a rename fails.

    Signals wait until every rename is done (or undone).
    """
    with signals_deferred():
        _swap_in(tmp, names, generated)


def _swap_in(tmp: Path, names: list[str], generated: Path) -> None:
    generated.mkdir(exist_ok=True)
    backups: list[tuple[Path, Path]] = []
    try:
        for name in names:
            dest = generated / name
            if dest.exists():
                backup = tmp / f".old-{name}"
                dest.rename(backup)
                backups.append((backup, dest))
            (tmp / name).rename(dest)
    except OSError:
        for backup, dest in backups:
            if dest.exists():
                shutil.rmtree(dest)
            backup.rename(dest)
        raise
    readme = generated / "README.md"
    if not readme.exists() or readme.read_text(encoding="utf-8") != GENERATED_README:
        readme.write_text(GENERATED_README, encoding="utf-8")


def tree_diff(current: Path, fresh: Path, prefix: str = "") -> list[str]:
    """How ``current`` (in generated/) differs from a ``fresh`` build, one line per file."""
    cmp = filecmp.dircmp(current, fresh, ignore=["__pycache__"])
    out = [f"only in generated/: {prefix}{n}" for n in cmp.left_only]
    out += [f"missing from generated/: {prefix}{n}" for n in cmp.right_only]
    # dircmp compares only sizes and times first: compare the bytes.
    out += [
        f"differs: {prefix}{n}"
        for n in cmp.common_files
        if n in cmp.diff_files or not filecmp.cmp(current / n, fresh / n, shallow=False)
    ]
    for sub in sorted(cmp.common_dirs):
        out += tree_diff(current / sub, fresh / sub, f"{prefix}{sub}/")
    return out

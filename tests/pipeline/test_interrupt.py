"""A run killed mid-build leaves no temporary folder and no half-written generated/ (issue #11.4).

Real subprocesses on a copy of the repo: SIGTERM to the pipeline alone, and SIGINT to its whole
process group (Ctrl-C in a terminal), each while two providers build in worker processes. Folders
left by runs that could not clean up (SIGKILL) are swept by the next run, and a folder a live run
holds is left alone.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import SMALLEST, copy_repo, pipeline_cmd, run_pipeline, tree_hash

OTHER = "fluence"


def _start(root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        pipeline_cmd(root, "generate", "--force", SMALLEST, OTHER),
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a shell gives a command
    )


def _wait_for_build_folder(root: Path, proc: subprocess.Popen[str]) -> Path:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = [p for p in root.glob(".generate-*") if any(p.glob("*_client"))]
        if found:
            return found[0]
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    raise AssertionError("the build never started writing")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_repo(tmp_path / "repo", [SMALLEST, OTHER])


@pytest.mark.parametrize(
    ("how", "code"),
    [("SIGTERM to the pipeline", 128 + signal.SIGTERM), ("SIGINT to its process group", 130)],
)
def test_an_interrupted_run_removes_its_folder_and_leaves_generated_alone(repo: Path, how: str, code: int) -> None:
    before = tree_hash(repo / "generated")
    proc = _start(repo)
    folder = _wait_for_build_folder(repo, proc)
    started = time.monotonic()
    if how.startswith("SIGTERM"):
        proc.send_signal(signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert time.monotonic() - started < 15, "the run did not stop promptly"
    assert "interrupted" in err
    assert "Traceback" not in err
    assert not folder.exists()
    assert not list(repo.glob(".generate-*"))
    assert tree_hash(repo / "generated") == before


def test_folders_of_dead_runs_are_swept_and_live_ones_kept(repo: Path) -> None:
    # A run killed with SIGKILL: its folder and lock file stay, but no process holds the lock.
    dead = repo / ".generate-dead1"
    (dead / f"{SMALLEST}_client").mkdir(parents=True)
    (dead / ".lock").touch()
    # A folder from a run too old to have a lock file.
    ancient = repo / ".check-ancient"
    ancient.mkdir()
    hour_ago = time.time() - 3600
    os.utime(ancient, (hour_ago, hour_ago))
    # A run still going (another terminal): it holds its lock.
    live = repo / ".generate-live1"
    live.mkdir()
    fd = os.open(live / ".lock", os.O_CREAT | os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    # Just created by a run that has not locked it yet.
    fresh = repo / ".check-fresh"
    fresh.mkdir()
    try:
        result = run_pipeline(repo, "generate", SMALLEST)
    finally:
        os.close(fd)
    assert result.returncode == 0, result.stderr
    assert not dead.exists()
    assert not ancient.exists()
    assert live.exists()
    assert fresh.exists()
    assert "removed .generate-dead1/, left by an interrupted run" in result.stderr
    assert "removed .check-ancient/, left by an interrupted run" in result.stderr
    # Nothing was rebuilt, but the copy had no registry: the run wrote one.
    assert "unchanged" in result.stdout
    assert (repo / "generated" / "compute_clients_registry" / "__init__.py").is_file()

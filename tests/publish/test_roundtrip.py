"""Publish to a real index (pypiserver) and install from it into a fresh venv.

The tests of this module share one index and run in file order: publish, publish again,
install. Dependencies (httpx, starlette, ...) come from the machine's normal registry; only
compute-clients itself comes from the local index.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from .conftest import RELEASE, pypiserver

if TYPE_CHECKING:
    import subprocess
    from pathlib import Path

    from .conftest import Account, Built, Index, Runner

pytestmark = pytest.mark.slow

CHECK_INSTALLED = """
import importlib, importlib.metadata, importlib.resources, json
import facade, facade.sandbox
from facade._version import SPEC_SHA256

with facade.sandbox.serve("cloudapi") as sb:
    c = facade.connect("cloudapi", api_key=sb.api_key, base_url=sb.base_url)
    result = c.call("listProjects")
    c.close()
print(json.dumps({
    "version": importlib.metadata.version("compute-clients"),
    "facade_version": facade.__version__,
    "facade_file": facade.__file__,
    "recorded": SPEC_SHA256,
    "versions": {name: v.spec_sha256 for name, v in facade.versions().items()},
    "manifests": {
        p: json.loads(importlib.resources.files(f"{p}_client").joinpath("_manifest.json").read_text())["spec_sha256"]
        for p in SPEC_SHA256
    },
    "result": type(result).__name__,
}))
"""


def publish(run: Runner, built: Built, index: Index, account: Account) -> subprocess.CompletedProcess[str]:
    return run(
        [sys.executable, RELEASE, "publish", "--repository-url", index.url, "--dist-dir", built.dist_dir],
        env=account.env(),
    )


def test_wrong_password_is_refused_and_uploads_nothing(
    built: Built, fresh_index: Index, run: Runner, wrong_account: Account
) -> None:
    proc = publish(run, built, fresh_index, wrong_account)
    assert proc.returncode == 1
    assert (
        f"the index refused the credentials for {fresh_index.url} (check TWINE_USERNAME/TWINE_PASSWORD)" in proc.stderr
    )
    assert fresh_index.files() == {}
    assert fresh_index.project_page()[0] == 404


def test_wrong_password_on_a_private_index_is_refused_before_uploading(
    built: Built, tmp_path: Path, run: Runner, account: Account, wrong_account: Account
) -> None:
    # an index that guards reads too: the version check already fails, twine never starts
    with pypiserver(tmp_path / "private", account, authenticate="list,download,update") as private:
        proc = publish(run, built, private, wrong_account)
        assert proc.returncode == 1
        assert f"the index refused the credentials for {private.simple}" in proc.stderr
        assert "Uploading" not in proc.stdout + proc.stderr
        assert private.files() == {}


@dataclass(frozen=True)
class Published:
    proc: subprocess.CompletedProcess[str]
    seconds: float


@pytest.fixture(scope="module")
def published(built: Built, index: Index, run: Runner, account: Account) -> Published:
    started = time.perf_counter()
    proc = publish(run, built, index, account)
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return Published(proc, seconds)


def test_publish_uploads_the_wheel_and_the_sdist(published: Published, built: Built, index: Index) -> None:
    assert set(index.files()) == {built.wheel.name, built.sdist.name}
    status, page = index.project_page()
    assert status == 200
    assert built.wheel.name in page
    assert built.sdist.name in page
    assert f"published compute-clients {built.version} to {index.url}" in published.proc.stdout


def test_same_version_again_is_refused_before_uploading(
    published: Published, built: Built, index: Index, run: Runner, account: Account
) -> None:
    before = index.files()
    proc = publish(run, built, index, account)
    assert proc.returncode == 1
    assert f"compute-clients {built.version} is already on {index.simple}" in proc.stderr
    assert "nothing was uploaded" in proc.stderr
    assert "Uploading" not in proc.stdout + proc.stderr  # twine never ran
    assert index.files() == before


def _fresh_venv_install(run: Runner, built: Built, index: Index, venv: Path) -> Path:
    """Install compute-clients[sandbox]==V into a new venv; compute-clients from the index only."""
    requirement = f"compute-clients=={built.version}"
    uv = shutil.which("uv")
    if uv:
        proc = run([uv, "venv", "--quiet", "--python", sys.executable, venv])
        assert proc.returncode == 0, proc.stderr
        python = venv / "bin" / "python"
        # 1. compute-clients alone, from the local index and nowhere else (no config files, no
        #    extra indexes): a same-named project on a public index cannot be picked up.
        only_here: list[str | Path] = ["--no-config", "--python", python, "--no-deps", "--index-url", index.simple]
        proc = run([uv, "pip", "install", *only_here, "--refresh-package", "compute-clients", requirement])
        assert proc.returncode == 0, proc.stderr
        # 2. its dependencies, from the machine's normal registry. The local index is listed as an
        #    extra index, which uv searches first and, for a name it has, exclusively.
        wanted = f"compute-clients[sandbox]=={built.version}"
        proc = run([uv, "pip", "install", "--python", python, "--extra-index-url", index.simple, wanted])
    else:
        proc = run([sys.executable, "-m", "venv", venv])
        assert proc.returncode == 0, proc.stderr
        python = venv / "bin" / "python"
        # --isolated: no pip.conf find-links or extra indexes for this one
        proc = run(
            [python, "-m", "pip", "install", "--isolated", "--no-deps", "--index-url", index.simple, requirement]
        )
        assert proc.returncode == 0, proc.stderr
        proc = run([python, "-m", "pip", "install", f"compute-clients[sandbox]=={built.version}"])
    assert proc.returncode == 0, proc.stderr
    return python


def test_install_from_the_index_into_a_fresh_venv(
    published: Published, built: Built, index: Index, run: Runner, tmp_path: Path
) -> None:
    started = time.perf_counter()
    python = _fresh_venv_install(run, built, index, tmp_path / "venv")
    installed = time.perf_counter() - started
    # -I: not the source tree (cwd) nor PYTHONPATH, only what the venv installed
    proc = run([python, "-I", "-c", CHECK_INSTALLED], timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    assert found["version"] == found["facade_version"] == built.version
    assert os.path.commonpath([found["facade_file"], str(tmp_path / "venv")]) == str(tmp_path / "venv")
    assert found["recorded"] == found["versions"] == found["manifests"]
    assert len(found["recorded"]) == len(list((RELEASE.parents[1] / "specs").glob("*/openapi.*")))  # one per provider
    print(
        f"\nround trip: publish {published.seconds:.1f} s + fresh-venv install {installed:.1f} s "
        f"= {published.seconds + installed:.1f} s (build {built.seconds:.1f} s)"
    )


def test_no_credential_appeared_in_any_output(run: Runner) -> None:
    # Runner asserts this on every call; this checks it saw this module's commands at all.
    assert run.transcript
    assert not [s for s in run.secrets if any(s in out for out in run.transcript)]

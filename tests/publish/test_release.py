"""Build refusals, version bumps, wheel checks and credential handling (no index needed)."""

from __future__ import annotations

import hashlib
import shutil
import sys
import zipfile
from typing import TYPE_CHECKING

import pytest

from tests._scripts import load_script

from .conftest import RELEASE, REPO

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

    from .conftest import Account, Built, Runner


def load_release(root: Path = REPO) -> ModuleType:
    """Import ``root/scripts/release.py`` (its ROOT is ``root``)."""
    return load_script(root / "scripts" / "release.py", f"release_under_test_{abs(hash(root))}")


release = load_release()
PROVIDERS: list[str] = release.providers()
VERSION_TEXT = (REPO / "facade" / "_version.py").read_text(encoding="utf-8")
VERSION, RECORDED = release.read_version_source(VERSION_TEXT)
ADDITIONS: dict[str, str] = release.read_additions(VERSION_TEXT)


def release_copy(tmp_path: Path) -> Path:
    """The files release.py reads, copied: tests change specs and versions there, never in REPO."""
    root = tmp_path / "repo"
    files = ["scripts/release.py", "pyproject.toml", "facade/_version.py"]
    files += [f"specs/{p}/{name}" for p in PROVIDERS for name in ("openapi.yaml", "overlay.yaml", "generator.yaml")]
    files += [f"generated/{p}_client/_manifest.json" for p in PROVIDERS]
    for rel in files:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, root / rel)
    # release.py discovers providers through the pipeline's registry module
    shutil.copytree(
        REPO / "scripts" / "pipeline", root / "scripts" / "pipeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    return root


def test_this_tree_records_the_hashes_of_its_specs() -> None:
    problems = release.spec_problems()
    assert not problems, "\n".join(problems)


def test_version_file_is_what_bump_writes() -> None:
    # so a bump changes the version and hashes only, not the file's layout
    assert release.render_version_source(VERSION, RECORDED, ADDITIONS) == VERSION_TEXT
    assert set(RECORDED) == set(ADDITIONS) == set(PROVIDERS)


def test_build_refuses_a_changed_spec_until_bumped(tmp_path: Path, run: Runner) -> None:
    root = release_copy(tmp_path)
    spec = root / "specs" / "cloudapi" / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "\n# a provider's change\n", encoding="utf-8")
    out = root / "dist"

    refused = run([sys.executable, root / "scripts" / "release.py", "build", "--no-generated-check", "--out-dir", out])
    assert refused.returncode == 1
    assert f"spec cloudapi changed since version {VERSION}" in refused.stderr
    assert "run `nox -s bump -- minor`" in refused.stderr
    assert "generated/cloudapi_client was not generated from the current" in refused.stderr
    assert "castai" not in refused.stderr
    assert not out.exists()

    bumped = run([sys.executable, root / "scripts" / "release.py", "bump", "minor"])
    assert bumped.returncode == 0, bumped.stderr
    new_version = release.bumped(VERSION, "minor")
    assert f"{VERSION} -> {new_version}; specs changed since {VERSION}: cloudapi" in bumped.stdout
    version, hashes = release.read_version_source((root / "facade" / "_version.py").read_text(encoding="utf-8"))
    assert version == new_version
    assert hashes["cloudapi"] == hashlib.sha256(spec.read_bytes()).hexdigest()
    assert {p: h for p, h in hashes.items() if p != "cloudapi"} == {
        p: h for p, h in RECORDED.items() if p != "cloudapi"
    }

    # What is left is regenerating: the version part of the refusal is gone.
    problems = load_release(root).spec_problems(root)
    assert problems == [
        "generated/cloudapi_client was not generated from the current spec in specs/cloudapi/: run `nox -s generate`"
    ]


@pytest.mark.parametrize("name", ["overlay.yaml", "generator.yaml"])
def test_build_refuses_a_changed_overlay_or_generator_config_until_bumped(
    tmp_path: Path, run: Runner, name: str
) -> None:
    # Our additions shape the generated client as much as the spec does: a change to them is a new version.
    root = release_copy(tmp_path)
    changed = root / "specs" / "stackpoint" / name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n# our change\n", encoding="utf-8")
    out = root / "dist"

    refused = run([sys.executable, root / "scripts" / "release.py", "build", "--no-generated-check", "--out-dir", out])
    assert refused.returncode == 1
    assert f"specs/stackpoint/overlay.yaml or generator.yaml changed since version {VERSION}" in refused.stderr
    assert "spec stackpoint changed" not in refused.stderr  # the spec itself did not
    assert "cloudapi" not in refused.stderr
    assert not out.exists()

    bumped = run([sys.executable, root / "scripts" / "release.py", "bump", "patch"])
    assert bumped.returncode == 0, bumped.stderr
    assert "specs changed since" in bumped.stdout
    assert "; overlays or generator configs: stackpoint" in bumped.stdout
    text = (root / "facade" / "_version.py").read_text(encoding="utf-8")
    assert release.read_version_source(text) == (release.bumped(VERSION, "patch"), RECORDED)
    additions = release.read_additions(text)
    assert additions["stackpoint"] != ADDITIONS["stackpoint"]
    assert {p: h for p, h in additions.items() if p != "stackpoint"} == {
        p: h for p, h in ADDITIONS.items() if p != "stackpoint"
    }
    assert load_release(root).spec_problems(root) == []


@pytest.mark.parametrize(("part", "expected"), [("patch", "1.4.10"), ("minor", "1.5.0"), ("major", "2.0.0")])
def test_bump_parts(part: str, expected: str) -> None:
    assert release.bumped("1.4.9", part) == expected


def test_bump_refuses_a_version_it_cannot_parse() -> None:
    with pytest.raises(release.ReleaseError, match=r"expected MAJOR\.MINOR\.PATCH"):
        release.bumped("1.4", "patch")


def test_wheel_holds_the_packages_manifests_and_markers(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as zf:
        names = set(zf.namelist())
        wheel_version, wheel_hashes = release.read_version_source(zf.read("facade/_version.py").decode())
        metadata = zf.read(f"compute_clients-{built.version}.dist-info/METADATA").decode()
    for package in ["facade", *(f"{p}_client" for p in PROVIDERS)]:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    for provider in PROVIDERS:
        assert f"{provider}_client/_manifest.json" in names
    # hatch maps generated/ to the wheel's root: every package the registry lists, and the registry
    assert "compute_clients_registry/__init__.py" in names
    assert "compute_clients_registry/py.typed" in names
    assert "README.md" not in names  # generated/README.md is for the repository, not site-packages
    assert "facade/sandbox/__init__.py" in names
    assert not [n for n in names if release.forbidden(n)]
    assert wheel_version == built.version == VERSION
    assert wheel_hashes == RECORDED
    assert "Provides-Extra: sandbox" in metadata
    for dep in ("starlette", "uvicorn", "jsonschema"):
        assert any(
            line.startswith(f"Requires-Dist: {dep}") and "extra == 'sandbox'" in line for line in metadata.splitlines()
        ), dep
    # the figures the release reports
    assert f"wheel {built.wheel.name}: " in built.output
    assert "checks passed" in built.output


def test_check_dist_rejects_cache_and_test_files(built: Built, tmp_path: Path, run: Runner) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    wheel = shutil.copy2(built.wheel, dist)
    shutil.copy2(built.sdist, dist)
    with zipfile.ZipFile(wheel, "a") as zf:
        zf.writestr("castai_client/.ruff_cache/0.17.6/12345", b"cache")
        zf.writestr("facade/__pycache__/_client.cpython-311.pyc", b"\0")
        zf.writestr("tests/test_leftover.py", b"")
    proc = run([sys.executable, RELEASE, "check-dist", "--dist-dir", dist])
    assert proc.returncode == 1
    assert "3 cache/test file(s) in the wheel" in proc.stderr
    assert "castai_client/.ruff_cache/0.17.6/12345" in proc.stderr
    assert "unexpected top-level entries in the wheel: tests" in proc.stderr


def test_publish_needs_credentials_from_the_environment(built: Built, run: Runner) -> None:
    proc = run(
        [sys.executable, RELEASE, "publish", "--repository-url", "http://127.0.0.1:9/", "--dist-dir", built.dist_dir]
    )
    assert proc.returncode == 1
    assert "no credentials: set TWINE_USERNAME and TWINE_PASSWORD" in proc.stderr


def test_publish_refuses_credentials_in_the_url(built: Built, run: Runner, account: Account) -> None:
    url = f"http://{account.username}:{account.password}@127.0.0.1:9/"
    proc = run(
        [sys.executable, RELEASE, "publish", "--repository-url", url, "--dist-dir", built.dist_dir], env=account.env()
    )
    assert proc.returncode == 1
    assert "not in --repository-url" in proc.stderr


def test_credentials_come_from_twine_or_uv_variables() -> None:
    creds = release.credentials_from_env
    assert creds({"TWINE_USERNAME": "a", "TWINE_PASSWORD": "b"}) == release.Credentials("a", "b")
    assert creds({"UV_PUBLISH_USERNAME": "a", "UV_PUBLISH_PASSWORD": "b"}) == release.Credentials("a", "b")
    assert creds({"UV_PUBLISH_TOKEN": "tok"}) == release.Credentials("__token__", "tok")
    assert creds({"TWINE_USERNAME": "a", "TWINE_PASSWORD": "b", "UV_PUBLISH_PASSWORD": "c"}).password == "b"
    with pytest.raises(release.ReleaseError, match="no credentials"):
        creds({"TWINE_USERNAME": "a"})


def test_redact_hides_every_form_of_the_credentials() -> None:
    creds = release.Credentials("alice-publisher", "s3cr3t/pass")
    text = "user alice-publisher pw s3cr3t/pass quoted s3cr3t%2Fpass basic " + creds.secrets()[0]
    redacted = release.redact(text, creds)
    assert all(secret not in redacted for secret in creds.secrets())


@pytest.mark.parametrize(
    ("filename", "version"),
    [
        ("compute_clients-1.2.0-py3-none-any.whl", "1.2.0"),
        ("compute_clients-1.2.0.tar.gz", "1.2.0"),
        ("Compute.Clients-0.9.tar.gz", "0.9"),
        ("compute_clients_extra-1.2.0-py3-none-any.whl", None),
        ("httpx-0.28.1-py3-none-any.whl", None),
        ("README", None),
    ],
)
def test_file_version(filename: str, version: str | None) -> None:
    assert release.file_version(filename) == version

"""``sync`` against a local server publishing version 1, then version 2 of cloudapi's spec.

The report lists exactly the changes made between them, classified; the version bump follows;
generated/ is regenerated. A failed fetch or a broken new spec leaves specs/ and generated/ (and the
version) byte-identical. ``diff`` prints the same report alone, as text or JSON.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from .conftest import REPO, SMALLEST, copy_repo, run_pipeline, tree_hash

V1 = (REPO / "specs" / SMALLEST / "openapi.yaml").read_text(encoding="utf-8")
LIST_USERS = (
    "      parameters:\n        - $ref: '#/components/parameters/Limit'\n"
    "        - $ref: '#/components/parameters/Cursor'\n"
)
# Version 2: a required query parameter on listProjects (breaking), a new operation (addition).
V2 = V1.replace(
    LIST_USERS,
    LIST_USERS + "        - {name: team, in: query, required: true, schema: {type: string}}\n",
    1,
).replace(
    "  /v1/users:\n",
    "  /v1/ping:\n    get:\n      operationId: ping\n      tags: [Usage]\n"
    "      responses: {'204': {description: pong}}\n  /v1/users:\n",
    1,
)
# Broken: the overlay's listUsers action targets a path the new spec no longer has.
BROKEN = V1.replace("  /v1/users:\n", "  /v1/people:\n", 1)


class Publisher:
    """A local server publishing one document at /openapi.yaml (or failing with 503)."""

    def __init__(self) -> None:
        self.body: bytes | None = V1.encode()
        publisher = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = publisher.body
                self.send_response(200 if body is not None else 503)
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/openapi.yaml"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def publisher() -> Iterator[Publisher]:
    server = Publisher()
    yield server
    server.close()


@pytest.fixture
def repo(tmp_path: Path, publisher: Publisher) -> Path:
    root = copy_repo(tmp_path / "repo", [SMALLEST])
    shutil.copy2(REPO / "facade" / "_version.py", root / "facade" / "_version.py")
    (root / "specs" / SMALLEST / "source.yaml").write_text(f"url: {publisher.url}\n", encoding="utf-8")
    return root


def _state(root: Path) -> tuple[str, str, str]:
    version = (root / "facade" / "_version.py").read_text(encoding="utf-8")
    return tree_hash(root / "specs"), tree_hash(root / "generated"), version


def test_version_1_is_what_we_have_and_version_2_is_reported_written_generated_and_bumped(
    repo: Path, publisher: Publisher
) -> None:
    before = _state(repo)
    same = run_pipeline(repo, "sync", SMALLEST)
    assert same.returncode == 0, same.stderr
    assert "no changes" in same.stdout
    assert _state(repo) == before

    publisher.body = V2.encode()
    result = run_pipeline(repo, "sync", SMALLEST)

    assert result.returncode == 0, result.stdout + result.stderr
    report = [line.split(None, 1) for line in result.stdout.splitlines() if line.startswith("  ")]
    assert report == [
        ["breaking", "GET /v1/projects (listProjects): query parameter 'team' added, required"],
        ["addition", "GET /v1/ping (ping): operation added"],
    ]
    assert "2 change(s) (1 breaking, 1 addition); bump: major" in result.stdout
    assert (repo / "specs" / SMALLEST / "openapi.yaml").read_text(encoding="utf-8") == V2
    manifest = json.loads((repo / "generated" / f"{SMALLEST}_client" / "_manifest.json").read_text())
    assert "ping" in manifest["operations"]
    assert (repo / "generated" / f"{SMALLEST}_client" / "api" / "usage" / "ping.py").is_file()
    major = int(before[2].split('__version__ = "', 1)[1].split(".", 1)[0])  # breaking: the next major version
    assert f'__version__ = "{major + 1}.0.0"' in (repo / "facade" / "_version.py").read_text(encoding="utf-8")
    assert manifest["spec_sha256"] in (repo / "facade" / "_version.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("failure", ["unreachable", "503", "broken spec", "not a spec"])
def test_a_failed_fetch_or_a_broken_spec_changes_nothing(repo: Path, publisher: Publisher, failure: str) -> None:
    before = _state(repo)
    args = ["sync", SMALLEST]
    if failure == "unreachable":
        args += ["--from", "http://127.0.0.1:9/openapi.yaml"]
    elif failure == "503":
        publisher.body = None
    elif failure == "broken spec":
        publisher.body = BROKEN.encode()
    else:
        publisher.body = b"<html>maintenance</html>\n"

    result = run_pipeline(repo, *args)

    assert result.returncode == 1
    assert "specs/ and generated/ left unchanged" in result.stderr
    assert "Traceback" not in result.stderr
    if failure == "broken spec":
        assert "matches nothing" in result.stderr
    assert _state(repo) == before


def test_diff_prints_the_same_report_as_text_or_json(tmp_path: Path) -> None:
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(V1, encoding="utf-8")
    new.write_text(V2, encoding="utf-8")
    text = run_pipeline(REPO, "diff", str(old), str(new))
    assert text.returncode == 0, text.stderr
    assert "  breaking  GET /v1/projects (listProjects): query parameter 'team' added, required" in text.stdout
    data = json.loads(run_pipeline(REPO, "diff", str(old), str(new), "--json").stdout)
    assert data["bump"] == "major"
    assert [(c["severity"], c["what"]) for c in data["changes"]] == [
        ("breaking", "query parameter 'team' added, required"),
        ("addition", "operation added"),
    ]

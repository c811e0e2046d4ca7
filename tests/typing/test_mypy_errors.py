"""mypy rejects what would fail at run time: misspelled or missing parameters, wrong types, unknown providers.

The snippet below is type-checked with the project's mypy settings; each line marked ``# E: <text>``
must get an error containing that text, and no other line may get one (the correct calls beside
them prove the stubs accept what is right). tests/typing/check_types.py proves the result types.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NO_MATCH = 'No overload variant of "{}" of "{}" matches argument'

SNIPPET = f"""
from __future__ import annotations

import facade
from cloudapi_client.api.keys import create_key, revoke_key
from cloudapi_client.api.usage import get_usage
from cloudapi_client.api.users import get_user, list_users


def sync(cloud: facade.Client) -> None:
    cloud.call(get_user, user_id="usr_1")
    cloud.call(get_user, "usr_1", timeout=2.0, max_retries=1)
    cloud.call(get_user, user_idd="usr_1")  # E: {NO_MATCH.format("call", "Client")}
    cloud.call(get_user, user_id=3)  # E: {NO_MATCH.format("call", "Client")}
    cloud.call(get_user)  # E: {NO_MATCH.format("call", "Client")}
    cloud.call(get_user, "usr_1", "usr_2")  # E: {NO_MATCH.format("call", "Client")}
    cloud.call(create_key, body={{"name": "ci", "project_id": "p"}}, idempotency_key="k")
    cloud.call(create_key)  # E: {NO_MATCH.format("call", "Client")}
    cloud.call(create_key, body=42)  # E: {NO_MATCH.format("call", "Client")}
    cloud.call(revoke_key, key_id="k", idempotency_key="k")  # E: {NO_MATCH.format("call", "Client")}
    cloud.call(get_usage, timeout="soon")  # E: {NO_MATCH.format("call", "Client")}
    requests: int = cloud.call(get_usage)  # E: Incompatible types in assignment
    cloud.call("getUsage", anything_goes=1)
    cloud.paginate(list_users, limit=10, max_items=20)
    cloud.paginate(list_users, limt=10)  # E: {NO_MATCH.format("paginate", "Client")}
    cloud.paginate(list_users, cursor="usr_9")  # E: {NO_MATCH.format("paginate", "Client")}
    cloud.paginate(get_usage)  # E: {NO_MATCH.format("paginate", "Client")}
    for user in cloud.paginate(list_users):
        user.no_such_attribute  # E: has no attribute "no_such_attribute"


async def run_async(cloud: facade.AsyncClient) -> None:
    await cloud.call(get_user, user_id="usr_1")
    await cloud.call(get_user, user_idd="usr_1")  # E: {NO_MATCH.format("call", "AsyncClient")}
    cloud.paginate(list_users, concurrency=4)
    cloud.paginate(list_users, limt=10)  # E: {NO_MATCH.format("paginate", "AsyncClient")}


def providers() -> None:
    facade.connect("cloudapi")
    facade.aconnect("fluence")
    facade.connect("cloudapy")  # E: Argument 1 to "connect" has incompatible type "Literal['cloudapy']"
    facade.aconnect("nosuch")  # E: Argument 1 to "aconnect" has incompatible type "Literal['nosuch']"
"""


def test_mypy_reports_each_wrong_call_and_nothing_else(tmp_path: Path) -> None:
    snippet = tmp_path / "wrong_calls.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    expected = {
        number: line.split("# E: ", 1)[1]
        for number, line in enumerate(SNIPPET.splitlines(), start=1)
        if "# E: " in line
    }
    command = [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml")]
    command += ["--cache-dir", str(tmp_path / "mypy-cache"), "--no-error-summary", str(snippet)]
    proc = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    errors: dict[int, list[str]] = {}
    for found in re.finditer(rf"^{re.escape(str(snippet))}:(\d+): error: (.*)$", proc.stdout, re.MULTILINE):
        errors.setdefault(int(found.group(1)), []).append(found.group(2))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    missing = {n: text for n, text in expected.items() if not any(text in e for e in errors.get(n, []))}
    assert not missing, f"expected errors not reported: {missing}\nmypy said:\n{proc.stdout}"
    unexpected = {n: e for n, e in errors.items() if n not in expected}
    assert not unexpected, f"errors on lines that are correct: {unexpected}"

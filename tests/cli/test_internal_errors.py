"""A bug of the command line itself is one line on stderr (the traceback only with --debug), exit 1."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from facade import _cli_run
from facade._cli import main


@pytest.fixture
def broken_run(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def run(*_args: Any) -> int:
        raise RuntimeError("something we did not foresee")

    monkeypatch.setattr(_cli_run, "run", run)
    yield
    root = logging.getLogger("facade")  # --debug adds a handler to the process's facade logger
    for handler in [h for h in root.handlers if h.get_name() == "compute-clients --debug"]:
        root.removeHandler(handler)
    root.setLevel(logging.NOTSET)


@pytest.mark.usefixtures("broken_run")
def test_an_unexpected_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cloudapi", "getUsage"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "compute-clients: internal error: RuntimeError: something we did not foresee (--debug shows where)"
    ]
    assert main(["cloudapi", "getUsage", "--debug"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Traceback") and "something we did not foresee" in err

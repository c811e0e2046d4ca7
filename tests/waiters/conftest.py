"""The waiter tests' shared bookkeeping: how long each waiter took against its sandbox, printed at the end."""

from __future__ import annotations

import pytest

# "provider.waiter" -> (seconds, polls) of its successful wait in test_every_waiter.py.
TIMES: dict[str, tuple[float, int]] = {}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TIMES:
        return
    terminalreporter.section("waiters: time to success against the sandbox (clock x10)")
    for name, (seconds, polls) in sorted(TIMES.items()):
        terminalreporter.write_line(f"{name:<35} {seconds:6.2f} s  {polls:3d} poll{'' if polls == 1 else 's'}")

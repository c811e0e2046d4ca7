"""The demo's output: one table per provider, a row printed as each step finishes, then totals.

With ``rich`` installed and a terminal on stdout the tables are drawn live; otherwise the same
columns are printed as plain aligned text, fit for logs and CI.
"""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TextIO

from ._runner import StepRecord

if TYPE_CHECKING:
    from rich.console import Console
    from rich.live import Live
    from rich.table import Table

TITLES = {
    "ionet": "io.net IO Cloud",
    "castai": "CAST AI",
    "fluence": "Fluence",
    "fluence_cloud": "Fluence Cloud (API v0.10)",
    "cloudapi": "CloudAPI",
    "stackpoint": "StackPointCloud",
    "faults": "Faults: retries and typed errors (CloudAPI sandbox)",
}


@dataclass(frozen=True)
class Totals:
    """What the last line says."""

    steps: int
    failed: int
    requests: int
    seconds: float
    skipped: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.failed == 0


class Report(Protocol):
    def header(self, text: str) -> None: ...
    def provider(self, name: str, target: str) -> None: ...
    def step(self, record: StepRecord) -> None: ...
    def provider_done(self, name: str, records: list[StepRecord]) -> None: ...
    def note(self, text: str) -> None: ...
    def totals(self, totals: Totals) -> None: ...


def _ms(value: float) -> str:
    return f"{value:,.0f}"


def _items(value: int | None) -> str:
    return "" if value is None else str(value)


def _summary(totals: Totals) -> str:
    steps = f"{totals.steps} steps ok" if totals.ok else f"FAILED: {totals.failed} of {totals.steps} steps failed"
    line = f"{steps}, {totals.requests} requests, {totals.seconds:.1f} s"
    if totals.skipped:
        line += f" (no sandbox yet for {', '.join(totals.skipped)})"
    return line


class PlainReport:
    """Aligned columns; a row is written as soon as its step ends."""

    OPERATION = 40
    RESULT = 56

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def _write(self, line: str = "") -> None:
        self.out.write(line + "\n")
        self.out.flush()

    def header(self, text: str) -> None:
        self._write(text)

    def provider(self, name: str, target: str) -> None:
        self._write()
        self._write(f"{TITLES.get(name, name)}  {target}")
        self._write(
            f"  {'':2} {'operation':<{self.OPERATION}} {'result':<{self.RESULT}} {'items':>5} {'ms':>6} {'attempts':>8}"
        )

    def step(self, r: StepRecord) -> None:
        mark = "ok" if r.status == "ok" else "!!"
        lines = textwrap.wrap(r.result, self.RESULT) or [""]
        if r.error:
            lines += textwrap.wrap(f"error: {r.error}", self.RESULT)
        self._write(
            f"  {mark:2} {r.operation:<{self.OPERATION}} {lines[0]:<{self.RESULT}} {_items(r.items):>5} "
            f"{_ms(r.ms):>6} {r.attempts:>8}"
        )
        indent = " " * (2 + 3 + self.OPERATION + 1)
        for line in lines[1:]:
            self._write(indent + line)

    def provider_done(self, name: str, records: list[StepRecord]) -> None:
        pass

    def note(self, text: str) -> None:
        self._write(text)

    def totals(self, totals: Totals) -> None:
        self._write()
        self._write(_summary(totals))


class RichReport:
    """The same table drawn with rich, growing live as steps finish."""

    def __init__(self, out: TextIO) -> None:
        from rich.console import Console

        self.console: Console = Console(file=out, highlight=False)
        self._table: Table | None = None
        self._live: Live | None = None

    def header(self, text: str) -> None:
        self.console.print(f"[bold]{text}[/]")

    def provider(self, name: str, target: str) -> None:
        from rich.live import Live
        from rich.table import Table

        table = Table(title=f"[bold]{TITLES.get(name, name)}[/]  [dim]{target}[/]", title_justify="left", expand=False)
        table.add_column("", width=1)
        table.add_column("operation", style="cyan", no_wrap=True)
        table.add_column("result", overflow="fold", max_width=70)
        table.add_column("items", justify="right")
        table.add_column("ms", justify="right")
        table.add_column("attempts", justify="right")
        self.console.print()
        self._table = table
        self._live = Live(table, console=self.console, auto_refresh=False, transient=False)
        self._live.start()

    def step(self, r: StepRecord) -> None:
        if self._table is None or self._live is None:
            return
        from rich.markup import escape

        mark = "[green]✓[/]" if r.status == "ok" else "[red]✗[/]"
        result = escape(r.result) + (f"\n[red]{escape(r.error)}[/]" if r.error else "")
        attempts = f"[yellow]{r.attempts}[/]" if r.attempts > 1 else str(r.attempts)
        self._table.add_row(mark, r.operation, result, _items(r.items), _ms(r.ms), attempts)
        self._live.refresh()

    def provider_done(self, name: str, records: list[StepRecord]) -> None:
        if self._live is not None:
            self._live.stop()
        self._table = self._live = None

    def note(self, text: str) -> None:
        from rich.markup import escape

        self.console.print(f"[dim]{escape(text)}[/]")

    def totals(self, totals: Totals) -> None:
        style = "bold green" if totals.ok else "bold red"
        self.console.print()
        self.console.print(f"[{style}]{_summary(totals)}[/]")


def make_report(out: TextIO | None = None, *, fancy: bool | None = None) -> Report:
    """Rich when it is installed and ``out`` is a terminal (or ``fancy`` says so); plain otherwise."""
    out = out or sys.stdout
    if fancy is None:
        fancy = out.isatty() and importlib.util.find_spec("rich") is not None
    return RichReport(out) if fancy else PlainReport(out)

"""``python -m facade.demo``: start the sandboxes (or use a real account) and run the workflows."""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import facade

from ._report import TITLES, Report, Totals, make_report
from ._runner import Run, StepFailed, StepRecord, describe
from ._workflows import WORKFLOWS

if TYPE_CHECKING:
    from facade.sandbox import Sandbox

PROVIDERS = ["ionet", "castai", "fluence", "fluence_cloud", "cloudapi", "stackpoint"]
SEGMENTS = [*PROVIDERS, "faults"]
# Sandbox seconds per real second: a deployment that takes 5 s to start takes 0.25 s in the demo.
CLOCK_SPEED = 20.0
# The fault segment injects failures, so it runs against the CloudAPI sandbox only.
SANDBOX_OF = {**{p: p for p in PROVIDERS}, "faults": "cloudapi"}

EPILOG = """\
Against a real account (one provider; the fault segment is sandbox-only):
  python -m facade.demo --provider cloudapi --base-url https://api.cloudapi.dev
Keys come from the variables the facade reads, e.g. CLOUDAPI_TOKEN and CLOUDAPI_SESSION_TOKEN,
IOCLOUD_API_KEY and IOCLOUD_JWT, FLUENCE_API_KEY, FLUENCE_CLOUD_API_KEY, CASTAI_API_TOKEN,
STACKPOINT_API_TOKEN. The workflows create and then delete real resources (an io.net container
for 1 h, a Fluence VM on each API, a StackPointCloud cluster): that costs money on a real account.
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m facade.demo",
        description="Run a realistic workflow per provider through facade, against local sandboxes by default.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--provider",
        action="append",
        choices=SEGMENTS,
        metavar="NAME",
        help=f"run only this workflow (repeatable): {', '.join(SEGMENTS)}; default: all",
    )
    parser.add_argument(
        "--base-url", help="talk to this URL (a real account) instead of a sandbox; needs one --provider"
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH ('-' for stdout)")
    parser.add_argument("--seed", type=int, default=1, help="sandbox data seed (default 1)")
    parser.add_argument("--plain", action="store_true", help="plain text even on a terminal")
    args = parser.parse_args(argv)
    one = args.provider is not None and len(args.provider) == 1 and args.provider[0] != "faults"
    if args.base_url is not None and not one:
        parser.error("--base-url needs exactly one --provider (not 'faults')")
    return args


def _start_sandboxes(names: list[str], seed: int) -> dict[str, Sandbox]:
    from facade.sandbox import Sandbox

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(names) or 1) as pool:
        boxes = list(pool.map(lambda name: Sandbox(name, seed=seed, clock_speed=CLOCK_SPEED).start(), names))
    return {sb.provider: sb for sb in boxes}


def run_workflow(name: str, run: Run) -> None:
    """Run one workflow; a failed step stops it and what it made is removed."""
    try:
        WORKFLOWS[name](run)
    except StepFailed:
        run.cleanup()
    except Exception as exc:  # noqa: BLE001 - e.g. connect() without keys: reported as a failed step
        record = StepRecord(run.segment, run.provider, len(run.records) + 1, "connect", "connect", status="failed")
        record.error = describe(exc)
        record.result = f"failed: {type(exc).__name__}"
        run.records.append(record)
        run.finish(record)
        run.cleanup()
    finally:
        run.close()


def main(argv: list[str] | None = None) -> int:
    """Run the demo; returns the exit status (1 when any step failed)."""
    args = parse_args(argv)
    started = time.perf_counter()
    json_to_stdout = args.json == "-"
    out = sys.stderr if json_to_stdout else sys.stdout
    report: Report = make_report(out, fancy=False if args.plain else None)
    selected: list[str] = [s for s in SEGMENTS if s in (args.provider or SEGMENTS)]

    sandboxes: dict[str, Sandbox] = {}
    skipped: list[str] = []
    if args.base_url is None:
        from facade.sandbox import available

        ready = set(available())
        skipped = [s for s in selected if SANDBOX_OF[s] not in ready]
        selected = [s for s in selected if s not in skipped]
        sandboxes = _start_sandboxes(sorted({SANDBOX_OF[s] for s in selected}), args.seed)
        where = f"{len(sandboxes)} local sandboxes on 127.0.0.1 (seed {args.seed}, clock x{CLOCK_SPEED:g})"
    else:
        where = args.base_url
    report.header(f"compute-clients {facade.__version__} demo: {where}, ready in {time.perf_counter() - started:.1f} s")
    if skipped:
        report.note(f"Skipped, no sandbox in this build yet: {', '.join(TITLES[s] for s in skipped)}")

    runs: list[Run] = []
    try:
        for name in selected:
            sb = sandboxes.get(SANDBOX_OF[name])
            base_url = sb.base_url if sb is not None else args.base_url
            run = Run(SANDBOX_OF[name], segment=name, base_url=base_url, sandbox=sb, on_step=report.step)
            runs.append(run)
            report.provider(name, str(base_url))
            run_workflow(name, run)
            report.provider_done(name, run.records)
    finally:
        for sb in sandboxes.values():
            sb.close()

    records = [r for run in runs for r in run.records]
    totals = Totals(
        steps=len(records),
        failed=sum(r.status == "failed" for r in records),
        requests=sum(r.attempts for r in records),
        seconds=time.perf_counter() - started,
        skipped=tuple(skipped),
    )
    report.totals(totals)
    if args.json:
        document = _document(args, selected, skipped, records, totals)
        text = json.dumps(document, indent=2, default=str)
        if json_to_stdout:
            sys.stdout.write(text + "\n")
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0 if totals.ok else 1


def _document(
    args: argparse.Namespace, selected: list[str], skipped: list[str], records: list[StepRecord], totals: Totals
) -> dict[str, Any]:
    return {
        "version": facade.__version__,
        "target": "sandbox" if args.base_url is None else args.base_url,
        "seed": args.seed if args.base_url is None else None,
        "ok": totals.ok,
        "segments": selected,
        "skipped": skipped,
        "steps": [r.to_json() for r in records],
        "totals": {
            "steps": totals.steps,
            "failed": totals.failed,
            "requests": totals.requests,
            "seconds": round(totals.seconds, 2),
        },
    }

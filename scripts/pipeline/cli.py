"""The command line: ``python scripts/pipeline generate|check|specs`` (see ``--help``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import registry, workspace
from . import schema as sch
from .errors import SpecError
from .paths import ROOT

USAGE = """\
compute-clients' spec-to-client pipeline (the nox sessions generate, check_generated, specs).

  generate [--force] [PROVIDER ...]   regenerate changed providers into generated/
  check                               fail with a diff summary when generated/ is stale
  specs [--brief]                     validate specs + overlays; operation counts, every repair and inference
  diff OLD NEW [--json]               what changed between two spec files, classified (breaking/addition/other)
  sync PROVIDER [--from FILE|URL]     fetch the published spec, report, write it, regenerate, bump the version

Every provider builds in a temporary folder; generated/ changes only when all of them succeeded.
"""


def specs_report(providers: tuple[str, ...], verbose: bool = True) -> int:
    """Validate every spec + overlay; print operation counts per provider and tag, then every repair
    normalisation made and everything inference supplied (``verbose``), each with file, line and pointer."""
    from . import report
    from .spec import effective

    rows = []
    notes: list[tuple[str, str, list[str]]] = []
    status = 0
    for provider in providers:
        try:
            eff = effective(provider)
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        tags: dict[str, int] = {}
        listed = paged = 0
        for _path, _method, op in sch.operations(eff.spec):
            tags[op["tags"][0]] = tags.get(op["tags"][0], 0) + 1
            if "x-pagination" in op:
                listed += 1
                paged += op["x-pagination"]["style"] != "none"
        rows.append((provider, sum(tags.values()), listed, paged, tags))
        notes.append((provider, report.summary(eff), report.repair_lines(eff) + report.inference_lines(eff)))
    print(f"{'provider':<11} {'ops':>4} {'lists':>5} {'paged':>5}  tags")
    for provider, total, listed, paged, tags in rows:
        tag_text = ", ".join(f"{t} {n}" for t, n in sorted(tags.items()))
        print(f"{provider:<11} {total:>4} {listed:>5} {paged:>5}  {tag_text}")
    print(f"{'total':<11} {sum(r[1] for r in rows):>4}")
    for provider, summary, lines in notes:
        print(f"\n{provider}: {summary}")
        for line in lines if verbose else []:
            print(f"  {line}")
    return status


def diff_report(old: Path, new: Path, as_json: bool) -> int:
    """Print what changed from ``old`` to ``new`` (spec files); 1 when either does not load."""
    from . import diff

    try:
        changes = diff.diff(diff.load_normalised(old), diff.load_normalised(new))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(diff.as_json(changes, str(old), str(new)) if as_json else diff.render(changes, str(old), str(new)), end="")
    return 0


def main(argv: list[str] | None = None) -> int:
    from . import build

    providers = registry.discover()
    parser = argparse.ArgumentParser(
        prog="pipeline", description=USAGE, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate changed providers into generated/")
    gen.add_argument("providers", nargs="*", help=f"a subset of {', '.join(providers)}")
    gen.add_argument("--force", action="store_true", help="regenerate even when inputs are unchanged")
    for command in (gen, sub.add_parser("check", help="fail if generated/ is stale")):
        command.add_argument("--jobs", type=int, default=min(len(providers) or 1, os.cpu_count() or 1))
    specs = sub.add_parser("specs", help="validate specs + overlays, print operation counts, repairs and inferences")
    specs.add_argument("--brief", action="store_true", help="counts and per-rule totals only, not every repair")
    differ = sub.add_parser("diff", help="the change report between two spec files (root files of their specs)")
    differ.add_argument("old", type=Path)
    differ.add_argument("new", type=Path)
    differ.add_argument("--json", action="store_true", help="the report as JSON")
    syncer = sub.add_parser("sync", help="take a provider's newly published spec in (see source.yaml)")
    syncer.add_argument("provider", choices=providers, metavar="PROVIDER")
    syncer.add_argument("--from", dest="origin", metavar="FILE|URL", help="instead of source.yaml's url")
    syncer.add_argument("--json", action="store_true", help="the change report as JSON")
    syncer.add_argument("--dry-run", action="store_true", help="fetch, check and report; write nothing")
    args = parser.parse_args(argv)
    if args.command == "generate":
        unknown = [p for p in args.providers if p not in providers]
        if unknown:
            parser.error(f"unknown provider(s) {', '.join(unknown)}; choose from {', '.join(providers)}")
    try:
        with workspace.signals_raise():
            if args.command == "specs":
                return specs_report(providers, verbose=not args.brief)
            if args.command == "diff":
                return diff_report(args.old, args.new, args.json)
            if args.command == "sync":
                from .sync import sync

                return sync(args.provider, args.origin, dry_run=args.dry_run, as_json=args.json)
            for folder in workspace.sweep(ROOT):
                print(f"removed {folder.name}/, left by an interrupted run", file=sys.stderr)
            if args.command == "check":
                return build.check(args.jobs)
            return build.generate(args.providers or list(providers), args.force, args.jobs)
    except KeyboardInterrupt:
        print("interrupted (SIGINT); generated/ is never left half-written", file=sys.stderr)
        return 130
    except workspace.Interrupted as exc:
        print(f"interrupted (signal {exc.signum}); generated/ is never left half-written", file=sys.stderr)
        return 128 + exc.signum

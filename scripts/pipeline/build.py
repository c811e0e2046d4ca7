"""Build providers into a temporary folder (in parallel), then ``generate`` or ``check``.

One provider's build: effective spec -> generator config -> name collisions -> parse -> typing
hooks + manifest -> render with our templates -> mark -> ``_manifest.json`` and ``_openapi.json``.
``generate`` swaps the results (and the registry) into ``generated/`` only when every provider
succeeded; ``check`` builds everything and compares, writing nothing.
"""

from __future__ import annotations

import concurrent.futures
import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import endpoints as ep
from . import generate as gen
from . import hooks, lenient, manifest, mark, names, registry, source, stamp, workspace
from . import schema as sch
from .errors import SpecError
from .paths import GENERATED, ROOT, SPECS, package_of
from .shared import jp
from .spec import effective


@dataclass
class Result:
    provider: str
    status: str  # generated | unchanged | failed
    operations: int = 0
    seconds: float = 0.0
    error: str = ""


def build_provider(provider: str, out_root: Path, specs: Path = SPECS) -> Result:
    """Build ``out_root/<provider>_client`` from ``specs/<provider>``; raises SpecError on bad input."""
    started = time.perf_counter()
    folder = specs / provider
    if not provider.isidentifier():
        raise SpecError(folder, "1", f"provider folder {provider!r} must be a Python identifier")
    eff = effective(provider, specs)
    spec_path = eff.spec_path
    package = package_of(provider)
    target = out_root / package
    config = gen.config(provider, target, specs)
    names.check(eff.spec, eff.blame, config)
    # Imported after validation: it costs a second, and bad input should fail fast.
    openapi = gen.parse(eff.spec, config, spec_path)
    names.check_models(openapi, spec_path)
    endpoints = ep.index(openapi)
    missing = [f"{m.upper()} {p}" for p, m, _op in sch.operations(eff.spec) if ep.key(m, p) not in endpoints]
    if missing:
        raise SpecError(
            spec_path, "#/paths", f"the generator dropped {len(missing)} operation(s): {', '.join(missing)}"
        )
    typing = {
        id(endpoints[ep.key(m, p)][1]): hooks.hook(endpoints[ep.key(m, p)][1], op, jp.parse)
        for p, m, op in sch.operations(eff.spec)
    }
    data = manifest.build(provider, package, eff.spec, endpoints, gen.module_namer(config), jp.parse)
    shapes = lenient.Shapes(openapi)
    for path, method, op in sch.operations(eff.spec):
        shapes.add_operation(op["operationId"], endpoints[ep.key(method, path)][1])
    gen.render(openapi, config, typing, spec_path)
    notice = mark.header(mark.provider_source(provider, spec_path.name, (folder / source.OVERLAY).is_file()))
    lenient.write(target, shapes, {mark.KEY: notice})
    mark.mark_tree(target, notice)
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    stamped = {
        mark.KEY: notice,
        **data,
        "spec_sha256": stamp.spec_hash(provider, specs),
        "inputs_sha256": stamp.inputs_hash(provider, specs),
    }
    manifest.write(target / stamp.MANIFEST, stamped)
    text = json.dumps({mark.KEY: notice, **eff.spec}, indent=1, sort_keys=True, ensure_ascii=False)
    (target / "_openapi.json").write_text(text + "\n", encoding="utf-8")
    return Result(provider, "generated", len(data["operations"]), time.perf_counter() - started)


def _build_in_worker(provider: str, out_root: str) -> Result:
    started = time.perf_counter()
    try:
        return build_provider(provider, Path(out_root))
    except SpecError as exc:
        error = str(exc)
    except Exception as exc:  # noqa: BLE001 - report, never leave generated/ half-written
        error = f"{type(exc).__name__}: {exc}"
    return Result(provider, "failed", seconds=time.perf_counter() - started, error=error)


def build_all(providers: list[str], out_root: Path, jobs: int) -> list[Result]:
    """Build each provider (in worker processes when there are several); interrupted, stop them all."""
    if jobs <= 1 or len(providers) == 1:
        return [_build_in_worker(p, str(out_root)) for p in providers]
    workers = min(jobs, len(providers))
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, initializer=workspace.worker_signals) as pool:
        try:
            return list(pool.map(_build_in_worker, providers, [str(out_root)] * len(providers)))
        except BaseException:
            workspace.stop_workers()
            raise


def _registry_entries(built: dict[str, Path], generated: Path) -> dict[str, dict[str, Any]]:
    """Registry rows: fresh manifests for what was built, generated/ for what was not."""
    entries = {}
    for provider in registry.discover():
        if provider in built:
            data: Any = json.loads((built[provider] / stamp.MANIFEST).read_text(encoding="utf-8"))
        else:
            data = stamp.read_manifest(provider, generated)
        if data is not None:
            entries[provider] = registry.entry(data)
    return entries


def _write_registry(tmp: Path, built: dict[str, Path], generated: Path) -> None:
    notice = mark.header("specs/*/ (each provider's spec + overlay.yaml)")
    registry.write(tmp, _registry_entries(built, generated), notice)


def _count_ops(provider: str) -> int:
    data = stamp.read_manifest(provider) or {}
    operations = data.get("operations")
    return len(operations) if isinstance(operations, dict) else 0


def generate(providers: list[str], force: bool, jobs: int) -> int:
    started = time.perf_counter()
    results: dict[str, Result] = {}
    todo = []
    for provider in providers:
        if not force and stamp.read_stamp(provider) == stamp.inputs_hash(provider):
            results[provider] = Result(provider, "unchanged", operations=_count_ops(provider))
        else:
            todo.append(provider)
    with workspace.temp_dir(ROOT, ".generate-") as tmp:
        for result in build_all(todo, tmp, jobs) if todo else []:
            results[result.provider] = result
        if all(results[p].status == "generated" for p in todo):
            _write_registry(tmp, {p: tmp / package_of(p) for p in todo}, GENERATED)
            swap = [package_of(p) for p in todo]
            # The registry moves in with the packages it lists (and alone when only it is stale).
            current = GENERATED / registry.PACKAGE
            if swap or not current.is_dir() or workspace.tree_diff(current, tmp / registry.PACKAGE):
                swap.append(registry.PACKAGE)
            if swap:
                workspace.swap_in(tmp, swap, GENERATED)
    failed = [r for r in results.values() if r.status == "failed"]
    for provider in providers:
        r = results[provider]
        # Built fine but not written: another provider failed and generated/ is all or nothing.
        status = "discarded" if failed and r.status == "generated" else r.status
        print(f"{provider:<11} {status:<10} {r.operations:>4} operations {r.seconds:6.2f} s")
    for r in failed:
        print(f"error: {r.error}", file=sys.stderr)
    if failed:
        print("generated/ left unchanged.", file=sys.stderr)
        return 1
    print(f"done in {time.perf_counter() - started:.2f} s")
    return 0


def check(jobs: int) -> int:
    """Regenerate everything into a temporary folder and compare with generated/."""
    providers = list(registry.discover())
    with workspace.temp_dir(ROOT, ".check-") as tmp:
        results = build_all(providers, tmp, jobs)
        failed = [r for r in results if r.status == "failed"]
        for r in failed:
            print(f"error: {r.error}", file=sys.stderr)
        if failed:
            return 1
        _write_registry(tmp, {p: tmp / package_of(p) for p in providers}, GENERATED)
        diffs = []
        for name in [*(package_of(p) for p in providers), registry.PACKAGE]:
            current = GENERATED / name
            if not current.exists():
                diffs.append(f"missing from generated/: {name}")
                continue
            diffs += workspace.tree_diff(current, tmp / name, f"{name}/")
        if GENERATED.exists():
            expected = {package_of(p) for p in providers}
            diffs += [
                f"only in generated/ (no specs/ folder): {d.name}"
                for d in sorted(GENERATED.glob("*_client"))
                if d.is_dir() and d.name not in expected
            ]
    if diffs:
        print(f"generated/ is stale ({len(diffs)} differences); run `nox -s generate`:", file=sys.stderr)
        for line in diffs[:50]:
            print(f"  {line}", file=sys.stderr)
        return 1
    print("generated/ is up to date with specs/ for all providers")
    return 0

"""What the SDK costs next to hand-rolled httpx: each figure against a baseline measured in the same run.

Used by ``nox -s bench``::

    python scripts/bench.py [--quick] [--output bench-results.json] [--only NAME ...]

Every figure is the median of several repetitions, measure and baseline interleaved (A B A B ...)
on the same machine, so only ratios are meaningful. HTTP measures talk to a sandbox server running
in its own process (``python -m facade.sandbox``), so the server's CPU and memory are not the
client's. Generation runs in a scratch copy of scripts/ + specs/ + generated/, never in the
working tree. ``--quick`` shrinks every count so the whole run takes well under a minute (the test
suite runs it to keep this script from rotting; it checks the results file, not the timings).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx
from pipeline import registry, shared  # scripts/ is on sys.path when this runs as a script

ROOT = Path(__file__).resolve().parent.parent
PROVIDERS = registry.discover(ROOT / "specs")
MB = 1024 * 1024


# -- results ----------------------------------------------------------------------------------


@dataclass
class Result:
    """One line of the table: a figure, its same-run baseline, the ratio and the target."""

    name: str
    measure: str
    baseline_measure: str
    unit: str
    value: float
    baseline: float
    target: str
    passed: bool
    # What the target is checked on: value/baseline, baseline/value (a speed-up) or value - baseline.
    score_kind: str
    score: float
    samples: dict[str, list[float]] = field(default_factory=dict)
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = round(self.ratio, 4)
        data["pass"] = data.pop("passed")
        return data


def scored(
    name: str,
    labels: tuple[str, str],
    unit: str,
    values: list[float],
    baselines: list[float],
    *,
    ratio: float | None = None,
    speedup: float | None = None,
    delta: float | None = None,
    note: str = "",
) -> Result:
    """The medians of the measure's and the baseline's samples (``labels`` name them), scored against one target.

    ``ratio``: value/baseline may be at most that; ``speedup``: baseline/value at least that;
    ``delta``: value - baseline at most that many ``unit``.
    """
    value, baseline = statistics.median(values), statistics.median(baselines)
    if ratio is not None:
        kind, score, target = "ratio", value / baseline, f"<= {ratio}x"
        passed = score <= ratio
    elif speedup is not None:
        kind, score, target = "speedup", baseline / value, f">= {speedup}x faster"
        passed = score >= speedup
    elif delta is not None:
        kind, score, target = "delta", value - baseline, f"+ <= {delta} {unit}"
        passed = score <= delta
    else:
        raise TypeError("scored() needs one target: ratio=, speedup= or delta=")
    measure, baseline_measure = labels
    samples = {"value": values, "baseline": baselines}
    return Result(name, measure, baseline_measure, unit, value, baseline, target, passed, kind, score, samples, note)


def interleave(
    reps: int, measure: Callable[[], float], baseline: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """``reps`` runs of each, alternating which goes first (A B B A A B ...), so drift hits both alike."""
    values: list[float] = []
    baselines: list[float] = []
    for i in range(reps):
        if i % 2 == 0:
            baselines.append(baseline())
            values.append(measure())
        else:
            values.append(measure())
            baselines.append(baseline())
    return values, baselines


# -- a sandbox in its own process ---------------------------------------------------------------


@dataclass
class Server:
    """A ``python -m facade.sandbox`` process: its base URL and credentials."""

    provider: str
    base_url: str
    credentials: dict[str, str]
    api_key: str

    def fault(self, **fields: Any) -> None:
        httpx.post(f"{self.base_url}/__sandbox__/faults", json=fields).raise_for_status()

    def clear_faults(self) -> None:
        httpx.delete(f"{self.base_url}/__sandbox__/faults").raise_for_status()


@contextmanager
def sandbox(provider: str, scale: float = 1.0) -> Iterator[Server]:
    cmd = [sys.executable, "-m", "facade.sandbox", provider, "--port", "0", "--seed", "1", "--scale", str(scale)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        exports: dict[str, str] = {}
        while not (line := proc.stdout.readline()).startswith("# Ctrl-C"):
            if not line:
                raise RuntimeError(f"the {provider} sandbox did not start (exit {proc.wait()})")
            if line.startswith("export "):
                name, _, value = line.removeprefix("export ").strip().partition("=")
                exports[name] = value
        base_url = exports[f"{provider.upper()}_BASE_URL"]
        info = httpx.get(f"{base_url}/__sandbox__/info").raise_for_status().json()
        from facade._manifest import load

        credentials = dict(info["credentials"])
        default = load(provider).default_scheme
        api_key = credentials[default] if default else next(iter(credentials.values()))
        yield Server(provider, base_url, credentials, api_key)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def connect(server: Server) -> Any:
    import facade

    provider = cast("facade.ProviderName", server.provider)
    return facade.connect(provider, base_url=server.base_url, api_key=server.api_key, credentials=server.credentials)


# -- the measures -----------------------------------------------------------------------------


def bench_cold_import(quick: bool) -> Result:
    """Fresh interpreters: ``import facade`` + connect() to every provider vs ``import httpx``.

    Interpreter startup is included in both. Bytecode is cached (as after ``pip install``) in a
    private pycache prefix, warmed by one untimed run of each command.
    """
    reps = 3 if quick else 9
    connect_all = (
        "import facade\n"
        f"for p in {PROVIDERS!r}:\n"
        "    facade.connect(p, api_key='bench-key', base_url='http://127.0.0.1:9')\n"
    )
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache

        def timed(code: str) -> Callable[[], float]:
            def run() -> float:
                started = time.perf_counter()
                subprocess.run([sys.executable, "-c", code], env=env, check=True)
                return time.perf_counter() - started

            return run

        bare, sdk, httpx_only = timed("pass"), timed(connect_all), timed("import httpx")
        for warm in (bare, sdk, httpx_only):
            warm()
        values, baselines = interleave(reps, sdk, httpx_only)
        startup = statistics.median(bare() for _ in range(reps))
    labels = (f"import facade + connect() x{len(PROVIDERS)} (s)", "import httpx (s)")
    note = f"fresh processes, interpreter startup included (python -c pass: {startup:.3f} s), bytecode cached"
    return scored("cold_import", labels, "s", values, baselines, ratio=1.3, note=note)


def bench_call(quick: bool) -> Result:
    """Sequential small GETs: ``client.call('getUsage')`` vs ``httpx.Client.get`` + ``.json()``."""
    calls, reps = (200, 3) if quick else (2000, 5)
    with (
        sandbox("cloudapi") as server,
        connect(server) as sdk,
        httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}) as raw,
    ):

        def via_sdk() -> float:
            started = time.perf_counter()
            for _ in range(calls):
                sdk.call("getUsage")
            return time.perf_counter() - started

        def via_httpx() -> float:
            started = time.perf_counter()
            for _ in range(calls):
                raw.get("/v1/usage").raise_for_status().json()
            return time.perf_counter() - started

        for _ in range(20):  # connections up, modules imported
            sdk.call("getUsage")
            raw.get("/v1/usage").json()
        values, baselines = interleave(reps, via_sdk, via_httpx)
    labels = (f"{calls} x call('getUsage') (s)", f"{calls} x httpx get + .json() (s)")
    return scored("call_get", labels, "s", values, baselines, ratio=1.15, note="cloudapi sandbox in its own process")


def _raw_pages(raw: httpx.Client, limit: int) -> int:
    count, params = 0, {"limit": limit}
    while True:
        body = raw.get("/v1/users", params=params).raise_for_status().json()
        count += len(body["data"])
        if not body.get("next_cursor"):
            return count
        params["cursor"] = body["next_cursor"]


def bench_paginate(quick: bool) -> Result:
    """Typed items through ``paginate('listUsers')`` vs a raw httpx loop over the same pages (dicts)."""
    items, reps = (10_000, 2) if quick else (100_000, 3)
    with (
        sandbox("cloudapi", scale=items / 250) as server,
        connect(server) as sdk,
        httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}) as raw,
    ):

        def via_sdk() -> float:
            started = time.perf_counter()
            count = sum(1 for _ in sdk.paginate("listUsers", limit=100))
            assert count == items, count
            return time.perf_counter() - started

        def via_httpx() -> float:
            started = time.perf_counter()
            count = _raw_pages(raw, 100)
            assert count == items, count
            return time.perf_counter() - started

        sum(1 for _ in sdk.paginate("listUsers", limit=100, max_items=500))
        values, baselines = interleave(reps, via_sdk, via_httpx)
    labels = (f"{items:,} items via paginate, typed (s)", f"{items:,} items, raw httpx dicts (s)")
    note = "cloudapi listUsers, cursor style, 100 per page"
    return scored("paginate_typed", labels, "s", values, baselines, ratio=1.3, note=note)


_RSS_CHILD = """
import json, resource, sys
import facade
base_url, api_key, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
count = 0
with facade.connect("cloudapi", base_url=base_url, api_key=api_key) as client:
    for _item in client.paginate("listUsers", limit=100, max_items=n):
        count += 1
print(json.dumps({"items": count, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def bench_rss(quick: bool) -> Result:
    """Peak RSS of a fresh client process paging N items vs N/10 items (nothing may accumulate)."""
    small, large = (10_000, 100_000) if quick else (100_000, 1_000_000)
    with sandbox("cloudapi", scale=large / 250) as server:

        def peak(n: int) -> float:
            out = subprocess.run(
                [sys.executable, "-c", _RSS_CHILD, server.base_url, server.api_key, str(n)],
                check=True,
                capture_output=True,
                text=True,
            )
            data = json.loads(out.stdout)
            assert data["items"] == n, data
            return float(data["maxrss_kb"]) / 1024

        value, baseline = peak(large), peak(small)
    labels = (f"peak RSS paging {large:,} items (MB)", f"peak RSS paging {small:,} items (MB)")
    note = "client process only (ru_maxrss); the sandbox serves a lazily made collection"
    return scored("paging_rss", labels, "MB", [value], [baseline], delta=20, note=note)


def bench_async(quick: bool) -> Result:
    """50 pages of ionet listDeployments with 20 ms injected latency: async pager vs sync pager."""
    import facade

    reps = 1 if quick else 3
    with sandbox("ionet") as server:
        server.fault(operation="listDeployments", delay=0.02)
        kwargs: dict[str, Any] = {
            "base_url": server.base_url,
            "api_key": server.api_key,
            "credentials": server.credentials,
        }
        total = 300  # seeded deployments at scale 1: 6 per page makes 50 pages

        # A new client per run in both modes: opening connections is part of the cost.
        def sync_pages() -> float:
            with facade.connect("ionet", **kwargs) as client:
                started = time.perf_counter()
                count = sum(1 for _ in client.paginate("listDeployments", limit=6))
                elapsed = time.perf_counter() - started
            assert count == total, count
            return elapsed

        async def async_run() -> float:
            async with facade.aconnect("ionet", **kwargs) as client:
                started = time.perf_counter()
                found = await client.paginate("listDeployments", limit=6).to_list()
                elapsed = time.perf_counter() - started
            assert len(found) == total, len(found)
            return elapsed

        def async_pages() -> float:
            return asyncio.run(async_run())

        sync_pages(), async_pages()  # untimed: generated modules and async machinery imported
        values, baselines = interleave(reps, async_pages, sync_pages)
    labels = ("async pager, 50 pages (s)", "sync pager, same 50 pages (s)")
    note = "ionet listDeployments, page style with total, default page_concurrency, 20 ms server delay"
    return scored("async_pager", labels, "s", values, baselines, speedup=5, note=note)


def _cli() -> str:
    script = Path(sys.executable).parent / "compute-clients"
    if not script.exists():
        raise RuntimeError(f"{script} is missing: install the package (pip install -e .) for the console script")
    return str(script)


def bench_cli_help(quick: bool) -> Result:
    """Fresh processes: ``compute-clients --help`` vs ``import httpx`` (bytecode cached, startup included)."""
    reps = 3 if quick else 9
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache

        def timed(cmd: list[str]) -> Callable[[], float]:
            def run() -> float:
                started = time.perf_counter()
                subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
                return time.perf_counter() - started

            return run

        cli, httpx_only = timed([_cli(), "--help"]), timed([sys.executable, "-c", "import httpx"])
        cli(), httpx_only()  # untimed: bytecode written
        values, baselines = interleave(reps, cli, httpx_only)
    labels = ("compute-clients --help, cold (s)", "import httpx, cold (s)")
    note = "fresh processes, interpreter startup included in both, bytecode cached; help reads manifests only"
    return scored("cli_help", labels, "s", values, baselines, ratio=2.0, note=note)


def bench_cli_all(quick: bool) -> Result:
    """``compute-clients cloudapi listUsers --all -o json > file`` vs typed ``paginate('listUsers')`` in-process.

    The command's figure includes everything a user waits for: interpreter start, imports, connect,
    paging, turning every item into JSON and writing it; the baseline only pages (typed, warm).
    """
    items, reps = (10_000, 2) if quick else (100_000, 3)
    with (
        sandbox("cloudapi", scale=items / 250) as server,
        connect(server) as sdk,
        tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp,
    ):
        out = Path(tmp) / "users.json"
        # Bytecode cached, as after pip install (like the cold measures): not a compile of every module per run.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(CLOUDAPI_TOKEN=server.api_key, PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        cmd = [_cli(), "cloudapi", "listUsers", "--all", "--output", "json", "--base-url", server.base_url]

        def via_cli() -> float:
            started = time.perf_counter()
            with out.open("w", encoding="utf-8") as sink:
                subprocess.run(cmd, env=env, stdout=sink, check=True)
            return time.perf_counter() - started

        def via_paginate() -> float:
            started = time.perf_counter()
            count = sum(1 for _ in sdk.paginate("listUsers", limit=100))
            assert count == items, count
            return time.perf_counter() - started

        sum(1 for _ in sdk.paginate("listUsers", limit=100, max_items=500))
        subprocess.run([*cmd, "--max-items", "10"], env=env, stdout=subprocess.DEVNULL, check=True)  # bytecode
        values, baselines = interleave(reps, via_cli, via_paginate)
        written = json.loads(out.read_text(encoding="utf-8"))
        assert len(written) == items and written[0]["id"], len(written)
    labels = (f"compute-clients --all -o json, {items:,} items (s)", f"{items:,} items via paginate, typed (s)")
    note = "cloudapi listUsers, 100 per page; the command's output goes to a file"
    return scored("cli_all", labels, "s", values, baselines, ratio=1.2, note=note)


def bench_sandbox_create(quick: bool) -> Result:
    """StackPointCloud createCluster: time per node of a 4,999-worker cluster vs a 40-worker one (linear: ~1x)."""
    big, small, reps = (2000 if quick else 4999), 40, (1 if quick else 3)
    with sandbox("stackpoint") as server, httpx.Client(base_url=server.base_url, timeout=120) as client:
        headers = {"Authorization": f"Bearer {server.api_key}"}

        def per_node(workers: int) -> Callable[[], float]:
            body = dict(name="bench", provider="aws", provider_keyset=4410, master_count=1, worker_count=workers)
            body |= dict(master_size="t2.large", worker_size="t2.large", region="us-west-2", k8s_version="v1.13.2")
            body |= {"platform": "coreos", "channel": "stable"}

            def run() -> float:
                started = time.perf_counter()
                client.post("/orgs/381/clusters", json=body, headers=headers).raise_for_status()
                return (time.perf_counter() - started) / (workers + 1) * 1e6

            return run

        per_node(small)()  # untimed: collections seeded, code paths warm
        values, baselines = interleave(reps, per_node(big), per_node(small))
    note = "the stackpoint sandbox in its own process; quadratic would be ~big/small"
    labels = (f"createCluster, {big} workers (us/node)", f"createCluster, {small} workers (us/node)")
    return scored("sandbox_create", labels, "us", values, baselines, ratio=1.5, note=note)


def _scratch_repo(dest: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".mypy_cache")
    for name in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    (dest / "facade").mkdir()
    for name in shared.FILES:  # the facade modules the pipeline shares
        shutil.copy2(ROOT / "facade" / name, dest / "facade" / name)
    return dest


def bench_generate(quick: bool) -> list[Result]:
    """``pipeline generate --force`` vs the bare generator on the same specs; no-op vs forced."""
    providers = ["cloudapi"] if quick else list(PROVIDERS)
    reps = 1 if quick else 3
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    generator = shutil.which("openapi-python-client", path=env["PATH"]) or "openapi-python-client"
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        repo = _scratch_repo(Path(tmp) / "repo")
        out = Path(tmp) / "bare"

        def run(cmd: list[str]) -> float:
            started = time.perf_counter()
            subprocess.run(cmd, cwd=repo, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return time.perf_counter() - started

        def bare() -> float:
            total = 0.0
            for p in providers:  # one after the other, as a person would run them by hand
                shutil.rmtree(out, ignore_errors=True)
                spec, config = f"specs/{p}/openapi.yaml", f"specs/{p}/generator.yaml"
                args = ["--path", spec, "--meta", "none", "--output-path", str(out), "--config", config]
                total += run([generator, "generate", *args])
            return total

        pipeline = [sys.executable, "scripts/pipeline", "generate"]

        def forced() -> float:
            return run([*pipeline, "--force", *providers])

        def noop() -> float:
            return run([*pipeline, *providers])

        forced_times, bare_times = interleave(reps, forced, bare)
        noop_times = [noop() for _ in range(3 if quick else 5)]
    where = f"{len(providers)} provider(s), in a scratch copy; the pipeline command itself, not the nox wrapper"
    forced_labels = ("pipeline generate --force (s)", "bare openapi-python-client, sequential (s)")
    noop_labels = ("pipeline generate, nothing changed (s)", "pipeline generate --force (s)")
    return [
        scored("generate_forced", forced_labels, "s", forced_times, bare_times, ratio=1.2, note=where),
        scored("generate_noop", noop_labels, "s", noop_times, forced_times, ratio=0.1, note=where),
    ]


MEASURES: dict[str, Callable[[bool], Result | list[Result]]] = {
    "cold_import": bench_cold_import,
    "call_get": bench_call,
    "paginate_typed": bench_paginate,
    "paging_rss": bench_rss,
    "async_pager": bench_async,
    "sandbox_create": bench_sandbox_create,
    "generate": bench_generate,
    "cli_help": bench_cli_help,
    "cli_all": bench_cli_all,
}
RESULT_NAMES = (
    "cold_import",
    "call_get",
    "paginate_typed",
    "paging_rss",
    "async_pager",
    "sandbox_create",
    "generate_forced",
    "generate_noop",
    "cli_help",
    "cli_all",
)


# -- output -----------------------------------------------------------------------------------


def _figure(x: float, unit: str) -> str:
    return f"{x:.1f} {unit}" if unit == "MB" else f"{x:.3f} {unit}"


def _score(r: Result) -> str:
    if r.score_kind == "delta":
        return f"{r.score:+.1f} MB"
    if r.score_kind == "speedup":
        return f"{r.score:.2f}x faster"
    return f"{r.score:.3f}x"


def table(results: list[Result]) -> str:
    rows = [("measure", "value", "baseline", "ratio", "target", "pass")]
    for r in results:
        baseline = f"{_figure(r.baseline, r.unit)}  [{r.baseline_measure}]"
        verdict = "PASS" if r.passed else "FAIL"
        rows.append((r.measure, _figure(r.value, r.unit), baseline, _score(r), r.target, verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small counts, one to three repetitions (< 1 minute)")
    parser.add_argument("--output", type=Path, default=ROOT / "bench-results.json", help="results file (JSON)")
    parser.add_argument("--only", action="append", choices=sorted(MEASURES), help="run only this measure (repeatable)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results: list[Result] = []
    for name in args.only or list(MEASURES):
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        produced = MEASURES[name](args.quick)
        results += produced if isinstance(produced, list) else [produced]
    print(table(results))
    failed = [r.name for r in results if not r.passed]
    payload = {
        "quick": args.quick,
        "python": platform.python_version(),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "seconds": round(time.perf_counter() - started, 1),
        "note": "medians of interleaved repetitions; compare ratios only, never absolute times",
        "all_passed": not failed,
        "results": {r.name: r.to_json() for r in results},
    }
    args.output.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(
        f"\n{len(results) - len(failed)}/{len(results)} targets met; results in {args.output} ({payload['seconds']} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fuzz every sandbox with Schemathesis against its own spec: ``nox -s fuzz`` (``-- --help``).

Each provider's sandbox starts on 127.0.0.1 (in this process) and Schemathesis runs every check
(what ``--checks all`` turns on) against it with the spec the sandbox serves, a valid credential for
every security scheme, a fixed seed and a small number of examples per operation, so a run is
reproducible and short. Prints a table (operations, test cases, failures per check, per provider)
and the documented exceptions (ACCEPTS, SKIPPED below), writes the Schemathesis reports, and exits
non-zero on any failure.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
)
SHORT = {check: "".join(word[0] for word in check.split("_")).upper() for check in CHECKS}


# Where a provider's documented behaviour differs from a check's default expectation: per provider,
# (check, operationId or "*", further operationIds with the same answer) -> (statuses the check also accepts,
# why). Each is a documented answer of the provider, not a silenced failure; everything else must pass as
# Schemathesis expects.
ACCEPTS: dict[str, dict[tuple[str, ...], tuple[tuple[int, ...], str]]] = {
    "castai": {  # rules the spec cannot state: specs/castai/NOTES.md, "What the spec cannot say"
        (
            "positive_data_acceptance",
            "ClusterReportAPI_GetClusterCostReport",
            "ClusterReportAPI_GetClusterSavingsReport",
        ): (
            (400,),
            "endTime before startTime, or more than 2,000 buckets of stepSeconds (the sandbox's own limit)",
        ),
        ("positive_data_acceptance", "ExternalClusterAPI_RegisterCluster"): (
            (400,),
            "exactly one provider block (eks, gke, aks, ...): a proto oneof, which the proto-made spec cannot state",
        ),
        ("positive_data_acceptance", "NodeTemplatesAPI_CreateNodeTemplate"): (
            (400,),
            "a node template needs its name (the key of every other node template path); the Go client requires none",
        ),
        ("positive_data_acceptance", "UsersAPI_CreateOrganization"): (
            (400,),
            "a parentId naming no organization (a body field, on an operation without a path id: no 404 declared)",
        ),
    },
    "fluence": {
        ("positive_data_acceptance", "createVms"): ((422,), "422 'Not enough offers found' when the market is short"),
    },
    "fluence_cloud": {
        ("positive_data_acceptance", "*"): (
            (402, 406),
            "402 insufficient_balance when the balance does not cover a billed create's first hour, 406 not_acceptable"
            " for an action outside the resource's allowedActions (a storage or IP an earlier request attached): the"
            " API's answers to valid requests in that state (its ErrorCode enum; the overlay declares where)",
        ),
        ("positive_data_acceptance", "cost"): (
            (422,),
            "a resources[] item is a oneOf (vm | storage | publicIp) the generator cannot render; normalisation widens"
            " it to any object (unrenderable-unions), so generated items may be none of the three: Fluence answers 422",
        ),
    },
    "ionet": {
        ("response_schema_conformance", "getContainerLogs"): (
            (),
            "the log stream's schema is the whole text/event-stream body as one string (OpenAPI 3.1 cannot describe"
            " the events, and the generator needs a string to return text); Schemathesis checks each event against it",
        ),
        ("positive_data_acceptance", "deployContainer", "deployVm"): (
            (400,),
            "400 for a deployment that cannot be placed",
        ),
    },
    "stackpoint": {
        ("response_schema_conformance", "getClusterKubeconfig"): (
            (),
            "the kubeconfig is YAML text, declared as one string so the client returns the file; Schemathesis parses"
            " the YAML and checks the parsed document against that string",
        ),
        ("positive_data_acceptance", "inviteMembers"): ((400,), "400 'Invalid pk' for a team that does not exist"),
        ("positive_data_acceptance", "createKeyset"): ((400,), "400 'Invalid pk' for a workspace that does not exist"),
    },
}
# Checks that cannot express a provider's documented behaviour, per provider, with why.
SKIPPED: dict[str, dict[str, str]] = {
    "fluence": {
        "missing_required_header": "it requires 401 for a missing Authorization header (fixed in Schemathesis); "
        "Fluence documents 403 for a missing or unknown key, and the sandbox answers as Fluence does",
    },
}
POSITIVE = ("2xx", "3xx", 401, 403, 404, 409, 429, "5xx")  # what positive_data_acceptance accepts by default


def config(provider: str, spec: dict[str, Any], credentials: dict[str, str], cursors: dict[str, dict[str, str]]) -> str:
    """Schemathesis config: a credential for every security scheme, real cursors, the provider's ACCEPTS."""
    # Every check on (what --checks all does), set here so that an operation can turn one off below.
    top = [f"checks.{check}.enabled = {json.dumps(check not in SKIPPED.get(provider, {}))}" for check in CHECKS]
    tables: list[str] = []
    for name, scheme in (spec.get("components") or {}).get("securitySchemes", {}).items():
        if name in credentials:
            kind = "bearer" if scheme.get("type") == "http" else "api_key"
            tables += [f"[auth.openapi.{name}]", f"{kind} = {json.dumps(credentials[name])}"]
    for op_id, values in cursors.items():  # cursors are issued by the server: the fuzzer gets a real one
        tables += ["[[operations]]", f"include-operation-id = {json.dumps(op_id)}", f"parameters = {_toml(values)}"]
    for (check, *op_ids), (statuses, _why) in ACCEPTS.get(provider, {}).items():
        base: tuple[Any, ...] = POSITIVE if check == "positive_data_acceptance" else ()
        expected = f"checks.{check}.expected-statuses = {json.dumps([*base, *statuses])}"
        if not statuses:  # nothing to accept instead: the check cannot judge this operation at all
            expected = f"checks.{check}.enabled = false"
        for op_id in op_ids:
            if op_id == "*":
                top.append(expected)
            else:
                tables += ["[[operations]]", f"include-operation-id = {json.dumps(op_id)}", expected]
    return "\n".join([*top, *tables]) + "\n"


def _toml(values: dict[str, str]) -> str:
    return "{ " + ", ".join(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in values.items()) + " }"


def _cursors(sb: Any) -> dict[str, dict[str, str]]:
    """For every cursor-paged list a resource serves: its cursor parameter set to a real item's id."""
    found = {}
    for op in sb.state.spec.operations.values():
        pag, routed = op.pagination or {}, sb.state.engine.routes.get(op.op_id)
        if pag.get("style") == "cursor" and routed is not None:
            items = sb.items(routed[0].name)
            if items:
                found[op.op_id] = {f"query.{pag['cursor_param']}": str(items[0][routed[0].id_field])}
    return found


def fuzz(provider: str, out: Path, *, examples: int, seed: int, phases: str, timeout: float) -> dict[str, Any]:
    """Run Schemathesis against a fresh sandbox of ``provider``; the parsed JSON report."""
    from facade.sandbox import Sandbox
    from facade.sandbox._spec import load

    spec_path = out / f"{provider}-openapi.json"
    spec_path.write_text(json.dumps(load(provider).doc), encoding="utf-8")
    report = out / f"{provider}-report.json"
    with Sandbox(provider, seed=seed) as sb:
        settings = out / f"{provider}-schemathesis.toml"
        settings.write_text(config(provider, load(provider).doc, sb.credentials, _cursors(sb)), encoding="utf-8")
        command = [
            shutil.which("st") or str(Path(sys.executable).with_name("st")),
            "--config-file",
            str(settings),
            "run",
            str(spec_path),
            "--url",
            sb.base_url,
            "--max-examples",
            str(examples),
            "--seed",
            str(seed),
            "--workers",
            "1",
            "--phases",
            phases,
            "--report",
            "json",
            "--report-json-path",
            str(report),
            "--no-color",
            "--generation-database",
            "none",
            "--request-timeout",
            "10",
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=out, check=False)
    (out / f"{provider}-output.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
    if not report.exists():
        raise RuntimeError(f"schemathesis wrote no report for {provider}:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    result["output"] = done.stdout
    return result


def table(results: dict[str, dict[str, Any]]) -> str:
    rows = [("provider", "operations", "cases", *SHORT.values(), "failures")]
    for provider, report in results.items():
        counts = {SHORT[_check(f)]: f["count"] for f in report["failures"] if _check(f) in SHORT}
        total = sum(f["count"] for f in report["failures"]) + len(report["errors"])
        cases = report["test_cases"]["generated"]
        rows.append(
            (
                provider,
                str(report["operations"]["tested"]),
                str(cases),
                *(str(counts.get(s, 0)) for s in SHORT.values()),
                str(total),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    ]
    legend = ", ".join(f"{short} {check}" for check, short in SHORT.items())
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:], "", f"checks: {legend}"])


_CODES = {
    "ServerError": "not_a_server_error",
    "UndefinedStatusCode": "status_code_conformance",
    "UndefinedContentType": "content_type_conformance",
    "MalformedMediaType": "content_type_conformance",
    "MissingHeaders": "response_headers_conformance",
    "JsonSchemaError": "response_schema_conformance",
    "AcceptedNegativeData": "negative_data_rejection",
    "RejectedPositiveData": "positive_data_acceptance",
    "MissingHeaderNotRejected": "missing_required_header",
    "UnsupportedMethodResponse": "unsupported_method",
    "MissingAllowHeader": "allow_header_conformance",
    "UseAfterFree": "use_after_free",
    "EnsureResourceAvailability": "ensure_resource_availability",
    "IgnoredAuth": "ignored_auth",
}


def _check(failure: dict[str, Any]) -> str:
    kind = str(failure["type"])
    return _CODES.get(kind, kind)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("providers", nargs="*", help="providers to fuzz (default: every sandbox)")
    parser.add_argument("--max-examples", type=int, default=10, help="test cases per operation and phase")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--phases", default="examples,coverage,fuzzing,stateful")
    parser.add_argument("--output", type=Path, help="keep the reports in this folder")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per provider")
    args = parser.parse_args(argv)
    from facade.sandbox import available

    providers = args.providers or available()
    out = args.output or Path(tempfile.mkdtemp(prefix="fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    results, started = {}, time.perf_counter()
    for provider in providers:
        print(f"fuzz: {provider} ...", file=sys.stderr, flush=True)
        results[provider] = fuzz(
            provider, out, examples=args.max_examples, seed=args.seed, phases=args.phases, timeout=args.timeout
        )
    print(table(results))
    print("\ndocumented exceptions (a provider's own answer the check does not expect):")
    for provider in results:
        for (check, *op_ids), (statuses, why) in ACCEPTS.get(provider, {}).items():
            also = f"also {', '.join(map(str, statuses))}" if statuses else "off"
            for op_id in op_ids:
                print(f"  {provider} {op_id} {check} {also}: {why}")
        for check, why in SKIPPED.get(provider, {}).items():
            print(f"  {provider} * {check} off: {why}")
    failed = {p: r for p, r in results.items() if r["failures"] or r["errors"]}
    for provider, report in failed.items():
        print(f"\n---- {provider}: Schemathesis output ----\n{report['output'][-20000:]}")
    took = time.perf_counter() - started
    print(f"\n{len(results) - len(failed)}/{len(results)} providers without failures in {took:.0f} s; reports in {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

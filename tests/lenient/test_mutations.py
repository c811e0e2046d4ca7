"""Every 2xx response schema of every provider, bent one way at a time, parses (lenient) or names the place (strict).

Payloads come from each schema through hypothesis-jsonschema (derandomized: the same every run);
each is then mutated one way at a time: every enum to a value the spec does not list, every
uuid/date/date-time string to ``"string"``, every required field removed, every non-nullable
value to null. Lenient (the default), the parse never raises, the mutated value is on the model
as sent, and ``to_dict()`` gives it back; strict, the parse raises DecodeError naming that path
and kind. The counts are printed at the end of the run (``lenient parsing: mutation matrix``).
"""

from __future__ import annotations

import json

import pytest

import facade
from facade import _jsonpath as jp

from . import _schemas as sch
from .conftest import TALLY, client, parse, plain, read

PROVIDERS = facade.providers()
KINDS = {"enum": "enum", "format": "format", "missing": "missing", "null": "null"}


def _check_lenient(cli: facade.Client, response: sch.Response, mutation: sch.Mutation) -> str | None:
    """None when the lenient parse kept the mutated value as sent; else what went wrong."""
    where = f"{response.operation} {response.status} {mutation.rendered} ({mutation.kind})"
    try:
        parsed = parse(cli, response.operation, response.status, mutation.payload)
    except Exception as exc:  # the point: nothing may escape a lenient parse
        return f"{where}: lenient parse raised {type(exc).__name__}: {exc}"
    try:
        value = read(parsed, mutation.path)
    except (AttributeError, KeyError, IndexError, TypeError) as exc:
        return f"{where}: mutated value not readable on the model: {type(exc).__name__}: {exc}"
    if mutation.kind == "missing":
        if type(value).__name__ != "Unset":
            return f"{where}: a missing required field should read UNSET, got {type(value).__name__}"
    elif value != mutation.value or (mutation.value is None) != (value is None):
        return f"{where}: expected the value as sent, got {type(value).__name__}"
    try:
        dumped = json.loads(json.dumps(plain(parsed)))
    except (TypeError, ValueError, AttributeError) as exc:
        return f"{where}: to_dict() of the lenient model failed: {type(exc).__name__}: {exc}"
    parent = jp.get(dumped, mutation.path[:-1]) if mutation.path else None
    if mutation.kind == "missing":
        if not isinstance(parent, dict) or mutation.path[-1] in parent:
            return f"{where}: to_dict() should leave the missing field out"
    elif jp.get(dumped, mutation.path, default=KeyError) != mutation.value:
        return f"{where}: to_dict() did not give the kept value back"
    return None


def _check_strict(cli: facade.Client, response: sch.Response, mutation: sch.Mutation) -> str | None:
    where = f"{response.operation} {response.status} {mutation.rendered} ({mutation.kind})"
    try:
        parse(cli, response.operation, response.status, mutation.payload)
    except facade.DecodeError as exc:
        places = {(d.path, d.kind) for d in exc.deviations}
        if (mutation.rendered, KINDS[mutation.kind]) not in places:
            return f"{where}: strict DecodeError names {sorted(places)} instead"
        if not str(exc).startswith(f"{cli.provider}.{response.operation}: "):
            return f"{where}: strict DecodeError does not name provider and operation: {exc}"
        return None
    except Exception as exc:
        return f"{where}: strict parse raised {type(exc).__name__} instead of DecodeError: {exc}"
    return f"{where}: strict parse did not raise"


QUICK_RESPONSES = 60  # the quick matrix's share of a provider's responses: every one up to this many
SLOW_PAYLOADS = 300  # the slow matrix's payload budget per provider: three per schema, fewer on a large API


def sample(responses: list[sch.Response], cap: int | None) -> list[sch.Response]:
    """Every response, or an even spread of ``cap`` of them across the document (the same every run)."""
    if cap is None or len(responses) <= cap:
        return responses
    return [responses[i * len(responses) // cap] for i in range(cap)]


def run_matrix(provider: str, examples: int, cap: int | None = None) -> list[str]:
    lenient, strict = client(provider, strict=False), client(provider, strict=True)
    problems: list[str] = []
    counts = [0, 0, 0, 0, 0]
    try:
        for response in sample(sch.responses(provider), cap):
            counts[0] += 1
            for payload in sch.synthesize(provider, response, examples):
                counts[1] += 1
                try:  # the valid payload itself: no deviation at all
                    parse(strict, response.operation, response.status, payload)
                except Exception as exc:
                    problems.append(f"{response.operation} {response.status}: a valid payload failed strict: {exc}")
                    continue
                for mutation in sch.mutations(provider, response, payload):
                    counts[2] += 1
                    for check, slot in ((_check_lenient, 3), (_check_strict, 4)):
                        problem = check(lenient if slot == 3 else strict, response, mutation)
                        if problem is None:
                            counts[slot] += 1
                        else:
                            problems.append(problem)
    finally:
        lenient.close()
        strict.close()
    TALLY[provider] = counts
    assert counts[0] and counts[2], f"{provider}: no response schema or no mutation found"
    return problems


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_response_schema_and_mutation(provider: str) -> None:
    """One payload per 2xx response schema, every mutation of it (the quick matrix every run makes).

    A large API (CAST AI: 270 responses) is spread-sampled to QUICK_RESPONSES here; the slow matrix
    takes every response.
    """
    problems = run_matrix(provider, examples=1, cap=QUICK_RESPONSES)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:30])


@pytest.mark.slow
@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_response_schema_and_mutation_more_payloads(provider: str) -> None:
    """Every response; three payloads per schema (other strings, numbers, array lengths and union members),
    fewer where that would pass SLOW_PAYLOADS (CAST AI: one each)."""
    examples = max(1, min(3, SLOW_PAYLOADS // len(sch.responses(provider))))
    problems = run_matrix(provider, examples=examples)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:30])


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_body_of_the_wrong_top_level_type_is_a_decode_error_even_lenient(provider: str) -> None:
    """Null, or an array where an object was declared (and the reverse): never a silently empty result."""
    cli = client(provider, strict=False)
    checked = 0
    for response in sch.responses(provider):
        declared = sch.resolve(sch.spec(provider), response.schema)
        kind = declared.get("type")
        if kind not in ("object", "array"):
            continue
        for body in (None, {"x": 1} if kind == "array" else [1, 2]):
            with pytest.raises(facade.DecodeError) as info:
                parse(cli, response.operation, response.status, body)
            assert "top level" in str(info.value) or info.value.deviations[0].path == "$"
            checked += 1
    cli.close()
    assert checked


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_body_that_is_not_json_is_a_decode_error_even_lenient(provider: str) -> None:
    cli = client(provider, strict=False)
    response = sch.responses(provider)[0]
    for body in (b"<html>oops</html>", b'{"truncated": ', b""):
        with pytest.raises(facade.DecodeError):
            parse(cli, response.operation, response.status, body)
    cli.close()

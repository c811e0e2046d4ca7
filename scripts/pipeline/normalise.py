"""Stage 2a: repair the defects providers' published specs really have, visibly and deterministically.

Runs after load/bundle and before the overlay. Each repair belongs to a named rule (``RULES``, in
the order they run) and is recorded as a :class:`Repair`: the rule, the place in the spec as the
provider wrote it, and what was changed. ``nox -s specs`` lists them with file, line and JSON
pointer. An overlay switches rules off with a top-level ``x-normalise`` (``disable: [rule, ...]``);
the defect then stays, and the stage that trips over it names it.

The rules themselves live in ``rules_ops`` (operations, parameters, responses, servers, auth),
``rules_values`` (defaults, examples, enums) and ``rules_schemas`` (names and unions the generator
cannot render).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from . import rules_ops, rules_schemas, rules_values
from .errors import SpecError, place
from .rulebase import Context, Repair

__all__ = ["KEY", "RULES", "Context", "Repair", "counts", "disabled", "normalise"]
KEY = "x-normalise"


Rule = Callable[[Context], None]

# name -> (what it repairs, the function). Order matters: keys first, names before values.
RULES: dict[str, tuple[str, Rule]] = {
    "non-string-keys": (
        "YAML keys that load as numbers or booleans (200:, yes:) become strings",
        rules_ops.keys,
    ),
    "response-status-keys": (
        "integer and lower-case range (4xx) response keys",
        rules_ops.status_keys,
    ),
    "operation-servers": (
        "path- and operation-level servers the generated client would ignore",
        rules_ops.servers,
    ),
    "path-parameters": (
        "path parameters used but not declared, declared but unused, or optional",
        rules_ops.path_params,
    ),
    "api-key-header-params": (
        "an API key or token declared as a header parameter, not a security scheme",
        rules_ops.key_headers,
    ),
    "header-param-types": (
        "header parameters typed as something other than a string",
        rules_ops.header_types,
    ),
    "untagged-operations": (
        "operations without a tag (tagged by their first path segment)",
        rules_ops.untagged,
    ),
    "missing-operation-ids": (
        "operations without an operationId",
        rules_ops.missing_ids,
    ),
    "operation-id-identifiers": (
        "operationIds that are not identifiers ('Create top-up', 'get-user')",
        rules_ops.id_identifiers,
    ),
    "duplicate-operation-ids": (
        "operationIds used twice (or that become one Python name)",
        rules_ops.duplicate_ids,
    ),
    "default-type": (
        "defaults of the wrong type (default: false on an integer)",
        rules_values.defaults,
    ),
    "example-type": (
        "examples of the wrong type (example: '4' on an integer)",
        rules_values.examples,
    ),
    "enum-type": (
        "enum values of the wrong type, or null in a non-nullable enum",
        rules_values.enums,
    ),
    "schema-title-collisions": (
        "schemas whose titles become one class name (the generator drops all but one)",
        rules_schemas.titles,
    ),
    "unrenderable-unions": (
        "unions and allOfs the generator cannot render (widened, said so)",
        rules_schemas.unions,
    ),
}


def disabled(overlay: Mapping[str, Any] | None, overlay_path: Path) -> frozenset[str]:
    """The rules the overlay's ``x-normalise: {disable: [...]}`` switches off; unknown names are errors."""
    if not overlay or KEY not in overlay:
        return frozenset()
    config = overlay[KEY]
    off = config.get("disable") if isinstance(config, dict) else None
    if not isinstance(config, dict) or set(config) - {"disable"} or not isinstance(off, list):
        raise SpecError(overlay_path, place(overlay_path, [KEY]), f"{KEY} must be {{disable: [rule, ...]}}")
    for i, name in enumerate(off):
        if name not in RULES:
            raise SpecError(
                overlay_path,
                place(overlay_path, [KEY, "disable", i]),
                f"unknown normalisation rule {name!r}; the rules are: {', '.join(RULES)}",
            )
    return frozenset(off)


def normalise(spec: dict[str, Any], provider: str, off: frozenset[str] = frozenset()) -> list[Repair]:
    """Apply every rule not switched off to ``spec`` (in place); the repairs, in the order made."""
    ctx = Context(spec, provider)
    for name, (_summary, rule) in RULES.items():
        if name not in off:
            ctx.rule = name
            rule(ctx)
    return ctx.repairs


def counts(repairs: list[Repair]) -> dict[str, int]:
    """Repairs per rule, in rule order."""
    found: dict[str, int] = {}
    for name in RULES:
        n = sum(1 for r in repairs if r.rule == name)
        if n:
            found[name] = n
    return found

"""The README's "Wait for a resource" section lists every waiter of every provider, as the manifests declare them."""

from __future__ import annotations

import facade
import facade._manifest as manifest
from tests.demo.test_readme import README

from ._table import HEADER, rows

SECTION = README.split("\n### Wait for a resource\n", 1)[1].split("\n### ", 1)[0]
MARKER = "<!-- waiters-table"


def test_the_table_is_the_manifests_waiters() -> None:
    table = SECTION.split(MARKER, 1)[1].split("\n", 1)[1].split("\n\n", 1)[0].strip()
    expected = "\n".join([HEADER, *rows()])
    assert table == expected, f"regenerate the table with: python -m tests.waiters._table\n{expected}"


def test_providers_without_waiters_are_named() -> None:
    after = SECTION.split(MARKER, 1)[1].split("\n\n", 2)[1]
    for name in facade.providers():
        if not manifest.load(name).waiters:
            title = {"cloudapi": "CloudAPI", "castai": "CAST AI"}.get(name, name)  # else the provider's name
            assert f"{title} has no waiters" in after, name


def test_the_example_uses_the_waiters_and_their_errors() -> None:
    assert ".wait(" in SECTION and "facade.WaiterFailed" in SECTION and "facade.WaiterTimeout" in SECTION

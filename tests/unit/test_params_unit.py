"""The argument checks on their own, over a synthetic operation and generated-style function."""

from __future__ import annotations

import datetime
import enum
import types
import uuid
from typing import Any

import pytest

import facade
from facade._manifest import Operation
from facade._params import Binder


class Colour(enum.StrEnum):
    RED = "red"
    BLUE = "blue"


class Unset:
    """Stands in for the generated ``Unset`` sentinel type."""


UNSET = Unset()


def _get_kwargs(
    thing_id: uuid.UUID,
    *,
    x_request_token: str,
    when: datetime.datetime | Unset = UNSET,
    day: datetime.date | Unset = UNSET,
    colours: list[Colour] | Unset = UNSET,
    ratio: float | Unset = UNSET,
    api_token: str | Unset = UNSET,
) -> dict[str, Any]:
    return {}


def _binder() -> Binder:
    module = types.ModuleType("fake_things")
    module._get_kwargs = _get_kwargs  # type: ignore[attr-defined]

    def param(name: str, where: str, kind: str, required: bool = False, **extra: Any) -> dict[str, Any]:
        return {
            "name": name,
            "python": name.replace("-", "_").lower(),
            "in": where,
            "required": required,
            "type": kind,
            **extra,
        }

    op = Operation(
        id="getThing",
        method="GET",
        path="/things/{thing_id}",
        module_name="fake_things",
        security=(),
        pagination=None,
        idempotency_header=None,
        success=(200,),
        params=(
            param("thing_id", "path", "string", True),
            param("X-Request-Token", "header", "string", True),
            param("when", "query", "string"),
            param("day", "query", "string"),
            param("colours", "query", "array[string]", enum=["red", "blue"]),
            param("ratio", "query", "number"),
            param("api_token", "query", "string"),
        ),
    )
    return Binder("fake", op, module)


def test_missing_required_header_is_named() -> None:
    with pytest.raises(facade.ParameterError) as info:
        _binder().bind({"thing_id": "t1"})
    assert str(info.value) == "fake.getThing: missing required parameter 'x_request_token' (header 'X-Request-Token')"


def test_values_become_what_the_generated_function_takes() -> None:
    bound = _binder().bind(
        {
            "thing_id": "not-a-uuid-but-allowed",
            "x_request_token": "t",
            "when": "2026-01-31T12:00:00Z",
            "day": "2026-01-31",
            "colours": ["red", Colour.BLUE],
            "ratio": 2,
        }
    )
    assert bound["when"] == datetime.datetime(2026, 1, 31, 12, tzinfo=datetime.UTC)
    assert bound["day"] == datetime.date(2026, 1, 31)
    assert bound["colours"] == [Colour.RED, Colour.BLUE] and all(isinstance(c, Colour) for c in bound["colours"])
    assert bound["ratio"] == 2 and bound["thing_id"] == "not-a-uuid-but-allowed"
    when = datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC)
    assert _binder().bind({"thing_id": uuid.UUID(int=1), "x_request_token": "t", "when": when})["when"] is when


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("ratio", True, "parameter 'ratio' (query 'ratio') must be a number, got bool True"),
        ("colours", "red", "parameter 'colours' (query 'colours') must be a list of string values, got str 'red'"),
        ("colours", ["red", "green"], "must be one of 'red', 'blue'; got 'green'"),
        ("day", "31/01/2026", "must be an ISO 8601 date such as 2026-01-31, got '31/01/2026'"),
        ("api_token", 12345678, "parameter 'api_token' (query 'api_token') must be a string, got int"),
    ],
)
def test_wrong_values(name: str, value: object, message: str) -> None:
    with pytest.raises(facade.ParameterError) as info:
        _binder().bind({"thing_id": "t", "x_request_token": "t", name: value})
    assert str(info.value).endswith(message)
    assert info.value.name == name
    if name == "api_token":  # a value that may be a credential is never echoed
        assert "12345678" not in str(info.value)

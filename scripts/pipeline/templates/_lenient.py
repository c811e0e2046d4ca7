"""Lenient parsing: what a provider sends that its spec does not describe is kept as sent, and counted.

The generated models call these helpers where a value does not fit the spec: an enum value the
spec does not list, a uuid, date or date-time string that does not parse, null where the spec says
non-nullable, a required field that is missing, an object or array of the wrong type. The value is
kept (a missing field stays ``UNSET``) and a counter local to the running thread or task goes up.
Nothing here raises and nothing here logs: the facade reads :func:`deviations` around each parse
and, only when it moved, finds and reports the exact JSON paths (``facade/_deviations.py``).

The pipeline copies this file verbatim into every generated package as ``_lenient.py``.
"""

from __future__ import annotations

import datetime as _dt
from contextvars import ContextVar
from enum import Enum, IntEnum, StrEnum
from typing import Any, TypeVar, cast
from uuid import UUID

E = TypeVar("E", bound=Enum)

# A context variable, not a global: threads and asyncio tasks parsing at once never see each
# other's deviations.
_count: ContextVar[int] = ContextVar("deviations", default=0)
# Values the spec does not list become members of their enum class, made once per (class, value)
# and shared; past this many the new ones are still made, just not kept (a provider sending ever
# new values must not grow memory without bound).
_PSEUDO_LIMIT = 1024
_pseudo: dict[tuple[type[Enum], object], Enum] = {}


# A value that misses a const, or an enum of one value, says "this is another member of the union"
# (the shape of a discriminator): it weighs more than any number of missing or bent fields, so a union
# picks the member whose tag matches. Only differences of the counter matter, never its size.
WRONG_TAG = 1_000


def deviations() -> int:
    """How many values this thread or task has kept that did not fit the spec (only differences matter)."""
    return _count.get()


def flag(count: int = 1) -> None:
    """Note ``count`` values that did not fit the spec (one per value, as the facade's walk finds them)."""
    _count.set(_count.get() + count)


def rewind(mark: int) -> None:
    """Forget the deviations noted since ``mark`` (a union trying one of its types)."""
    _count.set(mark)


def kept(value: Any) -> Any:
    """``value``, noted as not fitting the spec (wrong type, or null where the spec says non-nullable)."""
    _count.set(_count.get() + 1)
    return value


def as_uuid(value: Any) -> UUID:
    """A uuid string as a UUID; anything else kept as sent."""
    try:
        return UUID(value)
    except (TypeError, ValueError, AttributeError):
        return cast(UUID, kept(value))


def as_datetime(value: Any) -> _dt.datetime:
    """An ISO 8601 date-time string as a datetime; anything else kept as sent."""
    try:
        return _dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return cast(_dt.datetime, kept(value))


def as_date(value: Any) -> _dt.date:
    """An ISO 8601 date string as a date; anything else kept as sent."""
    try:
        return _dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return cast(_dt.date, kept(value))


def plain_list(value: Any, nullable_items: bool = False) -> Any:
    """A list of plain values (str, int, ...) as it is; noted when it is no list, and per null it may not hold."""
    if not isinstance(value, list):
        _count.set(_count.get() + 1)
    elif not nullable_items and None in value:
        _count.set(_count.get() + value.count(None))
    return value


def nulls(values: Any) -> None:
    """Note each null among ``values`` (the additional properties of a plain type, which may not be null)."""
    flag(sum(value is None for value in values))


def takes(value: object, *kinds: str) -> bool:
    """Whether a union's plain member of one of ``kinds`` (str, int, float, bool) takes ``value``.

    JSON Schema's types: a boolean is no integer and no number.
    """
    if isinstance(value, bool):
        return "bool" in kinds
    if isinstance(value, int):
        return "int" in kinds or "float" in kinds
    if isinstance(value, float):
        return "float" in kinds
    return isinstance(value, str) and "str" in kinds


def member(cls: type[E], value: Any) -> E:
    """The member of enum ``cls`` for ``value``; a value the spec does not list becomes a new member of ``cls``.

    Such a member compares equal to its value, is an instance of ``cls``, is not listed by
    ``list(cls)`` and says so in its repr. Null and values of the wrong type are kept as sent.
    """
    try:
        return cast(E, cls._value2member_map_[value])
    except (KeyError, TypeError):  # TypeError: an unhashable value (a list, an object)
        pass
    _count.set(_count.get() + (WRONG_TAG if value is not None and len(cls.__members__) == 1 else 1))
    base = int if issubclass(cls, int) else str
    if not isinstance(value, base) or isinstance(value, bool):
        return cast(E, value)
    return cast(E, _pseudo_member(cls, value))


def _pseudo_member(cls: type[Enum], value: str | int) -> Enum:
    found = _pseudo.get((cls, value))
    if found is None:
        found = cls._member_type_.__new__(cls, value)  # type: ignore[attr-defined]
        found._value_ = value
        found._name_ = str(value)
        if len(_pseudo) < _PSEUDO_LIMIT:
            _pseudo[(cls, value)] = found
    return found


def _restore(cls: type[Enum], value: str | int) -> Enum:
    """Unpickle a member the spec does not list (without noting a deviation again)."""
    try:
        return cls(value)
    except ValueError:
        return _pseudo_member(cls, value)


def _str(member: Enum) -> str:
    return str(member._value_)


def _repr(member: Enum) -> str:
    if type(member)._member_map_.get(member._name_) is member:
        return Enum.__repr__(member)
    return f"<{type(member).__name__} {member._value_!r} (not in the spec)>"


def _reduce_ex(member: Enum, proto: object) -> tuple[Any, ...]:
    return _restore, (type(member), member._value_)


# The methods are assigned, not inherited from a mixin: Enum would take a mixin's __repr__ for the values'.
class OpenStrEnum(StrEnum):
    """Base of the generated string enums: it can hold a value the spec does not list (see :func:`member`)."""

    __str__ = _str
    __repr__ = _repr
    __reduce_ex__ = _reduce_ex


class OpenIntEnum(IntEnum):
    """Base of the generated integer enums: it can hold a value the spec does not list (see :func:`member`)."""

    __str__ = _str
    __repr__ = _repr
    __reduce_ex__ = _reduce_ex

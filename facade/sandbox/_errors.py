"""Errors a sandbox answers with: what went wrong (``Problem``) and the exceptions hooks raise to say so.

The engine and provider hooks raise :class:`Invalid`, :class:`NotFound`, :class:`Conflict` or
:class:`Refused`; the app turns each into a :class:`Problem` with the provider's statuses and
writes it in the provider's error body. Nothing here knows a provider.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Issue:
    """One validation failure: where (``("query", "limit")``, ``("body", "name")``), what, a type and the value."""

    loc: tuple[str | int, ...]
    msg: str
    type: str = "value_error"
    input: Any = None


@dataclass(frozen=True)
class Problem:
    """An error to report in the provider's own error shape."""

    status: int
    code: str
    message: str
    param: str | None = None
    issues: tuple[Issue, ...] = ()
    request_id: str = ""


@dataclass(frozen=True)
class Statuses:
    """The statuses a provider answers with for each kind of failure the engine detects."""

    auth: int = 401
    validation: int = 422
    parameters: int | None = None  # invalid query or header parameters, where not ``validation``
    malformed: int = 400
    conflict: int = 409
    path: int = 404
    unsupported_media: int = 415
    too_large: int = 413
    reference: int | None = (
        None  # a body naming no item: None is 404 where the operation documents one, else validation
    )


class Abort(Exception):
    """Ends the request with an error answer; subclasses say which kind."""

    def problem(self, statuses: Statuses) -> Problem:
        """The answer, with the provider's statuses."""
        raise NotImplementedError


class Invalid(Abort):
    """The request is not valid: the provider's validation status, listing every issue."""

    def __init__(self, *issues: Issue) -> None:
        super().__init__(issues[0].msg if issues else "invalid request")
        self.issues = issues

    @classmethod
    def at(cls, where: str, field: str, message: str, kind: str = "value_error") -> Invalid:
        """One issue at ``where`` (``body``, ``query``, ``path``, ``header``) ``field`` (dotted)."""
        return cls(Issue((where, *field.split(".")), message, kind))

    def problem(self, statuses: Statuses) -> Problem:
        first = self.issues[0] if self.issues else Issue(("body",), "invalid request")
        param = next((str(p) for p in reversed(first.loc) if isinstance(p, str) and p != "body"), None)
        where = ".".join(str(p) for p in first.loc[1:]) or str(first.loc[0])
        status = statuses.validation
        if statuses.parameters is not None and first.loc[0] in ("query", "header"):
            status = statuses.parameters
        return Problem(status, "parameter_invalid", f"{where}: {first.msg}", param, self.issues)


class NotFound(Abort):
    """No item with this id (or not under this parent): a 404."""

    def __init__(self, param: str, value: str, message: str | None = None) -> None:
        super().__init__(message or f"No resource with {param} {value} exists.")
        self.param, self.value = param, value

    def problem(self, statuses: Statuses) -> Problem:
        return Problem(404, "resource_not_found", str(self), self.param)


class Conflict(Abort):
    """The request clashes with the current state (a duplicate, a wrong state): the provider's conflict status."""

    def problem(self, statuses: Statuses) -> Problem:
        return Problem(statuses.conflict, "conflict", str(self))


class Refused(Abort):
    """Any other refusal, with an explicit status, code and message."""

    def __init__(
        self, status: int, message: str, code: str = "error", param: str | None = None, issues: tuple[Issue, ...] = ()
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.param, self.issues = status, code, param, issues

    def problem(self, statuses: Statuses) -> Problem:
        return Problem(self.status, self.code, str(self), self.param, self.issues)

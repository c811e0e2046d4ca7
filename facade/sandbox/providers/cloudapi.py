"""CloudAPI: prefixed ids, {error, request_id} errors, 401 vs 403, scoped tokens, key secrets shown once."""

from __future__ import annotations

import random
from typing import Any

from .._errors import Problem, Refused, Statuses
from .._hooks import Call, Item, Seeding
from .._model import NOW, Lifecycle, Prefixed, Provider, Resource
from ._fake import hexstr, name, person, timestamp, token

PROJECT_ID = "proj_8f2c4"  # the spec examples name this project
_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    409: "conflict_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}
# Keys and tokens are revoked, never removed; a second revoke answers the same.
REVOCABLE = Lifecycle(steps={}, initial="active", deleting="revoked", on_enter={"revoked": {"revoked_at": NOW}})


def _error(problem: Problem) -> dict[str, Any]:
    kind = _TYPES.get(problem.status, "api_error" if problem.status >= 500 else "invalid_request_error")
    error = {"type": kind, "code": problem.code, "message": problem.message, "param": problem.param}
    return {"error": error, "request_id": problem.request_id}


def _credentials(rng: random.Random) -> dict[str, str]:
    return {"ApiKeyAuth": f"sk_live_{hexstr(rng, 32)}", "DashboardSessionAuth": f"dsess_{hexstr(rng, 40)}"}


def _project(s: Seeding) -> Item:
    names = ("Core Platform", "Data Lake", "Edge Cache")
    return {
        "id": PROJECT_ID if s.index == 0 else f"proj_{token(s.rng, 10)}",
        "name": s.cycle(names),
        "status": "active",
        "created_at": timestamp(s.index, 60 * 24),
    }


def _user(s: Seeding) -> Item:
    full, email = person(s.rng, s.index)
    role = "owner" if s.index == 0 else s.rng.choice(("admin", "member", "member", "member", "viewer"))
    status = s.rng.choices(("active", "invited", "deactivated"), (8, 1, 1))[0]
    return {"email": email, "name": full, "role": role, "status": status, "created_at": timestamp(s.index)}


def _key(s: Seeding) -> Item:
    revoked = s.index % 4 == 3
    day = 60 * 24 * 3
    return {
        "project_id": PROJECT_ID,
        "name": name(s.rng),
        "prefix": f"sk_live_{hexstr(s.rng, 4)}",
        "status": "revoked" if revoked else "active",
        "created_at": timestamp(s.index, day),
        "last_used_at": timestamp(s.index + 2, day),
        "revoked_at": timestamp(s.index + 1, day) if revoked else None,
    }


def _token(s: Seeding) -> Item:
    scopes = sorted(s.rng.sample(["users:read", "usage:read", "projects:read", "keys:read", "tokens:read"], 2))
    return {
        "name": f"{name(s.rng)}-token",
        "scopes": scopes,
        "status": "active",
        "created_at": timestamp(s.index, 60 * 24 * 5),
        "expires_at": None,
        "last_used_at": None,
        "revoked_at": None,
    }


def _create_key(call: Call, item: Item) -> Item:
    project = call.find("projects", call.body.get("project_id"))
    secret = f"sk_live_{hexstr(call.rng, 32)}"
    item.update(project_id=project["id"], prefix=secret[:12], last_used_at=None, revoked_at=None, _secret=secret)
    call.grant("ApiKeyAuth", secret, key_id=item["id"])  # the new key works until it is revoked
    return {"secret": secret}


def _create_token(call: Call, item: Item) -> Item:
    value = f"cap_{hexstr(call.rng, 24)}"
    item.update(expires_at=call.body.get("expires_at"), last_used_at=None, revoked_at=None, _secret=value)
    call.grant("ApiKeyAuth", value, token_id=item["id"], scopes=list(item["scopes"]))
    return {"token": value}


def _revoke(call: Call, item: Item) -> None:
    if item.get("_secret"):
        call.revoke("ApiKeyAuth", item["_secret"])


def _authorize(call: Call) -> None:
    """A scoped ``cap_`` token may only call operations its scopes cover."""
    scopes = call.credential_meta().get("scopes")
    if scopes is None:
        return
    needed = f"{call.path_template.split('/')[2]}:{'read' if call.method == 'GET' else 'write'}"
    if needed not in scopes:
        raise Refused(403, f"This token does not have the {needed} scope.", "missing_scope")


# Keys and tokens: newest first, revoked (not removed) by a delete.
SECRETS: dict[str, Any] = dict(newest_first=True, created=("created_at",), lifecycle=REVOCABLE, on_delete=_revoke)
KEYS: dict[str, Any] = dict(ids=Prefixed("key_"), seed=_key, count=8, on_create=_create_key)
TOKENS: dict[str, Any] = dict(ids=Prefixed("tok_"), seed=_token, count=5, on_create=_create_token)
PROVIDER = Provider(
    name="cloudapi",
    error_body=_error,
    credentials=_credentials,
    statuses=Statuses(auth=401, validation=422, malformed=400),
    auth_errors={
        "wrong_scheme": Problem(403, "session_required", "Creating API keys requires a dashboard session token."),
        "missing": Problem(
            401, "missing_api_key", "No API key provided. Send it as 'Authorization: Bearer sk_live_...'."
        ),
        "invalid": Problem(401, "invalid_api_key", "The API key provided is not valid."),
    },
    authorize=_authorize,
    request_id=lambda rng: f"req_{token(rng, 12)}",
    headers={401: {"WWW-Authenticate": "Bearer"}},
    resources=(
        Resource("projects", "Project", "/v1/projects/{project_id}", ids=Prefixed("proj_"), seed=_project, count=1),
        Resource("users", "User", "/v1/users/{user_id}", ids=Prefixed("usr_"), seed=_user, count=250),
        Resource("keys", "Key", "/v1/keys/{key_id}", **KEYS, **SECRETS),
        Resource("tokens", "Token", "/v1/tokens/{token_id}", **TOKENS, **SECRETS),
    ),
)

"""CloudAPI: prefixed ids, {error, request_id} errors, 401 vs 403, scoped tokens, key secrets."""

from __future__ import annotations

import random
from typing import Any

from .._engine import NotFound, now
from .._provider import Ctx, Item, Problem, Provider, Reply, Resource
from ._fake import ALNUM, hexstr, name, person, timestamp, token

_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    409: "conflict_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}


def _error(problem: Problem) -> dict[str, Any]:
    kind = _TYPES.get(problem.status, "api_error" if problem.status >= 500 else "invalid_request_error")
    return {
        "error": {"type": kind, "code": problem.code, "message": problem.message, "param": problem.param},
        "request_id": problem.request_id,
    }


def _id(prefix: str) -> Any:
    return lambda rng: f"{prefix}_{token(rng, 10, ALNUM)}"


def _credentials(rng: random.Random) -> dict[str, str]:
    return {"ApiKeyAuth": f"sk_live_{hexstr(rng, 32)}", "DashboardSessionAuth": f"dsess_{hexstr(rng, 40)}"}


PROJECT_ID = "proj_8f2c4"  # the spec examples name this project


def _project(rng: random.Random, i: int) -> Item:
    return {"id": PROJECT_ID if i == 0 else f"proj_{token(rng, 10)}", "name": ["Core Platform", "Data Lake",
            "Edge Cache"][i % 3], "status": "active", "created_at": timestamp(i, 60 * 24)}  # fmt: skip


def _user(rng: random.Random, i: int) -> Item:
    full, email = person(rng, i)
    role = "owner" if i == 0 else rng.choice(("admin", "member", "member", "member", "viewer"))
    status = rng.choices(("active", "invited", "deactivated"), (8, 1, 1))[0]
    return {"email": email, "name": full, "role": role, "status": status, "created_at": timestamp(i)}


def _key(rng: random.Random, i: int) -> Item:
    revoked = i % 4 == 3
    return {
        "project_id": PROJECT_ID,
        "name": name(rng),
        "prefix": f"sk_live_{hexstr(rng, 4)}",
        "status": "revoked" if revoked else "active",
        "created_at": timestamp(i, 60 * 24 * 3),
        "last_used_at": timestamp(i + 2, 60 * 24 * 3),
        "revoked_at": timestamp(i + 1, 60 * 24 * 3) if revoked else None,
    }


def _token(rng: random.Random, i: int) -> Item:
    scopes = sorted(rng.sample(["users:read", "usage:read", "projects:read", "keys:read", "tokens:read"], 2))
    return {"name": f"{name(rng)}-token", "scopes": scopes, "status": "active", "created_at": timestamp(i, 60 * 24 * 5),
            "expires_at": None, "last_used_at": None, "revoked_at": None}  # fmt: skip


def _create_key(ctx: Ctx, item: Item) -> Item:
    project = ctx.state.store.collection("projects").get(str(ctx.body.get("project_id")))
    if project is None:
        raise NotFound("project_id", str(ctx.body.get("project_id")))
    secret = f"sk_live_{hexstr(ctx.rng, 32)}"
    item.update(project_id=project["id"], prefix=secret[:12], status="active", last_used_at=None, revoked_at=None)
    item["name"] = ctx.body.get("name")
    item["_secret"] = secret
    ctx.state.add_credential("ApiKeyAuth", secret, key_id=item["id"])
    return {"secret": secret}


def _revoke_key(ctx: Ctx, item: Item) -> None:
    if item.get("status") != "revoked":
        item["revoked_at"] = now()
    if item.get("_secret"):
        ctx.state.revoke_credential("ApiKeyAuth", item["_secret"])


def _create_token(ctx: Ctx, item: Item) -> Item:
    value = f"cap_{hexstr(ctx.rng, 24)}"
    item.update(status="active", expires_at=ctx.body.get("expires_at"), last_used_at=None, revoked_at=None)
    item["_token"] = value
    ctx.state.add_credential("ApiKeyAuth", value, token_id=item["id"], scopes=list(item["scopes"]))
    return {"token": value}


def _revoke_token(ctx: Ctx, item: Item) -> None:
    if item.get("status") != "revoked":
        item["revoked_at"] = now()
    if item.get("_token"):
        ctx.state.revoke_credential("ApiKeyAuth", item["_token"])


def _auth_error(ctx: Ctx, reason: str) -> Reply | None:
    if reason == "wrong_scheme":
        return ctx.problem(403, "session_required", "Creating API keys requires a dashboard session token.")
    if reason == "missing":
        return ctx.problem(
            401, "missing_api_key", "No API key provided. Send it as 'Authorization: Bearer sk_live_...'."
        )
    return ctx.problem(401, "invalid_api_key", "The API key provided is not valid.")


def _authorize(ctx: Ctx) -> Reply | None:
    # A scoped cap_ token may only call operations its scopes cover.
    if ctx.credential is None:
        return None
    scopes = ctx.state.valid.get(ctx.credential[0], {}).get(ctx.credential[1], {}).get("scopes")
    if scopes is None:
        return None
    resource = ctx.op.path.split("/")[2]
    needed = f"{resource}:{'read' if ctx.op.method == 'GET' else 'write'}"
    if needed not in scopes:
        return ctx.problem(403, "missing_scope", f"This token does not have the {needed} scope.")
    return None


PROVIDER = Provider(
    name="cloudapi",
    error_body=_error,
    credentials=_credentials,
    auth_status=401,
    validation_status=422,
    malformed_status=400,
    auth_error=_auth_error,
    authorize=_authorize,
    request_id=lambda rng: f"req_{token(rng, 12)}",
    extra_headers={401: {"WWW-Authenticate": "Bearer"}},
    resources=(
        Resource("projects", "Project", {"listProjects": "list", "getProject": "get"}, _id("proj"),
                 id_param="project_id", seed=_project, count=1, item_path="$.data"),
        Resource("users", "User", {"listUsers": "list", "getUser": "get"}, _id("usr"), id_param="user_id",
                 seed=_user, count=250, item_path="$.data"),
        Resource("keys", "Key", {"listKeys": "list", "getKey": "get", "createKey": "create", "revokeKey": "delete"},
                 _id("key"), id_param="key_id", seed=_key, count=8, item_path="$.data", newest_first=True,
                 deleted_state="revoked", on_create=_create_key, on_delete=_revoke_key),
        Resource("tokens", "Token", {"listTokens": "list", "getToken": "get", "createToken": "create",
                 "revokeToken": "delete"}, _id("tok"), id_param="token_id", seed=_token, count=5, item_path="$.data",
                 newest_first=True, deleted_state="revoked", on_create=_create_token, on_delete=_revoke_token),
    ),
)  # fmt: skip

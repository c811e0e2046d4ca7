"""io.net IO Cloud: FastAPI-style errors, zero-based pages, uuid ids, API keys minted with a JWT."""

from __future__ import annotations

import base64
import json
import random
from typing import Any

from .._engine import Engine, public
from .._provider import Ctx, Item, Problem, Provider, Reply, Resource
from .._spec import uuid_from
from ._fake import hexstr, name, timestamp

_HARDWARE = (("H100 80GB HBM3", 206, "NVIDIA"), ("A100 80GB PCIe", 112, "NVIDIA"), ("RTX 4090", 48, "NVIDIA"),
             ("L40S", 131, "NVIDIA"), ("MI300X", 301, "AMD"))  # fmt: skip
_STATES = ("running", "running", "running", "completed", "destroyed", "failed", "deployment requested")


def _error(problem: Problem) -> dict[str, Any]:
    if problem.status == 422:
        issues = problem.issues or ()
        detail = [{"loc": list(i.loc), "msg": i.msg, "type": i.type} for i in issues] or [
            {"loc": ["body", 0] if problem.code == "malformed_json" else ["body"], "msg": problem.message,
             "type": "json_invalid" if problem.code == "malformed_json" else "value_error"}
        ]  # fmt: skip
        return {"detail": detail}
    return {"detail": problem.message}


def _jwt(rng: random.Random, claims: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.{hexstr(rng, 43)}"


def _credentials(rng: random.Random) -> dict[str, str]:
    return {"ApiKeyAuth": f"io-v2-{_jwt(rng, {'sub': 'sandbox', 'kind': 'api_key'})}",
            "TokenAuth": _jwt(rng, {"sub": "sandbox", "kind": "session", "exp": 4102444800})}  # fmt: skip


def _deployment(rng: random.Random, i: int) -> Item:
    hw_name, hw_id, brand = rng.choice(_HARDWARE)
    gpus = rng.choice((1, 2, 4, 8))
    containers = rng.randint(1, 4)
    status = rng.choice(_STATES)
    served = rng.randint(0, 5000)
    remaining = 0 if status in ("completed", "destroyed", "failed") else rng.randint(60, 5000)
    return {"name": f"{name(rng)}-{i}", "status": status, "hardware_name": hw_name, "hardware_id": hw_id,
            "brand_name": brand, "gpus_per_container": gpus, "total_gpus": gpus * containers, "hardware_quantity": gpus,
            "total_containers": containers, "created_at": timestamp(i, 45), "started_at": timestamp(i + 1, 45),
            "finished_at": timestamp(i + 60, 45) if remaining == 0 else None,
            "amount_paid": round(rng.uniform(5, 900), 2),
            "compute_minutes_served": served, "compute_minutes_remaining": remaining,
            "completed_percent": round(100 * served / max(served + remaining, 1), 1)}  # fmt: skip


def _api_key(rng: random.Random, i: int) -> Item:
    return {"description": ["CI pipeline", "notebook", "batch jobs"][i % 3], "created_at": timestamp(i, 60 * 24),
            "expires_at": "2027-12-31T23:59:59Z", "is_expired": False, "project": "io-cloud", "scopes": ["all"],
            "user_email": "dev@example.com", "display": f"io-v2-eyJh...{hexstr(rng, 4)}"}  # fmt: skip


def _new_deployment(ctx: Ctx, item: Item) -> Item | None:
    body = ctx.body or {}
    item["name"] = body.get("resource_private_name", item.get("name"))
    gpus = int(body.get("gpus_per_container") or body.get("gpus_per_vm") or item.get("gpus_per_container") or 1)
    replicas = int(body.get("replica_count", 1) or 1)
    item.update(gpus_per_container=gpus, hardware_quantity=gpus, total_containers=replicas, total_gpus=gpus * replicas,
                started_at=None, finished_at=None, amount_paid=0.0, completed_percent=0.0, compute_minutes_served=0,
                compute_minutes_remaining=60 * int(body.get("duration_hours", 1) or 1))  # fmt: skip
    return None


def _mint_key(ctx: Ctx, item: Item) -> Item:
    secret = f"io-v2-{_jwt(ctx.rng, {'sub': 'sandbox', 'key_id': item['key_id']})}"
    item.update(display=f"{secret[:10]}...{secret[-4:]}", is_expired=False, user_email="dev@example.com",
                description=(ctx.body or {}).get("description"))  # fmt: skip
    item["_secret"] = secret
    # The minted key works as X-API-KEY on every other operation from now on.
    ctx.state.add_credential("ApiKeyAuth", secret, key_id=item["key_id"])
    return {"value": secret, "key": public(item)}


def _delete_key(ctx: Ctx, item: Item) -> None:
    if item.get("_secret"):
        ctx.state.revoke_credential("ApiKeyAuth", item["_secret"])


def _extend(resource: str) -> Any:
    def handler(ctx: Ctx) -> Reply:
        res = next(r for r in PROVIDER.resources if r.name == resource)
        engine = Engine(ctx, res, "get")
        item = engine._lookup()
        hours = int((ctx.body or {}).get("duration_hours", 1) or 1)
        item["compute_minutes_remaining"] = int(item.get("compute_minutes_remaining", 0)) + 60 * hours
        return engine._wrap(item)

    return handler


def _auth_error(ctx: Ctx, reason: str) -> Reply:
    if "TokenAuth" in (ctx.op.security[0] if ctx.op.security else []):
        return ctx.problem(401, "invalid_token", "Could not validate credentials")
    return ctx.problem(401, "invalid_api_key", "Invalid or missing API key")


_new_id = uuid_from
PROVIDER = Provider(
    name="ionet",
    error_body=_error,
    credentials=_credentials,
    auth_status=401,
    validation_status=422,
    malformed_status=422,
    auth_error=_auth_error,
    resources=(
        Resource("deployments", "DeploymentDetails", {
            "listDeployments": "list", "getDeployment": "get", "deployContainer": "create",
            "updateDeployment": "update", "terminateDeployment": "delete"},
            _new_id, id_param="deployment_id", seed=_deployment, count=300, item_path="$.data",
            newest_first=True, lifecycle=("deployment requested", "deploying", "running"),
            deleted_state="termination requested", on_create=_new_deployment),
        Resource("vm_deployments", "VmDeploymentDetails", {
            "listVmDeployments": "list", "getVmDeployment": "get", "deployVm": "create",
            "terminateVmDeployment": "delete"},
            _new_id, id_param="deployment_id", seed=_deployment, count=60, item_path="$.data",
            newest_first=True, lifecycle=("deployment requested", "deploying", "running"),
            deleted_state="termination requested", on_create=_new_deployment),
        Resource("api_keys", "SingleApiKey", {
            "listApiKeys": "list", "getApiKey": "get", "createApiKey": "create", "updateApiKey": "update",
            "deleteApiKey": "delete"},
            _new_id, id_field="key_id", id_param="key_id", seed=_api_key, count=3, on_create=_mint_key,
            on_delete=_delete_key),
    ),
    handlers={"extendDeployment": _extend("deployments"), "extendVmDeployment": _extend("vm_deployments")},
)  # fmt: skip

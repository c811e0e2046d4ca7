"""io.net IO Cloud: FastAPI-style errors, pages from 1, uuid ids, API keys minted with a JWT."""

from __future__ import annotations

import random
from typing import Any

from .._errors import Problem, Refused, Statuses
from .._hooks import Call, Item, Seeding
from .._model import NOW, Action, Create, Lifecycle, Prefixed, Provider, Resource, Secret
from ._fake import hexstr, jwt, name, timestamp

_HARDWARE = (
    ("H100 80GB HBM3", 206, "NVIDIA"),
    ("A100 80GB PCIe", 112, "NVIDIA"),
    ("RTX 4090", 48, "NVIDIA"),
    ("L40S", 131, "NVIDIA"),
    ("MI300X", 301, "AMD"),
)
CAPACITY = 1_000  # replicas (containers or VMs) the sandbox can place in one deployment
_STATES = ("running", "running", "running", "completed", "destroyed", "failed", "deployment requested")
# A deployment is scheduled, then its containers start; a terminated one is torn down.
DEPLOYMENT = Lifecycle(
    steps={
        "deployment requested": ("deploying", 2.0),
        "deploying": ("running", 3.0),
        "termination requested": ("destroyed", 5.0),
    },
    failed="failed",
    deleting="termination requested",
    on_enter={
        "running": {"started_at": NOW},
        "destroyed": {"finished_at": NOW, "compute_minutes_remaining": 0},
        "failed": {"finished_at": NOW},
    },
)


def _error(problem: Problem) -> dict[str, Any]:
    if problem.status != 422:
        return {"detail": problem.message}
    malformed = problem.code == "malformed_json"
    detail = [{"loc": list(i.loc), "msg": i.msg, "type": i.type} for i in problem.issues] or [
        {
            "loc": ["body", 0] if malformed else ["body"],
            "msg": problem.message,
            "type": "json_invalid" if malformed else "value_error",
        }
    ]
    return {"detail": detail}


def _credentials(rng: random.Random) -> dict[str, str]:
    return {
        "ApiKeyAuth": f"io-v2-{jwt(rng, {'sub': 'sandbox', 'kind': 'api_key'})}",
        "TokenAuth": jwt(rng, {"sub": "sandbox", "kind": "session", "exp": 4102444800}),
    }


def _deployment(s: Seeding) -> Item:
    rng, i = s.rng, s.index
    hw_name, hw_id, brand = rng.choice(_HARDWARE)
    gpus, containers, status = rng.choice((1, 2, 4, 8)), rng.randint(1, 4), rng.choice(_STATES)
    served = rng.randint(0, 5000)
    remaining = 0 if status in ("completed", "destroyed", "failed") else rng.randint(60, 5000)
    return {
        "name": f"{name(rng)}-{i}",
        "status": status,
        "hardware_name": hw_name,
        "hardware_id": hw_id,
        "brand_name": brand,
        "gpus_per_container": gpus,
        "gpus_per_vm": gpus,
        "total_gpus": gpus * containers,
        "hardware_quantity": gpus,
        "total_containers": containers,
        "total_vms": containers,
        "created_at": timestamp(i, 45),
        "started_at": timestamp(i + 1, 45),
        "finished_at": timestamp(i + 60, 45) if remaining == 0 else None,
        "amount_paid": round(rng.uniform(5, 900), 2),
        "compute_minutes_served": served,
        "compute_minutes_remaining": remaining,
        "completed_percent": round(100 * served / max(served + remaining, 1), 1),
    }


def _worker(s: Seeding) -> Item:
    parent = s.parent or {}
    return {
        "hardware": parent.get("hardware_name"),
        "brand_name": parent.get("brand_name"),
        "gpus_per_container": parent.get("gpus_per_container"),
        "gpus_per_vm": parent.get("gpus_per_vm"),
        "status": "running" if parent.get("status") == "running" else "terminated",
        "created_at": parent.get("created_at"),
    }


def _api_key(s: Seeding) -> Item:
    return {
        "description": s.cycle(["CI pipeline", "notebook", "batch jobs"]),
        "created_at": timestamp(s.index, 60 * 24),
        "expires_at": "2027-12-31T23:59:59Z",
        "is_expired": False,
        "project": "io-cloud",
        "scopes": ["all"],
        "user_email": "dev@example.com",
        "display": f"io-v2-eyJh...{hexstr(s.rng, 4)}",
    }


def _deploy(kind: str) -> Any:
    """The create hook of a deployment: sizes from the request; its containers (or VMs) come with it."""

    def hook(call: Call, item: Item) -> None:
        body = call.body or {}
        config = body.get("container_config") or {}
        gpus = int(body.get("gpus_per_container") or body.get("gpus_per_vm") or 1)
        replicas = int(config.get("replica_count") or body.get("vm_count") or 1)
        if replicas > CAPACITY:  # a business refusal (400), as the docs describe for a deployment that cannot be met
            raise Refused(400, f"Not enough replicas available: at most {CAPACITY} can be deployed.", "no_capacity")
        item.update(
            name=body.get("resource_private_name", item.get("name")),
            gpus_per_container=gpus,
            gpus_per_vm=gpus,
            hardware_quantity=gpus,
            total_containers=replicas,
            total_vms=replicas,
            total_gpus=gpus * replicas,
            started_at=None,
            finished_at=None,
            amount_paid=0.0,
            completed_percent=0.0,
            compute_minutes_served=0,
            compute_minutes_remaining=60 * int(body.get("duration_hours") or 1),
        )
        for _ in range(replicas):
            call.create(
                kind,
                {"status": "starting", "created_at": call.timestamp(), "gpus_per_container": gpus, "gpus_per_vm": gpus},
                parent=item,
            )

    return hook


def _extend(resource: str) -> Any:
    def handler(call: Call) -> Any:
        item = call.item(resource)
        hours = int((call.body or {}).get("duration_hours") or 1)
        item["compute_minutes_remaining"] = int(item.get("compute_minutes_remaining") or 0) + 60 * hours
        return call.render(resource, item)

    return handler


def _minted(call: Call, item: Item) -> None:
    secret = item["_secret"]
    item.update(display=f"{secret[:10]}...{secret[-4:]}", is_expired=False, user_email="dev@example.com")


# A minted key works as X-API-KEY until it is deleted.
KEY = Secret("ApiKeyAuth", lambda rng, item: f"io-v2-{jwt(rng, {'sub': 'sandbox', 'key_id': item['key_id']})}", "value")


def _auth_error(call: Call, reason: str) -> Problem:
    if call.path_template.startswith("/v1/api-keys"):
        return Problem(401, "invalid_token", "Could not validate credentials")
    return Problem(401, "invalid_api_key", "Invalid or missing API key")


def _deployments(kind: str, name: str, schema: str, workers: str, worker: str, worker_id: str) -> tuple[Resource, ...]:
    """A kind of deployment (CaaS or VMaaS) and its workers (containers or VMs), which come with it."""
    base = f"/enterprise/v1/io-cloud/{kind}"
    ops: dict[str, Action] = {
        f"list{'Vm' * (kind == 'vmaas')}Deployments": "list",
        f"{'deployVm' if kind == 'vmaas' else 'deployContainer'}": Create(_deploy(workers)),
    }
    ops[f"extend{'Vm' * (kind == 'vmaas')}Deployment"] = _extend(name)
    count = 300 if kind == "caas" else 60
    deployments = Resource(
        name,
        schema,
        f"{base}/deployment/{{deployment_id}}",
        ops=ops,
        seed=_deployment,
        count=count,
        newest_first=True,
        created=("created_at",),
        lifecycle=DEPLOYMENT,
    )
    children = Resource(
        workers,
        worker,
        f"{base}/deployment/{{deployment_id}}/{'vms' if kind == 'vmaas' else 'containers'}/{{container_id}}",
        ids=Prefixed(f"{kind}-", 8),
        id_field=worker_id,
        parent=name,
        seed=_worker,
        count=lambda parent: int(parent.get("total_containers") or 1),
    )
    return deployments, children


PROVIDER = Provider(
    name="ionet",
    error_body=_error,
    credentials=_credentials,
    statuses=Statuses(auth=401, validation=422, malformed=422, path=422),
    auth_error=_auth_error,
    resources=(
        *_deployments("caas", "deployments", "DeploymentDetails", "containers", "WorkerData", "container_id"),
        *_deployments("vmaas", "vm_deployments", "VmDeploymentDetails", "vms", "VmWorkerData", "vm_id"),
        Resource(
            "api_keys",
            "SingleApiKey",
            "/v1/api-keys/{key_id}",
            id_field="key_id",
            seed=_api_key,
            count=3,
            created=("created_at",),
            on_create=_minted,
            secret=KEY,
        ),
    ),
)

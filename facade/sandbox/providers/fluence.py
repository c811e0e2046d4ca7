"""Fluence (v3 API): batch VM calls, 0x ids, New -> Launching -> Active, 403 {error} on a bad key."""

from __future__ import annotations

import base64
import hashlib
import random
from typing import Any

from .._engine import ValidationFailed, now, public
from .._provider import Ctx, Issue, Item, Problem, Provider, Reply, Resource
from ._fake import hexstr, name, timestamp

LIFECYCLE = ("New", "Launching", "Active")
_IMAGES = ("https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-cloudimg-amd64.img",
           "https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-amd64.img")  # fmt: skip


def _error(problem: Problem) -> dict[str, Any]:
    return {"error": problem.message}


def _vm_id(rng: random.Random) -> str:
    raw = hexstr(rng, 40)
    return "0x" + "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in raw)


def _ip(rng: random.Random) -> str:
    return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# The VM ids the spec's examples use, so requests copied from the spec address real VMs.
EXAMPLE_VM_IDS = ("0x311edB209b61EaA8c3e67c6B96D03288DB5Bc020", "0x79F7D3F8c1A2D7B4A890a1B5cE3EfCd8D6E7F8a9",
                  "0x730eB2c518c881AEB05299DDf38ca546F3513a93")  # fmt: skip


def _vm(rng: random.Random, i: int) -> Item:
    extra = {"id": EXAMPLE_VM_IDS[i]} if i < len(EXAMPLE_VM_IDS) else {}
    status = rng.choices(("Active", "Active", "Active", "Launching", "SmallBalance", "Stopped"))[0]
    return {
        "vmName": f"{name(rng)}-{i}",
        "status": status,
        "publicIp": _ip(rng) if status == "Active" else None,
        "osImage": rng.choice(_IMAGES),
        "createdAt": timestamp(i, 90),
        "statusChangedAt": timestamp(i + 1, 90),
        "nextBillingAt": timestamp(i + 24, 90),
        "pricePerEpoch": f"{rng.uniform(0.5, 4):.6f}",
        "totalSpent": f"{rng.uniform(1, 900):.6f}",
        "reservedBalance": f"{rng.uniform(5, 50):.6f}",
        **extra,
    }


def _fingerprint(public_key: str) -> str:
    parts = public_key.split()
    try:
        blob = base64.b64decode(parts[1], validate=True) if len(parts) > 1 else public_key.encode()
    except ValueError:
        blob = public_key.encode()
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def _ssh_key(rng: random.Random, i: int) -> Item:
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rng.randbytes(32)).decode()
    key = f"ssh-ed25519 {blob} dev{i}@example.com"
    return {"name": f"key-{i}", "publicKey": key, "fingerprint": _fingerprint(key), "algorithm": "ssh-ed25519",
            "comment": f"dev{i}@example.com", "active": True, "createdAt": f"+00{timestamp(i, 600)}"}  # fmt: skip


def _advance(vm: Item, ctx: Ctx) -> None:
    if vm.get("status") in LIFECYCLE[:-1]:
        if vm.pop("_fresh", False):
            return
        vm["status"] = LIFECYCLE[LIFECYCLE.index(vm["status"]) + 1]
        vm["statusChangedAt"] = now()
        if vm["status"] == "Active":
            vm["publicIp"] = _ip(ctx.rng)


def _vms(ctx: Ctx) -> Any:
    return ctx.state.store.collection("vms")


def list_vms(ctx: Ctx) -> Reply:
    vms = _vms(ctx).values()
    for vm in vms:
        _advance(vm, ctx)
    return Reply(200, [public(vm) for vm in vms])


def create_vms(ctx: Ctx) -> Reply:
    config = ctx.body["vmConfiguration"]
    created = []
    for n in range(int(ctx.body["instances"])):
        vm_name = config["name"] if ctx.body["instances"] == 1 else f"{config['name']}-{n + 1}"
        vm = ctx.state.spec.synth(ctx.state.spec.at("#/components/schemas/RunningInstanceV3"), ctx.rng)
        vm.update(
            id=_vm_id(ctx.rng),
            vmName=vm_name,
            status="New",
            publicIp=None,
            osImage=config["osImage"],
            createdAt=now(),
            statusChangedAt=now(),
            totalSpent="0.000000",
            _fresh=True,
            ports=[{"port": p["port"], "protocol": p["protocol"]} for p in config.get("openPorts", [])],
        )
        _vms(ctx).put(vm["id"], vm)
        created.append({"vmId": vm["id"], "vmName": vm_name})
    return Reply(200, created)


def _require(ctx: Ctx, ids: list[str]) -> list[Item]:
    found = [_vms(ctx).get(i) for i in ids]
    missing = [i for i, vm in zip(ids, found, strict=True) if vm is None]
    if missing:
        raise _Missing(f"VM {missing[0]} not found")
    return [vm for vm in found if vm is not None]


class _Missing(Exception):
    pass


def _guard(handler: Any) -> Any:
    def run(ctx: Ctx) -> Reply:
        try:
            reply: Reply = handler(ctx)
        except _Missing as exc:
            return ctx.problem(404, "not_found", str(exc))
        return reply

    return run


def update_vms(ctx: Ctx) -> Reply:
    updates = ctx.body["updates"]
    vms = _require(ctx, [u["id"] for u in updates])
    for vm, update in zip(vms, updates, strict=True):
        if "vmName" in update:
            vm["vmName"] = update["vmName"]
        if "openPorts" in update:
            vm["ports"] = [{"port": p["port"], "protocol": p["protocol"]} for p in update["openPorts"]]
    return Reply(204)


def delete_vms(ctx: Ctx) -> Reply:
    vms = _require(ctx, ctx.body["vmIds"])
    for vm in vms:
        vm.update(status="Stopped", statusChangedAt=now(), publicIp=None)
    return Reply(
        200, {"removed_ids": [vm["id"] for vm in vms], "transactions": ["0x" + hexstr(ctx.rng, 64) for _ in vms]}
    )


def vm_statuses(ctx: Ctx) -> Reply:
    ids = [i.strip() for i in str(ctx.query.get("ids") or "").split(",") if i.strip()]
    if not ids:
        raise ValidationFailed(Issue(("query", "ids"), "ids must name at least one VM"))
    vms = _require(ctx, ids)
    for vm in vms:
        _advance(vm, ctx)
    return Reply(200, [{"id": vm["id"], "status": vm["status"], "publicIp": vm.get("publicIp"),
                        "statusChangedAt": vm.get("statusChangedAt") or vm["createdAt"]} for vm in vms])  # fmt: skip


def add_ssh_key(ctx: Ctx) -> Reply:
    keys = ctx.state.store.collection("ssh_keys")
    text = ctx.body["publicKey"].strip()
    parts = text.split()
    if len(parts) < 2 or not parts[0].startswith(("ssh-", "ecdsa-")):
        return ctx.problem(422, "invalid_key", "Invalid SSH public key")
    fingerprint = _fingerprint(text)
    existing = keys.get(fingerprint)
    status = 200
    if existing is None:
        status = 201
        existing = {
            "name": ctx.body["name"],
            "publicKey": text,
            "fingerprint": fingerprint,
            "algorithm": parts[0],
            "comment": parts[2] if len(parts) > 2 else "",
            "active": True,
            "createdAt": "+00" + now(),
        }
        keys.put(fingerprint, existing)
    body = {k: v for k, v in public(existing).items() if k != "publicKey"}
    body["public_key"] = existing["publicKey"]
    return Reply(status, body)


def remove_ssh_key(ctx: Ctx) -> Reply:
    keys = ctx.state.store.collection("ssh_keys")
    if keys.pop(ctx.body["fingerprint"]) is None:
        return ctx.problem(404, "not_found", f"SSH key {ctx.body['fingerprint']} not found")
    return Reply(200)


PROVIDER = Provider(
    name="fluence",
    error_body=_error,
    credentials=lambda rng: {"bearerAuth": f"flu_{hexstr(rng, 40)}"},
    auth_status=403,
    validation_status=400,
    malformed_status=400,
    auth_error=lambda ctx, reason: ctx.problem(403, "auth_failed", "Auth failed. No such API Key"),
    resources=(
        Resource("vms", "RunningInstanceV3", {"listVms": "list"}, _vm_id, seed=_vm, count=40),
        Resource("ssh_keys", "SshKey", {"listSshKeys": "list"}, lambda rng: "", id_field="fingerprint",
                 seed=_ssh_key, count=3),
    ),
    handlers={
        "listVms": list_vms, "createVms": create_vms, "updateVms": _guard(update_vms),
        "deleteVms": _guard(delete_vms), "listVmStatuses": _guard(vm_statuses), "addSshKey": add_ssh_key,
        "removeSshKey": remove_ssh_key,
    },
)  # fmt: skip

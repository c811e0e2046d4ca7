"""Fluence (v3 API): batch VM calls, 0x ids, New -> Launching -> Active in time, 403 {error} on a bad key."""

from __future__ import annotations

import base64
import random
from typing import Any

from .._errors import NotFound, Problem, Refused, Statuses
from .._hooks import Call, Item, Reply, Seeding, public
from .._model import Hex, Lifecycle, Natural, Provider, Resource
from ._fake import hexstr, name, ssh_fingerprint, timestamp

SUPPLY = 500  # VMs the sandbox's market can rent out in one request
VM_IDS = Hex(40, prefix="0x", mixed_case=True)  # checksummed Ethereum-style addresses
# A new VM is matched to a provider, then boots; it is Terminated if the provider cannot run it.
VM = Lifecycle(
    steps={"New": ("Launching", 1.0), "Launching": ("Active", 2.0)},
    failed="Terminated",
    deleting="Stopped",
    changed_at="statusChangedAt",
    on_enter={"Stopped": {"publicIp": None}, "Terminated": {"publicIp": None}},
)
_IMAGES = (
    "https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-cloudimg-amd64.img",
    "https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-amd64.img",
)
# The VM ids the spec's examples use, so requests copied from the spec address real VMs.
EXAMPLE_VM_IDS = (
    "0x311edB209b61EaA8c3e67c6B96D03288DB5Bc020",
    "0x79F7D3F8c1A2D7B4A890a1B5cE3EfCd8D6E7F8a9",
    "0x730eB2c518c881AEB05299DDf38ca546F3513a93",
)


def _ip(rng: random.Random) -> str:
    return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _vm(s: Seeding) -> Item:
    rng, i = s.rng, s.index
    status = rng.choice(("Active", "Active", "Active", "Launching", "SmallBalance", "Stopped"))
    extra = {"id": EXAMPLE_VM_IDS[i]} if i < len(EXAMPLE_VM_IDS) else {}
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


def _ssh_key(s: Seeding) -> Item:
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + s.rng.randbytes(32)).decode()
    key = f"ssh-ed25519 {blob} dev{s.index}@example.com"
    return {
        "name": f"key-{s.index}",
        "publicKey": key,
        "fingerprint": ssh_fingerprint(key),
        "algorithm": "ssh-ed25519",
        "comment": f"dev{s.index}@example.com",
        "active": True,
        "createdAt": f"+00{timestamp(s.index, 600)}",
    }


def _came_up(call: Call, vm: Item, state: Any) -> None:
    if state == "Active":
        vm["publicIp"] = _ip(call.rng)


def _vms(call: Call, ids: list[str]) -> list[Item]:
    """The VMs with these ids (all of them, or a 404 naming the first missing one)."""
    found = [call.get("vms", i) for i in ids]
    missing = [i for i, vm in zip(ids, found, strict=True) if vm is None]
    if missing:
        raise NotFound("vmId", missing[0], f"VM {missing[0]} not found")
    return [vm for vm in found if vm is not None]


def create_vms(call: Call) -> Any:
    config, count = call.body["vmConfiguration"], int(call.body["instances"])
    if count > SUPPLY:  # the documented answer when the market cannot supply the request
        raise Refused(422, "Not enough offers found", "not_enough_offers")
    made = []
    for n in range(count):
        vm_name = config["name"] if count == 1 else f"{config['name']}-{n + 1}"
        ports = [{"port": p["port"], "protocol": p["protocol"]} for p in config.get("openPorts", [])]
        vm = call.create(
            "vms",
            {
                "vmName": vm_name,
                "publicIp": None,
                "osImage": config["osImage"],
                "totalSpent": "0.000000",
                "ports": ports,
            },
        )
        made.append({"vmId": vm["id"], "vmName": vm_name})
    return made


def update_vms(call: Call) -> Any:
    updates = call.body["updates"]
    for vm, update in zip(_vms(call, [u["id"] for u in updates]), updates, strict=True):
        if "vmName" in update:
            vm["vmName"] = update["vmName"]
        if "openPorts" in update:
            vm["ports"] = [{"port": p["port"], "protocol": p["protocol"]} for p in update["openPorts"]]
    return Reply(204)


def delete_vms(call: Call) -> Any:
    vms = _vms(call, call.body["vmIds"])
    for vm in vms:
        call.move("vms", vm, "Stopped")
    return {"removed_ids": [vm["id"] for vm in vms], "transactions": ["0x" + hexstr(call.rng, 64) for _ in vms]}


def vm_statuses(call: Call) -> Any:
    raw = str(call.query.get("ids") or "")
    ids = [i.strip() for i in raw.split(",") if i.strip()] or [raw]  # ids that name no VM are a 404 below
    return [
        {
            "id": vm["id"],
            "status": vm["status"],
            "publicIp": vm.get("publicIp"),
            "statusChangedAt": vm.get("statusChangedAt") or vm["createdAt"],
        }
        for vm in _vms(call, ids)
    ]


def add_ssh_key(call: Call) -> Any:
    text = call.body["publicKey"].strip()  # an OpenSSH key line: the spec's pattern has checked it
    parts = text.split()
    fingerprint = ssh_fingerprint(text)
    existing, status = call.get("ssh_keys", fingerprint), 200
    if existing is None:  # adding the same key again answers the stored one
        status = 201
        existing = call.create(
            "ssh_keys",
            {
                "name": call.body["name"],
                "publicKey": text,
                "fingerprint": fingerprint,
                "algorithm": parts[0],
                "comment": parts[2] if len(parts) > 2 else "",
                "active": True,
                "createdAt": "+00" + call.timestamp(),
            },
        )
    body = {k: v for k, v in public(existing).items() if k != "publicKey"}
    return Reply(status, {**body, "public_key": existing["publicKey"]})


def remove_ssh_key(call: Call) -> Any:
    key = call.find("ssh_keys", call.body["fingerprint"])
    call.remove("ssh_keys", key)
    return Reply(200)


PROVIDER = Provider(
    name="fluence",
    error_body=lambda problem: {"error": problem.message},
    # One key, two ways to send it: "Authorization: Bearer" (the seed) or "X-API-KEY" (the Feb 2026 docs).
    credentials=lambda rng: dict.fromkeys(("bearerAuth", "apiKeyHeader"), f"flu_{hexstr(rng, 40)}"),
    statuses=Statuses(auth=403, validation=400, malformed=400, path=400),
    auth_errors={"invalid": Problem(403, "auth_failed", "Auth failed. No such API Key")},
    resources=(
        Resource(
            "vms",
            "RunningInstanceV3",
            ops={
                "listVms": "list",
                "createVms": create_vms,
                "updateVms": update_vms,
                "deleteVms": delete_vms,
                "listVmStatuses": vm_statuses,
            },
            ids=VM_IDS,
            seed=_vm,
            count=40,
            created=("createdAt",),
            lifecycle=VM,
            on_state=_came_up,
        ),
        Resource(
            "ssh_keys",
            "SshKey",
            ops={"listSshKeys": "list", "addSshKey": add_ssh_key, "removeSshKey": remove_ssh_key},
            ids=Natural("fingerprint"),
            id_field="fingerprint",
            seed=_ssh_key,
            count=3,
        ),
    ),
)

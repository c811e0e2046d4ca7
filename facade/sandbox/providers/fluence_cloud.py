"""Fluence Cloud (API v0.10): uuid resources under /v1 and /v2, ``{code, error}`` errors, page/perPage lists.

A VM is made from a cluster, a configuration and a boot disk (a storage of the caller's, or one made
with the VM) and moves new -> launching -> launched in sandbox time; restart, soft reboot and
terminate are timed too, and any VM can be failed or stalled. What is attached to what is read from
the VMs and their network interfaces (a storage's ``attachedTo``, a security group's), so it is
always consistent. An action outside a resource's ``allowedActions`` is a 406, a billed create the
balance cannot cover a 402 (the first hour is paid at creation). Clusters, configurations, prices,
billing and the user are answered from the tables here, naming the seeded resources. The overlay's
examples name seeded items, so requests copied from the docs address real ones.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import random
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from .._clock import parse_iso
from .._errors import NotFound, Problem, Refused, Statuses
from .._hooks import Call, Item, Reply, Seeding, public
from .._model import NOW, Create, Delete, Lifecycle, List, Provider, Resource, steps
from .._shape import DEFAULT_PAGE_SIZE
from ._fake import hexstr, jwt, ssh_fingerprint, timestamp

USER_ID = "9ba32273-49e6-4655-b193-b29f61752c2f"  # the user the spec's examples name
CLUSTER_0 = "92e6ed24-8bfa-4737-9409-a1aac994e1f5"  # ClusterDto's example
SPARE = {  # seeded items the overlay's examples name, beyond each resource's first (its schema's example id)
    "ssh_keys": {1: "5b2e8c1d-4f3a-4e6b-8d9c-7a1b2c3d4e51"},
    "storages": {1: "a3c1e5f7-2b4d-4f6a-8c0e-1d3f5a7b9c21"},
    "public_ips": {1: "c7e9a1b3-5d7f-4a2c-9e4b-6f8a0c2e4a31"},
    "security_groups": {3: "e1f3a5c7-9b2d-4e6f-8a1c-3e5a7c9e1b41"},
    "subnets": {3: "d4f6b8a0-2c4e-4a6c-8e0a-2c4e6a8c0e51"},
    "vpcs": {3: "b2d4f6a8-0c2e-4a4c-8e6a-0c2e4a6c8e61"},
}
CLOUD_INIT_MAX = 16 * 1024  # bytes of cloudInit.userData
CODES = {400: "bad_request", 401: "unauthorized", 402: "insufficient_balance", 403: "forbidden", 404: "not_found"}
CODES |= {406: "not_acceptable", 409: "conflict", 422: "unprocessable_entity", 503: "service_unavailable"}

# -- catalog: datacenters (country, city, name, tier), clusters (one per datacenter), configurations, images ----
DATACENTERS = ("DE FRA Frankfurt 3", "NL AMS Amsterdam 3", "US NYC New-York 4")
CLUSTERS = ("Cloudless", "ams-1", "nyc-1")  # the first is the spec's example
SLUGS: tuple[str, ...] = ("cpu-regular-2vcpu-4gb", "cpu-regular-4vcpu-8gb", "cpu-regular-8vcpu-16gb")
SLUGS += ("cpu-premium-4vcpu-8gb", "cpu-premium-8vcpu-32gb", "cpu-shared-2vcpu-2gb")
TIERS = {"regular": ("AMD_ZEN3", "1.0", True), "premium": ("AMD_ZEN5", "1.5", True)}  # CPU, price factor, dedicated
TIERS["shared"] = ("AMD_ZEN2", "0.6", False)
UBUNTU = "https://cloud-images.ubuntu.com/releases/{0}/release/ubuntu-{0}-server-cloudimg-amd64.img"
DEBIAN = "https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-generic-amd64.qcow2"
IMAGES = (  # distribution, release, slug, download URL
    ("Ubuntu", "24.04", "ubuntu-24-04-x64", UBUNTU.format("24.04")),
    ("Ubuntu", "22.04", "ubuntu-22-04-x64", UBUNTU.format("22.04")),
    ("Debian", "12", "debian-12-x64", DEBIAN),
)
STORAGE_GB_HOUR, PUBLIC_IP_HOUR = Decimal("0.00014"), Decimal("0.006")  # USD; a replicated GB costs twice

# -- seeded VMs: name, cluster, configuration, status, and whether it has a data disk / a public IP ----------------
VMS: tuple[str, ...] = ("web-1 0 0 launched", "web-2 1 0 launched ip", "api-1 2 1 launched ip")
VMS += ("db-1 0 4 launched disk ip", "worker-1 1 2 launched ip", "worker-2 2 2 launched disk", "ml-1 0 3 failed")
VMS += ("cache-1 1 5 launched", "etl-1 2 1 launched disk", "old-1 0 0 terminated", "edge-1 1 5 launched")
VMS += ("batch-1 2 2 launching",)
SPARES = 2  # unattached data storages and public IPs, seeded before the VMs' own
DISKS = [i for i, row in enumerate(VMS) if "disk" in row.split()]
IPS = [i for i, row in enumerate(VMS) if "ip" in row.split()]

# Sandbox seconds: short, so that a demo or a test waits little, but each state is there to be seen.
VM_FLOWS = steps("new > launching; softRebooting > launched", 0.5) | steps("terminating > terminated", 1.0)
VM_FLOWS |= steps("launching > launched; restarting > launched", 1.5)
VM_ENTER = {"launched": {"readySince": NOW}, "terminated": {"terminatedAt": NOW}}
VM = Lifecycle(VM_FLOWS, failed="failed", deleting="terminating", changed_at="updatedAt", on_enter=VM_ENTER)
READY = Lifecycle(steps("new > ready", 1.0), failed="failed", on_enter={"ready": {"readySince": NOW}})
TOP_UP = Lifecycle({"open": ("expired", 1800.0)}, deleting="canceled", changed_at="updatedAt")
UP = ("launched", "restarting", "softRebooting", "updating")  # a VM that runs (or reboots) takes changes
VM_ACTIONS: tuple[str, ...] = ("addPublicIp", "removePublicIp", "addStorages", "removeStorages")
VM_ACTIONS += ("updateNetworkInterface", "restart", "softReboot", "terminate")  # VmActionDto's order


def _error(problem: Problem) -> dict[str, Any]:
    default = "internal_server_error" if problem.status >= 500 else "bad_request"
    code = problem.code if problem.code in CODES.values() else CODES.get(problem.status, default)
    return {"code": code, "error": problem.message}


def _refuse(status: int, message: str) -> Refused:
    return Refused(status, message, CODES[status])


def _credentials(rng: random.Random) -> dict[str, str]:
    session = jwt(rng, {"sub": USER_ID, "iss": "fluence"}, "RS256", 86)
    return {"api_key": hexstr(rng, 64), "access_jwt_token": session}


# -- prices and the balance -----------------------------------------------------------------------------------------
def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.0001'))}"


def _slug(slug: str) -> tuple[str, int, int]:
    tier, vcpu, ram = re.fullmatch(r"cpu-(\w+)-(\d+)vcpu-(\d+)gb", slug).groups()  # type: ignore[union-attr]
    return tier, int(vcpu), int(ram)


def _vm_hour(config: Item) -> Decimal:
    factor = Decimal(TIERS[_slug(config["slug"])[0]][1])
    return (Decimal("0.01") * int(config["vcpu"]) + Decimal("0.005") * int(config["ramGb"])) * factor


def _storage_hour(volume: int, replicated: bool) -> Decimal:
    return STORAGE_GB_HOUR * volume * (2 if replicated else 1)


def _later(call: Call, hours: float) -> str:
    return call.timestamp(call.now() + 3600 * hours)


def _priced(call: Call, hourly: Decimal) -> Item:
    """The price snapshot and the first paid hour of a new billed resource."""
    paid = dict(lastPaidAt=call.timestamp(), paidUntil=_later(call, 1))
    return paid | dict(priceHourlyUsd=_money(hourly), priceMonthlyUsd=_money(hourly * 730))


def _account(call: Call) -> Item:
    profile: Item = dict(firstName="Ada", lastName="Lovelace", jobRole="Engineer", company="Example Corp")
    profile |= dict(promptAcknowledgedAt=None, updatedAt="2025-01-06T09:00:00Z")
    found: Item = call.shared("account", {"balance": "1000.00", "deposited": "1500.00", "profile": profile})
    return found


def _charge(call: Call, amount: Decimal) -> None:
    """Pay the first hour of what is being made, or refuse it all (402) before anything is made."""
    account = _account(call)
    balance = Decimal(account["balance"])
    if balance < amount:
        raise _refuse(402, f"Insufficient balance: {balance} USD, the first hour costs {_money(amount)} USD")
    account["balance"] = str(balance - amount)


# -- seeds -------------------------------------------------------------------------------------------------------
def _spare(s: Seeding, resource: str) -> Item:
    found = SPARE[resource].get(s.index)
    return {"id": found} if found else {}


def _row(i: int) -> tuple[str, int, int, str]:
    name, cluster, config, status, *_ = VMS[i].split()
    return name, int(cluster), int(config), status


def _datacenter(s: Seeding) -> Item:
    country, city, name, tier = DATACENTERS[s.index].split()
    found: Item = dict(countryCode=country, cityCode=city, cityName=name.replace("-", " "), index=s.index + 1)
    return found | dict(tier=int(tier), certifications=["ISO 27001", "SOC 2"][: int(tier) - 2], slug=city.lower())


def _seed_cluster(s: Seeding) -> Item:
    return {"name": CLUSTERS[s.index], "dcId": s.items("datacenters")[s.index]["id"]}


def _configuration(s: Seeding) -> Item:
    tier, vcpu, ram = _slug(SLUGS[s.index])
    family, _, dedicated = TIERS[tier]
    preset = {1: "cpu_optimized", 2: "general"}.get(ram // vcpu, "memory_optimized")
    name = f"{tier.title()} {vcpu} vCPU / {ram} GB"
    found: Item = dict(slug=SLUGS[s.index], name=name, vcpu=vcpu, ramGb=ram, dedicated=dedicated, cpuFamilies=[family])
    return found | dict(preset=preset, tags=[tier], description=f"{name} on {family}")


def _image(s: Seeding) -> Item:
    distribution, release, slug, url = IMAGES[s.index]
    found: Item = dict(name=f"{release} x64", distribution=distribution, slug=slug, downloadUrl=url, id=_image_id(slug))
    return found | dict(username=distribution.lower(), createdAt=timestamp(s.index, 60 * 24), updatedAt=timestamp(3))


def _image_id(slug: str) -> str:
    return hashlib.sha256(slug.encode()).hexdigest()[:32]


def _image_ref(url: Any) -> Item | None:
    """The catalog image a storage was made from (None for a custom URL or none)."""
    found = next((i for i in IMAGES if i[3] == url), None)
    if found is None:
        return None
    return dict(id=_image_id(found[2]), name=f"{found[1]} x64", slug=found[2], distribution=found[0])


def _ssh_key(s: Seeding) -> Item:
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + s.rng.randbytes(32)).decode()
    name = ("laptop", "ci", "ops")[s.index]
    key = f"ssh-ed25519 {blob} {name}@example.com"
    found: Item = dict(name=name, publicKey=key, algorithm="ssh-ed25519", fingerprint=ssh_fingerprint(key))
    return found | {"userId": USER_ID} | _spare(s, "ssh_keys")


def _network(s: Seeding, resource: str) -> Item:
    """A VPC, subnet or security group: a default one per cluster, then a spare ("staging") in the first."""
    made, cluster = timestamp(s.index, 60), s.items("clusters")[s.index % 3]["id"] if s.index < 3 else CLUSTER_0
    found: Item = dict(clusterId=cluster, name="default" if s.index < 3 else "staging", status="ready", userId=USER_ID)
    return found | dict(createdAt=made, readySince=made, removedAt=None) | _spare(s, resource)


def _vpc(s: Seeding) -> Item:
    return _network(s, "vpcs") | {"enableExternal": True}


def _subnet(s: Seeding) -> Item:
    vpc = s.items("vpcs")[s.index % 3]
    return _network(s, "subnets") | dict(vpcId=vpc["id"], ipv4Cidr=f"10.{s.index}.0.0/24", ipv6Cidr=None)


SSH_RULE = {"type": "ipv4", "protocolKind": {"tcp": {"ports": {"exact": {"value": 22}}}}}
SSH_RULE["remote"] = {"address": "0.0.0.0/0"}


def _security_group(s: Seeding) -> Item:
    rules = dict(ingressRules={"type": "allow", "rules": [SSH_RULE]}, egressRules={"type": "allowAll"})
    return _network(s, "security_groups") | rules | {"vpcId": s.items("vpcs")[s.index % 3]["id"]}


def _ip_address(rng: random.Random) -> str:
    return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _owner(s: Seeding, vm: int | None, suffix: str) -> tuple[str, str]:
    """(cluster id, name) of what seeded VM ``vm`` holds (None: a spare in the first cluster)."""
    if vm is None:
        return CLUSTER_0, f"spare-{suffix}-{s.index + 1}"
    return s.items("clusters")[_row(vm)[1]]["id"], f"{_row(vm)[0]}-{suffix}"


def _public_ip(s: Seeding) -> Item:
    cluster, name = _owner(s, IPS[s.index - SPARES] if s.index >= SPARES else None, "ip")
    made, hourly = timestamp(s.index, 90), PUBLIC_IP_HOUR
    found: Item = dict(clusterId=cluster, name=name, addressType="V4", address=_ip_address(s.rng))
    found |= dict(status="ready", userId=USER_ID, createdAt=made, readySince=made, removedAt=None)
    return found | dict(priceHourlyUsd=_money(hourly), priceMonthlyUsd=_money(hourly * 730)) | _spare(s, "public_ips")


def _storage(s: Seeding) -> Item:
    """Two spare data volumes, then each VM's boot disk, then the data disks of the VMs that have one."""
    i, boot = s.index, SPARES <= s.index < SPARES + len(VMS)
    vm = (i - SPARES if boot else DISKS[i - SPARES - len(VMS)]) if i >= SPARES else None
    url, role, replicated = IMAGES[i % 2][3] if boot else None, "BOOT" if boot else "DATA", vm is not None and not boot
    (cluster, name), volume = _owner(s, vm, role.lower()), 25 if boot else (100, 50, 200)[i % 3]
    found: Item = dict(clusterId=cluster, name=name, storageType="NVME", status="ready")
    found |= dict(role=role, volumeGb=volume, replicated=replicated)
    found |= dict(userId=USER_ID, removedAt=None, initUrl=url, image=_image_ref(url), lastPaidAt=None, paidUntil=None)
    hourly, made = _storage_hour(volume, replicated), timestamp(i, 90)
    found |= dict(priceHourlyUsd=_money(hourly), priceMonthlyUsd=_money(hourly * 730))
    return found | dict(createdAt=made, readySince=made) | _spare(s, "storages")


def _config_fields(config: Item) -> Item:
    found: Item = dict(configurationName=config["name"], configurationSlug=config["slug"], vcpu=config["vcpu"])
    return found | dict(ramGb=config["ramGb"], priceMonthlyUsd=_money(_vm_hour(config) * 730))


def _vm(s: Seeding) -> Item:
    i, (name, cluster_at, config_at, status) = s.index, _row(s.index)
    cluster, config = s.items("clusters")[cluster_at], s.items("configurations")[config_at]
    storages, ips, made = s.items("storages"), s.items("public_ips"), timestamp(s.index, 120)
    found: Item = dict(name=name, clusterId=cluster["id"], configurationId=config["id"], status=status, userId=USER_ID)
    found |= dict(bootDisk=storages[SPARES + i]["id"], sshKeys=[s.items("ssh_keys")[0]["id"]], restartRequired=False)
    found["dataDisks"] = [storages[SPARES + len(VMS) + DISKS.index(i)]["id"]] if i in DISKS else []
    found["publicIp"] = ips[SPARES + IPS.index(i)]["id"] if i in IPS else None
    found["subnets"] = [n["id"] for n in s.items("subnets") if n["clusterId"] == cluster["id"]][:1]
    found |= dict(createdAt=made, updatedAt=made, readySince=made if status == "launched" else None, cloudInit=None)
    found |= dict(terminatedAt=timestamp(i + 1, 120) if status == "terminated" else None, expanded=None)
    found |= dict(priceHourlyUsd=_money(_vm_hour(config)), lastPaidAt=None, paidUntil=None)
    return found | _config_fields(config)


def _interface(s: Seeding) -> Item:
    vm = s.parent or {}
    subnet = (vm.get("subnets") or [None])[0]
    group = next((g["id"] for g in s.items("security_groups") if g["clusterId"] == vm.get("clusterId")), None)
    kind = {"private": {"subnet": subnet}} if subnet else {"public": {"public_ip": vm.get("publicIp")}}
    return {"default": True, "kind": kind, "securityGroup": group if subnet else None}


TOP_UPS = ("resolved 5000 copperx", "resolved 10000 stripe", "canceled 2500 stripe", "expired 2000 copperx")


def _top_up(s: Seeding) -> Item:
    status, cents, provider = s.cycle(TOP_UPS).split()
    made, url = timestamp(s.index, 60 * 24 * 7), f"https://pay.example.com/checkout/{hexstr(s.rng, 24)}"
    found: Item = dict(status=status, amountCents=int(cents), provider=provider, userId=USER_ID, redirectUrl=url)
    return found | dict(createdAt=made, updatedAt=made, expiresAt=made)


def _payment(s: Seeding) -> Item:
    made, tx = timestamp(s.index, 60 * 24 * 20), "0x" + hexstr(s.rng, 64)
    found: Item = dict(amount=(100, 250, 50)[s.index] * 10**8, currency="usdc", status="completed", userId=USER_ID)
    found |= dict(copperxFee=0, copperxGasFee=0, createdAt=made, updatedAt=made, provider="copperx", expiresAt=None)
    return found | dict(copperxSessionId=None, copperxSessionUrl=None, balanceContractTxAddress=tx)


# -- what holds what, and what each resource allows now ---------------------------------------------------------
def _vm_actions(vm: Item) -> list[str]:
    if vm["status"] not in UP:
        return [] if vm["status"] in ("suspending", "terminating", "terminated") else ["terminate"]
    skip = {"removePublicIp" if not vm.get("publicIp") else "addPublicIp"}
    skip |= set() if vm.get("dataDisks") else {"removeStorages"}
    return [action for action in VM_ACTIONS if action not in skip]


def _holders(call: Call) -> dict[str, Item]:
    """Storage and public IP ids -> the VM holding them (a terminated VM holds nothing)."""
    held: dict[str, Item] = {}
    for vm in call.items("vms"):
        for found in (vm.get("bootDisk"), *vm.get("dataDisks", []), vm.get("publicIp")):
            if found and vm["status"] != "terminated":
                held[str(found)] = vm
    return held


def _held_actions(item: Item, held: bool) -> list[str]:
    if item["status"] == "ready":
        return ["update"] if held else ["update", "delete", "attachToVm"]
    return ["delete"] if item["status"] == "failed" else []


def _allows(call: Call, item: Item) -> list[str]:
    return _held_actions(item, item["id"] in _holders(call))


def _permit(what: str, item: Item, action: str, allowed: list[str]) -> None:
    if action not in allowed:
        now = ", ".join(allowed) or "nothing"
        raise _refuse(406, f"{what} {item['id']} is {item['status']}: {action} is not allowed now (allowed: {now})")


def _vm_view(call: Call, vm: Item) -> Item:
    interfaces = call.items("interfaces", vm)
    shown = {**vm, "allowedActions": _vm_actions(vm), "networkInterfaces": [n["id"] for n in interfaces]}
    wanted = call.query.get("expand") or []
    if wanted:
        one = {"bootDisk": "storages", "publicIp": "public_ips"}
        many = {"dataDisks": "storages", "subnets": "subnets", "sshKeys": "ssh_keys"}
        shown["expanded"] = {k: _shown(call, one[k], vm.get(k)) for k in wanted if k in one}
        shown["expanded"] |= {k: [_shown(call, many[k], i) for i in vm.get(k, [])] for k in wanted if k in many}
        shown["expanded"] |= {k: [public(n) for n in interfaces] for k in wanted if k == "networkInterfaces"}
    return shown


def _storage_view(call: Call, item: Item) -> Item:
    holder = _holders(call).get(item["id"])
    return {**item, "attachedTo": [holder["id"]] if holder else [], "allowedActions": _held_actions(item, bool(holder))}


def _ip_view(call: Call, item: Item) -> Item:
    holder = _holders(call).get(item["id"])
    attached = {"id": holder["id"], "name": holder["name"]} if holder else None
    return {**item, "attachedTo": attached, "allowedActions": _held_actions(item, bool(holder))}


def _vpc_view(call: Call, vpc: Item) -> Item:
    return {**vpc, "subnetsCount": sum(s["vpcId"] == vpc["id"] for s in call.items("subnets"))}


def _group_view(call: Call, group: Item) -> Item:
    return {**group, "attachedTo": [n["id"] for n in call.items("interfaces") if n.get("securityGroup") == group["id"]]}


VIEWS = {"vms": _vm_view, "storages": _storage_view, "public_ips": _ip_view}
VIEWS |= {"vpcs": _vpc_view, "security_groups": _group_view}


def _shown(call: Call, resource: str, item_id: Any) -> Item | None:
    """Item ``item_id`` of ``resource`` as it is answered (an ``expand`` of a VM); None when there is none."""
    item = call.get(resource, item_id) if item_id else None
    view = VIEWS.get(resource)
    return None if item is None else public(view(call, item) if view else item)


def _ip_ready(call: Call, ip: Item, state: Any) -> None:
    if state == "ready" and not ip.get("address"):
        ip["address"] = _ip_address(call.rng)


def _vm_state(call: Call, vm: Item, state: Any) -> None:
    if state != "new":  # cloud-init content lives only until the VM leaves new; the marker stays
        vm.pop("_userData", None)


# -- lists: filters, sort order, the PaginationInfo block --------------------------------------------------------
def _in(field: str, keep: bool = True) -> Callable[[Item, Any], bool]:
    return lambda item, values: (str(item.get(field)) in {str(v) for v in values}) == keep


IDS: dict[str, Any] = {"ids": _in("id")}
STATUSES: dict[str, Any] = {"ids": _in("id"), "status": _in("status"), "excludeStatus": _in("status", keep=False)}


def _sorted(fields: dict[str, str], newest_first: bool) -> Callable[[Call, list[Item]], list[Item]]:
    """By the ``sort`` parameter's field (createdAt when only ``order`` is given); neither: as listed."""

    def order(call: Call, items: list[Item]) -> list[Item]:
        sort, direction = call.query.get("sort"), call.query.get("order")
        if sort is None and direction is None:
            return items
        field = fields.get(sort or "createdAt", sort or "createdAt")
        descending = direction == "desc" if direction else newest_first
        ranked = sorted((i for i in items if i.get(field) is not None), key=lambda i: i[field], reverse=descending)
        return ranked + [i for i in items if i.get(field) is None]

    return order


def _paged(resource: str) -> Callable[[Call, Any, Sequence[Item]], Any]:
    """The PaginationInfo block: every record of the caller's, those the filters match, and this page."""

    def finish(call: Call, body: Any, items: Sequence[Item]) -> Any:
        size, page = call.query.get("perPage"), call.query.get("page")
        per = DEFAULT_PAGE_SIZE if size is None else max(int(size), 1)
        counts = dict(totalRecords=len(call.items(resource)), filteredRecords=len(items))
        body["pagination"] = counts | dict(totalPages=-(-len(items) // per), currentPage=max(page or 1, 1), perPage=per)
        return body

    return finish


def _listing(resource: str, fields: dict[str, str] | None = None, newest_first: bool = False, **options: Any) -> List:
    return List(order=_sorted(fields or {}, newest_first), finish=_paged(resource), **options)


def _same_type(item: Item, value: Any) -> bool:
    return str(item["storageType"]).upper() == str(value).upper()  # the filter says NVMe, the storage NVME


def _unattached(call: Call, item: Item) -> bool:
    return not call.query.get("excludeAttached") or item["id"] not in _holders(call)


def _ip_where(call: Call, ip: Item) -> bool:
    dc_id, city = call.query.get("datacenterId"), call.query.get("cityCode")
    if dc_id is not None or city is not None:
        cluster = call.get("clusters", ip["clusterId"])
        dc = call.get("datacenters", cluster["dcId"]) if cluster else None
        if dc is None or dc_id not in (None, dc["id"]) or city not in (None, dc["cityCode"]):
            return False
    return _unattached(call, ip)


def _when(text: Any, name: str) -> dt.datetime:
    try:
        return parse_iso(text)
    except ValueError:
        raise Refused(400, f"{name}: {text!r} is not an RFC 3339 date-time", "bad_request", name) from None


def _dated(call: Call, item: Item) -> bool:
    made, start, end = _when(item["createdAt"], "createdAt"), call.query.get("start"), call.query.get("end")
    return (start is None or made >= _when(start, "start")) and (end is None or made <= _when(end, "end"))


def _payment_where(call: Call, item: Item) -> bool:
    low, high = call.query.get("minAmount"), call.query.get("maxAmount")
    in_range = (low is None or item["amount"] >= low) and (high is None or item["amount"] <= high)
    return in_range and _dated(call, item)


# -- finding what a request names, and creating --------------------------------------------------------------------
def _find(call: Call, resource: str, item_id: Any, param: str, what: str) -> Item:
    found = call.get(resource, str(item_id))
    if found is None:
        raise NotFound(param, str(item_id), f"{what} {item_id} not found")
    return found


def _cluster(call: Call, cluster_id: Any, param: str = "clusterId", inside: Item | None = None) -> Item:
    """The cluster with this id (404), and when ``inside`` is given, the same one (422)."""
    cluster = _find(call, "clusters", cluster_id, param, "Cluster")
    if inside is not None and cluster["id"] != inside["id"]:
        raise _refuse(422, f"{param} is cluster {cluster['id']}; it must be {inside['id']}")
    return cluster


def _attachable(call: Call, what: str, item: Item, cluster: Item) -> Item:
    if item["clusterId"] != cluster["id"]:
        raise _refuse(422, f"{what} {item['id']} is in cluster {item['clusterId']}, not in {cluster['id']}")
    _permit(what, item, "attachToVm", _allows(call, item))
    return item


def _new_storage(call: Call, request: Item, role: str) -> Item:
    """The fields of a storage made from a CreateUserStorageRequest (its price is the one to charge)."""
    found = {key: request[key] for key in ("clusterId", "name", "volumeGb", "replicated")}
    found |= dict(storageType="NVME", role=role, userId=USER_ID, initUrl=request.get("osImage"), removedAt=None)
    hourly = _storage_hour(int(request["volumeGb"]), bool(request["replicated"]))
    return found | dict(image=_image_ref(request.get("osImage")), readySince=None) | _priced(call, hourly)


def _new_ip(call: Call, request: Item) -> Item:
    found: Item = dict(clusterId=request["clusterId"], name=request["name"], addressType=request["addressType"])
    return found | dict(address=None, userId=USER_ID, removedAt=None, readySince=None) | _priced(call, PUBLIC_IP_HOUR)


def _create_storage(call: Call, item: Item) -> None:
    _cluster(call, call.body["clusterId"])
    item.update(_new_storage(call, call.body, "BOOT" if call.body.get("osImage") else "DATA"))
    _charge(call, Decimal(item["priceHourlyUsd"]))


def _create_ip(call: Call, item: Item) -> None:
    _cluster(call, call.body["clusterId"])
    item.update(_new_ip(call, call.body))
    _charge(call, PUBLIC_IP_HOUR)


def _plan(call: Call, wanted: Any, cluster: Item, resource: str, where: str) -> Item:
    """A storage or public IP a new VM names: an existing one to attach, or the fields of one to make (no id)."""
    what = "Storage" if resource == "storages" else "Public IP"
    if isinstance(wanted, str):
        return _attachable(call, what, _find(call, resource, wanted, where, what), cluster)
    _cluster(call, wanted["clusterId"], f"{where}.clusterId", inside=cluster)
    role = "BOOT" if where == "bootDisk" else "DATA"
    return _new_storage(call, wanted, role) if resource == "storages" else _new_ip(call, wanted)


def _first(call: Call, resource: str, cluster: Item) -> Item | None:
    return next((i for i in call.items(resource) if i["clusterId"] == cluster["id"] and i["status"] == "ready"), None)


def _create_vm(call: Call, vm: Item) -> None:
    body, cluster = call.body, _cluster(call, call.body["clusterId"])
    config = _find(call, "configurations", body["configurationId"], "configurationId", "VM configuration")
    keys = [_find(call, "ssh_keys", k, "sshKeys", "SSH key")["id"] for k in dict.fromkeys(body.get("sshKeys") or [])]
    user_data = (body.get("cloudInit") or {}).get("userData")
    if user_data is not None and len(user_data.encode()) > CLOUD_INIT_MAX:
        raise _refuse(400, f"cloudInit.userData is {len(user_data.encode())} bytes; the limit is 16 KiB")
    disks = [_plan(call, body["bootDisk"], cluster, "storages", "bootDisk")]
    disks += [_plan(call, d, cluster, "storages", "dataDisks") for d in body.get("dataDisks") or []]
    named = [d["id"] for d in disks if "id" in d]
    if len(named) != len(set(named)):
        raise _refuse(422, "A storage can be attached once: bootDisk and dataDisks name the same storage")
    ip = _plan(call, body["publicIp"], cluster, "public_ips", "publicIp") if body.get("publicIp") else None
    new = [d for d in [*disks, ip] if d is not None and "id" not in d]
    _charge(call, _vm_hour(config) + sum(Decimal(d["priceHourlyUsd"]) for d in new))
    made = [d.get("id") or call.create("storages", d)["id"] for d in disks]
    address = None if ip is None else ip.get("id") or call.create("public_ips", ip)["id"]
    subnet, group = _first(call, "subnets", cluster), _first(call, "security_groups", cluster)
    vm.update(_config_fields(config), **_priced(call, _vm_hour(config)), userId=USER_ID, restartRequired=False)
    vm.update(bootDisk=made[0], dataDisks=made[1:], publicIp=address, sshKeys=keys, readySince=None, terminatedAt=None)
    vm.update(subnets=[subnet["id"]] if subnet else [], expanded=None, cloudInit=None if user_data is None else {})
    vm["_userData"] = user_data  # private: never answered, dropped when the VM leaves new
    kind = {"private": {"subnet": subnet["id"]}} if subnet else {"public": {"public_ip": address}}
    guard = group["id"] if group and subnet else None
    call.create("interfaces", {"default": True, "kind": kind, "securityGroup": guard}, parent=vm)


def _create_network(call: Call, item: Item) -> None:
    """A VPC or security group: in the cluster the body names (a security group in its first VPC)."""
    cluster = _cluster(call, call.body["clusterId"])
    item.update(userId=USER_ID, readySince=None, removedAt=None)
    if "vpcId" in item:
        vpc = _first(call, "vpcs", cluster)
        if vpc is None:
            raise _refuse(422, f"Cluster {cluster['id']} has no VPC ready: create one first")
        item.update(vpcId=vpc["id"], ingressRules=_rules(call.body.get("ingressRules")))
        item["egressRules"] = _rules(call.body.get("egressRules"))


def _rules(value: Any) -> Item:
    """A create request's rule list (null: allow everything) as the stored ``{type, rules}`` form."""
    return {"type": "allowAll"} if value is None else {"type": "allow", "rules": list(value)}


def _update_group(call: Call, group: Item, before: Item) -> None:
    for name in ("ingressRules", "egressRules"):  # absent: unchanged; null: back to allow-all; an object: these rules
        if name in call.body:
            group[name] = call.body[name] if call.body[name] is not None else {"type": "allowAll"}


def _storage_update(call: Call, storage: Item, before: Item) -> None:
    _permit("Storage", before, "update", _allows(call, before))


def _create_subnet(call: Call, subnet: Item) -> None:
    vpc = call.item("vpcs")
    _cluster(call, call.body["clusterId"], inside=_cluster(call, vpc["clusterId"]))
    taken = {s.get("ipv4Cidr") for s in call.items("subnets")}
    cidr = call.body.get("ipv4Cidr") or next(c for n in range(256) if (c := f"10.{n}.0.0/24") not in taken)
    subnet.update(vpcId=vpc["id"], ipv4Cidr=cidr, userId=USER_ID, readySince=None, removedAt=None)


def create_ssh_key(call: Call) -> Any:
    text = call.body["publicKey"].strip()
    fingerprint = ssh_fingerprint(text)
    key = next((k for k in call.items("ssh_keys") if k["fingerprint"] == fingerprint), None)
    if key is None:  # the same key again answers the stored one
        fields: Item = dict(name=call.body["name"], publicKey=text, algorithm=text.split()[0], fingerprint=fingerprint)
        key = call.create("ssh_keys", fields | {"userId": USER_ID})
    return call.render("ssh_keys", key)


# -- VM actions, each checked against the VM's allowedActions ----------------------------------------------------------
def _action(name: str, change: Callable[[Call, Item], Item]) -> Callable[[Call], Any]:
    def handler(call: Call) -> Any:
        vm = call.item("vms")
        _permit("VM", vm, name, _vm_actions(vm))
        vm.update(change(call, vm), updatedAt=call.timestamp())
        return call.render("vms", vm)

    return handler


def _attach_ip(call: Call, vm: Item) -> Item:
    ip = _find(call, "public_ips", call.body["publicIpId"], "publicIpId", "Public IP")
    _attachable(call, "Public IP", ip, _cluster(call, vm["clusterId"]))
    return {"publicIp": ip["id"], "restartRequired": True}


def _attach_disks(call: Call, vm: Item) -> Item:
    cluster, added = _cluster(call, vm["clusterId"]), list(dict.fromkeys(call.body["dataDisks"]))
    for storage_id in added:
        _attachable(call, "Storage", _find(call, "storages", storage_id, "dataDisks", "Storage"), cluster)
    return {"dataDisks": [*vm["dataDisks"], *added]}


def _detach_disks(call: Call, vm: Item) -> Item:
    gone = [_find(call, "storages", i, "dataDisks", "Storage")["id"] for i in call.body["dataDisks"]]
    stray = [i for i in gone if i not in vm["dataDisks"]]
    if stray:
        raise _refuse(422, f"Storage {stray[0]} is not a data disk of VM {vm['id']}")
    return {"dataDisks": [i for i in vm["dataDisks"] if i not in gone]}


def _reboot(state: str) -> Callable[[Call, Item], Item]:
    def change(call: Call, vm: Item) -> Item:
        call.move("vms", vm, state)
        return {"restartRequired": False}

    return change


def update_interface(call: Call) -> Any:
    vm, interface = call.item("vms"), call.item("interfaces")
    _permit("VM", vm, "updateNetworkInterface", _vm_actions(vm))
    group_id = call.body.get("securityGroupId")
    if group_id is not None:
        group = _find(call, "security_groups", group_id, "securityGroupId", "Security group")
        _cluster(call, group["clusterId"], "securityGroupId", inside=_cluster(call, vm["clusterId"]))
    if "securityGroupId" in call.body:  # null detaches the group
        interface["securityGroup"] = group_id
    vm.update(restartRequired=True, updatedAt=call.timestamp())
    return call.render("vms", vm)


def mint_token(call: Call) -> Any:
    vm = call.item("vms")
    if vm["status"] not in UP:
        raise _refuse(406, f"VM {vm['id']} is {vm['status']}: the console needs a running VM")
    claims = {"sub": USER_ID, "vm_id": vm["id"], "aud": "lightmare-vm-api", "iss": "vodopad"}
    token = jwt(call.rng, claims, "RS256", 86)
    domain = f"https://vm-api.{str(vm['clusterId'])[:8]}.fluence.dev"
    return dict(token=token, vmApiDomain=domain, workspaceId=USER_ID, expiresAt=_later(call, 0.25))


def _terminate(call: Call, vm: Item) -> None:
    _permit("VM", vm, "terminate", _vm_actions(vm))


def _detach_ip(call: Call, vm: Item) -> Item:
    return {"publicIp": None, "restartRequired": True}


VM_OPS: dict[str, Any] = {"terminate_users_vm": Delete(_terminate), "mint_vm_access_token": mint_token}
VM_OPS |= {"add_public_ip": _action("addPublicIp", _attach_ip), "add_storages": _action("addStorages", _attach_disks)}
VM_OPS["remove_public_ip"] = _action("removePublicIp", _detach_ip)
VM_OPS["remove_storages"] = _action("removeStorages", _detach_disks)
VM_OPS["restart_users_vm"] = _action("restart", _reboot("restarting"))
VM_OPS["softreboot_users_vm"] = _action("softReboot", _reboot("softRebooting"))


# -- deleting: what goes with an item, one at a time or in bulk --------------------------------------------------------
def _release(what: str) -> Callable[[Call, Item], None]:
    """Storages and public IPs go only when allowedActions has delete (not while attached)."""

    def hook(call: Call, item: Item) -> None:
        _permit(what, item, "delete", _allows(call, item))
        item.update(status="removing", removedAt=call.timestamp())

    return hook


def _forget_key(call: Call, key: Item) -> None:
    for vm in call.items("vms"):
        vm["sshKeys"] = [k for k in vm.get("sshKeys", []) if k != key["id"]]


def _drop_subnet(call: Call, subnet: Item) -> None:
    subnet.update(status="removing", removedAt=call.timestamp())
    for vm in call.items("vms"):
        vm["subnets"] = [s for s in vm.get("subnets", []) if s != subnet["id"]]


def _drop_group(call: Call, group: Item) -> None:
    """A deleted security group leaves the interfaces it guarded (their VMs need a restart)."""
    group.update(status="removing", removedAt=call.timestamp())
    for interface in [n for n in call.items("interfaces") if n.get("securityGroup") == group["id"]]:
        interface["securityGroup"] = None
        call.find("vms", interface["_parent"])["restartRequired"] = True


def _drop_vpc(call: Call, vpc: Item) -> None:
    """A deleted VPC takes its subnets and security groups with it."""
    vpc.update(status="removing", removedAt=call.timestamp())
    for resource, drop in (("subnets", _drop_subnet), ("security_groups", _drop_group)):
        for item in [i for i in call.items(resource) if i["vpcId"] == vpc["id"]]:
            drop(call, item)
            call.remove(resource, item)


DELETES: dict[str, tuple[str, Callable[[Call, Item], None]]] = {
    "storages": ("Storage", _release("Storage")),
    "public_ips": ("Public IP", _release("Public IP")),
    "ssh_keys": ("SSH key", _forget_key),
    "subnets": ("Subnet", _drop_subnet),
    "security_groups": ("Security group", _drop_group),
    "vpcs": ("VPC", _drop_vpc),
}


def _bulk_delete(resource: str) -> Callable[[Call], Any]:
    """``POST /v1/<resources>/delete``: every id must exist and may be deleted before any is."""
    what, hook = DELETES[resource]

    def handler(call: Call) -> Any:
        items = [_find(call, resource, i, "ids", what) for i in dict.fromkeys(call.body["ids"])]
        for item in items if resource in ("storages", "public_ips") else []:
            _permit(what, item, "delete", _allows(call, item))
        answer: list[Any] = []
        for item in items:
            hook(call, item)
            call.remove(resource, item)
            answer += call.render(resource, item)
        return answer

    return handler


# -- the user, the balance and top-ups ---------------------------------------------------------------------------
def _scopes(call: Call) -> list[str]:
    """What the credential may do: a scoped key's scopes, otherwise every scope but the admin ones."""
    every = call.document()["components"]["schemas"]["PermissionScope"]["enum"]
    granted = call.credential_meta().get("scopes")
    return [s for s in every if (s in granted if granted is not None else not s.startswith("admin:"))]


def _authorize(call: Call) -> None:
    """A scoped API key (granted with ``scopes=[...]``) may call only operations whose api_key scopes it holds."""
    granted = call.credential_meta().get("scopes")
    if granted is None or call.credential is None or call.credential[0] != "api_key":
        return
    doc = call.document()
    needs = doc["paths"][call.path_template][call.method.lower()].get("security", doc.get("security", []))
    missing = [s for need in needs for s in need.get("api_key", []) if s and s not in granted]
    if missing:
        raise _refuse(403, f"This API key does not have the {', '.join(missing)} scope")


def _entitlement(call: Call) -> Item:
    """The balance, what was used of the deposits, and what the held resources cost (30 days of them)."""
    account, held = _account(call), [vm for vm in call.items("vms") if vm["status"] != "terminated"]
    held += [*call.items("storages"), *call.items("public_ips")]
    daily = 24 * sum((Decimal(str(i.get("priceHourlyUsd") or 0)) for i in held), Decimal(0))
    balance, deposited = Decimal(account["balance"]), Decimal(account["deposited"])
    amounts = {"balance": balance, "usage": deposited - balance, "estimatedUsage": 30 * daily}
    found = {name: f"{value.quantize(Decimal('0.01'))}" for name, value in amounts.items()}
    found |= dict(overage="0.00", totalDepositedAmount=account["deposited"], userId=USER_ID, featureKey="compute")
    return found | {"usageDaysLeft": min(int(balance / daily), 65535) if daily else None}


def _balances(call: Call) -> Any:
    return [_entitlement(call)] if call.query.get("entitlementKey") in (None, "compute") else []


def _update_profile(call: Call) -> Any:
    profile = _account(call)["profile"]
    profile.update({k: v for k, v in call.body.items() if v is not None and k in profile}, updatedAt=call.timestamp())
    return profile


def _create_payment(call: Call, payment: Item) -> None:
    session = hexstr(call.rng, 32)
    payment.update(amount=call.body["amount"], currency=call.body.get("currency") or "usdc", status="pending")
    payment.update(userId=USER_ID, copperxFee=0, copperxGasFee=0, provider="copperx", balanceContractTxAddress=None)
    payment.update(copperxSessionId=session, copperxSessionUrl=f"https://pay.example.com/{session}")
    payment["expiresAt"] = _later(call, 0.5)


def _pending(resource: str, *states: str) -> Callable[[Call], Any]:
    def handler(call: Call) -> Any:
        found = [item for item in call.items(resource) if item["status"] in states]
        return {"pendingTopUp": public(found[-1]) if found else None}

    return handler


def _create_top_up(call: Call) -> Any:
    if any(t["status"] == "open" for t in call.items("top_ups")):
        raise _refuse(409, "An open top-up already exists: pay or cancel it first")
    provider = call.body.get("provider") or ("stripe" if call.body.get("methodCode") == "card" else "copperx")
    url = f"https://pay.example.com/checkout/{hexstr(call.rng, 24)}"
    fields: Item = dict(amountCents=call.body["amountCents"], provider=provider, redirectUrl=url, userId=USER_ID)
    intent = call.create("top_ups", fields | {"expiresAt": _later(call, 0.5)})
    found: Item = dict(intentId=intent["id"], sessionId=call.example("TopUpV2Dto")["id"], provider=provider)
    presentation = {"type": "redirect", "redirectUrl": url}
    return found | dict(providerPaymentId=f"pi_{hexstr(call.rng, 24)}", presentation=presentation)


def _cancel(call: Call, intent: Item) -> None:
    if intent["status"] != "open":
        raise _refuse(409, f"Top-up {intent['id']} is already {intent['status']}")


# provider, code, kind, name, minimum (cents), fee (basis points), fixed fee (cents)
PAYMENT_METHODS: tuple[str, ...] = ("copperx usdc crypto USDC 1000 50 0", "copperx usdt crypto USDT 1000 50 0")
PAYMENT_METHODS += ("stripe card fiat Card 500 290 30",)


def _payment_methods(call: Call) -> Any:
    methods = []
    for n, (provider, code, kind, name, low, bps, fixed) in enumerate(row.split() for row in PAYMENT_METHODS):
        found: Item = dict(provider=provider, methodCode=code, kind=kind, enabled=True, displayName=name, sortOrder=n)
        found |= dict(minAmountCents=int(low), maxAmountCents=None, feePaidByUser=True, estFeeBps=int(bps))
        methods.append(found | {"estFeeFixedCents": int(fixed)})
    return methods


# -- charges: each VM, storage and public IP at its hourly price over the requested days -------------------------
def _charge_rows(call: Call) -> list[Item]:
    start, end = call.query.get("startDate"), call.query.get("endDate")
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1 if start and end else 30
    hours, rows, only = Decimal(24 * max(days, 0)), [], (call.query.get("resourceId"), call.query.get("resourceType"))
    for kind, resource in (("VM", "vms"), ("STORAGE", "storages"), ("PUBLIC_IP", "public_ips")):
        for item in call.items(resource):
            if only[0] not in (None, item["id"]) or only[1] not in (None, kind):
                continue
            cost, storage = _money(Decimal(str(item.get("priceHourlyUsd") or 0)) * hours), kind == "STORAGE"
            row: Item = dict(userId=USER_ID, resourceId=item["id"], resourceName=item["name"], resourceType=kind)
            row |= dict(clusterId=item["clusterId"], quantity="1", totalUsageHours=str(hours), totalCost=cost)
            row |= dict(vmConfiguration=item.get("configurationSlug"), ipAddressType=item.get("addressType"))
            rows.append(row | dict(storageType="NVMe" if storage else None, replicatedStorage=item.get("replicated")))
    return rows


GROUPS = {"RESOURCE_TYPE": "resourceType", "CLUSTER": "clusterId"}  # groupBy: the field rows are summed by


def _aggregated(call: Call) -> Any:
    rows, by = _charge_rows(call), GROUPS.get(str(call.query.get("groupBy")))
    if by is not None:  # one row per group, the fields of single resources left empty
        groups: dict[str, Item] = {}
        for row in rows:
            empty = dict.fromkeys(row) | {"userId": USER_ID, by: row[by], "totalCost": "0", "totalUsageHours": "0"}
            into = groups.setdefault(row[by], empty)
            into["totalCost"] = _money(Decimal(into["totalCost"]) + Decimal(row["totalCost"]))
            into["totalUsageHours"] = str(Decimal(into["totalUsageHours"]) + Decimal(row["totalUsageHours"]))
        rows = list(groups.values())
    for row in rows:
        row["periodStart"] = f"{call.query['startDate']}T00:00:00Z" if call.query.get("period") else None
    if call.query.get("format") != "csv":
        return rows
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["resourceId", "totalCost"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return Reply(text=out.getvalue(), media="text/csv")


def _total_charges(call: Call) -> Any:
    totals: dict[str, Decimal] = {}
    for row in _charge_rows(call):
        totals[row["resourceType"]] = totals.get(row["resourceType"], Decimal(0)) + Decimal(row["totalCost"])
    return {"total": _money(sum(totals.values(), Decimal(0)))} | {kind: _money(v) for kind, v in totals.items()}


# -- prices, and what each cluster offers -------------------------------------------------------------------------
def _prices(call: Call, key: str, kinds: Callable[[Call, Item], list[tuple[Item, Decimal]]]) -> Any:
    """``{items: [{<key>: {clusterId, ...}, priceInfo}]}`` for every cluster (the one ``clusterId`` names)."""
    clusters = [c for c in call.items("clusters") if call.query.get("clusterId") in (None, c["id"])]
    pairs = [(kind, price) for c in clusters for kind, price in kinds(call, c)]
    return {"items": [{key: kind, "priceInfo": {"pricePerHourPerQty": f"{price}"}} for kind, price in pairs]}


def _vm_kinds(call: Call, cluster: Item) -> list[tuple[Item, Decimal]]:
    kinds = [({"clusterId": cluster["id"], "vmConfigurationId": k["id"]}, k) for k in call.items("configurations")]
    return [(kind, _vm_hour(k)) for kind, k in kinds]


def _storage_kinds(call: Call, cluster: Item) -> list[tuple[Item, Decimal]]:
    kinds = [{"storageType": "NVME", "replicated": r, "clusterId": cluster["id"]} for r in (False, True)]
    return [(kind, _storage_hour(1, kind["replicated"])) for kind in kinds]


def _ip_kinds(call: Call, cluster: Item) -> list[tuple[Item, Decimal]]:
    return [({"addressType": "V4", "clusterId": cluster["id"]}, PUBLIC_IP_HOUR)]


def _hourly_of(call: Call, n: int, entry: Any) -> Decimal:
    """The hourly price of one CostRequest resource: ``{vm|storage|publicIp: {resource_id: {...}}}``."""
    kind = next(iter(entry)) if isinstance(entry, dict) and len(entry) == 1 else None
    spec = entry[kind] if kind in ("vm", "storage", "publicIp") else None
    ref = spec.get("resource_id") if isinstance(spec, dict) else None
    if spec is None or not isinstance(ref, dict) or "clusterId" not in ref:
        raise _refuse(422, f"resources[{n}]: expected {{vm|storage|publicIp: {{resource_id: {{clusterId, ...}}}}}}")
    _cluster(call, ref["clusterId"], f"resources[{n}].clusterId")
    if kind == "storage":
        return _storage_hour(int(spec.get("volume_gb") or 0), bool(ref.get("replicated")))
    if kind == "publicIp":
        return PUBLIC_IP_HOUR
    config = _find(call, "configurations", ref.get("vmConfigurationId"), "vmConfigurationId", "VM configuration")
    return _vm_hour(config)


def _cost(call: Call) -> Any:
    secs, resources = 3600 if call.body.get("secs") is None else call.body["secs"], call.body["resources"]
    per_sec = [_hourly_of(call, n, entry) / 3600 for n, entry in enumerate(resources)]
    costs = [{"resource": entry, "costPerSec": f"{p:.10f}"} for entry, p in zip(resources, per_sec, strict=True)]
    total = sum(per_sec, Decimal(0))
    return dict(costOfResources=costs, totalCostPerSec=f"{total:.10f}", periodSecs=secs, totalCost=_money(total * secs))


def _offer(call: Call, cluster: Item) -> Item:
    configurations = [public(k) for k in call.items("configurations")]
    used = sum(ip["clusterId"] == cluster["id"] for ip in call.items("public_ips"))
    families = sorted({family for k in configurations for family in k["cpuFamilies"]})
    volumes = [{"storageType": "NVME", "replicated": r, "volumeGb": 2000 // (1 + r)} for r in (False, True)]
    found: Item = dict(availableConfigurations=configurations, availablePublicIps={"V4": max(64 - used, 0), "V6": 0})
    return found | {"availableStorage": dict.fromkeys(families, volumes)}


def _offers(call: Call) -> Any:
    wanted = call.query.get("clusterIds")
    clusters = [_cluster(call, c, "clusterIds") for c in wanted] if wanted else call.items("clusters")
    return {"resources": {c["id"]: _offer(call, c) for c in clusters}}


STORAGE_TYPE = dict(storageType="NVME", bootDisk=True, minVolumeGb=10, maxBandwidthReadMib=2000)
STORAGE_TYPE |= dict(maxBandwidthWriteMib=1000, maxIopsRead=100000, maxIopsWrite=50000)


# -- the declaration ------------------------------------------------------------------------------------------------
RESOURCES = (  # name, schema, item path, seed, count
    ("datacenters", "DatacenterDto", None, _datacenter, len(DATACENTERS)),
    ("clusters", "ClusterDto", "/v1/clusters/{cluster_id}", _seed_cluster, len(CLUSTERS)),
    ("configurations", "VmConfigurationDto", None, _configuration, len(SLUGS)),
    ("images", "DefaultImageDto", None, _image, len(IMAGES)),
    ("ssh_keys", "UserSshKeyDto", "/v1/ssh_keys/{ssh_key_id}", _ssh_key, 3),
    ("vpcs", "UserVpcDto", "/v1/vpcs/{vpc_id}", _vpc, 4),
    ("subnets", "UserSubnetDto", "/v1/subnets/{subnet_id}", _subnet, 4),
    ("security_groups", "UserSecurityGroupDto", "/v1/security_groups/{security_group_id}", _security_group, 4),
    ("public_ips", "UserPublicIpDto", "/v1/public_ips/{public_ip_id}", _public_ip, SPARES + len(IPS)),
    ("storages", "UserStorageDto", "/v1/storages/{storage_id}", _storage, SPARES + len(VMS) + len(DISKS)),
    ("vms", "UserVmDto", "/v2/vms/{vm_id}", _vm, len(VMS)),
    ("interfaces", "VmNetworkInterfaceDto", "/v2/vms/{vm_id}/interfaces/{interface_id}", _interface, 1),
    ("top_ups", "TopUpV2Dto", "/v2/top-ups/{intent_id}", _top_up, len(TOP_UPS)),
    ("payments", "TopUpDto", None, _payment, 3),
)
LISTS = {"datacenters": "get_datacenters", "configurations": "get_vm_configurations", "images": "get_default_images"}
PAGED = dict(ssh_keys="get_users_ssh_keys", vpcs="get_users_vpcs", subnets="get_users_subnets", vms="get_users_vms")
PAGED |= dict(security_groups="get_user_security_groups", public_ips="get_users_public_ips")
PAGED |= dict(storages="get_users_storages", top_ups="list_top_ups_v2", payments="get_top_up_history_v2")
BULK = dict(ssh_keys="delete_users_ssh_keys", vpcs="delete_users_vpcs", subnets="delete_users_subnets")
BULK |= dict(security_groups="delete_user_security_groups", public_ips="delete_users_public_ips")
BULK |= {"storages": "delete_users_storages"}
HELD: dict[str, Any] = dict(lifecycle=READY, created=("createdAt",))  # made new, ready a second later
DATED: dict[str, Any] = dict(created=("createdAt",), updated=("updatedAt",), newest_first=True)
OPTIONS: dict[str, dict[str, Any]] = {  # beyond the conventional routes of each path, its list and its bulk delete
    "ssh_keys": dict(filters=IDS, on_delete=_forget_key, ops={"create_users_ssh_key": create_ssh_key}),
    "vpcs": dict(filters=IDS, view=_vpc_view, on_create=_create_network, on_delete=_drop_vpc, **HELD),
    "subnets": dict(filters=IDS, on_delete=_drop_subnet, ops={"create_users_subnet": Create(_create_subnet)}, **HELD),
    "security_groups": dict(filters=IDS, view=_group_view, on_create=_create_network, on_delete=_drop_group, **HELD),
    "public_ips": dict(filters=STATUSES, view=_ip_view, on_create=_create_ip, on_state=_ip_ready, **HELD),
    "storages": dict(filters=STATUSES | {"storageType": _same_type}, view=_storage_view, **HELD),
    "vms": dict(lifecycle=VM, created=("createdAt",), updated=("updatedAt",), view=_vm_view, on_state=_vm_state),
    "interfaces": dict(ops={"update_network_interface": update_interface}),
    "top_ups": dict(lifecycle=TOP_UP, on_delete=_cancel, ops={"create_top_up_v2": _create_top_up}, **DATED),
    "payments": dict(ops={"createTopUpRequest": Create(_create_payment)}, **DATED),
}
OPTIONS["security_groups"]["on_update"] = _update_group
OPTIONS["public_ips"]["on_delete"] = _release("Public IP")
OPTIONS["storages"] |= dict(on_create=_create_storage, on_delete=_release("Storage"), on_update=_storage_update)
OPTIONS["vms"] |= dict(filters=STATUSES | {"publicIpId": "$.publicIp"}, on_create=_create_vm, ops=VM_OPS)
WHERE = {"public_ips": _ip_where, "storages": _unattached, "top_ups": _dated, "payments": _payment_where}
SORTS = {"top_ups": {"amount": "amountCents"}, "payments": {}}  # newest first by default, by amount if asked


def _resource(name: str, schema: str, path: str | None, seed: Callable[[Seeding], Item], count: int) -> Resource:
    options = OPTIONS.get(name, {})
    ops: dict[str, Any] = {**options.pop("ops", {}), **({LISTS[name]: "list"} if name in LISTS else {})}
    if name in PAGED:
        ops[PAGED[name]] = _listing(name, SORTS.get(name), name in SORTS, where=WHERE.get(name))
    if name in BULK:
        ops[BULK[name]] = _bulk_delete(name)
    return Resource(name, schema, path, ops=ops, seed=seed, count=count, **options)


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "getCurrentUserInfo": lambda call: {"id": USER_ID, "email": "dev@example.com", "permissions": _scopes(call)},
    "getCurrentUserProfile": lambda call: _account(call)["profile"],
    "updateCurrentUserProfile": _update_profile,
    "get_user_balance_v2": _balances,
    "refresh_user_balance": _entitlement,
    "getPendingTopUp": _pending("payments", "created", "pending"),
    "get_pending_top_up_v2": _pending("top_ups", "open"),
    "discover_payment_methods_v2": _payment_methods,
    "get_aggregated_charges": _aggregated,
    "get_total_charges": _total_charges,
    "get_vm_prices": lambda call: _prices(call, "vmTypeId", _vm_kinds),
    "get_storage_prices": lambda call: _prices(call, "storageTypeId", _storage_kinds),
    "get_public_ip_prices": lambda call: _prices(call, "publicIpTypeId", _ip_kinds),
    "cost": _cost,
    "get_available_resources": lambda call: _offer(call, call.item("clusters")),
    "get_bulk_resources": _offers,
    "get_storage_types": lambda call: {"items": [STORAGE_TYPE]},
    "get_service_status": lambda call: {"maintenanceMode": False, "version": call.document()["info"]["version"]},
}
PROVIDER = Provider(
    name="fluence_cloud",
    error_body=_error,
    credentials=_credentials,  # one of each scheme: an API key (X-API-KEY) and a session JWT (Authorization: Bearer)
    statuses=Statuses(auth=401, validation=422, parameters=400, malformed=400, path=400),
    auth_errors={
        "wrong_scheme": Problem(
            403, "forbidden", "Not allowed to call this endpoint with an API key: sign in (Bearer JWT)"
        ),
        "invalid": Problem(401, "unauthorized", "Auth token invalid or missing"),
    },
    authorize=_authorize,
    resources=tuple(_resource(*row) for row in RESOURCES),
    handlers=HANDLERS,
)

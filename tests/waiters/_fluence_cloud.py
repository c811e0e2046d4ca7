"""A sandbox for fluence_cloud's waiters: its VMs and storages with their documented states, on its own spec.

fluence_cloud (Fluence's published v0.10 spec, dropped in unchanged) has no sandbox plug-in yet; the
engine serves any spec from a declaration, so this one declares just what the waiters poll. The
states and their order are the spec's (``UserVmStatusDto``, ``UserStorageStatusDto`` and its
cloud-init notes: launching -> launched, terminating -> terminated); the durations are ours.
"""

from __future__ import annotations

import json
from importlib import util
from pathlib import Path

from facade.sandbox import Lifecycle, Move, Provider, Resource, Sandbox, Spec

VM = Lifecycle(
    {"new": ("launching", 1.0), "launching": ("launched", 2.0), "terminating": ("terminated", 2.0)},
    failed="failed",
    deleting="terminating",
    changed_at="updatedAt",
)
STORAGE = Lifecycle(
    {"new": ("created", 1.0), "created": ("ready", 1.0), "removing": ("removed", 1.0)},
    failed="failed",
    deleting="removing",
)
PROVIDER = Provider(
    name="fluence_cloud",
    error_body=lambda problem: {"code": problem.code, "error": problem.message},
    credentials=lambda rng: {"api_key": f"fc-{rng.getrandbits(64):016x}"},
    resources=(
        Resource(
            "vms",
            "UserVmDto",
            "/v2/vms/{vm_id}",
            lifecycle=VM,
            ops={"terminate_users_vm": Move("terminating", when=("new", "launching", "launched", "failed"))},
        ),
        Resource("storages", "UserStorageDto", "/v1/storages/{storage_id}", lifecycle=STORAGE),
    ),
)


def sandbox(**options: object) -> Sandbox:
    """A fluence_cloud sandbox (not started) on the generated package's effective spec."""
    found = util.find_spec("fluence_cloud_client")
    assert found is not None and found.submodule_search_locations, "generate fluence_cloud first"
    spec = json.loads((Path(next(iter(found.submodule_search_locations))) / "_openapi.json").read_text("utf-8"))
    return Sandbox(PROVIDER, spec=Spec(spec), **options)  # type: ignore[arg-type]

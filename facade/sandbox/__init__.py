"""Local emulators of the providers, served by uvicorn on 127.0.0.1 (the ``sandbox`` extra).

```python
from facade.sandbox import serve
with serve("cloudapi", seed=1) as sb:
    sb.base_url, sb.api_key
    sb.faults.add(operation="listUsers", status=503, times=2)
    sb.requests[-1].operation
```
Routes, validation and response shapes come from each provider's effective spec; a provider's
plug-in in ``facade.sandbox.providers`` declares its resources as data (:class:`Resource`,
:class:`Lifecycle`, ...) and adds what is truly special through hooks that receive a :class:`Call`.
"""

from __future__ import annotations

from ._clock import Clock
from ._errors import Conflict, Invalid, Issue, NotFound, Problem, Refused, Statuses
from ._faults import FAULT_KINDS, Fault, Faults
from ._hooks import Call, Item, Reply, Seeding, pick, public
from ._log import RequestRecord
from ._model import (
    NOW,
    Action,
    Count,
    Create,
    Delete,
    Follow,
    Get,
    Hex,
    Ids,
    Lifecycle,
    List,
    Move,
    Natural,
    Prefixed,
    Provider,
    Resource,
    Secret,
    Sequential,
    Update,
    Uuid,
    steps,
)
from ._sandbox import Sandbox, SandboxGroup, available, serve
from ._spec import Spec

__all__ = [
    "FAULT_KINDS",
    "NOW",
    "Action",
    "Call",
    "Clock",
    "Conflict",
    "Count",
    "Create",
    "Delete",
    "Fault",
    "Faults",
    "Follow",
    "Get",
    "Hex",
    "Ids",
    "Invalid",
    "Issue",
    "Item",
    "Lifecycle",
    "List",
    "Move",
    "Natural",
    "NotFound",
    "Prefixed",
    "Problem",
    "Provider",
    "Refused",
    "Reply",
    "RequestRecord",
    "Resource",
    "Sandbox",
    "SandboxGroup",
    "Secret",
    "Seeding",
    "Sequential",
    "Spec",
    "Statuses",
    "Update",
    "Uuid",
    "available",
    "pick",
    "public",
    "serve",
    "steps",
]

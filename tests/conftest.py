"""Every test talks to the facade strict: a 2xx body that bends its spec is a DecodeError.

The sandboxes answer from the same specs the clients are generated from, so our own tests are
where a drift between them must show, never pass silently as a kept value (issue #12). Tests of
the lenient default say ``strict=False`` or clear the variable. An explicit ``FACADE_STRICT`` in
the environment wins (``FACADE_STRICT=0`` to see what the default would do).
"""

from __future__ import annotations

import os

os.environ.setdefault("FACADE_STRICT", "1")

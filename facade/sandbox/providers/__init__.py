"""Provider plug-ins: a module per provider exposing ``PROVIDER`` (see :mod:`facade.sandbox._model`).

Which providers have a sandbox is discovered: every provider ``facade.providers()`` knows (a
generated client is installed) that has a module here. The plug-ins here import the
declarations from the modules that define them; :mod:`facade.sandbox` exports the same names.
"""

from __future__ import annotations

import importlib
import importlib.util

from .._model import Provider


def available() -> list[str]:
    """Providers with a generated client and a plug-in module here."""
    import facade

    return [name for name in facade.providers() if importlib.util.find_spec(f"{__name__}.{name}") is not None]


def get(name: str) -> Provider:
    """The plug-in of one provider; a clear error naming what exists when there is none."""
    names = available()
    if name not in names:
        if importlib.util.find_spec(f"{__name__}.{name}") is not None:
            raise LookupError(f"the {name} sandbox needs its generated client ({name}_client): run nox -s generate")
        raise ValueError(f"no sandbox for {name!r}; sandboxes: {', '.join(names) or 'none'} (or 'all')")
    module = importlib.import_module(f"{__name__}.{name}")
    provider: Provider = module.PROVIDER
    return provider

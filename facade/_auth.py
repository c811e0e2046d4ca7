"""Authentication chosen per operation from the spec's security requirements."""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping

import httpx

from ._errors import ConfigurationError
from ._manifest import Operation, Provider
from ._state import current_operation


class Credentials:
    """Secrets per security scheme. Its repr and str never show them.

    ``explicit`` names the schemes given to connect() (``api_key=``, ``credentials=``) rather
    than read from the environment: when an operation accepts alternatives, those win.
    """

    __slots__ = ("_secrets", "explicit")

    def __init__(self, secrets: Mapping[str, str], explicit: frozenset[str] = frozenset()) -> None:
        self._secrets = dict(secrets)
        self.explicit = explicit

    def get(self, scheme: str) -> str | None:
        return self._secrets.get(scheme)

    def values(self) -> list[str]:
        return list(self._secrets.values())

    def __contains__(self, scheme: object) -> bool:
        return scheme in self._secrets

    def __repr__(self) -> str:
        return f"Credentials(schemes={sorted(self._secrets)})"

    __str__ = __repr__


def resolve_credentials(
    provider: Provider,
    api_key: str | None,
    extra: Mapping[str, str] | None,
    environ: Mapping[str, str] = os.environ,
) -> Credentials:
    """Fill each scheme from ``api_key`` (default scheme), ``credentials`` or its env var.

    ``extra`` keys may be scheme names or env var names. With no credential at all,
    ConfigurationError names the variable to set; a scheme left empty fails, naming its
    variable, when an operation that needs it is called.
    """
    by_env = {str(s.get("env")): name for name, s in provider.security_schemes.items() if s.get("env")}
    secrets: dict[str, str] = {}
    for key, value in (extra or {}).items():
        scheme = key if key in provider.security_schemes else by_env.get(key)
        if scheme is None:
            known = sorted(provider.security_schemes) + sorted(by_env)
            raise ConfigurationError(f"{provider.name}: unknown credential {key!r}; expected one of {', '.join(known)}")
        secrets[scheme] = value
    default = provider.default_scheme
    if api_key is not None and default is not None:
        secrets[default] = api_key
    explicit = frozenset(secrets)
    for name, declared in provider.security_schemes.items():
        env = declared.get("env")
        if name not in secrets and env and environ.get(env):
            secrets[name] = environ[env]
    if default is not None and not secrets:
        # Nothing at all to authenticate with: say at once what to set. With some other scheme's
        # credential (e.g. a JWT to mint a key from) the check waits for the operation that needs it.
        env = provider.security_schemes[default].get("env")
        source = f"set ${env} or pass api_key=" if env else "pass api_key="
        others = [
            f"${provider.security_schemes[name]['env']} for {name}"
            for requirement in provider.default_security[1:]
            for name in requirement
            if provider.security_schemes[name].get("env")
        ]
        alternatives = f" (or {', '.join(others)})" if others else ""
        raise ConfigurationError(f"{provider.name}: no API key for {default}; {source}{alternatives}")
    return Credentials(secrets, explicit)


class SpecAuth(httpx.Auth):
    """Adds the header(s) the operation's security requirement asks for, and nothing else."""

    def __init__(self, provider: Provider, credentials: Credentials, base_path: str) -> None:
        self.provider = provider
        self.credentials = credentials
        self.base_path = base_path.rstrip("/")

    def operation_for(self, request: httpx.Request) -> Operation | None:
        op = current_operation()
        if op is not None:
            return op
        return self.provider.match_url(request.method, request.url.path, self.base_path)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        op = self.operation_for(request)
        if op is not None:
            request.extensions["facade_operation"] = op
        requirements = op.security if op is not None else self.provider.default_security
        if requirements:
            # One requirement, never several: of alternatives, the one the caller configured wins.
            explicit = self.credentials.explicit
            chosen = next((req for req in requirements if all(s in explicit for s in req)), None) or next(
                (req for req in requirements if all(s in self.credentials for s in req)), None
            )
            if chosen is None:
                raise ConfigurationError(self._missing(requirements[0], op))
            for scheme_name in chosen:
                self._apply(request, scheme_name)
        yield request

    def _apply(self, request: httpx.Request, scheme_name: str) -> None:
        scheme = self.provider.security_schemes[scheme_name]
        secret = self.credentials.get(scheme_name) or ""
        if scheme["type"] == "http":
            kind = str(scheme.get("scheme", "bearer")).lower()
            request.headers["Authorization"] = f"{'Bearer' if kind == 'bearer' else kind.title()} {secret}"
        elif scheme.get("in") == "header":
            request.headers[str(scheme["name"])] = secret
        elif scheme.get("in") == "query":
            request.url = request.url.copy_merge_params({str(scheme["name"]): secret})
        else:
            raise ConfigurationError(f"{self.provider.name}: unsupported security scheme {scheme_name}")

    def _missing(self, requirement: tuple[str, ...], op: Operation | None) -> str:
        names = []
        for scheme_name in requirement:
            env = self.provider.security_schemes[scheme_name].get("env")
            names.append(f"{scheme_name} (set ${env} or credentials={{{scheme_name!r}: ...}})")
        what = op.id if op is not None else "this request"
        return f"{self.provider.name}: {what} needs {' and '.join(names)}"

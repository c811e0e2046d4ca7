"""Build, check, version and publish the compute-clients distribution.

Used by the nox sessions ``build``, ``publish`` and ``bump``::

    python scripts/release.py build [--out-dir dist] [--no-generated-check]
    python scripts/release.py check-dist [--dist-dir dist]
    python scripts/release.py publish --repository-url URL [--index-url URL] [--dist-dir dist]
    python scripts/release.py bump patch|minor|major

The version is tied to the specs: facade/_version.py records the sha256 of every
specs/<provider>/ spec, and of our overlay.yaml + generator.yaml for it, at the last bump, and
``build`` refuses while either differs from its recorded hash. ``publish`` takes credentials
from the environment only (TWINE_USERNAME / TWINE_PASSWORD, or UV_PUBLISH_USERNAME /
UV_PUBLISH_PASSWORD / UV_PUBLISH_TOKEN), never prints
them, and refuses a version the index already has before uploading anything.

Standard library only (and ``pipeline.registry``, also standard library), except ``check-dist``
and ``publish``, which run twine.
"""

from __future__ import annotations

import argparse
import ast
import base64
import email.parser
import hashlib
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if str(Path(__file__).resolve().parent) not in sys.path:  # imported by a test rather than run
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import registry, source

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = ROOT / "facade" / "_version.py"
PROJECT = "compute-clients"
DIST_PREFIX = "compute_clients-"
BUMP_PARTS = ("major", "minor", "patch")
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
MANIFEST = "_manifest.json"
# What must never ship in the wheel: caches (openapi-python-client's hooks leave .ruff_cache),
# bytecode, and tests or test configuration.
FORBIDDEN_DIRS = {".ruff_cache", "__pycache__", ".pytest_cache", ".mypy_cache", ".nox", ".venv", "tests", "test"}
FORBIDDEN_FILES = {"conftest.py", ".coverage", ".DS_Store"}
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".swp")
REDIRECTS = {301, 302, 303, 307, 308}
VERSION_TEMPLATE = '''\
"""The distribution's version and the provider specs it was cut from.

Written by ``nox -s bump -- patch|minor|major`` (scripts/release.py): do not edit by hand.
``nox -s build`` refuses while a spec's current hash, or that of our overlay and generator
config for it, differs from the one recorded here, so a changed client can never ship under
an old version number.
"""

from __future__ import annotations

from typing import Final

__version__ = "{version}"

# sha256 of each provider's spec in specs/<provider>/ when __version__ was set.
SPEC_SHA256: Final[dict[str, str]] = {{
{hashes}}}

# sha256 of what we add to each spec (overlay.yaml, generator.yaml) when __version__ was set.
ADDITIONS_SHA256: Final[dict[str, str]] = {{
{additions}}}
'''


class ReleaseError(Exception):
    """A refusal with a message meant for the person running the release."""


# -- version and spec hashes ----------------------------------------------------------------


def providers(root: Path = ROOT) -> list[str]:
    """The providers the wheel ships: every specs/<p>/ holding a spec (the pipeline's registry)."""
    return list(registry.discover(root / "specs"))


def spec_sha256(provider: str, root: Path = ROOT) -> str:
    """The spec's hash as the pipeline records it (one file: its bytes; a multi-file spec: every file)."""
    return source.spec_sha256(root / "specs" / provider)


def manifest_sha256(text: str) -> str | None:
    """The spec hash a generated ``_manifest.json`` records (None when it is not one)."""
    try:
        value = json.loads(text).get("spec_sha256")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def additions_sha256(provider: str, root: Path = ROOT) -> str:
    """sha256 of our additions that shape the generated client: overlay.yaml and generator.yaml (absent: empty)."""
    digest = hashlib.sha256()
    for name in (source.OVERLAY, source.GENERATOR):
        path = root / "specs" / provider / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()


def read_version_source(text: str) -> tuple[str, dict[str, str]]:
    """(__version__, SPEC_SHA256) from the text of facade/_version.py, without importing it."""
    values = _version_values(text)
    version, hashes = values.get("__version__"), values.get("SPEC_SHA256", {})
    if not isinstance(version, str) or not isinstance(hashes, dict):
        raise ReleaseError("facade/_version.py must define __version__ (str) and SPEC_SHA256 (dict)")
    return version, hashes


def read_additions(text: str) -> dict[str, str]:
    """ADDITIONS_SHA256 from the text of facade/_version.py (empty when it records none)."""
    additions = _version_values(text).get("ADDITIONS_SHA256", {})
    if not isinstance(additions, dict):
        raise ReleaseError("facade/_version.py: ADDITIONS_SHA256 must be a dict")
    return additions


def _version_values(text: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for node in ast.parse(text).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and getattr(node, "value", None) is not None:
            values[target.id] = ast.literal_eval(node.value)  # type: ignore[attr-defined]
    return values


def render_version_source(version: str, hashes: dict[str, str], additions: dict[str, str]) -> str:
    def lines(table: dict[str, str]) -> str:
        return "".join(f'    "{p}": "{h}",\n' for p, h in sorted(table.items()))

    return VERSION_TEMPLATE.format(version=version, hashes=lines(hashes), additions=lines(additions))


def bumped(version: str, part: str) -> str:
    match = _SEMVER.match(version)
    if match is None:
        raise ReleaseError(f"cannot bump {version!r}: expected MAJOR.MINOR.PATCH")
    major, minor, patch = (int(g) for g in match.groups())
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def spec_problems(root: Path = ROOT) -> list[str]:
    """Why the tree must not be built now: unbumped spec or overlay changes, manifests from other specs."""
    text = (root / "facade" / "_version.py").read_text(encoding="utf-8")
    (version, recorded), additions = read_version_source(text), read_additions(text)
    problems = []
    shipped = providers(root)
    for provider in shipped:
        current = spec_sha256(provider, root)
        if recorded.get(provider) is None:
            problems.append(f"spec {provider} has no hash recorded for version {version}: run `nox -s bump -- minor`")
        elif recorded[provider] != current:
            problems.append(
                f"spec {provider} changed since version {version} (recorded {recorded[provider][:12]}, "
                f"now {current[:12]}): run `nox -s bump -- minor` (`patch` if only docs changed, "
                f"`major` if it breaks callers)"
            )
        if provider in recorded and additions.get(provider) != additions_sha256(provider, root):
            problems.append(
                f"specs/{provider}/overlay.yaml or generator.yaml changed since version {version}: they shape the "
                f"generated client, so run `nox -s bump -- minor` (`patch` if only descriptions changed, `major` if "
                f"it breaks callers)"
            )
        manifest = root / "generated" / f"{provider}_client" / MANIFEST
        built_from = manifest_sha256(manifest.read_text(encoding="utf-8")) if manifest.exists() else None
        if built_from != current:
            problems.append(
                f"generated/{provider}_client was not generated from the current spec in specs/{provider}/: "
                f"run `nox -s generate`"
            )
    for gone in sorted(set(recorded) - set(shipped)):
        problems.append(
            f"version {version} records spec {gone}, which is no longer shipped: run `nox -s bump -- major`"
        )
    return problems


def bump(part: str, root: Path = ROOT) -> int:
    path = root / "facade" / "_version.py"
    text = path.read_text(encoding="utf-8")
    (old, recorded), recorded_additions = read_version_source(text), read_additions(text)
    new = bumped(old, part)
    hashes = {p: spec_sha256(p, root) for p in providers(root)}
    additions = {p: additions_sha256(p, root) for p in hashes}
    changed = sorted(p for p in hashes if recorded.get(p) != hashes[p])
    ours = sorted(p for p in additions if recorded_additions.get(p) != additions[p])
    path.write_text(render_version_source(new, hashes, additions), encoding="utf-8")
    print(f"{PROJECT} {old} -> {new}; specs changed since {old}: {', '.join(changed) or 'none'}", end="")
    print(f"; overlays or generator configs: {', '.join(ours)}" if ours else "")
    print("recorded in facade/_version.py; build with `nox -s build`")
    return 0


# -- build ----------------------------------------------------------------------------------


def _run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, text=True, check=False, **kwargs)


def build(out_dir: Path, check_generated: bool) -> int:
    started = time.perf_counter()
    version, _ = read_version_source(VERSION_FILE.read_text(encoding="utf-8"))
    problems = spec_problems()
    if problems:
        print(f"refusing to build {PROJECT} {version}:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    if check_generated and _run([sys.executable, str(ROOT / "scripts" / "pipeline"), "check"]).returncode:
        print(f"refusing to build {PROJECT} {version}: generated/ is stale; run `nox -s generate`", file=sys.stderr)
        return 1
    uv = shutil.which("uv")
    with tempfile.TemporaryDirectory(prefix="compute-clients-build-") as tmp:
        # Both tools build the sdist first and the wheel from the unpacked sdist, so a file the
        # sdist forgets breaks the build here instead of on a user's machine.
        if uv:
            cmd = [uv, "build", "--quiet", "--out-dir", tmp, str(ROOT)]
        else:
            cmd = [sys.executable, "-m", "build", "--outdir", tmp, str(ROOT)]
        if _run(cmd).returncode:
            print(f"error: building {PROJECT} {version} failed (see above)", file=sys.stderr)
            return 1
        out_dir.mkdir(parents=True, exist_ok=True)
        for old in out_dir.glob(f"{DIST_PREFIX}*"):
            old.unlink()
        for built in Path(tmp).iterdir():
            if built.name.startswith(DIST_PREFIX):
                shutil.move(str(built), out_dir / built.name)
    seconds = time.perf_counter() - started
    print(f"built {PROJECT} {version} into {out_dir} in {seconds:.1f} s")
    return check_dist(out_dir)


# -- check-dist -----------------------------------------------------------------------------


@dataclass
class Dist:
    wheel: Path
    sdist: Path
    version: str


def find_dist(dist_dir: Path) -> Dist:
    wheels = sorted(dist_dir.glob(f"{DIST_PREFIX}*.whl"))
    sdists = sorted(dist_dir.glob(f"{DIST_PREFIX}*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        found = ", ".join(p.name for p in wheels + sdists) or "nothing"
        raise ReleaseError(
            f"{dist_dir} must hold one wheel and one sdist of {PROJECT} (found {found}): run `nox -s build`"
        )
    wheel_version = wheels[0].name.split("-")[1]
    sdist_version = sdists[0].name[len(DIST_PREFIX) : -len(".tar.gz")]
    if wheel_version != sdist_version:
        raise ReleaseError(f"wheel {wheel_version} and sdist {sdist_version} differ: run `nox -s build`")
    return Dist(wheels[0], sdists[0], wheel_version)


def forbidden(name: str) -> bool:
    parts = name.split("/")
    return (
        any(part in FORBIDDEN_DIRS for part in parts[:-1])
        or parts[-1] in FORBIDDEN_FILES
        or parts[-1].endswith(FORBIDDEN_SUFFIXES)
    )


def _sandbox_requirements(root: Path = ROOT) -> list[str]:
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    extra = config["project"]["optional-dependencies"]["sandbox"]
    return sorted(re.split(r"[\s<>=!~;\[]", req, maxsplit=1)[0].lower() for req in extra)


def wheel_problems(wheel: Path, version: str) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """Problems with the wheel, and per top-level package (file count, uncompressed bytes)."""
    problems: list[str] = []
    sizes: dict[str, tuple[int, int]] = {}
    with zipfile.ZipFile(wheel) as zf:
        names = [i.filename for i in zf.infolist() if not i.is_dir()]
        for info in zf.infolist():
            top = info.filename.split("/")[0]
            count, size = sizes.get(top, (0, 0))
            sizes[top] = (count + 1, size + info.file_size)
        bad = [n for n in names if forbidden(n)]
        if bad:
            problems.append(f"{len(bad)} cache/test file(s) in the wheel, e.g. {', '.join(bad[:5])}")
        packages = ["facade", registry.PACKAGE, *(f"{p}_client" for p in providers())]
        for package in packages:
            for required in ("__init__.py", "py.typed"):
                if f"{package}/{required}" not in names:
                    problems.append(f"the wheel lacks {package}/{required}")
        stray = sorted({n.split("/")[0] for n in names} - set(packages) - {f"compute_clients-{version}.dist-info"})
        if stray:
            problems.append(f"unexpected top-level entries in the wheel: {', '.join(stray)}")
        recorded: dict[str, str] = {}
        if "facade/_version.py" in names:
            wheel_version, recorded = read_version_source(zf.read("facade/_version.py").decode())
            if wheel_version != version:
                problems.append(f"facade/_version.py in the wheel says {wheel_version}, the file name {version}")
        for provider in providers():
            manifest = f"{provider}_client/{MANIFEST}"
            if manifest not in names:
                problems.append(f"the wheel lacks {manifest}")
                continue
            built_from = manifest_sha256(zf.read(manifest).decode())
            if built_from is None or built_from != recorded.get(provider):
                problems.append(f"{manifest} was generated from a spec other than the one version {version} records")
        meta_name = f"compute_clients-{version}.dist-info/METADATA"
        if meta_name not in names:
            problems.append(f"the wheel lacks {meta_name}")
        else:
            problems += metadata_problems(zf.read(meta_name).decode(), version)
    return problems, sizes


def metadata_problems(text: str, version: str) -> list[str]:
    meta = email.parser.Parser().parsestr(text)
    problems = []
    if meta["Name"] != PROJECT or meta["Version"] != version:
        problems.append(f"METADATA names {meta['Name']} {meta['Version']}, expected {PROJECT} {version}")
    if "sandbox" not in (meta.get_all("Provides-Extra") or []):
        problems.append("METADATA does not provide the 'sandbox' extra")
    sandbox_deps = {
        re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0].lower()
        for req in meta.get_all("Requires-Dist") or []
        if re.search(r"extra\s*==\s*['\"]sandbox['\"]", req)
    }
    missing = [dep for dep in _sandbox_requirements() if dep not in sandbox_deps]
    if missing:
        problems.append(f"the 'sandbox' extra lacks {', '.join(missing)}")
    if not meta["Requires-Python"]:
        problems.append("METADATA has no Requires-Python")
    return problems


def sdist_problems(sdist: Path) -> tuple[list[str], int]:
    with tarfile.open(sdist) as tf:
        names = [m.name.split("/", 1)[1] for m in tf.getmembers() if m.isfile() and "/" in m.name]
    problems = []
    caches = [n for n in names if any(part in FORBIDDEN_DIRS - {"tests", "test"} for part in n.split("/"))]
    caches += [n for n in names if n.endswith(FORBIDDEN_SUFFIXES)]
    if caches:
        problems.append(f"{len(caches)} cache file(s) in the sdist, e.g. {', '.join(caches[:5])}")
    for required in ("PKG-INFO", "pyproject.toml", "facade/_version.py"):
        if required not in names:
            problems.append(f"the sdist lacks {required}")
    return problems, len(names)


def _human(size: int) -> str:
    return f"{size / 1024 / 1024:.2f} MiB" if size >= 1024 * 1024 else f"{size / 1024:.1f} KiB"


def check_dist(dist_dir: Path) -> int:
    try:
        dist = find_dist(dist_dir)
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    source_version, _ = read_version_source(VERSION_FILE.read_text(encoding="utf-8"))
    problems = []
    if dist.version != source_version:
        problems.append(f"{dist_dir} holds {dist.version} but facade/_version.py says {source_version}: rebuild")
    wheel_issues, sizes = wheel_problems(dist.wheel, dist.version)
    sdist_issues, sdist_files = sdist_problems(dist.sdist)
    problems += wheel_issues + sdist_issues
    twine = _run(
        [sys.executable, "-m", "twine", "check", "--strict", str(dist.wheel), str(dist.sdist)],
        capture_output=True,
    )
    if twine.returncode:
        problems.append("twine check --strict failed:\n" + (twine.stdout + twine.stderr).strip())
    files = sum(count for count, _ in sizes.values())
    print(f"wheel {dist.wheel.name}: {_human(dist.wheel.stat().st_size)}, {files} files")
    for top, (count, size) in sorted(sizes.items()):
        print(f"  {top:<36} {count:>5} files {_human(size):>11} uncompressed")
    print(f"sdist {dist.sdist.name}: {_human(dist.sdist.stat().st_size)}, {sdist_files} files")
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    print("checks passed: contents, no cache/test files, spec hashes, metadata (twine check --strict)")
    return 0


# -- publish --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str

    def secrets(self) -> list[str]:
        """Every form in which these credentials could leak into output."""
        pair = f"{self.username}:{self.password}"
        forms = {self.password, pair, base64.b64encode(pair.encode()).decode(), urllib.parse.quote(self.password)}
        if self.username != "__token__":
            forms.add(self.username)
        return sorted((f for f in forms if len(f) >= 3), key=len, reverse=True)


def credentials_from_env(env: dict[str, str]) -> Credentials:
    username = env.get("TWINE_USERNAME") or env.get("UV_PUBLISH_USERNAME") or ""
    password = env.get("TWINE_PASSWORD") or env.get("UV_PUBLISH_PASSWORD") or ""
    if not password and env.get("UV_PUBLISH_TOKEN"):
        username, password = username or "__token__", env["UV_PUBLISH_TOKEN"]
    if not username or not password:
        raise ReleaseError(
            "no credentials: set TWINE_USERNAME and TWINE_PASSWORD (or UV_PUBLISH_USERNAME and "
            "UV_PUBLISH_PASSWORD, or UV_PUBLISH_TOKEN) in the environment"
        )
    return Credentials(username, password)


def redact(text: str, creds: Credentials) -> str:
    for secret in creds.secrets():
        text = text.replace(secret, "********")
    return text


def _credentials_refused(url: str) -> ReleaseError:
    return ReleaseError(f"the index refused the credentials for {url} (check TWINE_USERNAME/TWINE_PASSWORD)")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # Redirects are followed by hand so the Authorization header never goes to another host.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def fetch(url: str, creds: Credentials) -> tuple[int, str]:
    """GET ``url`` with basic auth, following same-origin redirects; (status, body); 0 = elsewhere."""
    origin = urllib.parse.urlsplit(url)[:2]
    # An internal index often has an internal CA: honour twine's setting for it here too.
    context = ssl.create_default_context(cafile=os.environ.get("TWINE_CERT") or None)
    opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(context=context))
    token = base64.b64encode(f"{creds.username}:{creds.password}".encode()).decode()
    for _ in range(5):
        # http(s) only: publish() checks the scheme and redirects never leave the origin
        headers = {"Accept": "text/html", "Authorization": f"Basic {token}"}
        request = urllib.request.Request(url, headers=headers)  # noqa: S310
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            if exc.code not in REDIRECTS or not exc.headers.get("Location"):
                return exc.code, ""
            url = urllib.parse.urljoin(url, exc.headers["Location"])
            if urllib.parse.urlsplit(url)[:2] != origin:
                # e.g. pypiserver's fallback to PyPI for projects it does not host
                return 0, ""
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ReleaseError(f"cannot reach the index at {_public(url)}: {reason}") from None
    raise ReleaseError(f"too many redirects from {_public(url)}")


def _public(url: str) -> str:
    """The URL without any user:password part."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def file_version(filename: str) -> str | None:
    """The version in a wheel or sdist file name of this project, else None."""
    if filename.endswith(".whl"):
        parts = filename[: -len(".whl")].split("-")
        name, version = parts[0], parts[1] if len(parts) > 1 else ""
    else:
        stem = re.sub(r"\.(tar\.gz|zip|tar\.bz2)$", "", filename)
        if stem == filename or "-" not in stem:
            return None
        name, version = stem.rsplit("-", 1)
    return version if _normalise(name) == PROJECT else None


def published_files(index_url: str, creds: Credentials) -> list[str]:
    """File names the index's simple page (PEP 503) lists for this project; [] if none."""
    page = index_url.rstrip("/") + f"/{PROJECT}/"
    status, body = fetch(page, creds)
    if status in (0, 404):
        return []
    if status in (401, 403):
        raise _credentials_refused(_public(index_url))
    if status != 200:
        raise ReleaseError(f"cannot read {_public(page)}: HTTP {status}")
    names = []
    for href, text in re.findall(r"<a\s[^>]*href=[\"']([^\"']+)[\"'][^>]*>([^<]*)</a>", body, re.IGNORECASE):
        name = text.strip() or urllib.parse.unquote(urllib.parse.urlsplit(href).path.rsplit("/", 1)[-1])
        names.append(name)
    return names


def _same_version(a: str, b: str) -> bool:
    try:
        from packaging.version import Version
    except ImportError:  # twine brings packaging; plain comparison is right for X.Y.Z anyway
        return a == b
    return Version(a) == Version(b)


def publish(repository_url: str, index_url: str | None, dist_dir: Path) -> int:
    started = time.perf_counter()
    try:
        for option, url in (("--repository-url", repository_url), ("--index-url", index_url)):
            parts = urllib.parse.urlsplit(url or "http://unset")
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ReleaseError(f"{option} must be an http(s) URL, got {_public(url or '')!r}")
            if parts.username or parts.password:
                raise ReleaseError(
                    f"put credentials in TWINE_USERNAME/TWINE_PASSWORD, not in {option} (URLs end up in logs)"
                )
        creds = credentials_from_env(dict(os.environ))
        dist = find_dist(dist_dir)
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if check_dist(dist_dir):
        print(f"refusing to publish: {dist_dir} failed its checks (see above)", file=sys.stderr)
        return 1
    simple = index_url or urllib.parse.urljoin(repository_url.rstrip("/") + "/", "simple/")
    try:
        # Versions on an index are immutable: look before uploading anything, so a second
        # publish of the same version changes nothing instead of failing half-way.
        existing = [n for n in published_files(simple, creds) if _same_version(file_version(n) or "", dist.version)]
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if existing:
        print(
            f"error: {PROJECT} {dist.version} is already on {simple} ({', '.join(sorted(existing))}); "
            f"published versions are immutable, nothing was uploaded. Bump the version "
            f"(`nox -s bump -- patch`), rebuild and publish again.",
            file=sys.stderr,
        )
        return 1
    # twine reads the credentials from the environment, never from its command line (which
    # shows in process listings); other TWINE_* settings such as TWINE_CERT still apply.
    env = {k: v for k, v in os.environ.items() if k not in ("TWINE_REPOSITORY", "TWINE_REPOSITORY_URL")}
    env.update(TWINE_USERNAME=creds.username, TWINE_PASSWORD=creds.password, TWINE_NON_INTERACTIVE="1")
    cmd = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
    cmd += ["--repository-url", repository_url, str(dist.wheel), str(dist.sdist)]
    upload = _run(cmd, capture_output=True, env=env)
    output = redact(upload.stdout + upload.stderr, creds).strip()
    if output:
        print(output)
    if upload.returncode:
        if re.search(r"\b(401|403)\b", output):
            message = str(_credentials_refused(repository_url))
        elif re.search(r"\b409\b|already exists", output, re.IGNORECASE):
            message = (
                f"the index already has {PROJECT} {dist.version} although {simple} did not list it "
                f"(published concurrently, or pass the index's simple URL with --index-url)"
            )
        else:
            message = f"uploading to {repository_url} failed (twine exit {upload.returncode}, see above)"
        print(f"error: {message}", file=sys.stderr)
        return 1
    try:
        listed = set(published_files(simple, creds))
    except ReleaseError as exc:
        print(f"warning: uploaded, but could not confirm: {exc}", file=sys.stderr)
        listed = {dist.wheel.name, dist.sdist.name}
    missing = {dist.wheel.name, dist.sdist.name} - listed
    if missing:
        print(f"error: uploaded, but {simple} does not list {', '.join(sorted(missing))}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(f"published {PROJECT} {dist.version} to {repository_url} in {seconds:.1f} s")
    print(f"install: pip install --index-url {simple} '{PROJECT}=={dist.version}' (README, Publishing)")
    return 0


# -- command line ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    build_p = sub.add_parser("build", help="sdist + wheel into --out-dir, then check-dist")
    build_p.add_argument("--out-dir", type=Path, default=ROOT / "dist")
    build_p.add_argument(
        "--no-generated-check", action="store_true", help="skip regenerating to compare with generated/ (tests)"
    )
    check_p = sub.add_parser("check-dist", help="check the wheel and sdist in --dist-dir")
    check_p.add_argument("--dist-dir", type=Path, default=ROOT / "dist")
    pub = sub.add_parser("publish", help="upload --dist-dir to an index (credentials from the environment)")
    pub.add_argument("--repository-url", required=True, help="the upload URL (twine's --repository-url)")
    pub.add_argument("--index-url", help="the index's simple API (default: <repository-url>/simple/)")
    pub.add_argument("--dist-dir", type=Path, default=ROOT / "dist")
    bump_p = sub.add_parser("bump", help="bump the version and record the current spec hashes")
    bump_p.add_argument("part", choices=BUMP_PARTS)
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            return build(args.out_dir.resolve(), check_generated=not args.no_generated_check)
        if args.command == "check-dist":
            return check_dist(args.dist_dir)
        if args.command == "publish":
            return publish(args.repository_url, args.index_url, args.dist_dir)
        return bump(args.part)
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

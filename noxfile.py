"""Every workflow of compute-clients is a nox session: ``nox -l`` lists them.

``python3 noxfile.py <nox arguments>`` needs nothing but Python 3.11+: it installs the pinned nox
and uv into ``.nox/_bootstrap`` (``pip install --target``, which an externally managed Python
(PEP 668) allows, or a throwaway venv where pip is missing) and runs nox from there. ``nox`` itself
works too where it is installed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BOOTSTRAP = ["nox==2026.10.20", "uv==0.13.9"]


def _bootstrap() -> None:
    """Make the pinned nox importable (installing it once into .nox/_bootstrap), then run it."""
    target = Path(__file__).resolve().parent / ".nox" / "_bootstrap"
    stamp = target / "pinned.txt"
    wanted = "\n".join(BOOTSTRAP)
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != wanted:
        print(f"noxfile.py: installing {' '.join(BOOTSTRAP)} into {target}", file=sys.stderr, flush=True)
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        try:
            subprocess.run([*pip, "--upgrade", "--target", str(target / "lib"), *BOOTSTRAP], check=True)
        except (subprocess.CalledProcessError, OSError):
            # No pip for this Python: a venv brings its own (ensurepip).
            venv = target / "venv"
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
            subprocess.run(
                [str(venv / "bin" / "python"), *pip[1:], "--target", str(target / "lib"), *BOOTSTRAP], check=True
            )
        stamp.write_text(wanted, encoding="utf-8")
    sys.path.insert(0, str(target / "lib"))


if __name__ == "__main__":
    _bootstrap()

import nox  # noqa: E402 - after the bootstrap above

sys.path.insert(0, str(Path(__file__).resolve().parent / "scripts"))
from pipeline import registry  # noqa: E402 - scripts/ is on the path from here

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["demo"]

# Pinned tool versions: generation output depends on them, so they are part of the
# content hash that decides whether a provider must be regenerated.
GENERATOR_TOOLS = [
    "openapi-python-client==0.29.1",
    "ruff==0.17.6",
    "pyyaml==6.0.3",
    "python-jsonpath==2.2.2",
    "openapi-spec-validator==0.8.5",
    "jsonschema==4.26.0",  # the overlay vocabulary's schemas (facade/_vocabulary.py)
]
RUFF = "ruff==0.17.6"
MYPY = "mypy==2.4.1"
SCHEMATHESIS = "schemathesis==4.32.5"
PIPELINE = "scripts/pipeline"


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate changed providers from specs/ (``-- --force``, ``-- fluence``)."""
    session.install(*GENERATOR_TOOLS)
    session.run("python", PIPELINE, "generate", *session.posargs)


@nox.session(tags=["ci"])
def check_generated(session: nox.Session) -> None:
    """Fail with a diff summary when generated/ is stale against specs/."""
    session.install(*GENERATOR_TOOLS)
    session.run("python", PIPELINE, "check", *session.posargs)


@nox.session(tags=["ci"])
def specs(session: nox.Session) -> None:
    """Validate every spec + overlay and print operation counts per provider and tag."""
    session.install(*GENERATOR_TOOLS)
    session.run("python", PIPELINE, "specs")


@nox.session
def sync(session: nox.Session) -> None:
    """Take a provider's published spec in (report, write, regenerate, bump): ``-- PROVIDER [--from FILE|URL]``."""
    session.install(*GENERATOR_TOOLS)
    session.run("python", PIPELINE, "sync", *session.posargs)


@nox.session
def diff(session: nox.Session) -> None:
    """What changed between two spec files, classified for the version bump: ``-- OLD NEW [--json]``."""
    session.install(*GENERATOR_TOOLS)
    session.run("python", PIPELINE, "diff", *session.posargs)


@nox.session(tags=["ci"])
def lint(session: nox.Session) -> None:
    """Ruff check and format check (generated/ excluded)."""
    session.install(RUFF)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(tags=["ci"])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on facade, scripts/ (the pipeline too), tests/ and every generated package."""
    session.install("-e", ".[dev]", MYPY, *GENERATOR_TOOLS)
    # tests/ with pyproject's settings (mypy_path finds generated/); among them tests/typing, which
    # proves with assert_type that call/paginate(<generated module>) are typed.
    session.run("mypy", "tests")
    packages = ["facade", registry.PACKAGE, *(f"{p}_client" for p in registry.discover())]
    session.run("mypy", *(arg for package in packages for arg in ("-p", package)))
    session.run("mypy", "scripts")


@nox.session(tags=["ci"])
def tests(session: nox.Session) -> None:
    """The test suite against local servers on 127.0.0.1, except tests marked slow (``-- -m slow`` for those)."""
    session.install("-e", ".[dev]", *GENERATOR_TOOLS)
    session.run("pytest", "-m", "not slow", *session.posargs)  # a later -m in posargs wins


@nox.session(tags=["ci"])
def tests_slow(session: nox.Session) -> None:
    """The tests marked slow (fresh clones and venvs, a real index, the quick bench): CI runs them."""
    session.install("-e", ".[dev]", *GENERATOR_TOOLS)
    session.run("pytest", "-m", "slow", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Run a realistic workflow per provider through the facade against local sandboxes (``-- --help``)."""
    session.install("-e", ".[sandbox]")
    session.run("python", "-m", "facade.demo", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """SDK cost vs raw httpx and generator, as same-run ratios (``-- --quick``, ``-- --only NAME``)."""
    session.install("-e", ".[sandbox]", *GENERATOR_TOOLS)
    session.run("python", "scripts/bench.py", *session.posargs)


@nox.session(tags=["ci"])
def fuzz(session: nox.Session) -> None:
    """Schemathesis, every check, against every sandbox with its own spec (``-- ionet``, ``-- --help``)."""
    session.install("-e", ".[sandbox]", SCHEMATHESIS)
    session.run("python", "scripts/fuzz.py", *session.posargs)


# -- release: scripts/release.py holds the logic; see README "Publishing" --------------------
RELEASE = "scripts/release.py"
RELEASE_TOOLS = ["twine==7.0.0", "uv==0.13.9"]


@nox.session
def build(session: nox.Session) -> None:
    """Build sdist + wheel into dist/ and check them; refuses on stale generated/ or unbumped specs."""
    session.install(*GENERATOR_TOOLS, *RELEASE_TOOLS)
    session.run("python", RELEASE, "build", *session.posargs)  # it runs the pipeline's check


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/ to an index: ``-- --repository-url URL`` (credentials from TWINE_* env vars)."""
    session.install(*RELEASE_TOOLS)
    session.run("python", RELEASE, "publish", *session.posargs)


@nox.session
def bump(session: nox.Session) -> None:
    """Bump the version and record the current spec hashes: ``-- patch|minor|major``."""
    session.run("python", RELEASE, "bump", *session.posargs)


if __name__ == "__main__":
    sys.exit(nox.main())

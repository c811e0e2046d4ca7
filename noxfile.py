"""Every workflow of compute-clients is a nox session: ``nox -l`` lists them."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["demo"]

# Pinned tool versions: generation output depends on them, so they are part of the
# content hash that decides whether a provider must be regenerated.
GENERATOR_TOOLS = [
    "openapi-python-client==0.29.1",
    "datamodel-code-generator==0.89.0",
    "ruff==0.17.6",
    "pyyaml==6.0.3",
    "python-jsonpath==2.2.2",
    "openapi-spec-validator==0.8.5",
]
RUFF = "ruff==0.17.6"
# openapi-python-client writes a Literal enum's values from a set, sorted without regard to case, so
# values that differ only by case (CAST AI's AWS and aws) come out in hash order: pin the hash seed
# wherever the pipeline writes or compares generated/.
PIPELINE_ENV = {"PYTHONHASHSEED": "0"}
MYPY = "mypy==2.4.1"
PIPELINE = "scripts/pipeline.py"


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate changed providers from specs/ (``-- --force``, ``-- fluence``)."""
    session.install(*GENERATOR_TOOLS)
    session.run("python", PIPELINE, "generate", *session.posargs, env=PIPELINE_ENV)


@nox.session(tags=["ci"])
def check_generated(session: nox.Session) -> None:
    """Fail with a diff summary when generated/ is stale against specs/."""
    session.install(*GENERATOR_TOOLS)
    session.run("python", PIPELINE, "check", *session.posargs, env=PIPELINE_ENV)


@nox.session(tags=["ci"])
def specs(session: nox.Session) -> None:
    """Validate every spec + overlay and print operation counts per provider and tag."""
    session.install(*GENERATOR_TOOLS)
    session.run("python", PIPELINE, "specs")


@nox.session(tags=["ci"])
def lint(session: nox.Session) -> None:
    """Ruff check and format check (generated/ excluded)."""
    session.install(RUFF)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(tags=["ci"])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on facade, the five generated packages and scripts/castai_spec."""
    session.install("-e", ".[dev]", MYPY)
    # tests/typing proves with assert_type that paginate(<generated module>) yields the item type.
    session.run("mypy", "tests/typing/check_types.py")
    session.run("mypy", "scripts/castai_spec")  # the CAST AI spec builder (python scripts/castai_spec)
    session.run(
        "mypy",
        "-p", "facade",
        "-p", "ionet_client", "-p", "castai_client", "-p", "fluence_client",
        "-p", "cloudapi_client", "-p", "stackpoint_client",
    )  # fmt: skip


@nox.session(tags=["ci"])
def tests(session: nox.Session) -> None:
    """The whole test suite against local servers on 127.0.0.1."""
    session.install("-e", ".[dev]", *GENERATOR_TOOLS)
    session.run("pytest", *session.posargs)


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


# -- release: scripts/release.py holds the logic; see README "Publishing" --------------------
RELEASE = "scripts/release.py"
RELEASE_TOOLS = ["twine==7.0.0", "uv==0.13.9"]


@nox.session
def build(session: nox.Session) -> None:
    """Build sdist + wheel into dist/ and check them; refuses on stale generated/ or unbumped specs."""
    session.install(*GENERATOR_TOOLS, *RELEASE_TOOLS)
    session.run("python", RELEASE, "build", *session.posargs, env=PIPELINE_ENV)  # it runs the pipeline's check


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/ to an index: ``-- --repository-url URL`` (credentials from TWINE_* env vars)."""
    session.install(*RELEASE_TOOLS)
    session.run("python", RELEASE, "publish", *session.posargs)


@nox.session
def bump(session: nox.Session) -> None:
    """Bump the version and record the current spec hashes: ``-- patch|minor|major``."""
    session.run("python", RELEASE, "bump", *session.posargs)

"""``compute-clients`` (and ``python -m facade``): every operation of every provider from the shell.

Built on click: commands are made from the manifests on demand (``compute-clients <provider>
<operation>``), so there is no per-operation code, and click brings bash/zsh/fish completion.
Only the manifest and the spec's descriptions are read for help and completion; the generated
package and httpx are imported when an operation runs.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Callable, Sequence
from functools import cached_property, partial
from typing import Any

import click

from . import _cli_output, _cli_params, _cli_run
from ._describe import OperationInfo, describe
from ._manifest import Operation, Provider, load

PROG = "compute-clients"
COMPLETE_VAR = "_COMPUTE_CLIENTS_COMPLETE"
SHELLS = ("bash", "zsh", "fish")
_HELP = ("-h", "--help")
_CONTEXT = {"help_option_names": list(_HELP), "max_content_width": 120}


def _providers() -> list[str]:
    from . import providers

    return providers()


def _fold(name: str) -> str:
    """``ExternalClusterAPI_ListClusters``, ``external-cluster-api-list-clusters`` -> one spelling."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _suggest(word: str, names: Sequence[str], what: str, where: str) -> click.UsageError:
    folded = {_fold(n): n for n in names}
    near = difflib.get_close_matches(_fold(word), list(folded), n=2, cutoff=0.7)
    hint = f" Did you mean {' or '.join(repr(folded[n]) for n in near)}?" if near else ""
    return click.UsageError(f"{where} has no {what} {word!r}.{hint}")


def _help_when_alone() -> None:
    """A group run without a subcommand lists what it holds (exit 0: asking is not a mistake)."""
    ctx = click.get_current_context()
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


def alias(op: Operation) -> str:
    """The kebab-case name of an operation: its generated module's name (``list_users`` -> ``list-users``)."""
    return op.module_name.rsplit(".", 1)[-1].replace("_", "-")


# -- the options every operation takes --------------------------------------------------------


def _common_options(body: bool = True, paging: bool = True) -> list[click.Option]:
    """The options of every operation; ``--body`` only where it takes one, ``--all`` only on lists."""
    body_options = [
        click.Option(
            ["--body", "cli_body"],
            type=_cli_params.JSON,
            metavar="JSON|@FILE",
            help="Request body as JSON, @file.json, or @- for stdin.",
        ),
    ]
    paging_options = [
        click.Option(["--all", "cli_all"], is_flag=True, help="Page through every item (one JSON array with -o json)."),
        click.Option(
            ["--max-items", "cli_max_items"],
            type=click.IntRange(min=1),
            metavar="N",
            help="Stop after N items (implies --all).",
        ),
    ]
    return [*(body_options if body else []), *(paging_options if paging else []), *_shared_options()]


def _shared_options() -> list[click.Option]:
    return [
        click.Option(
            ["--output", "-o", "cli_output"],
            type=click.Choice(_cli_output.FORMATS),
            help="Output format [default: table on a terminal, json otherwise].",
        ),
        click.Option(
            ["--query", "-q", "cli_query"],
            metavar="JSONPATH",
            help="Print only what this JSONPath selects ($.data[*].id); of each item when paging.",
        ),
        click.Option(
            ["--base-url", "cli_base_url"],
            metavar="URL",
            help="Talk to this URL [default: $<PROVIDER>_BASE_URL or the spec's server].",
        ),
        click.Option(
            ["--timeout", "cli_timeout"],
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="Per-request timeout [default: 30].",
        ),
        click.Option(
            ["--max-retries", "cli_max_retries"],
            type=click.IntRange(min=0),
            metavar="N",
            help="Retries on 408/429/5xx and connection errors [default: 2].",
        ),
        click.Option(["--debug", "cli_debug"], is_flag=True, help="Log every request to stderr (secrets redacted)."),
        click.Option(
            ["--sandbox", "cli_sandbox"],
            is_flag=True,
            help="Start this provider's local sandbox and call it (needs the sandbox extra).",
        ),
    ]


_RESERVED = frozenset(
    opt for option in _common_options() for opt in (*option.opts, *option.secondary_opts)
) | frozenset(_HELP)


def _settings(values: dict[str, Any], *, timeout: float | None) -> _cli_run.Settings:
    """The options every command takes, checked (``--query``), with ``--debug`` switched on."""
    query = values["cli_query"]
    try:
        parsed_query = _cli_output.Query(query) if query else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--query'") from None
    settings = _cli_run.Settings(
        output=values["cli_output"] or _cli_output.default_format(sys.stdout),
        query=parsed_query,
        all=values.get("cli_all", False),
        max_items=values.get("cli_max_items"),
        base_url=values["cli_base_url"],
        timeout=timeout,
        max_retries=values["cli_max_retries"],
        debug=values["cli_debug"],
        sandbox=values["cli_sandbox"],
    )
    if settings.debug:
        _cli_run.enable_debug()
    return settings


# -- compute-clients <provider> <operation> ---------------------------------------------------------


class _ParamCommand(click.Command):
    """A command whose options are an operation's parameters (``param_options``) plus ``common`` ones."""

    def __init__(
        self, name: str, param_options: list[_cli_params.ParamOption], common: list[click.Option], text: str
    ) -> None:
        self.param_options, self.common = param_options, common
        params: list[click.Parameter] = [*param_options, *common]
        super().__init__(name, context_settings=_CONTEXT, params=params, callback=self._run, help=text, short_help=text)

    def _run(self, **values: Any) -> int:
        """Run with the parsed option values; the exit code. Each kind of command has its own."""
        raise NotImplementedError

    def _format_params(self, ctx: click.Context, formatter: click.HelpFormatter, title: str) -> None:
        with formatter.section(title):
            rows = [r for r in (opt.get_help_record(ctx) for opt in self.param_options) if r is not None]
            if rows:
                formatter.write_dl(rows)
            else:
                formatter.write_text("(none)")

    def _format_common(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Options"):
            common = [*self.common, self.get_help_option(ctx)]
            formatter.write_dl([r for r in (opt.get_help_record(ctx) for opt in common if opt) if r is not None])


class OperationCommand(_ParamCommand):
    """One operation: its parameters as options, plus the options every operation takes."""

    def __init__(self, provider: Provider, op: Operation, name: str) -> None:
        self.provider = provider
        self.op = op
        self.info: OperationInfo = describe(provider, op)
        # A list returned whole (x-pagination style none) takes --all too: it prints the items.
        common = _common_options(body=self.info.body_media is not None, paging=op.pagination is not None)
        super().__init__(name, _cli_params.param_options(self.info, _RESERVED), common, self.info.summary)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        info = self.info
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write(f"{'':>{formatter.current_indent}}{info.method} {info.path}\n")  # a path is never wrapped
            if info.summary:
                formatter.write_text(info.summary)
            if info.description and info.description != info.summary:
                formatter.write_paragraph()
                formatter.write_text(info.description)
            formatter.write_paragraph()
            name = f"operationId {info.operation_id}, also {alias(self.op)}; tag {info.tag or '-'}"
            formatter.write_text(name)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._format_params(ctx, formatter, "Parameters")
        info = self.info
        if info.body_media is not None:
            need = "required" if info.body_required else "optional"
            with formatter.section(f"Body ({info.body_media}, {need}; pass with --body)"):
                rows = [(f.name, _cli_params.field_help(f)) for f in info.body_fields]
                if rows:
                    formatter.write_dl(rows)
                else:
                    formatter.write_text("(any JSON; see the spec)")
        if self.op.pagination is not None and info.paging is None:
            with formatter.section("Paging"):
                items = self.op.pagination.get("items", "$")
                formatter.write_text(f"none: the list comes whole, items at {items}. --all prints the items.")
        if info.paging is not None:
            with formatter.section("Paging"):
                size = f", page size {info.paging.size_param}" if info.paging.size_param else ""
                most = f" (at most {info.paging.max_page_size})" if info.paging.max_page_size else ""
                formatter.write_text(
                    f"{info.paging.style} style, items at {info.paging.items}{size}{most}. "
                    "--all pages through every item; --max-items N stops early."
                )
        if info.idempotency_header:
            with formatter.section("Retries"):
                formatter.write_text(f"Idempotent with header {info.idempotency_header}: retried safely.")
        self._format_common(ctx, formatter)

    def _run(self, **values: Any) -> int:
        settings = _settings(values, timeout=values["cli_timeout"])
        module = self.op.module()  # the generated code, imported only now that the call is certain
        kwargs = _cli_params.convert_params(self.param_options, values, module)
        body = _cli_params.convert_body(self.info, values.get("cli_body"), module)
        if body is not None:
            kwargs["body"] = body
        return _cli_run.run(self.info, self.op, kwargs, settings)


# -- compute-clients <provider> wait <waiter> ----------------------------------------------------------


def waiter_alias(name: str) -> str:
    """The kebab-case spelling of a waiter name (``deploymentRunning`` -> ``deployment-running``)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", name).lower()


def _wait_options() -> list[click.Option]:
    """What a wait takes besides the polled operation's parameters: pacing, output, connection."""
    seconds = click.FloatRange(min=0, min_open=True)
    pacing = [
        click.Option(
            ["--timeout", "cli_wait_timeout"],
            type=seconds,
            metavar="SECONDS",
            help="Give up after this long [default: the waiter's].",
        ),
        click.Option(
            ["--delay", "cli_delay"],
            type=seconds,
            metavar="SECONDS",
            help="Seconds before the second poll; doubles with jitter up to --max-delay [default: the waiter's].",
        ),
        click.Option(
            ["--max-delay", "cli_max_delay"],
            type=seconds,
            metavar="SECONDS",
            help="Longest pause between polls [default: the waiter's].",
        ),
    ]
    return [*pacing, *(o for o in _shared_options() if o.name != "cli_timeout")]


class WaiterCommand(_ParamCommand):
    """One waiter: the polled operation's parameters as options, plus pacing and the usual options."""

    def __init__(self, provider: Provider, name: str) -> None:
        self.provider = provider
        self.waiter = provider.waiter(name)
        self.op = provider.operations[self.waiter.operation]
        self.info: OperationInfo = describe(provider, self.op)
        common = _wait_options()
        reserved = frozenset(opt for o in common for opt in (*o.opts, *o.secondary_opts)) | frozenset(_HELP)
        options = _cli_params.param_options(self.info, reserved)
        for option in options:
            if option.info.python_name in self.waiter.params:  # the waiter sets it; the caller may still override
                option.required = False
        super().__init__(name, options, common, self.waiter.description)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        w, info = self.waiter, self.info
        formatter.write_paragraph()
        with formatter.indentation():
            if w.description:
                formatter.write_text(w.description)
                formatter.write_paragraph()
            formatter.write_text(f"Polls {info.operation_id}")
            formatter.write(f"{'':>{formatter.current_indent}}{info.method} {info.path}\n")  # a path is never wrapped
            formatter.write_text("until:")
            rows = [("success", " | ".join(w.states("success"))), ("failure", " | ".join(w.states("failure")) or "-")]
            if w.states("retry"):
                rows.append(("retry", " | ".join(w.states("retry"))))
            formatter.write_dl(rows)
            formatter.write_paragraph()
            formatter.write_text(
                f"Every {w.delay:g} s at first, backing off to {w.max_delay:g} s; gives up after {w.timeout:g} s. "
                "Prints the last answer; a failure state or the timeout exits 1."
            )

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._format_params(ctx, formatter, f"Parameters (of {self.op.id})")
        self._format_common(ctx, formatter)

    def _run(self, **values: Any) -> int:
        if values["cli_delay"] and values["cli_max_delay"] and values["cli_max_delay"] < values["cli_delay"]:
            raise click.BadParameter("must not be below --delay", param_hint="'--max-delay'")
        settings = _settings(values, timeout=None)  # --timeout is the wait's; each poll has the client's
        module = self.op.module()
        kwargs = _cli_params.convert_params(self.param_options, values, module)
        pacing = _cli_run.Pacing(values["cli_wait_timeout"], values["cli_delay"], values["cli_max_delay"])
        return _cli_run.wait(self.info, self.waiter.name, kwargs, pacing, settings)


def waiters(provider: Provider) -> dict[str, Callable[[], click.Command]]:
    """The provider's waiters by name, each a factory of its command (from the manifest's waiters)."""
    return {name: partial(WaiterCommand, provider, name) for name in provider.waiters}


class WaitGroup(click.Group):
    """``compute-clients <provider> wait <waiter> --<param> ...``: block until a resource is ready."""

    def __init__(self, provider: Provider) -> None:
        super().__init__(
            "wait",
            context_settings=_CONTEXT,
            invoke_without_command=True,
            callback=self._alone,
            help=f"{provider.name}: wait until a resource reaches a state: wait WAITER --PARAM VALUE ...",
        )
        self.provider = provider
        self._by_name = {**{waiter_alias(n): n for n in provider.waiters}, **{n: n for n in provider.waiters}}

    def _none(self) -> click.UsageError:
        return click.UsageError(f"{self.provider.name} has no waiters: its overlay declares none (x-waiters).")

    def _alone(self) -> None:
        ctx = click.get_current_context()
        if ctx.invoked_subcommand is None:
            if not self.provider.waiters:
                raise self._none()
            click.echo(ctx.get_help())

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.provider.waiters)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        factory = waiters(self.provider).get(self._by_name.get(cmd_name, ""))
        return factory() if factory is not None else None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        known = self.list_commands(ctx)
        if not known:
            raise self._none()
        if args and args[0] not in self._by_name:
            raise _suggest(args[0], known, "waiter", self.provider.name)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Waiters"):
            rows = [(n, f"{w.description} [{w.operation}]") for n, w in sorted(self.provider.waiters.items())]
            formatter.write_dl(rows)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        if incomplete.startswith("-"):
            return super().shell_complete(ctx, incomplete)
        found = [(n, w) for n, w in sorted(self.provider.waiters.items()) if n.startswith(incomplete)]
        return [CompletionItem(n, help=w.description) for n, w in found]


# -- compute-clients <provider> -------------------------------------------------------------------------


class ProviderGroup(click.Group):
    """A provider: its operations (operationIds, or their kebab-case names), grouped by tag."""

    def __init__(self, name: str) -> None:
        super().__init__(name, context_settings=_CONTEXT, invoke_without_command=True, callback=_help_when_alone)
        self.provider_name = name
        self._made: dict[str, click.Command] = {}

    @cached_property
    def provider(self) -> Provider:
        return load(self.provider_name)

    @cached_property
    def _by_name(self) -> dict[str, str]:
        names = {alias(op): op.id for op in self.provider.operations.values()}
        names.update({op_id: op_id for op_id in self.provider.operations})
        return names

    def get_help(self, ctx: click.Context) -> str:
        self.help = (
            f"{self.provider.name}: {len(self.provider.operations)} operations (API {self.provider.api_version})."
        )
        return super().get_help(ctx)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return ["OPERATION [--PARAM VALUE ...] [OPTIONS]"]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.provider.operations)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "wait" and "wait" not in self._by_name:
            return WaitGroup(self.provider)
        op_id = self._by_name.get(cmd_name)
        if op_id is None:
            return None
        if cmd_name not in self._made:  # click asks twice (resolve, then help or invoke): describe once
            self._made[cmd_name] = OperationCommand(self.provider, self.provider.operations[op_id], cmd_name)
        return self._made[cmd_name]

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-"):
            raise _suggest(name, list(self.provider.operations), "operation", self.provider.name)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        by_tag: dict[str, list[Operation]] = {}
        for op in self.provider.operations.values():
            by_tag.setdefault(op.tag or "other", []).append(op)
        for tag in sorted(by_tag):
            with formatter.section(f"{tag}"):
                formatter.write_dl([(op.id, op.summary or "") for op in sorted(by_tag[tag], key=lambda o: o.id)])
        if self.provider.waiters:
            with formatter.section("Waiters"):
                formatter.write_text(f"wait {' | '.join(sorted(self.provider.waiters))}")
        formatter.write_paragraph()
        formatter.write_text(f"'{ctx.command_path} OPERATION --help' shows an operation's parameters.")

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        if incomplete.startswith("-"):
            return super().shell_complete(ctx, incomplete)
        ops = self.provider.operations
        # An empty word offers the operationIds; once typing, kebab-case names that fit are offered too.
        names = list(ops) if not incomplete else [n for n in self._by_name if n.startswith(incomplete)]
        fitting = [n for n in sorted(names) if n.startswith(incomplete)]
        items = [CompletionItem(n, help=ops[self._by_name[n]].summary) for n in fitting]
        if self.provider.waiters and "wait".startswith(incomplete) and "wait" not in self._by_name:
            items.append(CompletionItem("wait", help="Wait until a resource reaches a state."))
        return items


# -- compute-clients ----------------------------------------------------------------------------------


def _completion_command() -> click.Command:
    def completion(shell: str) -> None:
        from click.shell_completion import get_completion_class

        cls = get_completion_class(shell)
        assert cls is not None  # click ships all three
        ctx = click.get_current_context()
        click.echo(cls(ctx.find_root().command, {}, PROG, COMPLETE_VAR).source())

    return click.Command(
        "completion",
        callback=completion,
        params=[click.Argument(["shell"], type=click.Choice(SHELLS))],
        context_settings=_CONTEXT,
        help=f'Print the shell completion script: eval "$({PROG} completion bash)" in ~/.bashrc; '
        f"zsh alike; '{PROG} completion fish | source' for fish.",
        short_help="Print a bash, zsh or fish completion script.",
    )


class Root(click.Group):
    """The providers, each with its operation count."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return _providers()

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "completion":
            return _completion_command()
        return ProviderGroup(cmd_name) if cmd_name in _providers() else None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-"):
            raise _suggest(name, _providers(), "provider", PROG)
        return super().resolve_command(ctx, args)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return ["PROVIDER [OPERATION [--PARAM VALUE ...] [OPTIONS]]"]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Providers"):
            formatter.write_dl([(name, f"{len(load(name).operations)} operations") for name in _providers()])
        with formatter.section("Commands"):
            formatter.write_dl([("completion", "Print a bash, zsh or fish completion script.")])
        formatter.write_paragraph()
        formatter.write_text(
            f"'{PROG} PROVIDER' lists its operations by tag; '{PROG} PROVIDER OPERATION --help' shows one. "
            "Keys come from the same environment variables as facade.connect()."
        )

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        if incomplete.startswith("-"):
            return super().shell_complete(ctx, incomplete)
        names = [*_providers(), "completion"]
        return [CompletionItem(n) for n in names if n.startswith(incomplete)]


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value:
        return
    from ._version import __version__
    from ._versions import versions

    click.echo(f"{PROG} {__version__}")
    for name, version in versions().items():
        click.echo(f"  {name} API {version.api_version} (spec sha256 {version.spec_sha256[:12]})")
    ctx.exit()


cli = Root(
    PROG,
    context_settings=_CONTEXT,
    invoke_without_command=True,
    callback=_help_when_alone,
    help="Every operation of every provider, from the generated clients' manifests.",
    params=[
        click.Option(
            ["--version"],
            is_flag=True,
            expose_value=False,
            is_eager=True,
            callback=_show_version,
            help="Show the version and the API version of each provider, and exit.",
        ),
    ],
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 API error, 2 usage, 130 interrupted)."""
    try:
        code = cli.main(args=argv, complete_var=COMPLETE_VAR, standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("compute-clients: interrupted", err=True)
        return _cli_run.INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - a bug of ours: one line, the traceback only with --debug
        if _cli_run.debugging():
            import traceback

            traceback.print_exc()
        click.echo(f"compute-clients: internal error: {type(exc).__name__}: {exc} (--debug shows where)", err=True)
        return _cli_run.API_ERROR
    return code if isinstance(code, int) else _cli_run.OK

"""``python -m facade.sandbox [PROVIDER|all] [--port N] [--seed N] [--scale X] [--clock-speed X]``:
serve until Ctrl-C.

Prints, per sandbox, the ``export`` lines that point ``facade.connect()`` (and the demo) at it:
``eval "$(python -m facade.sandbox cloudapi --port 8001 &)"`` style use, or copy them into a shell.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading

from .. import _manifest
from ._sandbox import Sandbox, SandboxGroup, available, serve


def main(argv: list[str] | None = None) -> int:
    """Start the sandboxes, print each one's environment, wait for Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m facade.sandbox", description=__doc__)
    parser.add_argument("provider", nargs="?", default="all", choices=[*available(), "all"])
    parser.add_argument("--port", type=int, default=0, help="port (with 'all': the first of consecutive ports)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies the seeded collection sizes")
    parser.add_argument("--clock-speed", type=float, default=1.0, help="sandbox seconds per real second (0: frozen)")
    args = parser.parse_args(argv)
    try:
        running = serve(args.provider, seed=args.seed, scale=args.scale, port=args.port, clock_speed=args.clock_speed)
    except OSError as exc:
        count = len(available()) if args.provider == "all" else 1
        where = (
            "a free port"
            if not args.port
            else f"port {args.port}"
            if count == 1
            else (f"ports {args.port}-{args.port + count - 1}")
        )
        print(f"python -m facade.sandbox: cannot listen on 127.0.0.1 ({where}): {exc.strerror or exc}", file=sys.stderr)
        return 1
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with running:
        group = running.sandboxes.values() if isinstance(running, SandboxGroup) else [running]
        for sb in group:
            print(f"# {sb.provider} sandbox")
            for name, value in environment(sb).items():
                print(f"export {name}={shlex.quote(value)}")
        print("# Ctrl-C to stop.", flush=True)
        stop.wait()
    return 0


def environment(sb: Sandbox) -> dict[str, str]:
    """The variables ``facade.connect(sb.provider)`` reads: base URL and one per credential."""
    env = {f"{sb.provider.upper()}_BASE_URL": sb.base_url}
    schemes = _manifest.load(sb.provider).security_schemes
    for scheme, value in sb.credentials.items():
        variable = schemes.get(scheme, {}).get("env")
        if variable:
            env[str(variable)] = value
    return env


if __name__ == "__main__":
    raise SystemExit(main())

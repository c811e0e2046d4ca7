"""compute-clients' spec-to-client pipeline: ``specs/<provider>/`` in, ``generated/`` out.

Run as ``python scripts/pipeline generate|check|specs`` (the nox sessions ``generate``,
``check_generated`` and ``specs`` do). One provider goes through these stages, one module each::

    load (+ bundle seam) -> overlay -> validate -> generate -> manifest -> mark

``spec.effective_spec`` runs the first three (normalising published specs slots in after load);
``build`` runs the rest in a temporary directory per provider, and ``workspace`` swaps the results
into ``generated/`` only when every provider succeeded. ``stamp`` decides what is unchanged,
``registry`` lists the providers for the facade, ``errors`` places every complaint at a file, line
and JSON pointer.

The package imports nothing at import time: ``scripts/release.py`` and ``scripts/bench.py`` use
``pipeline.registry`` without the generator's dependencies.
"""

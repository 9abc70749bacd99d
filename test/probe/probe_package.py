"""The probe's package for the unit tests, loaded as the bootstrap loads it
(each module registered as leak_gate_probe.NAME before it runs) by the
bootstrap's own load_package, without its cache and without running the probe."""

import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PROBE_DIR = os.path.join(ROOT, "src", "probe", "leak_gate_probe")
BOOTSTRAP_PATH = os.path.join(PROBE_DIR, "bootstrap.py")


def load_bootstrap():
    """The bootstrap's functions, its run-as-main part left out."""
    namespace = {"__name__": "leak_gate_bootstrap"}
    with open(BOOTSTRAP_PATH, "rb") as f:
        exec(compile(f.read(), BOOTSTRAP_PATH, "exec"), namespace)
    return namespace


bootstrap = load_bootstrap()
probe = sys.modules.get("leak_gate_probe") or bootstrap["load_package"](PROBE_DIR, None)

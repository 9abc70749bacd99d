"""Helper modules imported by corpus workloads (``from helpers import ...``)."""

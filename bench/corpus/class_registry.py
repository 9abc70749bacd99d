# leak-gate-bench: kind=leak category=class-registry retainer=Connection._registry
"""Connection class that records every instance in a class-level registry "for
debugging" and never unregisters it, so each short-lived connection stays
reachable from Connection._registry.  The bulk of what is retained is the 1 KiB
receive buffer allocated in __init__ (marked), just above the registration."""


class Connection:
    _registry = []
    _next_id = 0

    def __init__(self, host, port):
        Connection._next_id += 1
        self.conn_id = Connection._next_id
        self.host = host
        self.port = port
        self.recv_buffer = bytearray(1024)  # leak-gate: leak
        Connection._registry.append(self)

    def handle(self, payload):
        size = len(payload)
        self.recv_buffer[:size] = payload
        return bytes(self.recv_buffer[:4]) == b"PING"


_HOSTS = ("db-1", "db-2", "cache-1")
_n = 0


def workload():
    global _n
    _n += 1
    conn = Connection(_HOSTS[_n % 3], 5432)
    return conn.handle(b"PING %d" % _n)

# leak-gate-bench: kind=clean category=object-pool
"""Round-robin buffer pool that lazily creates 4 KiB buffers up to a cap of 32
(like a connection pool opening connections on demand) and then only reuses
them.  A naive diff from call 20 to call 200 shows +12 buffers (~50 KB) at the
buffer-creation line even though the pool is full and stable from call 32."""

_POOL_SIZE = 32
_BUFFER_SIZE = 4096
_pool = []
_calls = 0


def _acquire(slot):
    if len(_pool) < _POOL_SIZE:
        _pool.append(bytearray(_BUFFER_SIZE))
        return _pool[-1]
    return _pool[slot % _POOL_SIZE]


def workload():
    global _calls
    _calls += 1
    buf = _acquire(_calls)
    message = b"frame-%08d:" % _calls
    buf[:len(message)] = message
    buf[len(message):len(message) + 64] = bytes(64)
    return buf[0]

# leak-gate's bootstrap: passed to `python -c` (so sys.path[0] stays the working
# directory, as for the user's own scripts), it checks the version, loads the
# probe and runs it. Argument 1 is the probe's path, 2 a private cache
# directory, the rest the probe's. Parses on any Python, even 2.7, so that an
# old interpreter is named rather than failing with a SyntaxError.
import sys

if sys.version_info < (3, 9):
    sys.stderr.write("@@leak-gate:too-old %d.%d.%d\n" % tuple(sys.version_info[:3]))
    sys.exit(4)
# Tells leak-gate that a Python started the bootstrap: a program that is not
# one (--python /bin/ls) ends without this line and without a result.
sys.stderr.write("@@leak-gate:started\n")
sys.stderr.flush()

import marshal
import os


def fnv1a(data):
    """A 64-bit FNV-1a hash: a stable name for the cache file without zlib's or
    hashlib's import, which cost more than hashing these hundred bytes."""
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def load(path, cache_dir):
    """The probe's code object, from a private cache when possible: compiling it
    costs more than a short workload run, and PYTHONDONTWRITEBYTECODE (often set
    in CI) stops the usual .pyc cache."""
    st = os.stat(path)
    # Keyed by the file itself (path, size, modification time): the code object
    # carries its file name, and the probe recognises its own frames by it.
    key = fnv1a(("%s|%d|%d|%s" % (path, st.st_size, st.st_mtime_ns, sys.version)).encode("utf-8", "surrogateescape"))
    cache = os.path.join(cache_dir, "leak-gate-probe-%s-%016x.bin" % (sys.implementation.cache_tag, key))
    try:
        # Only a regular file of this user's that nobody else can write: the
        # temp directory is shared, and a planted file would be run.
        cs = os.lstat(cache)
        mine = not hasattr(os, "getuid") or cs.st_uid == os.getuid()
        if mine and not cs.st_mode & 0o022 and os.path.isfile(cache) and not os.path.islink(cache):
            with open(cache, "rb") as f:
                return marshal.loads(f.read())  # marshal.load(f) reads in small pieces: slower
    except (OSError, ValueError, EOFError, TypeError):
        pass
    with open(path, "rb") as f:
        code = compile(f.read(), path, "exec", dont_inherit=True)
    tmp = "%s.%d" % (cache, os.getpid())
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            marshal.dump(code, f)
        os.replace(tmp, cache)
    except OSError:
        pass
    return code


probe_path, cache_dir = sys.argv[1:3]
sys.argv = sys.argv[2:]
# Not run as __main__, and driven from this small module: tracemalloc looks up
# the line of every frame on the stack at every allocation, and the probe's
# module code object is large.
probe = type(sys)("leak_gate_probe")
probe.__file__ = probe_path
exec(load(probe_path, cache_dir), probe.__dict__)
probe.drive(probe.main(sys.argv))

# leak-gate's bootstrap: run by a short `python -c` launcher (src/probe/run.ts)
# in -c's namespace (so sys.path[0] stays the working directory, as for the
# user's own scripts), it checks the version, loads the probe's modules and runs
# it. Argument 1 is the probe's package directory (this file's), 2 a private
# cache directory, the rest the probe's. Parses on any Python, even 2.7, so that
# an old interpreter is named rather than failing with a SyntaxError.
import sys

if __name__ == "__main__" and sys.version_info < (3, 9):
    sys.stderr.write("@@leak-gate:too-old %d.%d.%d\n" % tuple(sys.version_info[:3]))
    sys.exit(4)

import marshal
import os

PACKAGE = "leak_gate_probe"
# The package's modules in the order they are run: each imports only modules
# before it. A new module is added here.
MODULES = ("channel", "sources", "samplers", "window", "workload", "attribution", "referrers", "kept", "retainers", "phases", "main")


def fnv1a(data, h=0xCBF29CE484222325):
    """A 64-bit FNV-1a hash: a stable name for a cache file without zlib's or
    hashlib's import, which cost more than hashing these hundred bytes. `h`: the
    hash of what came before, so that a common prefix is hashed once."""
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def load(directory, name, cache_dir, prefix_hash):
    """A module's code object, from a private cache when possible: compiling the
    probe costs more than a short workload run, and PYTHONDONTWRITEBYTECODE
    (often set in CI) stops the usual .pyc cache. No cache_dir: compiled.
    `prefix_hash`: the hash of the Python build and the directory."""
    path = os.path.join(directory, name + ".py")
    if cache_dir is None:
        with open(path, "rb") as f:
            return compile(f.read(), path, "exec", dont_inherit=True)
    st = os.stat(path)
    # Keyed by the Python build and the file itself (path, size, modification
    # time): the code object carries its file name, and the probe recognises its
    # own frames by it.
    key = fnv1a(("%s|%d|%d" % (name, st.st_size, st.st_mtime_ns)).encode("utf-8"), prefix_hash)
    cache = os.path.join(cache_dir, "leak-gate-probe-%s-%s-%016x.bin" % (sys.implementation.cache_tag, name, key))
    try:
        # Only a regular file of this user's that nobody else can write: the
        # temp directory is shared, and a planted file would be run. Checked on
        # the open file itself, which is not a symbolic link followed.
        fd = os.open(cache, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            cs = os.fstat(fd)
            mine = not hasattr(os, "getuid") or cs.st_uid == os.getuid()
            if mine and not cs.st_mode & 0o022 and cs.st_mode & 0o170000 == 0o100000:
                return marshal.loads(os.read(fd, cs.st_size))  # one read: marshal.load(f) reads in small pieces
        finally:
            os.close(fd)
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


def load_package(directory, cache_dir):
    """Runs the probe's modules as leak_gate_probe.NAME, each registered in
    sys.modules before it runs: their imports of each other find them there at
    no cost, and the user's project cannot shadow them with modules of the same
    names. The package has no path: nothing else is imported as part of it.
    Returns the package."""
    directory = os.path.abspath(directory)
    prefix_hash = fnv1a(("%s|%s|" % (sys.version, directory)).encode("utf-8", "surrogateescape"))
    ModuleType = type(sys)
    package = ModuleType(PACKAGE)
    package.__path__ = []
    sys.modules[PACKAGE] = package
    for name in MODULES:
        module = ModuleType("%s.%s" % (PACKAGE, name))
        module.__file__ = os.path.join(directory, name + ".py")
        module.__package__ = PACKAGE
        sys.modules[module.__name__] = module
        setattr(package, name, module)
        exec(load(directory, name, cache_dir, prefix_hash), module.__dict__)
    return package


if __name__ == "__main__":
    # Tells leak-gate that a Python started the bootstrap: a program that is not
    # one (--python /bin/ls) ends without this line and without a result.
    sys.stderr.write("@@leak-gate:started\n")
    sys.stderr.flush()
    probe_dir, cache_dir = sys.argv[1:3]
    sys.argv = sys.argv[2:]
    # Not run as __main__, and driven from this small module: tracemalloc looks
    # up the line of every frame on the stack at every allocation, and the
    # probe's modules are large.
    main = load_package(probe_dir, cache_dir).main
    main.drive(main.main(sys.argv))

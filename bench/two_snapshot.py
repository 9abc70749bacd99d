"""The textbook leak check, for comparison in the benchmark and the demo.

One snapshot before the iterations, gc.collect(), one after, compare_to('lineno'),
and the top line of the workload's own files. It raises an alarm when that line
grew by at least THRESHOLD bytes per iteration: the same threshold leak-gate uses.

Usage: python two_snapshot.py SCRIPT ITERATIONS THRESHOLD
Prints one JSON line: {"alarm": bool, "file": ..., "line": ..., "growthPerIteration": ...}
"""

import gc
import json
import os
import sys
import tracemalloc
import types

from calls import caller


def main():
    script, iterations, threshold = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    path = os.path.abspath(script)
    root = os.getcwd()
    sys.path.insert(0, os.path.dirname(path))
    tracemalloc.start()
    module = types.ModuleType(os.path.splitext(os.path.basename(path))[0])
    module.__file__ = path
    sys.modules[module.__name__] = module
    exec(compile(open(path, "rb").read(), path, "exec"), module.__dict__)
    gc.collect()
    call = caller(module.workload)
    before = tracemalloc.take_snapshot()
    for _ in range(iterations):
        call()
    gc.collect()
    after = tracemalloc.take_snapshot()
    top = None
    for stat in after.compare_to(before, "lineno"):
        frame = stat.traceback[0]
        if frame.filename.startswith(root + os.sep) and os.path.abspath(frame.filename) != os.path.abspath(__file__):
            top = stat
            break
    if top is None:
        print(json.dumps({"alarm": False}))
        return
    growth = top.size_diff / iterations
    frame = top.traceback[0]
    print(json.dumps({
        "alarm": growth >= threshold,
        "file": os.path.relpath(frame.filename, root).replace(os.sep, "/"),
        "line": frame.lineno,
        "growthPerIteration": growth,
    }))


main()

"""Runs a workload's iterations with nothing measuring: the benchmark's cost baseline.

Usage: python [-X tracemalloc=1] untraced.py SCRIPT ITERATIONS
"""

import os
import sys
import types

from calls import caller

script, iterations = sys.argv[1], int(sys.argv[2])
path = os.path.abspath(script)
sys.path.insert(0, os.path.dirname(path))
module = types.ModuleType(os.path.splitext(os.path.basename(path))[0])
module.__file__ = path
sys.modules[module.__name__] = module
exec(compile(open(path, "rb").read(), path, "exec"), module.__dict__)
call = caller(module.workload)
for _ in range(iterations):
    call()
os._exit(0)

# leak-gate-bench: kind=clean category=regex-pattern-cache
"""Router that matches paths with re.match(pattern_string, path) for a fixed set
of 40 route patterns, first seen one per call over calls 1-40; re's internal
compile cache fills with the compiled patterns and then only gets hits.  A naive
diff spanning the first 40 calls blames the re.match line for the compiled patterns."""

import re

_ROUTES = [r"^/api/v%d/(?P<resource>[a-z]+)/(?P<id>\d+)/r%02d$" % (1 + i % 3, i) for i in range(40)]
_calls = 0


def workload():
    global _calls
    _calls += 1
    i = (_calls * 17) % len(_ROUTES)
    path = "/api/v%d/orders/%d/r%02d" % (1 + i % 3, _calls, i)
    match = re.match(_ROUTES[i], path)
    return match.group("resource") if match else None

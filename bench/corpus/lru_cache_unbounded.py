# leak-gate-bench: kind=leak category=lru-cache-unbounded retainer=lru_cache_unbounded.is_bot
"""User-agent classifier memoised with functools.lru_cache(maxsize=None); each UA
string embeds a session id, so every call is a new key and the cache never stops
growing.  The cache entry is inserted by functools' C wrapper (charged to the
calling line, which also builds the key string), so the call line is marked."""

import functools

_BOT_WORDS = ("bot", "crawler", "spider", "slurp")
_n = 0


@functools.lru_cache(maxsize=None)
def is_bot(user_agent):
    ua = user_agent.lower()
    return any(word in ua for word in _BOT_WORDS)


def workload():
    global _n
    _n += 1
    flagged = is_bot("Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0 sid/%06d" % (100 + _n % 30, 100 + _n % 30, _n))  # leak-gate: leak
    return flagged

# leak-gate-bench: kind=clean category=lru-cache
"""Language negotiation memoised with functools.lru_cache(maxsize=128) around
werkzeug's Accept-Language parser; requests carry 300 distinct headers, so the
cache fills during warm-up and then evicts one entry per miss at constant size."""

import functools

from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header

SUPPORTED = ["en", "en-US", "de", "fr", "it", "es", "nl"]
_LANGS = ["de-CH", "fr-BE", "it", "es-MX", "nl", "pt-BR", "sv", "en-GB", "pl", "cs"]
_HEADERS = ["%s,%s;q=0.%d,en;q=0.%d" % (_LANGS[i % 10], _LANGS[(i // 10) % 10], 9 - i % 3, 5 - (i // 100)) for i in range(300)]
_n = 0


@functools.lru_cache(maxsize=128)
def negotiate(accept_language):
    return parse_accept_header(accept_language, LanguageAccept).best_match(SUPPORTED, default="en")


def workload():
    global _n
    _n += 1
    return negotiate(_HEADERS[(_n * 7) % 300])

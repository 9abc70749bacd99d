# leak-gate-bench: kind=clean category=bounded-lru-fill
"""Product-card renderer memoised with functools.lru_cache(maxsize=64); ids cycle
through 97 products, so the cache fills over the first 64 calls and then evicts
one entry per call at constant size.  A naive diff spanning the fill (after
warm-up at call 20 vs call 200) shows +44 cached cards (~12 KB) at the render line."""

import functools

_BLURB = "lorem ipsum dolor " * 10
_calls = 0


@functools.lru_cache(maxsize=64)
def render_card(product_id):
    return "<div class='card' data-id='%d'><h3>Product %d</h3><p>%s</p></div>" % (product_id, product_id, _BLURB)


def workload():
    global _calls
    _calls += 1
    product_id = 1000 + (_calls * 7) % 97
    html = render_card(product_id)
    return len(html)

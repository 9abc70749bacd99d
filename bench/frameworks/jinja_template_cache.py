# leak-gate-bench: kind=clean category=template-cache
"""Notification e-mails rendered by a Jinja2 Environment with autoescaping and a
template cache (twelve templates from a DictLoader, three rendered per job): each
template is compiled on first use, then every render is a cache hit."""

from jinja2 import DictLoader, Environment, select_autoescape

_KINDS = ["order", "invoice", "shipping", "refund", "review", "password", "welcome", "digest", "alert", "survey", "coupon", "renewal"]
_TEMPLATES = {
    "%s.html" % kind: "<h2>{{ user.name }}, your %s</h2>{%% for line in lines %%}<p>{{ loop.index }}. {{ line.text }}"
    " - {{ line.amount|round(2) }}</p>{%% endfor %%}<footer>{{ footer|e }}</footer>" % kind
    for kind in _KINDS
}
_TEMPLATES["subject.txt"] = "[{{ shop }}] {{ kind|capitalize }} #{{ number }}"

env = Environment(loader=DictLoader(_TEMPLATES), autoescape=select_autoescape(["html"]), cache_size=50)
_n = 0


def workload():
    global _n
    _n += 1
    user = {"name": "Customer %d" % (_n % 40)}
    lines = [{"text": "item %d" % i, "amount": i * 1.25} for i in range(4)]
    kind = _KINDS[_n % len(_KINDS)]
    subject = env.get_template("subject.txt").render(shop="Shop", kind=kind, number=_n)
    body = env.get_template(kind + ".html").render(user=user, lines=lines, footer="<unsubscribe>")
    digest = env.get_template("digest.html").render(user=user, lines=lines[:2], footer="")
    return len(subject) + len(body) + len(digest)

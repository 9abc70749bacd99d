# leak-gate-bench: kind=leak category=template-compile-cache retainer=_compiled
"""E-mail subjects whose Jinja2 source has the user's name pasted in, compiled
with Environment.from_string and memoised in a dict keyed by that source: every
new user adds a compiled template (its module and code objects) that stays."""

from jinja2 import Environment

_env = Environment(autoescape=False)
_compiled = {}
_n = 0


def subject_for(user):
    source = "Hello " + user["name"] + ", you have {{ count }} new {{ 'message' if count == 1 else 'messages' }}"
    template = _compiled.get(source)
    if template is None:
        template = _compiled[source] = _env.from_string(source)  # leak-gate: leak
    return template.render(count=user["unread"])


def workload():
    global _n
    _n += 1
    return subject_for({"name": "user%d" % _n, "unread": _n % 4})

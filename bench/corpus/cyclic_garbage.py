# leak-gate-bench: kind=clean category=cyclic-garbage
"""DOM-like tree built per call with parent<->child back-references and a
self-referencing listener map, then dropped: refcounting cannot free it, only
the cyclic GC does.  A naive diff without gc.collect() before each snapshot sees
whatever the young generation still holds as growth at the node lines."""


class Node:
    def __init__(self, tag, parent=None):
        self.tag = tag
        self.parent = parent
        self.children = []
        self.listeners = {"self": self}
        if parent is not None:
            parent.children.append(self)


_calls = 0


def workload():
    global _calls
    _calls += 1
    root = Node("html")
    body = Node("body", root)
    for i in range(12):
        row = Node("tr", body)
        for j in range(3):
            Node("td", row).listeners["click"] = (i, j)
    return len(body.children)

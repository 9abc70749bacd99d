"""Which line an allocation is charged to, and each line's series over the
traced snapshots."""

from leak_gate_probe.channel import MAX_HELD_TRACES
from leak_gate_probe.sources import CALL_SITES, PROBE_FILES, RUNNER_FILES

IMPORT_NOISE = ("<frozen importlib._bootstrap>", "<frozen importlib._bootstrap_external>")
# Sites exported, at most: every line a many-line leak grows must be there for
# its totals to be right (1,000 generated leaking lines were cut to 300).
MAX_SITES = 3000


class SiteTable:
    """Per-site series over the traced snapshots.

    It works on _tracemalloc's raw traces, what tracemalloc.Snapshot wraps:
    (domain, size, frames, total frames) with frames as (filename, lineno)
    innermost first. No Trace, Traceback and Frame objects per allocation, and
    no import of tracemalloc.py (and pickle) unless snapshots are dumped."""

    def __init__(self, index, n_snapshots, max_held=MAX_HELD_TRACES, attribution=None):
        """`attribution`: an earlier table of the same run, whose answers to which
        site a traceback is charged to this one reuses."""
        self.index = index
        self.n = n_snapshots
        self.max_held = max_held
        self.sites = {}  # (file, line, in_project) -> {"size", "count", "top"}
        # frames -> site key, or None for the probe's own and import noise
        self._attribution = attribution._attribution if attribution is not None else {}
        self._held = []  # (position, traces) not grouped yet
        self._held_count = 0

    def hold(self, position, traces):
        """Keeps a snapshot's traces to group once tracing has stopped, unless
        that would hold too many: then groups them now."""
        if self._held_count + len(traces) > self.max_held:
            self.add(position, traces)
        else:
            self._held.append((position, traces))
            self._held_count += len(traces)

    def add_held(self):
        """Groups the held traces; call it after tracing stopped."""
        held, self._held = self._held, []
        self._held_count = 0
        for position, traces in held:
            self.add(position, traces)

    def _attribute(self, frames):
        """The site an allocation's frames (innermost first) are charged to: the
        innermost frame in the user's project, else the innermost frame; None
        for the probe's own allocations and for import machinery."""
        key = self._attribution.get(frames, False)
        if key is not False:
            return key
        key = None
        if not any(f[0] in IMPORT_NOISE for f in frames):
            innermost = None
            for frame in frames:  # innermost first
                filename = frame[0]
                if filename in PROBE_FILES:
                    if frame not in CALL_SITES:
                        self._attribution[frames] = None  # the probe's own work
                        return None
                    break
                if innermost is None:
                    innermost = frame
                if self.index.in_project(filename):
                    key = (filename, frame[1], True)
                    break
            if key is None and innermost is not None:
                key = (innermost[0], innermost[1], False)
        self._attribution[frames] = key
        return key

    def add(self, position, traces):
        """Groups one snapshot's raw traces by site. The count is of the
        interpreter's blocks (domain 0), which sys.getallocatedblocks() counts
        too and the analysis sets against it; memory a C extension tracks in
        a domain of its own (numpy's array data) counts in the size only."""
        groups = {}
        get = groups.get
        for trace in traces:  # raw traces: (domain, size, frames, ...)
            frames = trace[2]
            group = get(frames)
            if group is None:
                groups[frames] = [trace[1], 0 if trace[0] else 1]
            else:
                group[0] += trace[1]
                if not trace[0]:
                    group[1] += 1
        totals = {}
        for frames, (size, count) in groups.items():
            key = self._attribute(frames)
            if key is None:
                continue
            total = totals.get(key)
            if total is None:
                totals[key] = [size, count, frames, size]
            else:
                total[0] += size
                total[1] += count
                if size > total[3]:
                    total[2], total[3] = frames, size
        for key, (size, count, top, _) in totals.items():
            site = self.sites.get(key)
            if site is None:
                site = {"size": [0] * self.n, "count": [0] * self.n, "top": top}
                self.sites[key] = site
            site["size"][position] = size
            site["count"][position] = count
            site["top"] = top

    def export(self):
        """Sites whose size changed, the largest change first, at most MAX_SITES;
        equal changes in file and line order, so the same code exports the same
        sites (not in the order of the traces, which follows memory addresses)."""
        rows = []
        for (filename, line, in_project), site in self.sites.items():
            size = site["size"]
            if max(size) == min(size):
                continue
            rows.append((size[-1] - size[0], filename, line, in_project, site))
        rows.sort(key=lambda r: (-abs(r[0]), r[1], r[2], r[3]))
        out = []
        for _, filename, line, in_project, site in rows[:MAX_SITES]:
            oldest_first = [
                (f, n)
                for f, n in reversed(site["top"])  # as Python prints them
                if f not in PROBE_FILES and f != "<string>"  # the probe and its -c bootstrap
            ]
            while oldest_first and oldest_first[0][0] in RUNNER_FILES:
                del oldest_first[0]
            frames = [{"file": self.index.relative(f), "line": n, "code": self.index.code_at(f, n)} for f, n in oldest_first]
            statement = self.index.statement_at(filename, line)
            out.append({
                "file": self.index.relative(filename),
                "line": line,
                "function": self.index.function_at(filename, line),
                "code": self.index.code_at(filename, line),
                **({"statement": statement} if statement else {}),
                "inProject": in_project,
                "size": site["size"],
                "count": site["count"],
                "traceback": frames,
            })
        return out

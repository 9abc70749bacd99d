import unittest

from probe_package import probe

attribution = probe.attribution
sources = probe.sources

APP = "/project/app.py"
LIB = "/usr/lib/python3/logging/__init__.py"
WORKLOAD = [f for f in sources.PROBE_FILES if f.endswith("workload.py")][0]
PHASES = [f for f in sources.PROBE_FILES if f.endswith("phases.py")][0]
CALL = sorted(site for site in sources.CALL_SITES if site[0] == WORKLOAD)[0]


class Index:
    """The part of SourceIndex a SiteTable uses: files under /project are the user's."""

    def in_project(self, filename):
        return filename.startswith("/project/")

    def relative(self, filename):
        return filename[len("/project/") :] if self.in_project(filename) else filename

    def function_at(self, filename, line):
        return "f%d" % line

    def code_at(self, filename, line):
        return "line %d" % line

    def statement_at(self, filename, line):
        return None  # every line a statement of its own


def trace(size, *frames):
    """A raw trace as _tracemalloc._get_traces() gives it: frames innermost first."""
    return (0, size, tuple(frames), len(frames))


class Attribution(unittest.TestCase):
    def setUp(self):
        self.table = attribution.SiteTable(Index(), 3)

    def test_charged_to_the_innermost_project_line_through_library_code(self):
        frames = ((LIB, 40), (APP, 7), (APP, 3), CALL)
        self.assertEqual(self.table._attribute(frames), (APP, 7, True))

    def test_charged_to_the_innermost_line_when_no_project_line_called(self):
        frames = ((LIB, 40), (LIB, 12), CALL)
        self.assertEqual(self.table._attribute(frames), (LIB, 40, False))

    def test_the_probes_own_allocations_are_dropped_in_every_file_of_it(self):
        self.assertIsNone(self.table._attribute(((PHASES, 1), (WORKLOAD, CALL[1]))))
        self.assertIsNone(self.table._attribute(((WORKLOAD, CALL[1] + 1),)))
        # Above the call into user code, the probe's frames do not matter.
        self.assertEqual(self.table._attribute(((APP, 2), CALL, (PHASES, 1))), (APP, 2, True))

    def test_import_machinery_is_dropped(self):
        self.assertIsNone(self.table._attribute(((APP, 1), ("<frozen importlib._bootstrap>", 1000))))

    def test_a_call_site_is_in_the_probes_files_and_marked(self):
        self.assertTrue(sources.CALL_SITES)
        for path, line in sources.CALL_SITES:
            self.assertIn(path, sources.PROBE_FILES)
            with open(path, "rb") as f:
                text = f.read().splitlines()[line - 1]
            self.assertTrue(text.rstrip().endswith(sources.CALL_MARKER), text)


class Grouping(unittest.TestCase):
    def test_traces_grouped_by_site_over_the_snapshots(self):
        table = attribution.SiteTable(Index(), 3)
        a = ((APP, 7), CALL)
        b = ((LIB, 40), (APP, 7), CALL)
        table.add(0, [trace(100, *a)])
        table.add(1, [trace(100, *a), trace(50, *a), trace(400, *b)])
        table.add(2, [trace(100, *a), trace(50, *a), trace(30, *b), trace(8, (PHASES, 2))])
        site = table.sites[(APP, 7, True)]
        self.assertEqual(site["size"], [100, 550, 180])
        self.assertEqual(site["count"], [1, 3, 3])
        self.assertEqual(site["top"], a)  # the frames holding the most memory in the last snapshot
        self.assertEqual(list(table.sites), [(APP, 7, True)])

    def test_memory_a_c_extension_tracks_in_its_own_domain_counts_in_size_not_in_blocks(self):
        table = attribution.SiteTable(Index(), 1)
        frames = ((APP, 4), CALL)
        numpy_domain = 389047
        table.add(0, [trace(96, *frames), (numpy_domain, 2048, frames, 2), (numpy_domain, 2048, frames, 2)])
        site = table.sites[(APP, 4, True)]
        self.assertEqual(site["size"], [4192])
        self.assertEqual(site["count"], [1])

    def test_held_traces_are_grouped_later_unless_there_are_too_many(self):
        table = attribution.SiteTable(Index(), 2, max_held=3)
        frames = ((APP, 1), CALL)
        table.hold(0, [trace(10, *frames)] * 2)
        self.assertEqual(table.sites, {})
        table.hold(1, [trace(10, *frames)] * 2)  # 4 held would be too many: grouped now
        self.assertEqual(table.sites[(APP, 1, True)]["size"], [0, 20])
        table.add_held()
        self.assertEqual(table.sites[(APP, 1, True)]["size"], [20, 20])

    def test_the_hooks_limit_is_the_default(self):
        from leak_gate_probe.channel import MAX_HELD_TRACES

        self.assertEqual(attribution.SiteTable(Index(), 2).max_held, MAX_HELD_TRACES)


class Export(unittest.TestCase):
    def test_largest_change_first_either_way_and_unchanged_sites_left_out(self):
        table = attribution.SiteTable(Index(), 2)
        table.add(0, [trace(10, (APP, 1), CALL), trace(500, (APP, 2), CALL), trace(7, (APP, 3), CALL)])
        table.add(1, [trace(110, (APP, 1), CALL), trace(300, (APP, 2), CALL), trace(7, (APP, 3), CALL), trace(5, (LIB, 9), CALL)])
        out = table.export()
        self.assertEqual([(s["file"], s["line"]) for s in out], [("app.py", 2), ("app.py", 1), (LIB, 9)])
        first = out[0]
        self.assertEqual(first["function"], "f2")
        self.assertEqual(first["code"], "line 2")
        self.assertTrue(first["inProject"])
        self.assertEqual(first["size"], [500, 300])
        self.assertEqual(first["count"], [1, 1])
        self.assertFalse(out[2]["inProject"])
        self.assertEqual(out[2]["size"], [0, 5])

    def test_tracebacks_oldest_first_without_the_probe_or_its_bootstrap(self):
        table = attribution.SiteTable(Index(), 2)
        table.add(1, [trace(64, (LIB, 40), (APP, 7), CALL, (PHASES, 3), ("<string>", 90))])
        [site] = table.export()
        self.assertEqual(site["traceback"], [
            {"file": "app.py", "line": 7, "code": "line 7"},
            {"file": LIB, "line": 40, "code": "line 40"},
        ])

    def test_equal_changes_in_file_and_line_order_whatever_the_order_of_the_traces(self):
        lines = [5, 3, 9, 1]
        table = attribution.SiteTable(Index(), 2)
        table.add(1, [trace(80, (APP, line), CALL) for line in lines])
        again = attribution.SiteTable(Index(), 2)
        again.add(1, [trace(80, (APP, line), CALL) for line in reversed(lines)])
        self.assertEqual([s["line"] for s in table.export()], [1, 3, 5, 9])
        self.assertEqual([s["line"] for s in again.export()], [1, 3, 5, 9])

    def test_at_most_max_sites(self):
        table = attribution.SiteTable(Index(), 2)
        n = attribution.MAX_SITES + 20
        table.add(1, [trace(1000 + line, (APP, line), CALL) for line in range(1, n + 1)])
        out = table.export()
        self.assertEqual(len(out), attribution.MAX_SITES)
        self.assertEqual(out[0]["line"], n)  # the largest growth
        self.assertEqual(out[-1]["line"], n - attribution.MAX_SITES + 1)


if __name__ == "__main__":
    unittest.main()

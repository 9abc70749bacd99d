import os
import sys
import tempfile
import unittest

from probe_package import probe

workload = probe.workload
sources = probe.sources


class Errors(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "lg_raising_workload.py")
        with open(self.path, "w") as f:
            f.write("def parse(n):\n    raise ValueError('bad record %d' % n)\n\n\ndef workload():\n    parse(7)\n")

    def tearDown(self):
        sys.modules.pop("lg_raising_workload", None)
        if self.dir.name in sys.path:
            sys.path.remove(self.dir.name)
        self.dir.cleanup()

    def test_a_call_that_fails_before_any_line_of_the_user_says_so(self):
        with open(self.path, "w") as f:
            f.write("def workload(request):\n    return request\n")
        w = workload.Workload({"target": self.path, "entry": "workload", "root": self.dir.name})
        with self.assertRaises(workload.ProbeError) as raised:
            w.call(w.entry, 1)
        self.assertTrue(raised.exception.message.startswith("the workload raised TypeError: "), raised.exception.message)
        self.assertTrue(
            raised.exception.message.endswith(" during iteration 1 in the call itself (the entry function is called with no arguments)"),
            raised.exception.message,
        )

    def test_a_file_under_the_working_directory_is_named_from_it(self):
        here = os.getcwd()
        os.chdir(self.dir.name)
        try:
            self.assertEqual(workload.shown_path(self.path), "lg_raising_workload.py")
            self.assertEqual(workload.shown_path("/elsewhere/x.py"), "/elsewhere/x.py")
        finally:
            os.chdir(here)

    def test_the_users_traceback_without_the_probes_frames(self):
        w = workload.Workload({"target": self.path, "entry": "workload", "root": self.dir.name})
        with self.assertRaises(workload.ProbeError) as raised:
            w.call(w.entry, 7)
        error = raised.exception
        self.assertEqual(error.kind, "workload-raised")
        self.assertEqual(error.message, "the workload raised ValueError: bad record 7 during iteration 7 at %s:2" % self.path)
        self.assertIn("in parse", error.detail)
        self.assertIn("in workload", error.detail)
        for path in sources.PROBE_FILES:
            self.assertNotIn(path, error.detail)
        self.assertNotIn("leak_gate_probe", error.detail)

    def test_a_misspelt_entry_is_not_whole_script_mode(self):
        with self.assertRaises(workload.ProbeError) as raised:
            workload.Workload({"target": self.path, "entry": "workloda", "root": self.dir.name})
        self.assertEqual(raised.exception.kind, "unknown-entry")
        self.assertIn("but workload", raised.exception.message)


class Names(unittest.TestCase):
    def test_edit_distance(self):
        self.assertEqual(workload.edit_distance("workload", "workload"), 0)
        self.assertEqual(workload.edit_distance("workload", "wrokload"), 2)
        self.assertEqual(workload.edit_distance("", "abc"), 3)

    def test_module_targets(self):
        self.assertTrue(workload.is_module_target("svc.jobs:run"))
        self.assertFalse(workload.is_module_target("C:\\svc\\jobs.py"))
        self.assertFalse(workload.is_module_target("jobs.py"))


if __name__ == "__main__":
    unittest.main()

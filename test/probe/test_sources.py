import os
import tempfile
import unittest

from probe_package import PROBE_DIR, ROOT, bootstrap, probe

sources = probe.sources


class ProbeFiles(unittest.TestCase):
    def test_every_file_of_the_package(self):
        names = {os.path.basename(f) for f in sources.PROBE_FILES}
        self.assertEqual(names, {m + ".py" for m in bootstrap["MODULES"]} | {"bootstrap.py"})
        for module in bootstrap["MODULES"]:
            self.assertIn(getattr(probe, module).__file__, sources.PROBE_FILES)

    def test_never_the_users_project_even_inside_it(self):
        index = sources.SourceIndex(ROOT)  # the repository holds the probe
        for path in sources.PROBE_FILES:
            self.assertFalse(index.in_project(path), path)
        self.assertTrue(index.in_project(os.path.join(ROOT, "examples", "leaky_service.py")))
        self.assertFalse(index.in_project("<string>"))


class Functions(unittest.TestCase):
    SOURCE = b'''import os


def outer():
    def inner():
        return [x for x in range(3)]
    return lambda: inner()


class Cache:
    def get(self):
        return {}

x = 1
'''

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "mod.py")
        with open(self.path, "wb") as f:
            f.write(self.SOURCE)
        self.index = sources.SourceIndex(self.dir.name)

    def tearDown(self):
        self.dir.cleanup()

    def test_the_function_that_runs_each_line(self):
        at = self.index.function_at
        self.assertEqual(at(self.path, 6), "outer.<locals>.inner")  # a comprehension counts as its function
        self.assertEqual(at(self.path, 7), "outer")  # so does a lambda
        self.assertEqual(at(self.path, 12), "Cache.get")
        self.assertEqual(at(self.path, 14), "<module>")

    def test_a_lines_text_and_the_file_relative_to_the_project(self):
        self.assertEqual(self.index.code_at(self.path, 12), "return {}")
        self.assertEqual(self.index.code_at(self.path, 99), "")
        self.assertEqual(self.index.relative(self.path), "mod.py")
        self.assertTrue(self.index.in_project(self.path))

    def test_a_statement_that_goes_on_past_its_line(self):
        import tempfile

        source = 'rows[k] = {\n    "id": 1,  # a comment (\n}\ncall(")", [\n  1,\n  2,\n  3])\nx = 1\n'
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "m.py")
            with open(path, "w") as f:
                f.write(source)
            index = sources.SourceIndex(d)
            self.assertEqual(index.statement_at(path, 1), 'rows[k] = { "id": 1,  # a comment ( }')
            self.assertEqual(index.statement_at(path, 4), 'call(")", [ 1, 2, …')  # three lines at most
            self.assertIsNone(index.statement_at(path, 8))  # one line: code says it
            self.assertIsNone(index.statement_at(path, 99))

    def test_code_lines(self):
        code = compile(self.SOURCE, self.path, "exec")
        self.assertTrue({1, 4, 10, 14} <= sources.code_lines(code))


if __name__ == "__main__":
    unittest.main()

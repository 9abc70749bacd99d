import marshal
import os
import subprocess
import sys
import tempfile
import unittest

from probe_package import PROBE_DIR, bootstrap, probe


class Registration(unittest.TestCase):
    def test_modules_under_a_private_package_name(self):
        for name in bootstrap["MODULES"]:
            module = sys.modules["leak_gate_probe." + name]
            self.assertIs(getattr(probe, name), module)
            self.assertEqual(module.__file__, os.path.join(PROBE_DIR, name + ".py"))
        self.assertEqual(probe.__path__, [])

    def test_the_users_modules_of_the_same_names_do_not_shadow_them(self):
        # Run in a fresh interpreter whose working directory holds a
        # leak_gate_probe package and a window module of the user's own.
        with tempfile.TemporaryDirectory() as project:
            os.mkdir(os.path.join(project, "leak_gate_probe"))
            for path in ("leak_gate_probe/__init__.py", "leak_gate_probe/window.py", "leak_gate_probe/extra.py", "window.py"):
                with open(os.path.join(project, path), "w") as f:
                    f.write("raise SystemExit('the user module %s ran')\n" % path)
            script = (
                "import sys; sys.path.insert(0, %r)\n"
                "from probe_package import probe\n"
                "import leak_gate_probe.window, leak_gate_probe\n"
                "from leak_gate_probe.window import spread\n"
                "assert leak_gate_probe.window is probe.window and spread is probe.window.spread\n"
                "try:\n"
                "    import leak_gate_probe.extra\n"
                "except ImportError:\n"
                "    print('ok')\n" % os.path.dirname(os.path.abspath(__file__))
            )
            out = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True)
            self.assertEqual((out.stdout.strip(), out.stderr), ("ok", ""))


class CodeCache(unittest.TestCase):
    name = "window"  # not the first module

    def setUp(self):
        self.cache_dir = tempfile.TemporaryDirectory()
        self.prefix = bootstrap["fnv1a"](b"test prefix")

    def tearDown(self):
        self.cache_dir.cleanup()

    def load(self):
        return bootstrap["load"](PROBE_DIR, self.name, self.cache_dir.name, self.prefix)

    def cache_file(self):
        [name] = os.listdir(self.cache_dir.name)
        self.assertTrue(name.startswith("leak-gate-probe-%s-%s-" % (sys.implementation.cache_tag, self.name)), name)
        return os.path.join(self.cache_dir.name, name)

    def plant(self, path, mode):
        with open(path, "wb") as f:
            marshal.dump(compile("planted = True", path, "exec"), f)
        os.chmod(path, mode)

    def planted(self, code):
        namespace = {}
        exec(code, namespace)
        return namespace.get("planted", False)

    def test_written_once_private_and_read_back(self):
        code = self.load()
        self.assertEqual(code.co_filename, os.path.join(PROBE_DIR, "window.py"))
        path = self.cache_file()
        self.assertEqual(os.stat(path).st_mode & 0o777, 0o600)
        self.plant(path, 0o600)
        self.assertTrue(self.planted(self.load()))

    def test_refused_when_others_could_have_written_it(self):
        self.load()
        path = self.cache_file()
        for mode in (0o620, 0o602, 0o666):
            self.plant(path, mode)
            self.assertFalse(self.planted(self.load()), oct(mode))
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o600)  # replaced by a fresh one

    def test_refused_through_a_symbolic_link(self):
        self.load()
        path = self.cache_file()
        elsewhere = os.path.join(self.cache_dir.name, "elsewhere")
        self.plant(elsewhere, 0o600)
        os.remove(path)
        os.symlink(elsewhere, path)
        self.assertFalse(self.planted(self.load()))

    def test_a_file_that_is_not_code_is_compiled_again(self):
        self.load()
        path = self.cache_file()
        with open(path, "wb") as f:
            f.write(b"\x00not marshal")
        self.assertFalse(self.planted(self.load()))
        self.assertIn("spread", self.load().co_names)

    def test_keyed_by_the_file(self):
        self.load()
        first = self.cache_file()
        self.prefix = bootstrap["fnv1a"](b"another Python or directory")
        self.load()
        self.assertEqual(len(os.listdir(self.cache_dir.name)), 2)
        self.assertIn(first, [os.path.join(self.cache_dir.name, n) for n in os.listdir(self.cache_dir.name)])


if __name__ == "__main__":
    unittest.main()

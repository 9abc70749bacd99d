import json
import os
import tempfile
import unittest

from probe_package import probe

channel = probe.channel


def decoded(value):
    """What the runner reads back from the probe's bytes."""
    return json.loads(channel.encode_result(value).decode("utf-8"))


class ToJson(unittest.TestCase):
    def test_the_types_of_a_result(self):
        value = {"a": [1, -2, 3.5, True, False, None], "b": {"c": "d"}, "e": (4, 5), "big": 2**70}
        self.assertEqual(decoded(value), {"a": [1, -2, 3.5, True, False, None], "b": {"c": "d"}, "e": [4, 5], "big": 2**70})

    def test_floats_round_trip_and_non_finite_ones_are_null(self):
        self.assertEqual(decoded([0.1, 1e300, -0.0, 5e-324]), [0.1, 1e300, -0.0, 5e-324])
        self.assertEqual(channel.to_json([float("nan"), float("inf"), float("-inf")]), "[null,null,null]")

    def test_strings_with_every_control_character_quotes_and_backslashes(self):
        text = "".join(chr(i) for i in range(32)) + '"\\/ \u2028 é 漢 \U0001f600'
        self.assertEqual(decoded({"s": text}), {"s": text})
        self.assertEqual(channel.to_json("a\nb\t\"c\"\\"), '"a\\nb\\t\\"c\\"\\\\"')

    def test_lone_surrogates_of_file_names_that_are_not_utf8_become_json_escapes(self):
        name = os.fsdecode(b"/tmp/caf\xe9.py")  # surrogateescape: '\udce9'
        data = channel.encode_result({"file": name})
        self.assertIn(b"\\udce9", data)
        self.assertEqual(json.loads(data.decode("utf-8")), {"file": name})

    def test_keys_as_strings(self):
        self.assertEqual(channel.to_json({1: True}), '{"1":true}')

    def test_other_types_are_refused(self):
        with self.assertRaises(TypeError):
            channel.to_json({"x": object()})


class ReadConfig(unittest.TestCase):
    def test_json_as_the_runner_writes_it(self):
        cfg = {
            "target": "svc/jobs.py",
            "entry": "workload",
            "entryExplicit": False,
            "iterations": 200,
            "warmup": 20,
            "window": None,
            "root": "/home/me/caf\u00e9 \u2028 \"quoted\" \\ back",
            "resultFd": 3,
            "args": [1.5, True, {"deep": []}],
        }
        for ensure_ascii in (True, False):
            self.assertEqual(channel.read_config(json.dumps(cfg, ensure_ascii=ensure_ascii)), cfg)

    def test_lone_surrogates_as_json_escapes(self):
        # JSON.stringify writes a lone surrogate of a path as \udcXX.
        self.assertEqual(channel.read_config('{"root": "/tmp/caf\\udce9"}'), {"root": "/tmp/caf\udce9"})

    def test_no_names_but_true_false_and_null(self):
        with self.assertRaises(NameError):
            channel.read_config('{"x": __import__("os")}')


class Hooks(unittest.TestCase):
    def test_defaults(self):
        self.assertEqual(channel.read_hooks({}), (300000, False))

    def test_set(self):
        environ = {"LEAK_GATE_MAX_HELD_TRACES": "10", "LEAK_GATE_NARROWEST_WINDOW": "1"}
        self.assertEqual(channel.read_hooks(environ), (10, True))

    def test_not_numbers_are_the_defaults(self):
        environ = {"LEAK_GATE_MAX_HELD_TRACES": "lots", "LEAK_GATE_NARROWEST_WINDOW": "yes"}
        self.assertEqual(channel.read_hooks(environ), (300000, False))


class Result(unittest.TestCase):
    def test_over_the_runners_pipe(self):
        read, write = os.pipe()
        pipe = channel.result_pipe(write)
        self.assertIsNotNone(pipe)
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "probe.json")
            channel.deliver({"protocol": channel.PROTOCOL}, pipe, out)
            self.assertFalse(os.path.exists(out))
        with os.fdopen(read, "rb") as f:
            self.assertEqual(f.read(), b'{"protocol":1}')

    def test_to_the_file_when_the_descriptor_is_not_a_pipe_any_more(self):
        read, write = os.pipe()
        pipe = channel.result_pipe(write)
        os.close(read)
        os.close(write)
        with tempfile.TemporaryDirectory() as tmp, open(os.path.join(tmp, "other"), "wb") as other:
            os.dup2(other.fileno(), write)  # the workload's own file took the number
            out = os.path.join(tmp, "probe.json")
            channel.deliver({"protocol": 1}, pipe, out)
            os.close(write)
            with open(out, "rb") as f:
                self.assertEqual(f.read(), b'{"protocol":1}')
            self.assertEqual(os.path.getsize(os.path.join(tmp, "other")), 0)

    def test_the_first_window_goes_out_as_one_line_and_the_answer_comes_back(self):
        import socket

        ours, runners = socket.socketpair()  # Node's pipes for extra descriptors are sockets
        try:
            pipe = channel.result_pipe(ours.fileno())
            runners.sendall(b"80\n")
            self.assertEqual(channel.ask_confirmation(pipe, {"protocol": 1}), 80)
            self.assertEqual(runners.recv(100), b'confirm {"protocol":1}\n')
            runners.sendall(b"0\n")
            self.assertEqual(channel.ask_confirmation(pipe, {"protocol": 1}), 0)
            runners.close()  # no runner to answer
            self.assertIsNone(channel.ask_confirmation(pipe, {"protocol": 1}))
        finally:
            ours.close()

    def test_the_whole_result_asks_which_lines_leak(self):
        import socket

        ours, runners = socket.socketpair()
        try:
            pipe = channel.result_pipe(ours.fileno())
            runners.sendall(b'[["app/caf\\u00e9.py", 12], ["b.py", 3]]\n')
            self.assertEqual(channel.ask_leaks(pipe, {"protocol": 1}), [("app/caf\u00e9.py", 12), ("b.py", 3)])
            self.assertEqual(runners.recv(100), b'leaks {"protocol":1}\n')
            runners.sendall(b"not an answer\n")
            self.assertIsNone(channel.ask_leaks(pipe, {"protocol": 1}))
        finally:
            ours.close()
            runners.close()

    def test_no_one_to_ask_without_a_pipe(self):
        self.assertIsNone(channel.ask_confirmation(None, {"protocol": 1}))

    def test_no_pipe_for_a_regular_file_or_a_closed_descriptor(self):
        with tempfile.TemporaryFile() as f:
            self.assertIsNone(channel.result_pipe(f.fileno()))
        self.assertIsNone(channel.result_pipe(None))
        read, write = os.pipe()
        os.close(read)
        os.close(write)
        self.assertIsNone(channel.result_pipe(write))


if __name__ == "__main__":
    unittest.main()

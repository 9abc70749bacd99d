import unittest

from probe_package import probe

window = probe.window


class MinimumWindow(unittest.TestCase):
    def test_a_tenth_of_the_measured_iterations_from_12_to_60(self):
        self.assertEqual(window.minimum_window(200, 20), 18)
        self.assertEqual(window.minimum_window(1000, 50), 60)
        self.assertEqual(window.minimum_window(100000, 50), 60)
        self.assertEqual(window.minimum_window(100, 10), 12)

    def test_halves_round_up_as_the_runner_rounded_them(self):
        self.assertEqual(window.minimum_window(138, 13), 13)  # 12.5
        self.assertEqual(window.minimum_window(150, 15), 14)  # 13.5
        self.assertEqual(window.minimum_window(164, 20), 14)  # 14.4

    def test_all_measured_iterations_when_fewer_than_12(self):
        self.assertEqual(window.minimum_window(10, 2), 8)
        self.assertEqual(window.minimum_window(17, 5), 12)
        self.assertEqual(window.minimum_window(15, 5), 10)


class ScreenAndSnapshots(unittest.TestCase):
    def test_screen_samples(self):
        self.assertEqual(window.screen_samples(200, 20), 24)
        self.assertEqual(window.screen_samples(30, 3), 16)  # 27 measured, 12 traced: 16 points
        self.assertEqual(window.screen_samples(10, 2), 2)  # everything traced: still both ends

    def test_snapshot_count(self):
        self.assertEqual(window.snapshot_count(200, 20, 18), 7)
        self.assertEqual(window.snapshot_count(200, 20, 48), 7)
        self.assertEqual(window.snapshot_count(200, 20, 56), 8)
        self.assertEqual(window.snapshot_count(200, 20, 80), 9)
        self.assertEqual(window.snapshot_count(10000, 50, 4000), 9)
        self.assertEqual(window.snapshot_count(10, 5, 5), 6)  # one per iteration of a 5-iteration window


class ChooseWindow(unittest.TestCase):
    def choose(self, seconds, slowdown, iterations=200, warmup=20, **kw):
        return window.choose_window(iterations, warmup, seconds, slowdown, **kw)

    def test_cheap_iterations_are_traced_up_to_the_last_40_percent(self):
        self.assertEqual(self.choose(1e-6, 10.0), 80)

    def test_what_the_budget_buys_at_the_worst_slowdown(self):
        # 25 ms / (40 x 0.1 ms) = 6.25 iterations: the minimum wins.
        self.assertEqual(self.choose(1e-4, 10.0), 18)
        # 25 ms / (40 x 10 us) = 62 iterations.
        self.assertEqual(self.choose(1e-5, 10.0), 62)

    def test_slow_iterations_that_tracing_hardly_slows_get_all_40_percent_or_the_minimum(self):
        self.assertEqual(self.choose(0.001, 1.2), 80)  # 0.2 x 80 = 16 <= 0.3 x 180
        self.assertEqual(self.choose(0.001, 1.7), 18)  # 0.7 x 80 = 56 > 54
        self.assertEqual(self.choose(0.0001, 1.0), 18)  # faster than 0.2 ms: the budget decides

    def test_a_baseline_window_is_traced_as_it_is_within_the_measured_iterations(self):
        self.assertEqual(self.choose(1e-6, 10.0, window=33), 33)
        self.assertEqual(self.choose(1e-6, 10.0, window=500), 180)
        self.assertEqual(self.choose(1e-6, 10.0, window=0), 80)  # none
        self.assertEqual(self.choose(1e-6, 10.0, window=None, narrowest=True), 18)
        self.assertEqual(self.choose(1e-6, 10.0, window=33, narrowest=True), 33)

    def test_never_more_than_the_measured_iterations(self):
        self.assertEqual(self.choose(1e-6, 10.0, iterations=10, warmup=2), 8)
        self.assertEqual(self.choose(0.01, 1.0, iterations=10, warmup=8), 2)


class Spread(unittest.TestCase):
    def test_evenly_spread_distinct_points_with_both_ends(self):
        self.assertEqual(window.spread(182, 200, 7), [182, 185, 188, 191, 194, 197, 200])
        self.assertEqual(window.spread(0, 10, 3), [0, 5, 10])
        self.assertEqual(window.spread(53, 60, 7), [53, 54, 55, 57, 58, 59, 60])

    def test_no_more_points_than_integers_and_never_fewer_than_two(self):
        self.assertEqual(window.spread(5, 7, 9), [5, 6, 7])
        self.assertEqual(window.spread(5, 9, 1), [5, 9])
        self.assertEqual(window.spread(4, 4, 5), [4])


class TraceDepth(unittest.TestCase):
    def test_one_level_deeper_than_seen_within_the_limit(self):
        self.assertEqual(window.trace_depth(32, 3), 4)
        self.assertEqual(window.trace_depth(32, 0), 2)
        self.assertEqual(window.trace_depth(32, 40), 32)
        self.assertEqual(window.FRAMES_LIMIT, 32)


class PlanWindow(unittest.TestCase):
    def test_the_last_iterations_traced_and_the_rest_screened(self):
        first, screen, snaps = window.plan_window(200, 20, 20, 1e-6, 10.0)
        self.assertEqual(first, 120)
        self.assertEqual(snaps, [120, 130, 140, 150, 160, 170, 180, 190, 200])
        self.assertEqual(len(screen), 24)
        self.assertEqual((min(screen), max(screen)), (20, 120))

    def test_no_screening_when_the_window_starts_at_the_end_of_warm_up(self):
        first, screen, snaps = window.plan_window(10, 0, 1, 1e-6, 10.0)
        self.assertEqual(first, 1)
        self.assertEqual(screen, set())
        self.assertEqual(snaps, [1, 3, 4, 5, 7, 9, 10])

    def test_narrowest(self):
        first, screen, snaps = window.plan_window(200, 20, 20, 1e-6, 10.0, narrowest=True)
        self.assertEqual((first, snaps), (182, [182, 185, 188, 191, 194, 197, 200]))


if __name__ == "__main__":
    unittest.main()

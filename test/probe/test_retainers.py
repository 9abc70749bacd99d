import _tracemalloc
import gc
import threading
import unittest
import weakref

from probe_package import probe

referrers = probe.referrers
retainers = probe.retainers


class Registry:
    items = []


def remember(item, seen=[]):
    seen.append(item)


def path_of(obj):
    """The retainer path the walk writes for one object."""
    walk = referrers.Walk({}, retainers.Deadline(5))
    walk.run([obj])
    chain = walk.path(obj)
    if chain is None:
        return None
    return referrers.expression(walk.roots[id(chain[0])], chain)


def make_names(target, count):
    for i in range(count):
        target[i] = "name-%06d" % i  # the line find_kept looks for


MAKE_NAMES_LINE = make_names.__code__.co_firstlineno + 2
KEY_LINE = None  # set below, once the test's source is read


class Walk(unittest.TestCase):
    def test_a_class_attribute_a_default_argument_and_a_closure(self):
        item = {"kept": True}
        Registry.items.append(item)
        self.assertEqual(path_of(item), ("test_retainers.Registry.items[…]", "list"))
        default = {"kept": True}
        remember(default)
        self.assertEqual(path_of(default), ("test_retainers.remember.__defaults__[0][…]", "list"))

    def test_a_local_variable_of_another_thread(self):
        ready, done = threading.Event(), threading.Event()
        box = []

        def hold():
            items = [Registry()]
            box.append(weakref.ref(items[0]))  # published without holding it
            ready.set()
            done.wait(10)
            return items

        thread = threading.Thread(target=hold, name="holder")
        thread.start()
        try:
            ready.wait(10)
            self.assertEqual(path_of(box[0]()), ("items in hold() of thread 'holder'", "thread frame"))
        finally:
            done.set()
            thread.join()

    def test_never_asks_a_module_for_its_referents(self):
        # A C module's traverse may visit objects dead for reuse (3.12.1's _asyncio).
        self.assertEqual(referrers.referents(unittest), [unittest.__dict__])
        pair = [1, "a"]
        self.assertEqual(referrers.referents(pair), gc.get_referents(pair))


class FindKept(unittest.TestCase):
    def kept_at(self, line, make):
        """The objects find_kept finds made at `line` of this file by make(),
        traced, and their holders gc.get_referrers cannot see."""
        key = (__file__, line)
        _tracemalloc.start(1)
        try:
            make()
            found = probe.kept.find_kept({key}, lambda frames: (frames[0][0], frames[0][1]), retainers.Deadline(5))
        finally:
            _tracemalloc.stop()
            gc.freeze()
            gc.unfreeze()
        return found[key], probe.kept.invisible_holders(found[key], retainers.Deadline(5))

    def test_finds_strings_held_by_a_dict_the_collector_does_not_track(self):
        names = {}
        holder = [names]  # a tracked container refers to the untracked dict
        kept, hidden_in = self.kept_at(MAKE_NAMES_LINE, lambda: make_names(names, 50))
        self.assertFalse(gc.is_tracked(names))  # ints to strings: invisible to gc.get_referrers
        self.assertEqual(len(kept), 50)
        self.assertTrue(all(type(s) is str for s in kept))
        self.assertIs(hidden_in[id(kept[0])], names)
        del holder

    def test_finds_string_keys_a_dict_does_not_show_the_collector(self):
        import functools

        @functools.lru_cache(maxsize=None)
        def classify(agent):
            return len(agent) > 10

        def make():
            for i in range(20):
                classify("agent-%06d" % i)  # the line find_kept looks for

        kept, hidden_in = self.kept_at(KEY_LINE, make)
        self.assertEqual(len(kept), 20)
        holder = hidden_in[id(kept[0])]
        self.assertIs(type(holder), dict)  # the cache's own dict, which the walk goes on from
        self.assertIn(kept[0], holder)

    def test_walks_from_the_heaviest_object_of_each_type_the_heaviest_types_first(self):
        small = [("t%d" % i,) for i in range(50)]  # many small entries, as a bounded cache fills
        big, bigger = {"body": "x" * 500}, {"body": "x" * 900}
        owned = {id(obj): 64 for obj in small}
        owned.update({id(big): 600, id(bigger): 1000})
        self.assertEqual(retainers.samples_of(small + [big, bigger], owned), [small[0], bigger])

    def test_a_bounded_lru_cache_says_its_entries_and_bound(self):
        import functools

        bounded = functools.lru_cache(maxsize=2)(lambda n: [n])
        unbounded = functools.lru_cache(maxsize=None)(lambda n: [n])
        for n in range(3):
            bounded(n)
            unbounded(n)
        results = [bounded(1), bounded(2)]  # hits: the cached results themselves
        self.assertEqual(retainers.cache_bound(bounded, results), {"entries": 2, "max": 2})
        self.assertIsNone(retainers.cache_bound(unbounded, [unbounded(1)]))
        self.assertIsNone(retainers.cache_bound([1, 2], []))

    def test_a_watch_sees_an_evicting_cache_let_go_and_a_leak_keep(self):
        class Item:
            pass

        cache, kept = {}, []
        made = [Item() for _ in range(10)]
        for i, item in enumerate(made):
            cache[i] = item
            kept.append(item)
        evicting = retainers.Watch({}, cache, made, len(cache))
        keeping = retainers.Watch({}, kept, made, len(kept))
        del made
        for i in range(10, 40):  # the cache replaces every entry; the list keeps all and grows
            cache[i] = Item()
            del cache[i - 10]
            kept.append(Item())
            evicting.look()
            keeping.look()
        evicting.report(30)
        keeping.report(30)
        self.assertEqual(evicting.group["stillHeld"], {"share": 0.0, "after": 30, "grew": 0.0})
        self.assertEqual(keeping.group["stillHeld"]["share"], 1.0)
        self.assertEqual(keeping.group["stillHeld"]["grew"], 21.0)  # sizes 10..40: the last ten looks less the first ten

    def test_only_builtin_containers_are_sized(self):
        import collections

        class Sized(dict):
            def __len__(self):
                raise AssertionError("a subclass's own __len__ is its code: never called")

        self.assertEqual(retainers.size_of_container(Sized(a=1)), 1)
        self.assertEqual(retainers.size_of_container(collections.deque([1, 2])), 2)
        self.assertIsNone(retainers.size_of_container(object()))

    def test_a_cache_made_around_an_object_is_named_by_the_objects_type(self):
        import functools

        class Connection:
            def __call__(self, sql):
                return [sql]

        cache = functools.lru_cache(maxsize=8)(Connection())
        result = cache("select %d" % 1)
        self.assertEqual(path_of(result), ("<the lru_cache of a %s.%s>" % (__name__, Connection.__qualname__), "lru_cache"))
        del cache

    def test_a_bounded_cache_whose_result_grows_is_no_bound_on_it(self):
        import functools

        @functools.lru_cache(maxsize=1)
        def registry():
            return []

        items = [object() for _ in range(3)]
        registry().extend(items)  # full at 1 entry, and still growing
        self.assertEqual(retainers.cache_bound(registry, [registry()]), {"entries": 1, "max": 1})
        self.assertIsNone(retainers.cache_bound(registry, items))

    def test_a_cache_keyed_by_several_arguments_holds_each_as_an_entry(self):
        import functools

        cached = functools.lru_cache(maxsize=4)(lambda a, b: (a, b))
        a, b = "alpha" * 3, "beta" * 3
        cached(a, b)
        self.assertIsNotNone(retainers.cache_bound(cached, [a, b]))

    def test_heads_leave_out_what_the_others_hold_and_weak_references(self):
        class Item:
            pass

        inner = {"x": 1}
        a, b = [inner], Item()
        ref = weakref.ref(b)
        self.assertEqual(retainers.heads([a, b, inner, ref]), [a, b])
        key = "made-%d" % len(inner)
        payload = {key: 1}
        self.assertEqual(retainers.heads([payload, key]), [payload])  # a string key is the dict's, not a head


with open(__file__, encoding="utf-8") as _f:
    KEY_LINE = next(i for i, text in enumerate(_f, 1) if text.rstrip().endswith("# the line find_kept looks for") and "agent-" in text)


if __name__ == "__main__":
    unittest.main()

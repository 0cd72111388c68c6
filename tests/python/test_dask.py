"""dyad.dask: a bag of articles coded on Dask gives dyad code's events, in
order; one Coder per worker process; a LocalCluster of 2 worker processes."""

import json
import os
import subprocess
import tempfile
import unittest

try:
    import dask
    import dask.bag as db
    import dyad.dask as dyad_dask
except ImportError:  # pragma: no cover
    dask = None

import dyad

SOURCE_DIR = os.environ.get("DYAD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.environ.get("DYAD_SHARED_DIR", os.path.join(SOURCE_DIR, "..", "shared"))
BINARY = os.environ.get("DYAD_BINARY", os.path.join(SOURCE_DIR, "build", "dyad"))
NEWS = os.path.join(SHARED_DIR, "news", "wikinews.jsonl")


@unittest.skipIf(dask is None, "dask is not installed (Debian: python3-dask)")
@unittest.skipIf(not os.path.exists(NEWS), "no ../shared/news/wikinews.jsonl")
class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.jsonl = os.path.join(cls.tmp.name, "news.jsonl")
        with open(NEWS, encoding="utf-8") as f, open(cls.jsonl, "w", encoding="utf-8") as out:
            cls.articles = [json.loads(line) for _, line in zip(range(90), f)]
            for a in cls.articles:
                out.write(json.dumps(a) + "\n")
        run = subprocess.run([BINARY, "code", cls.jsonl], capture_output=True, text=True,
                             check=True)
        cls.expected = [json.loads(line) for line in run.stdout.splitlines()]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_code_bag_gives_the_cli_events_in_order(self):
        bag = db.from_sequence(self.articles, npartitions=6)
        events = dyad_dask.code_bag(bag, jobs=2)
        got = events.compute(scheduler="threads")
        self.assertGreater(len(self.expected), 20)
        self.assertEqual(got, self.expected)
        frame = dyad_dask.to_dataframe(events).compute(scheduler="sync")
        expected = dyad.events_frame(self.expected)
        self.assertEqual(list(frame.dtypes.astype(str)), list(expected.dtypes.astype(str)))
        self.assertEqual(frame["event_code"].tolist(), expected["event_code"].tolist())
        self.assertEqual(frame["date"].tolist(), expected["date"].tolist())

    def test_read_articles(self):
        bag = dyad_dask.read_articles(self.jsonl, blocksize=20000)
        self.assertGreater(bag.npartitions, 1)
        self.assertEqual(bag.compute(scheduler="sync"), self.articles)
        texts = os.path.join(self.tmp.name, "texts")
        os.mkdir(texts)
        with open(os.path.join(texts, "2024-03-05-arrest.txt"), "w") as f:
            f.write("Russian police arrested students in Moscow on Tuesday.")
        events = dyad_dask.code_bag(dyad_dask.read_articles(texts)).compute(scheduler="sync")
        self.assertEqual([(e["date"], e["source"], e["event_code"]) for e in events],
                         [("2024-03-05", "RUSCOP", "173")])

    def test_local_cluster_two_workers_one_coder_each(self):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            self.skipTest("distributed is not installed (Debian: python3-distributed)")
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=40) as cluster, \
                Client(cluster) as client:
            bag = db.from_sequence(self.articles, npartitions=12)
            got = dyad_dask.code_bag(bag).compute()
            self.assertEqual(got, self.expected)
            built = client.run(lambda: __import__("dyad.dask").dask.coders_built)
            self.assertEqual(len(built), 2)
            self.assertLessEqual(max(built.values()), 1, built)
            self.assertGreaterEqual(sum(built.values()), 1, built)


if __name__ == "__main__":
    unittest.main()

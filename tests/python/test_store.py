"""dyad.Store against dyad ingest and dyad query: the same store from the
same articles, the same answers, ingest again a no-op, and clear errors."""

import json
import os
import subprocess
import tempfile
import unittest

import dyad

try:
    import pandas as pd
except ImportError:  # pragma: no cover
    pd = None

SOURCE_DIR = os.environ.get("DYAD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.environ.get("DYAD_SHARED_DIR", os.path.join(SOURCE_DIR, "..", "shared"))
BINARY = os.environ.get("DYAD_BINARY", os.path.join(SOURCE_DIR, "build", "dyad"))
NEWS = os.path.join(SHARED_DIR, "news", "wikinews.jsonl")


def query(db, *args):
    out = subprocess.run([BINARY, "query", "--db", db, *args, "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


@unittest.skipIf(pd is None, "pandas is not installed (Debian: python3-pandas)")
@unittest.skipIf(not os.path.exists(NEWS), "no ../shared/news/wikinews.jsonl")
class StoreTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        with open(NEWS, encoding="utf-8") as f:
            cls.articles = [json.loads(line) for _, line in zip(range(120), f)]
        jsonl = os.path.join(cls.tmp.name, "news.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for a in cls.articles:
                f.write(json.dumps(a) + "\n")
        cls.cli_db = os.path.join(cls.tmp.name, "cli.db")
        subprocess.run([BINARY, "ingest", "--db", cls.cli_db, jsonl], check=True,
                       capture_output=True)
        cls.py_db = os.path.join(cls.tmp.name, "py.db")
        cls.store = dyad.Store(cls.py_db)
        cls.counts = cls.store.ingest(iter(cls.articles))

    @classmethod
    def tearDownClass(cls):
        del cls.store
        cls.tmp.cleanup()

    def test_ingest_stores_what_dyad_ingest_stores(self):
        self.assertEqual(self.counts["documents"], 120)
        self.assertEqual(self.counts["added"], 120)
        expected = query(self.cli_db, "events", "--limit", "100000")
        got = self.store.events(limit=100000)
        self.assertGreater(len(expected), 50)
        self.assertEqual(len(got), len(expected))
        for column in ("id", "source", "target", "event_code", "num_mentions", "doc", "text"):
            self.assertEqual(got[column].tolist(), [e[column] for e in expected], column)
        self.assertEqual(got["date"].dt.strftime("%Y-%m-%d").tolist(),
                         [e["date"] for e in expected])
        self.assertEqual(str(got["date"].dtype), "datetime64[ns]")

    def test_queries_answer_as_dyad_query(self):
        actors = self.store.actors(limit=5)
        expected = query(self.cli_db, "actors", "--limit", "5")
        self.assertEqual(actors["actor"].tolist(), [a["actor"] for a in expected])
        self.assertEqual(actors["events"].tolist(), [a["events"] for a in expected])
        series = self.store.dyad("USA", "UKR", by="month")
        expected = query(self.cli_db, "dyad", "USA", "UKR", "--by", "month")
        self.assertEqual(series[["period", "source", "target", "events", "verbal_coop"]]
                         .values.tolist(),
                         [[p["period"], p["source"], p["target"], p["events"],
                           p["verbal_coop"]] for p in expected])
        network = self.store.network(min_events=2)
        links = query(self.cli_db, "network", "--min", "2")["links"]
        self.assertEqual(network[["source", "target", "events"]].values.tolist(),
                         [[e["source"], e["target"], e["events"]] for e in links])
        summary = self.store.summary(limit=3)
        rows = query(self.cli_db, "summary", "--limit", "3")
        totals = {r["list"]: r["events"] for r in rows if not r["source"] and not r["code"]}
        for key in ("documents", "events", "mentions"):
            self.assertEqual(summary[key], totals[key], key)
        self.assertEqual(summary["top_dyads"]["source"].tolist(),
                         [r["source"] for r in rows if r["list"] == "top_dyad"])
        self.assertEqual(len(summary["top_codes"]), 3)
        first = self.store.events(limit=1)["id"].iloc[0]
        mentions = self.store.mentions(int(first))
        self.assertEqual(mentions["event"].tolist(), [first] * len(mentions))
        filtered = self.store.events(actor="USA", limit=100000)
        self.assertTrue(len(filtered) > 0)
        self.assertTrue(((filtered.source.str.startswith("USA")) |
                         (filtered.target.str.startswith("USA"))).all())

    def test_ingest_again_is_a_no_op(self):
        again = dyad.Store(self.py_db).ingest(self.articles[:30])
        self.assertEqual((again["added"], again["unchanged"], again["events"]), (0, 30, 0))

    def test_errors(self):
        with self.assertRaises((OSError, ValueError)) as raised:
            dyad.Store(os.path.join(self.tmp.name, "no", "such", "dir", "x.db"))
        self.assertIn("x.db", str(raised.exception))
        with self.assertRaisesRegex(ValueError, 'bad "date"'):
            dyad.Store(os.path.join(self.tmp.name, "e.db")).ingest(
                [{"id": "a", "date": "someday", "text": "x"}])


if __name__ == "__main__":
    unittest.main()

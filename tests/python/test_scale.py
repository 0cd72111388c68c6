"""Scale-out into PostgreSQL (issue 13): Store.ingest on threads and into a
PostgreSQL store gives what dyad ingest stores; a document over the CLI's
piece size is coded in pieces as dyad code codes it; dyad.dask.ingest on a
LocalCluster of 2 workers, one of them killed mid-run, stores exactly what
dyad ingest stores from the same articles (no event lost or doubled).

The PostgreSQL tests run on a throwaway cluster (pg_cluster.py) and are
skipped, saying why, without the server binaries or Dask."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

import dyad

sys.path.insert(0, os.path.dirname(__file__))
import pg_cluster  # noqa: E402

try:
    import dask.bag as db
    import dyad.dask as dyad_dask
    from distributed import Client, LocalCluster
except ImportError:  # pragma: no cover
    db = None

SOURCE_DIR = os.environ.get("DYAD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.environ.get("DYAD_SHARED_DIR", os.path.join(SOURCE_DIR, "..", "shared"))
BINARY = os.environ.get("DYAD_BINARY", os.path.join(SOURCE_DIR, "build", "dyad"))
NEWS = os.path.join(SHARED_DIR, "news")
# Fields of an event that do not depend on the order documents were stored
# in (its id and "first mention" do, when workers store in parallel).
STABLE = ("date", "source", "target", "event_code", "root_code", "quad_class", "goldstein",
          "num_mentions", "num_articles", "num_sources")


def read_news(limit):
    articles = []
    for name in ("wikinews.jsonl", "globalvoices.jsonl"):
        with open(os.path.join(NEWS, name), encoding="utf-8") as f:
            articles += [json.loads(line) for line in f]
    return articles[:limit]


def write_jsonl(path, articles):
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a) + "\n")


def cli(*args):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, check=True).stdout


def stored_events(db_url, stable=False):
    out = cli("query", "--db", db_url, "events", "--limit", "1000000", "--format", "jsonl")
    events = [json.loads(line) for line in out.splitlines()]
    if stable:
        events = sorted(json.dumps({k: e[k] for k in STABLE}, sort_keys=True) for e in events)
    return events


def totals(db_url):
    out = cli("query", "--db", db_url, "summary", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    return {r["list"]: r["events"] for r in rows if r["list"] in ("documents", "mentions")}


def large_article(articles):
    """One document of ~600 KiB, made of the news articles' paragraphs."""
    text = "\n\n".join(a["text"] for a in articles)
    while len(text.encode()) < 600 << 10:
        text += "\n\n" + text
    return {"id": "large", "date": "2010-06-01", "text": text}


@unittest.skipIf(not os.path.isdir(NEWS), "no ../shared/news")
class PiecesAndThreadsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.articles = read_news(80)
        cls.large = large_article(cls.articles)
        cls.jsonl = os.path.join(cls.tmp.name, "news.jsonl")
        write_jsonl(cls.jsonl, cls.articles + [cls.large])

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_a_large_document_is_coded_in_pieces_as_dyad_code_does(self):
        self.assertGreater(len(self.large["text"].encode()), 256 << 10)
        path = os.path.join(self.tmp.name, "large.jsonl")
        write_jsonl(path, [self.large])
        expected = [json.loads(line) for line in cli("code", path).splitlines()]
        self.assertGreater(len(expected), 50)  # enough to compare; the count moves with the coder
        coder = dyad.Coder()
        self.assertEqual(coder.code(self.large["text"], self.large["date"], "large"), expected)
        self.assertEqual(list(coder.code_many([self.large], jobs=2)), expected)

    def test_ingest_on_threads_stores_what_dyad_ingest_stores(self):
        cli_db = os.path.join(self.tmp.name, "cli.db")
        cli("ingest", "--db", cli_db, self.jsonl)
        py_db = os.path.join(self.tmp.name, "py.db")
        counts = dyad.Store(py_db).ingest(iter(self.articles + [self.large]), jobs=2)
        self.assertEqual(counts["added"], len(self.articles) + 1)
        self.assertEqual(stored_events(py_db), stored_events(cli_db))
        self.assertEqual(totals(py_db), totals(cli_db))


@unittest.skipIf(not os.path.isdir(NEWS), "no ../shared/news")
@unittest.skipIf(pg_cluster.missing(), f"PostgreSQL tests skipped: {pg_cluster.missing()}")
class PostgresTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.cluster = pg_cluster.Cluster()

    @classmethod
    def tearDownClass(cls):
        cls.cluster.close()
        cls.tmp.cleanup()

    def test_store_on_postgres_answers_as_dyad_ingest_and_query(self):
        articles = read_news(150)
        jsonl = os.path.join(self.tmp.name, "news.jsonl")
        write_jsonl(jsonl, articles)
        cli_url, py_url = self.cluster.url("cli"), self.cluster.url("py")
        cli("ingest", "--db", cli_url, jsonl)
        store = dyad.Store(py_url)
        counts = store.ingest(articles, jobs=2)
        self.assertEqual((counts["documents"], counts["added"]), (150, 150))
        self.assertEqual(stored_events(py_url), stored_events(cli_url))
        again = store.ingest(articles)
        self.assertEqual((again["unchanged"], again["events"]), (150, 0))
        self.assertEqual(totals(py_url), totals(cli_url))
        frame = store.events(actor="USA", limit=5)
        self.assertEqual(frame["id"].tolist(),
                         [e["id"] for e in json.loads(cli("query", "--db", cli_url, "events",
                                                          "--actor", "USA", "--limit", "5",
                                                          "--format", "json"))])

    @unittest.skipIf(db is None, "Dask tests skipped: dask or distributed is not installed "
                     "(Debian: python3-dask python3-distributed)")
    def test_dask_ingest_with_a_worker_killed_mid_run_is_exact(self):
        # All the news twice over (the second time under other ids), in
        # partitions small enough that the kill falls between them.
        news = read_news(10000)
        articles = news + [dict(a, id=a["id"] + "#2") for a in news]
        jsonl = os.path.join(self.tmp.name, "all.jsonl")
        write_jsonl(jsonl, articles)
        cli_url, dask_url = self.cluster.url("cli_all"), self.cluster.url("dask")
        cli("ingest", "--db", cli_url, jsonl)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=50) as cluster, \
                Client(cluster) as client:
            bag = db.from_sequence(articles, npartitions=60)
            future = client.compute(dyad_dask.ingest(bag, dask_url))
            store = dyad.Store(dask_url, read_only=True)
            while store.summary()["documents"] == 0 and not future.done():
                time.sleep(0.01)
            before = store.summary()["documents"]
            victim = next(iter(client.run(os.getpid).values()))
            os.kill(victim, signal.SIGKILL)
            counts = future.result(timeout=240)
            del store
        self.assertGreater(before, 0)
        self.assertLess(before, len(articles), "the run ended before the kill")
        self.assertEqual(totals(dask_url), totals(cli_url))
        self.assertEqual(stored_events(dask_url, stable=True),
                         stored_events(cli_url, stable=True))
        self.assertEqual(sum(c["documents"] for c in counts), len(articles))
        # Storing it all again stores nothing.
        again = dyad.Store(dask_url).ingest(articles, jobs=2)
        self.assertEqual(again["unchanged"], len(articles))
        self.assertEqual(totals(dask_url), totals(cli_url))


if __name__ == "__main__":
    unittest.main()

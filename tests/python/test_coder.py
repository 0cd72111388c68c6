"""dyad.Coder against the dyad command line: the same events on the same
articles, the same error messages, and the GIL released while coding.
Run by ctest (python_test) with PYTHONPATH=build/python."""

import json
import os
import subprocess
import tempfile
import threading
import time
import unittest

import dyad

SOURCE_DIR = os.environ.get("DYAD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.environ.get("DYAD_SHARED_DIR", os.path.join(SOURCE_DIR, "..", "shared"))
BINARY = os.environ.get("DYAD_BINARY", os.path.join(SOURCE_DIR, "build", "dyad"))
EXAMPLE = os.path.abspath(os.path.join(SOURCE_DIR, "examples", "2024-07-10-nato-summit.txt"))


def cli(*args):
    """Runs build/dyad; returns (events as dicts, stderr)."""
    run = subprocess.run([BINARY, *args], capture_output=True, text=True, check=False)
    events = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return events, run.stderr


def news_articles(limit):
    path = os.path.join(SHARED_DIR, "news", "wikinews.jsonl")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(limit), f)]


class CoderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.coder = dyad.Coder()

    def test_code_gives_the_cli_events(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read()
        expected, _ = cli("code", EXAMPLE)
        self.assertGreater(len(expected), 3)
        got = self.coder.code(text, date="2024-07-10", doc_id=EXAMPLE)
        self.assertEqual(got, expected)
        # Field order too, as the JSON has it.
        self.assertEqual(list(got[0]), list(expected[0]))
        self.assertEqual(set(got[0]["evidence"]), {"source", "target", "trigger"})

    def test_code_many_gives_the_cli_events_in_order(self):
        articles = news_articles(80)
        if articles is None:
            self.skipTest("no ../shared/news/wikinews.jsonl")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "news.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for a in articles:
                    f.write(json.dumps(a) + "\n")
            expected, _ = cli("code", path)
        self.assertGreater(len(expected), 20)
        for jobs in (1, 2, 3):
            got = list(self.coder.code_many(iter(articles), jobs=jobs))
            self.assertEqual(got, expected, f"jobs={jobs}")

    def test_code_many_takes_texts_and_dates(self):
        import datetime

        text = "Russian police arrested students in Moscow on Tuesday."
        events = list(self.coder.code_many([text, {"text": text, "date": datetime.date(2024, 3, 5)}]))
        self.assertEqual([e["date"] for e in events], ["", "2024-03-05"])
        self.assertEqual(events[0]["source"], "RUSCOP")
        self.assertEqual(events[1]["date"], "2024-03-05")
        stamp = self.coder.code(text, date="2024-03-05T09:30:00Z")
        self.assertEqual(stamp[0]["date"], "2024-03-05")

    def test_bad_date_raises_the_cli_message(self):
        text = "Russian police arrested students in Moscow on Tuesday."
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "a.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps({"id": "a1", "date": "2024-13-01", "text": text}) + "\n")
            _, stderr = cli("code", path)
        with self.assertRaises(ValueError) as raised:
            self.coder.code(text, date="2024-13-01", doc_id="a1")
        message = str(raised.exception)
        self.assertEqual(message, 'a1: bad "date" "2024-13-01" (expected YYYY-MM-DD)')
        self.assertIn(message.removeprefix("a1"), stderr)

    def test_invalid_utf8_raises_the_cli_message(self):
        data = "Russian police arrested students".encode() + b"\xff in Moscow."
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bad.txt")
            with open(path, "wb") as f:
                f.write(data)
            _, stderr = cli("code", path)
        with self.assertRaises(ValueError) as raised:
            self.coder.code(data, doc_id="bad.txt")
        message = str(raised.exception)
        self.assertEqual(message, "bad.txt: invalid UTF-8 at byte offset 32")
        self.assertIn(message.removeprefix("bad.txt"), stderr)
        # A str with a lone surrogate is no UTF-8 either.
        with self.assertRaisesRegex(ValueError, "invalid UTF-8 at byte offset 7"):
            self.coder.code("Russia \udcff attacked Ukraine.")

    def test_code_many_raises_in_turn(self):
        good = {"id": "g", "date": "2024-03-05",
                "text": "Russian police arrested students in Moscow on Tuesday."}
        stream = self.coder.code_many([good, {"id": "b", "date": "tuesday", "text": "x"}, good])
        self.assertEqual(next(stream)["doc"], "g")
        with self.assertRaisesRegex(ValueError, '^b: bad "date" "tuesday"'):
            next(stream)
        with self.assertRaisesRegex(ValueError, 'articles\\[0\\]: missing string field "text"'):
            list(self.coder.code_many([{"id": None}]))
        with self.assertRaisesRegex(ValueError, "jobs must be at least 1"):
            self.coder.code_many([], jobs=0)

    def test_dictionary_errors(self):
        with self.assertRaises(FileNotFoundError):
            dyad.Coder(dicts="/nonexistent/verbs.dyad")
        with self.assertRaisesRegex(ValueError, "dict_format must be auto, dyad, petrarch"):
            dyad.Coder(dict_format="cameo")
        own = dyad.Coder(dicts=os.path.join(SOURCE_DIR, "data"), dict_format="dyad")
        self.assertTrue(own.code("Russian police arrested students in Moscow."))

    def test_coding_releases_the_gil(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read() * 1500  # 1.5 MB: long enough to watch (coded in pieces)
        for call in (lambda: self.coder.code(text),
                     lambda: list(self.coder.code_many([text, text], jobs=2))):
            worker = threading.Thread(target=call)
            start = time.monotonic()
            worker.start()
            ticks = 0
            while worker.is_alive():
                time.sleep(0.001)
                ticks += 1
            elapsed = time.monotonic() - start
            # Held through the call, the GIL would keep this thread from
            # waking up until the call returns: a tick or two. Released, it
            # ticks throughout; how often depends on the machine's load (a
            # busy one schedules this thread rarely), so the floor is low.
            self.assertGreater(elapsed, 0.1)
            self.assertGreater(ticks, 10, f"{elapsed:.2f} s")

    def test_help_and_stubs(self):
        self.assertIn("code_many", dyad.Coder.__doc__ + (dyad.Coder.code_many.__doc__ or ""))
        self.assertIn("byte offsets", dyad.Coder.code.__doc__)
        stub = os.path.join(os.path.dirname(dyad.__file__), "__init__.pyi")
        with open(stub, encoding="utf-8") as f:
            stub_text = f.read()
        for name in dyad.__all__:
            self.assertIn(name, stub_text)


if __name__ == "__main__":
    unittest.main()

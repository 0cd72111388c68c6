"""dyad.events_frame: columns, dtypes, empty input, and pandas imported only
when a frame is made."""

import subprocess
import sys
import unittest

import dyad

try:
    import pandas as pd
except ImportError:  # pragma: no cover
    pd = None

TEXT = ("Russian police arrested students in Moscow on Tuesday. "
        "China criticised NATO, dismissing the allegations as lies.")


@unittest.skipIf(pd is None, "pandas is not installed (Debian: python3-pandas)")
class EventsFrameTest(unittest.TestCase):
    def test_columns_and_dtypes(self):
        coder = dyad.Coder(monadic=True)
        events = coder.code(TEXT, date="2024-03-05", doc_id="d1")
        events += coder.code("Police fired tear gas in Paris.", doc_id="d2")
        frame = dyad.events_frame(events)
        self.assertEqual(list(frame.columns), list(dyad.EVENT_COLUMNS))
        self.assertEqual(len(frame), len(events))
        self.assertEqual(str(frame["date"].dtype), "datetime64[ns]")
        self.assertEqual(frame["date"].iloc[0], pd.Timestamp("2024-03-05"))
        self.assertTrue(frame["date"].iloc[-1] is pd.NaT)  # no date
        self.assertEqual(str(frame["event_code"].dtype), "string")
        self.assertEqual(frame["event_code"].iloc[0], events[0]["event_code"])
        self.assertEqual(str(frame["goldstein"].dtype), "float64")
        self.assertEqual(str(frame["target_begin"].dtype), "Int64")
        first = events[0]["evidence"]
        self.assertEqual(frame["trigger"].iloc[0], first["trigger"]["text"])
        self.assertEqual(frame["source_end"].iloc[0], first["source"]["end"])
        monadic = frame[frame["target"] == ""]
        self.assertTrue(len(monadic) > 0 and monadic["target_begin"].isna().all())

    def test_from_a_stream_and_empty(self):
        coder = dyad.Coder()
        frame = dyad.events_frame(coder.code_many([{"id": "a", "text": TEXT}], jobs=2))
        self.assertEqual(list(frame["doc"].unique()), ["a"])
        empty = dyad.events_frame([])
        self.assertEqual(len(empty), 0)
        self.assertEqual(list(empty.columns), list(dyad.EVENT_COLUMNS))
        self.assertEqual(str(empty["goldstein"].dtype), "float64")


class LazyPandasTest(unittest.TestCase):
    def test_import_dyad_does_not_import_pandas(self):
        code = "import sys, dyad; dyad.Coder().code('x'); print('pandas' in sys.modules)"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout
        self.assertEqual(out.strip(), "False")


if __name__ == "__main__":
    unittest.main()

"""The README's Python and Dask example runs as printed: it codes the news
of ../shared/news on a LocalCluster of 2 workers and plots the USA-CHN
monthly series to a PNG file (the paths are read from ../shared beside the
repository, wherever the tests run from)."""

import os
import re
import subprocess
import sys
import tempfile
import unittest

SOURCE_DIR = os.environ.get("DYAD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.environ.get("DYAD_SHARED_DIR", os.path.join(SOURCE_DIR, "..", "shared"))


def missing(*modules):
    for name in modules:
        try:
            __import__(name)
        except ImportError:
            return name
    return None


def readme_example():
    with open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    section = readme.split("## Python and Dask", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


LACKING = missing("dask", "distributed", "pandas", "matplotlib")


@unittest.skipIf(LACKING, f"README example skipped: no Python module {LACKING} (Debian: "
                 "python3-dask python3-distributed python3-pandas python3-matplotlib)")
@unittest.skipIf(not os.path.isdir(os.path.join(SHARED_DIR, "news")), "no ../shared/news")
class ReadmeExampleTest(unittest.TestCase):
    def test_the_ten_line_example_runs(self):
        code = readme_example()
        self.assertLessEqual(len(code.strip().splitlines()), 10)
        code = code.replace("../shared/", os.path.abspath(SHARED_DIR) + "/")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            os.path.abspath(p) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p)
        with tempfile.TemporaryDirectory() as tmp:
            run = subprocess.run([sys.executable, "-c", "import matplotlib\n"
                                  "matplotlib.use('Agg')\n" + code],
                                 cwd=tmp, env=env, capture_output=True, text=True, timeout=240)
            self.assertEqual(run.returncode, 0, run.stderr[-3000:])
            pngs = [f for f in os.listdir(tmp) if f.endswith(".png")]
            self.assertEqual(len(pngs), 1, os.listdir(tmp))
            with open(os.path.join(tmp, pngs[0]), "rb") as f:
                self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")


if __name__ == "__main__":
    unittest.main()

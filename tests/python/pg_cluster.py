"""A throwaway PostgreSQL cluster for the Python tests, as
tests/testing/postgres_cluster.h makes one for the C++ tests: initdb in a
temporary folder, the server on a unix socket there only (run as the
"postgres" user when the tests run as root), stopped and removed at close.
"""

import glob
import os
import shutil
import subprocess
import tempfile


def _bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


def missing():
    """Why no cluster can be started here, or None."""
    if _bin() is None:
        return "PostgreSQL server binaries not found (Debian: postgresql)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a 'postgres' user to run the server"
    return None


class Cluster:
    def __init__(self):
        self.bin = _bin()
        self.dir = tempfile.mkdtemp(prefix="dyad-pg-py-")
        self.as_user = []
        if os.geteuid() == 0:
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", self.dir + "/data", "-U", "dyad", "--auth=trust",
                  "-E", "UTF8", "--no-locale", "--no-sync")
        # Each Dask worker and the test hold connections; the default 100 is
        # plenty.
        self._run("pg_ctl", "-D", self.dir + "/data", "-l", self.dir + "/server.log", "-w",
                  "-o", f"-k {self.dir} -c listen_addresses= -c fsync=off", "start")

    def _run(self, tool, *args):
        subprocess.run(self.as_user + [os.path.join(self.bin, tool), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def url(self, name):
        """A database of its own, created on first use."""
        subprocess.run(self.as_user + [os.path.join(self.bin, "createdb"), "-h", self.dir,
                                       "-U", "dyad", name],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return f"postgresql:///{name}?host={self.dir}&user=dyad"

    def close(self):
        subprocess.run(self.as_user + [os.path.join(self.bin, "pg_ctl"), "-D",
                                       self.dir + "/data", "-m", "immediate", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)

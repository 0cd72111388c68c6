#!/bin/sh
# The install rule (python/CMakeLists.txt) puts `dyad` where the system's
# Python 3 imports it from: installed into a scratch DESTDIR, it is imported
# from there by a python3 started in another folder and codes a sentence,
# and the folder it goes to is on that python3's own sys.path.
# Usage: install_test.sh CMAKE BUILD_DIR PYTHON3 INSTALL_DIR
set -eu
cmake=$1 build=$2 python=$3 dir=$4
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
DESTDIR=$dest "$cmake" --install "$build" --component python >/dev/null
cd /
code=$(PYTHONPATH=$dest$dir "$python" -c "
import dyad
assert dyad.__file__.startswith('$dest'), dyad.__file__
print(dyad.Coder().code('Russian police arrested students in Moscow.', '2024-03-05')[0]['event_code'])")
[ "$code" = 173 ] || { echo "installed dyad coded '$code', not 173"; exit 1; }
"$python" -c "import sys; sys.exit(0 if '$dir' in sys.path else 'not on sys.path: $dir')"
echo "dyad installs into $dir, on $python's sys.path"

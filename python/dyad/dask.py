"""Scale-out on Dask: code a Dask bag of articles on a cluster's workers.

Each worker process builds one Coder per set of options, the first time one
of its partitions needs it, and keeps it for the partitions that follow (a
Coder is thread-safe, so a worker's threads share it). dask is imported only
with this module.

    >>> import dask.bag as db, dyad.dask
    >>> articles = dyad.dask.read_articles("archive/*.jsonl")
    >>> events = dyad.dask.code_bag(articles)
    >>> frame = dyad.dask.to_dataframe(events)      # a dask DataFrame
    >>> counts = dyad.dask.ingest(articles, "postgresql://host/news").compute()
"""

import json
import os
import re
import threading

import dask
import dask.bag
import dask.dataframe

from ._dyad import Coder
from .frames import events_frame
from .store import Store

_lock = threading.Lock()
_coders = {}  # options -> Coder, in this process
coders_built = 0  # Coders this process has built (for tests and monitoring)
_stores = {}  # url -> Stores no partition is using, in this process


def _coder(options):
    global coders_built
    with _lock:
        coder = _coders.get(options)
        if coder is None:
            dicts, dict_format, flags = options
            coder = _coders[options] = Coder(list(dicts) if dicts else None, dict_format,
                                             **dict(flags))
            coders_built += 1
        return coder


def _code_partition(articles, options, jobs):
    return list(_coder(options).code_many(articles, jobs=jobs))


def _options(dicts, dict_format, options):
    if isinstance(dicts, (str, os.PathLike)):
        dicts = [dicts]
    return (tuple(os.fspath(d) for d in dicts) if dicts else None, dict_format,
            tuple(sorted(options.items())))


def code_bag(bag, dicts=None, dict_format="auto", jobs=1, **options):
    """A bag of events (the dicts Coder.code returns), partition by partition
    in order, from a bag of articles (dicts {"id", "date", "text", ...} or
    texts). dicts, dict_format and options (monadic, all_mentions, syntax)
    are those of Coder; jobs: threads per partition."""
    return bag.map_partitions(_code_partition, _options(dicts, dict_format, options), jobs)


def _ingest_partition(articles, url, options, jobs):
    articles = list(articles)
    # A worker keeps its connections for the partitions that follow: a new
    # session costs the server as much CPU as storing 100 articles. One that
    # failed is dropped.
    with _lock:
        free = _stores.setdefault(url, [])
        store = free.pop() if free else None
    if store is None:
        store = Store(url)
    # One transaction for the whole partition (a batch larger than it).
    counts = store.ingest(articles, _coder(options), batch=len(articles) + 1, jobs=jobs)
    with _lock:
        _stores[url].append(store)
    return [counts]


def ingest(bag, url, dicts=None, dict_format="auto", jobs=1, **options):
    """Codes a bag of articles on the workers and stores them in the
    PostgreSQL store at url ("postgresql://user@host/dbname"), each
    partition in one transaction. Returns a bag of one dict of counts per
    partition (documents, added, unchanged, replaced, events), to compute.

    A partition is stored whole or not at all, and a document already
    stored with the same text is left alone; so a partition that Dask runs
    again (its worker died before or after it committed) stores nothing
    twice. An article that cannot be read (no text, a bad date, invalid
    UTF-8) fails the computation with ValueError after the articles before
    it in its partition are stored, as Store.ingest does; storing the bag
    again once it is mended completes the store. Coder options as for
    code_bag. The store's tables are made here, before any worker writes."""
    Store(url)
    return bag.map_partitions(_ingest_partition, url, _options(dicts, dict_format, options),
                              jobs)


def to_dataframe(events):
    """A Dask DataFrame of a bag of events, with the columns and dtypes of
    dyad.events_frame (one pandas partition per bag partition)."""
    parts = [dask.delayed(events_frame)(p) for p in events.to_delayed()]
    return dask.dataframe.from_delayed(parts, meta=events_frame([]))


_DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _text_article(path):
    with open(path, "rb") as f:
        text = f.read()
    dated = _DATED_NAME.match(os.path.basename(path))
    return {"id": path, "date": dated.group(1) if dated else None, "text": text}


def read_articles(urlpath, blocksize=None):
    """A bag of articles: JSON Lines files (*.jsonl, read in blocks as
    dask.bag.read_text reads them), or text files, one article each, with
    the date a file name starts with ("2024-07-11-story.txt"), as dyad code
    reads them. urlpath: a glob, a directory (its *.txt files) or a list."""
    if isinstance(urlpath, str) and os.path.isdir(urlpath):
        urlpath = os.path.join(urlpath, "*.txt")
    paths = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    if all(p.endswith(".jsonl") for p in paths):
        lines = dask.bag.read_text(paths, blocksize=blocksize)
        return lines.filter(lambda line: line.strip()).map(json.loads)
    import glob

    files = sorted(f for p in paths for f in glob.glob(p))
    return dask.bag.from_sequence(files, npartitions=max(1, min(len(files), 64))).map(
        _text_article)

"""dyad.Store: the event store (SQLite file or PostgreSQL URL) from Python,
its answers as pandas DataFrames, as `dyad query` gives them."""

from ._dyad import _Store


def _frame(rows, columns, dates=()):
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    for column in dates:
        frame[column] = pd.to_datetime(frame[column].replace("", None), format="%Y-%m-%d")
    return frame


_EVENT_COLUMNS = ["id", "date", "source", "target", "event_code", "root_code", "quad_class",
                  "goldstein", "num_mentions", "num_articles", "num_sources", "modality",
                  "doc", "text", "source_name", "target_name", "url"]
_MENTION_COLUMNS = ["id", "event", "event_date", "doc", "outlet", "url", "doc_date",
                    "sentence", "modality", "source_begin", "target_begin", "trigger_begin",
                    "source_name", "target_name", "trigger", "rule"]
_DYAD_COLUMNS = ["period", "source", "target", "events", "verbal_coop", "material_coop",
                 "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean"]
_ACTOR_COLUMNS = ["actor", "as_source", "as_target", "events", "goldstein_mean"]
_EDGE_COLUMNS = ["source", "target", "events", "cooperation", "conflict", "goldstein_mean",
                 "goldstein_sum"]


def _date(value):
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()[:10]


class Store:
    """dyad's event store: an SQLite file (created on first ingest) or a
    PostgreSQL database ("postgresql://user@host/dbname").

    ingest() codes and stores articles (a document already stored with the
    same text is left alone, so ingesting again is a no-op); the queries are
    those of `dyad query` and return pandas DataFrames (pandas is imported
    then). Every query takes from_/to ("YYYY-MM-DD" or a date) and the
    aggregates all_modalities (count denied and hypothetical events too).
    Errors raise ValueError or OSError with dyad's message.
    """

    def __init__(self, path_or_url, read_only=False):
        self._store = _Store(str(path_or_url), read_only)

    def ingest(self, articles, coder=None, batch=64, jobs=1):
        """Codes articles (dicts {"id", "date", "text", ...} or texts, as
        Coder.code_many takes them) with `coder` (default: a Coder with the
        built-in dictionaries) on `jobs` threads and stores them in order,
        `batch` documents per transaction, as `dyad ingest` does (a document
        over 256 KiB is coded in pieces, as there). Returns the counts:
        documents, added, unchanged, replaced, events."""
        if coder is None:
            from ._dyad import Coder

            coder = Coder()
        return self._store.ingest(articles, coder, batch, jobs)

    def events(self, from_=None, to=None, actor="", source="", target="", code="", quad=0,
               modality="", text="", limit=100, offset=0):
        """Stored events with their counts (dyad query events); actor, source,
        target and code match prefixes."""
        rows = self._store.events(_date(from_), _date(to), actor, source, target, code, quad,
                                  modality, text, limit, offset)
        return _frame(rows, _EVENT_COLUMNS, dates=("date",))

    def mentions(self, event):
        """Every report of one event (dyad query mentions ID)."""
        return _frame(self._store.mentions(event), _MENTION_COLUMNS,
                      dates=("event_date", "doc_date"))

    def dyad(self, a, b, by="month", from_=None, to=None, all_modalities=False):
        """The relation between actors a and b (code prefixes) over time, both
        directions; by "day", "week" or "month"."""
        rows = self._store.dyad(a, b, by, _date(from_), _date(to), all_modalities)
        return _frame(rows, _DYAD_COLUMNS)

    def actors(self, limit=20, from_=None, to=None, all_modalities=False):
        """The most active actors."""
        rows = self._store.actors(limit, _date(from_), _date(to), all_modalities)
        return _frame(rows, _ACTOR_COLUMNS)

    def network(self, min_events=1, from_=None, to=None, all_modalities=False):
        """Directed actor-to-actor edges with at least min_events events."""
        rows = self._store.network(min_events, _date(from_), _date(to), all_modalities)
        return _frame(rows, _EDGE_COLUMNS)

    def network_graph(self, min_events=1, from_=None, to=None, all_modalities=False):
        """The network as a networkx.DiGraph (needs networkx), edge attributes
        as in network()."""
        import networkx as nx

        graph = nx.DiGraph()
        for edge in self._store.network(min_events, _date(from_), _date(to), all_modalities):
            graph.add_edge(edge.pop("source"), edge.pop("target"), **edge)
        return graph

    def summary(self, limit=10, from_=None, to=None, all_modalities=False):
        """Totals, and the top dyads and codes and the most conflictual and
        cooperative relations as DataFrames (dyad query summary)."""
        s = self._store.summary(limit, _date(from_), _date(to), all_modalities)
        for key in ("top_dyads", "most_conflictual", "most_cooperative"):
            s[key] = _frame(s[key], _EDGE_COLUMNS)
        s["top_codes"] = _frame(s["top_codes"], ["event_code", "mentions"])
        return s

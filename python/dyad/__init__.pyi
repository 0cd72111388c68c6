# Type stubs for the dyad package (the extension dyad._dyad, dyad.frames and
# dyad.store).
import datetime
import os
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, TypedDict, Union

import pandas

class Span(TypedDict):
    begin: int  # byte offset into the UTF-8 text
    end: int
    text: str

class Evidence(TypedDict):
    source: Span
    target: Optional[Span]  # None when the event has no target
    trigger: Span

class Event(TypedDict, total=False):
    doc: str
    sentence: int
    date: str  # YYYY-MM-DD or ""
    source: str
    source_name: str
    target: str
    target_name: str
    event_code: str
    base_code: str
    root_code: str
    quad_class: int
    goldstein: float
    modality: str
    mentions: int
    text: str
    evidence: Evidence
    rule: str
    url: str  # only when the document has one
    issues: str  # only when there are any

Text = Union[str, bytes]
DateLike = Union[str, datetime.date, None]
Article = Union[str, bytes, Mapping[str, Any]]
PathLike = Union[str, "os.PathLike[str]"]

class EventStream(Iterator[Event]):
    def __iter__(self) -> EventStream: ...
    def __next__(self) -> Event: ...

class Coder:
    def __init__(
        self,
        dicts: Union[None, PathLike, Sequence[PathLike]] = None,
        dict_format: str = "auto",
        *,
        monadic: bool = False,
        all_mentions: bool = False,
        syntax: bool = False,
    ) -> None: ...
    def code(
        self,
        text: Text,
        date: DateLike = None,
        doc_id: Optional[str] = None,
        *,
        title: Optional[str] = None,
        url: Optional[str] = None,
    ) -> list[Event]: ...
    def code_many(self, articles: Iterable[Article], jobs: int = 1) -> EventStream: ...

EVENT_COLUMNS: dict[str, str]

def events_frame(events: Iterable[Mapping[str, Any]]) -> pandas.DataFrame: ...

Day = Union[str, datetime.date, None]

class Store:
    def __init__(self, path_or_url: PathLike, read_only: bool = False) -> None: ...
    def ingest(
        self,
        articles: Iterable[Article],
        coder: Optional[Coder] = None,
        batch: int = 64,
        jobs: int = 1,
    ) -> dict[str, int]: ...
    def events(
        self,
        from_: Day = None,
        to: Day = None,
        actor: str = "",
        source: str = "",
        target: str = "",
        code: str = "",
        quad: int = 0,
        modality: str = "",
        text: str = "",
        limit: int = 100,
        offset: int = 0,
    ) -> pandas.DataFrame: ...
    def mentions(self, event: int) -> pandas.DataFrame: ...
    def dyad(
        self,
        a: str,
        b: str,
        by: str = "month",
        from_: Day = None,
        to: Day = None,
        all_modalities: bool = False,
    ) -> pandas.DataFrame: ...
    def actors(
        self, limit: int = 20, from_: Day = None, to: Day = None, all_modalities: bool = False
    ) -> pandas.DataFrame: ...
    def network(
        self, min_events: int = 1, from_: Day = None, to: Day = None, all_modalities: bool = False
    ) -> pandas.DataFrame: ...
    def network_graph(
        self, min_events: int = 1, from_: Day = None, to: Day = None, all_modalities: bool = False
    ) -> Any: ...
    def summary(
        self, limit: int = 10, from_: Day = None, to: Day = None, all_modalities: bool = False
    ) -> dict[str, Any]: ...

__all__: list[str]

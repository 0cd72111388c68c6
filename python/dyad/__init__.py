"""dyad: a fast, explainable political event coder, for Python.

    >>> import dyad
    >>> coder = dyad.Coder()
    >>> events = coder.code("Russian police arrested students in Moscow.", date="2024-03-05")
    >>> events[0]["source"], events[0]["target"], events[0]["event_code"]
    ('RUSCOP', 'RUSEDU', '173')

Coder.code() and Coder.code_many() return events as dicts with the fields of
`dyad code` JSON; events_frame() turns them into a pandas DataFrame (pandas is
imported only then). Store keeps coded articles in dyad's event store and
answers the questions of `dyad query` as DataFrames.
"""

from ._dyad import Coder, EventStream
from .frames import EVENT_COLUMNS, events_frame
from .store import Store

__all__ = ["Coder", "EventStream", "EVENT_COLUMNS", "Store", "events_frame"]

"""Events as pandas DataFrames. pandas is imported when a frame is made,
not when dyad is, so that coding needs no pandas."""

# Column name -> pandas dtype. Dates are datetime64 (NaT when unknown), codes
# and names strings, the Goldstein score a float; the evidence spans (byte
# offsets into the UTF-8 text) are nullable integers, since an event without
# a target has no target span.
# The categories of the modality column, the same in every frame (so that
# the partitions of a Dask DataFrame agree).
MODALITIES = ["asserted", "reported", "alleged", "denied", "hypothetical"]

EVENT_COLUMNS = {
    "doc": "string",
    "sentence": "int64",
    "date": "datetime64[ns]",
    "source": "string",
    "source_name": "string",
    "target": "string",
    "target_name": "string",
    "event_code": "string",
    "base_code": "string",
    "root_code": "string",
    "quad_class": "int8",
    "goldstein": "float64",
    "modality": "category",
    "mentions": "int64",
    "text": "string",
    "source_begin": "Int64",
    "source_end": "Int64",
    "target_begin": "Int64",
    "target_end": "Int64",
    "trigger": "string",
    "trigger_begin": "Int64",
    "trigger_end": "Int64",
    "rule": "string",
    "url": "string",
    "issues": "string",
}


def _row(event):
    evidence = event.get("evidence") or {}
    row = {k: event.get(k, "") for k in EVENT_COLUMNS}
    for side in ("source", "target", "trigger"):
        span = evidence.get(side)
        row[side + "_begin"] = span["begin"] if span else None
        row[side + "_end"] = span["end"] if span else None
    trigger = evidence.get("trigger")
    row["trigger"] = trigger["text"] if trigger else ""
    return row


def events_frame(events):
    """A pandas DataFrame of events (any iterable of the dicts that
    Coder.code() and Coder.code_many() return), one row per event.

    Columns and dtypes are those of EVENT_COLUMNS: the event's fields, with
    the evidence spans flattened into source_begin/source_end, target_begin/
    target_end, trigger (the words) and trigger_begin/trigger_end. An empty
    input gives an empty frame with the same columns.
    """
    import pandas as pd

    frame = pd.DataFrame([_row(e) for e in events], columns=list(EVENT_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"].replace("", None), format="%Y-%m-%d")
    dtypes = dict(EVENT_COLUMNS, modality=pd.CategoricalDtype(MODALITIES))
    return frame.astype(dtypes)

# Type stubs for dyad.dask.
import os
from typing import Any, Optional, Sequence, Union

import dask.bag
import dask.dataframe

coders_built: int

def code_bag(
    bag: dask.bag.Bag,
    dicts: Union[None, str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]] = None,
    dict_format: str = "auto",
    jobs: int = 1,
    **options: bool,
) -> dask.bag.Bag: ...
def ingest(
    bag: dask.bag.Bag,
    url: str,
    dicts: Union[None, str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]] = None,
    dict_format: str = "auto",
    jobs: int = 1,
    **options: bool,
) -> dask.bag.Bag: ...
def to_dataframe(events: dask.bag.Bag) -> dask.dataframe.DataFrame: ...
def read_articles(
    urlpath: Union[str, Sequence[str]], blocksize: Optional[Any] = None
) -> dask.bag.Bag: ...

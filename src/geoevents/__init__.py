"""geoevents: news articles to a research-grade geopolitical event dataset."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("geoevents")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

CODER_VERSION = f"geoevents-{__version__}"

__all__ = ["CODER_VERSION", "__version__"]

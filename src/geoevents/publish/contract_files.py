"""``schemas/<table>.schema.json`` and ``schemas/DATA_DICTIONARY.md``, written from ``geoevents.schema``."""

from __future__ import annotations

from pathlib import Path

from geoevents.errors import DatasetError
from geoevents.schema import TABLES, data_dictionary_markdown, schema_json_text

__all__ = ["DICTIONARY_NAME", "contract_files", "write_contract_files"]

DICTIONARY_NAME = "DATA_DICTIONARY.md"


def contract_files() -> dict[str, str]:
    """File name -> generated text, for every file ``write_contract_files`` writes."""
    files = {f"{name}.schema.json": schema_json_text(name) for name in TABLES}
    files[DICTIONARY_NAME] = data_dictionary_markdown()
    return files


def write_contract_files(directory: Path) -> list[Path]:
    """Write the schema JSON of every table and the data dictionary into ``directory``."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        for name, text in contract_files().items():
            path = directory / name
            path.write_text(text, encoding="utf-8")
            written.append(path)
    except OSError as err:
        raise DatasetError(f"cannot write schema files into {directory}: {err}") from err
    return written

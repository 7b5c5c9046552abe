"""``geoevents code``: the event coder over JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.progress import Progress

from geoevents.cli.app import app, err_console, library_errors

__all__ = ["code"]


@app.command()
def code(
    input_path: Path = typer.Argument(..., metavar="IN.jsonl", help='Lines of {"id", "text", "published"}.'),
    output_path: Path = typer.Argument(..., metavar="OUT.jsonl", help='Lines of {"id", "events": [...]}.'),
) -> None:
    """Code sentences or whole articles into CAMEO events, one output line per input line.

    Each event has the `events` table's column names plus sentence_index, char_start and char_end.
    A bad line gets {"id", "error"} and the rest go on.

    Example: geoevents code sentences.jsonl coded.jsonl
    """
    from geoevents.pipeline import _coder
    from geoevents.settings import Settings

    with library_errors():
        coder = _coder(Settings.from_env())
        lines = input_path.read_text(encoding="utf-8").splitlines()
        with Progress(console=err_console, transient=True) as progress, output_path.open("w", encoding="utf-8") as out:
            bar = progress.add_task("coding", total=len(lines))
            from geoevents.coding.tool import code_lines

            for obj in code_lines(lines, coder=coder):
                out.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
                progress.advance(bar)

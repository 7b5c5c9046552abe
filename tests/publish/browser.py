"""Headless Chromium for the report tests, and a tiny PNG decoder (zlib + struct, no PIL)."""

from __future__ import annotations

import shutil
import statistics
import struct
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "/usr/bin/chromium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0")
CONSOLE_ERROR_MARKS = ("Uncaught", "ERROR:CONSOLE", ":CONSOLE:", ":CONSOLE(")  # any console output counts


def chromium_or_skip() -> str:
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed (Debian package `chromium`; `make chromium` installs it): "
                "the report rendering test needs a real headless browser")


@dataclass(frozen=True)
class Render:
    log: str
    dom: str

    def console_errors(self) -> list[str]:
        """Lines of Chromium's log that report a page console message or an uncaught error."""
        return [line for line in self.log.splitlines() if any(m in line for m in CONSOLE_ERROR_MARKS)]


def render(chromium: str, page: Path, work: Path, *, screenshot: Path | None = None) -> Render:
    """Load ``page`` headless: take a screenshot (1280x2000) or dump the DOM after scripts ran."""
    profile = work / f"profile-{'shot' if screenshot else 'dom'}"
    args = [chromium, *FLAGS, f"--user-data-dir={profile}", "--window-size=1280,2000"]
    args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    done = subprocess.run([*args, page.resolve().as_uri()], capture_output=True, text=True, timeout=120,
                          check=False, cwd=work)
    assert done.returncode == 0, done.stderr[-2000:]
    return Render(log=done.stderr, dom=done.stdout)


@dataclass(frozen=True)
class Pixels:
    width: int
    height: int
    channels: int
    rows: list[bytes]

    def luminance_sample(self, step: int = 7) -> list[float]:
        values = []
        for row in self.rows[::step]:
            for x in range(0, self.width, step):
                r, g, b = row[x * self.channels: x * self.channels + 3]
                values.append(0.299 * r + 0.587 * g + 0.114 * b)
        return values

    def variance(self) -> float:
        return statistics.pvariance(self.luminance_sample())

    def colours(self, step: int = 5) -> int:
        return len({row[x * self.channels: x * self.channels + 3] for row in self.rows[::step]
                    for x in range(0, self.width, step)})


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def decode_png(path: Path) -> Pixels:
    """Decode an 8-bit RGB/RGBA, non-interlaced PNG into rows of bytes."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, bytearray(), None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    assert header is not None, "no IHDR"
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    raw = zlib.decompress(bytes(idat))
    rows: list[bytes] = []
    prior = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prior, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prior[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                upleft = prior[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + _paeth(left, prior[i], upleft)) & 0xFF
        rows.append(bytes(line))
        prior = line
    return Pixels(width=width, height=height, channels=bpp, rows=rows)

"""The 图解's colours: one palette that stays apart in grey print and for colour-blind readers.

Series colours alternate blue and orange (the pair every common colour-vision deficiency still tells apart) and
step evenly in lightness (CIELAB L* from about 25 to 80), so that a grey copy keeps each series distinct and the
order of a legend is the order from dark to light. A one-series chart takes the program's own blue. Text is the
program's near-black and grey (contrast over 4.5:1 on white, WCAG AA).
"""

from __future__ import annotations

from functools import cache

__all__ = ["BACKGROUND", "GRID", "MUTED", "TEXT", "TILE", "image_colours", "series_colours"]

TEXT = "#202124"
MUTED = "#5f6368"
GRID = "#9aa0a6"
BACKGROUND = "#ffffff"
TILE = "#eef3fb"  # a tile's ground: L* ≈ 96, the number on it ≈ 25
PROGRAM_BLUE = "#174ea6"

# n series → their colours, dark to light (L* in the comment; measured with charts/palette tests).
_SERIES: dict[int, tuple[str, ...]] = {
    1: (PROGRAM_BLUE,),  # 35
    2: ("#0f3b77", "#f0a868"),  # 25, 75
    3: ("#0f3b77", "#b5692a", "#98bff0"),  # 25, 53, 77
    4: ("#0f3b77", "#98530f", "#5b92e0", "#f5b482"),  # 25, 43, 61, 79
    5: ("#0f3b77", "#8a4708", "#3c7ad0", "#d98a45", "#a6c6f2"),  # 25, 38, 52, 66, 80
    6: ("#0f3b77", "#854301", "#2c6fc4", "#c67935", "#80a9ea", "#f6bd8c"),  # 25, 36, 47, 58, 69, 80
}


def series_colours(count: int) -> tuple[str, ...]:
    """`count` colours for as many series or slices; more than six repeat the six (the legend still tells)."""
    if count <= 0:
        return ()
    if count in _SERIES:
        return _SERIES[count]
    six = _SERIES[6]
    return tuple(six[i % len(six)] for i in range(count))


def _blend(a: str, b: str, t: float) -> int:
    """a → b at t as 0xAARRGGBB."""
    x, y = int(a[1:], 16), int(b[1:], 16)
    channels = [round(((x >> s) & 255) * (1 - t) + ((y >> s) & 255) * t) for s in (16, 8, 0)]
    return 0xFF000000 | channels[0] << 16 | channels[1] << 8 | channels[2]


@cache
def image_colours(steps: int = 10) -> tuple[int, ...]:
    """Every colour a chart image holds: each of the palette's colours and its smoothed edges on white (and on a
    tile's ground) — at most 256, so the web page's images can be 8-bit with the palette's colours exact."""
    inks = list(dict.fromkeys([TEXT, MUTED, GRID, TILE, *(c for n in sorted(_SERIES) for c in _SERIES[n])]))
    out = [_blend(BACKGROUND, BACKGROUND, 0)]
    for ink in inks:
        out += [_blend(BACKGROUND, ink, (i + 1) / steps) for i in range(steps)]
    for ink in (TEXT, MUTED, _SERIES[2][0]):
        out += [_blend(TILE, ink, (i + 1) / steps) for i in range(steps - 1)]
    return tuple(dict.fromkeys(out))[:256]

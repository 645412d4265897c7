"""Which official table a printed one is: `labels.accepted` answers as `compare(...).accepted` does for every pair,
though it skips the similarity where the characters two labels share already rule a match out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_desktop.importers.labels import accepted, compare
from disclosure_desktop.importers.pdf_tables import known_labels

LABELS = list(known_labels())  # every printed label of every table of every format
CHARACTERS = "".join(sorted({ch for label in LABELS for ch in label} | set("（）()、.，, 1234567890\n")))


def test_every_official_label_against_every_other() -> None:
    assert len(LABELS) > 50
    pairs = [(p, o) for p in LABELS for o in LABELS]
    assert [(p, o) for p, o in pairs if accepted(p, o) != compare(p, o).accepted] == []
    apart = sum(1 for p, o in pairs if not compare(p, o).accepted)
    assert apart > len(pairs) // 2  # most pairs are far apart, the ones the bound is for


@st.composite
def printed_label(draw: st.DrawFn) -> str:
    """An official label as a printer or a clerk may have changed it: characters dropped, added or replaced."""
    label = draw(st.sampled_from(LABELS))
    chars = list(label)
    for _ in range(draw(st.integers(0, 6))):
        where = draw(st.integers(0, len(chars)))
        change = draw(st.sampled_from(["drop", "add", "replace"]))
        if change == "add" or not chars:
            chars.insert(where, draw(st.sampled_from(CHARACTERS)))
        elif change == "drop":
            del chars[min(where, len(chars) - 1)]
        else:
            chars[min(where, len(chars) - 1)] = draw(st.sampled_from(CHARACTERS))
    return "".join(chars)


@settings(max_examples=400, deadline=None)
@given(printed=printed_label(), official_label=st.sampled_from(LABELS))
def test_a_changed_label_is_accepted_exactly_when_compare_accepts_it(printed: str, official_label: str) -> None:
    assert accepted(printed, official_label) == compare(printed, official_label).accepted

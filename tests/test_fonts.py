"""Font plan for the PDF: official faces mapped through fallback chains to installed TrueType faces."""

from __future__ import annotations

from disclosure_desktop.export.fonts import CHAINS, ROLES, coverage, font_plan, plan_note


def test_every_role_has_a_truetype_face_and_never_noto() -> None:
    plan = font_plan()
    assert set(dict(plan.items())) == set(ROLES)
    for role, font in plan.items():
        assert font.wanted == ROLES[role] == CHAINS[role][0]
        assert font.truetype, (role, font)
        assert "Noto" not in font.used


def test_note_names_wanted_and_used_faces() -> None:
    plan = font_plan()
    note = plan_note(plan)
    body = plan.roles["body"]
    assert f"正文：{body.wanted}" in note
    if body.substituted:
        assert f"→ 使用 {body.used}" in note
    assert len(note.splitlines()) == len(ROLES)


def test_coverage_reports_only_missing_characters() -> None:
    plan = font_plan()
    assert coverage("某某县人民政府2021年政府信息公开工作年度报告", plan) == []
    private_use = "\U00020000"  # CJK Ext. B, in none of the fonts here
    missing = coverage(f"政府{private_use}", plan, roles=["body"])
    assert missing == [(private_use, "body")]

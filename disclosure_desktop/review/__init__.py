"""The 公开办's desk (spec §13) without widgets: units list, intake of a folder of units' reports on every core,
checks as evaluators score them, 雷同 across units, the roll-up, and the files the office sends out.

The window is a thin layer over these functions: `take_in` on a worker thread (progress `(done, total, name)` and
a `CancelToken`), `assign` (doubtful names for a person to confirm), `review_reports` (typed rows), then the
exports; `review_folder` does the whole run for the command line.
"""

from disclosure_desktop.review.batch import (
    MISSING,
    PASSED,
    RECEIVED,
    RETURNED,
    STATUS_NAMES,
    BatchReview,
    UnitReview,
    batch_json,
    review_folder,
    review_reports,
)
from disclosure_desktop.review.intake import CancelToken, Intake, take_in
from disclosure_desktop.review.matching import Assignment, Doubtful, assign
from disclosure_desktop.review.units import Unit, read_units_csv, units_from_lines

__all__ = [
    "MISSING", "PASSED", "RECEIVED", "RETURNED", "STATUS_NAMES", "Assignment", "BatchReview", "CancelToken",
    "Doubtful", "Intake", "Unit", "UnitReview", "assign", "batch_json", "read_units_csv", "review_folder",
    "review_reports", "take_in", "units_from_lines",
]

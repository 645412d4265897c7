"""The 公开办's desk (spec §13) in the window: a review batch, its intake, the summary table, a unit's report with
its 问题明细清单, and the roll-up — a second workspace beside the report list."""

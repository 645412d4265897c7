"""The 公开办's desk: units list, intake, matching, 雷同, roll-up, the stored batch and the review command."""

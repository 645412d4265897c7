"""The wizard: its frame, its pages (start, text, table, review) and what they share."""

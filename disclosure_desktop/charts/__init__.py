"""The 图解: the report's tables as charts the program draws itself with QtGui (spec §15; no widgets, no Qt Charts)."""

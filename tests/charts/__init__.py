"""The 图解: what each chart holds, the files it is written as, and its colours."""

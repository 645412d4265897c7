"""Operations on whole reports that the window and the command line share, without Qt: export, import,
versions and 签发, next year, recovery."""

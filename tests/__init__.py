"""The tests, in folders that mirror the package; shared helpers in helpers/."""

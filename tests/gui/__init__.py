"""The window driven as a clerk drives it: clicks and keys, what is seen."""

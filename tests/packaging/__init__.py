"""The wheel, the installers and the benchmark's figures."""

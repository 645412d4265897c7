"""The performance benchmark: `python -m benchmarks` measures the program on this machine against its targets."""

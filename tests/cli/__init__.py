"""Tests of the `volteras` command line and `scripts/demo.py`."""

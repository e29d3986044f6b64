"""Tests of scripts/check_drift.py, the spec-versus-published-API drift check."""

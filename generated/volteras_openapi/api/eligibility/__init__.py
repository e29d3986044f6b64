# Generated from spec/volteras.yaml (sha256 af7001cf1a2f9fc753eb642bb4f3661ff36c1365e7ffe3ccac785e9ca3229f42) by `make generate`. Do not edit.
"""Contains endpoint functions for accessing the API"""

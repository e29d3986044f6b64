# Generated from spec/volteras.yaml (sha256 b68353ced6f98da37474e17a8373935e3a4f294276009e23dfe2d6145c6155a8) by `make generate`. Do not edit.
"""Contains endpoint functions for accessing the API"""

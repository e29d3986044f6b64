# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Contains methods for accessing the API"""

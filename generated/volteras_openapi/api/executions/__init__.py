# Generated from spec/volteras.yaml (sha256 f72110d8407073058755ff8163f98c957621a05567739430decdc7288e2e41cf) by `make generate`. Do not edit.
"""Contains endpoint functions for accessing the API"""

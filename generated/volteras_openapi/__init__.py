# Generated from spec/volteras.yaml (sha256 a989bfb8b9bdef352bb99d02a4357a143fb0b1f923ab96c525d3cf1eee650221) by `make generate`. Do not edit.
"""A client library for accessing Volteras Connect"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

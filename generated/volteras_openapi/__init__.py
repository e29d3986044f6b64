# Generated from spec/volteras.yaml (sha256 f637acc476a4a973f0b9859e9d0fcaa10f5302147c21abeddbce7d013d07bf26) by `make generate`. Do not edit.
"""A client library for accessing Volteras Connect"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

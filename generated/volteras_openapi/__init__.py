# Generated from spec/volteras.yaml (sha256 e761d784c456fee9bc75a95f3845ffee3c7e196784165f0522f647df321545bb) by `make generate`. Do not edit.
"""A client library for accessing Volteras Connect"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

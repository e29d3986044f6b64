# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""The generated half of `volteras`: models, request builders and resource classes, all from
spec/volteras.yaml. Users import `volteras` and `volteras.models` instead."""

from typing import Final

SPEC_SHA256: Final = "7881ea26ad2ffffd3f4bf9c3503c156d89f875461d024a4aea52ab528229a6e3"
"""The sha256 of the spec/volteras.yaml this tree was generated from."""
GENERATOR: Final = "openapi-python-client 0.29.1"
"""The generator and version that wrote it (templates/ shape the output too)."""

# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""The generated half of `volteras`: models, request builders and resource classes, all from
spec/volteras.yaml. Users import `volteras` and `volteras.models` instead."""

from typing import Final

SPEC_SHA256: Final = "934acbd0d1a20cb571a5d3c69382c6468f9d594abf2c7a81a9778341ae9b98ce"
"""The sha256 of the spec/volteras.yaml this tree was generated from."""
GENERATOR: Final = "openapi-python-client 0.29.1"
"""The generator and version that wrote it (templates/ shape the output too)."""

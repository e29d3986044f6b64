# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""The generated half of `volteras`: models, request builders and resource classes, all from
spec/volteras.yaml. Users import `volteras` and `volteras.models` instead."""

from typing import Final

SPEC_SHA256: Final = "02400c1f232d6b7561d3a1a88e1a2ea842f29e0da5da58c958df1e5ecda2d9a7"
"""The sha256 of the spec/volteras.yaml this tree was generated from."""
GENERATOR: Final = "openapi-python-client 0.29.1"
"""The generator and version that wrote it (templates/ shape the output too)."""

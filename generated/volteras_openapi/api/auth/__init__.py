# Generated from spec/volteras.yaml (sha256 f637acc476a4a973f0b9859e9d0fcaa10f5302147c21abeddbce7d013d07bf26) by `make generate`. Do not edit.
"""Endpoint modules of the `auth` tag."""

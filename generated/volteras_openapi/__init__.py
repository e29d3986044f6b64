# Generated from spec/volteras.yaml (sha256 89caf3d291678429558bd22592cd8b19f86eb3cac4a0f424e449f7c353f134bf) by `make generate`. Do not edit.
"""Models and request builders generated from spec/volteras.yaml; users import `volteras` instead."""

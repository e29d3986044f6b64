"""The package version: read by hatchling at build time and sent in every User-Agent."""

__version__ = "0.1.0"

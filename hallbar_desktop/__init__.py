"""Hållbar Desktop: follow-up of sustainability projects in Swedish regional development."""

__version__ = "0.1.0"
APP_NAME = "Hållbar Desktop"

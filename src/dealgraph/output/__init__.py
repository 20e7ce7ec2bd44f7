"""Turning analyses into the JSON of ``dealgraph extract`` and into terminal tables."""

from .result import result_of
from .table import render_table

__all__ = ["render_table", "result_of"]

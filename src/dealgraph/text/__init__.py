"""Sentences and tokens (spaCy blank pipelines, no model)."""

from .segment import segment

__all__ = ["segment"]

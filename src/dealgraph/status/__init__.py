"""Status of an event from cue words around its trigger."""

from .cues import assign_status

__all__ = ["assign_status"]

"""dealgraph: corporate moves from news, as an evidence-backed knowledge graph."""

__version__ = "0.1.0"

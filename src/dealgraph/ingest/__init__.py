"""Document sources: files, directories, stdin, JSONL, URLs, feeds and WARC to Documents.

``iter_documents(inputs, ReadOptions())`` yields a Document or an InputError per
document; bad input is reported, never raised, so a batch always runs to its end.
"""

from .lang import detect_language
from .options import ReadOptions
from .readers import iter_documents

__all__ = ["ReadOptions", "detect_language", "iter_documents"]

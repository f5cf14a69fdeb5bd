"""Folding a word for comparison: lower case, no diacritics ("Özdemir" = "ozdemir", "TÜRKİYE" =
"turkiye"). Its own module, so that the country table and the normaliser both use it."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose, written as their base letters by ``fold``.
_FOLD = str.maketrans({
    "ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "’": "'",
})  # fmt: skip

#: Distinct words a word-level cache remembers (a stem, a token, a word's tag): a batch's vocabulary
#: repeats from file to file, and 65,536 words hold a large batch's (a few MB at most).
WORD_CACHE_SIZE = 65_536


@lru_cache(maxsize=WORD_CACHE_SIZE)
def fold(text: str) -> str:
    """Lower case without diacritics: "Özdemir" -> "ozdemir", "Łukasz" -> "lukasz"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()

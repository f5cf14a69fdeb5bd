"""A made-up seed whose third sentences say the same thing in different words, and the pieces of the tiny
sentence models the semantic tests build from it (a word-level tokenizer; vectors shared by synonyms)."""

from __future__ import annotations

import re

import numpy as np

# Two made-up readouts of one meeting. The third sentences say the same thing in different words;
# nothing else in the two statements is paraphrased.
SEED = """Ministry of Foreign Affairs of Latveria
Lakeport, 3 May 2024
Foreign Minister meets Sylvanian counterpart

The Foreign Minister of Latveria met the Foreign Minister of Sylvania in Lakeport.
They reviewed the fisheries agreement signed in 2019.
The ministers agreed a truce along the border.
Latveria will host the next round in October.

Sylvanian Foreign Office
Rivertown, 3 May 2024
Talks in Lakeport

The Foreign Minister of Sylvania met the Foreign Minister of Latveria in Lakeport.
The two sides discussed the fisheries agreement of 2019.
Both delegations concluded a ceasefire on the frontier.
Sylvania raised the water dispute on the Lake.
"""

# Words that mean the same thing share a concept, and so a vector.
CONCEPTS = [
    "truce ceasefire armistice",
    "border frontier boundary",
    "agreed concluded",
    "ministers delegations sides",
]

#: The tokenizer's special tokens: unknown words, and the padding of a batch.
SPECIAL = ["[UNK]", "[PAD]"]


def vocabulary(text: str) -> list[str]:
    """The special tokens, then every word of ``text`` and of the concepts, in lower case."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    words |= {w for group in CONCEPTS for w in group.split()}
    return [*SPECIAL, *sorted(words)]


def word_tokenizer(words: list[str]):
    """A tokenizers WordLevel tokenizer over ``words`` (lower case, split at spaces and punctuation)."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    tokenizer = Tokenizer(models.WordLevel({w: k for k, w in enumerate(words)}, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    return tokenizer


def concept_vectors(words: list[str], dimensions: int, seed: int) -> np.ndarray:
    """Seeded random float32 rows, one per word, the words of a concept sharing their first word's row."""
    vectors = np.random.default_rng(seed).normal(size=(len(words), dimensions)).astype(np.float32)
    for group in CONCEPTS:
        members = [words.index(w) for w in group.split()]
        vectors[members] = vectors[members[0]]
    return vectors

"""Cheap word tests and trigger-word rules the fact finders share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ...text.aliases import AliasTable
from ...text.normalize import tokenize


def content_stems(text: str, aliases: AliasTable) -> frozenset[str]:
    """The content stems of ``text`` (the run's ``aliases`` applied): how names are compared."""
    return frozenset(t.stem for t in tokenize(text, aliases) if not t.stop)


class TriggerRule(NamedTuple):
    """A pattern run only on text holding one of its trigger words (lower-cased); what it finds is
    tagged ``tag``. Each pattern starts with a literal, which keeps the scan fast."""

    triggers: frozenset[str]
    pattern: re.Pattern[str]
    tag: str


class TriggerRules(NamedTuple):
    """Rules and all their trigger words together: most sentences hold none of them and are passed
    over with one set test."""

    rules: tuple[TriggerRule, ...]
    triggers: frozenset[str]


def trigger_rules(*rules: tuple[str, str, str]) -> TriggerRules:
    """Rules from (trigger words separated by spaces, pattern, tag)."""
    compiled = tuple(
        TriggerRule(frozenset(words.split()), re.compile(pattern), tag) for words, pattern, tag in rules
    )
    return TriggerRules(compiled, frozenset().union(*(rule.triggers for rule in compiled)))


def triggered(text: str, words: Sequence[str], rules: TriggerRules) -> list[tuple[re.Match[str], str]]:
    """The matches of the rules triggered in ``text`` (``words``: its lower-case words), each starting a
    word, with their tags, in text order (rules' order among matches that start together)."""
    if rules.triggers.isdisjoint(words):
        return []
    found = [
        (m, rule.tag)
        for rule in rules.rules
        if not rule.triggers.isdisjoint(words)
        for m in rule.pattern.finditer(text)
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    ]
    return sorted(found, key=lambda item: item[0].start())

"""What sentences say beyond their words, as keys two readouts can share: their roles (and mentions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Document
from .options import Options
from .roles import builtin_roles, sentence_roles


@dataclass(frozen=True, slots=True)
class Evidence:
    """One thing a sentence says that the other readout may say in other words.

    ``key`` is equal in two statements when they say the same thing ("role:frame"); it is scored as a word
    the two sentences share (see ``similarity.SentenceBags``). ``kind`` names what it is ("role"), ``text``
    is how this sentence writes it ("" when it is the sentence as a whole, as a role is) and ``label`` says
    it for a reader ("Frame").
    """

    key: str
    kind: str
    label: str
    text: str = ""


#: Per statement, per sentence: the sentence's evidence.
DocumentEvidence = tuple[tuple[tuple[Evidence, ...], ...], ...]


@dataclass(frozen=True, slots=True)
class Annotations:
    """What a document's sentences are read as, once per document, before any two statements are compared."""

    #: Per statement, per sentence: its role id (see roles.toml), or None.
    roles: tuple[tuple[str | None, ...], ...]
    evidence: DocumentEvidence


def annotate_document(document: Document, options: Options) -> Annotations:
    """Each sentence's role and evidence keys: a role counts as evidence when the role lexicon says two
    readouts sharing it is a sign of saying the same thing (see roles.toml)."""
    lexicon = options.roles or builtin_roles()
    roles = tuple(sentence_roles([s.text for s in st.sentences], lexicon) for st in document.statements)
    labels = {role.id: role.label for role in lexicon.roles if role.evidence}
    evidence = tuple(
        tuple((Evidence(f"role:{role}", "role", labels[role]),) if role in labels else () for role in statement)
        for statement in roles
    )
    return Annotations(roles, evidence)


def keys(evidence: Sequence[Evidence]) -> frozenset[str]:
    return frozenset(e.key for e in evidence)


def shared_evidence(left: Sequence[Sequence[Evidence]], right: Sequence[Sequence[Evidence]]) -> tuple[str, ...]:
    """What the sentences of one match (``left`` and ``right``: each sentence's evidence) share, for a
    reader, in the order the left sentences give it: "same role: Frame", "same participant: the
    President of Ukraine = Zelenskyy"."""
    right_by_key: dict[str, Evidence] = {}
    for sentence in right:
        for item in sentence:
            right_by_key.setdefault(item.key, item)
    out: dict[str, None] = {}
    for sentence in left:
        for item in sentence:
            other = right_by_key.get(item.key)
            if other is None:
                continue
            written = [t for t in dict.fromkeys((item.text, other.text)) if t]
            shown = " = ".join(written) if len(written) > 1 else (written[0] if written else item.label)
            out[f"same {item.kind}: {shown}"] = None
    return tuple(out)

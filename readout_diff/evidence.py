"""What sentences say beyond their words, as keys two readouts can share: roles, amounts, participants."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .mentions import Mention, MentionKind, meeting_mentions
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
    #: Per statement, per sentence: the text the aligner scores, each canonical mention written as its
    #: canonical form ("the President of Ukraine" as "Zelenskyy", "half a billion dollars" as "USD 500
    #: million"), so that two readouts naming one thing two ways share its words. Reports show the text
    #: as written.
    scored: tuple[tuple[str, ...], ...] = ()


#: Mention keys that are no evidence: "both" ("the leaders", "both sides") is in most sentences of a
#: readout that talk about the meeting, and on the dev corpus two sentences sharing it alone were
#: matched less often (3%) than not (7%).
_NOT_EVIDENCE = frozenset({"both"})
_KINDS = {MentionKind.AMOUNT: "amount", MentionKind.PARTICIPANT: "participant"}


def annotate_document(document: Document, options: Options) -> Annotations:
    """Each sentence's role and evidence: its role, when the role lexicon says two readouts sharing it is
    a sign of saying the same thing (see roles.toml), and its canonical mentions (amounts written any
    way, the meeting's participants however named; see mentions.py)."""
    lexicon = options.roles or builtin_roles()
    roles = tuple(sentence_roles([s.text for s in st.sentences], lexicon) for st in document.statements)
    labels = {role.id: role.label for role in lexicon.roles if role.evidence}
    mentions = meeting_mentions(document.statements, options.aliases)
    evidence = tuple(
        tuple(
            _sentence_evidence(sentence.text, labels.get(role or ""), role, found)
            for sentence, role, found in zip(statement.sentences, statement_roles, statement_mentions, strict=True)
        )
        for statement, statement_roles, statement_mentions in zip(document.statements, roles, mentions, strict=True)
    )
    scored = tuple(
        tuple(_canonical_text(sentence.text, found) for sentence, found in zip(statement.sentences, per, strict=True))
        for statement, per in zip(document.statements, mentions, strict=True)
    )
    return Annotations(roles, evidence, scored)


def _canonical_text(text: str, found: Sequence[Mention]) -> str:
    parts, at = [], 0
    for mention in found:
        if mention.key in _NOT_EVIDENCE or mention.start < at:
            continue
        parts += [text[at : mention.start], mention.label]
        at = mention.end
    return "".join(parts) + text[at:]


def _sentence_evidence(text: str, label: str | None, role: str | None, found: Sequence[Mention]) -> tuple[Evidence, ...]:
    out = [Evidence(f"role:{role}", "role", label)] if label else []
    for mention in found:
        if mention.key not in _NOT_EVIDENCE:
            kind = _KINDS[mention.kind]
            out.append(Evidence(f"{kind}:{mention.key}", kind, mention.label, text[mention.start : mention.end]))
    return tuple(out)


def scored_keys(evidence: Sequence[Evidence]) -> frozenset[str]:
    """The keys of a sentence's evidence that its scored text does not already say: its role. (A mention
    reaches the score through the canonical text, where it is written as its canonical form.)"""
    return frozenset(e.key for e in evidence if e.kind == "role")


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

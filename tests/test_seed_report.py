"""What the seed's report must show (issue: the two opening sentences matched, and so on)."""

from __future__ import annotations

from readout_diff.pipeline import compare_path


def sentence_ids(statement, needle):
    return {k for k, s in enumerate(statement.sentences) if needle in s.text}


def test_seed_alignment(seed_path):
    result = compare_path(str(seed_path))
    us, cuba = result.document.statements
    (c,) = result.comparisons
    pairs = {(i, j) for m in c.alignment.matches for i in m.left for j in m.right}
    # The two opening sentences are matched.
    assert (0, 0) in pairs
    # The delegation sentences (State, Homeland Security, Justice) are matched.
    (us_delegation,) = sentence_ids(us, "co-chaired the dialogue")
    (cuba_delegation,) = sentence_ids(cuba, "The US side was made up")
    assert (us_delegation, cuba_delegation) in pairs
    # Only in the US readout: the human-rights sentences and the sixth dialogue.
    for needle in ("advocacy for human rights", "human rights protections", "sixth Law Enforcement Dialogue"):
        assert sentence_ids(us, needle) <= set(c.alignment.left_only), needle
    # Only in the Cuban readout: the terrorism-list objection and "respect and professionalism".
    for needle in ("States that supposedly sponsor terrorism", "respect and professionalism"):
        assert sentence_ids(cuba, needle) <= set(c.alignment.right_only), needle
    assert any("human rights" in t for t in c.terms.left)
    assert any("terrorism" in t for t in c.terms.right)

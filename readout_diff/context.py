"""A run's tables (aliases, topics, roles), read once from the options and passed to every stage."""

from __future__ import annotations

from dataclasses import dataclass

from .analyse.roles import RoleLexicon, builtin_roles
from .analyse.topics import Lexicon, builtin_lexicon
from .options import Options
from .text.aliases import AliasTable, builtin_aliases


@dataclass(frozen=True, slots=True)
class RunContext:
    """The tables every stage reads text with: no stage reads a table of its own choosing, so that
    ``--aliases``, ``--topics`` and the options' roles (``load_roles``) reach each one, and a test can
    hold two contexts at once.

    Frozen and picklable (each table is rebuilt in another process)."""

    #: Names written several ways, read as one (``--aliases`` extends the built-in table).
    aliases: AliasTable
    #: The topics of the topic grid and emphasis (``--topics`` extends the built-in lexicon).
    topics: Lexicon
    #: The sentence roles (readout_diff/data/roles.toml unless the options name others).
    roles: RoleLexicon

    @classmethod
    def of(cls, options: Options) -> RunContext:
        """The context ``options`` ask for: each table they hold, else the built-in one."""
        return cls(
            builtin_aliases() if options.aliases is None else options.aliases,
            builtin_lexicon() if options.topics is None else options.topics,
            builtin_roles() if options.roles is None else options.roles,
        )

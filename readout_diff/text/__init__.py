"""Text: what every stage reads sentences with (sentence splitting, aliases, tokens and stems, titles, dates)."""

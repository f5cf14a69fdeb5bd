"""Text: what every stage reads sentences with: splitting, aliases, tokens and stems, titles, dates."""

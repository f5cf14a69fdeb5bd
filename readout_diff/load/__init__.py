"""Load: from a path to a Document: decode or extract the text, find the statements, split sentences."""

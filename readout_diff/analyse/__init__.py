"""Analyse: what a sentence says (topics, roles, mentions, key-term words, facts, speakers) and what the two statements show."""

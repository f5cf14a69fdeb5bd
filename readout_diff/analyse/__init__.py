"""Analyse: what a sentence says (topics, roles, mentions, facts, speakers) and what two statements show."""

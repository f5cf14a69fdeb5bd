"""Match: score every sentence pair of two statements (words, evidence, an optional sentence model) and align them."""

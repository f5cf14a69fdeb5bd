"""Match: score the sentence pairs of two statements (words, evidence, a sentence model) and align them."""

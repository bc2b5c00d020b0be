"""Highlights and notes: the data, where they sit in the text, and where they are kept."""

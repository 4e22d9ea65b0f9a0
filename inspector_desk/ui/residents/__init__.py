"""Residents: the lazily loaded list over the whole beat, the resident card and its forms."""

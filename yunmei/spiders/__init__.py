"""Spiders: ``yunmei`` (www + m: lists and articles) and ``yunmei_epaper`` (the e-paper by date)."""

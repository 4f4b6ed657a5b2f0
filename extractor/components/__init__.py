"""Span finders, one spaCy component per module. Each finds matches (``find``) and writes them
(``set_annotations``) into ``doc.spans`` and the structured match store of :mod:`.base`."""

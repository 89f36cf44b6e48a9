"""Pure-Python pipeline: load -> clean -> sentences -> summary -> facts -> brief -> pdf/json.

Nothing in this package may import Qt (a test enforces it).
"""

"""The view stage: the claims of a window (filters, the window, groups) → the map's layers, labels and words.

window and filters (claims kept), aggregate (groups of a corpus), marks and flows (a claim's marks), layers
(the deck and its legend), labels and declutter (placement), furniture (scale bar, north arrow), palette,
timeline, viewstate (the link), briefing (the words around a view), panel (the claim card), playback, render
(escaped HTML for the pages).
"""

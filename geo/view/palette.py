"""One colour scheme for the screen and every export: the map element, the PNG, the slides, the HTML file
and the Timeline all draw with these values (RGBA, 0–255)."""
from __future__ import annotations

RGBA = list[int]

KIND_COLORS: dict[str, RGBA] = {
    "crossing": [230, 120, 20, 230],
    "entry": [31, 119, 180, 230],
    "exit": [23, 160, 150, 230],
    "population_movement": [140, 70, 170, 230],
    "diplomatic": [90, 90, 90, 230],
    "restriction": [200, 40, 40, 230],
    "detention": [160, 30, 90, 230],
    "stock": [100, 130, 60, 230],
    "other": [120, 100, 60, 230],
}
KIND_LABELS: dict[str, str] = {
    "crossing": "Crossings",
    "entry": "Entries",
    "exit": "Exits",
    "population_movement": "Population movement",
    "diplomatic": "Diplomatic event",
    "restriction": "Restriction",
    "detention": "Detention",
    "stock": "People present (a context figure, not a movement)",
    "other": "Other claim",
}
ROUTE_COLOR: RGBA = [110, 110, 120, 200]
PLACE_COLOR: RGBA = [40, 40, 48, 255]
CROSSING_DAYS_COLOR: RGBA = [215, 48, 39, 255]
# One scheme for the screen and every export (geo.export.picture draws with these too).
BORDER_COLOR: RGBA = [140, 140, 150, 255]
COUNTRY_LABEL_COLOR: RGBA = [150, 150, 165, 255]
AREA_LABEL_COLOR: RGBA = [120, 120, 140, 220]

COUNTRY_FILLS: tuple[RGBA, ...] = (
    [246, 243, 236, 255], [238, 243, 238, 255], [243, 239, 246, 255], [236, 241, 246, 255],
    [246, 240, 236, 255], [240, 240, 240, 255],
)
SELECTED_COLOR: RGBA = [255, 196, 0, 200]
LEADER_COLOR: RGBA = [70, 70, 82, 200]

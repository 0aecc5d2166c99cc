"""The choices the command line offers, in a module that imports nothing: `corridor-watch --help` and a
mistyped option answer at once, and only the command that runs loads what it needs."""
from __future__ import annotations

TABLE_FORMATS: tuple[str, ...] = ("geojson", "csv")  # claims and places
VIEW_FORMATS: tuple[str, ...] = ("png", "pptx", "html", "csv", "geojson", "gpkg", "gif")
DISPLAY_CHOICES: dict[str, str] = {
    "as_written": "As written in the source",
    "az": "Azerbaijani names",
    "hy": "Armenian names",
    "both": "Both (Azerbaijani / Armenian)",
}
LAYER_NAMES: tuple[str, ...] = ("borders", "routes", "places", "flows", "claims", "crossing_days",
                                 "logs")  # LayerSwitches
RELIABILITY_GRADES: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")

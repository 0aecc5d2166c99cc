"""A small offline map for an analyst placing a point on the Review page: borders, base places, the point."""
from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd
import pydeck as pdk

from ..basemap import OFFLINE_STYLE_URL
from ..model import Place
from .furniture import text_layer
from .layers import _place_rows
from .palette import BORDER_COLOR, CROSSING_DAYS_COLOR, PLACE_COLOR


def point_preview(lon: float, lat: float, countries: gpd.GeoDataFrame, places: Sequence[Place]) -> pdk.Deck:
    """A small offline map for an analyst placing a point: borders, base places, the point."""
    base = [p for p in places if p.always_drawn]
    layers = [
        pdk.Layer("GeoJsonLayer", countries.__geo_interface__, id="borders", stroked=True, filled=True,
                  get_fill_color=[250, 250, 246, 255], get_line_color=BORDER_COLOR, line_width_min_pixels=1),
        pdk.Layer("ScatterplotLayer", _place_rows(base, "both", {}), id="places", get_position="position",
                  get_radius=4, radius_units="'pixels'", get_fill_color=PLACE_COLOR),
        text_layer("place_labels", _place_rows(base, "both", {}), size=12, color=PLACE_COLOR, pickable=False),
        pdk.Layer("ScatterplotLayer", [{"position": [lon, lat]}], id="new_point", get_position="position",
                  get_radius=8, radius_units="'pixels'", get_fill_color=CROSSING_DAYS_COLOR,
                  get_line_color=[255, 255, 255, 255], stroked=True, line_width_min_pixels=2),
    ]
    return pdk.Deck(layers=layers, initial_view_state=pdk.ViewState(longitude=lon, latitude=lat, zoom=8),
                    map_style=OFFLINE_STYLE_URL)

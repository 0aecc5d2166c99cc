"""Map furniture drawn by deck.gl: text with a halo, the scale bar and the north arrow, in map coordinates so
they stay true as the reader zooms; placed for the map's real size."""
from __future__ import annotations

import math

import pydeck as pdk

from .palette import PLACE_COLOR, RGBA

DECLUTTER_VIEWPORT_PX = (1200, 760)  # the map as designed; the element's real size replaces it once known


def text_layer(layer_id: str, rows: list[dict], *, size: float, color: RGBA | str, pickable: bool,
                weight: int = 600) -> pdk.Layer:
    """Labels with a white halo; each row says where it sits (offset in pixels, anchor)."""
    return pdk.Layer(
        "TextLayer", rows, id=layer_id, pickable=pickable,
        get_position="position", get_text="label", get_size=size, get_color=color,
        get_pixel_offset="offset", get_text_anchor="anchor", get_alignment_baseline="'center'",
        # deck.gl's default atlas is ASCII only; "auto" adds "–", "·", "ə" … from the data.
        # (pydeck turns bare strings into accessors; quoting makes them literals.)
        character_set="'auto'", font_family='"DejaVu Sans, Helvetica Neue, Arial, sans-serif"',
        font_weight=weight, line_height=1.15, outline_width=4, outline_color=[255, 255, 255, 235],
        font_settings={"sdf": True, "fontSize": 64, "buffer": 6, "radius": 12},
    )


# deck.gl's Web Mercator: the world is 512 px wide at zoom 0.
EARTH_CIRCUMFERENCE_M = 40_075_016.686
SCALE_STEPS_KM = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
# The scale bar sits this many pixels left of and below the view's centre (the foot of a map 800 × 720 px or larger).
SCALE_BAR_FROM_CENTRE_PX = (-370, 335)


def metres_per_pixel(lat: float, zoom: float) -> float:
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / (512 * 2 ** zoom)


def nice_scale_km(lat: float, zoom: float, target_px: float = 150) -> float:
    """The round length (km) whose bar is closest to target_px wide at this latitude and zoom."""
    per_px = metres_per_pixel(lat, zoom)
    return min(SCALE_STEPS_KM, key=lambda km: abs(km * 1000 / per_px - target_px))


def _from_centre(designed: tuple[int, int], viewport: tuple[int, int], inset: int) -> tuple[float, float]:
    """A corner mark's offset from the centre, as designed for a 1200 × 760 map, brought inside a smaller one."""
    w, h = viewport
    dx = math.copysign(min(abs(designed[0]), w / 2 - inset), designed[0])
    return dx, math.copysign(h / 2 - (DECLUTTER_VIEWPORT_PX[1] / 2 - abs(designed[1])), designed[1])


def scale_bar_rows(lon: float, lat: float, zoom: float,
                   viewport: tuple[int, int] = (1200, 760)) -> list[dict]:
    """A scale bar drawn in map coordinates, so it stays true when the reader zooms; bottom left of the map."""
    km = nice_scale_km(lat, zoom, target_px=min(150, viewport[0] / 4))
    deg_per_px = 360 / (512 * 2 ** zoom)
    from_x, from_y = _from_centre(SCALE_BAR_FROM_CENTRE_PX, viewport, 30)
    x0 = lon + from_x * deg_per_px
    # Web Mercator: a pixel spans fewer degrees of latitude away from the equator.
    y0 = lat - from_y * deg_per_px * math.cos(math.radians(lat))
    dx = km * 1000 / (111_320 * math.cos(math.radians(y0)))
    tick = 5 * deg_per_px * math.cos(math.radians(lat))
    return [{
        "path": [[x0, y0 + tick], [x0, y0], [x0 + dx, y0], [x0 + dx, y0 + tick]],
        "position": [x0 + dx / 2, y0],
        "label": f"{km:g} km",
        "km": km,
        "offset": [0, -12], "anchor": "middle",
    }]


NORTH_ARROW_FROM_CENTRE_PX = (-425, -305)  # top left of a 900 × 720 map or larger (the zoom buttons are top right)
NORTH_ARROW_LENGTH_PX = 34


def north_arrow_rows(lon: float, lat: float, zoom: float,
                     viewport: tuple[int, int] = (1200, 760)) -> list[dict]:
    """A north arrow drawn in map coordinates: it turns with the map if a reader rotates it,
    so it always points to true north (a fixed overlay would not). Top left of the map."""
    deg_per_px = 360 / (512 * 2 ** zoom)
    from_x, from_y = _from_centre(NORTH_ARROW_FROM_CENTRE_PX, viewport, 30)
    x = lon + from_x * deg_per_px
    y0 = lat - from_y * deg_per_px * math.cos(math.radians(lat))
    y1 = y0 + NORTH_ARROW_LENGTH_PX * deg_per_px * math.cos(math.radians(y0))
    w = 7 * deg_per_px
    head = 12 * deg_per_px * math.cos(math.radians(y0))
    return [{
        "polygon": [[x, y1], [x + w, y1 - head], [x, y1 - head * 0.7], [x - w, y1 - head]],
        "path": [[x, y0], [x, y1 - head * 0.7]],
        "position": [x, y0],
        "label": "N",
        "offset": [0, 12], "anchor": "middle",
    }]


def _north_arrow_layers(rows: list[dict], k: float) -> list[pdk.Layer]:
    return [
        pdk.Layer("PathLayer", rows, id="north_arrow_shaft", get_path="path", get_color=PLACE_COLOR,
                  get_width=3, width_units="'pixels'"),
        pdk.Layer("PolygonLayer", rows, id="north_arrow_head", get_polygon="polygon",
                  get_fill_color=PLACE_COLOR, stroked=False),
        text_layer("north_arrow_label", rows, size=16 * k, color=PLACE_COLOR, pickable=False, weight=700),
    ]


def _scale_bar_layers(rows: list[dict], k: float) -> list[pdk.Layer]:
    return [
        pdk.Layer("PathLayer", rows, id="scale_bar", get_path="path", get_color=PLACE_COLOR, get_width=2.5,
                  width_units="'pixels'"),
        text_layer("scale_bar_label", rows, size=12 * k, color=PLACE_COLOR, pickable=False),
    ]

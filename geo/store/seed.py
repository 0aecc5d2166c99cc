"""The embedded seed: JSON and text files in `data/`, checked as a whole."""
from __future__ import annotations

from pathlib import Path

from ..basemap import load_countries
from ..claims import claim_problems, load_claims
from ..gazetteer import load_places
from ..geoparse import find_mentions
from ..model import Dataset
from ..sources import load_sources

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


class DatasetError(ValueError):
    pass


def load_dataset(data_dir: Path = DATA_DIR) -> Dataset:
    """Sources, gazetteer, claims and place mentions from a data folder; checked as a whole."""
    required = ["gazetteer.json", "claims.json", "basemap/countries.geojson"]
    missing = [name for name in required if not (data_dir / name).is_file()]
    if not any((data_dir / "sources").glob("*.json")):
        missing.append("sources/*.json")
    if missing:
        raise DatasetError(f"{data_dir} is not a Corridor Watch data folder: missing {', '.join(missing)}")
    sources = load_sources(data_dir / "sources")
    places = load_places(data_dir / "gazetteer.json", load_countries(data_dir / "basemap" / "countries.geojson"))
    claims = load_claims(data_dir / "claims.json")
    problems = claim_problems(claims, {s.source_id: s for s in sources}, {p.place_id for p in places})
    if problems:
        raise DatasetError("the dataset has problems:\n- " + "\n- ".join(problems))
    mentions = tuple(m for s in sources for m in find_mentions(s, places))
    return Dataset(sources=sources, places=places, claims=claims, mentions=mentions)



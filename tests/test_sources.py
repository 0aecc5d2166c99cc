from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geo.sources import MAX_SOURCE_BYTES, SourceTextError, decode_source_bytes, load_source, split_page


def test_seed_body_is_the_article_only(seed):
    assert seed.body.startswith("In August of 2021, reports, which became available to Trend")
    assert seed.body.endswith("How will Iran now answer to the Azerbaijani people?")
    assert "Subscribe to Trend" not in seed.body
    assert "Omicron" not in seed.body
    # the title appears twice before the body and is chrome
    assert seed.text[: seed.body_start].count("Iran using contraband to enter Azerbaijan's Karabakh – FACTS") == 2


def test_seed_chrome_is_everything_else(seed):
    parts = split_page(seed.text)
    assert parts.chrome == ((0, seed.body_start), (seed.body_end, len(seed.text)))
    tail = seed.text[seed.body_end:]
    assert "Number of Turkish citizens seeking job in Georgia notably grows" in tail
    assert tail.rstrip().endswith("All news")


def test_seed_metadata_states_what_is_known(seed):
    assert seed.outlet == "Trend"
    assert seed.published.precision == "range"
    assert seed.published.earliest.isoformat() == "2021-09-10"
    assert seed.published.latest.isoformat() == "2021-12-05"
    assert "not printed" in seed.published.basis.lower() or "no date is printed" in seed.published.basis.lower()
    assert seed.reliability == "F"
    assert len(seed.sha256) == 64


@pytest.mark.parametrize(
    ("page", "body_first", "body_last"),
    [
        (  # title repeated, byline, article, "Related" links
            "Big News Today\n\nBig News Today\nBy a Reporter\n\n"
            "The first paragraph of the story says that many things happened on the road.\n\n"
            "The second paragraph adds that the convoy of trucks reached the border at noon.\n\n"
            "Related news\nAnother story\nYet another story\n",
            "The first paragraph", "at noon.",
        ),
        (  # headline run with no marker line
            "Title\n\nA paragraph of proper prose that ends with a full stop and has words.\n\n"
            "Headline one here\nHeadline two here\nHeadline three here\nHeadline four\n",
            "A paragraph", "has words.",
        ),
        (  # a quote-ended paragraph still counts as prose
            "T\n\n\"We will not allow it,\" the minister said to the reporters on Friday.\"\n\nAll news\n",
            "\"We will not", "Friday.\"",
        ),
    ],
)
def test_split_page_by_shape(page, body_first, body_last):
    parts = split_page(page)
    body = page[parts.body_start:parts.body_end]
    assert body.startswith(body_first)
    assert body.endswith(body_last)


def test_split_page_without_prose_says_so():
    with pytest.raises(SourceTextError, match="no article paragraphs"):
        split_page("Headline\nAnother headline\nThird\n")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Şuşa and Laçın".encode("cp1254"), "not valid UTF-8"),
    ],
)
def test_bad_bytes_get_a_clear_message(data, message):
    with pytest.raises(SourceTextError, match=message):
        decode_source_bytes(data, name="upload.txt")


def test_huge_file_is_refused():
    # the limit in the unit it is set in (20 MiB), not "21 MB"
    with pytest.raises(SourceTextError, match=r"is 20\.0 MiB; the limit for one article is 20 MiB"):
        decode_source_bytes(b"a" * (MAX_SOURCE_BYTES + 1))


def test_utf8_bom_and_crlf_are_normalised():
    assert decode_source_bytes("\ufeffLine one\r\nLine two".encode()) == "Line one\nLine two"


def test_changed_text_is_refused(tmp_path, seed):
    from geo.store import DATA_DIR

    shutil.copy(DATA_DIR / "sources" / "trend-2021-iran-trucks-karabakh.json", tmp_path)
    (tmp_path / "trend-2021-iran-trucks-karabakh.txt").write_text(seed.text + "\nedited", encoding="utf-8")
    with pytest.raises(SourceTextError, match="changed since it was recorded"):
        load_source(tmp_path / "trend-2021-iran-trucks-karabakh.json")


def test_the_upload_limit_the_page_states_is_the_limit_ingest_applies():
    import tomllib

    from geo.sources import MAX_SOURCE_BYTES

    from streamlit.testing.v1 import AppTest

    from geo.logs.read import MAX_LOG_BYTES

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / ".streamlit" / "config.toml").read_text())
    at = AppTest.from_file(str(root / "app_pages" / "ingest.py"), default_timeout=60).run()
    limits = {u.proto.label: u.proto.max_upload_size_mb for u in at.get("file_uploader")}
    # The article box says "20MB per file" and lets through at most 20 × 2^20 bytes (its MB is 10^6 bytes on
    # Linux, 2^20 on Windows): never more than ingest takes, and the page no longer promises 200MB.
    assert limits["…or upload a .txt or .html file"] * 2**20 == MAX_SOURCE_BYTES
    # The log box takes what the server lets through, and less than a log import accepts.
    assert limits["Log file (.csv or .parquet)"] == config["server"]["maxUploadSize"] == 256
    assert 256 * 2**20 < MAX_LOG_BYTES


ARMENIAN = ("Ստեփանակերտ, 11 August. Twenty-two trucks left Goris for Ստեփանակերտ on Friday morning, the regional "
            "administration said. Another twelve crossed the Hakari bridge in the afternoon.\n")


def test_a_one_paragraph_report_without_a_headline_is_all_body():
    text = ("On 11 August, 22 trucks left Goris for Stepanakert, the regional administration said. "
            "Another 12 trucks crossed on 12 August.\n")
    parts = split_page(text)
    assert (parts.body_start, parts.body_end) == (0, len(text.rstrip("\n")))
    assert parts.title == "On 11 August, 22 trucks left Goris for Stepanakert, the regional administration said."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_and_named(codec):
    from geo.sources import detect_and_decode

    text, encoding = detect_and_decode(ARMENIAN.encode(codec))
    assert text == ARMENIAN and encoding == f"{codec} (no byte-order mark)"


def test_mostly_utf8_with_damaged_bytes_is_read_as_utf8_and_says_so():
    from geo.sources import detect_and_decode

    raw = ARMENIAN.encode("utf-8")
    damaged = raw[:40] + b"\xff\xfe" + raw[40:]  # two stray bytes between two letters
    text, encoding = detect_and_decode(damaged)
    assert text == ARMENIAN[:len(raw[:40].decode("utf-8"))] + "\ufffd\ufffd" + raw[40:].decode("utf-8")
    assert encoding == "utf-8, 2 invalid bytes replaced with \ufffd"


def test_a_legacy_code_page_is_still_told_apart():
    from geo.sources import detect_and_decode

    russian = "Грузовики въехали в Степанакерт 11 августа, сообщила администрация района.\n"
    assert detect_and_decode(russian.encode("cp1251")) == (russian, "cp1251")


def test_bytes_with_nuls_that_are_not_utf16_text_are_binary():
    from geo.sources import detect_and_decode

    with pytest.raises(SourceTextError, match="binary"):
        detect_and_decode(b"\x00\x01\x02\x03" * 100)

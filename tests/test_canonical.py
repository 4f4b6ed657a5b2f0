import pytest

from extractor.canonical import canonicalize, fold, old_tone_view, strip_diacritics


@pytest.mark.parametrize(("a", "b"), [
    ("Ủy ban", "Uỷ ban"), ("hòa bình", "hoà bình"), ("  Đảng   bộ. ", "đảng bộ"), ("Thụy Điển", "Thuỵ Điển"),
    ("khỏe", "khoẻ"),
])
def test_fold_makes_spellings_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize("word", ["hoàng", "Huỳnh", "quý", "thuyền"])
def test_fold_leaves_other_syllables(word: str) -> None:
    assert fold(word) == word.lower()


@pytest.mark.parametrize("text", ["Đảng ủy sở", "ỦY BAN NHÂN DÂN", "hòa bình và thủy lợi", "Huỳnh quý", ""])
def test_old_tone_view_keeps_length(text: str) -> None:
    view = old_tone_view(text)
    assert len(view) == len(text)
    assert fold(view) == fold(text)


def test_old_tone_view_moves_marks() -> None:
    assert old_tone_view("Đảng ủy, Ủy ban, hòa") == "Đảng uỷ, Uỷ ban, hoà"


def test_canonicalize_is_nfc_only() -> None:
    nfd = "Hòa\u00a0bình\n\n"
    import unicodedata

    assert canonicalize(unicodedata.normalize("NFD", nfd)) == nfd


@pytest.mark.parametrize(("text", "key"), [
    ("Trần Thế Vương", "tran the vuong"),
    ("ĐẢNG ỦY Đảng ủy", "dang uy dang uy"),
    ("Tràn", "tran"),  # decomposed input
    ("Ngô Sĩ Liên – 100% “đạt”", "ngo si lien – 100% “dat”"),  # punctuation kept
    ("Ελλάδα", "ελλαδα"),  # marks of any script
    ("", ""),
])
def test_strip_diacritics(text: str, key: str) -> None:
    assert strip_diacritics(text) == key
    assert strip_diacritics(text) == key  # the second call reads the filled-in table

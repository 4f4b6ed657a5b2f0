import codecs
import unicodedata

import pytest

from extractor.encodings import (
    ENCODINGS,
    LEGACY_ENCODINGS,
    UndecodableError,
    UnencodableError,
    decode_bytes,
    encode_legacy,
    is_syllable,
    normalize_encoding_name,
)

# Real sentences from ../shared/corpus (copied so the tests run without it).
SENTENCES = [
    # 000_67d6dfd70fd0a3c3.txt (Báo Quảng Bình)
    "(QBĐT) - Thực hiện các chỉ thị, nghị quyết của Trung ương, Tỉnh ủy về công tác xây dựng Đảng, những năm "
    "qua, Đảng bộ Sở Nội vụ luôn chú trọng công tác xây dựng tổ chức cơ sở đảng (TCCSĐ) trong sạch vững mạnh.",
    # baomoi_2017/baomoi_21468874.txt (typographic quotes and an en dash)
    "Thủ tướng vừa phê duyệt đề án “Đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý cơ sở giáo dục đáp ứng yêu cầu "
    "đổi mới căn bản, toàn diện giáo dục phổ thông giai đoạn 2016 – 2020, định hướng đến năm 2025”.",
    # baomoi_2017/baomoi_21511079.txt
    "Ông Đinh La Thăng - ủy viên Bộ Chính trị, Bí thư Thành ủy - chủ trì buổi làm việc.",
    # baomoi_2017/baomoi_22453204.txt (upper case with tones: TCVN3 has no byte for these)
    "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XII",
    # dantri_unc/news_society_002.txt
    "Sự việc xảy ra vào khoảng 10h sáng nay 18/12, tại một quán game online ở ngõ 36 Giang Văn Minh, phường Kim "
    "Mã, quận Ba Đình, TP Hà Nội.",
    # vntc/PL_NLD_3828.txt
    "Theo số liệu điều tra từ năm 1998 đến nay, cả nước đã phát hiện 4.527 phụ nữ, trẻ em bị buôn bán, trong đó "
    "có 3.862 người bị bán ra nước ngoài.",
    # vntc/PL_NLD_3805.txt
    "Ông Kiều Hữu Dũng cũng thay mặt ông Trầm Bê gửi lời xin lỗi tới cổ đông ngân hàng.",
    # a title from vntc, short on purpose
    "Tăng cường trấn áp tội phạm buôn bán phụ nữ, trẻ em",
]

TONES = "\u0300\u0301\u0303\u0309\u0323"
VOWELS = [unicodedata.normalize("NFC", base + tone) for base in "aăâeêioôơuưy" for tone in ["", *TONES]]
ALPHABET = "".join(VOWELS) + "đ" + "".join(VOWELS).upper() + "Đ"


def _cp1252_chars(data: bytes) -> str:
    """What a cp1252 reader shows for legacy bytes (the undefined bytes never occur in these tests)."""
    return data.decode("cp1252")


def _split_tones(text: str) -> str:
    """cp1258-encodable form: precomposed ă/â/ê/ô/ơ/ư/đ, every tone mark a separate combining character."""
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES)) + tones)
    return "".join(out)


def test_alphabet_has_the_134_non_ascii_letters() -> None:
    assert len({ch for ch in ALPHABET if not ch.isascii()}) == 134


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_every_letter_round_trips(encoding: str) -> None:
    data = encode_legacy(ALPHABET, encoding)
    assert decode_bytes(data, encoding) == (ALPHABET, encoding)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@pytest.mark.parametrize("text", SENTENCES)
def test_legacy_round_trip_detected_and_forced(text: str, encoding: str) -> None:
    data = encode_legacy(text, encoding)
    assert decode_bytes(data) == (text, encoding)
    assert decode_bytes(data, encoding) == (text, encoding)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@pytest.mark.parametrize("text", SENTENCES[2:5])
def test_legacy_text_inside_a_unicode_file(text: str, encoding: str) -> None:
    # Legacy-font text saved by a Unicode editor or a web page: the cp1252 characters, in UTF-8 or UTF-16.
    chars = _cp1252_chars(encode_legacy(text, encoding))
    assert decode_bytes(chars.encode("utf-8")) == (text, f"utf-8+{encoding}")
    assert decode_bytes(chars.encode("utf-16")) == (text, f"utf-16+{encoding}")
    assert decode_bytes(chars.encode("utf-8"), f"utf-8+{encoding}") == (text, f"utf-8+{encoding}")


@pytest.mark.parametrize(("encoding", "data", "text"), [
    # Spellings published with the font encodings, written byte by byte.
    ("tcvn3", b"Vi\xd6t Nam", "Việt Nam"),
    ("tcvn3", b"H\xb5 N\xe9i", "Hà Nội"),
    ("tcvn3", b"B\xb6o Th\xbeng", "Bảo Thắng"),
    ("tcvn3", b"M\xad\xeang Kh\xad\xacng", "Mường Khương"),
    ("vni", b"Vie\xe4t Nam", "Việt Nam"),
    ("vni", b"Xin cha\xf8o ca\xf9c ba\xefn", "Xin chào các bạn"),
    ("vni", b"ng\xf6\xf4\xf8i \xd1a\xf8 Na\xfcng", "người Đà Nẵng"),
    ("cp1258", b"Vi\xea\xf2t Nam", "Việt Nam"),
])
def test_known_spellings(encoding: str, data: bytes, text: str) -> None:
    assert decode_bytes(data, encoding) == (text, encoding)
    assert encode_legacy(text, encoding) == data


def test_tcvn3_reads_vn1_capitals_and_writes_base_plus_tone() -> None:
    assert decode_bytes(b"\xc0 \xc4 \xda", "tcvn3") == ("Ắ Ấ Ế", "tcvn3")
    assert encode_legacy("Ắ", "tcvn3") == b"\xa1\xb3"


@pytest.mark.parametrize("text", SENTENCES)
def test_cp1258_from_pythons_codec(text: str) -> None:
    data = _split_tones(text).encode("cp1258")
    assert decode_bytes(data) == (text, "cp1258")
    assert decode_bytes(data, "windows-1258") == (text, "cp1258")


@pytest.mark.parametrize(("data", "name"), [
    (codecs.BOM_UTF8 + SENTENCES[0].encode(), "utf-8"),
    (SENTENCES[0].encode(), "utf-8"),
    (codecs.BOM_UTF16_LE + SENTENCES[0].encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + SENTENCES[0].encode("utf-16-be"), "utf-16"),
    (unicodedata.normalize("NFD", SENTENCES[0]).encode(), "utf-8"),
])
def test_unicode_files(data: bytes, name: str) -> None:
    assert decode_bytes(data) == (SENTENCES[0], name)


@pytest.mark.parametrize("text", ["The quick brown fox jumps over the lazy dog.", "Report 2017, page 3\n", ""])
def test_english_ascii_is_utf8(text: str) -> None:
    assert decode_bytes(text.encode("ascii")) == (text, "utf-8")


def test_utf8_vietnamese_with_only_latin1_letters_stays_utf8() -> None:
    assert decode_bytes("Cà phê".encode()) == ("Cà phê", "utf-8")


@pytest.mark.parametrize(("data", "message"), [
    (b"\x00\x01\x02abc", "binary"),
    (bytes(range(256)) * 4, "binary"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary"),
    (b"\x01\x02\x03\x04 hello \x05\x06", "binary"),
    ("Café au lait, crème brûlée, déjà vu.".encode("cp1252"), "no Vietnamese legacy encoding"),
    ("Hà Nội".encode("cp1258", errors="replace") + b"\xff", "no Vietnamese legacy encoding"),
])
def test_undecodable_input_raises_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(UndecodableError, match=message):
        decode_bytes(data)


def test_undecodable_error_is_a_value_error() -> None:
    assert issubclass(UndecodableError, ValueError) and issubclass(UnencodableError, ValueError)


def test_forced_utf8_on_legacy_bytes_raises() -> None:
    with pytest.raises(UndecodableError, match="not valid UTF-8"):
        decode_bytes(encode_legacy(SENTENCES[2], "vni"), "utf-8")


@pytest.mark.parametrize(("alias", "name"), [
    ("UTF8", "utf-8"), ("utf-8-sig", "utf-8"), ("Windows-1258", "cp1258"), ("ABC", "tcvn3"),
    ("TCVN", "tcvn3"), ("VNI-Windows", "vni"), ("utf-16-le", "utf-16-le"),
])
def test_encoding_names(alias: str, name: str) -> None:
    assert normalize_encoding_name(alias) == name


def test_every_returned_name_can_be_forced() -> None:
    assert all(normalize_encoding_name(name) == name for name in ENCODINGS)
    with pytest.raises(ValueError, match="unknown encoding"):
        decode_bytes(b"x", "latin-9")


def test_bomless_utf16_can_be_forced() -> None:
    assert decode_bytes(SENTENCES[2].encode("utf-16-be"), "utf-16-be") == (SENTENCES[2], "utf-16-be")
    assert decode_bytes(SENTENCES[2].encode("utf-16-le"), "utf-16") == (SENTENCES[2], "utf-16")


@pytest.mark.parametrize(("text", "encoding"), [
    ("Nhiệt độ 30°C", "tcvn3"),  # 0xB0 is a tone mark in TCVN3
    ("Kathrin Brömmel", "vni"),  # "ö" is the letter "ư" in VNI
    ("β-caroten", "cp1258"),
    ("Chữ Hán 漢", "tcvn3"),
])
def test_unencodable_text_raises(text: str, encoding: str) -> None:
    with pytest.raises(UnencodableError):
        encode_legacy(text, encoding)


def test_encode_legacy_rejects_unicode_targets() -> None:
    with pytest.raises(ValueError, match="encode_legacy writes"):
        encode_legacy("x", "utf-8")


@pytest.mark.parametrize(("word", "vietnamese"), [
    ("quỳnh", True), ("quýt", True), ("quy", True), ("nghiêng", True), ("kiều", True), ("trường", True),
    ("sacombank", False), ("sawaco", False), ("canon", False), ("toyota", False),
])
def test_is_syllable(word: str, vietnamese: bool) -> None:
    assert is_syllable(word) is vietnamese

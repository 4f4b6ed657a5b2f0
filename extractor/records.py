"""The records an article yields: the output contract of ../shared/SPEC.md as pydantic v2 models.

Field names are the SPEC's; extra fields (offsets of mentions, the rule that found a record) are ours and
documented here so `extractor schema` prints a self-describing JSON Schema.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Record):
    """Where a record was found: a character span of the canonical text."""

    start: int = Field(description="Start offset (inclusive) into the NFC article text.")
    end: int = Field(description="End offset (exclusive) into the NFC article text.")


class Entity(_Record):
    label: Literal["PER", "ORG", "LOC"] = Field(description="PER person, ORG organisation, LOC named place.")
    text: str = Field(description="The mention exactly as written: text[start:end].")
    start: int = Field(description="Start offset (inclusive) into the NFC article text.")
    end: int = Field(description="End offset (exclusive) into the NFC article text.")


class Organization(_Record):
    name: str = Field(description="The fullest name the article gives this organisation.")
    aliases: list[str] = Field(default_factory=list, description="Shorter forms referring to it.")
    mentions: list[Mention] = Field(default_factory=list, description="Spans of every mention found.")


class Position(_Record):
    title: str = Field(description="The role with its modifiers, as written ('Phó Bí thư', 'nguyên Bí thư').")
    organization: str | None = Field(description="The body the role is in, fullest name, or null.")


class Official(_Record):
    name: str = Field(description="The person's name, without honorifics or titles.")
    positions: list[Position] = Field(description="Every position the article gives them.")
    mentions: list[Mention] = Field(default_factory=list, description="Spans of the name where found.")


class Count(_Record):
    value: float = Field(description="The number (low end of a range).")
    value_max: float | None = Field(default=None, description="High end of a range, else null.")
    unit: str = Field(description="The counted noun phrase ('đảng viên', 'tỷ đồng').")
    percent: bool = Field(description="True for a percentage.")
    qualifier: str | None = Field(default=None, description="'trên', 'hơn', 'gần', 'khoảng', ... or null.")
    text: str = Field(description="The phrase as written.")
    start: int = Field(description="Start offset of the phrase.")
    end: int = Field(description="End offset of the phrase.")


class Period(_Record):
    start_year: int | None = Field(description="First year, or null when open at the start.")
    end_year: int | None = Field(description="Last year, or null when open-ended ('đến nay').")
    text: str = Field(description="The phrase as written.")
    start: int = Field(description="Start offset of the phrase.")
    end: int = Field(description="End offset of the phrase.")


class Award(_Record):
    award: str = Field(description="The kind of honour, lower case ('bằng khen').")
    grantor: str | None = Field(default=None, description="Who gives it (fullest name), or null.")
    recipients: list[str] = Field(default_factory=list, description="Organisations or persons receiving it.")
    reason: str | None = Field(default=None, description="The 'vì/do ...' phrase without the period.")
    start_year: int | None = Field(default=None, description="Start of the period it is for.")
    end_year: int | None = Field(default=None, description="End of the period it is for.")
    text: str = Field(default="", description="The sentence span the award was read from.")


class Abbreviation(_Record):
    short: str = Field(description="The abbreviation as written.")
    long: str = Field(description="Its expansion as written.")


class Document(_Record):
    kind: str = Field(description="'Chỉ thị', 'Nghị quyết', 'Quyết định', 'Luật', ...")
    number: str | None = Field(default=None, description="The number without 'số' ('18-NQ/TW'), or null.")
    name: str | None = Field(default=None, description="Its name or subject when it has no number.")
    issuer: str | None = Field(default=None, description="Who issued it (fullest name), or null.")
    text: str = Field(default="", description="The citation as written.")


class ArticleRecords(_Record):
    """Everything extracted from one article."""

    id: str = Field(description="Article id: the file stem for .txt, the `id` field for JSON Lines.")
    title: str | None = Field(default=None, description="First non-empty line of the article.")
    source: str | None = Field(default=None, description="Outlet named in the dateline ('QBĐT'), or null.")
    entities: list[Entity] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    abbreviations: list[Abbreviation] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)


RECORD_TYPES: tuple[str, ...] = (
    "organizations", "officials", "counts", "periods", "awards", "abbreviations", "documents",
)

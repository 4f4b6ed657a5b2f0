"""spaCy factory registrations, kept apart from the component classes (as spaCy itself does)."""

from __future__ import annotations

from spacy.language import Language

from .components.abbreviations import AbbreviationFinder
from .components.awards import AwardFinder
from .components.counts import CountFinder
from .components.documents import DocumentFinder
from .components.organizations import OrganizationFinder
from .components.periods import PeriodFinder
from .components.persons import PersonFinder
from .components.places import PlaceFinder
from .components.propagation import MentionPropagator
from .components.titles import TitleFinder


@Language.factory("vi_organizations")
def make_organizations(nlp: Language, name: str) -> OrganizationFinder:
    return OrganizationFinder()


@Language.factory("vi_places")
def make_places(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder()


@Language.factory("vi_titles")
def make_titles(nlp: Language, name: str) -> TitleFinder:
    return TitleFinder()


@Language.factory("vi_persons")
def make_persons(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder()


@Language.factory("vi_propagation")
def make_propagation(nlp: Language, name: str) -> MentionPropagator:
    return MentionPropagator()


@Language.factory("vi_periods")
def make_periods(nlp: Language, name: str) -> PeriodFinder:
    return PeriodFinder()


@Language.factory("vi_counts")
def make_counts(nlp: Language, name: str) -> CountFinder:
    return CountFinder()


@Language.factory("vi_documents")
def make_documents(nlp: Language, name: str) -> DocumentFinder:
    return DocumentFinder()


@Language.factory("vi_abbreviations")
def make_abbreviations(nlp: Language, name: str) -> AbbreviationFinder:
    return AbbreviationFinder()


@Language.factory("vi_awards")
def make_awards(nlp: Language, name: str) -> AwardFinder:
    return AwardFinder()

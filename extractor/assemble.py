"""Stage 6: a processed Doc → :class:`ArticleRecords` (the SPEC's output for one article).

Spans become article-level records here: organisation mentions are grouped under their fullest names,
titles are linked to people, and each distinct fact is kept once however often the article repeats it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .canonical import fold
from .components.base import Match, matches
from .components.organizations import COMMON_SURNAMES
from .components.persons import not_vietnamese
from .lexicon import gazetteer
from .officials import OfficialLink, is_bare_committee, link_officials
from .records import (
    Abbreviation,
    ArticleRecords,
    Award,
    Count,
    Document,
    Entity,
    Mention,
    Official,
    Organization,
    Period,
    Position,
)
from .resolve import OrganizationResolver, OrgMention
from .stream import Stream, stream_of

_DATELINE = re.compile(r"^\s*\(\s*(?P<src>[A-ZĐ][A-Za-zĐđ&./]{1,14})\s*\)\s*[-–—]")
_DATELINE_BARE = re.compile(r"^\s*(?P<src>[A-ZĐ][A-ZĐ&./]{1,10})\s+[-–—]\s+")
_SIGNATURE = re.compile(r"\(\s*(?P<src>[A-ZĐ][A-Za-zĐđ&./]{1,14})\s*\)\s*$")
_PRESS_CONTEXT = re.compile(r"(?:theo|nguồn|ảnh|PV|phóng viên|trả lời|trao đổi với|báo|tờ)\s*:?\s*$", re.IGNORECASE)


def find_source(text: str, title: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """The outlet named in a dateline "(QBĐT) -" at the start of the body, or a closing "(TTXVN)"."""
    body_start = 0
    if title:
        found = text.find(title)
        body_start = found + len(title) if found >= 0 else 0
    head = text[body_start:body_start + 400]
    m = _DATELINE.match(head) or _DATELINE_BARE.match(head)
    if m:
        return m.group("src"), (body_start + m.start("src"), body_start + m.end("src"))
    tail_start = max(0, len(text) - 200)
    m = _SIGNATURE.search(text[tail_start:])
    if m:
        return m.group("src"), (tail_start + m.start("src"), tail_start + m.end("src"))
    return None, None


_CREDIT_LINE = re.compile(r"(?:^|[(\n.])\s*(?:Ảnh|Nguồn|Theo|Video|Clip|Đồ họa)\s*:?[^\n()]*$", re.IGNORECASE)


_PRESS_HEADS = ("báo", "đài", "tạp chí", "thông tấn", "ttxvn", "vov", "vtv", "nhà xuất bản", "kênh")


def _is_press(m: Match) -> bool:
    """Is the ORG match an outlet (a paper, a broadcaster, a news agency) rather than another body?"""
    return fold(m.data.get("head") or m.text).startswith(_PRESS_HEADS)


def _is_press_source(text: str, m: Match, source_span: tuple[int, int] | None) -> bool:
    """Press named only as the source of the story: dateline, signature, credits ("Ảnh: X/TTXVN")."""
    if source_span and m.start >= source_span[0] - 1 and m.end <= source_span[1] + 1:
        return True
    before = text[max(0, m.start - 60):m.start]
    if _is_press(m) and (before.endswith("/") or text.startswith("/", m.end) or _CREDIT_LINE.search(before)):
        # "Theo TTXVN", "Ảnh: Thanh Vũ/TTXVN", "TTXVN/Tin Tức"; but "Theo Sở Y tế tỉnh X, ..." cites a body that acts
        return True
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    if not text[line_start:m.start].strip() and not text[m.end:line_end if line_end >= 0 else None].strip():
        return True  # the outlet alone on its line: a signature
    if m.data.get("head") in ("Báo", "Đài", "Tạp chí"):
        return bool(_PRESS_CONTEXT.search(text[max(0, m.start - 20):m.start]))
    return False


def build_records(doc: Doc, *, article_id: str, title: str | None = None,
                  source: str | None = None) -> ArticleRecords:
    """All SPEC records of one processed Doc."""
    found_source, source_span = find_source(stream_of(doc).text, title)
    links = link_officials(doc)
    defined = {m.data["short"]: m.data["long"] for m in matches(doc, "ABBR")}
    # organisations are named as written: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (UBTƯ MTTQ)" defines the
    # abbreviation without the place its letters leave out, and names the body with it
    # (a numbered meeting, "Hội nghị lần thứ hai ... (SOM2)", names no body)
    named = {m.data["short"]: m.data.get("written", m.data["long"]) for m in matches(doc, "ABBR")
             if not m.data.get("meeting")}
    resolver = _resolver(doc, links, named, source_span)
    officials = _officials(links, resolver)
    return ArticleRecords(
        id=article_id, title=title, source=source or found_source,
        entities=_entities(doc, source_span, links),
        organizations=[
            Organization(name=g.name, aliases=g.all_aliases(),
                         mentions=[Mention(start=s, end=e) for s, e in sorted(g.mentions)])
            for g in resolver.groups
        ],
        officials=officials,
        counts=_counts(doc),
        periods=_periods(doc),
        awards=_awards(doc, resolver, officials),
        abbreviations=[Abbreviation(short=short, long=long) for short, long in defined.items()],
        documents=_documents(doc, resolver),
    )


def _entities(doc: Doc, source_span: tuple[int, int] | None = None,
              links: list[OfficialLink] | None = None) -> list[Entity]:
    entities: list[Entity] = []
    stream = stream_of(doc)
    for m in matches(doc, "ORG"):
        if m.data.get("entity", True):
            start = _outlet_name_start(stream, m)
            entities.append(Entity(label="ORG", text=stream.text[start:m.end], start=start, end=m.end))
    for label in ("LOC", "PER"):
        entities.extend(Entity(label=label, text=m.text, start=m.start, end=m.end)
                        for m in matches(doc, label))
    for s, e in _bridged_bodies(links):
        # a body already tagged stays as it is, and so does a country alone ("Tổng thống Mỹ" → LOC "Mỹ")
        if not any((x.label == "ORG" and x.start <= s and e <= x.end)
                   or (x.label == "LOC" and (x.start, x.end) == (s, e)) for x in entities):
            entities = [x for x in entities if not (s <= x.start and x.end <= e)]
            entities.append(Entity(label="ORG", text=stream.text[s:e], start=s, end=e))
    if source_span and not any(e.start < source_span[1] and source_span[0] < e.end for e in entities):
        # the outlet of a dateline "(NLĐ) -" or a signature "(TTXVN)" is named in the text: an ORG mention
        s, e = source_span
        entities.append(Entity(label="ORG", text=stream.text[s:e], start=s, end=e))
    return sorted(entities, key=lambda e: (e.start, e.end))


def _bridged_bodies(links: list[OfficialLink] | None) -> list[tuple[int, int]]:
    """Spans of the bodies the officials builder read between a title and a name, once each."""
    spans = {p.body_span for link in links or [] for p in link.positions if p.body_span is not None}
    return sorted(spans)


def _outlet_name_start(stream: Stream, m: Match) -> int:
    """Where the ORG mention starts: after "Báo" for a paper ("Báo Nhân Dân" → "Nhân Dân", as "báo Tuổi Trẻ" →
    "Tuổi Trẻ" in VLSP), while the organisation record keeps the full "Báo Nhân Dân"."""
    head = m.data.get("head") or ""
    if fold(head) != "báo" or m.data.get("bare") or m.i < 0:
        return m.start
    k = m.i + len(head.split())
    return stream.syls[k].start if k < m.j else m.start


def _resolver(doc: Doc, links: list[OfficialLink], defined: dict[str, str],
              source_span: tuple[int, int] | None) -> OrganizationResolver:
    implied = [p.org_text for link in links for p in link.positions
               if p.org_text and (p.org is None or (p.org_text != p.org.text and p.org.label == "ORG"))
               and not is_bare_committee(p.org_text)]  # "Bí thư tỉnh ủy": the post's body, not a name to list
    title_ends = {t.end for t in matches(doc, "TITLE")}
    orgs = matches(doc, "ORG")
    cut = _cut_by_bridged_bodies(orgs, links)
    mentions = [
        OrgMention(text=_before_person(stream_of(doc), m, title_ends), start=m.start, end=m.end,
                   head=m.data.get("head", ""), short=not m.data.get("named"),
                   standalone=m.data.get("kind") == "standalone" or _specific_bare_body(m, title_ends),
                   alias_of=m.data.get("alias_of"))
        for m in orgs
        if not m.data.get("press") and not _is_press_source(stream_of(doc).text, m, source_span) and m not in cut
    ]
    nested = [OrgMention(text=inner.text, start=inner.start, end=inner.end, head=inner.data.get("head", ""),
                         short=False)
              for m in matches(doc, "ORG") if not m.data.get("press") for inner in _nested_bodies(m)]
    return OrganizationResolver(mentions, implied=implied, defined=defined, nested=nested)


def _cut_by_bridged_bodies(orgs: list[Match], links: list[OfficialLink]) -> list[Match]:
    """ORG matches the officials builder read whole as a longer body between a title and a name ("UB Pháp" of "Chủ
    nhiệm UB Pháp luật Hoàng Thanh Tùng"): no organisation of their own, as they are no entity (``_entities``)."""
    cut: list[Match] = []
    for s, e in _bridged_bodies(links):
        if any(m.start <= s and e <= m.end for m in orgs):
            continue  # a body already tagged whole stays as it is
        cut.extend(m for m in orgs if s <= m.start and m.end <= e and (m.start, m.end) != (s, e))
    return cut


def _nested_bodies(m: Match) -> list[Match]:
    """The named bodies inside an ORG match's name, at any depth ("Văn phòng UBND tỉnh Cần Thơ" and "UBND tỉnh Cần
    Thơ" in "Đảng ủy Văn phòng UBND tỉnh Cần Thơ")."""
    found: list[Match] = []
    for inner in m.data.get("nested") or []:
        if inner.data.get("named"):
            found.append(inner)
        found.extend(_nested_bodies(inner))
    return found


# Bodies often named after a person ("Trường THPT Lê Hồng Phong"): a name at their end is their own.
_NAMED_AFTER_PEOPLE = ("trường", "đại học", "học viện", "bệnh viện", "quỹ", "nhà")


def _before_person(stream: Stream, m: Match, title_ends: set[int]) -> str:
    """The body of a title without the holder's name the ORG span ran into ("Thứ trưởng Bộ GD&ĐT Nguyễn Thị
    Nghĩa" names "Bộ GD&ĐT"): after a title, two to four capitalised syllables opened by a common surname and
    ending the span are the person, unless they are a known place ("Sở Y tế Cao Bằng")."""
    head = m.data.get("head") or ""
    after_title = any(m.start - 2 <= end <= m.start for end in title_ends)
    if m.i < 0 or not after_title or fold(head).startswith(_NAMED_AFTER_PEOPLE):
        return m.text
    for k in range(max(m.i + len(head.split()) + 1, m.j - 4), m.j - 1):
        if stream.keys[k] in COMMON_SURNAMES and stream.keys[k - 1] not in COMMON_SURNAMES \
                and all(s.cap and not s.punct for s in stream.syls[k:m.j]) \
                and not gazetteer().minor.longest(stream.keys, k, m.j):
            return stream.text[m.start:stream.syls[k - 1].end].rstrip(" ,-–")
    return m.text


# Councils and committees every place has: bare, they name a level of government, not one body (SPEC: bare
# "HĐND" is no organisation).
_LEVEL_BODIES = frozenset({"ubnd", "hđnd", "ủy ban nhân dân", "hội đồng nhân dân"})


def _specific_bare_body(m: Match, title_ends: set[int]) -> bool:
    """A bare Party or state body the article names only so ("Đảng ủy đã họp", "Viện Kiểm sát kháng nghị") is an
    organisation under its written form (GUIDELINES), unless it names a level ("HĐND") or the body of a title
    ("Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn X": the officials linker names that body in full)."""
    if m.data.get("kind") != "party" or not m.data.get("bare") or not m.data.get("entity", True):
        return False
    if fold(m.data.get("head")) in _LEVEL_BODIES:
        return False
    return not any(m.start - 2 <= end <= m.start for end in title_ends)


_VIETNAM = fold("Việt Nam")


def _foreign_name(name: str) -> bool:
    """Is the person's name written in a foreign spelling ("Pany Yathotou", "Rô-đờ-ri-gô Đu-téc-tê")?"""
    return any("-" in word or not_vietnamese(word) for word in name.split())


def _own_country_body(person: str, written: str | None, resolved: str | None) -> str | None:
    """The body of a post as resolved, unless the resolution made a foreigner's bare national body Vietnam's:
    "Chủ tịch Quốc hội Pany Yathotou" is the Chủ tịch of Laos's "Quốc hội", not of the article's "Quốc hội Việt
    Nam", so the body stays as written."""
    if written and resolved and _VIETNAM in fold(resolved) and _VIETNAM not in fold(written) \
            and _foreign_name(person):
        return written
    return resolved


def _officials(links: list[OfficialLink], resolver: OrganizationResolver) -> list[Official]:
    officials: dict[str, Official] = {}
    for link in links:
        key = fold(link.person.text)
        official = officials.setdefault(key, Official(name=link.person.text, positions=[]))
        official.mentions.append(Mention(start=link.person.start, end=link.person.end))
        for p in link.positions:
            if p.org is None or p.org.label == "ORG":
                org = _own_country_body(link.person.text, p.org_text, resolver.resolve(p.org_text))
            else:  # a place: "Bí thư Bình Định" is the Bí thư of the article's "Tỉnh ủy Bình Định"
                org = _body_of_place(p.title.text, p.org_text, resolver) or p.org_text
            _add_position(official, _unfold_title(Position(title=_as_post(p.title.text), organization=org)))
    # officials named by one name only ("ông Vương") are the same people as the full names
    for key in list(officials):
        full = [k for k in officials if k != key and (k.endswith(" " + key) or k.startswith(key + " "))]
        if len(full) == 1:
            merged = officials.pop(key)
            target = officials[full[0]]
            target.mentions.extend(merged.mentions)
            for position in merged.positions:
                _add_position(target, position)
    return list(officials.values())


_JOINTS = re.compile(r"[\s,.\-–&]+")


def _body_key(name: str | None) -> str:
    """A body's name for comparing posts: folded, its joints ("TP.HCM" / "TP HCM", "TT&TT" / "TT-TT") one space."""
    return _JOINTS.sub(" ", fold(name)).strip()


# Which kind of body a title held "in a place" belongs to: Party secretaries sit in the Party committee of
# the place, chairmen in its People's Committee.
_PLACE_BODIES = {
    "bí thư": ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng bộ"),
    "chủ tịch": ("ubnd", "ủy ban nhân dân"),
}


def _body_of_place(title: str, place: str | None, resolver: OrganizationResolver) -> str | None:
    if not place:
        return None
    base = fold(title).removeprefix("nguyên ").removeprefix("cựu ").removeprefix("phó ").strip()
    heads = _PLACE_BODIES.get(base)
    if heads is None:
        return None
    wanted = fold(place)
    for head in heads:  # in order: the committee ("Thành ủy TP.HCM") before the whole Party body ("Đảng bộ")
        for group in resolver.groups:
            name = fold(group.name)
            if wanted in name and name.startswith(fold(head)):
                return group.name
    return None


def _as_post(title: str) -> str:
    """The post a title names: "tân" (newly appointed) in front says who holds it now, not another post, so
    "tân Phó Bí thư" is "Phó Bí thư" (GUIDELINES). The title finder keeps the word in its span so that the phrase
    around it still reads as one title."""
    words = title.split(" ", 1)
    return words[1] if len(words) == 2 and fold(words[0]) == "tân" else title


# Abbreviations that fold a title and its body into one word: "ĐBQH" is "Đại biểu" of the "Quốc hội".
_FOLDED_TITLES = {"đbqh": ("Đại biểu", "Quốc hội")}


def _unfold_title(position: Position) -> Position:
    """"ĐBQH Dương Văn Thống" holds the post the article spells out elsewhere as "đại biểu Quốc hội": write it
    so, keeping "nguyên"/"cựu" in front, so that both wordings are one post."""
    base = _base_title(position.title)
    if position.organization is not None or base not in _FOLDED_TITLES:
        return position
    title, body = _FOLDED_TITLES[base]
    former = position.title[:len(position.title) - len(base)]
    return Position(title=former + title, organization=body)


_TITLE_SUFFIXES = (" thường trực", " thứ nhất", " phụ trách", " chuyên trách")


def _is_modified(longer: str, shorter: str) -> bool:
    """Is ``longer`` the title ``shorter`` with a suffix that only qualifies it ("Phó Thủ tướng Thường trực" of
    "Phó Thủ tướng")? The bare one, told without a body, is the same post."""
    base = _base_title(longer)
    return any(base == _base_title(shorter) + suffix for suffix in _TITLE_SUFFIXES)


# Titles written short: "ĐB Dương Văn Thống" is the "Đại biểu" the article spells out elsewhere, one post.
_SHORT_TITLES = {"đb": "đại biểu"}


def _base_title(title: str) -> str:
    base = fold(title).removeprefix("nguyên ").removeprefix("cựu ")
    return _SHORT_TITLES.get(base, base)


def _add_position(official: Official, position: Position) -> None:
    """Add a position unless known; a title with a body replaces the same title without one."""
    # "nguyên Bí thư" and "Bí thư" of one body are one post, told before and after the person left it
    same_title = [q for q in official.positions if _base_title(q.title) == _base_title(position.title)]
    new = _body_key(position.organization)
    if position.organization is None and any(_is_modified(q.title, position.title) for q in official.positions):
        return  # "Phó Thủ tướng" told bare after "Phó Thủ tướng Thường trực Chính phủ" is that post
    for q in [q for q in official.positions if q.organization is None and _is_modified(position.title, q.title)]:
        official.positions.remove(q)
    if any(_body_key(q.organization) == new or (new and new in _body_key(q.organization)) for q in same_title):
        return
    for q in same_title:  # "Bộ Ngoại giao Ấn Độ" says more than "Bộ Ngoại giao"
        if q.organization and new and _body_key(q.organization) in new:
            official.positions.remove(q)
    if position.organization is None and same_title:
        return
    for q in same_title:
        if q.organization is None:
            official.positions.remove(q)
    official.positions.append(position)


def _counts(doc: Doc) -> list[Count]:
    counts: list[Count] = []
    seen: set[tuple[float, bool, str]] = set()
    for m in matches(doc, "COUNT"):
        d = m.data
        key = (d["value"], d["percent"], fold(d["unit"]))
        if key not in seen:
            seen.add(key)
            counts.append(Count(value=d["value"], value_max=d["value_max"], unit=d["unit"], percent=d["percent"],
                                qualifier=d["qualifier"], text=m.text, start=m.start, end=m.end))
    return counts


def _periods(doc: Doc) -> list[Period]:
    periods: list[Period] = []
    seen: set[tuple[int | None, int | None]] = set()
    for m in matches(doc, "PERIOD"):
        years = (m.data["start_year"], m.data["end_year"])
        if years not in seen:
            seen.add(years)
            periods.append(Period(start_year=years[0], end_year=years[1], text=m.text, start=m.start, end=m.end))
    return periods


def _awards(doc: Doc, resolver: OrganizationResolver, officials: list[Official]) -> list[Award]:
    """One record per award told: mentions of the same kind merge when nothing tells them apart (SPEC "the
    same award told several times is one"): the title's "Thủ tướng tặng bằng khen" and the body's "Bằng
    khen của Thủ tướng Chính phủ ... cho chị A" are one award."""
    persons = {fold(m.text): m.text for m in matches(doc, "PER")}

    def name_of(agent: Match) -> str:
        if agent.label == "ORG":
            return resolver.resolve(agent.text) or agent.text
        if agent.label == "PER":  # "Hiệp và Thắng được tặng": the persons the article names in full
            key = fold(agent.text)
            full = [name for k, name in persons.items() if k.endswith(" " + key)]
            return full[0] if len(full) == 1 else agent.text
        body = agent.data.get("body") if agent.label == "TITLE" else None
        if body is not None:  # a post: its title, and its body under the body's full name
            return agent.text[:body.start - agent.start] + name_of(body) + agent.text[body.end - agent.start:]
        if agent.label == "TITLE":  # a bare post: its body from its holder's positions (SPEC: the fullest name)
            return _post_with_body(agent.text, agent.data.get("holder"), officials) or agent.text
        return agent.text

    awards: list[Award] = []
    handers: list[tuple[str, str, str]] = []  # (kind, grantor, who handed it over for the grantor)
    for m in matches(doc, "AWARD"):
        d = m.data
        mention = Award(award=d["award"], grantor=name_of(d["grantor"]) if d["grantor"] is not None else None,
                        recipients=list(dict.fromkeys(name_of(r) for r in d["recipients"])), reason=d["reason"],
                        start_year=d["start_year"], end_year=d["end_year"], text=m.text)
        if d.get("hander") is not None and mention.grantor:
            handers.append((mention.award, fold(mention.grantor), fold(name_of(d["hander"]))))
        same = [a for a in awards if _same_award(a, mention)]
        if d.get("named_as") and not mention.grantor and not same:
            # "Các cá nhân khác được tặng danh hiệu X còn có A": members of a group told of before, the same award
            same = [a for a in awards if a.award == mention.award][:2]
        same = [a for a in same if mention.grantor and fold(a.grantor) == fold(mention.grantor)] or same
        if len(same) == 1 or (same and not mention.grantor and not mention.recipients):
            _merge_award(same[0], mention)  # one it belongs to, or a mention that adds nothing to any
        else:  # none, or several it could belong to: a record of its own
            awards.append(mention)
    return _merge_contained_grantors(_merge_bare_heads(_merge_handed(awards, handers)))


def _post_with_body(title: str, holder: Match | None, officials: list[Official]) -> str | None:
    """A bare post ("Bộ trưởng", "Thủ tướng") with the one body the article gives it: the holder's position of
    that title ("Bộ trưởng Đào Ngọc Dung" is "Bộ trưởng" of "Bộ LĐ-TB&XH"), or, with no holder written, the one
    body every official of that title holds it in; None when there is none or more than one."""
    key = fold(holder.text) if holder is not None else None
    holders = [o for o in officials if key is None or fold(o.name) == key or fold(o.name).endswith(" " + key)]
    bodies = {p.organization for o in holders for p in o.positions
              if p.organization and fold(p.title) == fold(title)}
    return f"{title} {bodies.pop()}" if len(bodies) == 1 else None


def _merge_handed(awards: list[Award], handers: list[tuple[str, str, str]]) -> list[Award]:
    """"Thay mặt Đảng và Nhà nước, Chủ tịch Quốc hội trao X" and a caption's "Chủ tịch Quốc hội trao X" are one
    award, given by the body the hander spoke for: a record whose grantor handed the same kind over for another
    grantor joins that grantor's record, which keeps its giver."""
    kept = list(awards)
    for kind, grantor, hander in handers:
        givers = [a for a in kept if a.award == kind and fold(a.grantor) == grantor]
        handed = [a for a in kept if a.award == kind and a.grantor and fold(a.grantor) == hander]
        if len(givers) == 1:
            for record in (r for r in handed if r is not givers[0]):
                record.grantor = givers[0].grantor  # the hander is no giver of its own
                _merge_award(givers[0], record)
                kept.remove(record)
    return kept


def _same_award(a: Award, b: Award) -> bool:
    """Can ``a`` and ``b`` be one award? Same kind; grantors equal, one unknown or one inside the other
    ("Chủ tịch UBND tỉnh Đắk Nông" / "UBND tỉnh Đắk Nông"); and, unless the grantors are the same, a recipient
    in common or one side without recipients."""
    if a.award != b.award:
        return False
    ga, gb = fold(a.grantor), fold(b.grantor)
    if ga and gb and ga == gb:
        return True
    if ga and gb and ga not in gb and gb not in ga:
        return False
    return not a.recipients or not b.recipients or _share_recipient(a.recipients, b.recipients)


def _share_recipient(names: list[str], others: list[str]) -> bool:
    """A name in common, a given name standing for the full one included ("Bách" / "Tôn Thất Bách")."""
    folded = [fold(n) for n in names]
    return any(x == y or x.endswith(" " + y) or y.endswith(" " + x) for x in folded for y in map(fold, others))


def _merge_award(into: Award, mention: Award) -> None:
    """Fill what ``into`` lacks from another telling of it; the longer grantor is the fuller name."""
    if len(mention.grantor or "") > len(into.grantor or ""):
        into.grantor = mention.grantor
    for name in mention.recipients:
        known = next((i for i, r in enumerate(into.recipients) if _share_recipient([r], [name])), None)
        if known is None:
            into.recipients.append(name)
        elif len(name) > len(into.recipients[known]):  # "Tôn Thất Bách" is the fuller name of "Bách"
            into.recipients[known] = name
    into.reason = into.reason or mention.reason
    into.start_year = into.start_year or mention.start_year
    into.end_year = into.end_year or mention.end_year


def _merge_bare_heads(awards: list[Award]) -> list[Award]:
    """A bare "huân chương" (a headline's "Pháp tặng huân chương cho ...") is the one named award of that head
    the article tells ("huân chương Cành cọ hàn lâm"), when there is exactly one."""
    kept: list[Award] = []
    for award in awards:
        named = [a for a in awards if a.award.startswith(award.award + " ")
                 and (not a.grantor or not award.grantor or fold(a.grantor) == fold(award.grantor))]
        if len(named) == 1 and award.award in _BARE_HEADS:
            _merge_award(named[0], award)
        else:
            kept.append(award)
    return kept


def _merge_contained_grantors(awards: list[Award]) -> list[Award]:
    """Tellings that name the grantor more or less fully ("Thứ trưởng", "Bộ VHTT", "Thứ trưởng Bộ VHTT") are
    one award when exactly one record of the kind names a grantor containing theirs."""
    kept = list(awards)
    for award in sorted(awards, key=lambda a: len(a.grantor or "")):
        if not award.grantor:
            continue
        fuller = [a for a in kept if a is not award and a.award == award.award and a.grantor
                  and fold(award.grantor) in fold(a.grantor) and _same_award(a, award)]
        if len(fuller) == 1:
            _merge_award(fuller[0], award)
            kept.remove(award)
    return kept


_BARE_HEADS = frozenset({"huân chương", "huy chương", "kỷ niệm chương", "giải thưởng"})


def _documents(doc: Doc, resolver: OrganizationResolver) -> list[Document]:
    org_at = {m.start: m for m in matches(doc, "ORG")}
    documents: list[Document] = []
    seen: set[tuple[str, str]] = set()
    numbers = [(fold(m.data["kind"]), fold(m.data["number"])) for m in matches(doc, "DOC") if m.data["number"]]
    names = [(fold(m.data["kind"]), fold(m.data["name"])) for m in matches(doc, "DOC") if m.data["name"]]
    for m in matches(doc, "DOC"):
        d = m.data
        # a number written once with a space ("470- QĐNS/TW") is the same number as "470-QĐNS/TW"
        key = (fold(d["kind"]), fold(re.sub(r"\s+", "", d["number"]) if d["number"] else d["name"]))
        if key in seen:
            if d["number"] and not re.search(r"\s", d["number"]):  # keep the form written without the stray space
                for kept in documents:
                    if kept.number and (fold(kept.kind), fold(re.sub(r"\s+", "", kept.number))) == key:
                        kept.number = d["number"]
            continue
        if not d["number"] and any(k == key[0] and n != key[1] and key[1] in n for k, n in names):
            continue  # "Luật Hỗ trợ" cut short where the article also writes "Luật hỗ trợ doanh nghiệp nhỏ"
        if d["number"] and d["number"].isdigit() and any(
                k == key[0] and n != key[1] and re.match(rf"{key[1]}\D", n) for k, n in numbers):
            continue  # "Nghị định 159" after "Nghị định 159/2013/NĐ-CP"
        seen.add(key)
        issuer = org_at.get(d["issuer_at"]) if d["issuer_at"] is not None else None
        documents.append(Document(kind=d["kind"], number=d["number"], name=d["name"],
                                  issuer=resolver.resolve(issuer.text) if issuer else None, text=m.text))
    return documents

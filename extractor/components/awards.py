"""AWARD: honours given, with grantor, recipients, reason and the period they are for (SPEC "awards").

Told in three voices, all within one sentence:

    RECIPIENT ... (được | vinh dự | đón) nhận AWARD của GRANTOR vì REASON PERIOD      (active, receiving)
    RECIPIENT ... được GRANTOR (tặng | trao tặng | khen tặng) AWARD vì REASON PERIOD  (passive)
    GRANTOR (tặng | trao) AWARD cho RECIPIENT vì REASON                              (active, giving)

Recipients and grantors are the ORG/PER matches the other components found; the record builder resolves
them to full names and merges the same award told several times.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import Match, RuleComponent, matches

_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_CAP_WORD = f"[{_UPPER}][{_LOWER}{_UPPER}]*"
_LOW_WORD = f"(?!(?:do|của|cho|vì|và|năm|được|từ|tại|trong)\\b)[{_LOWER}]+"
# Case matters here (no IGNORECASE): the name of a medal is the capitalised words after it ("Huân chương Lao
# động hạng Ba"), or two lower-case words when the press writes it so ("huân chương lao động").
_AWARD = re.compile(
    r"(?P<award>[Bb]ằng khen|[Gg]iấy khen|[Cc]ờ thi đua|[Cc]ờ truyền thống|[Kk][ỷỉ] niệm chương"
    r"|(?:[Hh]uân|[Hh]uy) [Cc]hương"
    rf"(?: {_CAP_WORD}(?: [{_LOWER}]+)?(?: {_CAP_WORD}(?: [{_LOWER}]+)?)*| {_LOW_WORD} {_LOW_WORD})?"
    r"(?: hạng (?:[Nn]hất|[Nn]hì|[Bb]a|I{1,3}))?"
    rf"|[Dd]anh hiệu (?:“[^”]{{2,60}}”|\"[^\"]{{2,60}}\"|{_CAP_WORD}(?: [{_LOWER}{_UPPER}]+){{0,5}})"
    r"|[Gg]iải thưởng [“\"]?[" + _UPPER + r"][^,.;()]{1,50})"
)
# Party membership badges, often several at once: "huy hiệu 40, 50, 60 tuổi Đảng" is three awards.
_BADGES = re.compile(r"[Hh]uy hiệu (?P<years>\d+(?:\s*(?:,|và|-|–)\s*\d+)*) (?P<nam>năm )?tuổi [Đđ]ảng")
_GIVE_PASSIVE = re.compile(r"\bđược\s+(?P<between>.{2,120}?)\s+(?:trao tặng|khen tặng|tặng|trao|khen thưởng)\s*$")
_GIVE_ACTIVE = re.compile(r"(?:trao tặng|khen tặng|tặng|trao)\s*$")
_RECEIVE = re.compile(r"(?:nhận|đón nhận|được tặng|được trao tặng|được trao|được khen tặng|được nhận|giành|đạt)\s*$")
# Verbs that take an honour away; the award named after them in the clause is not being given.
_REVOKED = re.compile(r"(?:hủy bỏ|huỷ bỏ|thu hồi|tước|tước bỏ|rút lại)\s+(?:[^.;:!?\n]{0,60}?)$", re.IGNORECASE)
_GOVERNED = re.compile(r"(?:^|\s)(?:của|với|cho|nhờ|giúp|theo|tại|từ|về|cùng)\s+(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$",
                       re.IGNORECASE)
_REASON = re.compile(r"^[^.;!?\n]*?\b(?:vì|do|về)\s+(?:đã\s+có\s+|đã\s+|có\s+)?(?P<reason>[^.;!?\n]+)")


class AwardFinder(RuleComponent):
    """Matches carry ``award``, ``grantor`` / ``recipients`` (lists of ORG or PER matches), ``reason``,
    ``start_year`` and ``end_year``."""

    label = "AWARD"

    def find(self, doc: Doc) -> list[Match]:
        text = self.stream(doc).text
        agents = sorted(matches(doc, "ORG") + matches(doc, "PER"), key=lambda m: m.start)
        periods = matches(doc, "PERIOD")
        titles = matches(doc, "TITLE")
        found: list[Match] = []
        for sent in doc.sents:
            s_start, s_end = sent.start_char, sent.end_char
            for m in _AWARD.finditer(text, s_start, s_end):
                if _REVOKED.search(text, max(s_start, m.start() - 80), m.start()):
                    continue  # "hủy bỏ danh hiệu Anh hùng Lao động": an honour taken away is not one given
                award = re.sub(r"\s+", " ", m.group("award")).strip().lower().strip("“”\"")
                found.append(self._read(text, s_start, s_end, award, m.start(), m.end(), agents, periods, titles))
            for m in _BADGES.finditer(text, s_start, s_end):
                for years in re.findall(r"\d+", m.group("years")):
                    award = f"huy hiệu {years} {m.group('nam') or ''}tuổi đảng"
                    found.append(self._read(text, s_start, s_end, award, m.start(), m.end(), agents, periods,
                                            titles))
        return found

    @staticmethod
    def _post_at(text: str, at: int, titles: list[Match], agents: list[Match]) -> Match | None:
        """A title written at ``at``, with the body right after it, as one grantor ("Thủ tướng Chính phủ")."""
        title = next((t for t in titles if t.start == at), None)
        if title is None:
            return None
        body = next((a for a in agents if a.label == "ORG" and 0 <= a.start - title.end <= 1), None)
        end = body.end if body is not None else title.end
        return Match("TITLE", title.start, end, text[title.start:end])

    def _read(self, text: str, s_start: int, s_end: int, award: str, start: int, end: int, agents: list[Match],
              periods: list[Match], titles: list[Match]) -> Match:
        before = text[s_start:start]
        inside = [a for a in agents if s_start <= a.start and a.end <= s_end]
        grantor: Match | None = None
        recipients: list[Match] = []
        passive = _GIVE_PASSIVE.search(before)
        if passive:
            g_start, g_end = s_start + passive.start("between"), s_start + passive.end("between")
            grantor = next((a for a in inside if g_start <= a.start and a.end <= g_end), None)
            recipients = [a for a in inside if a.end <= s_start + passive.start()][-1:]
        elif _GIVE_ACTIVE.search(before) and not _RECEIVE.search(before):
            grantor = next((a for a in reversed(inside) if a.end <= start), None)
            after_cho = re.match(r"\s*cho\s+", text[end:s_end])
            if after_cho:
                recipients = [a for a in inside if a.start >= end + after_cho.end()][:1]
        else:  # the subject of the clause receives: the first name since the sentence or clause began
            clause = max(before.rfind(";"), before.rfind(":")) + 1 + s_start
            named = [a for a in inside if clause <= a.start and a.end <= start]
            # a name governed by a preposition is not the subject ("nhờ sự rút lui của A, B giành danh hiệu")
            subjects = [a for a in named if not _GOVERNED.search(text, max(s_start, a.start - 16), a.start)]
            recipients = (subjects or named)[:1]
        tail = text[end:s_end]
        if grantor is None:
            of = re.match(r"\s*(?:của|do)\s+", tail)
            if of:
                at = end + of.end()
                grantor = next((a for a in inside if a.start == at), None)
                if grantor is None:  # "bằng khen của Thủ tướng Chính phủ", "của Thống đốc NHNN": a post gives it
                    grantor = self._post_at(text, at, titles, agents)
        if grantor is not None and grantor in recipients:
            recipients.remove(grantor)
        reason = None
        # the reason is read after the grantor when "của/do X" named it ("do Chủ tịch nước trao tặng vì ...")
        after = grantor.end if grantor is not None and grantor.start >= end else end
        reason_match = _REASON.match(text[after:s_end])
        if reason_match:
            r_start = after + reason_match.start("reason")
            r_end = after + reason_match.end("reason")
            for p in periods:
                if r_start <= p.start < r_end:
                    r_end = p.start
            reason = text[r_start:r_end].strip(" ,;:-–")
            reason = re.sub(r"\s+(?:trong|của)$", "", reason) or None
        period = next((p for p in periods if end <= p.start < s_end), None) \
            or next((p for p in periods if s_start <= p.start < start), None)
        return Match(self.label, start, end, text[start:end], data={
            "award": award, "grantor": grantor, "recipients": recipients, "reason": reason,
            "start_year": period.data["start_year"] if period else None,
            "end_year": period.data["end_year"] if period else None,
        })

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

_AWARD = re.compile(
    r"(?P<award>bằng khen|giấy khen|cờ thi đua|cờ truyền thống|kỷ niệm chương|kỉ niệm chương"
    r"|huy hiệu \d+ năm tuổi đảng"
    r"|(?:huân|huy) chương"
    r"(?: [A-ZĐ][\wÀ-ỹ]*(?: [a-zà-ỹđ]+)?(?: [A-ZĐ][\wÀ-ỹ]*)*| [a-zà-ỹđ]+ [a-zà-ỹđ]+)?"
    r"(?: hạng (?:nhất|nhì|ba|Nhất|Nhì|Ba|I{1,3}))?"
    r"|danh hiệu (?:“[^”]{2,60}”|\"[^\"]{2,60}\"|[A-ZĐ][\wÀ-ỹ]*(?: [a-zà-ỹđA-ZĐ][\wÀ-ỹ]*){0,5})"
    r"|giải thưởng [A-ZĐ“\"][^,.;()]{1,50})",
    re.IGNORECASE,
)
_GIVE_PASSIVE = re.compile(r"\bđược\s+(?P<between>.{2,120}?)\s+(?:trao tặng|khen tặng|tặng|trao|khen thưởng)\s*$")
_GIVE_ACTIVE = re.compile(r"(?:trao tặng|khen tặng|tặng|trao)\s*$")
_RECEIVE = re.compile(r"(?:nhận|đón nhận|được tặng|được trao tặng|được trao|được khen tặng|được nhận|giành|đạt)\s*$")
_REASON = re.compile(r"^[^.;!?\n]*?\b(?:vì|do|về)\s+(?:đã\s+có\s+|đã\s+|có\s+)?(?P<reason>[^.;!?\n]+)")


class AwardFinder(RuleComponent):
    """Matches carry ``award``, ``grantor`` / ``recipients`` (lists of ORG or PER matches), ``reason``,
    ``start_year`` and ``end_year``."""

    label = "AWARD"

    def find(self, doc: Doc) -> list[Match]:
        text = self.stream(doc).text
        agents = sorted(matches(doc, "ORG") + matches(doc, "PER"), key=lambda m: m.start)
        periods = matches(doc, "PERIOD")
        found: list[Match] = []
        for sent in doc.sents:
            s_start, s_end = sent.start_char, sent.end_char
            for m in _AWARD.finditer(text, s_start, s_end):
                found.append(self._read(text, s_start, s_end, m, agents, periods))
        return found

    def _read(self, text: str, s_start: int, s_end: int, m: re.Match[str], agents: list[Match],
              periods: list[Match]) -> Match:
        award = re.sub(r"\s+", " ", m.group("award")).strip().lower().strip("“”\"")
        before = text[s_start:m.start()]
        inside = [a for a in agents if s_start <= a.start and a.end <= s_end]
        grantor: Match | None = None
        recipients: list[Match] = []
        passive = _GIVE_PASSIVE.search(before)
        if passive:
            g_start, g_end = s_start + passive.start("between"), s_start + passive.end("between")
            grantor = next((a for a in inside if g_start <= a.start and a.end <= g_end), None)
            recipients = [a for a in inside if a.end <= s_start + passive.start()][-1:]
        elif _GIVE_ACTIVE.search(before) and not _RECEIVE.search(before):
            grantor = next((a for a in reversed(inside) if a.end <= m.start()), None)
            after_cho = re.match(r"\s*cho\s+", text[m.end():s_end])
            if after_cho:
                recipients = [a for a in inside if a.start >= m.end() + after_cho.end()][:1]
        else:  # the subject of the clause receives: the first name since the sentence or clause began
            clause = max(before.rfind(";"), before.rfind(":")) + 1 + s_start
            recipients = [a for a in inside if clause <= a.start and a.end <= m.start()][:1]
        tail = text[m.end():s_end]
        if grantor is None:
            of = re.match(r"\s*(?:của|do)\s+", tail)
            if of:
                grantor = next((a for a in inside if a.start == m.end() + of.end()), None)
        if grantor is not None and grantor in recipients:
            recipients.remove(grantor)
        reason = None
        reason_match = _REASON.match(tail)
        if reason_match:
            r_start = m.end() + reason_match.start("reason")
            r_end = m.end() + reason_match.end("reason")
            for p in periods:
                if r_start <= p.start < r_end:
                    r_end = p.start
            reason = text[r_start:r_end].strip(" ,;:-–")
            reason = re.sub(r"\s+(?:trong|của)$", "", reason) or None
        period = next((p for p in periods if m.end() <= p.start < s_end), None) \
            or next((p for p in periods if s_start <= p.start < m.start()), None)
        return Match(self.label, m.start(), m.end(), text[m.start():m.end()], data={
            "award": award, "grantor": grantor, "recipients": recipients, "reason": reason,
            "start_year": period.data["start_year"] if period else None,
            "end_year": period.data["end_year"] if period else None,
        })

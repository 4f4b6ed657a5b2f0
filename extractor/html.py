"""Saved article pages → the article's visible text: the title on the first line, then one paragraph a line.

Why: archives keep pages as a browser or crawler saved them, with menus, scripts, share buttons, related
links and footers around a few paragraphs of article. Facts found in a menu are false facts, and the string
returned here is the text every offset indexes, so it is built from the markup alone, deterministically,
with the standard library's ``html.parser`` (no new dependency):

- the page is parsed into a small tree (unclosed ``<p>`` and ``<li>`` are closed the way browsers do);
- boilerplate is dropped: ``script``/``style``-like elements, ``nav``, ``footer``, ``aside``, ``menu``,
  a ``form`` (unless it wraps the whole article, as on ASP.NET sites), a ``header`` that is not inside
  the article, elements whose role, class or id names a menu, sidebar, share bar, advert or comment box,
  hidden elements, and comments;
- when the page has ``<article>`` or ``<main>``, the one holding the most text is the body (unless it
  holds under a quarter of the page's text: then it is a teaser and the whole page is used). Paragraphs
  between the title and that body (the lead, the byline) are kept, since sites often put the lead there;
- the title is the article's ``<h1>``, else the page's ``<title>``; it is not repeated in the body;
- every block element (``p``, headings, ``li``, ``td``, ``div`` text …) and every ``<br>`` outside a
  heading ends a line; entities are decoded, runs of white space (including ``&nbsp;``) become one space,
  zero-width characters are removed.

Removing by role, class or id is a guess; when it leaves no paragraph at all (a page-wide class such as
"no-ads"), the page is read again without it, because some text beats none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["HtmlArticle", "html_to_text", "parse_html_article"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_VOID = _words("area base br col embed hr img input keygen link meta param source track wbr")
# Never visible, or not article text whatever their attributes say.
_INVISIBLE = _words(
    "script style noscript template svg math iframe object embed canvas video audio select button "
    "textarea datalist head title"
)
_BOILERPLATE = _words("nav footer aside menu dialog")  # and <form>, <header>: see _Page
_BLOCKS = _words(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul"
)
# A start tag of one of these closes an open <p> (as in browsers).
_CLOSES_P = _BLOCKS - _words("body html td th tr tbody thead tfoot caption li dd dt")
_ROLES = _words("navigation menu menubar banner contentinfo complementary search dialog alertdialog")
# class / id words naming boilerplate ("qc", "quangcao": Vietnamese sites' word for adverts).
_BOILERPLATE_WORDS = _words(
    "menu submenu megamenu nav navbar navigation breadcrumb breadcrumbs sidebar footer share sharing social "
    "related lienquan comment comments advert advertisement ads adv banner qc quangcao cookie cookies "
    "newsletter subscribe popup modal toolbar pagination tags"
)
# ... and parts of class / id names that are boilerplate wherever they appear ("box-tinlienquan").
_BOILERPLATE_PARTS = ("lienquan", "quangcao", "breadcrumb", "advertis")
# Elements the class/id/role test never removes: removing one would remove the page.
_NEVER_BOILERPLATE = _words("html body main article")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_INVISIBLE_CHARS = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_HEADINGS = _words("h1 h2 h3 h4 h5 h6")
_TEASER_SHARE = 0.25


@dataclass(eq=False)  # identity semantics: nodes are dict keys and compared with `is`/`in`
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None = None
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """Builds a forgiving element tree: stray end tags are ignored, unclosed elements closed by context."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_implied(tag)
        node = _Node(tag, {k.lower(): (v or "") for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _close_implied(self, tag: str) -> None:
        if tag in _CLOSES_P:
            self._close_open("p", scope=_BLOCKS)
        elif tag == "li":
            self._close_open("li", scope=frozenset({"ul", "ol", "menu"}))
        elif tag in ("dt", "dd"):
            self._close_open("dt", "dd", scope=frozenset({"dl"}))
        elif tag in ("td", "th"):
            self._close_open("td", "th", scope=frozenset({"tr", "table"}))
        elif tag == "tr":
            self._close_open("tr", scope=frozenset({"table", "tbody", "thead", "tfoot"}))

    def _close_open(self, *tags: str, scope: frozenset[str]) -> None:
        """Close the innermost open element named in `tags`, unless an element of `scope` comes first."""
        for depth in range(len(self.stack) - 1, 0, -1):
            name = self.stack[depth].tag
            if name in tags:
                del self.stack[depth:]
                return
            if name in scope:
                return


def _is_hidden(node: _Node) -> bool:
    style = node.attrs.get("style", "").replace(" ", "").lower()
    return (
        "hidden" in node.attrs
        or node.attrs.get("aria-hidden", "").lower() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


class _Page:
    """The parsed page and which elements wrap the article, so that boilerplate tests can spare them."""

    def __init__(self, html: str) -> None:
        self.by_name = True  # False: only tags and hidden attributes remove elements, not role/class/id
        builder = _TreeBuilder()
        builder.feed(html)
        builder.close()
        self.root = builder.root
        self.wraps_content: set[_Node] = set()  # ancestors of an <article> or <main>
        self.wraps_h1: set[_Node] = set()
        for node in _iter_nodes(self.root):
            if node.tag in ("article", "main", "h1"):
                target = self.wraps_h1 if node.tag == "h1" else self.wraps_content
                parent = node.parent
                while parent is not None and parent not in target:
                    target.add(parent)
                    parent = parent.parent

    def is_boilerplate(self, node: _Node, in_content: bool) -> bool:
        if node.tag in _INVISIBLE or (node.tag not in ("html", "body") and _is_hidden(node)):
            return True
        if node.tag == "header":
            return not in_content  # an article's own <header> holds its title and lead
        if node.tag == "form":
            # ASP.NET sites wrap the whole page in one <form>; a search or comment form has no <h1>.
            return node not in self.wraps_content and node not in self.wraps_h1
        if node.tag in _BOILERPLATE:
            return True
        if not self.by_name or node.tag in _NEVER_BOILERPLATE or node in self.wraps_content:
            return False  # a class such as "nav-open" on a page wrapper must not remove the article
        if node.attrs.get("role", "").lower() in _ROLES:
            return True
        names = f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}".lower()
        if any(part in names for part in _BOILERPLATE_PARTS):
            return True
        return not _BOILERPLATE_WORDS.isdisjoint(_WORD_SPLIT.split(names))


def _iter_nodes(root: _Node) -> Iterator[_Node]:
    """Every element under `root`, in document order (iterative: pages nest deeper than the stack)."""
    stack: list[_Node | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, _Node):
            yield item
            stack.extend(reversed(item.children))


@dataclass
class _Block:
    text: str
    order: int
    node: _Node  # the block element whose text this is
    containers: tuple[_Node, ...]  # enclosing <article>/<main> elements, outermost first


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_INVISIBLE_CHARS)).strip()


def _blocks(page: _Page) -> Iterator[_Block]:
    """The visible text of the page, one block per block element (or <br>-separated run), in order."""
    pieces: list[str] = []
    order = 0
    # Iterative walk; an entry is (node or text, entering?, enclosing containers, enclosing block element).
    stack: list[tuple[_Node | str, bool, tuple[_Node, ...], _Node]] = [(page.root, True, (), page.root)]
    while stack:
        item, entering, containers, block = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        if item.tag == "br" and block.tag in _HEADINGS:
            pieces.append(" ")  # a headline broken over two lines is still one title
            continue
        if item.tag in _BLOCKS or item.tag == "br":
            text = _clean("".join(pieces))
            pieces.clear()
            if text:
                yield _Block(text, order, block, containers)
                order += 1
        if not entering or item.tag == "br":
            continue
        if item is not page.root and page.is_boilerplate(item, in_content=bool(containers)):
            continue
        inner = (*containers, item) if item.tag in ("article", "main") else containers
        inner_block = item if item.tag in _BLOCKS else block
        # On the way out, the text gathered since the last boundary is this element's own.
        stack.append((item, False, inner, inner_block))
        stack.extend((child, True, inner, inner_block) for child in reversed(item.children))
    text = _clean("".join(pieces))
    if text:
        yield _Block(text, order, page.root, ())


def _text_of(node: _Node) -> str:
    """All the text under `node`, boilerplate included (for <title> and headings in removed headers)."""
    parts: list[str] = []
    stack: list[_Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
        elif item.tag == "br":
            parts.append(" ")
        else:
            stack.extend(reversed(item.children))
    return _clean("".join(parts))


@dataclass(frozen=True)
class HtmlArticle:
    """The article found in a page; `title` is None when the page has neither <h1> nor <title>."""

    title: str | None
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """Title line, then one paragraph a line: the text offsets index."""
        return "\n".join(([self.title] if self.title else []) + list(self.paragraphs))


def parse_html_article(html: str) -> HtmlArticle:
    """Find the title and the body paragraphs of a saved article page (see the module docstring)."""
    page = _Page(html)
    article = _article(page)
    if not article.paragraphs:
        page.by_name = False
        fallback = _article(page)
        if fallback.paragraphs:
            return fallback
    return article


def _article(page: _Page) -> HtmlArticle:
    blocks = list(_blocks(page))
    body = _body(blocks)
    page_title = next((text for node in _iter_nodes(page.root)
                       if node.tag == "title" and not _in_svg(node) and (text := _text_of(node))), None)
    title_block = _title_block(blocks, body, page_title)
    title = title_block.text if title_block else _hidden_h1_title(page, page_title) or page_title
    if body is None:
        chosen = blocks
    else:
        start = next(b.order for b in blocks if body in b.containers)
        lead_from = title_block.order if title_block and body not in title_block.containers else start
        chosen = [b for b in blocks if body in b.containers or lead_from < b.order < start]
    paragraphs: list[str] = []
    for block in chosen:
        if block is title_block or block.text == title:
            continue
        if not paragraphs or paragraphs[-1] != block.text:  # responsive pages repeat blocks
            paragraphs.append(block.text)
    return HtmlArticle(title, tuple(paragraphs))


def _body(blocks: list[_Block]) -> _Node | None:
    """The <article>/<main> holding the most text, unless it holds too little of the page to be the body."""
    sizes: dict[_Node, int] = {}
    for block in blocks:
        for container in block.containers:
            sizes[container] = sizes.get(container, 0) + len(block.text)
    if not sizes:
        return None
    node = max(sizes, key=lambda n: sizes[n])
    return node if sizes[node] >= _TEASER_SHARE * sum(len(b.text) for b in blocks) else None


def _names_page(text: str, page_title: str | None) -> bool:
    """True when <title> is this heading plus at most as much again (a site name, a section)."""
    return page_title is not None and bool(text) and text in page_title and 2 * len(text) >= len(page_title)


def _title_block(blocks: list[_Block], body: _Node | None, page_title: str | None) -> _Block | None:
    """The visible <h1> naming the article: in the body, else one <title> repeats, else the first."""
    h1s = [b for b in blocks if b.node.tag == "h1"]
    in_body = [b for b in h1s if body is not None and body in b.containers]
    named = [b for b in h1s if _names_page(b.text, page_title)]
    return next(iter(in_body or named or h1s), None)


def _hidden_h1_title(page: _Page, page_title: str | None) -> str | None:
    """An <h1> inside removed boilerplate (a site <header>) is the title only if <title> repeats it."""
    for node in _iter_nodes(page.root):
        if node.tag == "h1" and _names_page(text := _text_of(node), page_title):
            return text
    return None


def _in_svg(node: _Node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "svg":
            return True
        parent = parent.parent
    return False


def html_to_text(html: str) -> str:
    """The visible article text of a saved page: the title line, then one paragraph a line."""
    return parse_html_article(html).text

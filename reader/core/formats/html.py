"""Web pages (.html, .htm): the article, not the navigation, adverts or footer.

The page is decoded by what it declares (BOM, `<meta charset>`, the XML declaration), except
that bytes which are valid UTF-8 are read as UTF-8: a page saved by a browser or a crawler is
often re-encoded to UTF-8 while its `<meta>` still names GB2312 (three of the 62 Chinese pages
of the GeneralNewsExtractor test set are saved so); charset-normalizer guesses the encoding of
a page that declares none and is not UTF-8. lxml parses it (libxml2's HTML parser: fast and
forgiving of broken markup).

The article is found by readability-lxml (Arc90's Readability: it scores blocks by their text,
commas and class names), after what HTML5 and ARIA mark as not content (nav, aside, the page's
own header and footer) is taken out. readability was measured against trafilatura 2.3 on 16
real Chinese news and government pages (benchmarks/html_extractors.py; the article's first and
last sentences read by hand on each page): readability kept every sentence of every article
(recall 1.000, trafilatura 0.992: it lost the end of a 新浪 article) and returned less that is
not the article (8.3 % of its text, trafilatura 14.2 %): on the old table-laid-out government
pages trafilatura keeps the page's frame (breadcrumb, 【打印本页】【关闭窗口】, the site's
address), on news pages the lists of related links. readability also hands back the article's
own markup (h1–h6, tables, line breaks) for the same walk to text as everything else here, and
it is one small package on lxml where trafilatura brings its own stack (htmldate, courlan,
jusText, urllib3).

A page that marks its main content (<main>, role="main": a book's or a manual's page as mdBook or
Sphinx publishes it) has that part as its article: readability, made for news pages, kept one section
of a Sphinx page, or its footer (eval/structure, web_docs).

Headings come from h1–h6 inside the article; the title, author, date and source URL from the
page's metadata (Open Graph, the Chinese government sites' ArticleTitle / PubDate / Url,
`<link rel=canonical>`, a browser's "saved from url" comment).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from reader.core.formats.base import (
    Extracted,
    FormatError,
    HeadingHint,
    TextBuilder,
    collapse_spaces,
    joiner,
    structural_headings,
)

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# labels pages declare → the codec that reads every page so labelled (GB2312 and GBK pages
# carry GB18030 characters in practice; Big5 pages the HKSCS additions)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "big5": "big5hkscs"}

_SKIP = {
    "script", "style", "noscript", "template", "iframe", "svg", "math", "head", "title", "button",
    "select", "input", "textarea", "form", "object", "embed", "canvas", "audio", "video", "map",
}  # fmt: skip
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "table", "thead", "tbody",
    "tfoot", "caption", "address", "hr", "center", "details", "summary", "fieldset", "legend",
    "body", "html", "nav",
}  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
PASTED_GENERATOR = "Reader clipboard"
"""The <meta name=generator> of a page Reader wrote from the clipboard (reader.core.pasted):
the reader chose every word of it, so all of it is the article."""
_BREAK = "\u2028"  # a <br> while whitespace is collapsed; a line break in the reading text after


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a page's bytes. Raises FormatError when nothing decodes it."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text, "utf-8"
    match = _DECLARED.search(data[:8192])
    if match:
        label = (match.group(1) or match.group(2)).decode("ascii").lower()
        encoding = _SUPERSETS.get(label, label)
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: guess as for an undeclared page
    from charset_normalizer import from_bytes  # only pages that say nothing need it

    best = from_bytes(data).best()
    if best is None:
        raise FormatError("the page's text is in no encoding Reader can tell", "undecodable")
    encoding = _SUPERSETS.get(best.encoding.replace("_", "").lower(), best.encoding)
    return data.decode(encoding, errors="replace"), encoding


_END_OF_PAGE = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


def clean_source(text: str) -> str:
    """The source as the parsers should see it. lxml refuses a str with an XML encoding
    declaration (the declaration has done its work). A `</html>` or `</body>` before the end
    is dropped: sites that paste a shared header in (www.gov.cn's 国务院公报 pages do) close
    the page after the header, and libxml2 then drops the whole article; the parser closes
    both at the end of the file anyway."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    return _END_OF_PAGE.sub("", text)


def parse_tree(text: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise FormatError(f"the page cannot be parsed as HTML ({exc})", "damaged") from None


# -- metadata ---------------------------------------------------------------------------------
def _meta(tree: lxml.html.HtmlElement, *names: str) -> str:
    """The first non-empty <meta> content among names (name= or property=, any case)."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    for name in names:
        value = found.get(name.lower(), "")
        if value:
            return collapse_spaces(value).strip()
    return ""


_TITLE_SEPARATORS = ("_", "|", "｜", "--", " - ", " – ", " — ", "-")


def _title(tree: lxml.html.HtmlElement) -> str:
    title = _meta(tree, "ArticleTitle", "og:title", "twitter:title")
    if title:
        return title
    page_title = collapse_spaces(" ".join(t.text_content() for t in tree.iter("title"))).strip()
    for h1 in tree.iter("h1"):
        text = collapse_spaces(h1.text_content()).strip()
        if text and page_title.startswith(text[:12]):
            return text
    # "标题_栏目_网站", "标题 - 网站": the page title less the site's name
    for separator in _TITLE_SEPARATORS:
        head, _, rest = page_title.partition(separator)
        if rest and len(head.strip()) >= 4 and (separator != "-" or len(rest) <= 12):
            return head.strip()
    return page_title


_NUMERIC = re.compile(r"^[\d\s.:/-]+$")


def _author(tree: lxml.html.HtmlElement) -> str:
    author = _meta(tree, "author", "article:author", "byline", "dc.creator", "Author")
    # a CMS's numeric editor id (人民网 writes author="1464"), a link or a template's
    # placeholder ("name, email@gmail.com" on 观察者网) is no name
    return "" if _NUMERIC.match(author) or author.startswith("http") or "@" in author else author


def _date(tree: lxml.html.HtmlElement) -> str:
    date = _meta(
        tree, "article:published_time", "PubDate", "publishdate", "pubdate", "publish_date", "date", "dc.date",
        "dc.date.issued", "og:release_date", "article:modified_time",
    )  # fmt: skip
    if not date:
        for el in tree.iter("time"):
            if el.get("datetime"):
                return el.get("datetime").strip()
    return date


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


def _source(tree: lxml.html.HtmlElement, text: str) -> str:
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and (el.get("href") or "").startswith("http"):
            return el.get("href").strip()
    url = _meta(tree, "og:url")
    if url.startswith("http"):
        return url
    saved = _SAVED_FROM.search(text[:4096])
    if saved and saved.group(1).startswith("http"):
        return saved.group(1)
    relative = _meta(tree, "Url")  # gov.cn sites: the page's own path
    site = _meta(tree, "SiteDomain")
    if relative and site:
        return urljoin(f"http://{site}/", relative)
    return ""


# -- the article ---------------------------------------------------------------------------------
def _article(text: str) -> lxml.html.HtmlElement | None:
    """The page's article as an element, or None when the page has none."""
    import logging

    from readability import Document  # imported only when a web page opens

    logging.getLogger("readability.readability").setLevel(logging.ERROR)  # it logs every page
    cleaned = _without_furniture(text)
    marked = _marked_main(cleaned)
    if marked is not None:
        return marked
    try:
        summary = Document(cleaned).summary(html_partial=True)
    except Exception:  # readability raises its own Unparseable and lxml errors alike
        return None
    if not summary or not summary.strip():
        return None
    try:
        return lxml.html.fragment_fromstring(summary, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return None


def _marked_main(text: str) -> lxml.html.HtmlElement | None:
    """The one part the page marks as its main content (<main>, or role="main": HTML's "the
    dominant contents of the document", without what the site repeats on every page), when it
    holds text. It is the article: readability, which keeps the best-scored block and only the
    siblings that score nearly as well, keeps one section of a manual's page that sets each
    section in its own <section> (a Sphinx page: 5.1 進一步了解 List and not 5.2 … 5.8)."""
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None
    marked = [
        el
        for el in tree.iter(lxml.etree.Element)
        if isinstance(el.tag, str) and (el.tag.lower() == "main" or (el.get("role") or "").lower() == "main")
    ]
    if len(marked) != 1 or not marked[0].text_content().strip():
        return None
    return marked[0]


_FURNITURE = ("nav", "aside")
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}


def _without_furniture(text: str) -> str:
    """The page less what HTML5 and ARIA mark as not content: <nav>, <aside>, and the page's
    own <header> and <footer> (not an article's, which hold its title and notes). readability
    scores blocks by their text and, on a short page, keeps the menu and the footer with it."""
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return text
    drop = []
    for el in tree.iter(lxml.etree.Element):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        role = (el.get("role") or "").lower()
        if tag in _FURNITURE or role in _FURNITURE_ROLES:
            drop.append(el)
        elif tag in ("header", "footer") and not any(
            isinstance(a.tag, str) and a.tag.lower() in ("article", "main") for a in el.iterancestors()
        ):
            drop.append(el)
    for el in drop:
        if el.getparent() is not None:
            el.drop_tree()
    _unlink_headings(tree)
    return lxml.html.tostring(tree, encoding="unicode")


_PERMALINK_GLYPHS = re.compile(r"^[\s¶§#⚓🔗]*$")


def _drop_permalinks(tree: lxml.html.HtmlElement) -> None:
    """Links to a place on their own page that say nothing but a glyph (Sphinx's and MkDocs' ¶
    after a heading or an API's name, VuePress' #, Hexo's empty anchor): the page's furniture
    for copying an address, not words of the text."""
    for link in list(tree.iter("a")):
        if (link.get("href") or "").startswith("#") and _PERMALINK_GLYPHS.match(link.text_content()):
            link.drop_tree()


def _unlink_headings(tree: lxml.html.HtmlElement) -> None:
    """A heading's link to its own place on the page (href="#…") is the heading, not a link:
    site generators wrap the heading's words in one (mdBook's <a class="header">, Docsify's
    <a class="anchor">). readability takes a class like "header" for the page's banner and
    drops the link with the words in it, and drops a heading that is mostly link: the words are
    kept as the heading's text."""
    _drop_permalinks(tree)
    for heading in tree.iter(*_HEADINGS):
        for link in list(heading.iter("a")):
            if (link.get("href") or "").startswith("#"):
                link.drop_tag()


class _Walker:
    """Block elements into the builder's blocks: paragraphs, headings, table rows as text
    rows (cells separated by a tab), <br> as a line break inside a block."""

    def __init__(self, builder: TextBuilder, anchors: set[str] | None = None) -> None:
        self.builder = builder
        self.buffer: list[str] = []
        self.anchors = anchors or set()
        """Element ids whose place in the text is wanted (an EPUB table of contents' targets)."""
        self.marks: dict[str, int] = {}
        self._pending: list[str] = []

    def flush(self, level: int | None = None) -> None:
        if self.buffer:
            text = collapse_spaces("".join(self.buffer)).replace(_BREAK, "\n")
            self.buffer = []
            start = self.builder.block(text, level)
            if start is not None:
                for anchor in self._pending:  # an anchor marks the block it stands in or before
                    self.marks.setdefault(anchor, start)
                self._pending = []

    def walk(self, el) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is None or tag in _SKIP:
            return  # comments, processing instructions, scripts: their tails are the parent's
        if self.anchors and el.get("id") in self.anchors:
            if tag in _BLOCKS or tag in _HEADINGS:
                self.flush()
            self._pending.append(el.get("id"))
        if tag in _HEADINGS:
            self.flush()
            self.buffer.append(el.text_content())
            self.flush(_HEADINGS[tag])
            return
        if tag == "br":
            self.buffer.append(_BREAK)
            return
        if tag == "pre":  # preformatted: its line breaks are the text's own, as a browser shows them
            self.flush()
            self.buffer.append(re.sub(r"\r?\n", _BREAK, el.text_content()))
            self.flush()
            return
        if tag == "tr":
            self.row(el)
            return
        block = tag in _BLOCKS
        if block:
            self.flush()
        self.inline(el)
        if block:
            self.flush()

    def row(self, tr) -> None:
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        texts = [collapse_spaces(c.text_content()).strip() for c in cells]
        filled = [c for c, t in zip(cells, texts) if t]
        self.flush()
        if len(filled) == 1:
            # a layout table (old government pages are set in tables): the cell holds blocks
            self.walk_children(filled[0])
        elif filled:
            self.builder.block("\t".join(texts))

    def inline(self, el) -> None:
        """An element's own text, its children and the text after each, into the buffer."""
        if el.text:
            self.buffer.append(el.text)
        for child in el:
            self.walk(child)
            if child.tail:
                self.buffer.append(child.tail)

    def walk_children(self, el) -> None:
        self.inline(el)
        self.flush()


def html_to_builder(root, builder: TextBuilder, anchors: set[str] | None = None) -> dict[str, int]:
    """Add an element's text to a builder as blocks (EPUB chapters too); returns where the
    blocks holding the wanted anchors (element ids) start."""
    walker = _Walker(builder, anchors)
    walker.walk(root)
    walker.flush()
    return walker.marks


def _opening_heading(body: TextBuilder) -> str:
    """The article's own title: a heading that opens it, that no heading in it outranks and
    that the next heading stands under (a book site's chapter page: its <title> is the
    contents' label for the page, 共享内存 buffer, or the label and the book's name, 函数 -
    Rust 程序设计语言, where the page's h1 says 共享内存缓冲区; its closing 总结 may be set
    at the title's rank). A heading the next one follows at its own rank (h2 基本案情 before
    h2 裁判结果) is the article's first section, not its title."""
    headings = body.headings
    if not headings or body.text()[: headings[0].start].strip():
        return ""
    first, rest = headings[0], headings[1:]
    if any(h.level < first.level for h in rest) or rest and rest[0].level <= first.level:
        return ""
    return collapse_spaces(body.text()[first.start : first.end]).strip()


_NOT_WORD = re.compile(r"\W+")


def _opens_with(text: str, title: str) -> bool:
    """The article's first blocks hold the title (perhaps set on several lines, or after a
    breadcrumb line): then it is not added again."""
    head = _NOT_WORD.sub("", title)
    opening = "\n\n".join(text.split("\n\n")[:3])
    return bool(head) and head in _NOT_WORD.sub("", opening)


def _title_on_one_line(reading: str, title: str) -> tuple[str, int, int]:
    """A title the page sets over several lines (全国人民代表大会常务委员会<br>关于批准…<br>…的决议)
    made one line, as the title it is, where those lines are exactly the page's title: returns
    the text, how many characters it lost and from where."""
    head = _NOT_WORD.sub("", title)
    first_block = reading.split("\n\n", 1)[0]
    lines = first_block.split("\n")
    for k in range(len(lines), 1, -1):
        if head and _NOT_WORD.sub("", "".join(lines[:k])) == head:
            joined = lines[0]
            for line in lines[1:k]:
                joined += joiner(joined, line) + line
            old = "\n".join(lines[:k])
            return joined + reading[len(old) :], len(old) - len(joined), len(old)
    return reading, 0, 0


def parse(text: str) -> Extracted:
    """The article of a page's decoded source."""
    text = clean_source(text)
    tree = parse_tree(text)
    _drop_permalinks(tree)  # an h1's ¶ is not the title's
    title = _title(tree)
    article = tree.body if _meta(tree, "generator") == PASTED_GENERATOR else _article(text)
    builder = TextBuilder()
    body = TextBuilder()
    if article is not None:
        html_to_builder(article, body)
    opening = _opening_heading(body)
    title = opening or title
    reading, shift, at = _title_on_one_line(body.text(), title)
    body.headings = [
        HeadingHint(h.start, at - shift, h.level)
        if h.start < at
        else HeadingHint(h.start - shift, h.end - shift, h.level)
        for h in body.headings
    ]
    if opening and len(body.headings) > 1:  # a closing 总结 set at the title's rank is no sibling of it
        top = min(h.level for h in body.headings[1:]) - 1
        body.headings[0] = replace(body.headings[0], level=min(body.headings[0].level, top))
    if len(re.sub(r"\s", "", reading)) < 10:
        raise FormatError("the page has no article Reader could find (only menus, links or scripts)", "no_article")
    if title and not _opens_with(reading, title):
        builder.block(title, 1)  # the page's title heads the reading text when the article lacks it
    offset = 0 if builder.empty else len(builder.text()) + 1  # the blank line after the title
    headings = [*builder.headings]
    headings += [HeadingHint(h.start + offset, h.end + offset, h.level) for h in body.headings]
    if builder.empty:
        full = reading
    else:
        full = builder.text() + "\n" + reading
    return Extracted(
        full,
        format="html",
        headings=structural_headings(headings, full),
        title=title,
        author=_author(tree),
        date=_date(tree),
        source=_source(tree, text),
    )


def read(path: Path, data: bytes) -> Extracted:
    text, encoding = decode_html(data)
    extracted = parse(text)
    return Extracted(**{**vars(extracted), "meta": {**extracted.meta, "encoding": encoding}})

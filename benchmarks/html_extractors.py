"""Which article extractor keeps a Chinese web page's article best: readability-lxml or
trafilatura (the measurement behind reader/core/formats/html.py).

    pip install trafilatura   # not a dependency of Reader: only this comparison needs it
    python benchmarks/html_extractors.py PAGES_DIR

PAGES_DIR holds the saved pages of the GeneralNewsExtractor test set (GitHub
`GeneralNewsExtractor/GeneralNewsExtractor`, folder `tests/`, saved as `<site>_<n>.html`, e.g.
`tests/people/1.html` → `people_1.html`); tests/corpus/formats/ keeps two of them. For each
page the article's first and last sentences were read by hand (ANCHORS); the article is the
page's text from the one to the other. Recall is the share of the article's sentences (by
characters) an extractor keeps; noise is the share of what it returns that is not in the
article. Both extractors' output goes through the same HTML-to-text walk Reader uses.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import lxml.html  # noqa: E402

from reader.core.formats.base import TextBuilder  # noqa: E402
from reader.core.formats.html import _without_furniture, clean_source, decode_html, html_to_builder, parse_tree  # noqa: E402

ANCHORS = {
    # page: (the article's first words, its last words), read on the page
    "people_1.html": ("父亲的教诲像一盏灯", "字里行间都是对儿子的爱"),
    "xinhuanet_1.html": ("新华社巴黎12月9日电", "总理菲利普将于11日宣布退休制度改革的总体架构"),
    "shanxi_1.html": ("跨越千山万水", "南美站活动将先后在巴西、乌拉圭、阿根廷举行"),
    "gzggw_1.html": ("1-10月，全县固定资产投资完成", "总体全县投资结构趋稳趋优"),
    "sxmu_1.html": ("《中华人民共和国监察法》是为了推进全面依法治国", "《中华人民共和国行政监察法》同时废止"),
    "cmse_1.html": ("女士们、先生们", "下面，我愿意回答大家的提问"),
    "cjn_1.html": ("国庆中秋长假过半", "今年中国经济增速将达2%"),
    "thepaper_2.html": ("本文原标题", "开始搓搓手了"),
    "zsnews_1.html": ("2019年2月27日下午", "为中山经济发展提供创新驱动力"),
    "huanqiu_1.html": ("西方世界的一些反华分子正试图串联起来", "自信一点，理性一点，可以吗"),
    "ifeng_1.html": ("7岁小花（化名）", "学校还多次组织观看了校园欺凌教育片"),
    "sina_1.html": ("“你们将开始明白为什么我这么喜欢中国", "已经陆续修建了400多座“老年人运动场”"),
    "163_1.html": ("2019年，龙湖集团即将迎来赴港上市10周年", "这需要龙湖给投资者作一个交代"),
    "qq_2.html": ("一位接近监管的人士对《棱镜》表示", "第三方数据行业的整顿仍将持续"),
    "stcn_1.html": ("证券时报e公司讯", "拟1079.6万元收购控股子公司日本伊戈尔少数股权"),
    "zyyfy_1.html": ("为深入推进党建与业务工作紧密结合", "提高医院的药学服务水平"),
}

_KEEP = re.compile(r"[^\w]+")
_SENTENCE = re.compile(r"(?<=[。！？；!?;\n])")


def squash(text: str) -> str:
    return _KEEP.sub("", text)


def sentences(text: str) -> list[str]:
    return [s for s in (squash(part) for part in _SENTENCE.split(text)) if len(s) >= 4]


def as_text(element) -> str:
    builder = TextBuilder()
    html_to_builder(element, builder)
    return builder.text()


def readability_text(source: str) -> str:
    from readability import Document

    summary = Document(source).summary(html_partial=True)
    return as_text(lxml.html.fragment_fromstring(summary, create_parent="div")) if summary.strip() else ""


def trafilatura_text(source: str) -> str:
    import trafilatura

    out = trafilatura.extract(source, output_format="html", include_tables=True, include_comments=False)
    return as_text(lxml.html.fragment_fromstring(out, create_parent="div")) if out else ""


def score(page_text: str, first: str, last: str, extracted: str) -> tuple[float, float]:
    flat = squash(page_text)
    start, end = flat.find(squash(first)), flat.rfind(squash(last))
    assert start >= 0 and end >= start, "anchors not found on the page"
    article = flat[start : end + len(squash(last))]
    kept = squash(extracted)
    truth = [s for s in sentences(page_text) if s in article]
    recall = sum(len(s) for s in truth if s in kept) / max(1, sum(len(s) for s in truth))
    got = sentences(extracted)
    noise = sum(len(s) for s in got if s not in article) / max(1, sum(len(s) for s in got))
    return recall, noise


def main(folder: Path) -> None:
    totals = {"readability": [0.0, 0.0, 0.0], "trafilatura": [0.0, 0.0, 0.0]}
    print(f"{'page':18} {'readability recall/noise':>26} {'trafilatura recall/noise':>26}")
    for name, (first, last) in ANCHORS.items():
        source, _ = decode_html((folder / name).read_bytes())
        source = clean_source(source)
        page_text = as_text(parse_tree(source).body)
        source = _without_furniture(source)  # as Reader hands pages to the extractor
        row = []
        for label, extract in (("readability", readability_text), ("trafilatura", trafilatura_text)):
            began = time.perf_counter()
            text = extract(source)
            took = time.perf_counter() - began
            recall, noise = score(page_text, first, last, text)
            for i, v in enumerate((recall, noise, took)):
                totals[label][i] += v
            row.append(f"{recall:12.2f} / {noise:5.2f}")
        print(f"{name:18} {row[0]:>26} {row[1]:>26}")
    n = len(ANCHORS)
    for label, (recall, noise, took) in totals.items():
        print(f"{label}: mean recall {recall / n:.3f}, mean noise {noise / n:.3f}, {1000 * took / n:.0f} ms a page")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("tests/corpus/formats"))

"""The context model of classical Traditional print (reader/core/script_context.py): how it counts
forms by neighbour, how it decides, where it runs (a classical document's Traditional view, before
the hand rules, which decide where they match) and the model shipped in resources/. The counts
here are taken on sentences of the classics quoted, none of them in eval/scripts."""

from reader.core import script_context
from reader.core.script_context import ContextModel
from reader.core.script_rules import Mode, fix

# (source, Traditional print)
FAFEN = [
    ("論語·述而", "其為人也，發憤忘食，樂以忘憂，不知老之將至云爾。"),
    ("史記·太史公自序", "詩三百篇，大抵聖賢發憤之所為作也。"),
    ("莊子·逍遙遊", "窮髮之北，有冥海者，天池也。"),
]


def test_forms_are_counted_by_neighbour_in_simplified():
    counts = script_context.count(FAFEN, min_sources=1)
    assert counts["发\tR:愤"] == {"發": 2}
    assert counts["发\tL:穷"] == {"髮": 1}
    assert counts["发\tLR:，愤"] == {"發": 1}  # the two around it, neighbours read in Simplified
    assert counts["发\tLL:圣贤"] == {"發": 1}


def test_a_form_one_book_alone_prints_is_not_counted():
    counts = script_context.count(FAFEN)  # MIN_SOURCES: two books
    assert counts["发\tR:愤"] == {"發": 2}
    assert "发\tL:穷" not in counts  # 窮髮 in 莊子 alone


def test_a_neighbour_that_names_another_form_changes_it():
    model = ContextModel(script_context.count(FAFEN))
    assert model.apply("其為人也，髮憤忘食") == "其為人也，發憤忘食"
    assert model.apply("窮髮之北") == "窮髮之北"  # nothing known of 髮 here: the view's form stays


def test_a_neighbour_that_names_the_views_own_form_keeps_it():
    model = ContextModel({"发\tL:头": {"髮": 3}, "发\tR:愤": {"發": 3}})
    assert model.apply("頭發憤") == "頭發憤"
    assert model.apply("頭髮憤") == "頭髮憤"
    assert ContextModel({"发\tR:愤": {"發": 3}}).apply("頭髮憤") == "頭發憤"


def test_a_spaced_text_is_read_past_its_spaces():
    model = ContextModel(script_context.count(FAFEN))
    assert model.apply("聖 賢 髮 憤 之 所 為 作 也") == "聖 賢 發 憤 之 所 為 作 也"


def test_a_line_end_is_a_neighbour_and_keeps_rows_one_a_line():
    counts = script_context.count([("a", "髮\n"), ("b", "髮\n")])
    assert counts["发\tR:|"] == {"髮": 2}
    model = ContextModel(counts)
    assert script_context.read(script_context.write(model, "a\nheader").splitlines()) == model


class _Everywhere:
    """A model that writes 鬥 for every 斗, and notes that it ran."""

    ran = 0

    def apply(self, text: str) -> str:
        self.ran += 1
        return text.replace("斗", "鬥")


def test_the_rules_decide_after_the_model_in_a_classical_view():
    model = _Everywhere()
    # 史記·滑稽列傳: 臣飲一斗亦醉，一石亦醉。 — the measure after a numeral is a hand rule's
    assert fix("臣飲一斗亦醉，一石亦醉。好勇斗狠", "traditional", "s2tw", Mode.CLASSICAL, model) == (
        "臣飲一斗亦醉，一石亦醉。好勇鬥狠"
    )
    assert model.ran == 1


def test_the_model_runs_only_in_a_classical_traditional_view():
    model = _Everywhere()
    for target, mode in (
        ("traditional", Mode.MODERN),
        ("traditional", Mode.VERNACULAR),
        ("simplified", Mode.CLASSICAL),
    ):
        fix("好勇斗狠", target, "s2tw" if target == "traditional" else "tw2s", mode, model)
    assert model.ran == 0


def test_the_shipped_model_is_well_formed():
    model = script_context.classical()
    assert model.counts, "resources/script_context_classical.tsv is missing or empty"
    for key, forms in model.counts.items():
        ch, name = key.split("\t")
        assert ch in script_context.several_forms()
        assert name.partition(":")[0] in script_context.FEATURES
        assert sum(forms.values()) >= script_context.MIN_COUNT
        assert all(form.translate(script_context.fold_table()) == ch for form in forms)

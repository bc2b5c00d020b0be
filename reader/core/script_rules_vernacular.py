"""Simplified → Traditional rules of older prose: the Ming–Qing novels and stories (舊白話, read
as Mode.VERNACULAR) and, where they hold there too, the historical novels that read as
classical (《三國志演義》).

These books were printed before the 1950s, in forms that differ from the later standard
(script_rules.OLD_PRINT_FORMS writes them); the rules here choose between two Traditional
characters by the word around the Simplified one (困倦, 悽慘, 借此, 口乾, 上吊, 一鍾酒), and keep
the text's own repeated names (劉后, the empress). Each rule was chosen by the development part
of eval/scripts (benchmarks/script_roundtrip.py): what it fixes there is spread over several
books and outweighs what it breaks (慾 → 欲 fixes 12 and breaks 8: editions differ; one book's
e-text is no rule), counted on the e-texts whose reference people made (an older 繫 → 系 drew
its evidence from 今古奇觀, a machine conversion: the human-made e-texts print 係 the copula
and 繫 'tie'). Each is tested in
tests/core/test_script_rules_vernacular.py on text from other sources.
"""

from __future__ import annotations

import re

from reader.core.script_rules import SYSTEMS, Mode, Rule, count_ideographs

_NUMERAL = "〇一二三四五六七八九十百千萬兩數幾"

# ---- older print, classical and vernacular -------------------------------------------------
OLD = (
    Rule(r"淒(?=[慘惶])", "悽", "older print: 悽慘, 悽惶 (淒 'chilly' in 淒涼, 淒風)"),
    Rule(r"睏", "困", "older print: 困倦, 困乏 (睏 is the later form of 困 'sleepy')"),
    Rule(r"藉(?=[此端口故])", "借", "older print: 借此, 借端, 借口, 借故 (藉 in 慰藉, 狼藉)"),
    Rule(r"盪", "蕩", "older print: 蕩漾, 搖蕩, 洗蕩 (盪 is a variant of 蕩)"),
    Rule(
        r"綵(?![段帛幄結])(?<![錦繒]綵)",
        "彩",
        "older print: 結彩, 彩緞, 彩樓, 彩鳳 (綵 is a variant of 彩); the silk itself keeps 綵 (綵帛, 錦綵:"
        " script_rules_classical)",
    ),
    Rule(
        r"沖(?=[殺突陣出動入散])|沖(?<=[直左右]沖)(?![淡和虛])",
        "衝",
        "衝 'charge' in war: 衝殺, 衝突, 衝陣, 衝出, 左衝右突 (沖 'rinse, young' in 沖淡, 沖虛)",
    ),
    Rule(r"云(?=曰)", "雲", "a name before 曰 (雲曰: Zhao Yun said): 云 'say' never comes before 'say'"),
    Rule(r"後(?<=[帝上][與及、]後)", "后", "后 'empress' beside the emperor: 帝與后, 上與后, 帝、后"),
    Rule(r"痠", "酸", "older print: 酸痛, 腿酸 (痠 is the later form)"),
    Rule(r"燻", "熏", "older print: 熏爐, 熏得 (燻 is a variant of 熏)"),
    Rule(r"嚥", "咽", "older print: 下咽, 咽下 (嚥 is a variant of 咽)"),
    Rule(
        r"(?<![五山東西南北中華恆衡泰嵩川])嶽(?!麓)",
        "岳",
        "岳 the surname and 'wife's father' (岳丈, 岳翁, 吳岳); 嶽 'high mountain' in 五嶽, 山嶽, 東嶽, 嶽麓",
    ),
    Rule(r"蹠(?<=盜蹠)", "跖", "盜跖, the robber of 《莊子》"),
    Rule(r"里(?<=糊里)(?=糊)", "裡", "糊裡糊塗"),
    Rule(r"里(?<=[四兩]下里)", "裡", "四下裡 'all around'"),
    Rule(r"布(?=施)|布(?<=擺布)", "佈", "older print: 佈施 'alms', 擺佈 (Taiwan's standard writes 布)"),
    Rule(
        r"占(?=據|了?便宜)|占(?<=[獨強霸]占)",
        "佔",
        "older print: 佔 'seize' (佔據, 佔便宜, 強佔, 獨佔, 霸佔); 占 'divine' (占卦)",
    ),
    Rule(
        r"舍(?<=[忍肯相轉喜]舍)|舍(?=[此死近君大百與我身命舟])",
        "捨",
        "捨 'give up, give': 不忍捨, 相捨, 喜捨, 捨此, 捨死, 捨近求遠, 捨我而去 (舍 'house': 寒舍, 舍弟)",
    ),
    Rule(r"鐘(?=[愛情靈馗])|鐘(?<=[所獨龍]鐘)", "鍾", "鍾 'gather (feelings)': 鍾愛, 鍾情, 情之所鍾, 鍾靈, 龍鍾"),
)

# ---- old vernacular only -----------------------------------------------------------------
VERNACULAR = (
    Rule(r"併(?<=一併)", "並", "older print: 一並 'all together' (Taiwan's 一併 is the later form)"),
    Rule(r"念念有詞", "唸唸有詞", "唸唸有詞 'mumble': 唸 'read aloud' is kept in this word"),
    Rule(r"准(?=定|主意)|准(?<=認准)", "準", "準定 'surely', 準主意, 認準 (准 'permit')"),
    Rule(rf"只(?<=[{_NUMERAL}]餘只)", "隻", "隻, the measure, after a number: 五百餘隻 (船)"),
    Rule(r"發(?<=挽發)", "髮", "挽髮 'put up the hair'"),
    Rule(r"面(?<=[吃米]面)", "麵", "麵 'noodles, flour': 吃麵, 米麵"),
    Rule(r"(?<=上)弔|弔(?=[死膽打起])", "吊", "吊 'hang': 上吊, 吊死, 提心吊膽, 吊打 (弔 'condole': 弔喪, 憑弔)"),
    Rule(rf"鐘(?<=[{_NUMERAL}酒杯茶銀金玉]鐘)", "鍾", "鍾 'cup': 幾鍾酒, 一鍾, 銀鍾 (鐘 'bell, clock')"),
    Rule(r"幹(?<=[口咽喉吃抹]幹)|幹(?<=飲而幹)", "乾", "乾 'dry': 口乾, 咽乾, 吃乾, 揩抹乾, 一飲而乾"),
    Rule(r"籤(?<=出籤)", "簽", "出簽, the magistrate's warrant slip"),
    Rule(r"(?<!掙)扎(?!針)", "紮", "紮 'tie, bind' (紮彩, 紮煞, 駐紮); 扎 in 掙扎, 扎針"),
    Rule(
        rf"系(?<![{SYSTEMS}宗祖文理史律]系)(?=[了著着的在定足臂裙褲腰緊牢帶繩索]|一[條根])|系(?<=[腰拴]系)",
        "繫",
        "繫 'tie' where OpenCC leaves 系: 繫了, 繫著, 自己繫的, 繫在, 繫一條汗巾, 攔腰繫 (the copula takes no 了,"
        " 著 or 的)",
    ),
    Rule(
        rf"系(?<![{SYSTEMS}宗祖文理史律]系)(?![統列譜嗣]|主任)",
        "係",
        "係, the copula of the old novels (原係, 亦係, 皆係, 係何人, 此係, 係北海人): the Simplified 系"
        " OpenCC leaves is mostly that; 繫 'tie' is OpenCC's own (繫著, 繫了, 腰繫) or the rule before,"
        " 系 'lineage, system, department' stays (世系, 派系, 體系, 中文系: a modern novel may read as old"
        " vernacular)",
    ),
    Rule(r"徵(?=[進討剿伐戰])|徵(?<=[隨出親遠]徵)", "征", "征 'march on': 征進, 征討, 隨征, 出征, 親征"),
    Rule(
        r"幹(?=證)|幹(?<=[有上]幹)(?=[國天])",
        "干",
        "干 'concern, offend': 干證 'a witness', 有干國法, 上干天怒 (幹 'do')",
    ),
    Rule(r"闢(?<=[大重]闢)", "辟", "大辟, 重辟 'the death penalty' (闢 'open up')"),
    Rule(r"鹹(?=[集各通宜陽豐寧])", "咸", "咸 'all' and in names: 咸集, 咸各, 咸陽, 咸豐 (鹹 'salty')"),
    *(
        Rule(later, older, f"older print: {older} ({later} is the later form)")
        for later, older in zip("慾鵰殭譁矇揹氾賙籲蹟嫋", "欲雕僵嘩蒙背泛周吁跡裊")
    ),
    Rule(r"欲(?=火)|欲(?<=[情色淫]欲)", "慾", "慾 'lust' keeps its form in older print too: 慾火, 情慾, 色慾"),
    Rule(r"冢", "塚", "older print: 塚 'grave' (墳塚, 塚宰); 冢 is the later standard form"),
    Rule(r"周(?=[身遭])|周(?<=[四不]周)(?!山)", "週", "older print: 週 'all round' (週身, 週遭, 四週, 不週; 不周山)"),
    Rule(r"松(?=[了開綁])", "鬆", "鬆 'loosen': 鬆了, 鬆開, 鬆綁 (松 'pine')"),
)


def rules(mode: Mode) -> tuple[Rule, ...]:
    """The rules of this module for a document's mode (none for modern text). They come after
    script_rules' own, which they may correct (一併 of Taiwan's rules)."""
    if mode is Mode.VERNACULAR:
        return OLD + VERNACULAR
    return OLD if mode is Mode.CLASSICAL else ()


# ---- writing before the 1950s -------------------------------------------------------------
_OLD_QUESTION = re.compile(r"(?<![什怎这這那多要甚干幹])[么麼](?=[？?！!。，,”」』])")
OLD_QUESTION_DENSITY = 0.0005
"""Writing before the 1950s ends a question with 麼 (你知道麼？ 么 in Simplified), which the
mainland's later standard writes 吗/嗎. Where such a 麼 (not 什麼, 怎麼, 這麼, 那麼, 多麼, 要麼)
is at least 5 in 10,000 ideographs, a text that reads neither as classical nor as the storytellers'
vernacular is still of that time (Lu Xun, 郁達夫, the Yuan plays) and is printed in its forms:
about 6–9 in 《狂人日記》 and 《西廂記》, 3.7 in the Union Bible (1919), none in laws and reports
(benchmarks/script_roundtrip.py --modes prints the figures per kind)."""


def old_question_density(text: str, sample: int = 50_000) -> float:
    part = text[:sample]
    ideographs = count_ideographs(part)
    return len(_OLD_QUESTION.findall(part)) / ideographs if ideographs else 0.0


def reads_before_1950(text: str) -> bool:
    return old_question_density(text) >= OLD_QUESTION_DENSITY


# ---- the text's own names ------------------------------------------------------------------
_SURNAMES = "劉呂竇衛趙李陳張郭曹孫周吳鄭馮蔣沈韓楊朱秦何許孔魏陶謝蘇潘彭魯韋袁柳唐薛賀湯殷羅郝鄧蕭尹姚汪戴宋熊董梁杜賈林徐邱胡霍盧崔程陸葉黎譚武"
_EMPRESS = re.compile(rf"後(?<=[{_SURNAMES}]後)(?=[說道曰見聞心聽吩])")
_EMPRESS_COUNT = 3
"""An empress is named by her family and 后 (劉后, 呂后): a surname and 後 right before a verb of
speech or seeing (劉後說, 劉後聞聽) is a person, where 然後說 is 'then say' (然 is no surname).
Seen there once and written at least three times, the name keeps 后 wherever it occurs."""


def keep_empresses(text: str) -> str:
    """The view with the empresses its text names written 后 (see _EMPRESS)."""
    names = {text[m.start() - 1 : m.start() + 1] for m in _EMPRESS.finditer(text)}
    for name in names:
        if text.count(name) >= _EMPRESS_COUNT:
            text = text.replace(name, name[0] + "后")
    return text

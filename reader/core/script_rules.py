"""Context rules that fix OpenCC's choice of character where one Simplified character stands
for several Traditional ones (云 雲/云, 里 裡/里, 范 範/范, 后 後/后, 斗 鬥/斗, 发 發/髮 …) and,
for the Simplified view, where tw2s drops a distinction the Simplified standard keeps (著 zhù,
徵 zhǐ).

A rule is a regular expression on the converted text whose match is replaced by a string of the
same length, so a view's offset map holds. Rules follow the language: the unit after a numeral,
the verb before a quotation, the compounds of a character; they are tested in
tests/core/test_script_rules.py on sentences from other sources than the round-trip corpus.

Some rules hold only in classical Chinese (文言): 云 is "say" unless it is a cloud, 余 is "I"
at the head of a clause, 凶 咸 辟 欲 keep their old forms. They apply when the document reads as
classical: see is_classical. Classical texts and the old vernacular novels (text_mode) are also
written in the forms of older print (歎, 托, 伙, 贊: OLD_PRINT_FORMS). Some hold only in modern
writing (MODERN): 係屬, 繫屬 and 係 after a comma; the old novels' 係 is script_rules_vernacular's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core import script_rules_classical
from reader.core.char_classes import HAN
from reader.core.patterns import compiled
from reader.core.script_names import Mode  # noqa: F401 - how a document is written, also named from here

_NUMERAL = "〇一二三四五六七八九十百千萬億兩數幾半餘"
_PUNCT = "，。、；：？！「」『』“”‘’（）《》〈〉…—\n\r\t 　,.;:?!"


@dataclass(frozen=True)
class Rule:
    pattern: str
    replacement: str
    why: str

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.pattern)


def _compiled(pattern: str) -> re.Pattern[str]:
    """Each pattern compiled when first used, not at import (reader.core.patterns): the page
    imports this module at launch before any view is converted (re.M: the rules' ^ and $ are
    lines; the other patterns here have neither)."""
    return compiled(pattern, re.M)


def _r(pattern: str, replacement: str, why: str) -> Rule:
    return Rule(pattern, replacement, why)


# ---- Simplified → Traditional, every document -------------------------------------------
TRADITIONAL = (
    _r(r"雲(?=[ 　]?[，,]?[ 　]?[：:「“『])", "云", "云 'say' before a colon or a quotation: 書云：, 自云：, 聯云：「"),
    _r(
        r"雲(?<=[亦又所乃或答雖固]雲)(?![雲中氣雨霧霄端集夢南山水漢門龍際表間外霞煙彩朵層])",
        "云",
        "云 'say' after 亦/又/所/乃/或/答/雖/固: 亦云, 所云, 雖云 'although it is said', 固云",
    ),
    _r(r"雲雲|雲云|云雲", "云云", "云云 'and so on'"),
    _r(
        rf"裡(?<=[{_NUMERAL}]裡)|(?<=[{_NUMERAL}][ 　])裡",
        "里",
        "里, the unit of length, after a numeral: 數千里, 八十里",
    ),
    _r(r"裡(?=許)", "里", "里許 'about a li'"),
    _r(
        r"範(?<![模規示典防師風就垂洪鐵軌]範)(?![圍例本疇式文型])",
        "范",
        "範 only in its compounds (模範, 規範, 範圍 …); elsewhere 范, the surname: 范睢, 范仲淹",
    ),
    _r(
        r"後(?<=[夏姜王皇太母妃帝廢]後)(?<![春子]夏後)(?![來面方天代世人元])",
        "后",
        "后 'queen, sovereign' after 王/皇/太/夏/廢: 夏后, 廢后 (not 後元, a reign's later era; not after"
        " the season or the man of 春夏後, 子夏後禮)",
    ),
    _r(r"後(?=[妃稷羿土]|夫人)", "后", "后妃, 后稷, 后羿, 后土, 后夫人"),
    _r(
        r"發(?<=[被披斷白毛須鬚束結鶴削落剃華黑亂鬢短理染燙握櫛捽]發)",
        "髮",
        "髮 'hair' after 被/披/斷/白/束/削/剃 …: 被髮, 斷髮, 白髮, 理髮",
    ),
    _r(r"發(?=[髻簪膚梢絲型辮際])", "髮", "髮 before 髻/簪/膚/梢/絲/型: 髮膚, 髮髻"),
    _r(r"令人發指", "令人髮指", "令人髮指"),
    _r(
        rf"鬥(?<=[{_NUMERAL}升石斛北南星]鬥)(?!爭|志|毆|智|士|法|嘴|雞|牛|氣)",
        "斗",
        "斗, the measure or the Dipper, after a numeral or 升/石/北: 一斗, 石斗, 北斗",
    ),
    _r(r"鬥(?=[米粟酒升石斛量筲室膽柄杓轉拱])", "斗", "斗 before 米/粟/酒/升/石/量/室: 斗米, 斗石, 斗室"),
    _r(
        r"機制造(?<=[飛電整主手相]機制造)",
        "機製造",
        "製造 'make' after 飛機, 電機, 手機 (jieba's word 機制 'mechanism' took its 制)",
    ),
    _r(r"斗(?=[爭毆])", "鬥", "鬥爭, 鬥毆: 斗 'measure' never comes before 爭"),
    _r(
        r"系(?<=[如若其並均乃即原確實究應仍既純顯雖尚非又亦則皆果當正僅]系)(?![統列譜])"
        r"|系(?<![體世直旁父母科學派水語星銀關聯維]系)(?=[不因由基就指為依經對以自從向爭據])"
        r"|系(?<=[以認]為系)(?![統列譜])",
        "係",
        "係, the copula of written Chinese (如係, 其係, 當係, 僅係, 係指, 係因, 係據, 認為係 'take to be');"
        " 系 stays in 系統, 體系, 學系",
    ),
    _r(r"係(?=爭)", "系", "系爭 'at issue', the term of legal writing"),
    _r(
        r"幹(?=[休連係涉])|幹(?<=[不無何相非]幹)(?=[我你他爾汝人己事此卿其們老])",
        "干",
        "干 'concern' (不干我事, 何干, 非干老夫, 干休, 干連, 干係): 幹 is 'do'",
    ),
    _r(r"幹(?<=[飲揩晴曬烘拭擦吹晾喝]幹)", "乾", "乾 'dry, drained' after 飲/揩/晴/曬/擦 (飲乾, 揩乾)"),
    _r(r"緻(?<=[景雅]緻)", "致", "景致, 雅致 (緻 'fine' in 精緻, 細緻, 標緻)"),
    _r(
        r"準(?=[駁否其予許令給免襲])|準(?<=[核報暫不奉批獲照欽俱今]準)",
        "准",
        "准 'permit' (核准, 准駁, 准予, 不准); 準 'standard' (準用, 標準, 準備)",
    ),
    _r(r"髮(?<=[換核補頒簽印分轉續配]髮)", "發", "發 'issue' after 換/核/補/頒/簽 (換發, 核發): never hair"),
    _r(
        r"[譭燬](?=[譽謗壞損滅傷容約棄])|[譭燬](?<=[詆銷燒焚摧損拆][譭燬])",
        "毀",
        "毀: 譭/燬 are variants of it (毀譽, 燒毀)",
    ),
)

# ---- Simplified → Traditional, modern documents ------------------------------------------
# the last character of a system, a department, a series or a lineage (體系, 院系, 太陽系, 語系, 車系)
SYSTEMS = "體世直旁父母科學派水語星銀關聯維譜院陽河品菌根山嫡支菜書車色族"
MODERN = (
    _r(
        rf"系(?<![{SYSTEMS}本該此各]系)(?=屬)",
        "係",
        "係屬 'is (a matter of)': 係屬立法裁量, 係屬行政規章 (繫屬 'pending before a court' just below);"
        " a department, a system or a lineage keeps 系 (本系屬於, 太陽系屬於, 語系屬於)",
    ),
    _r(
        r"係(?<![關干]係)(?=屬(?:於|中|之|後|在|[，。、各他]|本院|法院|最高))",
        "繫",
        "繫屬 'pending before a court', the term of procedure: 繫屬於法院, 繫屬中, 繫屬在先, 繫屬本院, 訴訟繫屬後"
        " (關係屬於 keeps its 關係)",
    ),
    _r(
        r"系(?<=[，而認件」]系)(?![統列譜爭於乎焉著着在定住上好緊牢裡里鞋圍領腰絲繩帶裙巾馬船舟]|[一兩幾][條根]|主任)",
        "係",
        "係, the copula opening a predicate after a comma, 而, 認, 本件 or a quotation (…之規定，係指…;"
        " 而係應依…; 應認係…; 本件係…; 「…」係…): 系 'department' and 繫 'tie' (，繫於…, ，繫著…) seldom"
        " stand there, 系爭 and 系統 are kept. Modern only: the old novels' copula is"
        " script_rules_vernacular's",
    ),
)

# ---- Simplified → Traditional, classical documents ---------------------------------------
_CLOUD_BEFORE = "白青浮彩烏紫風祥慶陰層行停歸孤暮片朵綵凌出起斷碧黃黑赤丹雨雷星煙霞山秋春朝巫卿靑屯密"
_CLOUD_AFTER = "中氣雨霧霄端集夢南山水漢門龍際表間外霞煙彩朵層陽台臺母峰路衢梯樹林天翳靄蔚物車旗霓錦"
CLASSICAL = (
    _r(
        rf"雲(?<![{_CLOUD_BEFORE}]雲)(?![{_CLOUD_AFTER}])",
        "云",
        "文言: 云 is 'say' unless it is a cloud (白雲, 雲中, 雲氣 …)",
    ),
    _r(
        rf"餘(?:(?<=[{_PUNCT}]餘)|(?<=^餘)|(?<=[謂告使為與語假助遺示贈教問見召令命謁過視顧訪]餘))"
        r"(?=[曰謂嘗聞亦既雖乃少幼家之與心等不所未將在因獨每方始至則為以觀見欲問甚竊一何安懼敢小])"
        r"|餘(?<=[殺示告謂予]餘)(?=[，。；！？」])",
        "余",
        "文言: 余 'I' at the head of a clause or after a verb: 余曰, 余嘗, 謂余曰",
    ),
    _r(r"兇", "凶", "文言: 凶 (吉凶, 凶年); 兇 is the later form"),
    _r(r"鹹(?![淡味魚水菜肉蛋酸苦甜鮮濕澀鹵])(?<![酸苦甘辛淡])", "咸", "文言: 咸 'all' unless a taste (鹹淡, 酸鹹)"),
    _r(r"闢(?<![開精]闢)(?![謠地土邪])", "辟", "文言: 辟 (辟易, 阿辟, 辟召) except 開闢, 闢地, 精闢"),
    _r(r"慾", "欲", "文言: 欲 (嗜欲, 多欲)"),
    _r(r"諮(?!詢)", "咨", "文言: 咨 (咨嗟, 咨爾) except 諮詢"),
    _r(r"週", "周", "文言: 周, the dynasty, the name, 'all round'; 週 'week' is modern"),
    _r(
        r"徵(?<![特象表魏咎明休九足]徵)(?![召兵稅收求驗兆信辟聘詣拜用發役入歸應神士引])",
        "征",
        "文言: 征 'march on, levy' (西征, 征之) except 徵 'summon' (徵召, 徵入, 徵役) and 'sign'"
        " (象徵, 咎徵, 明徵, 足徵, 徵驗), 'cite' (徵引), and 魏徵",
    ),
    _r(
        r"裡(?<![這那哪心家手眼夜暗肚懷夢屋城院子頭門表向近隊腹路谷葦林草營寨洞坑河江湖池井船帳廟寺房窩叢陣光內]裡)",
        "里",
        "文言: 里 (鄉里, 里人, 千里); 'inside' is 裏 (門裏, 表裏, 向裏), also after a place one goes into"
        " (山路裏, 山谷裏, 蘆葦裏, 營裏, 火光裏: the historical novels that read as classical)",
    ),
    _r(r"後(?<=[群三元立正繼]後)(?![來面方世人])", "后", "文言: 后 'sovereign' after 群/三/元/立: 群后, 立后"),
    _r(r"後(?=妻)", "后", "文言: 后妻"),
    _r(
        r"幹(?=[戈盾城祿進謁求犯預涉政紀名雲霄冒位上令主怒天])|幹(?<=[欲以相敢不勿]幹)(?=[^事部練才線道活])",
        "干",
        "文言: 干 'shield, offend, seek' (干戈, 干祿, 干上, 欲干)",
    ),
    _r(r"幹(?<=[塗陸]幹)", "乾", "文言: 乾 'dry' after 塗/陸 (塗乾)"),
    _r(r"願(?<=[鄉謹守樸端忠]願)|願(?=[慤愨])", "愿", "文言: 愿 'honest' (鄉愿, 謹愿, 守愿)"),
    _r(r"屍(?=[祝位])|屍(?<=[其爲為之一]屍)(?![體首骨骸身])", "尸", "文言: 尸 (尸祝, 尸位, 其尸)"),
    _r(r"鬥(?<=[小大]鬥)(?![爭志毆智士法嘴雞牛氣])", "斗", "文言: 小斗, 大斗, the measures"),
    _r(r"嘆", "歎", "文言: 歎 (歎息, 嗟歎)"),
    _r(r"裡(?<=[{}]裡)".format("鄉故閭鄰同邑州"), "里", "文言: 里 'village' (鄉里, 閭里)"),
)

# ---- Simplified → Traditional, older print (classical and old vernacular documents) ------
# Forms a later standard split off a character, or prefers over it, where books printed before
# the 1950s (woodblock and lead-type editions of the classics and the Ming–Qing novels, and the
# Gutenberg texts made from them) write the older character: 歎 (嘆), 托 'entrust' (託), 伙 (夥),
# 贊 (讚), 饑 (飢) … Every pair is one character for one: CC-CEDICT marks one of the two "variant
# of" the other, or (迴/回, 柺/拐, 傢/家, 俬/私, 鬨/哄, 併/並, 麵/面, 準/准, 儘/盡, 衝/沖) the second
# is the older character the first was split from. Chosen by the errors of the development part
# of eval/scripts (benchmarks/script_roundtrip.py), each pair a gain in many books, not in one.
OLD_PRINT_FORMS = {
    "託": "托", "嘆": "歎", "夥": "伙", "讚": "贊", "飢": "饑", "絛": "縧", "迴": "回", "吊": "弔",
    "唸": "念", "柺": "拐", "伕": "夫", "傢": "家", "俬": "私", "閤": "合", "鑑": "鑒", "註": "注",
    "絃": "弦", "鬨": "哄", "併": "並", "餚": "肴", "蓆": "席", "摺": "折", "慼": "戚", "諮": "咨",
    "悽": "淒", "麵": "面", "準": "准", "鍾": "鐘", "兇": "凶",
}  # fmt: skip
CLASSICAL_FORMS = {"採": "采", "儘": "盡", "衝": "沖"}
"""文言 only: 采 'gather' (采薇), 盡 (儘 is the later 'as far as'), 沖 (沖虛); old novels write 衝 'charge'."""
OLD_PRINT = (
    _r(r"准(?=[備繩確頭])|准(?<=[對定標水瞄]准)", "準", "older print writes 准 for 準 but 準備, 準繩, 對準, 定準"),
    _r(r"覆(?=命)|覆(?<=稟覆)", "復", "older print: 復命, 稟復 'report back (to a superior)'"),
    _r(
        r"凶(?=[手器惡猛暴狠徒犯殘])|凶(?<=行凶)",
        "兇",
        "兇 'murderous, fierce' (兇手, 兇器, 行兇, 兇惡); 凶 'ill-omened' (吉凶, 凶年, 凶相)",
    ),
    _r(r"回(?=[避護廊])", "迴", "older print keeps 迴 in 迴避, 迴護, 迴廊 (and writes 回 elsewhere)"),
    _r(r"家(?=伙)", "傢", "older print keeps 傢伙 (and writes 家 for 傢 elsewhere)"),
)
_OLD_PRINT = str.maketrans(OLD_PRINT_FORMS)
_CLASSICAL_PRINT = str.maketrans(OLD_PRINT_FORMS | CLASSICAL_FORMS)

# ---- Simplified → Traditional as Taiwan prints it (s2tw, s2twp) --------------------------
# The Ministry of Education's standard forms where OpenCC writes a variant: 布 (佈 is a variant
# of it: 公布, 分布), 占 (佔), 娘 (孃), 凌 (淩), and the terms of Taiwan's laws (計畫, 併科, 復審).
TAIWAN = (
    _r(r"佈", "布", "臺灣標準字體: 布 (公布, 宣布, 分布); 佈 is its variant"),
    _r(r"佔", "占", "臺灣標準字體: 占 (占有, 占用); 佔 is its variant"),
    _r(r"孃", "娘", "臺灣標準字體: 娘 (姑娘, 爹娘); 孃 is its variant"),
    _r(r"淩", "凌", "臺灣標準字體: 凌 (凌晨, 欺凌); 淩 is its variant"),
    _r(r"計劃", "計畫", "計畫, the noun of Taiwan's official writing"),
    _r(
        r"並(?<=[整歸兼吞一]並)|並(?=[科計案送附入購吞])|並(?=同[訴處計辦標決])"
        r"|並(?=[予此](?:指明|敘明|說明|審查|審理|檢討|受理|補充))",
        "併",
        "併 'combine, also' (併科, 併計, 併案, 一併, 併同; the courts' 併此指明, 併予敘明 'be it also noted'):"
        " 並 is 'and'",
    ),
    _r(
        r"覆(?<=[答函申]覆)|覆(?<=回覆)(?=[原名權效現國職健秩])",
        "復",
        "復 'reply, restore' in official writing: 答復, 函復, 回復原狀",
    ),
    _r(r"複(?=[審查議])", "復", "復審, 復查, 復議, the appeals of Taiwan's administrative law"),
    _r(r"恤(?<=撫恤)", "卹", "撫卹, the term of Taiwan's laws"),
)
TAIWAN_MODERN = (
    _r(
        r"覆(?<=回覆)(?![她你我您信函電郵訊文帖貼給]|他(?!方))",
        "復",
        "回復, 'restore' and 'reply' alike, as Taiwan's laws and courts write it (回復原狀, 回復其所有權,"
        " 權利回復條例, 以回復書回復之); a reply to a person or a message keeps 回覆 (回覆他, 回覆訊息)."
        " Modern only: the old novels write 回覆 'report back'",
    ),
)

# ---- Traditional → Simplified -----------------------------------------------------------
SIMPLIFIED = (
    _r(r"着(?<=[编撰论专巨遗拙原合名显昭卓土]着)", "著", "著 zhù keeps 著 in Simplified: 编著, 显著, 名著, 土著"),
    _r(r"着(?=[书述])|着(?<=所着)(?=的?[诗赋文论书篇])", "著", "著 zhù: 著书, 著述, 所著诗赋 'the poems one wrote'"),
    _r(
        r"征(?<=[宫商角清变]征)|征(?<=[宫商角][、，]征)|征(?=[、，]?羽)|征(?<=[宫商角羽]生征)|征(?=生[宫商角羽])"
        r"|征(?<=其音征)",
        "徵",
        "徵 zhǐ, the note, keeps 徵 in Simplified: 宫商角徵羽, 宫、商、角、徵、羽, 清徵, 宫生徵, 其音徵",
    ),
)
SIMPLIFIED_CLASSICAL = (
    _r(r"着(?<=[不明]着)(?![衣冠屐履地手力落意急实陆想重眼身紧])", "著", "文言: 不著, 明著 'not written, manifest'"),
    _r(r"着(?<=[甚益愈尤彰章]着)(?=[，。；：！？」』\n])|着(?=乎)", "著", "文言: 其事甚著, 彰著 'manifest'; 著乎心"),
    _r(r"征(?<=中征)(?=[，。；、])", "徵", "文言: 中徵, the note"),
)


# more rules found on classical text (reader/core/script_rules_classical.py)
TRADITIONAL += tuple(_r(*rule) for rule in script_rules_classical.EVERY_MODE)
CLASSICAL += tuple(_r(*rule) for rule in script_rules_classical.CLASSICAL)
OLD_PRINT += tuple(_r(*rule) for rule in script_rules_classical.OLD_PRINT)


# ---- classical mode ------------------------------------------------------------------------
_CLASSICAL_WORDS = frozenset("乎也曰矣焉哉兮耶歟")
_MODERN_WORDS = frozenset("的了是們们這这麼么嗎吗呢着個个")
_IDEOGRAPH = f"[{HAN}]"  # compiled on first use (_compiled), as are the patterns below
CLASSICAL_SHARE = 0.5
CLASSICAL_DENSITY = 0.005
"""A document reads as classical when its classical particles (乎也曰矣焉哉兮耶歟) are at least
half of its particles, classical and modern (的了是們這麼嗎呢着個), and at least 0.5 % of its
ideographs (a chronicle such as 《竹書紀年》 has 0.85 %). Laws write 之 and 其 but no 也 or 矣;
novels and the Union Bible write 曰 beside 的 (benchmarks/script_roundtrip.py --modes prints the
figures per kind)."""
_VERNACULAR_WORDS = _MODERN_WORDS - {"是"}  # 是 is also classical 'this'
DOCUMENT_DENSITY = 0.0025
NO_VERNACULAR = 0.001
"""A text that writes no vernacular particle (的了們這麼嗎呢着個 at most 0.1 % of its ideographs)
reads as classical with half as many classical particles (0.25 %): the official documents of the
Ming and Qing (公移, 告示, 奏疏: 王陽明's 公移 have 0.31 %) write 也 and 矣 seldom but never 的.
Modern laws and reports write neither (at most 0.16 % of 也/矣… in the development part, mostly
none)."""


def classical_share(text: str, sample: int = 50_000) -> tuple[float, float]:
    """(classical particles / all particles, classical particles / ideographs) of a sample."""
    return _particles(text, sample)[:2]


def _particles(text: str, sample: int = 50_000) -> tuple[float, float, float]:
    """classical_share and the vernacular particles / ideographs of a sample."""
    part = text[:sample]
    # each particle counted by str.count: a loop over the sample's characters took 30 ms of a
    # book's opening, in the thread that warms the page's previews
    classical = sum(map(part.count, _CLASSICAL_WORDS))
    modern = sum(map(part.count, _MODERN_WORDS))
    vernacular = sum(map(part.count, _VERNACULAR_WORDS))
    ideographs = count_ideographs(part)
    share = classical / (classical + modern) if classical + modern else 0.0
    if not ideographs:
        return share, 0.0, 0.0
    return share, classical / ideographs, vernacular / ideographs


COUNTED_AT_ONCE = 8192
"""count_ideographs counts this many characters a call: findall over a 50,000-character sample held
the interpreter 4-5 ms (the previews' warm-up reads a book's mode beside the window)."""


def count_ideographs(part: str) -> int:
    """The ideographs in part (each one character), counted a piece at a time."""
    pattern = _compiled(_IDEOGRAPH)
    return sum(len(pattern.findall(part, i, i + COUNTED_AT_ONCE)) for i in range(0, len(part), COUNTED_AT_ONCE))


def is_classical(text: str) -> bool:
    share, density, vernacular = _particles(text)
    if share < CLASSICAL_SHARE:
        return False
    return density >= CLASSICAL_DENSITY or (density >= DOCUMENT_DENSITY and vernacular <= NO_VERNACULAR)


_OLD_VERNACULAR = "道：|[罷罢](?=[了。，！？」”])|只見|只见|不曾|卻說|却说|便道|那廝|那厮|怎的"
OLD_VERNACULAR_DENSITY = 0.0015
"""A document reads as old vernacular when the words of the storytellers' narration (道： closing
a speech tag, 罷 as a particle (罷了, 也罷。; not 罷免), 只見, 不曾, 卻說, 便道, 那廝, 怎的) are at
least 15 in 10,000 of its ideographs: 18–270 in the Ming–Qing novels and Lu Xun's stories, about
100 in 红楼梦, 1–2 in the Union Bible, none in laws and reports (benchmarks/script_roundtrip.py
--modes prints the figures per kind). A modern novel that writes 道： often reads as old vernacular
too: its view then takes the older print forms."""


def vernacular_density(text: str, sample: int = 50_000) -> float:
    part = text[:sample]
    ideographs = count_ideographs(part)
    return len(_compiled(_OLD_VERNACULAR).findall(part)) / ideographs if ideographs else 0.0


def text_mode(text: str) -> Mode:
    if is_classical(text):
        return Mode.CLASSICAL
    if vernacular_density(text) >= OLD_VERNACULAR_DENSITY:
        return Mode.VERNACULAR
    from reader.core.script_rules_vernacular import reads_before_1950  # it builds on this module

    return Mode.VERNACULAR if reads_before_1950(text) else Mode.MODERN


# ---- applying ------------------------------------------------------------------------------
def rules_for(target: str, config: str, mode: Mode) -> tuple[Rule, ...]:
    """The rules of a view: target "traditional" or "simplified", the OpenCC config."""
    classical = mode is Mode.CLASSICAL
    if target == "simplified":
        return SIMPLIFIED + (SIMPLIFIED_CLASSICAL if classical else ())
    rules = TRADITIONAL + (CLASSICAL if classical else ()) + (OLD_PRINT if mode is not Mode.MODERN else MODERN)
    if config in ("s2tw", "s2twp"):
        rules += TAIWAN + (TAIWAN_MODERN if mode is Mode.MODERN else ())
    from reader.core import script_rules_vernacular  # it builds on this module's Rule and Mode

    return rules + script_rules_vernacular.rules(mode)


def apply(text: str, rules: tuple[Rule, ...]) -> str:
    """text with the rules applied. In a text that sets a space between its characters (a
    scholarly edition, text taken from a PDF: 夏 后 啟), the rules read it without those spaces,
    so that 夏 后 and 以 繩 繫 are seen as the collocations they are."""
    gaps = spaced_gaps(text)
    if not gaps:
        return _apply(text, rules)
    gap = set(gaps)
    kept = [i for i in range(len(text)) if i not in gap]
    compact = "".join(text[i] for i in kept)
    fixed = _apply(compact, rules)
    return overwritten(text, {kept[j]: now for j, (was, now) in enumerate(zip(compact, fixed)) if was != now})


_BETWEEN = f"(?<=[{HAN}])[ 　](?=[{HAN}])"
# in a spaced text, also the spaces beside its punctuation (古 籍 無 徵 ， 疑): 無徵， is the collocation
_GAP = f"(?<=[{HAN}，。、；：？！「」『』（）《》])[ 　](?=[{HAN}，。、；：？！「」『』（）《》])"
SPACED_SHARE = 0.3
"""A text is spaced when at least this share of its ideographs (in a sample) are followed by a
single space and another ideograph."""


def spaced_gaps(text: str) -> list[int]:
    """Where the spaces of a spaced text are (_spaced: 古 籍 無 徵 ，): between its characters and
    beside its punctuation; none in a text that is not spaced."""
    return [m.start() for m in _compiled(_GAP).finditer(text)] if _spaced(text) else []


def _spaced(text: str, sample: int = 20_000) -> bool:
    part = text[:sample]
    ideographs = count_ideographs(part)
    return bool(ideographs) and len(_compiled(_BETWEEN).findall(part)) >= SPACED_SHARE * ideographs


def _apply(text: str, rules: tuple[Rule, ...]) -> str:
    for rule in rules:
        text = rule.regex.sub(lambda m, r=rule: _same_length(m.group(), r.replacement), text)
    return text


def fix(converted: str, target: str, config: str, mode: Mode) -> str:
    """A converted view with the rules of its target, config and mode applied, and the names
    the text itself shows kept (keep_names). An older document's Traditional view is written in
    the forms of older print (OLD_PRINT_FORMS) before the rules, which may pick another form."""
    if target == "traditional" and mode is not Mode.MODERN:
        converted = converted.translate(_CLASSICAL_PRINT if mode is Mode.CLASSICAL else _OLD_PRINT)
    fixed = keep_names(converted, apply(converted, rules_for(target, config, mode)))
    if target == "traditional" and mode is not Mode.MODERN:
        from reader.core.script_rules_vernacular import keep_empresses

        fixed = keep_empresses(fixed)
    return fixed


_C = f"[{HAN}]"
_SPEECH = "曰|對曰|問曰|答曰"
# 於 and 餘 only as the last and the first character (董安于, 余慶): 其餘 or 甚至於 before a verb
# of speech is no name. Each pattern starts with its character, which the regex engine finds fast.
_SPOKEN = f"(?:{_SPEECH}|道|說)"
_NAMES = (  # (pattern, start of the name from the match's start, its length)
    (rf"於(?<={_C}{_C}於)(?={_SPEECH})", -2, 3),
    (rf"雲(?={_C}{_SPOKEN})", 0, 2),
    (rf"雲(?<={_C}雲)(?={_SPOKEN})", -1, 2),
    (rf"餘(?={_C}{_SPOKEN})", 0, 2),
)
_SPEAKER_NAME_COUNT = 3


def keep_names(before: str, after: str) -> str:
    """Names the text itself shows, written as a name and not as the word the rules or OpenCC
    took them for. A person is seen right before a verb of speech (董安于曰, 雲長曰, 余慶道): a
    preposition 於 never stands there, nor 餘 'remainder'. A name seen there at least once and
    written at least three times keeps 于 (董安于), 雲 (趙雲, 雲長) and 余, the surname (余慶),
    wherever it occurs. before: the view as OpenCC wrote it; after: with the rules applied."""
    names = {
        before[m.start() + shift : m.start() + shift + length]
        for pattern, shift, length in _NAMES
        for m in _compiled(pattern).finditer(before)
    }
    chars: dict[int, str] = {}
    for name in names:
        if before.count(name) < _SPEAKER_NAME_COUNT:
            continue
        kept = name.replace("於", "于").replace("餘", "余")  # 雲 as OpenCC wrote it
        start = before.find(name)
        while start >= 0:
            chars.update(zip(range(start, start + len(name)), kept))
            start = before.find(name, start + len(name))
    return overwritten(after, chars)


def overwritten(text: str, chars: dict[int, str]) -> str:
    """text with the character at each position given replaced by the one given there: joined
    from the slices between them, not from a list of the text's characters (a string each, 76
    bytes a character: 65 MB for 红楼梦's 繁體 view, 380 MB for a 5 M-character book; issue 32)."""
    if not chars:
        return text
    parts, start = [], 0
    for pos in sorted(chars):
        parts += (text[start:pos], chars[pos])
        start = pos + 1
    parts.append(text[start:])
    return "".join(parts)


def _same_length(found: str, replacement: str) -> str:
    if len(found) != len(replacement):
        raise ValueError(f"a rule must keep the length: {found} → {replacement}")
    return replacement

"""Polyphones read in context: CC-CEDICT's reading of a whole word before pypinyin's guess, and
rules of grammar for the single characters whose reading turns on their neighbours (得 de/dé/děi,
长 cháng/zhǎng, 还 hái/huán …); the words CC-CEDICT reads two ways (精神 jīngshén/jīngshen,
正当) are read by reader.core.word_senses, which read_units asks too.

A character standing alone never takes a reading CC-CEDICT gives only inside one named word
(似 sì, not 似的's shì; alone_readings), and a few words take the 现代汉语词典's reading where
CC-CEDICT lacks or differs (仆射 púyè).

jieba's words come in; a word that neither CC-CEDICT nor pypinyin's phrase table knows (很长, 他教,
还给: jieba joins a character to its neighbour) is cut again into CC-CEDICT's longest pieces, so the
polyphone inside it is read as the single character it is. The neighbour classes
(reader.core.neighbours) are small closed sets (degree adverbs, pronouns, numerals), written out as
data rather than taken from jieba's parts of speech: jieba.posseg cut 200,000 characters of 红楼梦
in 16.7 s of CPU against 1.3 s for jieba.cut, and its one tag a word from jieba's dictionary (0.3 s
and ~48 MB to load) tells 地 de from dì no better than the lists (平白地 de but 繁华地, 好地 dì, all
adjectives before it). Nor is a polyphone re-read inside a longer CC-CEDICT word that crosses
jieba's cut: on 红楼梦 such words disagree with the reading given 1,891 times, mostly wrongly (不得
in 少不得依靠, 到了, 中的), so only named constructions look past the neighbours (以…为, 这还了得).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Sequence
from functools import lru_cache

from reader.core.char_classes import has_han
from reader.core.neighbours import ASPECT, COUNTING, DEGREE, NUMERAL_END, PRONOUN, PUNCTUATION, numeral
from reader.core.word_senses import RULED_WORDS, word_reading

_FORMAL_ADVERB = frozenset("亦 始 方 均 皆 仍 即 乃 并 概 俱 悉 但 其 时 复 能 可 却 未 尚 犹 岂 遂 终 竟 庶".split())
"""Words of the written language after which 得 is the auxiliary dé (亦得, 始得申请, 但得, 必要时得,
不复得, 未能真得): an adverb or modal before a verb, where the particle 得 follows a verb."""
_MAY_DO = frozenset(
    "提起 提出 申请 请求 声请 声明 主张 要求 撤销 撤回 拒绝 免除 准用 依 予 由 向 于 就 自 经 按 视 准 径 迳".split()
)
"""What follows 得 as the auxiliary of laws (法得提起, 得依, 得由): a verb of legal action or a
preposition, never the complement the particle 得 takes (跑得很快)."""
_AGENT = ("机关", "法院", "政府", "机构", "单位", "公司", "团体", "法官", "委员会", "主管", "者", "部", "局", "署")
"""Nouns of the one who may act in a law: 得 after them is dé, not the particle after a verb."""
_PERSON_ADJECTIVE = frozenset(
    "吓人 惊人 动人 感人 迷人 气人 恼人 烦人 喜人 逼人 撩人 怕人 羞人 馋人 急人 闷人 醉人 宜人 可人 诱人 骇人 唬人 疼人 磨人 累人".split()
)
_COMPLEMENT = frozenset("很 多 慌 紧 要 厉 太 更 真 不 好 够 出 过".split())
"""What follows the particle 得 (吓人得很, 恨人得慌): a degree or a complement."""
_AGAIN = frozenset(
    "行 新 又 复 来 写 做 回 返 逢 见 演 修 印 订 审 开 选 游 温 整 组 置 设 拾 提 编 排 算 "
    "述 读 画 定 建 申 议 发 投 签 录 考 核 送 填 讲 问 铸 造 申请 投票 选举 起".split()
)
"""Verbs 重 goes before as chóng, again (重行选举, 重为知己忧, 重又惹动): the adjective zhòng
comes after a verb (踢重了), before 于/在 or a noun; 重判, 重办, 重犯 and 重装 are left
out, where zhòng (severe, heavy) is as likely."""
_HEADED = "）)市县镇乡村院馆局科署厅队组班团校社站户州府司仙居尊族酋"
"""Last characters of the body a 长 heads (县（市）长, 馆长, 千户长), or of a title of respect
(仙长, 尊长) or of 居 (居长, the eldest): there 长 is zhǎng."""
_BECOME = "选成称认作转变化任立定记列划编分合译封名拜尊推聘奉举命指改升誉述评"
"""Verbs that make the next 为 wéi, become or be taken as (选为, 改为, 登记为, 分为, 名为, 晋升为,
誉为, 描述为, 评为)."""
_COPULA_ADVERB = frozenset(
    "即 乃 则 实 亦 皆 均 另 系 犹 遂 终 竟 俱 悉 岂 方 始 得 再 自 诚 确 妥 善 广 颇 甚 极 尤 较 深".split()
)
"""Adverbs of the written language before 为 wéi, to be or to do (即为, 实为, 得为左列处分, 自为,
妥为因应, 广为); not 是, whose 是为 is as often for (是为了, 是为父母)."""
_TAKEN_AS = frozenset("乱 恶 善 非 害 患 盗 寇 王 帝 相 将 奴 妻 妾 伍 限 止 准 宜 妙 佳 证".split())
"""Words 为 wéi makes a predicate of, to be or act as (率众为乱, 为限, 为妙, 为相): 为 wèi, for,
takes the one served (为人民, 为我)."""
_ROLLED = frozenset("纸布绳线席毯被烟胶带钞铺行")
"""What is rolled and counted in rolls (一卷纸, 两卷铺盖, 一卷行李): after a numeral 卷 is juǎn there."""
_LED = frozenset("军兵师众部卒骑舟船舰队团诸群")
"""Who is led: 率 before them is shuài, lead (率军, 率众, 率诸将, 率群臣)."""
_LEADS_AFTER = frozenset("后 遂 乃 亲 即 又 再 并 曾 先 复 尝 自 亦 各 分 随即 于是 亲自".split())
"""Adverbs before 率 as the verb, lead (后率战地服务团, 遂率, 亲率): the rate, lǜ, follows the
noun it measures (效率, 替代率)."""
_RATE_OF = frozenset("增减降升利税费效频比汇概速价")
"""Last characters of what a rate measures (年减率, 利率, 汇率): 率 after them is lǜ."""
_REPEATED = frozenset("迁擢授拜转增犯再")
"""What 累 lěi, repeatedly or adding up, goes before (累迁, 累擢, 累增, 累再犯): lèi, tired or
tiring, takes its aspect, a complement or an object (累了, 累得, 累坏, 累你)."""
_CUT = frozenset("掉开成碎断下菜肉瓜藕片丝块条")
"""What follows 切 as the verb, cut (切掉, 切成, 切碎, 切菜, 切藕): qiè, close or earnest, is the
character's reading alone in the written language (甚切, 切不可, 切须)."""
_BESIDE_MONGOLIA = frozenset("俄 中 满 汉 内 外 苏 藏 回".split())
"""Peoples and countries named by one character beside 蒙, Mongolia or the Mongols, měng (俄蒙,
中蒙, 蒙汉, 满蒙): méng alone is to receive or to cover (又蒙圣恩, 日蒙圣恩, 蒙头)."""
_BODY_DRY = frozenset("口 眼 舌 唇 嘴 喉 咽 鼻 嗓 嗓子 喉咙 嘴唇 眼睛 皮肤".split())
"""Parts of the body said to be dry: 干 after them is gān (口干, 眼干, 嗓子干)."""
_PENALTY = frozenset(
    "死刑 无期徒刑 有期徒刑 徒刑 拘役 管制 罚金 罚款 罚锾 新台币 人民币 刑罚 行为罚 极刑 其负责人".split()
)
"""Penalties a law sentences to: 处 before them is chǔ (处死刑, 处拘役, 处罚金); the place, chù,
comes after a numeral or a noun and before a verb (一处, 奇处, 王夫人处来)."""
_FIGURE_START = frozenset("一二两三四五六七八九十百千几半")
"""How a figure in words begins (处三年, 处六月, 处百分之五)."""


def _penal(word: str) -> bool:
    """A word of the penalty a figure after 处 measures (处三年以下有期徒刑, 处五倍至十倍之罚锾)."""
    return word in _PENALTY or word in ("以下", "以上") or word[-1:] in ("刑", "役", "罚", "锾", "金", "款")


_MUSIC_BEFORE = frozenset("细 诸 掩 奏 鼓 礼 雅 鸣".split())
_MUSIC_AFTER = frozenset("止 起 停 声 齐奏 人 工 师 府 器 曲 章".split())
"""Beside 乐 as music, yuè: what plays or stops it (细乐, 诸乐齐奏, 乐止, 乐起, 乐声); lè, joy, is
had, wanted or taken (不乐, 为乐, 乐一乐)."""
_TUNED = frozenset("高低降薪整好弦匀味")
"""After 调 as tiáo, adjust or tune (调高, 调降, 调薪, 调好); diào, move or transfer, takes a
place or a post (调兵, 调地方法院, 调高等法院: a word of its own after it), and 调服 is both (调服了药,
调服劳役)."""
_FORCED = frozenset("笑 他 她 我 你 要 索 为 逼 留 拉 辩 撑 颜 饮 吃 睡 起".split())
"""What 强 qiǎng, by force or with an effort, goes before: a verb or the one forced (强笑道, 强他,
强索); the adjective qiáng comes before a comparison or ends the clause (强十倍, 强些, 强。)."""
_YIELDING = frozenset("肯 俱 来 皆 愿 不愿 不 乃 汝 便 多 请 出 遂 诈 未 欲".split())
"""Before 降 as xiáng, surrender, ending its clause (肯降否, 俱降。, 来降, 不降？): jiàng, come
down or demote, follows what comes down or takes an object (天降, 光降, 又降了好些旨意)."""
_APPOINTED = frozenset("任 出任 担任 升任 兼任 改任 调任 继任 历任 曾任 转任 接任 拜 授 署理".split())
"""Verbs of appointment: a 长 ending their clause ends the post, and is zhǎng (任…指挥长)."""
_FACING = frozenset("胸面头场众时日天年今初中前下")
"""After 当 as dāng, at or facing (当胸, 当面, 当众, 当时): never what something is taken as."""
_MINISTER_AFTER = frozenset("副 左 右 宰 丞".split())
"""Before 相 as xiàng, the chief minister (副相, 左相; 拜相 where nothing but 回 follows): xiāng,
mutually, goes before a verb (哭拜相别)."""
_FRUIT = frozenset("果 果子 果实 瓜 籽 穗 桃 桃子 苹果 葡萄 种子 子儿 荚 豆荚 果儿".split())
"""What a plant bears when 结 is jiē."""
_SEND_WHERE = frozenset("去 来 送 请 拿 叫 取 到 往 赶 打点 收拾".split())
"""What the one sent does, after 着 zhuó and its 人 (着人去请, 着人送回去)."""
_SENDER = frozenset("便 就 又 忙 即 已 早 没 也 都 再 先 另 才 须 遂 速 快 的 即刻 连忙 赶忙 赶紧 立刻 随即".split())
"""Adverbs before 着 zhuó, send: a single character before it is otherwise the verb whose aspect it
is (带着人去, 押着人上夜)."""
_BURNING = frozenset("火 灯 烛 炭 柴 炉".split())
"""What burns or shines: 着 after it is zháo (使火着起, 灯着了)."""
_WRITING = frozenset("联 文 章 词 赋 画 书 字 歌 曲 乐 酒 琴 棋 对".split())
"""Kinds of writing and art that 和 joins to 诗 as the conjunction hé (题联和诗, 书和诗)."""
_DIVINATION = frozenset("卦 卜 课 梦 吉凶 星 八字 年庚 前程".split())
"""What one divines: 占 with it is zhān (占一卦, 占吉凶), not zhàn, occupy."""
_PLACE_BEFORE_NING = frozenset("荣 安 康 辽 西 南".split())
"""Before 宁 in names (荣宁二府, 辽宁, 西宁, 南宁): there it is níng, not 宁 nìng, rather."""
_ADVERBIAL = frozenset(
    "认真 热情 仔细 努力 积极 主动 大力 坚决 不断 逐步 全面 深入 严格 耐心 高兴 静静 悄悄 默默 "
    "紧密 有效 充分 切实 扎实 稳步 广泛 深刻 自觉 明显 迅速 显著 坚定 牢牢 有力 有序 系统 科学 "
    "合理 彻底 集中 创造性 历史性 根本性 全方位 慢慢 渐渐 轻轻 好好 偷偷 紧紧 深深 "
    "热烈 亲切 愉快 清楚 清醒 冷静 平静 简单 直接 公开 独立 依法 妥善 及时 准确 客观 "
    "不知不觉 不停 一步步 一次次 一再 反复 勇敢 顽强 骄傲 得意 惊讶 惊奇 兴奋 激动 "
    "生动 形象 具体 全面系统 统筹 协调 持续 长期 自动 被动 主观 特别 格外 无情 残酷".split()
)
"""Words that make an adverbial before 地 (de): adjectives and adverbs of manner, written out
(without parts of speech a noun before 地 is as likely: 天聋地哑, 大雪地, 相思地)."""


def cedict_readings() -> dict[str, tuple[str, ...]]:
    """Simplified headword of two characters or more → its distinct readings (numbered, lower
    case), straight from the CC-CEDICT file. A name's reading (Ming2 chao2, Xi1 zang4) is one
    of them: left out, 明朝 kept only míngzhāo (tomorrow morning) as its one reading, and
    西藏自治区, 重庆市 were cut into single characters (xī cáng, zhòng). Read with string
    splits, not dictionary.parse_line, which also cuts every line's senses: a quarter of the
    time of pinyin on a novel went here."""
    return _cedict()[0]


def alone_readings() -> dict[str, tuple[frozenset[str], str]]:
    """A character → the readings CC-CEDICT gives it only inside named words ("used in
    似的[shi4 de5]", "used in 万俟[Mo4 qi2]"), and its one other reading, in tone marks: standing as a
    word by itself it is that other (似 sì, not shì: 不似从前; 俟 sì, 嚼 jiáo, 悄 qiǎo, 挣 zhèng).
    pypinyin reads many such characters alone by the bound reading."""
    return _cedict()[1]


_BOUND = ("used in", "see ", "variant of", "old variant", "erhua variant", "Taiwan pr.", "also pr.")
"""How a CC-CEDICT entry begins each of its senses when the reading is a named word's only."""


@lru_cache(maxsize=1)
def _cedict() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[frozenset[str], str]]]:
    """The word table (cedict_readings) and the single characters' bound readings
    (alone_readings), in one pass over the file."""
    from reader.core.dictionary import source_path, syllable_with_mark

    table: dict[str, tuple[str, ...]] = {}
    singles: list[tuple[str, str, str]] = []  # (character, reading, senses): sorted out after
    with gzip.open(source_path()) as packed:
        lines = packed.read().decode("utf-8").splitlines()
    for line in lines:
        head, sep, rest = line.partition(" [")
        forms = head.split(" ")
        if not sep or len(forms) != 2 or line.startswith("#"):
            continue
        reading, sep, senses = rest.partition("] /")
        simplified = forms[1]
        if len(simplified) == 1:
            singles.append((simplified, reading, senses))
            continue
        reading = reading.replace("u:", "v").lower()
        if not sep or reading.count(" ") + 1 != len(simplified):
            continue
        known = table.get(simplified, ())
        if reading not in known:
            table[simplified] = (*known, reading)
    table.update(_XDHY_WORDS)
    return table, _alone(singles, syllable_with_mark)


def _alone(singles: list[tuple[str, str, str]], marked: Callable[[str], str]) -> dict[str, tuple[frozenset[str], str]]:
    """alone_readings from the single characters' entries: only a character with an entry "used
    in" another word (a few hundred of some 20,000) is looked at whole."""
    named = {char for char, _, senses in singles if senses.startswith("used in")}
    readings: dict[str, dict[str, bool]] = {}  # character → reading → bound (in every entry of it)
    for char, reading, senses in singles:
        if char in named and reading[:1].islower():  # a surname's entry (Piao2) is not the character's own
            bound = senses.startswith("used in") and all(
                sense.startswith(_BOUND) for sense in senses.rstrip().rstrip("/").split("/")
            )
            own = readings.setdefault(char, {})
            own[reading] = own.get(reading, True) and bound
    alone = {}
    for char, own in readings.items():
        free = [r for r, is_bound in own.items() if not is_bound]
        if len(free) == 1 and len(own) > 1:
            alone[char] = (frozenset(marked(r) for r, is_bound in own.items() if is_bound), marked(free[0]))
    return alone


SURNAMES = {"翟": "zhái", "朴": "piáo"}
"""Surnames read otherwise than the character (翟 dí, a pheasant's plume; 朴 pǔ, plain), read so
at the head of a word of two or three characters that jieba made and no dictionary knows: a
name (翟兴, 朴泰夏). Surnames whose characters also begin such words as often (仇心, 葛巾香,
单看, 曾去) are left out."""


_XDHY_WORDS = {
    "仆射": ("pu2 ye4",),
    "泄露": ("xie4 lou4",),
}
"""Words the 现代汉语词典 heads that CC-CEDICT lacks or reads otherwise, in its reading: 仆射
púyè, a minister of old (左仆射, 尚书仆射: pypinyin read pū shè), 泄露 xièlòu as 泄漏 (CC-CEDICT
xiè lù)."""


def pieces(word: str, known: Callable[[str], bool]) -> list[str]:
    """A word cut into the longest known words from its start, else single characters."""
    out, i = [], 0
    while i < len(word):
        for length in range(min(len(word) - i, 8), 0, -1):
            if length == 1 or known(word[i : i + length]):
                out.append(word[i : i + length])
                i += length
                break
    return out


def _doubled(word: str) -> bool:
    """慢慢, 笑嘻嘻, 欢欢喜喜: the reduplicated forms that make a manner adverbial."""
    if len(word) == 2:
        return word[0] == word[1] and has_han(word)
    if len(word) == 3:
        return word[1] == word[2] and word[0] != word[1] and has_han(word)
    return len(word) == 4 and word[0] == word[1] and word[2] == word[3] and has_han(word)


def _takes_as(word: str) -> bool:
    """以 standing as the preposition of 以…为 (take as), alone or glued by jieba to the noun
    after it (以肘为度): not the first character of a word of its own (以后, 以便, 可以)."""
    return word == "以" or word[:1] == "以" and word not in cedict_readings()


_ROW_OF = frozenset("字 诗 泪 句 文 树 热泪 眼泪 清泪 大字 小字 诗句 文字 代码 白鹭 柳树".split())


def _rows(before: str, after: str) -> bool:
    """行 counted (after a numeral) as the measure of rows and lines, háng (一行字, 两行热泪,
    排成两行): what stands in lines after it, or a verb of lining up before."""
    return after in _ROW_OF or after[:1] in "字诗泪句" or before[-1:] == "成"


def context_reading(
    char: str, before: str, after: str, earlier: Sequence[str] = (), later: Sequence[str] = ()
) -> str | None:
    """The reading of a polyphone standing as a word by itself, from the words beside it (None:
    no rule applies): earlier and later are the rest of its clause (nearest first), for the
    few constructions that span one (以…为, 为…所). Each rule is one fact of grammar, not one
    sentence's fix."""
    if char == "得":
        if after[:1] in ASPECT or after[:1] == "到":
            if len(after) == 1 or after not in cedict_readings() or before in ("才", "没"):
                return "dé"  # 得了第一名: obtain; 才得过来, 没得过来: could, after an adverb
            # 看得过分严重, 混得过去: 过分, 过去 are words, the complement after a verb
        if before in PRONOUN or before in ("们", "就", "还", "也", "都", "须", "总", "必"):
            return "děi"  # 我们得走了, 须得, 必得: must (a subject or adverb, then a verb)
        if after in _MAY_DO:
            return "dé"  # 法院得依, 依旧法得提起: may
        if before[-1:] in _FORMAL_ADVERB or before.endswith(_AGENT) or before in ("", "，", "；", "：", "、"):
            return "dé"  # 亦得, 法院得, ，得声请: may, the auxiliary of laws and written style
        if before.endswith("人") and before not in _PERSON_ADJECTIVE and after[:1] not in _COMPLEMENT:
            return "dé"  # 所有人得请求, 被告得: the one who may act (吓人得很 is the particle)
        return "de"  # 跑得很快: the complement particle after a verb or adjective
    if char == "长":
        if before in DEGREE:
            return "cháng"  # 很长, 太长了: long, as a predicate
        if after[:1] in ("大", "高", "得", "出", "满", "胖", "到", "个", "疮") or after[:1] in ASPECT:
            return "zhǎng"  # 长大, 长得, 长了, 长到, 长个儿, 长疮: grow
        if after in ("不大", "不高") or before in ("渐", "渐渐", "会", "能"):
            return "zhǎng"  # 长不大, 渐长: grow
        if before[-1:] and before[-1:] in _HEADED or after in ("公子", "女", "子", "兄", "姐", "孙", "媳", "房", "史"):
            return "zhǎng"  # 县（市）长, 千户长, 仙长, 居长: chief, elder; 长公子, 长史: eldest, senior
        if (not after or after[:1] in PUNCTUATION) and any(w in _APPOINTED for w in earlier):
            return "zhǎng"  # 任北山救国军指挥长。: the post one is appointed to ends in 长, chief
        return "cháng"  # 说来话长, 柄长七尺, 论短论长: long (pypinyin's zhǎng is the rarer word alone)
    if char == "还":
        if after[:1] in ("给",) or (after and after not in DEGREE and after[:1] in "钱书债款账"):
            return "huán"  # 还给我, 还钱: give back (a noun object follows)
        if after == "了" and later[1:2] == ["得"]:
            return "hái"  # 这还了得: how could that be allowed (还了得, an idiom of the adverb)
        if after in PRONOUN or after in ("了", "清") or not after or after[:1] in PUNCTUATION:
            return "huán"  # 明天还你书, 还了钱, 书要按时还。: the adverb hái comes before a predicate
        return None
    if char == "为":
        if before[-1:] and before[-1:] in _BECOME or before in _COPULA_ADVERB:
            return "wéi"  # 选为, 改为, 分为: become, be taken as; 即为, 得为: be, do
        if after[:1].isdecimal() and len(later) <= 3:
            return "wéi"  # 女性为54%, 总数为3万人。: is, amounts to, a figure ending the clause (为3个孩子买书 is for)
        if after == "人" and (later[1:2] == [] or later[1] in DEGREE or later[1][:1] in PUNCTUATION):
            return "wéi"  # 他为人很好: 为人, one's conduct (为人民, 为人作嫁 are for)
        if (
            after in _TAKEN_AS
            or any(_takes_as(w) for w in earlier)
            or "所" in later
            and "的" not in later[later.index("所") :]
        ):
            return "wéi"  # 以一百五十字为限, 以人民为中心: take as; 为汤所放: the passive (为你所行的 is for)
        return None
    if char == "数":
        if after[:1] in ("一", "了", "着", "过", "清", "到", "完") or after in ("不", "不清", "不胜", "不尽", "不完"):
            return "shǔ"  # 数一数, 数不清: count (数不动产 is several)
        if before in PRONOUN:
            return "shǔ"  # 咱们数这个栏杆: count, after who counts
        return None
    if char == "觉":
        if after[:1] in ("寺", "悟"):
            return "jué"  # 大觉寺, 觉悟: awakening, enlightenment (一个大觉 is jiào, sleep)
        if numeral(before) or before[-1:] in ("睡", "午", "中", "困", "懒", "好", "大", "场", "连"):
            return "jiào"  # 睡一觉, 一个好觉, 睡中觉, 连觉也睡不着: the noun, sleep
        return "jué"  # 反觉不好, 更觉: feel (after an adverb; 觉得, 感觉 are words of their own)
    if char == "重":
        if after in _AGAIN:
            return "chóng"  # 重行选举, 重为知己忧, 重又惹动: again
        return None
    if char == "更":
        if before in ("一", "二", "两", "三", "四", "五", "初", "几", "晨", "打", "守", "巡", "敲", "定"):
            return "gēng"  # 已交了三更, 在晨更的时候, 巡更: a watch of the night, counted, kept or beaten
        if before == "起" and (
            not after or after[:1] in PUNCTUATION or after in ("时", "时分", "时候", "以后", "后", "的")
        ):
            return "gēng"  # 起更时分: the first watch set (撷起更宜风 is gèng, more, before its predicate)
        return None
    if char == "着":
        if before in ("不", "得") or after == "了":
            return "zháo"  # 睡不着, 用得着, 猜着了, 着了凉: the result reached (the aspect 着 takes no 了)
        if before[-1:] in _BURNING:
            return "zháo"  # 使火着起, 灯着着: burn, shine (the aspect 着 follows a verb, not a fire)
        if (
            after == "人"
            and later[1:2]
            and later[1] in _SEND_WHERE
            and (not before or before[:1] in PUNCTUATION or before in PRONOUN or before in _SENDER or len(before) > 1)
        ):
            return "zhuó"  # 银子着人去打点, 他着人去要: send someone (带着人去 is the aspect, after a verb)
        return None
    if char == "卷":
        if numeral(before) and before[-1:] not in "个只" and after[:1] not in _ROLLED:
            return "juàn"  # 《金刚经》百卷, 第三卷, 共三卷是, 34卷: volumes counted (一卷纸 a roll, 一个卷酥 a roll-cake: juǎn)
        if (
            (after[:1] in "一二三四五六七八九十" or after[:1].isdecimal())
            and not after.endswith("卷")
            and later[1:2] != ["卷"]
        ):
            return "juàn"  # 卷三, 《艺文类聚》卷九, 卷4: the volume's number (卷一卷 is to roll)
        return None
    if char == "传":
        if after[:1] == "》":
            return "zhuàn"  # 《雷民传》: a book title's last word, a biography or commentary (列传, 左传)
        return None
    if char == "载":
        if numeral(before):
            return "zǎi"  # 三载, 千载, 一年半载: years, counted (载 zài, to carry, takes no numeral before it)
        return None
    if char == "率":
        if before[-1:] in _RATE_OF:
            return None  # 年减率同采1.5%: the rate of what the word before measures
        if after[:1] in _LED or after[:1] in ASPECT or after in ("同", "领") or before in _LEADS_AFTER:
            return "shuài"  # 率军数万, 率了众家丁, 院长率同僚属, 遂率: lead (the rate, lǜ, ends a compound: 效率, 参保率稳定)
        return None
    if char == "累":
        if after[:1] in _REPEATED:
            return "lěi"  # 累迁并州刺史, 累再犯: repeatedly (累了, 累得 are lèi)
        return None
    if char == "切":
        if after[:1] in _CUT or after[:1] in ASPECT:
            return "qiē"  # 切掉, 切成两半, 切了: cut (切不可, 甚切 are qiè)
        return None
    if char == "蒙":
        if before in _BESIDE_MONGOLIA or after in _BESIDE_MONGOLIA:
            return "měng"  # 俄蒙友好条约, 蒙汉杂居: Mongolia (又蒙圣恩 is méng)
        return None
    if char == "似":
        if after[:1] == "的":
            return "shì"  # 飞也似的赶了去: 似的, the particle (alone 似 is sì, resemble: 不似从前)
        return None
    if char == "处":
        figure = after[:1].isdecimal() or after[:1] in _FIGURE_START
        if not numeral(before) and (after in _PENALTY or figure and any(_penal(w) for w in later[:8])):
            return "chǔ"  # 处三年以下有期徒刑, 处五倍之罚锾, 处死刑: sentence to (一处, 水利处八十七年 are places)
        if before in ("怎么", "如何", "怎样", "怎生", "怎") and (not after or after[:1] in PUNCTUATION):
            return "chǔ"  # 怎么处？: how to deal with it
        return None
    if char == "仆":
        if after[:1] in ("倒", "地", "于") or before == "而":
            return "pū"  # 仆倒在房门前, 失声而仆: fall forward
        return "pú"  # 老仆, 义仆投靠, 仆云: a servant, or I (pypinyin's pū is the verb, in words: 前仆后继)
    if char == "乐":
        if before in _MUSIC_BEFORE or after in _MUSIC_AFTER:
            return "yuè"  # 细乐之声, 诸乐齐奏, 乐止, 乐起: music (不乐, 为乐, 乐一乐 are lè)
        return None
    if char == "难":
        if before in ("有", "遭", "落", "避", "罹", "赴", "殉") and (not after or after[:1] in PUNCTUATION):
            return "nàn"  # 徐州有难，: a disaster (何难, 尚难 are nán, hard)
        return None
    if char == "调":
        if after[:1] in _TUNED and (len(after) == 1 or after not in cedict_readings()):
            return "tiáo"  # 调高, 调降, 调薪, 调好: adjust, tune (调兵, 调高等法院 are diào, move)
        return None
    if char == "强":
        if after in _FORCED and before[-1:] not in ("恃", "逞", "争", "图", "自", "富"):
            return "qiǎng"  # 强笑道, 不敢强他, 倚势强索: force, with an effort (强十倍, 强些 are qiáng)
        return None
    if char == "降":
        if (before in _YIELDING and (not after or after[:1] in PUNCTUATION or after in ("否", "者", "之", "于"))) or (
            after == "者" and (not before or before[-1:] in PUNCTUATION or before in ("愿", "不愿", "但", "其"))
        ):
            return "xiáng"  # 还肯降否, 数百人俱降。, 如何不降？, 降者无数: surrender (天降, 光降, 降了旨意 are jiàng)
        return None
    if char == "幢":
        if numeral(before) or before in ("多", "数"):
            return "zhuàng"  # 138幢古民居, 多幢建筑: the measure of buildings (幢幡 is chuáng, a banner)
        return None
    if char == "杠":
        return "gàng"  # 棚杠, 杠人, 开杠: a pole, a bar (gāng, a flagpole or footbridge, is of old books)
    if char == "掺":
        return "chān"  # 掺匀, 掺入: mix (càn is a drum tune of old)
    if char == "藉":
        return "jiè"  # 藉机, 藉此: by means of, as 借 (jí is in 狼藉, a word)
    if char == "晟":
        return "shèng"  # 李晟: splendour, in names (chéng is a place's and a surname's)
    if char == "炔":
        return "quē"  # 炔诺酮: alkyne (guì is a surname)
    if char == "当":
        if after[:1] in ("舖", "铺", "票", "典") or after in ("物", "物品") or before[-1:] in ("收", "质", "赎", "借"):
            return "dàng"  # 当舖, 收当物品, 和鸳鸯借当: pawn
        if (
            any(w in ("把", "拿") for w in earlier[1:4])
            and before not in PUNCTUATION
            and not numeral(before)
            and after[:1] not in _FACING
        ):
            return "dàng"  # 拿我当个人, 把我当人: treat as (the object between; 把他当胸推了一掌 is dāng, at;
            # 把个当槽儿的打死: 当 begins the object)
        if after == "是" and before in ("我", "你", "还", "只", "错", "原", "倒", "都", "只道"):
            return "dàng"  # 我当是谁, 你还当是先呢: thought it was
        return None
    if char == "伺":
        if after[:1] in ("候", "侯"):
            return "cì"  # 伺 候, 伺侯 (as 红楼梦 writes 伺候): wait upon, cìhou (alone 伺 is sì, watch: 伺察)
        return None
    if char == "相":
        if before in _MINISTER_AFTER or before == "拜" and (not after or after[:1] in PUNCTUATION or after[:1] == "回"):
            return "xiàng"  # 副相, 拜相: a minister (互相, 相看 are xiāng)
        return None
    if char == "几":
        if not numeral(before) and before not in DEGREE and after in ("为", "至", "欲", "无", "死", "不可", "不能"):
            return "jī"  # 几为抹杀, 几至: almost, in the written language (几乎 is a word)
        return None
    if char == "了":
        if before == "还" and after == "得":
            return "liǎo"  # 这还了得: 了得 liǎode, the idiom's end, not the aspect le
        return None
    if char == "结":
        if any(w in _FRUIT for w in later[:3]):
            return "jiē"  # 树上结了果子: bear fruit (结了婚, 结成 are jié)
        return None
    if char == "和":
        if after in ("诗", "韵") and before[-1:] not in _WRITING:
            return "hè"  # 和诗一首, 依韵和诗: write a poem in reply (题联和诗: and, between two kinds of writing)
        return None
    if char == "占":
        if any(w in _DIVINATION for w in later[:4]):
            return "zhān"  # 占一卦, 凡占此课: divine (a word after it that holds one, 占课时, is occupied)
        if after == "一" and later[1:2] == ["占"] and (later[2:3] == [] or later[2][:1] in PUNCTUATION):
            return "zhān"  # 与他家占一占。: divine (to occupy, zhàn, takes what is taken: 各占一样)
        return None
    if char == "中":
        if after[:1] in ASPECT:
            return "zhòng"  # 中了大奖: hit, win
        return None
    if char == "教":
        return "jiāo"  # alone it is the verb, teach (教育, 宗教, 请教 are words)
    if char == "只":
        if numeral(before):
            return "zhī"  # 一只猫: the measure word
        return "zhǐ"
    if char == "干":
        if before in DEGREE or before[-1:] in ("晒", "烤", "吹", "擦", "晾", "烘") or before in _BODY_DRY:
            return "gān"  # 很干, 晒干, 眼干, 口干舌燥: dry
        return None
    if char == "种":
        if numeral(before) or before in ("这", "那", "哪", "各", "某", "每", "此", "该", "多", "同", "本"):
            return "zhǒng"  # 这种, 一种: kind
        if after[:1] in ASPECT or after[:1] in ("下", "上", "满", "树", "花", "菜", "地", "田"):
            return "zhòng"  # 种了很多花, 种树: plant
        return None
    if char == "系":
        if after[:1] in ("好", "上", "紧", "住", "着", "鞋", "领"):
            return "jì"  # 系好安全带: tie
        return None
    if char == "转":
        if after[:1] in ("得", "着", "圈", "动", "悠") or "圈" in "".join(later[:3]):
            return "zhuàn"  # 转得很快, 转了一圈: turn round (转了个身 is zhuǎn)
        return None
    if char == "差":
        if before == "之":
            return "chā"  # 均值之差: the difference of two quantities
        if (after in PRONOUN or after == "人") and "".join(later[1:2])[:1] in ("来", "去", "送", "到", "往", "前"):
            return "chāi"  # 大爷差我来寻你: send on an errand (差你十块钱 is chà, short of)
        if before in ("来", "此", "官", "殴", "讨", "交", "听", "出", "公"):
            return "chāi"  # 犒赏来差, 讨了此差: a messenger, an errand
        return None
    if char == "削":
        return "xiāo"  # 削苹果: alone it is xiāo; xuē is for the compounds (剥削, 削弱), words of their own
    if char == "行":
        return "háng" if numeral(before) and _rows(before, after) else None
    if char == "待":
        if after[:1] in ("了", "在", "着", "过") or after[:1] == "会":
            return "dāi"  # 待了三天: stay
        return None
    if char == "薄":
        if before in DEGREE or after[:1] in ("的", "了"):
            return "báo"  # 很薄: thin, as a plain adjective
        return None
    if char == "量":
        if after[:1] in ASPECT or after[:1] in ("一", "体", "身", "好"):
            return "liáng"  # 量了体温, 量一量: measure (the verb)
        return None
    if char == "背":
        if after[:1] in ("起", "上", "着", "走", "包", "书", "回"):
            return "bēi"  # 背起书包: carry on the back
        return None
    if char == "尽":
        if after[:1] in ("着", "子", "早", "快", "先", "量", "可", "里", "底", "上", "下", "头", "前", "后"):
            return "jǐn"  # 尽着 (尽子), 尽早, 尽上头: the few words the 现代汉语词典 reads jǐn, and 最 before a place
        return "jìn"  # 未尽, 用尽: exhaust, to the end (jìn is the character's own reading)
    if char == "宁":
        if after[:1] in ("不", "死", "可", "愿", "肯", "为") and before[-1:] not in _PLACE_BEFORE_NING:
            return "nìng"  # 宁死不屈, 宁不: rather; how could (荣宁不甚差别: the house of 宁, níng)
        return None
    if char == "曲":
        if (
            numeral(before)
            or before[-1:] in ("唱", "歌", "奏", "弹", "谱", "作", "新", "名")
            or after[:1] in ("》", "子", "调", "牌", "谱", "词")
        ):
            return "qǔ"  # 这曲, 唱一曲, 嘶风曲》: a song or tune, counted, sung or named
        return None  # bent, qū (曲礼, 曲而不谄 in classical text), pypinyin's reading
    if char == "兴":
        if before[-1:] in ("无", "尽", "助", "乘", "扫", "败", "游", "雅", "豪", "诗", "酒"):
            return "xìng"  # 大家无兴, 尽兴: mood (after what loses or spends it; 有兴乎 is to flourish)
        return None
    if char == "地":
        if before in _ADVERBIAL or _doubled(before):
            return "de"  # 认真地, 紧密地, 慢慢地, 笑嘻嘻地, 欢欢喜喜地: the adverbial particle
        tail = "".join(reversed(earlier[:4]))  # the words before as written: a word may come cut in pieces
        if any(_doubled(tail[-n:]) for n in (4, 3)) or len(tail) >= 4 and tail[-4:] in cedict_readings():
            return "de"  # 恭恭敬敬地 (cut 恭, 恭敬, 敬), 和颜悦色地: a set phrase of manner before the verb
        return None
    return None


RULED = frozenset(
    "得长还为数觉重更着卷几结了中教只干种系转差削行待薄量背尽宁曲兴地和占传载率累切蒙相似伺处仆乐难调强降幢杠掺藉晟炔当"
)
"""The characters context_reading has a rule for (read_units asks it of these alone)."""


_GLUED_ASPECT = frozenset(("结了",))
"""Words jieba makes of a ruled verb and its aspect 了 that CC-CEDICT reads as an idiom of their
own (结了 jiéle, that's that, at a clause's end): followed by more of the clause, the verb is read
by its rule."""


_COUNTED_ROWS = frozenset(c + "行" for c in {*NUMERAL_END, *(w for w in COUNTING if len(w) == 1)})
"""A numeral (as _numeral reads one character) glued to 行, counted lines or a party (两行, 一行)."""
_WORDS_ASKED = RULED_WORDS | _GLUED_ASPECT | _COUNTED_ROWS
"""The words read_units asks a rule of (word_senses.word_reading's, then its own)."""


def _clause(units: Sequence[str], at: int, reach: int = 12) -> tuple[list[str], list[str]]:
    """The words of units[at]'s clause before it (nearest first) and after it, up to reach each
    way: a clause ends at punctuation."""
    earlier: list[str] = []
    for unit in reversed(units[max(at - reach, 0) : at]):
        if unit[:1] in PUNCTUATION:
            break
        earlier.append(unit)
    later: list[str] = []
    for unit in units[at + 1 : at + 1 + reach]:
        if unit[:1] in PUNCTUATION:
            break
        later.append(unit)
    return earlier, later


def read_units(units: Sequence[str], readings: Sequence[list[str]]) -> list[list[str]]:
    """The context rules over a sentence's words (units) and their first readings: a new list,
    the readings no rule changed shared with the one given."""
    out = list(readings)
    last = len(units) - 1
    for i, unit in enumerate(units):
        if i > 1 and units[i - 1] == "一" and units[i - 2] == unit and len(unit) == 1:
            out[i] = out[i - 2]  # 量一量, 想一想: the verb doubled, read as the first
        elif unit in RULED:
            # the clause only where a rule reads it: 着 (some 9,000 in 红楼梦) only before 人
            wide = unit in "为卷结还转地差占处长当" or unit == "着" and i < last and units[i + 1] == "人"
            earlier, later = _clause(units, i) if wide else ((), ())
            found = context_reading(unit, units[i - 1] if i else "", units[i + 1] if i < last else "", earlier, later)
            if found is not None:
                out[i] = [found]
        elif unit in _WORDS_ASKED:  # one lookup for the few words with a rule: most units have none
            before, after = units[i - 1] if i else "", units[i + 1] if i < last else ""
            if unit in _GLUED_ASPECT:
                earlier, later = _clause(units, i)
                if later:  # 结了很多苹果: the verb and its aspect (就结了。 is CC-CEDICT's 结了 jiéle, that's that)
                    found = context_reading(unit[0], before, "了", earlier, later)
                    if found is not None:
                        out[i] = [found, *out[i][1:]]
            elif unit in _COUNTED_ROWS:
                if _rows(before, after):
                    out[i] = [out[i][0], "háng"]  # 两行热泪, 排成两行 (一行人 is a party, xíng)
            else:
                words = word_reading(unit, before, after, *_clause(units, i))
                if words is not None:
                    out[i] = words
    return out

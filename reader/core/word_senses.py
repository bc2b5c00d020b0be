"""Words CC-CEDICT reads two ways, told apart by the words beside them (read_units asks
word_reading of the words in RULED_WORDS).

Most are words with a full tone in one sense and a light (neutral) tone in another: CC-CEDICT
heads 108 of them twice, the readings differing only by a neutral tone (精神 jing1 shen2 spirit /
jing1 shen5 vigour, 东西 dong1 xi1 east and west / dong1 xi5 thing). Without a rule the light one
is taken, the form the 现代汉语词典 prints for the everyday word (pinyin._everyday), except for
the words in FULL_TONE, whose everyday sense has the full tones (二十大精神 jīngshén, 说道
shuōdào said, 不是 bùshì is not). Each rule below reads the other sense from its neighbours: a
degree adverb before an adjective (很精神, 不大意), a numeral or household word before a noun (一户
人家), a noun of government after it (地方政府), the philosopher quoted (老子曰).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.core.neighbours import ASPECT, DEGREE, PRONOUN, clause_end, numeral

Rule = Callable[[str, str, Sequence[str], Sequence[str]], list[str] | None]
"""A word's rule: (before, after, earlier, later) → its other reading, or None."""


def _with_aspect(before: str, earlier: Sequence[str]) -> str:
    """The word before, with the verb an aspect particle follows (有了, 许了: jieba cuts them apart)."""
    return "".join(earlier[1:2]) + before if before in ASPECT else before


def _left(earlier: Sequence[str]) -> str:
    """The two words before, as written: a word no dictionary knows comes cut in pieces (打起精神:
    打, 起, 精神)."""
    return "".join(reversed(earlier[:2]))


def _right(later: Sequence[str]) -> str:
    """The two words after, as written (精神渐长: 精神, 渐, 长)."""
    return "".join(later[:2])


FULL_TONE = frozenset("土地 得罪 精神 说道 不是 女人 跟前 言语 大意 眉目 下水 冷战 开通 仁义 德行 当头 个头".split())
"""Words whose everyday sense is CC-CEDICT's full-tone reading, read so unless a rule below
finds the light-tone one: 土地 tǔdì the land (tǔdi the god of the place), 得罪 dézuì, 精神
jīngshén spirit (jīngshen vigour), 说道 shuōdào said (shuōdao the reason behind), 不是 bùshì is
not (búshi a fault), 女人 nǚrén a woman (nǚren a wife), 跟前 gēnqián in front of (gēnqian at one's
side, of children), 言语 yányǔ speech (yányu to speak), 大意 dàyì the gist (dàyi careless), 眉目
méimù the features (méimu a prospect), 下水 xiàshuǐ into the water, downstream (xiàshui offal),
冷战 lěngzhàn a cold war (lěngzhan a shiver), 开通 kāitōng to open (kāitong open-minded), 仁义
rényì benevolence and righteousness (rényi affable), 德行 déxíng virtue (déxing a disgrace),
当头 dāngtóu head-on (dàngtou a pledge), 个头 gètóu size (getóu, my foot!); CC-CEDICT's glosses.
Of the other light-tone words the light reading is the everyday one (东西 dōngxi a thing, 人家
rénjia others, 利害 lìhai fierce, 公道 gōngdao fair, 过去 guòqu gone over, 出来 chulai after a
verb)."""

_VIGOUR_BEFORE = frozenset(
    "打起 提起 打不起 提不起 振作 打 提 养 养着 养养 养足 打点 添 费 耗 有 无 实无 没 没有 来 来了 那么大 好大 多大 "
    "这么大 好 显得 多少 许多 心血".split()
)
"""What goes before 精神 jīngshen, vigour: verbs of rousing, keeping or spending it, its amount
(打起精神, 养着精神, 费了我多少精神, 没那么大精神, 显得精神)."""
_VIGOUR_AFTER = frozenset(
    "好 好些 略好 尚好 还好 短 短少 短了 长 日长 渐长 足 旺 健旺 不济 倦怠 耗散 减 稍减 减少 差 爽 一振 "
    "大振 复初 头 头儿 些 来 还 尚 略 渐 便 因此 实在 越发 比常".split()
)
"""What is said of 精神 jīngshen, vigour: it is good, short, grows, tires, and the adverbs before
such a predicate (精神短了, 精神渐长, 精神尚好, 精神便觉得好些); or 来 after 打起…精神."""
_OF_THE_MIND = frozenset(
    "上 文明 生活 病 病人 层面 世界 面貌 家园 财富 力量 动力 支柱 追求 需求 需要 食粮 状态 障碍 疾病 "
    "分裂 损害 损失 赔偿 压力 负担 内涵 实质 境界 风貌 产品 领域 文化 创伤 科 卫生 健康".split()
)
"""Nouns 精神 jīngshén, the mind or spirit, goes before (精神文明, 精神障碍, 精神上)."""


def _jingshen(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if after in _OF_THE_MIND:
        return None  # 精神文明, 精神障碍: the mind, the spirit
    amount = before == "的" and "".join(earlier[1:2]) in _VIGOUR_BEFORE  # 许多的精神
    if (
        after in _VIGOUR_AFTER
        or _right(later) in _VIGOUR_AFTER
        or before in _VIGOUR_BEFORE
        or _left(earlier) in _VIGOUR_BEFORE
        or before in DEGREE
        or amount
    ):
        return ["jīng", "shen"]  # 很精神, 打起精神来, 精神短了: vigour, lively (现汉 jīng·shen)
    return None  # 二十大精神, 宪法的精神: the spirit, the gist (现汉 jīngshén)


_COMPASS = frozenset(
    "南北 两 二 各 向 走向 长 宽 相距 距离 方向 延伸 两侧 两边 两岸 两端 两头 两面 两廊 两府 两院 "
    "厢 厢房 面 城 院 街 门 相对 对峙 横贯".split()
)
"""What follows 东西 dōngxī, east and west: a pair of sides, a direction, a span (东西两府,
东西各三里, 东西长, 东西面坐)."""


def _dongxi(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if (
        after in _COMPASS
        or after[:1] in frozenset("二两三四五六七八九十百千数")
        or before in ("南北", "横贯", "贯穿", "横跨")
    ):
        return ["dōng", "xī"]  # 东西两府, 东西三十里, 南北东西: east and west (a thing is dōngxi)
    return None


_HOUSEHOLD_OF = frozenset("户宦贵富穷贫庄农样等种")
"""Last characters of what a household is (小户人家, 官宦人家, 富贵人家, 这样人家, 那种人家)."""


def _renjia(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if (
        numeral(before)
        and before != "该"  # 该人家的: owe others (该 is this only in the written language)
        or before[-1:] in _HOUSEHOLD_OF
        or _with_aspect(before, earlier) in ("好", "书香", "读书", "清白", "体面", "有了", "许了", "已有", "许", "许配")
    ):
        return ["rén", "jiā"]  # 几户人家, 寻个人家, 有了人家, 咱们这样人家: a household (rénjia: others)
    return None


_LOCAL = frozenset(
    "政府 自治 法规 议会 机关 团体 税 财政 预算 官 官员 首长 行政 法院 选举 保护 特色 性 戏 志 "
    "各级 层级 制度 主义 部队 武装 财源 公职人员 民意代表 党委 人大 干部 经济 粮票".split()
)
"""What 地方 dìfāng (local, as against central) is said of: a noun of government after it."""


def _difang(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if after in _LOCAL or before in ("中央", "各", "各级", "本", "该", "省", "县", "市"):
        return ["dì", "fāng"]  # 地方政府, 中央及地方: local (现汉 dìfāng)
    return ["dì", "fang"]  # 这个地方, 紧要地方: a place (现汉 dì·fang)


_SOMEWHAT = frozenset("有 有些 有点 有点儿 带 带点 带有 带些 受 受到 会 能 可以 总 总有".split())
"""What 多少 duōshǎo, somewhat, more or less, goes before (多少有些, 多少带点)."""


def _duoshao(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if after in _SOMEWHAT and before not in ("有", "要", "给", "是", "了"):
        return ["duō", "shǎo"]  # 多少有些: somewhat (要多少有多少 asks how many, duōshao)
    return None


_AT_STAKE = frozenset(
    "关系 关系人 冲突 得失 攸关 相关 一致 与共 所在 之 轻重 而 者 之心 之间 不同 相同 相反 祸福 相权".split()
)
_WEIGHED = frozenset("权衡 晓以 陈 陈说 计较 不计 不顾 分析 比较 切身 共同 各方 审 明 辨 趋 避 计 较 言 论".split())
"""What 利害 lìhài, the gains and losses, stands with: 利害关系, 权衡利害 (fierce is lìhai)."""


def _lihai(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if after in _AT_STAKE or before in _WEIGHED:
        return ["lì", "hài"]  # 利害关系, 晓以利害: advantages and disadvantages
    return None


def _nvren(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if (
        before in PRONOUN
        and before not in ("大家", "谁", "们")
        or before in ("娶", "娶了", "讨", "讨了", "没得", "老婆")
    ):
        return ["nǚ", "ren"]  # 他女人, 娶了女人, 还没得女人: a wife (现汉 nǚ·ren; nǚrén, a woman)
    return None


def _shuodao(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before in ("有", "没", "没有", "个", "什么", "有什么", "没什么", "说道") or after == "说道":
        return ["shuō", "dao"]  # 有个说道, 说道说道: the reason behind, to talk over (说道： is shuōdào, said)
    return None


_FAULTED = frozenset("赔 陪 认 派 挑 告 寻 担 耽 赖 得 落".split())
"""Verbs 不是 búshi, a fault, is the object of (赔不是, 赔个不是, 寻了个不是, 担着不是, 耽不是, 落不是)."""
_HAVING = frozenset("有 没有 没 犯 干".split())
"""有不是, 没有不是, 犯了什么不是 at a clause's end: to be at fault (有不是的地方 is bùshì)."""
_SOME = frozenset("什么 多少 些 一些 大 一大些 点 一点 一个".split())
"""How much of a fault (有什么不是, 赔多少不是, 三分不是)."""
_PERSON_END = frozenset("爷娘太奶才人头子们婆姐妹哥嫂儿")
"""Last characters of the one whose fault it is (瑞大爷的不是, 奴才的不是, 传递人的不是)."""
_THEN = frozenset(("了", "呢", "罢", "吧", "么"))


def _bushi(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    around = [w.rstrip("一个了着") for w in (before, *earlier[1:3])]  # 寻 了 个, 担着, 犯了 什么
    verb = next((w for w in around if w and w not in _SOME), "")
    ends = clause_end(after) and after[:1] not in ("？", "?") or after in _THEN  # 是这个不是？ asks
    owner = "".join(earlier[1:2])
    owned = before == "的" and (owner in PRONOUN or owner[-1:] in _PERSON_END or not _FAULTED.isdisjoint(earlier[2:5]))
    counted = (
        before in _SOME
        or before.endswith("什么")  # 没什么不是
        or before[-1:] == "分"
        and numeral(before[:-1] or "".join(earlier[1:2]))  # 七分不是, 七 分 不是
    )
    if verb in _FAULTED or ends and (verb in _HAVING or verb[-1:] == "有" or owned or counted):
        return ["bú", "shi"]  # 赔个不是, 他有不是，, 都是我的不是。, 七分不是: a fault (is not is bùshì)
    return None


_PROCEEDINGS = frozenset("告发 自诉 起诉 自首 请求 上诉".split())
"""Steps at law 告诉 gàosù, a complaint, stands with (告诉、告发, 告诉及自诉)."""


def _gaosu(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    listed = after in ("及", "或", "与", "和") and "".join(later[1:2]) in _PROCEEDINGS
    if (
        after in ("乃论", "乃", "权", "期间")
        or before in ("提起", "撤回", "撤销", "未经", "依法", "合法", "之")
        or after == "的"
        and later[1:2] == ["才"]
        or listed
    ):
        return ["gào", "sù"]  # 告诉乃论, 撤回告诉, 之告诉及自诉: a complaint at law (tell is gàosu)
    return None


_PAST_AFTER = frozenset(
    "之 时 曾 曾经 一直 常 往往 所 很少 并未 未 不曾 几十年 多年 数年 那些 那种 那样 一段 相比 比较".split()
)
"""What follows 过去 guòqù, the past: an adverb of the past, a span of time (过去曾, 过去多年)."""
_PAST_BEFORE = frozenset("在 比 回顾 对比 较 不同于 像 如同 对于 于 其 之 告别 忘记 忘掉".split())
"""What goes before 过去, the past: a preposition or determiner of a noun (比过去, 适用于过去, 其过去),
or a verb it is the object of (回顾过去); 从过去, 跟过去 go over."""
_ALONGSIDE = frozenset("与 和 跟 同".split())
_COMPARED = frozenset("相比 比 比较 一样 相同 不同 对比 相较".split())
_SPAN = frozenset("年月天日周世代")


def _guoqu(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    span = (
        numeral(after)
        and after != "一"
        and "".join(later[1:2])[:1] in _SPAN
        or after[-1:] == "年"
        and numeral(after[:-1])
        or after == "一"
        and "".join(later[1:2])[:1] in frozenset("年个段")
    )
    noun = after == "的" and len(later) > 1 and not clause_end(later[1])  # 过去的事 (移居过去的。 went over)
    compared = before in _ALONGSIDE and not _COMPARED.isdisjoint(later[:4])  # 与过去相比 (跟过去 follows)
    if after in _PAST_AFTER or before in _PAST_BEFORE or span or noun or compared:
        return ["guò", "qù"]  # 过去五年, 比过去, 过去的事: the past (现汉 guòqù; gone over is guò·qu)
    return None


_STILL = frozenset(
    "又 才 就 便 刚 刚刚 忙 已 已经 都 也 不 没 没有 要 再 先 正 还 同 一同 一齐 亲自 连忙 急忙 赶忙 赶紧 "
    "立刻 随即 即刻 方 才要 便要 只得 只好 不肯 不敢 不能".split()
)
"""Adverbs, not verbs, before 出来: there it is the verb, chūlai, not a complement (走出来 chulai)."""
_MOVED = frozenset("引 哄 取 拉 放 撵 抢 送 带 领 拿 赶 扶 抬 搬 引逗 救 掏 揪 拖 挤".split())
"""Verbs of bringing someone or something out (引他出来, 放你出来): 出来 after their object is the
complement, ·chu·lai; after a verb of telling (叫他出来, 请他出来) it is his coming out, chūlai."""


def _chulai(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before in ("不", "没"):  # 拿不出来, 查不出来: the complement's potential form, after a verb
        verb = "".join(earlier[1:2])
        if verb and verb not in _STILL and verb not in PRONOUN and verb not in ("若", "如", "必", "却", "总"):
            return None
    if before in PRONOUN and _with_aspect("".join(earlier[1:2]), earlier[1:]).rstrip("了") in _MOVED:
        return None  # 引他出来, 抢了他出来: the complement of a verb of moving someone, its object between
    if clause_end(before) or before in PRONOUN or before in _STILL:
        return ["chū", "lai"]  # 他出来了, 都出来迎接: come out (现汉 chū//·lái; after a verb ·chū·lái)
    return None


_CHILDREN = frozenset("儿子 女儿 儿女 子女 孩子 一子 一女 子 女 儿 孙子 孙女".split())


def _genqian(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if after in ("有", "只有", "没有", "无", "并无", "就有", "还有") and any(w in _CHILDREN for w in later[1:4]):
        return ["gēn", "qian"]  # 他跟前只有一个女儿: at one's side, of children (in front of is gēnqián)
    return None


def _yanyu(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    denied = (
        before[-1:] in frozenset("不没别敢能休莫")
        or before[:1] in frozenset("不没别")  # 不许, 不必
        or "".join(earlier[1:2]) in ("不", "没", "别")  # 不 叫, 不 大 (cut apart)
    )
    if denied or before == "就" or after[:1] in frozenset("一了着过"):
        return ["yán", "yu"]  # 不言语, 不许言语, 言语一声: speak (现汉 yán·yu; words, speech are yányǔ)
    return None


_CARELESS = frozenset("粗心 一时 疏忽 别 千万 万万 切莫 莫 休 未免 过于 马虎 极 一点 有点 丝毫".split())


def _dayi(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if (
        before in DEGREE
        or before in _CARELESS
        or before[-1:] in frozenset("不别")
        or before[:1] in frozenset("不别")  # 不可, 不能, 别太
        or after[:1] in ("了", "失")
        or after == "不得"
    ):
        return ["dà", "yi"]  # 不可大意, 太大意了, 大意失荆州: careless (the gist is dàyì)
    return None


def _meimu(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if (
        _with_aspect(before, earlier) in ("有", "有了", "没", "没有", "已有", "有点", "有些", "点", "些")
        or after[:1] == "了"
    ):
        return ["méi", "mu"]  # 有了眉目: a prospect of success (the features are méimù)
    return None


def _xiashui(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before[-1:] in frozenset("猪羊牛鸡鸭鹅鱼") or after[:1] == "汤":
        return ["xià", "shui"]  # 猪下水: offal (into the water, downstream is xiàshuǐ)
    return None


_NOT_QUITE = frozenset("不 很 不大 不太 不很 不甚 挺 太 蛮 也不 都不 还不 就不 有些不 有点不 很不".split())


def _duitou(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before in _NOT_QUITE:
        return ["duì", "tóu"]  # 不对头, 很对头: right, as it should be (an opponent is duìtou)
    return None


def _lengzhan(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before[-1:] in ("打", "个", "颤") or before in ("打了", "打个", "打一个"):
        return ["lěng", "zhan"]  # 打了个冷战: a shiver (the Cold War is lěngzhàn)
    return None


def _kaitong(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before in DEGREE or before in ("极", "颇", "甚", "极其", "思想", "头脑", "脑筋"):
        return ["kāi", "tong"]  # 人是极开通: open-minded (to open a line is kāitōng)
    return None


def _renyi(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before in ("很", "挺", "怪", "真", "太", "蛮", "多", "够"):
        return ["rén", "yi"]  # 他很仁义: affable (benevolence and righteousness are rényì)
    return None


def _dexing(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before in ("这", "那", "这个", "那个", "这副", "那副", "瞧", "瞧你", "看你", "什么") or before[-1:] == "副":
        return ["dé", "xing"]  # 瞧你那德行: a disgrace (virtue is déxíng)
    return None


def _dangtou(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before[-1:] in ("做", "作", "押", "抵", "借", "把", "的", "个") or before in ("作为", "当作"):
        return ["dàng", "tou"]  # 把妻子做当头, 借当头, 一千两的当头: a pledge (当头一棒 is dāngtóu, head-on)
    return None


_JUSTICE_BEFORE = frozenset("主持 讨 讨个 讨还 讨回 难逃 逃 还 求 伸张 天理 自有 之 的".split())
_JUSTICE_AFTER = frozenset("自在 何在 在 难逃 昭彰".split())


def _gongdao(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before in _JUSTICE_BEFORE or after in _JUSTICE_AFTER:
        return ["gōng", "dào"]  # 主持公道, 难逃公道, 忠臣之公道, 公道自在人心: justice, a noun (fair is gōngdao)
    return None


def _shengyi(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if after in ("盎然", "勃勃", "蓬勃", "葱茏", "不穷", "无穷") or before in ("天地", "万物", "春"):
        return ["shēng", "yì"]  # 生意盎然, 天地生意: the force of life (business is shēngyi)
    return None


_SET_OUT_BEFORE = frozenset("精心 重新 如何 怎么 怎样 一一 打点".split())
"""Adverbs before 摆设 as the verb (精心摆设, 重新摆设)."""


def _baishe(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if after[:1] in frozenset("了着得在出起好上下") or before in _SET_OUT_BEFORE:
        return ["bǎi", "shè"]  # 摆设得整整齐齐: to set out (an ornament is bǎishe)
    return None


def _zaohua(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if before in ("天地", "自然", "大自然", "天公", "夺", "参", "巧夺", "宇宙") or after[:1] == "之" or after == "弄人":
        return ["zào", "huà"]  # 造化之功, 巧夺造化: nature, the creator (good luck is zàohua)
    return None


_TUNNEL_BEFORE = frozenset("挖 修 修筑 掘 挖掘 钻 钻进 躲进 进 进入 一条 条 这条 那条 几条 地下".split())
_TUNNEL_AFTER = frozenset("战 口 里 中 内 入口 出口 网 两侧".split())


def _didao(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if (
        before in _TUNNEL_BEFORE
        or _with_aspect(before, earlier).rstrip("了") in _TUNNEL_BEFORE
        or after in _TUNNEL_AFTER
    ):
        return ["dì", "dào"]  # 挖了一条地道, 躲进地道里, 地道战: a tunnel (authentic, 地道的北京话, is dìdao)
    return None


_LORDLY_AFTER = frozenset("作风 脾气 架子 派头 样 样子 做派 心态".split())


def _daye(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
    if after in _LORDLY_AFTER or before in ("当", "摆", "充", "装", "做"):
        return ["dà", "yé"]  # 大爷作风, 别在这儿当大爷: a self-important idler (uncle, sir is dàye)
    return None


_PHILOSOPHERS = frozenset("孔子 孟子 庄子 墨子 荀子 列子 管子 韩非子 老子 孙子 吴子 老聃 黄帝 杨朱".split())
_QUOTED = frozenset("曰 云 有言 所谓 之言 之道 之学 之说 道德经 兵法 》 思想 哲学 学说".split())


def _master(name: str) -> Rule:
    """老子, 孙子: the philosopher (Lǎozǐ, Sūnzǐ) quoted, named in a title or beside another."""

    def rule(before: str, after: str, earlier: Sequence[str], later: Sequence[str]) -> list[str] | None:
        beside = before in ("、", "与", "和", "及") and "".join(earlier[1:2]) in _PHILOSOPHERS
        if after in _QUOTED or before in ("《", "‧", "·") or before in _PHILOSOPHERS or beside:
            return [name, "zǐ"]  # 老子曰, 《孙子》, 孔子、老子: the philosopher (father, grandson: -zi)
        return None

    return rule


_RULES: dict[str, Rule] = {
    "精神": _jingshen,
    "东西": _dongxi,
    "人家": _renjia,
    "地方": _difang,
    "多少": _duoshao,
    "利害": _lihai,
    "女人": _nvren,
    "说道": _shuodao,
    "不是": _bushi,
    "告诉": _gaosu,
    "过去": _guoqu,
    "出来": _chulai,
    "跟前": _genqian,
    "言语": _yanyu,
    "大意": _dayi,
    "眉目": _meimu,
    "下水": _xiashui,
    "对头": _duitou,
    "冷战": _lengzhan,
    "开通": _kaitong,
    "仁义": _renyi,
    "德行": _dexing,
    "当头": _dangtou,
    "公道": _gongdao,
    "生意": _shengyi,
    "摆设": _baishe,
    "造化": _zaohua,
    "老子": _master("lǎo"),
    "孙子": _master("sūn"),
    "地道": _didao,
    "大爷": _daye,
}
"""The light-tone words with a rule, each a function of the words before and after it and the
rest of its clause (nearest first)."""


_PROPER = frozenset(
    "理由 事由 权益 权利 利益 行为 开支 手段 途径 程序 经营 竞争 要求 职业 关系 方式 目的 收入 交易 渠道 "
    "用途 业务 需要 需求 活动 防卫 工作 来源 性 化 的 。 ， ； 、".split()
)
"""What 正当 zhèngdàng (proper, lawful) is said of, or what ends it as a predicate."""


_FLAKE_OF = frozenset("碗 碎 瓦 薄 纸 铁 木 竹 肉 骨 石 锡 铜 玻璃".split())
"""What 片子 piànzi is a flake of (碗片子, 薄片子); a film is piānzi."""
_BEARS = frozenset("就 能 不能 会 不会 必 方 才 始 便 又 而 可 后来 然后 开花".split())
"""Modals and adverbs before 结实 as the verb, bear fruit (jiēshí): the adjective, sturdy
(jiēshi), follows a degree word or a complement's 得/的."""


_PLACE_AFTER = frozenset("区县市路门街镇乡村站桥支分医公")
"""What follows the name of a place, an office or a branch (朝阳区, 朝阳门, 朝阳支行, 朝阳公园)."""
_MEASURED = frozenset("约 为 达 的 超过 一 二 三 四 五 六 七 八 九 十 两 几 数 近".split())
"""What follows 总长 as a length: a figure, about, is, reaches."""


def word_reading(
    word: str, before: str, after: str, earlier: Sequence[str] = (), later: Sequence[str] = ()
) -> list[str] | None:
    """The reading of a word CC-CEDICT reads two ways, from the words beside it and the rest of
    its clause, nearest first (None: no rule)."""
    light = _RULES.get(word)
    if light is not None:
        return light(before, after, earlier, later)
    if word == "穿着":
        if before[-1:] == "的" or before in ("注意", "讲究", "在"):
            return ["chuān", "zhuó"]  # 他的穿着很朴素: attire, the noun CC-CEDICT gives
        return ["chuān", "zhe"]  # 他穿着一件红衣服: wearing
    if word == "大夫":
        if before[-1:] in ("请", "叫", "找", "看", "瞧", "个", "位", "的", "医") or after[:1] in "看给开瞧诊":
            return ["dài", "fu"]  # 请大夫, 大夫给他看病: a doctor (the official of old is dàfū)
        return None
    if word == "片子":
        if (
            before[-1:] in _FLAKE_OF
            or before[-1:] in ("爷", "官", "人")
            or before in PRONOUN
            or before in ("投", "递", "拿", "接")
        ):
            return ["piàn", "zi"]  # 碗片子: a flake; 大爷片子, 拿片子给他看: a visiting card (现汉 piànzi)
        return None  # 看片子, 拍片子: a film, piānzi, pypinyin's reading
    if word == "结实":
        if before in _BEARS or after[:1] in ("累", "之"):
            return ["jiē", "shí"]  # 就不能结实, 开花结实: bear fruit, a verb after a modal or adverb
        return None  # 很结实, 砌的不结实: sturdy, jiēshi
    if word == "朝阳":
        if after[:1] in _PLACE_AFTER or before[-1:] in ("市", "省", "区", "县", "京"):
            return ["cháo", "yáng"]  # 朝阳区, 朝阳门, 长春市朝阳支行: the places named Cháoyáng
        return None  # the morning sun, zhāoyáng (pypinyin's reading)
    if word == "总长":
        if after[:1].isdecimal() or after in _MEASURED or after[:1] in _MEASURED:
            return ["zǒng", "cháng"]  # 总长628公里, 总长约, 总长的5%: total length
        return None  # 交通总长: a minister, zǒngzhǎng, pypinyin's reading
    if word == "正当":
        if after in _PROPER or not after or before[-1:] in ("不", "无", "是", "属", "为", "欠", "很", "法"):
            return ["zhèng", "dàng"]  # 正当理由, 无正当理由, 不正当: proper, lawful (现汉 zhèngdàng)
        return ["zhèng", "dāng"]  # 正当三月中浣, 正当年: just at (a time), 现汉 zhèngdāng
    return None


RULED_WORDS = frozenset(("正当", "穿着", "大夫", "片子", "结实", "总长", "朝阳", *_RULES))
"""The words word_reading has a rule for."""

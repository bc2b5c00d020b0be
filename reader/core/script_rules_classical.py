"""More Simplified → Traditional context rules found on classical text (issue 27), kept apart
from script_rules.py, which applies them: CLASSICAL runs after script_rules.CLASSICAL in a
classical document, EVERY_MODE after script_rules.TRADITIONAL in every document, OLD_PRINT after
script_rules.OLD_PRINT in classical and old vernacular documents.

Each rule is (pattern, replacement, why), a same-length replacement like script_rules' own. Each
follows a collocation of the language, found from the errors of the development part of
eval/scripts (benchmarks/script_roundtrip.py --split dev) and tested in
tests/core/test_script_rules_classical.py on sentences from other sources.
"""

from __future__ import annotations

EVERY_MODE = (
    (
        r"諮(?![詢商議訪謀])",
        "咨",
        "咨, the official communication (咨文, 咨請, 咨兵部): 諮 only in 諮詢, 諮商, 諮議 'consult'",
    ),
    (
        r"準(?=[議從投欽鈞揭照]|兵部)",
        "准",
        "准 'approve, received' in official writing (准議, 准從, 准投首, 准欽差…揭帖, 准兵部咨); 準 'standard'",
    ),
    (r"幹(?=[脯糗餱])", "乾", "乾 'dried' in 乾脯, 乾糗 (dried meat, dry rations): 幹 is 'trunk, do'"),
    (r"幹(?=果)|幹(?<=[梨棗檎蕉柿杏]幹)", "乾", "乾 'dried' of fruit: 乾果, 梨乾, 棗乾, 林檎乾"),
    (
        r"只(?<=[一二三四五六七八九十兩數幾]只)(?=[，。、；：！？）」』\n])",
        "隻",
        "隻, the measure word, after a numeral closing a clause (船二隻，碗三五隻。): 只 'only' comes before",
    ),
    (r"捲(?<=[》〉]捲)", "卷", "卷 'volume' after a title (《疏證》卷上, 《史記》卷二): 捲 is 'roll up'"),
    (
        r"谷(?=[豆堆粟麥食])|谷(?<=[稻糧粱黍雜新嘉桑足粟]谷)",
        "穀",
        "穀 'grain' beside another grain or in 新穀, 嘉穀, 稻穀, 粱穀, 粟穀, 足穀, 穀食; 谷 is 'valley'",
    ),
    (r"發(?<=髡發)", "髮", "髮 'hair' after 髡 'shave the head' (髡髮左衽): 髡 takes no 發 'issue'"),
)

# 雲 'cloud' after these (飛雲, 連雲, 拂雲, 棲雲, 輕雲, 殘雲, 無雲): script_rules' classical 云
# 'say' rule does not know them
_CLOUD_BEFORE = "飛連拂棲瞻無排凌干穿入輕流彤絳紅殘薄晴愁寒"
CLASSICAL = (
    (
        rf"云(?<=[{_CLOUD_BEFORE}]云)",
        "雲",
        "文言: 雲 'cloud' after 飛/連/拂/輕/殘/無 … (飛雲之狀, 連雲大廈, 輕雲之蔽月)",
    ),
    (r"云(?=[騎滃])", "雲", "文言: 雲騎 (the cavalry guard), 雲滃 'clouds gathering'"),
    (r"云(?=、)", "雲", "文言: 云 'say' never stands before 、: a name or a place in a list (張雲、劉蛻, 雲、貴)"),
    (
        r"云(?<=如云)(?=[，；。！])",
        "雲",
        "文言: 如雲 'like clouds' closing a clause (詞鋒如雲；); 如云 'as it says' leads a quotation",
    ),
    (
        r"征(?<=無征)(?=[，。；：！？也矣不])|征(?<=之征)(?=[也耶矣歟])",
        "徵",
        "文言: 無徵 'without evidence' (無徵不信) and X之徵也 'the sign of X'; 之征 closing a clause"
        " is as often the levy (關市之征，力役之征。)",
    ),
    (
        r"[系係](?=[於乎焉])|系(?<=繩系)",
        "繫",
        "文言: 繫 'tie, hang on' (繫於, 得失繫焉, 以繩繫); OpenCC has 繫獄, 拘繫; 系 'lineage' (世系)",
    ),
    (
        r"幹(?=[符寧封亨祐卦坤])|幹(?<=遇幹)|幹(?<=《幹)(?=》)",
        "乾",
        "文言: 乾 in the era names 乾符, 乾寧, 乾封 …, the trigram (遇乾, 《乾》, 乾卦)",
    ),
    (
        r"彩(?=[段帛幄])|彩(?<=[錦繒]彩)|彩(?=結)(?<![張光色]彩)",
        "綵",
        "文言: 綵 'coloured silk' (綵段, 綵帛, 錦綵, 綵結); 彩 'colour, brilliance'",
    ),
    (
        r"餘(?=一人)(?<!其餘)|餘(?<=[，。；：！？」』]餘)(?=[敢從收唯惟讀歎])",
        "余",
        "文言: 余 'I' in 余一人 (the king's word) and leading a clause before 敢/從/收/唯/讀 (余敢, 余唯利是視)",
    ),
    (r"征(?=君)", "徵", "文言: 徵君, a scholar summoned to court"),
    (
        r"征(?=見|不[起至就赴])|征(?<=[催追苛]征)",
        "徵",
        "文言: 徵 'summon' refused (屢徵不起, 徵不至, 徵見), 'levy' pressed (催徵, 追徵, 苛徵) and 'sign'"
        " appearing (徵見於外): 征 'march on' neither is refused nor is pressed",
    ),
    (
        r"系(?<=[存興]亡系|安危系|去就系|成敗系|得失系|禍福系|輕重系)",
        "繫",
        "文言: 繫 'hang upon' after what hangs (天下之存亡繫兩字, 去就繫, 安危繫): 系 'lineage' is no verb",
    ),
    (
        r"鐘(?<=[一二三四五六七八九十百數]鐘)(?![鼓聲樓磬鳴銘])",
        "鍾",
        "文言: 鍾, the measure of grain, after a numeral (食敵一鍾，當吾二十鍾); 鐘 'bell' (鐘鼓, 鐘聲)",
    ),
    (
        r"谷(?<![山峽溪河川深幽空巖峰]谷)(?=[價祿貴賤]|不?熟|不登)",
        "穀",
        "文言: 穀 'grain' priced, paid or harvested (穀價, 穀貴, 穀賤, 穀祿, 穀不熟, 五穀不登): a valley is"
        " none. Classical only: modern 峰谷價, 谷價 are the off-peak price",
    ),
    (r"御(?<=莫之御)", "禦", "文言: 莫之禦 'none can stop it' (莫之禦而不仁)"),
    (r"蹠(?!骨)", "跖", "文言: 跖, the robber of 盜跖 (蹠骨, the bone, is anatomy)"),
    (
        r"搜(?<=[春秋大]搜)(?![查捕索尋羅集刮括])|搜(?=[田狩苗獮])|搜(?<=[為曰]搜)(?=[，。；、])",
        "蒐",
        "文言: 蒐, the hunt and the review of troops (春蒐, 秋曰蒐, 以蒐田, 大蒐于紅); 搜 'search' (搜索, 大搜捕)",
    ),
    (
        r"鐘(?<=[所獨萬千]鐘)|鐘(?=馗)",
        "鍾",
        "文言: 鍾 'gather' (所鍾, 獨鍾), the measure of grain and salary (萬鍾, 千鍾), 鍾馗",
    ),
    (
        r"籲(?<!呼籲)(?![請求天])",
        "吁",
        "文言: 吁, the sigh (吁！, 吁嗟) and in names (州吁); 籲 only 'appeal' (呼籲, 籲請, 籲天)",
    ),
    (r"幹(?=[戚譽])", "干", "文言: 干戚 'shield and axe', 干譽 'seek a name'"),
    (
        r"幹(?=之?以私)(?<![才能骨主樹材精]幹)",
        "干",
        "文言: 干 'approach, importune' with private requests (不可干以私, 莫敢干之以私); 幹 'ability' (才幹)",
    ),
    (r"屍(?<=不屍)", "尸", "文言: 不尸 'not lying like a corpse, not presiding' (寢不尸)"),
    (
        r"御(?<=[能可]御)(?=[之也者，。；！])|御(?=[暴寇敵侮災蠻]|流寇|大災)",
        "禦",
        "文言: 禦 'ward off' (孰能禦之, 莫之能禦也, 不可禦者, 禦暴, 禦寇); 御 'drive, serve, imperial'",
    ),
    (
        r"穀(?=[神風])|穀(?<=[川溪深幽空峽巖]穀)",
        "谷",
        "文言: 谷 'valley' in 谷神, 谷風 (the east wind of 詩經) and after 川/溪/深/幽 (川谷); 穀 'grain'",
    ),
    (
        r"奸(?<=[作詰糾紏]奸)|奸(?=[宄慝回])",
        "姦",
        "文言: 姦 'villainy' (作姦犯科, 詰姦, 姦宄); 奸 'treacherous' (奸臣, 漢奸)",
    ),
    (
        r"面(?=[飯條粉餅筋糊麴食])|面(?<=[麥豆膾燠]面)",
        "麵",
        "文言: 麵 'flour, noodles' by its food neighbours (麵飯, 麵食, 麥麵); 面 'face' elsewhere",
    ),
    (
        r"里(?=[面邊])|里(?<=[靜浪霧]里)",
        "裡",
        "文言: 裡 'inside' in 裡面, 裡邊 and after 靜/浪/霧 (靜裡, 浪裡); 里 'village, li' elsewhere",
    ),
)

CLASSICAL += (
    (
        r"僕(?<=[而不顛僵踣]僕)(?=[，。；！？」』]|於?地)",
        "仆",
        "文言: 仆 'fall' (失聲而仆, 抱松不仆, 僵仆於地); 僕 'servant, I'",
    ),
    (r"幾(?<=[隱憑香]幾)", "几", "文言: 几 'low table' (隱几而坐, 憑几, 香几); 幾 'how many, almost'"),
    (
        r"系(?<=[可所]系)(?=者)|系(?=[之此])(?<![世譜帝宗族支派嫡正直旁體]系)|系(?<=以[日月時事]系)(?=[日月時年])",
        "繫",
        "文言: 繫 'attach to, tie' with an object or 者 (無年可繫者, 繫之, 繫此, 以事繫日，以日繫月);"
        " 系 'lineage' in 世系之, 譜系之",
    ),
    (
        r"(?<![然而以之其前先最])後(?=[杼芬芒泄洩荒槐緡])",
        "后",
        "文言: 后, the sovereigns of 夏 (后杼, 后芬, 后芒, 后泄, 后荒, 后槐) and 后緡, 后相's queen",
    ),
    (r"后(?=王)(?<![皇太夏]后)", "後", "文言: 後王 'the later kings' (法後王); 后 'queen' in 皇后, 太后"),
    (r"慄(?<=[恂齋寬嘉]慄)", "栗", "文言: 栗 'solemn' of the classics (恂栗, 齋栗, 寬而栗); 戰慄, 慄慄 keep 慄"),
    (r"複(?<=三複)", "復", "文言: 三復 'go over again and again' (三復斯言, 三復白圭)"),
    (r"姜(?=[豉蝦])|姜(?<=[糟瓜]姜)", "薑", "文言: 薑 'ginger' among foods (薑豉, 糟薑, 瓜薑); 姜 the surname"),
)

OLD_PRINT = (
    (
        r"誌(?=[》〉])",
        "志",
        "志 'record' closing a title (《三國志》, 《括地志》, 《墓志》): older print's titles write 志",
    ),
    (r"鑒(?<=通鑒)", "鑑", "通鑑, the title (資治通鑑, 通鑑外紀), as it is printed: older print writes 鑒 elsewhere"),
)

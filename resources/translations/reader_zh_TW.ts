<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="171" />
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="187" />
        <source>&amp;Import Annotations…</source>
        <translation>匯入標註(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="195" />
        <source>&amp;Export Annotations…</source>
        <translation>匯出標註(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="203" />
        <source>Reattach &amp;Notes…</source>
        <translation>重新關聯筆記(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="210" />
        <source>Copy Annotations as &amp;Markdown</source>
        <translation>以 Markdown 複製標註(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="217" />
        <source>&amp;Close Tab</source>
        <translation>關閉標籤頁(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="225" />
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="233" />
        <source>Export as P&amp;DF…</source>
        <translation>匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="241" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="249" />
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="258" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="264" />
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="268" />
        <source>&amp;Find…</source>
        <translation>查詢(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="274" />
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="279" />
        <source>Find &amp;Next</source>
        <translation>查詢下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="287" />
        <source>Find Pre&amp;vious</source>
        <translation>查詢上一個(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="303" />
        <source>Select &amp;Word</source>
        <translation>選擇詞語(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="311" />
        <source>Select &amp;Sentence</source>
        <translation>選擇句子(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="319" />
        <source>Treat as &amp;One Word</source>
        <translation>視為一個詞(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="325" />
        <source>&amp;Look Up Word</source>
        <translation>查詞(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="333" />
        <source>Look Up Under the &amp;Mouse</source>
        <translation>滑鼠停留時查詞(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="340" />
        <source>Add to Voca&amp;bulary</source>
        <translation>加入生詞本(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="347" />
        <source>&amp;Highlight Selection</source>
        <translation>高亮所選內容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="26" />
        <source>Highlight &amp;Yellow</source>
        <translation>黃色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="27" />
        <source>Highlight &amp;Green</source>
        <translation>綠色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="28" />
        <source>Highlight &amp;Blue</source>
        <translation>藍色高亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="29" />
        <source>Highlight &amp;Pink</source>
        <translation>粉色高亮(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="30" />
        <source>Highlight Purpl&amp;e</source>
        <translation>紫色高亮(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="70" />
        <source>Highlight in {colour}</source>
        <translation>用{colour}高亮</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="71" />
        <source>Highlight in {colour} (key {keys})</source>
        <translation>用{colour}高亮（按鍵 {keys}）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="79" />
        <source>New from Clipboard</source>
        <translation>從剪貼簿新建</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="469" />
        <source>Focus Next Pan&amp;e</source>
        <translation>下一個窗格(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="510" />
        <source>Ne&amp;xt Script</source>
        <translation>切換簡繁(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="14" />
        <source>Traditional: OpenCC Stan&amp;dard</source>
        <translation>繁體：OpenCC 標準(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="15" />
        <source>Traditional: Tai&amp;wan</source>
        <translation>繁體：臺灣(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="549" />
        <source>Show &amp;Over the Text</source>
        <translation>在文字上方顯示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="557" />
        <source>&amp;Pinyin</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="565" />
        <source>&amp;Zhuyin (注音)</source>
        <translation>注音(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="573" />
        <source>&amp;Tone Colours</source>
        <translation>按聲調著色(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="628" />
        <source>Reset &amp;Zoom</source>
        <translation>恢復原始大小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="636" />
        <source>Sectio&amp;n Tree</source>
        <translation>章節樹(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="668" />
        <source>&amp;Reset Reading Progress</source>
        <translation>重置閱讀進度(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="698" />
        <source>Split Sid&amp;e by Side</source>
        <translation>並排分屏(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="706" />
        <source>Scroll To&amp;gether by Section</source>
        <translation>按章節同步滾動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="821" />
        <source>&amp;Library</source>
        <translation>文庫(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="777" />
        <source>Add &amp;Files to Library…</source>
        <translation>將檔案加入文庫(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="784" />
        <source>Add F&amp;older to Library…</source>
        <translation>將資料夾加入文庫(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="357" />
        <source>&amp;Underline Selection</source>
        <translation>為所選內容加下劃線(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="179" />
        <source>New from Clip&amp;board</source>
        <translation>從剪貼簿新建(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="295" />
        <source>Pr&amp;eferences…</source>
        <translation>首選項(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="366" />
        <source>&amp;Note…</source>
        <translation>筆記(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="375" />
        <source>&amp;Comment Without Highlight…</source>
        <translation>不加高亮的批註(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="383" />
        <source>Con&amp;firm Moved Highlight</source>
        <translation>確認移動的高亮(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="390" />
        <source>&amp;Remove Highlight</source>
        <translation>刪除高亮(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="399" />
        <source>Next &amp;Highlight</source>
        <translation>下一處高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="407" />
        <source>Previous H&amp;ighlight</source>
        <translation>上一處高亮(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="415" />
        <source>&amp;Next Section</source>
        <translation>下一節(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="423" />
        <source>&amp;Previous Section</source>
        <translation>上一節(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="431" />
        <source>Next Section, One Level Fine&amp;r</source>
        <translation>下一節（細一級）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="438" />
        <source>Previous Section, One &amp;Level Finer</source>
        <translation>上一節（細一級）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="445" />
        <source>&amp;Go To…</source>
        <translation>轉到(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="453" />
        <source>&amp;Back</source>
        <translation>後退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="461" />
        <source>&amp;Forward</source>
        <translation>前進(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="476" />
        <source>Focus Previous P&amp;ane</source>
        <translation>上一個窗格(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="483" />
        <source>&amp;Original Script (原文)</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="492" />
        <source>&amp;Simplified (简体)</source>
        <translation>簡體(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="501" />
        <source>&amp;Traditional (繁體)</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="16" />
        <source>Traditional: Taiwan with Taiwanese &amp;Phrases</source>
        <translation>繁體：臺灣（含臺灣用語）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="17" />
        <source>Traditional: &amp;Hong Kong</source>
        <translation>繁體：香港(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="580" />
        <source>&amp;System Language</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="588" />
        <source>&amp;English</source>
        <translation>English(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="596" />
        <source>简体中文 (&amp;C)</source>
        <translation>簡體中文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="604" />
        <source>繁體中文 (&amp;T)</source>
        <translation>繁體中文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="612" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="620" />
        <source>Zoom O&amp;ut</source>
        <translation>縮小(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="644" />
        <source>&amp;Annotations Panel</source>
        <translation>標註面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="652" />
        <source>&amp;Key Terms Panel</source>
        <translation>關鍵詞面板(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="660" />
        <source>Vo&amp;cabulary Panel</source>
        <translation>生詞本面板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="675" />
        <source>&amp;Unfold</source>
        <translation>展開(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="682" />
        <source>Unfold &amp;All</source>
        <translation>全部展開(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="689" />
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="714" />
        <source>Next Ta&amp;b</source>
        <translation>下一個標籤頁(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="721" />
        <source>Pre&amp;vious Tab</source>
        <translation>上一個標籤頁(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="728" />
        <source>Compare &amp;With…</source>
        <translation>與…比較(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="735" />
        <source>&amp;Next Change</source>
        <translation>下一處修改(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="742" />
        <source>&amp;Previous Change</source>
        <translation>上一處修改(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="749" />
        <source>&amp;Fold Unchanged Sections</source>
        <translation>摺疊未改動的部分(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="757" />
        <source>&amp;Export Comparison…</source>
        <translation>匯出比較結果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="763" />
        <source>&amp;Close Comparison</source>
        <translation>關閉比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="769" />
        <source>&amp;Show Library</source>
        <translation>顯示文庫(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="791" />
        <source>&amp;Watch Folder…</source>
        <translation>監視資料夾(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="798" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="806" />
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="811" />
        <source>&amp;About Reader</source>
        <translation>關於研讀(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="815" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="816" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="817" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="818" />
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="819" />
        <source>&amp;Annotate</source>
        <translation>標註(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="820" />
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="822" />
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="827" />
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="826" />
        <source>Pin&amp;yin</source>
        <translation>拼音(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="882" />
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="883" />
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="887" />
        <source>Underline</source>
        <translation>下劃線</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="888" />
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="889" />
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="146" />
        <source>No highlights yet.

Select a passage in the text (drag with the mouse, or press {word} for the word at the caret, {sentence} for its sentence), then press {highlight} to highlight it, {colours} for a colour, {underline} to underline it or {note} to write a note.

Your highlights are listed here by section; {next} and {previous} go from one to the next in the text.</source>
        <translation>還沒有高亮。

在正文中選取一段文字（用滑鼠拖選，或按 {word} 選取游標處的詞、按 {sentence} 選取所在的句子），然後按 {highlight} 高亮，按 {colours} 選顏色，按 {underline} 加下劃線，按 {note} 寫筆記。

高亮按章節列在這裡；{next} 和 {previous} 在正文中逐個跳轉。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="167" />
        <location filename="../../reader/gui/annotation_dock.py" line="183" />
        <source>Annotations</source>
        <translation>標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="174" />
        <source>Filter quotes and notes (either script)</source>
        <translation>篩選引文和筆記（簡繁皆可）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="175" />
        <source>Filter annotations</source>
        <translation>篩選標註</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="37" />
        <source>Change highlight</source>
        <translation>更改高亮</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="40" />
        <source>Select a passage first (W selects a word, S a sentence).</source>
        <translation>請先選擇一段文字（W 選擇詞語，S 選擇句子）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="43" />
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="84" />
        <source>No word at the caret: select a passage first (W selects a word, S a sentence).</source>
        <translation>游標處沒有詞：請先選擇一段文字（W 選擇詞語，S 選擇句子）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="92" />
        <source>Add note</source>
        <translation>新增筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="106" />
        <source>Edit note</source>
        <translation>編輯筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="113" />
        <source>Remove highlight</source>
        <translation>刪除高亮</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="128" />
        <source>No highlight is waiting to be checked.</source>
        <translation>沒有等待核對的高亮。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="131" />
        <source>Confirm place</source>
        <translation>確認位置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="145" />
        <source>No more highlights in this direction.</source>
        <translation>這個方向上沒有更多高亮了。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="154" />
        <source>These annotations are read-only: {reason}.</source>
        <translation>這些標註是隻讀的：{reason}。</translation>
    </message>
</context>
<context>
    <name>AnnotationExchange</name>
    <message>
        <location filename="../../reader/gui/exchange.py" line="47" />
        <source>Not found in the current text</source>
        <translation>在當前文字中未找到</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="48" />
        <source>no colour</source>
        <translation>無顏色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="49" />
        <source>underline</source>
        <translation>下劃線</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="52" />
        <source>{colour}</source>
        <translation>{colour}標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="53" />
        <source>{colour}, {underline}</source>
        <translation>{colour}{underline}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="54" />
        <source>{source}</source>
        <translation>來原始檔：{source}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="55" />
        <source> · </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="56" />
        <source>quotes converted to {script} from the original {original}</source>
        <translation>引文由原文{original}轉換為{script}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="57" />
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="58" />
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="93" />
        <source>None of the annotations is in the chosen scope and colours: nothing was exported.</source>
        <translation>所選範圍和顏色中沒有標註，未匯出任何內容。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="100" />
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="104" />
        <source>Exported {n} annotations to {path}</source>
        <translation>已將 {n} 條標註匯出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="104" />
        <source>Exported 1 annotation to {path}</source>
        <translation>已將 1 條標註匯出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="122" />
        <source>{title} notes</source>
        <translation>{title}學習筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="122" />
        <source>notes</source>
        <translation>學習筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="135" />
        <source>This document has no annotations yet, so there is nothing to export.</source>
        <translation>本文件還沒有任何標註，沒有可匯出的內容。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="141" />
        <source>Export Annotations</source>
        <translation>匯出標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="172" />
        <source>Annotations copied as Markdown.</source>
        <translation>已以 Markdown 格式複製標註。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="182" />
        <source>Import Annotations</source>
        <translation>匯入標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="184" />
        <source>Annotation files (*.json);;All files (*)</source>
        <translation>標註檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="205" />
        <source>These annotations were made on another document:
{sources}

Import them into this one?</source>
        <translation>這些標註是在另一份文件上做的：
{sources}

要匯入到這份文件嗎？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="215" />
        <source>Cannot import annotations</source>
        <translation>無法匯入標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="202" />
        <location filename="../../reader/gui/exchange.py" line="219" />
        <source>Import annotations</source>
        <translation>匯入標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="45" />
        <source>{year}-{month:02}-{day:02} {hour:02}:{minute:02}</source>
        <translation>{year}年{month}月{day}日 {hour:02}:{minute:02}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="222" />
        <source>Annotations imported</source>
        <translation>標註已匯入</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="224" />
        <source>{added} added, {updated} updated, {unchanged} already present, {orphaned} not found in the text.</source>
        <translation>新增 {added} 條，更新 {updated} 條，已存在 {unchanged} 條，{orphaned} 條在文字中未找到。</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../reader/models/annotation_model.py" line="70" />
        <source>Not found in the current text</source>
        <translation>在當前文字中未找到</translation>
    </message>
    <message>
        <location filename="../../reader/models/annotation_model.py" line="71" />
        <source>moved, please check</source>
        <translation>已移動，請核對</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/app.py" line="78" />
        <source>Reader met an unexpected error. Your annotations were saved; the details below are also in {log}.</source>
        <translation>研讀遇到意外錯誤。您的標註已儲存；以下詳細資訊也已寫入 {log}。</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="83" />
        <source>Reader met an unexpected error. Your annotations could not be saved; the details below are also in {log}.</source>
        <translation>研讀遇到意外錯誤。您的標註未能儲存；以下詳細資訊也已寫入 {log}。</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="182" />
        <source>The language changes once the annotations can be saved.</source>
        <translation>標註能夠儲存之後才會切換語言。</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="216" />
        <source>Opening…</source>
        <translation>正在開啟…</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="250" />
        <source>Reader cannot use its data folder {folder} ({reason}). Highlights and notes made now are kept in {fallback} and will not be found by the next start.</source>
        <translation>研讀無法使用資料資料夾 {folder}（{reason}）。現在做的高亮和筆記儲存在 {fallback}，下次啟動時不會找到。</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../reader/models/change_model.py" line="18" />
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="19" />
        <source>removed</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="20" />
        <source>reworded</source>
        <translation>改寫</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="21" />
        <source>moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="22" />
        <source>renumbered</source>
        <translation>編號變動</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="23" />
        <source>punctuation</source>
        <translation>標點</translation>
    </message>
</context>
<context>
    <name>ClipboardDocument</name>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="17" />
        <source>the clipboard holds binary data (a NUL character), not text</source>
        <translation>剪貼簿裡是二進位制資料（含 NUL 字元），不是文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="20" />
        <source>the clipboard holds more text than a document may have ({limit} MB)</source>
        <translation>剪貼簿裡的文字超過了一份文件的上限（{limit} MB）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="23" />
        <source>the clipboard's text holds characters that cannot be saved</source>
        <translation>剪貼簿裡的文字含有無法儲存的字元</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="51" />
        <source>The clipboard holds no text to read.</source>
        <translation>剪貼簿中沒有可閱讀的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="54" />
        <source>Nothing was saved: {reason}. The clipboard still holds it; paste it into a text editor to see it.</source>
        <translation>沒有儲存：{reason}。剪貼簿裡的內容還在，可以貼上到文字編輯器裡檢視。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="62" />
        <source>Could not save the pasted document: {error}</source>
        <translation>無法儲存貼上的文件：{error}</translation>
    </message>
</context>
<context>
    <name>CompareDock</name>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="143" />
        <location filename="../../reader/gui/compare_dock.py" line="167" />
        <location filename="../../reader/gui/compare_dock.py" line="203" />
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="148" />
        <source>Comparing…</source>
        <translation>正在比較…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="151" />
        <source>Show changes</source>
        <translation>顯示修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="152" />
        <source>All changes</source>
        <translation>全部修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="161" />
        <source>All but punctuation</source>
        <translation>除標點外的全部修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="185" />
        <source>New and dropped terms</source>
        <translation>新增和刪去的詞語</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="190" />
        <source>Figures that changed</source>
        <translation>變動的數字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="192" />
        <source>Subject</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="192" />
        <source>Before</source>
        <translation>原</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="192" />
        <source>After</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="204" />
        <source>Figures</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="205" />
        <source>Terms</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="207" />
        <source>&amp;Note This Change</source>
        <translation>為此修改加筆記(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="209" />
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="327" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="328" />
        <source>dropped</source>
        <translation>刪去</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="329" />
        <source>more</source>
        <translation>增多</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="330" />
        <source>fewer</source>
        <translation>減少</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../reader/gui/comparing.py" line="69" />
        <source>Comparing {a} with {b}…</source>
        <translation>正在比較《{a}》與《{b}》…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="99" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="101" />
        <source>{a} → {b}: {counts}</source>
        <translation>{a} → {b}：{counts}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="102" />
        <source>no changes</source>
        <translation>沒有修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="142" />
        <source>The comparison failed: {error}</source>
        <translation>比較失敗：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="172" />
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="173" />
        <source>No changes.</source>
        <translation>沒有修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="174" />
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="175" />
        <source>Section in A</source>
        <translation>原文部分</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="176" />
        <source>Section in B</source>
        <translation>新文部分</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="177" />
        <source>Terms</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="178" />
        <source>Term</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="179" />
        <source>Words</source>
        <translation>詞數</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="180" />
        <source>New in B</source>
        <translation>新文新增</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="181" />
        <source>Dropped from A</source>
        <translation>原文刪去</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="182" />
        <source>More or fewer in B</source>
        <translation>新文增多或減少</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="183" />
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="184" />
        <source>Figures</source>
        <translation>數字變動</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="185" />
        <source>Subject</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="186" />
        <source>No figure changed.</source>
        <translation>沒有數字變動。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="187" />
        <source>Texts</source>
        <translation>全文對照</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="188" />
        <source>characters</source>
        <translation>字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="189" />
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="190" />
        <source>Before</source>
        <translation>修訂前</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="191" />
        <source>After</source>
        <translation>修訂後</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="195" />
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="196" />
        <source>changed</source>
        <translation>有修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="227" />
        <source>⋯ 1 unchanged section ⋯</source>
        <translation>⋯ 1 個未改動的部分 ⋯</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="228" />
        <source>⋯ {count} unchanged sections ⋯</source>
        <translation>⋯ {count} 個未改動的部分 ⋯</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="243" />
        <source>That was the last change.</source>
        <translation>這已是最後一處修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="243" />
        <source>That was the first change.</source>
        <translation>這已是第一處修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="244" />
        <source>The two versions have no changes.</source>
        <translation>兩個版本之間沒有修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="251" />
        <source>{kind}: “{old}” → “{new}”</source>
        <translation>{kind}：「{old}」→「{new}」</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="255" />
        <source>Note this change</source>
        <translation>為此修改加筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="256" />
        <source>The change is noted.</source>
        <translation>已為此修改加筆記。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="276" />
        <source>Export Comparison</source>
        <translation>匯出比較結果</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="278" />
        <source>Web page (*.html);;Markdown (*.md);;JSON (*.json);;Word old | new table (*.docx)</source>
        <translation>網頁 (*.html);;Markdown (*.md);;JSON (*.json);;Word 新舊對照表 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="284" />
        <source>Exporting the comparison…</source>
        <translation>正在匯出比較結果…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="296" />
        <source>Could not save {path}: {error}</source>
        <translation>無法儲存 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="292" />
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
</context>
<context>
    <name>DataFolderWatch</name>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="52" />
        <source>The data folder {folder} is gone (moved or deleted?). Nothing is written anywhere else: your notes, reading progress and settings are kept and saved there once it is back.</source>
        <translation>資料資料夾 {folder} 不見了（被移動或刪除了？）。不會寫到別處：你的筆記、閱讀進度和設定都會保留，待它恢復後儲存到其中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="82" />
        <source>The data folder is back: what was kept meanwhile is saved in it.</source>
        <translation>資料資料夾已恢復：期間保留的內容已儲存到其中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="99" />
        <source>Reading progress and settings not saved</source>
        <translation>閱讀進度和設定未儲存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="101" />
        <source>The data folder {folder} is gone (moved or deleted?), so your latest reading progress and settings could not be saved in it.

Put it back and try again, or quit and lose them?</source>
        <translation>資料資料夾 {folder} 不見了（被移動或刪除了？），最近的閱讀進度和設定無法儲存到其中。

請把它放回原處再試，或退出並放棄這些更改？</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="48" />
        <source>Open Document</source>
        <translation>開啟文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="17" />
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="18" />
        <source>Text files</source>
        <translation>文字檔案</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="19" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="20" />
        <source>Web pages</source>
        <translation>網頁</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="21" />
        <source>Word documents</source>
        <translation>Word 文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="22" />
        <source>PDF documents</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="23" />
        <source>EPUB books</source>
        <translation>EPUB 電子書</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="39" />
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="61" />
        <source>Compare “{title}” With…</source>
        <translation>選擇與「{title}」比較的文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="75" />
        <source>About Reader</source>
        <translation>關於研讀</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="76" />
        <source>&lt;h3&gt;Reader 研讀 {version}&lt;/h3&gt;&lt;p&gt;A study reader for Chinese documents: read, mark passages, write notes and hand them on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;研讀 Reader {version}&lt;/h3&gt;&lt;p&gt;中文文獻研讀器：閱讀、標註段落、撰寫筆記並與他人分享。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../reader/gui/document_view.py" line="47" />
        <source>Document text</source>
        <translation>文件正文</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="55" />
        <location filename="../../reader/gui/export_dialog.py" line="177" />
        <source>Export Annotations</source>
        <translation>匯出標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="60" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="61" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV（電子表格）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="62" />
        <source>HTML page</source>
        <translation>HTML 網頁</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="63" />
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON（W3C Web Annotation）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="64" />
        <source>Word document</source>
        <translation>Word 文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="65" />
        <source>PDF (the whole document, as printed)</source>
        <translation>PDF（整篇文件，與列印一致）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="70" />
        <source>Study notes (宋体, 黑体 headings)</source>
        <translation>學習筆記（宋體正文，黑體標題）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="71" />
        <source>Official document (GB/T 9704: 仿宋, 小标宋 title)</source>
        <translation>公文（GB/T 9704：仿宋正文，小標宋標題）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="76" />
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="83" />
        <source>All annotations</source>
        <translation>全部標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="84" />
        <source>Current section</source>
        <translation>當前章節</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="85" />
        <source>Only those with notes</source>
        <translation>僅含筆記的標註</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="97" />
        <source>No colour</source>
        <translation>無顏色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="102" />
        <source>Include the &amp;whole text</source>
        <translation>包含全文(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="105" />
        <source>The document's text with the highlights on it, not only the quotes; in a Word document the notes become numbered footnotes.</source>
        <translation>匯出帶有高亮的文件全文，而不只是引文；在 Word 文件中，筆記成為帶編號的腳註。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="109" />
        <source>Begin with a su&amp;mmary table</source>
        <translation>開頭附統計表（學習筆記）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="110" />
        <source>How many highlights of each colour each section holds, before the quotes.</source>
        <translation>在引文之前列出每一節各顏色的高亮數。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="115" />
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="119" />
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="120" />
        <source>S&amp;tyle:</source>
        <translation>樣式(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="121" />
        <source>&amp;Script:</source>
        <translation>簡繁(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="122" />
        <source>S&amp;cope:</source>
        <translation>範圍(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="123" />
        <source>Co&amp;lours:</source>
        <translation>顏色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="126" />
        <source>F&amp;ile:</source>
        <translation>檔案(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="23" />
        <source>&amp;Find:</source>
        <translation>查詢(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="26" />
        <source>Find text</source>
        <translation>查詢文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="27" />
        <source>Search in either script: 学习 or 學習</source>
        <translation>簡繁皆可搜尋：學習 或 學習</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="33" />
        <source>Previous (Shift+Enter)</source>
        <translation>上一個（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="34" />
        <source>Next (Enter)</source>
        <translation>下一個（Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="35" />
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="64" />
        <source>No match</source>
        <translation>無匹配</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../../reader/gui/find_controller.py" line="75" />
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_controller.py" line="143" />
        <source>1 place: click the mark to go there</source>
        <translation>共 1 處：點選標記即可跳轉</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_controller.py" line="144" />
        <source>{count} places: click a mark to go there</source>
        <translation>共 {count} 處：點選標記即可跳轉</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../reader/gui/fonts.py" line="15" />
        <source>No installed font covers Chinese, so the text shows as boxes. Install one, for example: sudo apt install fonts-noto-cjk (Debian, Ubuntu) or sudo dnf install google-noto-sans-cjk-fonts (Fedora), then restart Reader.</source>
        <translation>系統中沒有可顯示中文的字型，文字會顯示為方框。請安裝一種中文字型，例如：sudo apt install fonts-noto-cjk（Debian、Ubuntu）或 sudo dnf install google-noto-sans-cjk-fonts（Fedora），然後重新啟動研讀。</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="18" />
        <source>“{typed}” is not a place to go to. Type an article (第1165条), a chapter (第八十回, 80), an item (（三）), a page of a PDF (p. 12, 第12页) or a percentage (50%).</source>
        <translation>「{typed}」不是可以轉到的位置。請輸入條（第1165條）、回或章（第八十回、80）、項（（三））、PDF 的頁碼（p. 12、第12頁）或百分比（50%）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="25" />
        <source>This document has no pages (only a PDF has): try a percentage, such as 50%.</source>
        <translation>本文件沒有頁碼（只有 PDF 有）：請試試百分比，例如 50%。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="34" />
        <source>This document has 1 page.</source>
        <translation>本文件共 1 頁。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="35" />
        <source>This document has {count} pages.</source>
        <translation>本文件共 {count} 頁。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="37" />
        <source>No heading numbered “{typed}” in this document.</source>
        <translation>本文件中沒有編號為「{typed}」的標題。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="47" />
        <source>Go To</source>
        <translation>轉到</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="50" />
        <source>Article, chapter, item, page or percentage:</source>
        <translation>條、回/章、項、頁碼或百分比：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="54" />
        <source>Where to go</source>
        <translation>轉到何處</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="63" />
        <source>Go</source>
        <translation>轉到</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../../reader/gui/palette.py" line="21" />
        <source>yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="22" />
        <source>green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="23" />
        <source>blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="24" />
        <source>pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="25" />
        <source>purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../reader/gui/history_chart.py" line="73" />
        <source>「{query}」 per 10,000 characters, by year</source>
        <translation>「{query}」每萬字出現次數，按年份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_chart.py" line="107" />
        <source>{year}: {count} in {used} of 1 document, {rate} per 10,000 characters</source>
        <translation>{year}年：1 個文件中 {used} 個出現，共 {count} 次，每萬字 {rate} 次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_chart.py" line="108" />
        <source>{year}: {count} in {used} of {documents} documents, {rate} per 10,000 characters</source>
        <translation>{year}年：{documents} 個文件中 {used} 個出現，共 {count} 次，每萬字 {rate} 次</translation>
    </message>
</context>
<context>
    <name>KeyTermModel</name>
    <message>
        <location filename="../../reader/models/keyterm_model.py" line="47" />
        <source>{term}: {count} times</source>
        <translation>{term}：出現 {count} 次</translation>
    </message>
    <message>
        <location filename="../../reader/models/keyterm_model.py" line="47" />
        <source>{term}: once</source>
        <translation>{term}：出現 1 次</translation>
    </message>
</context>
<context>
    <name>KeyTermsDock</name>
    <message>
        <location filename="../../reader/gui/keyterms_dock.py" line="15" />
        <source>Key Terms</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyterms_dock.py" line="20" />
        <source>Key terms</source>
        <translation>關鍵詞</translation>
    </message>
</context>
<context>
    <name>KeyTermsPanel</name>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="27" />
        <source>Key terms against the library</source>
        <translation>相對文庫的關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="29" />
        <source>Choose a document to see its key terms.</source>
        <translation>選擇一個文件以檢視其關鍵詞。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Term</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Here</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Elsewhere</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="42" />
        <source>Click a term to search the library for it.</source>
        <translation>點選詞語即在文庫中檢索。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="58" />
        <source>Finding the key terms…</source>
        <translation>正在查詢關鍵詞…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="79" />
        <source>No term stands out: the document is too short or like the rest.</source>
        <translation>沒有突出的詞語：文件太短，或與其他文件相近。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="83" />
        <source>The key terms could not be found: {reason}</source>
        <translation>無法找出關鍵詞：{reason}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/models/library_model.py" line="35" />
        <source>  (file missing)</source>
        <translation>（檔案不見了）</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="36" />
        <source>dated by the document</source>
        <translation>日期取自文件</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="37" />
        <source>dated by its file</source>
        <translation>日期取自檔案</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="38" />
        <source>{thousands}k characters</source>
        <translation>{wan} 萬字</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="39" />
        <source>1 character</source>
        <translation>1 字</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="40" />
        <source>{count} characters</source>
        <translation>{count} 字</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="43" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="45" />
        <source>Web page</source>
        <translation>網頁</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="68" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="69" />
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="70" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="71" />
        <source>Size</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="72" />
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="73" />
        <source>Read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="74" />
        <source>Last read</source>
        <translation>上次閱讀</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="75" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="217" />
        <source>Document / section</source>
        <translation>文件 / 章節</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="218" />
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="219" />
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="220" />
        <source>After</source>
        <translation>後文</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="255" />
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="256" />
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="257" />
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="258" />
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="259" />
        <source>Changed</source>
        <translation>修改時間</translation>
    </message>
</context>
<context>
    <name>LibraryRemover</name>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="28" />
        <source>Remove from Library</source>
        <translation>從文庫中移除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="47" />
        <source>1 document removed from the library (its file and notes are kept).</source>
        <translation>已從文庫中移除 1 個文件（其檔案和筆記都保留）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="48" />
        <source>{n} documents removed from the library (their files and notes are kept).</source>
        <translation>已從文庫中移除 {n} 個文件（其檔案和筆記都保留）。</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPage</name>
    <message>
        <location filename="../../reader/gui/library_search.py" line="78" />
        <source>Search every document, in either script</source>
        <translation>檢索所有文件（簡繁皆可）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="131" />
        <source>Counting…</source>
        <translation>正在計數…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="139" />
        <source>{occurrences} in {documents} ({shown} shown)</source>
        <translation>{documents}中{occurrences}（顯示 {shown} 處）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="140" />
        <source>1 occurrence</source>
        <translation>出現 1 次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="140" />
        <source>{n} occurrences</source>
        <translation>出現 {n} 次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="141" />
        <source>1 document</source>
        <translation>1 個文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="141" />
        <source>{n} documents</source>
        <translation>{n} 個文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="147" />
        <source>Searching…</source>
        <translation>正在檢索…</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../reader/gui/library_view.py" line="56" />
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="76" />
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="78" />
        <source>Search</source>
        <translation>檢索</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="86" />
        <source>Notebook</source>
        <translation>筆記本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="107" />
        <location filename="../../reader/gui/library_view.py" line="123" />
        <source>Library list: {news}.</source>
        <translation>文庫列表：{news}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="133" />
        <source>The library's catalogue was damaged: it is set aside as {name} and built again from your documents and notes (none is lost)…</source>
        <translation>文庫目錄已損壞：已另存為 {name}，正在根據您的文件和筆記重建（不會丟失任何內容）…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="136" />
        <source>The library's catalogue was missing: building it again from your documents and notes…</source>
        <translation>文庫目錄丟失，正在根據您的文件和筆記重建…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="150" />
        <source>Filter by title or path (either script)</source>
        <translation>按標題或路徑篩選（簡繁皆可）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="152" />
        <source>Add Files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="153" />
        <source>Add Folder…</source>
        <translation>加入資料夾…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="154" />
        <source>Watch Folder…</source>
        <translation>監視資料夾…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="170" />
        <source>Not tagged: {reason}</source>
        <translation>未加標籤：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="174" />
        <source>Not removed: {reason}</source>
        <translation>未移除：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="218" />
        <source>The library could not be read: {reason}</source>
        <translation>無法讀取文庫：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="259" />
        <source>{n} documents</source>
        <translation>{n} 個文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="259" />
        <source>1 document</source>
        <translation>1 個文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="260" />
        <source>{shown} of {n} documents</source>
        <translation>{n} 個文件中的 {shown} 個</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="260" />
        <source>{shown} of 1 document</source>
        <translation>1 個文件中的 {shown} 個</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="273" />
        <source>{n} files missing (their notes kept)</source>
        <translation>{n} 個檔案不見了（筆記保留）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="273" />
        <source>1 file missing (its notes kept)</source>
        <translation>1 個檔案不見了（筆記保留）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="288" />
        <source>Add Files to the Library</source>
        <translation>將檔案加入文庫</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="294" />
        <source>Add a Folder to the Library</source>
        <translation>將資料夾加入文庫</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="302" />
        <source>Watch a Folder for the Library</source>
        <translation>為文庫監視資料夾</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="307" />
        <source>Watching {folder}: looking for documents…</source>
        <translation>正在監視 {folder}：查詢文件…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="315" />
        <source>watched folders not found: {folders}</source>
        <translation>找不到所監視的資料夾：{folders}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="321" />
        <source>Looking for documents…</source>
        <translation>正在查詢文件…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="328" />
        <source>Indexing {done} of {total}: {name}</source>
        <translation>正在索引第 {done} 個，共 {total} 個：{name}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="343" />
        <source>{n} documents in the library</source>
        <translation>文庫中有 {n} 個文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="343" />
        <source>1 document in the library</source>
        <translation>文庫中有 1 個文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="344" />
        <source>{shown} of {n} documents in the library</source>
        <translation>文庫 {n} 個文件中的 {shown} 個</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="344" />
        <source>{shown} of 1 document in the library</source>
        <translation>文庫 1 個文件中的 {shown} 個</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="348" />
        <source>{n} could not be read: {reasons}</source>
        <translation>{n} 個無法讀取：{reasons}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="100" />
        <source>Main</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/launch_messages.py" line="38" />
        <source>Some settings in {file} could not be used and were reset to their defaults: {keys}.</source>
        <translation>{file} 中有些設定無法使用，已恢復為預設值：{keys}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/opening.py" line="287" />
        <source>Cannot open document</source>
        <translation>無法開啟文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/opening.py" line="289" />
        <source>Cannot open documents</source>
        <translation>無法開啟這些文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/follow_current.py" line="81" />
        <source> (read-only annotations)</source>
        <translation>（標註唯讀）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="18" />
        <source>Your words (Treat as One Word) from another computer were merged in from {files}.</source>
        <translation>已從 {files} 合併另一臺電腦上的自定詞語（視為一個詞）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="24" />
        <source>{file} holds lines that are not words; those that are were read. The file is kept as it is beside the next one written ({file}.damaged).</source>
        <translation>{file} 中有些行不是詞語；是詞語的行已讀入。下次寫入時，原檔案會原樣保留在旁邊（{file}.damaged）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="39" />
        <source>{file}: a copy of the settings left by a sync tool could not be read ({reason}). It is kept as it is.</source>
        <translation>{file}：同步工具留下的設定副本無法讀取（{reason}）。它會原樣保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="46" />
        <source>{file}: another computer's settings, left by a sync tool. The place and script of a document read there were taken in; where both computers set something, this one's is kept. The copy is kept as it is.</source>
        <translation>{file}：同步工具留下的另一臺電腦的設定。已取入在那裡讀過的 1 個文件的位置和文字；兩臺電腦都設定過的專案保留本機的。該副本原樣保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="52" />
        <source>{file}: another computer's settings, left by a sync tool. The place and script of {count} documents read there were taken in; where both computers set something, this one's is kept. The copy is kept as it is.</source>
        <translation>{file}：同步工具留下的另一臺電腦的設定。已取入在那裡讀過的 {count} 個文件的位置和文字；兩臺電腦都設定過的專案保留本機的。該副本原樣保留。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../reader/gui/message_bar.py" line="21" />
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="15" />
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="20" />
        <source>&amp;Note (Ctrl+Enter saves, Esc cancels):</source>
        <translation>筆記（Ctrl+Enter 儲存，Esc 取消）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="23" />
        <source>Note text</source>
        <translation>筆記內容</translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="73" />
        <source>Every colour</source>
        <translation>所有顏色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="88" />
        <source>Text in the passage or the note (either script)</source>
        <translation>段落或筆記中的文字（簡繁皆可）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="93" />
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="119" />
        <source>No notes yet.

The highlights and notes of every document you read are gathered here. In a document, select a passage and press {highlight} to highlight it or {note} to write a note; it is listed here, and a row opens its document at the passage.</source>
        <translation>還沒有筆記。

你讀過的每個文件的高亮和筆記都彙集在這裡。在文件中選取一段文字，按 {highlight} 高亮，按 {note} 寫筆記；它會列在這裡，點一行即可開啟文件並轉到該段落。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="130" />
        <source>Every document</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="166" />
        <source>No note matches these filters.

There is 1 note in all: choose Every document, Every colour or an earlier date, or clear the text, to see it again.</source>
        <translation>沒有符合這些篩選條件的筆記。

共有 1 條筆記：選擇「所有文件」「所有顏色」或更早的日期，或清除文字，即可再次看到它。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="171" />
        <source>No note matches these filters.

There are {count} notes in all: choose Every document, Every colour or an earlier date, or clear the text, to see them again.</source>
        <translation>沒有符合這些篩選條件的筆記。

共有 {count} 條筆記：選擇「所有文件」「所有顏色」或更早的日期，或清除文字，即可再次看到它們。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="189" />
        <source>No notes are shown, so there is nothing to export.</source>
        <translation>沒有顯示任何筆記，沒有可匯出的內容。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="196" />
        <source>Word document (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="235" />
        <source>Exported 1 note to {path}</source>
        <translation>已將 1 條筆記匯出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="235" />
        <source>Exported {n} notes to {path}</source>
        <translation>已將 {n} 條筆記匯出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="189" />
        <location filename="../../reader/gui/notebook_view.py" line="200" />
        <source>Export Notes</source>
        <translation>匯出筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="212" />
        <source>notes</source>
        <translation>學習筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="215" />
        <source>{title} notes</source>
        <translation>{title}學習筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="224" />
        <source>Notebook</source>
        <translation>筆記本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="75" />
        <source>no colour</source>
        <translation>無顏色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="232" />
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
</context>
<context>
    <name>OpenErrors</name>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="13" />
        <source>The file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="14" />
        <source>This is a folder, not a document.</source>
        <translation>這是一個資料夾，不是文件。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="15" />
        <source>The file is too large: Reader opens documents of up to {limit} MB.</source>
        <translation>檔案太大：研讀可開啟不超過 {limit} MB 的文件。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="18" />
        <source>The file unpacks to far more than a document holds ({detail}); Reader refuses it.</source>
        <translation>這個檔案解壓後遠超一份文件應有的大小（{detail}），Reader 拒絕開啟。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="21" />
        <source>You are not allowed to read this file.</source>
        <translation>您沒有讀取此檔案的許可權。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="22" />
        <source>This is not a text file: it holds binary data.</source>
        <translation>這不是文字檔案：其中含有二進位制資料。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="23" />
        <source>This is a device or a pipe, not a file: Reader opens only regular files.</source>
        <translation>這是裝置或管道，不是檔案：研讀只開啟普通檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="26" />
        <source>The text is in none of the encodings Reader reads (UTF-8, UTF-16, GB18030, Big5).</source>
        <translation>文字的編碼不在研讀支援的範圍內（UTF-8、UTF-16、GB18030、Big5）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="29" />
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="30" />
        <source>The file is damaged and cannot be read.</source>
        <translation>檔案已損壞，無法讀取。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="31" />
        <source>The file is protected by a password or DRM; Reader opens only unprotected files.</source>
        <translation>檔案受密碼或數字版權保護；研讀只能開啟未加保護的檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="34" />
        <source>This PDF has no text layer: its pages are scanned images. Make a searchable PDF with OCR first (for example with ocrmypdf).</source>
        <translation>此 PDF 沒有文字層：其頁面是掃描影象。請先用 OCR 生成可搜尋的 PDF（例如使用 ocrmypdf）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="38" />
        <source>Reader found no article on this web page (only menus, links or scripts).</source>
        <translation>研讀在此網頁上沒有找到正文（只有選單、連結或指令碼）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="41" />
        <source>This is an older Word file (.doc); save it as .docx in Word or LibreOffice.</source>
        <translation>這是舊版 Word 檔案（.doc）；請在 Word 或 LibreOffice 中另存為 .docx。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="50" />
        <source>{file}

{reason}</source>
        <translation>{file}

{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="58" />
        <source>{count} files could not be opened:</source>
        <translation>{count} 個檔案無法開啟：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="66" />
        <source>{file}: 1 damaged character could not be read in {encoding} and is shown as �.</source>
        <translation>{file}：有 1 個字元已損壞，無法按 {encoding} 讀取，顯示為 �。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="69" />
        <source>{file}: {count} damaged characters could not be read in {encoding} and are shown as �.</source>
        <translation>{file}：有 {count} 個字元已損壞，無法按 {encoding} 讀取，顯示為 �。</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../reader/models/outline_model.py" line="41" />
        <source>Document information</source>
        <translation>文件資訊</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="42" />
        <source>Site</source>
        <translation>來源網站</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="43" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="44" />
        <source>Subtitle</source>
        <translation>副標題</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="45" />
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="46" />
        <source>Date and source</source>
        <translation>日期與出處</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="47" />
        <source>Heading</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="48" />
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="49" />
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="50" />
        <source>Item</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="51" />
        <source>Editor</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="221" />
        <source>Key terms: {terms}</source>
        <translation>關鍵詞：{terms}</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="223" />
        <source>Read</source>
        <translation>已讀</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/gui/preferences.py" line="29" />
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="34" />
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="35" />
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="36" />
        <source>Sepia</source>
        <translation>護眼（米黃）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="37" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="66" />
        <source>Indent the first line by two characters</source>
        <translation>段首縮排兩個字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="74" />
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="76" />
        <source>Show full-width punctuation beside Chinese (display only)</source>
        <translation>中文旁的半形標點顯示為全形（僅影響顯示）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="78" />
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="79" />
        <source>&amp;Font:</source>
        <translation>字型(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="80" />
        <source>&amp;Size:</source>
        <translation>字號(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="81" />
        <source>&amp;Line spacing:</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="82" />
        <source>&amp;Paragraph spacing (lines):</source>
        <translation>段距（行）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="84" />
        <source>Line &amp;width (characters):</source>
        <translation>行寬（字數）(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="45" />
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="47" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="56" />
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="64" />
        <source>Could not write the PDF</source>
        <translation>無法寫入 PDF</translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="25" />
        <source>The share of the text that has been on screen as long as reading it takes; read sections are ticked in the Sections panel.</source>
        <translation>在螢幕上停留到足以讀完的文字所占的比例；讀過的部分在「章節」面板中打勾。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="55" />
        <source>Read {share}%</source>
        <translation>已讀 {share}%</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="83" />
        <source>Could not save the reading progress: {error}</source>
        <translation>無法儲存閱讀進度：{error}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="29" />
        <source>&amp;Look in:</source>
        <translation>查詢範圍(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="30" />
        <source>Files of &amp;type:</source>
        <translation>檔案型別(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../reader/gui/script_switch.py" line="148" />
        <source>Could not convert the document: {error}</source>
        <translation>無法轉換文件：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_jobs.py" line="38" />
        <source>The analysis process is not available ({reason}): the window analyses the document itself, and may answer slowly until it is done.</source>
        <translation>分析程序不可用（{reason}）：視窗將自行分析文件，完成之前可能響應較慢。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_analysis.py" line="115" />
        <source>Reading the pinyin…</source>
        <translation>正在標註拼音…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/save_notice.py" line="22" />
        <source>Could not save the annotations: {error}. Your changes are kept and saved as soon as writing works again.</source>
        <translation>無法儲存標註：{error}。您的修改仍保留在記憶體中，一旦可以寫入就會儲存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/save_notice.py" line="33" />
        <source>Annotations saved.</source>
        <translation>標註已儲存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="18" />
        <source>Select the characters that make one word first.</source>
        <translation>請先選擇構成一個詞的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="25" />
        <source>Could not save your words: {error}</source>
        <translation>無法儲存您的詞語：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="33" />
        <source>“{word}” is one word from now on.</source>
        <translation>「{word}」今後視為一個詞。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="35" />
        <source>“{word}” is no longer one word.</source>
        <translation>「{word}」不再視為一個詞。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading.py" line="317" />
        <source>No word at the caret.</source>
        <translation>游標處沒有詞。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="21" />
        <source>Reading progress from another computer was merged in from {files}.</source>
        <translation>已從 {files} 合併另一臺電腦上的閱讀進度。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="27" />
        <source>{file}: a copy of the reading progress left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}：同步工具留下的閱讀進度副本無法讀取（{reason}）。沒有從中合併任何內容；它會原樣保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="36" />
        <source>The reading-progress file was damaged ({reason}). It was kept aside as {backup}; the reading progress of this document starts afresh.</source>
        <translation>閱讀進度檔案已損壞（{reason}）。已另存為 {backup}；此文件的閱讀進度重新開始。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="42" />
        <source>The reading-progress file was damaged ({reason}) and could not be kept aside; it is left as it is and the reading progress is not saved.</source>
        <translation>閱讀進度檔案已損壞（{reason}），且無法另存；它保持原樣，閱讀進度不會儲存。</translation>
    </message>
</context>
<context>
    <name>ReattachController</name>
    <message>
        <location filename="../../reader/gui/reattach.py" line="58" />
        <source>The annotation file was damaged ({reason}). It was kept aside as {backup}; Reader starts with no highlights for this document.</source>
        <translation>標註檔案已損壞（{reason}）。原檔案已另存為 {backup}；本文件將從無標註狀態開始。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="65" />
        <source>The annotations of this document were saved by a newer version of Reader. They are shown read-only and the file is left untouched.</source>
        <translation>本文件的標註由更新版本的研讀儲存。現以唯讀方式顯示，檔案不會被改動。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="70" />
        <source>This document's notes were found on a copy it was moved from ({source}) and attached.</source>
        <translation>在本文件移動前的副本（{source}）上找到了它的筆記，已關聯。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="77" />
        <source>Notes are shown read-only: {reason}. Nothing you change here can be saved until the folder can be written.</source>
        <translation>筆記以唯讀方式顯示：{reason}。在該資料夾可寫之前，這裡的任何修改都無法儲存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="86" />
        <source>{count} annotation records could not be read. They are kept unchanged in {file}.</source>
        <translation>有 {count} 條標註記錄無法讀取，已原樣保留在 {file} 中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="97" />
        <source>The text has changed: a highlight was moved and is marked “moved, please check” in the annotation panel.</source>
        <translation>文字已改動：1 處高亮被移動，在標註面板中標為「已移動，請核對」。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="100" />
        <source>The text has changed: {count} highlights were moved and are marked “moved, please check” in the annotation panel.</source>
        <translation>文字已改動：{count} 處高亮被移動，在標註面板中標為「已移動，請核對」。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="119" />
        <source>Notes from another computer were merged in from {files}: {added} added, {changed} changed, {deleted} deleted.</source>
        <translation>已從 {files} 合併另一臺電腦的筆記：新增 {added} 條，修改 {changed} 條，刪除 {deleted} 條。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="135" />
        <source>{file}: a copy left by a sync tool was saved by a newer version of Reader. Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}：同步工具留下的副本由更新版本的 Reader 儲存。其中的內容均未合併，檔案已原樣保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="139" />
        <source>{file}: a copy left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}：同步工具留下的副本無法讀取（{reason}）。其中的內容均未合併，檔案已原樣保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="153" />
        <source>Attach notes?</source>
        <translation>關聯筆記？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="158" />
        <source>This note was made on {title} at another place ({path}), on a text {percent}% like this one. Attach it to this document?</source>
        <translation>這條筆記是在別處的《{title}》（{path}）上做的，該文字與本文件有 {percent}% 相似。要關聯到這份文件嗎？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="161" />
        <source>These {count} notes were made on {title} at another place ({path}), on a text {percent}% like this one. Attach them to this document?</source>
        <translation>這 {count} 條筆記是在別處的《{title}》（{path}）上做的，該文字與本文件有 {percent}% 相似。要關聯到這份文件嗎？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="182" />
        <source>Cannot attach notes</source>
        <translation>無法關聯筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="204" />
        <source>Reattach Notes</source>
        <translation>重新關聯筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="205" />
        <source>Every annotation file belongs to a document that is still where it was.</source>
        <translation>每個標註檔案所屬的文件都還在原處。</translation>
    </message>
</context>
<context>
    <name>ReattachDialog</name>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="17" />
        <source>Reattach Notes</source>
        <translation>重新關聯筆記</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="23" />
        <source>Notes whose documents cannot be found, and notes made on a text like this one. Attach one to the open document:</source>
        <translation>以下筆記找不到所屬文件，或是在與本文相似的文字上所作。選擇一份關聯到當前文件：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Notes</source>
        <translation>筆記數</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Last change</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Was at</source>
        <translation>原位置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="43" />
        <source>Attach</source>
        <translation>關聯</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../reader/gui/recent_menu.py" line="18" />
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/recent_menu.py" line="29" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>ScriptLabels</name>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="54" />
        <source>no Chinese detected</source>
        <translation>未檢測到中文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="55" />
        <source>Original: {original}</source>
        <translation>原文：{original}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="58" />
        <source>{view} (as written)</source>
        <translation>{view}（未轉換）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="60" />
        <source>{view} (converted)</source>
        <translation>{view}（已轉換）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="61" />
        <source>{view} (converted from {original})</source>
        <translation>{view}（由{original}轉換）</translation>
    </message>
</context>
<context>
    <name>SectionsDock</name>
    <message>
        <location filename="../../reader/gui/sections_dock.py" line="20" />
        <location filename="../../reader/gui/sections_dock.py" line="24" />
        <source>Sections</source>
        <translation>章節</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="37" />
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="41" />
        <source>Select a command and press Enter to change its keys.</source>
        <translation>選中一個命令，按 Enter 修改其快速鍵。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="44" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="44" />
        <source>Keys</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="51" />
        <source>New keys</source>
        <translation>新的快速鍵</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="54" />
        <source>&amp;Reset All to Defaults</source>
        <translation>全部恢復預設(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="59" />
        <source>&amp;Keys:</source>
        <translation>快速鍵(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="104" />
        <source>{keys} is already used by “{other}”.</source>
        <translation>{keys} 已被「{other}」使用。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../reader/gui/single_instance.py" line="173" />
        <source>Reader is still starting and did not answer, so {file} was not opened. Open it again once its window shows.</source>
        <translation>研讀仍在啟動，沒有回應，因此沒有開啟 {file}。請等它的視窗出現後再開啟一次。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/single_instance.py" line="178" />
        <source>Reader is still starting and did not answer.</source>
        <translation>研讀仍在啟動，沒有回應。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../reader/gui/status_line.py" line="83" />
        <source>Converting the document…</source>
        <translation>正在轉換文件…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/status_line.py" line="114" />
        <source>Character {pos} of {total} · {share}%</source>
        <translation>第 {pos} 字，共 {total} 字 · {share}%</translation>
    </message>
    <message>
        <location filename="../../reader/gui/status_line.py" line="118" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
</context>
<context>
    <name>StopWatchingMenu</name>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="16" />
        <source>Sto&amp;p Watching</source>
        <translation>停止監視(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="30" />
        <source>(no folder watched)</source>
        <translation>（未監視任何資料夾）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="36" />
        <source>Stopped watching {folder}: its documents and notes stay in the library.</source>
        <translation>已停止監視 {folder}：其中的文件和筆記仍留在文庫中。</translation>
    </message>
</context>
<context>
    <name>SyncedWatch</name>
    <message>
        <location filename="../../reader/gui/synced_watch.py" line="71" />
        <source>Your words (Treat as One Word) from another computer were taken in from {files}.</source>
        <translation>已從 {files} 取入另一臺電腦上的自定詞語（視為一個詞）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_watch.py" line="75" />
        <source>Your words (Treat as One Word) were changed elsewhere (another computer) and taken in.</source>
        <translation>自定詞語（視為一個詞）已在別處（另一臺電腦）更改，現已取入。</translation>
    </message>
</context>
<context>
    <name>TagChoice</name>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="34" />
        <source>Every tag</source>
        <translation>所有標籤</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="58" />
        <source>Add Tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="81" />
        <source>Remove Tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="97" />
        <source>Add Tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="99" />
        <source>Tag for {n} documents:</source>
        <translation>給 {n} 個文件加的標籤：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="99" />
        <source>Tag for 1 document:</source>
        <translation>給 1 個文件加的標籤：</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../reader/gui/unsaved.py" line="15" />
        <source>Annotations not saved</source>
        <translation>標註未儲存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/unsaved.py" line="16" />
        <source>Your latest highlights and notes could not be saved:
{error}

Try again, or quit and lose them?</source>
        <translation>最近的高亮和筆記無法儲存：
{error}

要重試，還是退出並放棄這些修改？</translation>
    </message>
</context>
<context>
    <name>VocabularyDock</name>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="37" />
        <source>Anki deck (*.apkg)</source>
        <translation>Anki 卡組 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="38" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="66" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="72" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="168" />
        <source>Vocabulary</source>
        <translation>生詞本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="91" />
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="131" />
        <source>The words could not be removed</source>
        <translation>無法刪除這些詞</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="141" />
        <source>There are no words to export yet: add some from Look Up Word (Ctrl+D).</source>
        <translation>還沒有可匯出的詞：請先在查詞（Ctrl+D）中加入。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="142" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="147" />
        <source>Export Vocabulary</source>
        <translation>匯出生詞本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="158" />
        <source>The vocabulary could not be exported to {file}</source>
        <translation>無法將生詞本匯出到 {file}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="161" />
        <source>{count} words exported to {file}.</source>
        <translation>已將 {count} 個詞匯出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="161" />
        <source>1 word exported to {file}.</source>
        <translation>已將 1 個詞匯出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="167" />
        <source>{what}: {reason}. Your vocabulary is unchanged.</source>
        <translation>{what}：{reason}。生詞本未作改動。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="172" />
        <source>Words: {count}</source>
        <translation>共 {count} 個詞</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="175" />
        <source>with another computer's words from {files}</source>
        <translation>含來自 {files} 的另一臺電腦的詞語</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="187" />
        <source>No words yet.

Look a word up ({look_up}, or Edit ▸ Look Up Word) and choose Add to Vocabulary to keep it here with its pinyin, its gloss and the document it came from; export them as CSV or an Anki deck.</source>
        <translation>還沒有生詞。

查一個詞（{look_up}，或「編輯 ▸ 查詞」），再選「加入生詞本」，它就會連同拼音、釋義和出處文件記在這裡；可匯出為 CSV 檔案或 Anki 卡組。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="203" />
        <source>“{word}” was kept without its place in a document.</source>
        <translation>「{word}」儲存時沒有記下它在文件中的位置。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="207" />
        <source>The document of “{word}” is no longer at {path}.</source>
        <translation>「{word}」所在的文件已不在 {path}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="214" />
        <source>“{word}” is no longer where it was: the document has changed.</source>
        <translation>「{word}」已不在原處：文件已改動。</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="17" />
        <source>Word</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="18" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="19" />
        <source>Gloss</source>
        <translation>釋義</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="20" />
        <source>Source</source>
        <translation>出處</translation>
    </message>
</context>
<context>
    <name>WordLookup</name>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="57" />
        <location filename="../../reader/gui/word_lookup.py" line="61" />
        <location filename="../../reader/gui/word_lookup.py" line="87" />
        <source>No word at the caret.</source>
        <translation>游標處沒有詞。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="66" />
        <location filename="../../reader/gui/word_lookup.py" line="90" />
        <source>Preparing the dictionary (once)…</source>
        <translation>正在準備詞典（僅此一次）…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="74" />
        <source>“{word}” is one of your words (Treat as One Word).</source>
        <translation>「{word}」是你自己的詞（視為一個詞）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="75" />
        <source>“{word}” is not in the dictionary; its parts:</source>
        <translation>詞典中沒有「{word}」，其組成部分：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="76" />
        <source>“{word}” is not in the dictionary.</source>
        <translation>詞典中沒有「{word}」。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="101" />
        <source>Could not save the vocabulary: {error}</source>
        <translation>無法儲存生詞本：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="106" />
        <source>“{word}” is in the vocabulary (1 word).</source>
        <translation>「{word}」已在生詞本中（共 1 個詞）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="107" />
        <source>“{word}” is in the vocabulary ({count} words).</source>
        <translation>「{word}」已在生詞本中（共 {count} 個詞）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="111" />
        <source>In the vocabulary</source>
        <translation>已在生詞本中</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="146" />
        <source>The dictionary could not be prepared: {reason}</source>
        <translation>無法準備詞典：{reason}</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../reader/gui/word_popup.py" line="68" />
        <location filename="../../reader/gui/word_popup.py" line="115" />
        <source>&amp;Add to Vocabulary</source>
        <translation>加入生詞本(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_popup.py" line="71" />
        <source>Keep the word with its reading, sense and sentence (A)</source>
        <translation>連同讀音、釋義和所在句子儲存這個詞（A）</translation>
    </message>
</context>
</TS>
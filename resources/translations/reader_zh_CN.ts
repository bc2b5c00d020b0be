<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="171" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="187" />
        <source>&amp;Import Annotations…</source>
        <translation>导入标注(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="195" />
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="203" />
        <source>Reattach &amp;Notes…</source>
        <translation>重新关联笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="210" />
        <source>Copy Annotations as &amp;Markdown</source>
        <translation>以 Markdown 复制标注(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="217" />
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="225" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="233" />
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="241" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="249" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="258" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="264" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="268" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="274" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="279" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="287" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="303" />
        <source>Select &amp;Word</source>
        <translation>选择词语(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="311" />
        <source>Select &amp;Sentence</source>
        <translation>选择句子(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="319" />
        <source>Treat as &amp;One Word</source>
        <translation>视为一个词(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="325" />
        <source>&amp;Look Up Word</source>
        <translation>查词(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="333" />
        <source>Look Up Under the &amp;Mouse</source>
        <translation>鼠标停留时查词(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="340" />
        <source>Add to Voca&amp;bulary</source>
        <translation>加入生词本(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="347" />
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="26" />
        <source>Highlight &amp;Yellow</source>
        <translation>黄色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="27" />
        <source>Highlight &amp;Green</source>
        <translation>绿色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="28" />
        <source>Highlight &amp;Blue</source>
        <translation>蓝色高亮(&amp;B)</translation>
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
        <translation>用{colour}高亮（按键 {keys}）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="79" />
        <source>New from Clipboard</source>
        <translation>从剪贴板新建</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="469" />
        <source>Focus Next Pan&amp;e</source>
        <translation>下一个窗格(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="510" />
        <source>Ne&amp;xt Script</source>
        <translation>切换简繁(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="14" />
        <source>Traditional: OpenCC Stan&amp;dard</source>
        <translation>繁体：OpenCC 标准(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="15" />
        <source>Traditional: Tai&amp;wan</source>
        <translation>繁体：台湾(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="549" />
        <source>Show &amp;Over the Text</source>
        <translation>在文字上方显示(&amp;O)</translation>
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
        <translation>按声调着色(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="628" />
        <source>Reset &amp;Zoom</source>
        <translation>恢复原始大小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="636" />
        <source>Sectio&amp;n Tree</source>
        <translation>章节树(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="668" />
        <source>&amp;Reset Reading Progress</source>
        <translation>重置阅读进度(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="698" />
        <source>Split Sid&amp;e by Side</source>
        <translation>并排分屏(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="706" />
        <source>Scroll To&amp;gether by Section</source>
        <translation>按章节同步滚动(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="821" />
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="777" />
        <source>Add &amp;Files to Library…</source>
        <translation>将文件加入文库(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="784" />
        <source>Add F&amp;older to Library…</source>
        <translation>将文件夹加入文库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="357" />
        <source>&amp;Underline Selection</source>
        <translation>为所选内容加下划线(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="179" />
        <source>New from Clip&amp;board</source>
        <translation>从剪贴板新建(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="295" />
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="366" />
        <source>&amp;Note…</source>
        <translation>笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="375" />
        <source>&amp;Comment Without Highlight…</source>
        <translation>不加高亮的批注(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="383" />
        <source>Con&amp;firm Moved Highlight</source>
        <translation>确认移动的高亮(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="390" />
        <source>&amp;Remove Highlight</source>
        <translation>删除高亮(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="399" />
        <source>Next &amp;Highlight</source>
        <translation>下一处高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="407" />
        <source>Previous H&amp;ighlight</source>
        <translation>上一处高亮(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="415" />
        <source>&amp;Next Section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="423" />
        <source>&amp;Previous Section</source>
        <translation>上一节(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="431" />
        <source>Next Section, One Level Fine&amp;r</source>
        <translation>下一节（细一级）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="438" />
        <source>Previous Section, One &amp;Level Finer</source>
        <translation>上一节（细一级）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="445" />
        <source>&amp;Go To…</source>
        <translation>转到(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="453" />
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="461" />
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="476" />
        <source>Focus Previous P&amp;ane</source>
        <translation>上一个窗格(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="483" />
        <source>&amp;Original Script (原文)</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="492" />
        <source>&amp;Simplified (简体)</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="501" />
        <source>&amp;Traditional (繁體)</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="16" />
        <source>Traditional: Taiwan with Taiwanese &amp;Phrases</source>
        <translation>繁体：台湾（含台湾用语）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="17" />
        <source>Traditional: &amp;Hong Kong</source>
        <translation>繁体：香港(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="580" />
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="588" />
        <source>&amp;English</source>
        <translation>English(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="596" />
        <source>简体中文 (&amp;C)</source>
        <translation>简体中文(&amp;C)</translation>
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
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="644" />
        <source>&amp;Annotations Panel</source>
        <translation>标注面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="652" />
        <source>&amp;Key Terms Panel</source>
        <translation>关键词面板(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="660" />
        <source>Vo&amp;cabulary Panel</source>
        <translation>生词本面板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="675" />
        <source>&amp;Unfold</source>
        <translation>展开(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="682" />
        <source>Unfold &amp;All</source>
        <translation>全部展开(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="689" />
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="714" />
        <source>Next Ta&amp;b</source>
        <translation>下一个标签页(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="721" />
        <source>Pre&amp;vious Tab</source>
        <translation>上一个标签页(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="728" />
        <source>Compare &amp;With…</source>
        <translation>与…比较(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="735" />
        <source>&amp;Next Change</source>
        <translation>下一处修改(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="742" />
        <source>&amp;Previous Change</source>
        <translation>上一处修改(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="749" />
        <source>&amp;Fold Unchanged Sections</source>
        <translation>折叠未改动的部分(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="757" />
        <source>&amp;Export Comparison…</source>
        <translation>导出比较结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="763" />
        <source>&amp;Close Comparison</source>
        <translation>关闭比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="769" />
        <source>&amp;Show Library</source>
        <translation>显示文库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="791" />
        <source>&amp;Watch Folder…</source>
        <translation>监视文件夹(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="798" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="806" />
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="811" />
        <source>&amp;About Reader</source>
        <translation>关于研读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="815" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="816" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="817" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="818" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="819" />
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="820" />
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="822" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="827" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="826" />
        <source>Pin&amp;yin</source>
        <translation>拼音(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="882" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="883" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="887" />
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="888" />
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="889" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="146" />
        <source>No highlights yet.

Select a passage in the text (drag with the mouse, or press {word} for the word at the caret, {sentence} for its sentence), then press {highlight} to highlight it, {colours} for a colour, {underline} to underline it or {note} to write a note.

Your highlights are listed here by section; {next} and {previous} go from one to the next in the text.</source>
        <translation>还没有高亮。

在正文中选取一段文字（用鼠标拖选，或按 {word} 选取光标处的词、按 {sentence} 选取所在的句子），然后按 {highlight} 高亮，按 {colours} 选颜色，按 {underline} 加下划线，按 {note} 写笔记。

高亮按章节列在这里；{next} 和 {previous} 在正文中逐个跳转。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="167" />
        <location filename="../../reader/gui/annotation_dock.py" line="183" />
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="174" />
        <source>Filter quotes and notes (either script)</source>
        <translation>筛选引文和笔记（简繁皆可）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="175" />
        <source>Filter annotations</source>
        <translation>筛选标注</translation>
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
        <translation>请先选择一段文字（W 选择词语，S 选择句子）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="43" />
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="84" />
        <source>No word at the caret: select a passage first (W selects a word, S a sentence).</source>
        <translation>光标处没有词：请先选择一段文字（W 选择词语，S 选择句子）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="92" />
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="106" />
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="113" />
        <source>Remove highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="128" />
        <source>No highlight is waiting to be checked.</source>
        <translation>没有等待核对的高亮。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="131" />
        <source>Confirm place</source>
        <translation>确认位置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="145" />
        <source>No more highlights in this direction.</source>
        <translation>这个方向上没有更多高亮了。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="154" />
        <source>These annotations are read-only: {reason}.</source>
        <translation>这些标注是只读的：{reason}。</translation>
    </message>
</context>
<context>
    <name>AnnotationExchange</name>
    <message>
        <location filename="../../reader/gui/exchange.py" line="47" />
        <source>Not found in the current text</source>
        <translation>在当前文本中未找到</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="48" />
        <source>no colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="49" />
        <source>underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="52" />
        <source>{colour}</source>
        <translation>{colour}标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="53" />
        <source>{colour}, {underline}</source>
        <translation>{colour}{underline}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="54" />
        <source>{source}</source>
        <translation>来源文件：{source}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="55" />
        <source> · </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="56" />
        <source>quotes converted to {script} from the original {original}</source>
        <translation>引文由原文{original}转换为{script}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="57" />
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="58" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="93" />
        <source>None of the annotations is in the chosen scope and colours: nothing was exported.</source>
        <translation>所选范围和颜色中没有标注，未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="100" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="104" />
        <source>Exported {n} annotations to {path}</source>
        <translation>已将 {n} 条标注导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="104" />
        <source>Exported 1 annotation to {path}</source>
        <translation>已将 1 条标注导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="122" />
        <source>{title} notes</source>
        <translation>{title}学习笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="122" />
        <source>notes</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="135" />
        <source>This document has no annotations yet, so there is nothing to export.</source>
        <translation>本文档还没有任何标注，没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="141" />
        <source>Export Annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="172" />
        <source>Annotations copied as Markdown.</source>
        <translation>已以 Markdown 格式复制标注。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="182" />
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="184" />
        <source>Annotation files (*.json);;All files (*)</source>
        <translation>标注文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="205" />
        <source>These annotations were made on another document:
{sources}

Import them into this one?</source>
        <translation>这些标注是在另一份文档上做的：
{sources}

要导入到这份文档吗？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="215" />
        <source>Cannot import annotations</source>
        <translation>无法导入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="202" />
        <location filename="../../reader/gui/exchange.py" line="219" />
        <source>Import annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="45" />
        <source>{year}-{month:02}-{day:02} {hour:02}:{minute:02}</source>
        <translation>{year}年{month}月{day}日 {hour:02}:{minute:02}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="222" />
        <source>Annotations imported</source>
        <translation>标注已导入</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="224" />
        <source>{added} added, {updated} updated, {unchanged} already present, {orphaned} not found in the text.</source>
        <translation>新增 {added} 条，更新 {updated} 条，已存在 {unchanged} 条，{orphaned} 条在文本中未找到。</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../reader/models/annotation_model.py" line="70" />
        <source>Not found in the current text</source>
        <translation>在当前文本中未找到</translation>
    </message>
    <message>
        <location filename="../../reader/models/annotation_model.py" line="71" />
        <source>moved, please check</source>
        <translation>已移动，请核对</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/app.py" line="78" />
        <source>Reader met an unexpected error. Your annotations were saved; the details below are also in {log}.</source>
        <translation>研读遇到意外错误。您的标注已保存；以下详细信息也已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="83" />
        <source>Reader met an unexpected error. Your annotations could not be saved; the details below are also in {log}.</source>
        <translation>研读遇到意外错误。您的标注未能保存；以下详细信息也已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="182" />
        <source>The language changes once the annotations can be saved.</source>
        <translation>标注能够保存之后才会切换语言。</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="216" />
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="250" />
        <source>Reader cannot use its data folder {folder} ({reason}). Highlights and notes made now are kept in {fallback} and will not be found by the next start.</source>
        <translation>研读无法使用数据文件夹 {folder}（{reason}）。现在做的高亮和笔记保存在 {fallback}，下次启动时不会找到。</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="20" />
        <source>reworded</source>
        <translation>改写</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="21" />
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="22" />
        <source>renumbered</source>
        <translation>编号变动</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="23" />
        <source>punctuation</source>
        <translation>标点</translation>
    </message>
</context>
<context>
    <name>ClipboardDocument</name>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="17" />
        <source>the clipboard holds binary data (a NUL character), not text</source>
        <translation>剪贴板里是二进制数据（含 NUL 字符），不是文本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="20" />
        <source>the clipboard holds more text than a document may have ({limit} MB)</source>
        <translation>剪贴板里的文本超过了一份文档的上限（{limit} MB）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="23" />
        <source>the clipboard's text holds characters that cannot be saved</source>
        <translation>剪贴板里的文本含有无法保存的字符</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="51" />
        <source>The clipboard holds no text to read.</source>
        <translation>剪贴板中没有可阅读的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="54" />
        <source>Nothing was saved: {reason}. The clipboard still holds it; paste it into a text editor to see it.</source>
        <translation>没有保存：{reason}。剪贴板里的内容还在，可以粘贴到文本编辑器里查看。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="62" />
        <source>Could not save the pasted document: {error}</source>
        <translation>无法保存粘贴的文档：{error}</translation>
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
        <translation>正在比较…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="151" />
        <source>Show changes</source>
        <translation>显示修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="152" />
        <source>All changes</source>
        <translation>全部修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="161" />
        <source>All but punctuation</source>
        <translation>除标点外的全部修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="185" />
        <source>New and dropped terms</source>
        <translation>新增和删去的词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="190" />
        <source>Figures that changed</source>
        <translation>变动的数字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="192" />
        <source>Subject</source>
        <translation>事项</translation>
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
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="205" />
        <source>Terms</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="207" />
        <source>&amp;Note This Change</source>
        <translation>为此修改加笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="209" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="327" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="328" />
        <source>dropped</source>
        <translation>删去</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="329" />
        <source>more</source>
        <translation>增多</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="330" />
        <source>fewer</source>
        <translation>减少</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../reader/gui/comparing.py" line="69" />
        <source>Comparing {a} with {b}…</source>
        <translation>正在比较《{a}》与《{b}》…</translation>
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
        <translation>没有修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="142" />
        <source>The comparison failed: {error}</source>
        <translation>比较失败：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="172" />
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="173" />
        <source>No changes.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="174" />
        <source>Kind</source>
        <translation>类别</translation>
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
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="178" />
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="179" />
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="180" />
        <source>New in B</source>
        <translation>新文新增</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="181" />
        <source>Dropped from A</source>
        <translation>原文删去</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="182" />
        <source>More or fewer in B</source>
        <translation>新文增多或减少</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="183" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="184" />
        <source>Figures</source>
        <translation>数字变动</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="185" />
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="186" />
        <source>No figure changed.</source>
        <translation>没有数字变动。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="187" />
        <source>Texts</source>
        <translation>全文对照</translation>
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
        <translation>修订前</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="191" />
        <source>After</source>
        <translation>修订后</translation>
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
        <translation>⋯ 1 个未改动的部分 ⋯</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="228" />
        <source>⋯ {count} unchanged sections ⋯</source>
        <translation>⋯ {count} 个未改动的部分 ⋯</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="243" />
        <source>That was the last change.</source>
        <translation>这已是最后一处修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="243" />
        <source>That was the first change.</source>
        <translation>这已是第一处修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="244" />
        <source>The two versions have no changes.</source>
        <translation>两个版本之间没有修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="251" />
        <source>{kind}: “{old}” → “{new}”</source>
        <translation>{kind}：“{old}”→“{new}”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="255" />
        <source>Note this change</source>
        <translation>为此修改加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="256" />
        <source>The change is noted.</source>
        <translation>已为此修改加笔记。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="276" />
        <source>Export Comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="278" />
        <source>Web page (*.html);;Markdown (*.md);;JSON (*.json);;Word old | new table (*.docx)</source>
        <translation>网页 (*.html);;Markdown (*.md);;JSON (*.json);;Word 新旧对照表 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="284" />
        <source>Exporting the comparison…</source>
        <translation>正在导出比较结果…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="296" />
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="292" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>DataFolderWatch</name>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="52" />
        <source>The data folder {folder} is gone (moved or deleted?). Nothing is written anywhere else: your notes, reading progress and settings are kept and saved there once it is back.</source>
        <translation>数据文件夹 {folder} 不见了（被移动或删除了？）。不会写到别处：你的笔记、阅读进度和设置都会保留，待它恢复后保存到其中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="82" />
        <source>The data folder is back: what was kept meanwhile is saved in it.</source>
        <translation>数据文件夹已恢复：期间保留的内容已保存到其中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="99" />
        <source>Reading progress and settings not saved</source>
        <translation>阅读进度和设置未保存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="101" />
        <source>The data folder {folder} is gone (moved or deleted?), so your latest reading progress and settings could not be saved in it.

Put it back and try again, or quit and lose them?</source>
        <translation>数据文件夹 {folder} 不见了（被移动或删除了？），最近的阅读进度和设置无法保存到其中。

请把它放回原处再试，或退出并放弃这些更改？</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="48" />
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="17" />
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="18" />
        <source>Text files</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="19" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="20" />
        <source>Web pages</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="21" />
        <source>Word documents</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="22" />
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="23" />
        <source>EPUB books</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="39" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="61" />
        <source>Compare “{title}” With…</source>
        <translation>选择与“{title}”比较的文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="75" />
        <source>About Reader</source>
        <translation>关于研读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="76" />
        <source>&lt;h3&gt;Reader 研讀 {version}&lt;/h3&gt;&lt;p&gt;A study reader for Chinese documents: read, mark passages, write notes and hand them on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;研读 Reader {version}&lt;/h3&gt;&lt;p&gt;中文文献研读器：阅读、标注段落、撰写笔记并与他人分享。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../reader/gui/document_view.py" line="47" />
        <source>Document text</source>
        <translation>文档正文</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="55" />
        <location filename="../../reader/gui/export_dialog.py" line="177" />
        <source>Export Annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="60" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="61" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="62" />
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="63" />
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON（W3C Web Annotation）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="64" />
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="65" />
        <source>PDF (the whole document, as printed)</source>
        <translation>PDF（整篇文档，与打印一致）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="70" />
        <source>Study notes (宋体, 黑体 headings)</source>
        <translation>学习笔记（宋体正文，黑体标题）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="71" />
        <source>Official document (GB/T 9704: 仿宋, 小标宋 title)</source>
        <translation>公文（GB/T 9704：仿宋正文，小标宋标题）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="76" />
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="83" />
        <source>All annotations</source>
        <translation>全部标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="84" />
        <source>Current section</source>
        <translation>当前章节</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="85" />
        <source>Only those with notes</source>
        <translation>仅含笔记的标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="97" />
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="102" />
        <source>Include the &amp;whole text</source>
        <translation>包含全文(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="105" />
        <source>The document's text with the highlights on it, not only the quotes; in a Word document the notes become numbered footnotes.</source>
        <translation>导出带有高亮的文档全文，而不只是引文；在 Word 文档中，笔记成为带编号的脚注。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="109" />
        <source>Begin with a su&amp;mmary table</source>
        <translation>开头附统计表（学习笔记）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="110" />
        <source>How many highlights of each colour each section holds, before the quotes.</source>
        <translation>在引文之前列出每一节各颜色的高亮数。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="115" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="119" />
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="120" />
        <source>S&amp;tyle:</source>
        <translation>样式(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="121" />
        <source>&amp;Script:</source>
        <translation>简繁(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="122" />
        <source>S&amp;cope:</source>
        <translation>范围(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="123" />
        <source>Co&amp;lours:</source>
        <translation>颜色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="126" />
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="23" />
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="26" />
        <source>Find text</source>
        <translation>查找文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="27" />
        <source>Search in either script: 学习 or 學習</source>
        <translation>简繁皆可搜索：学习 或 學習</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="33" />
        <source>Previous (Shift+Enter)</source>
        <translation>上一个（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="34" />
        <source>Next (Enter)</source>
        <translation>下一个（Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="35" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="64" />
        <source>No match</source>
        <translation>无匹配</translation>
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
        <translation>共 1 处：点击标记即可跳转</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_controller.py" line="144" />
        <source>{count} places: click a mark to go there</source>
        <translation>共 {count} 处：点击标记即可跳转</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../reader/gui/fonts.py" line="15" />
        <source>No installed font covers Chinese, so the text shows as boxes. Install one, for example: sudo apt install fonts-noto-cjk (Debian, Ubuntu) or sudo dnf install google-noto-sans-cjk-fonts (Fedora), then restart Reader.</source>
        <translation>系统中没有可显示中文的字体，文字会显示为方框。请安装一种中文字体，例如：sudo apt install fonts-noto-cjk（Debian、Ubuntu）或 sudo dnf install google-noto-sans-cjk-fonts（Fedora），然后重新启动研读。</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="18" />
        <source>“{typed}” is not a place to go to. Type an article (第1165条), a chapter (第八十回, 80), an item (（三）), a page of a PDF (p. 12, 第12页) or a percentage (50%).</source>
        <translation>“{typed}”不是可以转到的位置。请输入条（第1165条）、回或章（第八十回、80）、项（（三））、PDF 的页码（p. 12、第12页）或百分比（50%）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="25" />
        <source>This document has no pages (only a PDF has): try a percentage, such as 50%.</source>
        <translation>本文档没有页码（只有 PDF 有）：请试试百分比，例如 50%。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="34" />
        <source>This document has 1 page.</source>
        <translation>本文档共 1 页。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="35" />
        <source>This document has {count} pages.</source>
        <translation>本文档共 {count} 页。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="37" />
        <source>No heading numbered “{typed}” in this document.</source>
        <translation>本文档中没有编号为“{typed}”的标题。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="47" />
        <source>Go To</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="50" />
        <source>Article, chapter, item, page or percentage:</source>
        <translation>条、回/章、项、页码或百分比：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="54" />
        <source>Where to go</source>
        <translation>转到何处</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="63" />
        <source>Go</source>
        <translation>转到</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../../reader/gui/palette.py" line="21" />
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="22" />
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="23" />
        <source>blue</source>
        <translation>蓝色</translation>
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
        <translation>「{query}」每万字出现次数，按年份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_chart.py" line="107" />
        <source>{year}: {count} in {used} of 1 document, {rate} per 10,000 characters</source>
        <translation>{year}年：1 个文档中 {used} 个出现，共 {count} 次，每万字 {rate} 次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_chart.py" line="108" />
        <source>{year}: {count} in {used} of {documents} documents, {rate} per 10,000 characters</source>
        <translation>{year}年：{documents} 个文档中 {used} 个出现，共 {count} 次，每万字 {rate} 次</translation>
    </message>
</context>
<context>
    <name>KeyTermModel</name>
    <message>
        <location filename="../../reader/models/keyterm_model.py" line="47" />
        <source>{term}: {count} times</source>
        <translation>{term}：出现 {count} 次</translation>
    </message>
    <message>
        <location filename="../../reader/models/keyterm_model.py" line="47" />
        <source>{term}: once</source>
        <translation>{term}：出现 1 次</translation>
    </message>
</context>
<context>
    <name>KeyTermsDock</name>
    <message>
        <location filename="../../reader/gui/keyterms_dock.py" line="15" />
        <source>Key Terms</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyterms_dock.py" line="20" />
        <source>Key terms</source>
        <translation>关键词</translation>
    </message>
</context>
<context>
    <name>KeyTermsPanel</name>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="27" />
        <source>Key terms against the library</source>
        <translation>相对文库的关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="29" />
        <source>Choose a document to see its key terms.</source>
        <translation>选择一个文档以查看其关键词。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Here</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Elsewhere</source>
        <translation>其他文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="42" />
        <source>Click a term to search the library for it.</source>
        <translation>点击词语即在文库中检索。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="58" />
        <source>Finding the key terms…</source>
        <translation>正在查找关键词…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="79" />
        <source>No term stands out: the document is too short or like the rest.</source>
        <translation>没有突出的词语：文档太短，或与其他文档相近。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="83" />
        <source>The key terms could not be found: {reason}</source>
        <translation>无法找出关键词：{reason}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/models/library_model.py" line="35" />
        <source>  (file missing)</source>
        <translation>（文件不见了）</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="36" />
        <source>dated by the document</source>
        <translation>日期取自文档</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="37" />
        <source>dated by its file</source>
        <translation>日期取自文件</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="38" />
        <source>{thousands}k characters</source>
        <translation>{wan} 万字</translation>
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
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="45" />
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="68" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="69" />
        <source>Kind</source>
        <translation>类型</translation>
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
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="73" />
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="74" />
        <source>Last read</source>
        <translation>上次阅读</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="75" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="217" />
        <source>Document / section</source>
        <translation>文档 / 章节</translation>
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
        <translation>后文</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="255" />
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="256" />
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="257" />
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="258" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="259" />
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>LibraryRemover</name>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="28" />
        <source>Remove from Library</source>
        <translation>从文库中移除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="47" />
        <source>1 document removed from the library (its file and notes are kept).</source>
        <translation>已从文库中移除 1 个文档（其文件和笔记都保留）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="48" />
        <source>{n} documents removed from the library (their files and notes are kept).</source>
        <translation>已从文库中移除 {n} 个文档（其文件和笔记都保留）。</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPage</name>
    <message>
        <location filename="../../reader/gui/library_search.py" line="78" />
        <source>Search every document, in either script</source>
        <translation>检索所有文档（简繁皆可）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="131" />
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="139" />
        <source>{occurrences} in {documents} ({shown} shown)</source>
        <translation>{documents}中{occurrences}（显示 {shown} 处）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="140" />
        <source>1 occurrence</source>
        <translation>出现 1 次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="140" />
        <source>{n} occurrences</source>
        <translation>出现 {n} 次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="141" />
        <source>1 document</source>
        <translation>1 个文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="141" />
        <source>{n} documents</source>
        <translation>{n} 个文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="147" />
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../reader/gui/library_view.py" line="56" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="76" />
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="78" />
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="86" />
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="107" />
        <location filename="../../reader/gui/library_view.py" line="123" />
        <source>Library list: {news}.</source>
        <translation>文库列表：{news}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="133" />
        <source>The library's catalogue was damaged: it is set aside as {name} and built again from your documents and notes (none is lost)…</source>
        <translation>文库目录已损坏：已另存为 {name}，正在根据您的文档和笔记重建（不会丢失任何内容）…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="136" />
        <source>The library's catalogue was missing: building it again from your documents and notes…</source>
        <translation>文库目录丢失，正在根据您的文档和笔记重建…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="150" />
        <source>Filter by title or path (either script)</source>
        <translation>按标题或路径筛选（简繁皆可）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="152" />
        <source>Add Files…</source>
        <translation>加入文件…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="153" />
        <source>Add Folder…</source>
        <translation>加入文件夹…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="154" />
        <source>Watch Folder…</source>
        <translation>监视文件夹…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="170" />
        <source>Not tagged: {reason}</source>
        <translation>未加标签：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="174" />
        <source>Not removed: {reason}</source>
        <translation>未移除：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="218" />
        <source>The library could not be read: {reason}</source>
        <translation>无法读取文库：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="259" />
        <source>{n} documents</source>
        <translation>{n} 个文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="259" />
        <source>1 document</source>
        <translation>1 个文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="260" />
        <source>{shown} of {n} documents</source>
        <translation>{n} 个文档中的 {shown} 个</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="260" />
        <source>{shown} of 1 document</source>
        <translation>1 个文档中的 {shown} 个</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="273" />
        <source>{n} files missing (their notes kept)</source>
        <translation>{n} 个文件不见了（笔记保留）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="273" />
        <source>1 file missing (its notes kept)</source>
        <translation>1 个文件不见了（笔记保留）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="288" />
        <source>Add Files to the Library</source>
        <translation>将文件加入文库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="294" />
        <source>Add a Folder to the Library</source>
        <translation>将文件夹加入文库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="302" />
        <source>Watch a Folder for the Library</source>
        <translation>为文库监视文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="307" />
        <source>Watching {folder}: looking for documents…</source>
        <translation>正在监视 {folder}：查找文档…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="315" />
        <source>watched folders not found: {folders}</source>
        <translation>找不到所监视的文件夹：{folders}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="321" />
        <source>Looking for documents…</source>
        <translation>正在查找文档…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="328" />
        <source>Indexing {done} of {total}: {name}</source>
        <translation>正在索引第 {done} 个，共 {total} 个：{name}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="343" />
        <source>{n} documents in the library</source>
        <translation>文库中有 {n} 个文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="343" />
        <source>1 document in the library</source>
        <translation>文库中有 1 个文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="344" />
        <source>{shown} of {n} documents in the library</source>
        <translation>文库 {n} 个文档中的 {shown} 个</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="344" />
        <source>{shown} of 1 document in the library</source>
        <translation>文库 1 个文档中的 {shown} 个</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="348" />
        <source>{n} could not be read: {reasons}</source>
        <translation>{n} 个无法读取：{reasons}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="100" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/launch_messages.py" line="38" />
        <source>Some settings in {file} could not be used and were reset to their defaults: {keys}.</source>
        <translation>{file} 中有些设置无法使用，已恢复为默认值：{keys}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/opening.py" line="287" />
        <source>Cannot open document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/opening.py" line="289" />
        <source>Cannot open documents</source>
        <translation>无法打开这些文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/follow_current.py" line="81" />
        <source> (read-only annotations)</source>
        <translation>（标注只读）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="18" />
        <source>Your words (Treat as One Word) from another computer were merged in from {files}.</source>
        <translation>已从 {files} 合并另一台电脑上的自定词语（视为一个词）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="24" />
        <source>{file} holds lines that are not words; those that are were read. The file is kept as it is beside the next one written ({file}.damaged).</source>
        <translation>{file} 中有些行不是词语；是词语的行已读入。下次写入时，原文件会原样保留在旁边（{file}.damaged）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="39" />
        <source>{file}: a copy of the settings left by a sync tool could not be read ({reason}). It is kept as it is.</source>
        <translation>{file}：同步工具留下的设置副本无法读取（{reason}）。它会原样保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="46" />
        <source>{file}: another computer's settings, left by a sync tool. The place and script of a document read there were taken in; where both computers set something, this one's is kept. The copy is kept as it is.</source>
        <translation>{file}：同步工具留下的另一台电脑的设置。已取入在那里读过的 1 个文档的位置和文字；两台电脑都设置过的项目保留本机的。该副本原样保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="52" />
        <source>{file}: another computer's settings, left by a sync tool. The place and script of {count} documents read there were taken in; where both computers set something, this one's is kept. The copy is kept as it is.</source>
        <translation>{file}：同步工具留下的另一台电脑的设置。已取入在那里读过的 {count} 个文档的位置和文字；两台电脑都设置过的项目保留本机的。该副本原样保留。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../reader/gui/message_bar.py" line="21" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="15" />
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="20" />
        <source>&amp;Note (Ctrl+Enter saves, Esc cancels):</source>
        <translation>笔记（Ctrl+Enter 保存，Esc 取消）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="23" />
        <source>Note text</source>
        <translation>笔记内容</translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="73" />
        <source>Every colour</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="88" />
        <source>Text in the passage or the note (either script)</source>
        <translation>段落或笔记中的文字（简繁皆可）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="93" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="119" />
        <source>No notes yet.

The highlights and notes of every document you read are gathered here. In a document, select a passage and press {highlight} to highlight it or {note} to write a note; it is listed here, and a row opens its document at the passage.</source>
        <translation>还没有笔记。

你读过的每个文档的高亮和笔记都汇集在这里。在文档中选取一段文字，按 {highlight} 高亮，按 {note} 写笔记；它会列在这里，点一行即可打开文档并转到该段落。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="130" />
        <source>Every document</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="166" />
        <source>No note matches these filters.

There is 1 note in all: choose Every document, Every colour or an earlier date, or clear the text, to see it again.</source>
        <translation>没有符合这些筛选条件的笔记。

共有 1 条笔记：选择“所有文档”“所有颜色”或更早的日期，或清除文字，即可再次看到它。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="171" />
        <source>No note matches these filters.

There are {count} notes in all: choose Every document, Every colour or an earlier date, or clear the text, to see them again.</source>
        <translation>没有符合这些筛选条件的笔记。

共有 {count} 条笔记：选择“所有文档”“所有颜色”或更早的日期，或清除文字，即可再次看到它们。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="189" />
        <source>No notes are shown, so there is nothing to export.</source>
        <translation>没有显示任何笔记，没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="196" />
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="235" />
        <source>Exported 1 note to {path}</source>
        <translation>已将 1 条笔记导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="235" />
        <source>Exported {n} notes to {path}</source>
        <translation>已将 {n} 条笔记导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="189" />
        <location filename="../../reader/gui/notebook_view.py" line="200" />
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="212" />
        <source>notes</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="215" />
        <source>{title} notes</source>
        <translation>{title}学习笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="224" />
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="75" />
        <source>no colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="232" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>OpenErrors</name>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="13" />
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="14" />
        <source>This is a folder, not a document.</source>
        <translation>这是一个文件夹，不是文档。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="15" />
        <source>The file is too large: Reader opens documents of up to {limit} MB.</source>
        <translation>文件太大：研读可打开不超过 {limit} MB 的文档。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="18" />
        <source>The file unpacks to far more than a document holds ({detail}); Reader refuses it.</source>
        <translation>这个文件解压后远超一份文档应有的大小（{detail}），Reader 拒绝打开。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="21" />
        <source>You are not allowed to read this file.</source>
        <translation>您没有读取此文件的权限。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="22" />
        <source>This is not a text file: it holds binary data.</source>
        <translation>这不是文本文件：其中含有二进制数据。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="23" />
        <source>This is a device or a pipe, not a file: Reader opens only regular files.</source>
        <translation>这是设备或管道，不是文件：研读只打开普通文件。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="26" />
        <source>The text is in none of the encodings Reader reads (UTF-8, UTF-16, GB18030, Big5).</source>
        <translation>文本的编码不在研读支持的范围内（UTF-8、UTF-16、GB18030、Big5）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="29" />
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="30" />
        <source>The file is damaged and cannot be read.</source>
        <translation>文件已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="31" />
        <source>The file is protected by a password or DRM; Reader opens only unprotected files.</source>
        <translation>文件受密码或数字版权保护；研读只能打开未加保护的文件。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="34" />
        <source>This PDF has no text layer: its pages are scanned images. Make a searchable PDF with OCR first (for example with ocrmypdf).</source>
        <translation>此 PDF 没有文字层：其页面是扫描图像。请先用 OCR 生成可搜索的 PDF（例如使用 ocrmypdf）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="38" />
        <source>Reader found no article on this web page (only menus, links or scripts).</source>
        <translation>研读在此网页上没有找到正文（只有菜单、链接或脚本）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="41" />
        <source>This is an older Word file (.doc); save it as .docx in Word or LibreOffice.</source>
        <translation>这是旧版 Word 文件（.doc）；请在 Word 或 LibreOffice 中另存为 .docx。</translation>
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
        <translation>{count} 个文件无法打开：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="66" />
        <source>{file}: 1 damaged character could not be read in {encoding} and is shown as �.</source>
        <translation>{file}：有 1 个字符已损坏，无法按 {encoding} 读取，显示为 �。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="69" />
        <source>{file}: {count} damaged characters could not be read in {encoding} and are shown as �.</source>
        <translation>{file}：有 {count} 个字符已损坏，无法按 {encoding} 读取，显示为 �。</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../reader/models/outline_model.py" line="41" />
        <source>Document information</source>
        <translation>文档信息</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="42" />
        <source>Site</source>
        <translation>来源网站</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="43" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="44" />
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="45" />
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="46" />
        <source>Date and source</source>
        <translation>日期与出处</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="47" />
        <source>Heading</source>
        <translation>标题</translation>
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
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="51" />
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="221" />
        <source>Key terms: {terms}</source>
        <translation>关键词：{terms}</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="223" />
        <source>Read</source>
        <translation>已读</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/gui/preferences.py" line="29" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="34" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="35" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="36" />
        <source>Sepia</source>
        <translation>护眼（米黄）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="37" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="66" />
        <source>Indent the first line by two characters</source>
        <translation>段首缩进两个字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="74" />
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="76" />
        <source>Show full-width punctuation beside Chinese (display only)</source>
        <translation>中文旁的半角标点显示为全角（仅影响显示）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="78" />
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="79" />
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="80" />
        <source>&amp;Size:</source>
        <translation>字号(&amp;S)：</translation>
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
        <translation>行宽（字数）(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="45" />
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="47" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="56" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="64" />
        <source>Could not write the PDF</source>
        <translation>无法写入 PDF</translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="25" />
        <source>The share of the text that has been on screen as long as reading it takes; read sections are ticked in the Sections panel.</source>
        <translation>在屏幕上停留到足以读完的文字所占的比例；读过的部分在“章节”面板中打勾。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="55" />
        <source>Read {share}%</source>
        <translation>已读 {share}%</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="83" />
        <source>Could not save the reading progress: {error}</source>
        <translation>无法保存阅读进度：{error}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="29" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="30" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../reader/gui/script_switch.py" line="148" />
        <source>Could not convert the document: {error}</source>
        <translation>无法转换文档：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_jobs.py" line="38" />
        <source>The analysis process is not available ({reason}): the window analyses the document itself, and may answer slowly until it is done.</source>
        <translation>分析进程不可用（{reason}）：窗口将自行分析文档，完成之前可能响应较慢。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_analysis.py" line="115" />
        <source>Reading the pinyin…</source>
        <translation>正在标注拼音…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/save_notice.py" line="22" />
        <source>Could not save the annotations: {error}. Your changes are kept and saved as soon as writing works again.</source>
        <translation>无法保存标注：{error}。您的修改仍保留在内存中，一旦可以写入就会保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/save_notice.py" line="33" />
        <source>Annotations saved.</source>
        <translation>标注已保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="18" />
        <source>Select the characters that make one word first.</source>
        <translation>请先选择构成一个词的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="25" />
        <source>Could not save your words: {error}</source>
        <translation>无法保存您的词语：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="33" />
        <source>“{word}” is one word from now on.</source>
        <translation>“{word}”今后视为一个词。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="35" />
        <source>“{word}” is no longer one word.</source>
        <translation>“{word}”不再视为一个词。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading.py" line="317" />
        <source>No word at the caret.</source>
        <translation>光标处没有词。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="21" />
        <source>Reading progress from another computer was merged in from {files}.</source>
        <translation>已从 {files} 合并另一台电脑上的阅读进度。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="27" />
        <source>{file}: a copy of the reading progress left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}：同步工具留下的阅读进度副本无法读取（{reason}）。没有从中合并任何内容；它会原样保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="36" />
        <source>The reading-progress file was damaged ({reason}). It was kept aside as {backup}; the reading progress of this document starts afresh.</source>
        <translation>阅读进度文件已损坏（{reason}）。已另存为 {backup}；此文档的阅读进度重新开始。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="42" />
        <source>The reading-progress file was damaged ({reason}) and could not be kept aside; it is left as it is and the reading progress is not saved.</source>
        <translation>阅读进度文件已损坏（{reason}），且无法另存；它保持原样，阅读进度不会保存。</translation>
    </message>
</context>
<context>
    <name>ReattachController</name>
    <message>
        <location filename="../../reader/gui/reattach.py" line="58" />
        <source>The annotation file was damaged ({reason}). It was kept aside as {backup}; Reader starts with no highlights for this document.</source>
        <translation>标注文件已损坏（{reason}）。原文件已另存为 {backup}；本文档将从无标注状态开始。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="65" />
        <source>The annotations of this document were saved by a newer version of Reader. They are shown read-only and the file is left untouched.</source>
        <translation>本文档的标注由更新版本的研读保存。现以只读方式显示，文件不会被改动。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="70" />
        <source>This document's notes were found on a copy it was moved from ({source}) and attached.</source>
        <translation>在本文档移动前的副本（{source}）上找到了它的笔记，已关联。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="77" />
        <source>Notes are shown read-only: {reason}. Nothing you change here can be saved until the folder can be written.</source>
        <translation>笔记以只读方式显示：{reason}。在该文件夹可写之前，这里的任何修改都无法保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="86" />
        <source>{count} annotation records could not be read. They are kept unchanged in {file}.</source>
        <translation>有 {count} 条标注记录无法读取，已原样保留在 {file} 中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="97" />
        <source>The text has changed: a highlight was moved and is marked “moved, please check” in the annotation panel.</source>
        <translation>文本已改动：1 处高亮被移动，在标注面板中标为“已移动，请核对”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="100" />
        <source>The text has changed: {count} highlights were moved and are marked “moved, please check” in the annotation panel.</source>
        <translation>文本已改动：{count} 处高亮被移动，在标注面板中标为“已移动，请核对”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="119" />
        <source>Notes from another computer were merged in from {files}: {added} added, {changed} changed, {deleted} deleted.</source>
        <translation>已从 {files} 合并另一台电脑的笔记：新增 {added} 条，修改 {changed} 条，删除 {deleted} 条。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="135" />
        <source>{file}: a copy left by a sync tool was saved by a newer version of Reader. Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}：同步工具留下的副本由更新版本的 Reader 保存。其中的内容均未合并，文件已原样保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="139" />
        <source>{file}: a copy left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}：同步工具留下的副本无法读取（{reason}）。其中的内容均未合并，文件已原样保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="153" />
        <source>Attach notes?</source>
        <translation>关联笔记？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="158" />
        <source>This note was made on {title} at another place ({path}), on a text {percent}% like this one. Attach it to this document?</source>
        <translation>这条笔记是在别处的《{title}》（{path}）上做的，该文本与本文档有 {percent}% 相似。要关联到这份文档吗？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="161" />
        <source>These {count} notes were made on {title} at another place ({path}), on a text {percent}% like this one. Attach them to this document?</source>
        <translation>这 {count} 条笔记是在别处的《{title}》（{path}）上做的，该文本与本文档有 {percent}% 相似。要关联到这份文档吗？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="182" />
        <source>Cannot attach notes</source>
        <translation>无法关联笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="204" />
        <source>Reattach Notes</source>
        <translation>重新关联笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="205" />
        <source>Every annotation file belongs to a document that is still where it was.</source>
        <translation>每个标注文件所属的文档都还在原处。</translation>
    </message>
</context>
<context>
    <name>ReattachDialog</name>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="17" />
        <source>Reattach Notes</source>
        <translation>重新关联笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="23" />
        <source>Notes whose documents cannot be found, and notes made on a text like this one. Attach one to the open document:</source>
        <translation>以下笔记找不到所属文档，或是在与本文相似的文本上所作。选择一份关联到当前文档：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Notes</source>
        <translation>笔记数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Was at</source>
        <translation>原位置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="43" />
        <source>Attach</source>
        <translation>关联</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../reader/gui/recent_menu.py" line="18" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/recent_menu.py" line="29" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ScriptLabels</name>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="54" />
        <source>no Chinese detected</source>
        <translation>未检测到中文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="55" />
        <source>Original: {original}</source>
        <translation>原文：{original}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="58" />
        <source>{view} (as written)</source>
        <translation>{view}（未转换）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="60" />
        <source>{view} (converted)</source>
        <translation>{view}（已转换）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="61" />
        <source>{view} (converted from {original})</source>
        <translation>{view}（由{original}转换）</translation>
    </message>
</context>
<context>
    <name>SectionsDock</name>
    <message>
        <location filename="../../reader/gui/sections_dock.py" line="20" />
        <location filename="../../reader/gui/sections_dock.py" line="24" />
        <source>Sections</source>
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="37" />
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="41" />
        <source>Select a command and press Enter to change its keys.</source>
        <translation>选中一个命令，按 Enter 修改其快捷键。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="44" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="44" />
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="51" />
        <source>New keys</source>
        <translation>新的快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="54" />
        <source>&amp;Reset All to Defaults</source>
        <translation>全部恢复默认(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="59" />
        <source>&amp;Keys:</source>
        <translation>快捷键(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="104" />
        <source>{keys} is already used by “{other}”.</source>
        <translation>{keys} 已被“{other}”使用。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../reader/gui/single_instance.py" line="173" />
        <source>Reader is still starting and did not answer, so {file} was not opened. Open it again once its window shows.</source>
        <translation>研读仍在启动，没有回应，因此没有打开 {file}。请等它的窗口出现后再打开一次。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/single_instance.py" line="178" />
        <source>Reader is still starting and did not answer.</source>
        <translation>研读仍在启动，没有回应。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../reader/gui/status_line.py" line="83" />
        <source>Converting the document…</source>
        <translation>正在转换文档…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/status_line.py" line="114" />
        <source>Character {pos} of {total} · {share}%</source>
        <translation>第 {pos} 字，共 {total} 字 · {share}%</translation>
    </message>
    <message>
        <location filename="../../reader/gui/status_line.py" line="118" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>StopWatchingMenu</name>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="16" />
        <source>Sto&amp;p Watching</source>
        <translation>停止监视(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="30" />
        <source>(no folder watched)</source>
        <translation>（未监视任何文件夹）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="36" />
        <source>Stopped watching {folder}: its documents and notes stay in the library.</source>
        <translation>已停止监视 {folder}：其中的文档和笔记仍留在文库中。</translation>
    </message>
</context>
<context>
    <name>SyncedWatch</name>
    <message>
        <location filename="../../reader/gui/synced_watch.py" line="71" />
        <source>Your words (Treat as One Word) from another computer were taken in from {files}.</source>
        <translation>已从 {files} 取入另一台电脑上的自定词语（视为一个词）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_watch.py" line="75" />
        <source>Your words (Treat as One Word) were changed elsewhere (another computer) and taken in.</source>
        <translation>自定词语（视为一个词）已在别处（另一台电脑）更改，现已取入。</translation>
    </message>
</context>
<context>
    <name>TagChoice</name>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="34" />
        <source>Every tag</source>
        <translation>所有标签</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="58" />
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="81" />
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="97" />
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="99" />
        <source>Tag for {n} documents:</source>
        <translation>给 {n} 个文档加的标签：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="99" />
        <source>Tag for 1 document:</source>
        <translation>给 1 个文档加的标签：</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../reader/gui/unsaved.py" line="15" />
        <source>Annotations not saved</source>
        <translation>标注未保存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/unsaved.py" line="16" />
        <source>Your latest highlights and notes could not be saved:
{error}

Try again, or quit and lose them?</source>
        <translation>最近的高亮和笔记无法保存：
{error}

要重试，还是退出并放弃这些修改？</translation>
    </message>
</context>
<context>
    <name>VocabularyDock</name>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="37" />
        <source>Anki deck (*.apkg)</source>
        <translation>Anki 卡组 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="38" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="66" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="72" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="168" />
        <source>Vocabulary</source>
        <translation>生词本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="91" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="131" />
        <source>The words could not be removed</source>
        <translation>无法删除这些词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="141" />
        <source>There are no words to export yet: add some from Look Up Word (Ctrl+D).</source>
        <translation>还没有可导出的词：请先在查词（Ctrl+D）中加入。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="142" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="147" />
        <source>Export Vocabulary</source>
        <translation>导出生词本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="158" />
        <source>The vocabulary could not be exported to {file}</source>
        <translation>无法将生词本导出到 {file}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="161" />
        <source>{count} words exported to {file}.</source>
        <translation>已将 {count} 个词导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="161" />
        <source>1 word exported to {file}.</source>
        <translation>已将 1 个词导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="167" />
        <source>{what}: {reason}. Your vocabulary is unchanged.</source>
        <translation>{what}：{reason}。生词本未作改动。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="172" />
        <source>Words: {count}</source>
        <translation>共 {count} 个词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="175" />
        <source>with another computer's words from {files}</source>
        <translation>含来自 {files} 的另一台电脑的词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="187" />
        <source>No words yet.

Look a word up ({look_up}, or Edit ▸ Look Up Word) and choose Add to Vocabulary to keep it here with its pinyin, its gloss and the document it came from; export them as CSV or an Anki deck.</source>
        <translation>还没有生词。

查一个词（{look_up}，或“编辑 ▸ 查词”），再选“加入生词本”，它就会连同拼音、释义和出处文档记在这里；可导出为 CSV 文件或 Anki 卡组。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="203" />
        <source>“{word}” was kept without its place in a document.</source>
        <translation>“{word}”保存时没有记下它在文档中的位置。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="207" />
        <source>The document of “{word}” is no longer at {path}.</source>
        <translation>“{word}”所在的文档已不在 {path}。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="214" />
        <source>“{word}” is no longer where it was: the document has changed.</source>
        <translation>“{word}”已不在原处：文档已改动。</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="17" />
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="18" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="19" />
        <source>Gloss</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="20" />
        <source>Source</source>
        <translation>出处</translation>
    </message>
</context>
<context>
    <name>WordLookup</name>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="57" />
        <location filename="../../reader/gui/word_lookup.py" line="61" />
        <location filename="../../reader/gui/word_lookup.py" line="87" />
        <source>No word at the caret.</source>
        <translation>光标处没有词。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="66" />
        <location filename="../../reader/gui/word_lookup.py" line="90" />
        <source>Preparing the dictionary (once)…</source>
        <translation>正在准备词典（仅此一次）…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="74" />
        <source>“{word}” is one of your words (Treat as One Word).</source>
        <translation>“{word}”是你自己的词（视为一个词）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="75" />
        <source>“{word}” is not in the dictionary; its parts:</source>
        <translation>词典中没有“{word}”，其组成部分：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="76" />
        <source>“{word}” is not in the dictionary.</source>
        <translation>词典中没有“{word}”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="101" />
        <source>Could not save the vocabulary: {error}</source>
        <translation>无法保存生词本：{error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="106" />
        <source>“{word}” is in the vocabulary (1 word).</source>
        <translation>“{word}”已在生词本中（共 1 个词）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="107" />
        <source>“{word}” is in the vocabulary ({count} words).</source>
        <translation>“{word}”已在生词本中（共 {count} 个词）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="111" />
        <source>In the vocabulary</source>
        <translation>已在生词本中</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="146" />
        <source>The dictionary could not be prepared: {reason}</source>
        <translation>无法准备词典：{reason}</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../reader/gui/word_popup.py" line="68" />
        <location filename="../../reader/gui/word_popup.py" line="115" />
        <source>&amp;Add to Vocabulary</source>
        <translation>加入生词本(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_popup.py" line="71" />
        <source>Keep the word with its reading, sense and sentence (A)</source>
        <translation>连同读音、释义和所在句子保存这个词（A）</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="171" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="187" />
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Import Annotations…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="195" />
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Export Annotations…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="203" />
        <source>Reattach &amp;Notes…</source>
        <translation>Reattach &amp;Notes…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="210" />
        <source>Copy Annotations as &amp;Markdown</source>
        <translation>Copy Annotations as &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="217" />
        <source>&amp;Close Tab</source>
        <translation>&amp;Close Tab</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="225" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="233" />
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="241" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="249" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="258" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="264" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="268" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="274" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="279" />
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="287" />
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="303" />
        <source>Select &amp;Word</source>
        <translation>Select &amp;Word</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="311" />
        <source>Select &amp;Sentence</source>
        <translation>Select &amp;Sentence</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="319" />
        <source>Treat as &amp;One Word</source>
        <translation>Treat as &amp;One Word</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="325" />
        <source>&amp;Look Up Word</source>
        <translation>&amp;Look Up Word</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="333" />
        <source>Look Up Under the &amp;Mouse</source>
        <translation>Look Up Under the &amp;Mouse</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="340" />
        <source>Add to Voca&amp;bulary</source>
        <translation>Add to Voca&amp;bulary</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="347" />
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Highlight Selection</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="26" />
        <source>Highlight &amp;Yellow</source>
        <translation>Highlight &amp;Yellow</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="27" />
        <source>Highlight &amp;Green</source>
        <translation>Highlight &amp;Green</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="28" />
        <source>Highlight &amp;Blue</source>
        <translation>Highlight &amp;Blue</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="29" />
        <source>Highlight &amp;Pink</source>
        <translation>Highlight &amp;Pink</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="30" />
        <source>Highlight Purpl&amp;e</source>
        <translation>Highlight Purpl&amp;e</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="70" />
        <source>Highlight in {colour}</source>
        <translation>Highlight in {colour}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="71" />
        <source>Highlight in {colour} (key {keys})</source>
        <translation>Highlight in {colour} (key {keys})</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="79" />
        <source>New from Clipboard</source>
        <translation>New from Clipboard</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="469" />
        <source>Focus Next Pan&amp;e</source>
        <translation>Focus Next Pan&amp;e</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="510" />
        <source>Ne&amp;xt Script</source>
        <translation>Ne&amp;xt Script</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="14" />
        <source>Traditional: OpenCC Stan&amp;dard</source>
        <translation>Traditional: OpenCC Stan&amp;dard</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="15" />
        <source>Traditional: Tai&amp;wan</source>
        <translation>Traditional: Tai&amp;wan</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="549" />
        <source>Show &amp;Over the Text</source>
        <translation>Show &amp;Over the Text</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="557" />
        <source>&amp;Pinyin</source>
        <translation>&amp;Pinyin</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="565" />
        <source>&amp;Zhuyin (注音)</source>
        <translation>&amp;Zhuyin (注音)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="573" />
        <source>&amp;Tone Colours</source>
        <translation>&amp;Tone Colours</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="628" />
        <source>Reset &amp;Zoom</source>
        <translation>Reset &amp;Zoom</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="636" />
        <source>Sectio&amp;n Tree</source>
        <translation>Sectio&amp;n Tree</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="668" />
        <source>&amp;Reset Reading Progress</source>
        <translation>&amp;Reset Reading Progress</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="698" />
        <source>Split Sid&amp;e by Side</source>
        <translation>Split Sid&amp;e by Side</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="706" />
        <source>Scroll To&amp;gether by Section</source>
        <translation>Scroll To&amp;gether by Section</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="821" />
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="777" />
        <source>Add &amp;Files to Library…</source>
        <translation>Add &amp;Files to Library…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="784" />
        <source>Add F&amp;older to Library…</source>
        <translation>Add F&amp;older to Library…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="357" />
        <source>&amp;Underline Selection</source>
        <translation>&amp;Underline Selection</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="179" />
        <source>New from Clip&amp;board</source>
        <translation>New from Clip&amp;board</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="295" />
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="366" />
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="375" />
        <source>&amp;Comment Without Highlight…</source>
        <translation>&amp;Comment Without Highlight…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="383" />
        <source>Con&amp;firm Moved Highlight</source>
        <translation>Con&amp;firm Moved Highlight</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="390" />
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Remove Highlight</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="399" />
        <source>Next &amp;Highlight</source>
        <translation>Next &amp;Highlight</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="407" />
        <source>Previous H&amp;ighlight</source>
        <translation>Previous H&amp;ighlight</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="415" />
        <source>&amp;Next Section</source>
        <translation>&amp;Next Section</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="423" />
        <source>&amp;Previous Section</source>
        <translation>&amp;Previous Section</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="431" />
        <source>Next Section, One Level Fine&amp;r</source>
        <translation>Next Section, One Level Fine&amp;r</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="438" />
        <source>Previous Section, One &amp;Level Finer</source>
        <translation>Previous Section, One &amp;Level Finer</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="445" />
        <source>&amp;Go To…</source>
        <translation>&amp;Go To…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="453" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="461" />
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="476" />
        <source>Focus Previous P&amp;ane</source>
        <translation>Focus Previous P&amp;ane</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="483" />
        <source>&amp;Original Script (原文)</source>
        <translation>&amp;Original Script (原文)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="492" />
        <source>&amp;Simplified (简体)</source>
        <translation>&amp;Simplified (简体)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="501" />
        <source>&amp;Traditional (繁體)</source>
        <translation>&amp;Traditional (繁體)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="16" />
        <source>Traditional: Taiwan with Taiwanese &amp;Phrases</source>
        <translation>Traditional: Taiwan with Taiwanese &amp;Phrases</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="17" />
        <source>Traditional: &amp;Hong Kong</source>
        <translation>Traditional: &amp;Hong Kong</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="580" />
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="588" />
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="596" />
        <source>简体中文 (&amp;C)</source>
        <translation>简体中文 (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="604" />
        <source>繁體中文 (&amp;T)</source>
        <translation>繁體中文 (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="612" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="620" />
        <source>Zoom O&amp;ut</source>
        <translation>Zoom O&amp;ut</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="644" />
        <source>&amp;Annotations Panel</source>
        <translation>&amp;Annotations Panel</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="652" />
        <source>&amp;Key Terms Panel</source>
        <translation>&amp;Key Terms Panel</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="660" />
        <source>Vo&amp;cabulary Panel</source>
        <translation>Vo&amp;cabulary Panel</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="675" />
        <source>&amp;Unfold</source>
        <translation>&amp;Unfold</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="682" />
        <source>Unfold &amp;All</source>
        <translation>Unfold &amp;All</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="689" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="714" />
        <source>Next Ta&amp;b</source>
        <translation>Next Ta&amp;b</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="721" />
        <source>Pre&amp;vious Tab</source>
        <translation>Pre&amp;vious Tab</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="728" />
        <source>Compare &amp;With…</source>
        <translation>Compare &amp;With…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="735" />
        <source>&amp;Next Change</source>
        <translation>&amp;Next Change</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="742" />
        <source>&amp;Previous Change</source>
        <translation>&amp;Previous Change</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="749" />
        <source>&amp;Fold Unchanged Sections</source>
        <translation>&amp;Fold Unchanged Sections</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="757" />
        <source>&amp;Export Comparison…</source>
        <translation>&amp;Export Comparison…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="763" />
        <source>&amp;Close Comparison</source>
        <translation>&amp;Close Comparison</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="769" />
        <source>&amp;Show Library</source>
        <translation>&amp;Show Library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="791" />
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Watch Folder…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="798" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="806" />
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="811" />
        <source>&amp;About Reader</source>
        <translation>&amp;About Reader</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="815" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="816" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="817" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="818" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="819" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="820" />
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="822" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="827" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="826" />
        <source>Pin&amp;yin</source>
        <translation>Pin&amp;yin</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="882" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="883" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="887" />
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="888" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="889" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="146" />
        <source>No highlights yet.

Select a passage in the text (drag with the mouse, or press {word} for the word at the caret, {sentence} for its sentence), then press {highlight} to highlight it, {colours} for a colour, {underline} to underline it or {note} to write a note.

Your highlights are listed here by section; {next} and {previous} go from one to the next in the text.</source>
        <translation>No highlights yet.

Select a passage in the text (drag with the mouse, or press {word} for the word at the caret, {sentence} for its sentence), then press {highlight} to highlight it, {colours} for a colour, {underline} to underline it or {note} to write a note.

Your highlights are listed here by section; {next} and {previous} go from one to the next in the text.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="167" />
        <location filename="../../reader/gui/annotation_dock.py" line="183" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="174" />
        <source>Filter quotes and notes (either script)</source>
        <translation>Filter quotes and notes (either script)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_dock.py" line="175" />
        <source>Filter annotations</source>
        <translation>Filter annotations</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="37" />
        <source>Change highlight</source>
        <translation>Change highlight</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="40" />
        <source>Select a passage first (W selects a word, S a sentence).</source>
        <translation>Select a passage first (W selects a word, S a sentence).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="43" />
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="84" />
        <source>No word at the caret: select a passage first (W selects a word, S a sentence).</source>
        <translation>No word at the caret: select a passage first (W selects a word, S a sentence).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="92" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="106" />
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="113" />
        <source>Remove highlight</source>
        <translation>Remove highlight</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="128" />
        <source>No highlight is waiting to be checked.</source>
        <translation>No highlight is waiting to be checked.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="131" />
        <source>Confirm place</source>
        <translation>Confirm place</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="145" />
        <source>No more highlights in this direction.</source>
        <translation>No more highlights in this direction.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/annotation_editor.py" line="154" />
        <source>These annotations are read-only: {reason}.</source>
        <translation>These annotations are read-only: {reason}.</translation>
    </message>
</context>
<context>
    <name>AnnotationExchange</name>
    <message>
        <location filename="../../reader/gui/exchange.py" line="47" />
        <source>Not found in the current text</source>
        <translation>Not found in the current text</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="48" />
        <source>no colour</source>
        <translation>no colour</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="49" />
        <source>underline</source>
        <translation>underline</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="52" />
        <source>{colour}</source>
        <translation>{colour}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="53" />
        <source>{colour}, {underline}</source>
        <translation>{colour}, {underline}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="54" />
        <source>{source}</source>
        <translation>{source}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="55" />
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="56" />
        <source>quotes converted to {script} from the original {original}</source>
        <translation>quotes converted to {script} from the original {original}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="57" />
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="58" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="93" />
        <source>None of the annotations is in the chosen scope and colours: nothing was exported.</source>
        <translation>None of the annotations is in the chosen scope and colours: nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="100" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="104" />
        <source>Exported {n} annotations to {path}</source>
        <translation>Exported {n} annotations to {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="104" />
        <source>Exported 1 annotation to {path}</source>
        <translation>Exported 1 annotation to {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="122" />
        <source>{title} notes</source>
        <translation>{title} notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="122" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="135" />
        <source>This document has no annotations yet, so there is nothing to export.</source>
        <translation>This document has no annotations yet, so there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="141" />
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="172" />
        <source>Annotations copied as Markdown.</source>
        <translation>Annotations copied as Markdown.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="182" />
        <source>Import Annotations</source>
        <translation>Import Annotations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="184" />
        <source>Annotation files (*.json);;All files (*)</source>
        <translation>Annotation files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="205" />
        <source>These annotations were made on another document:
{sources}

Import them into this one?</source>
        <translation>These annotations were made on another document:
{sources}

Import them into this one?</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="215" />
        <source>Cannot import annotations</source>
        <translation>Cannot import annotations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="202" />
        <location filename="../../reader/gui/exchange.py" line="219" />
        <source>Import annotations</source>
        <translation>Import annotations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="45" />
        <source>{year}-{month:02}-{day:02} {hour:02}:{minute:02}</source>
        <translation>{year}-{month:02}-{day:02} {hour:02}:{minute:02}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="222" />
        <source>Annotations imported</source>
        <translation>Annotations imported</translation>
    </message>
    <message>
        <location filename="../../reader/gui/exchange.py" line="224" />
        <source>{added} added, {updated} updated, {unchanged} already present, {orphaned} not found in the text.</source>
        <translation>{added} added, {updated} updated, {unchanged} already present, {orphaned} not found in the text.</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../reader/models/annotation_model.py" line="70" />
        <source>Not found in the current text</source>
        <translation>Not found in the current text</translation>
    </message>
    <message>
        <location filename="../../reader/models/annotation_model.py" line="71" />
        <source>moved, please check</source>
        <translation>moved, please check</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/app.py" line="78" />
        <source>Reader met an unexpected error. Your annotations were saved; the details below are also in {log}.</source>
        <translation>Reader met an unexpected error. Your annotations were saved; the details below are also in {log}.</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="83" />
        <source>Reader met an unexpected error. Your annotations could not be saved; the details below are also in {log}.</source>
        <translation>Reader met an unexpected error. Your annotations could not be saved; the details below are also in {log}.</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="182" />
        <source>The language changes once the annotations can be saved.</source>
        <translation>The language changes once the annotations can be saved.</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="216" />
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="250" />
        <source>Reader cannot use its data folder {folder} ({reason}). Highlights and notes made now are kept in {fallback} and will not be found by the next start.</source>
        <translation>Reader cannot use its data folder {folder} ({reason}). Highlights and notes made now are kept in {fallback} and will not be found by the next start.</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../reader/models/change_model.py" line="18" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="19" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="20" />
        <source>reworded</source>
        <translation>reworded</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="21" />
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="22" />
        <source>renumbered</source>
        <translation>renumbered</translation>
    </message>
    <message>
        <location filename="../../reader/models/change_model.py" line="23" />
        <source>punctuation</source>
        <translation>punctuation</translation>
    </message>
</context>
<context>
    <name>ClipboardDocument</name>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="17" />
        <source>the clipboard holds binary data (a NUL character), not text</source>
        <translation>the clipboard holds binary data (a NUL character), not text</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="20" />
        <source>the clipboard holds more text than a document may have ({limit} MB)</source>
        <translation>the clipboard holds more text than a document may have ({limit} MB)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="23" />
        <source>the clipboard's text holds characters that cannot be saved</source>
        <translation>the clipboard's text holds characters that cannot be saved</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="51" />
        <source>The clipboard holds no text to read.</source>
        <translation>The clipboard holds no text to read.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="54" />
        <source>Nothing was saved: {reason}. The clipboard still holds it; paste it into a text editor to see it.</source>
        <translation>Nothing was saved: {reason}. The clipboard still holds it; paste it into a text editor to see it.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/clipboard_document.py" line="62" />
        <source>Could not save the pasted document: {error}</source>
        <translation>Could not save the pasted document: {error}</translation>
    </message>
</context>
<context>
    <name>CompareDock</name>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="143" />
        <location filename="../../reader/gui/compare_dock.py" line="167" />
        <location filename="../../reader/gui/compare_dock.py" line="203" />
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="148" />
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="151" />
        <source>Show changes</source>
        <translation>Show changes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="152" />
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="161" />
        <source>All but punctuation</source>
        <translation>All but punctuation</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="185" />
        <source>New and dropped terms</source>
        <translation>New and dropped terms</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="190" />
        <source>Figures that changed</source>
        <translation>Figures that changed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="192" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="192" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="192" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="204" />
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="205" />
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="207" />
        <source>&amp;Note This Change</source>
        <translation>&amp;Note This Change</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="209" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="327" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="328" />
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="329" />
        <source>more</source>
        <translation>more</translation>
    </message>
    <message>
        <location filename="../../reader/gui/compare_dock.py" line="330" />
        <source>fewer</source>
        <translation>fewer</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../reader/gui/comparing.py" line="69" />
        <source>Comparing {a} with {b}…</source>
        <translation>Comparing {a} with {b}…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="99" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="101" />
        <source>{a} → {b}: {counts}</source>
        <translation>{a} → {b}: {counts}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="102" />
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="142" />
        <source>The comparison failed: {error}</source>
        <translation>The comparison failed: {error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="172" />
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="173" />
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="174" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="175" />
        <source>Section in A</source>
        <translation>Section in A</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="176" />
        <source>Section in B</source>
        <translation>Section in B</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="177" />
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="178" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="179" />
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="180" />
        <source>New in B</source>
        <translation>New in B</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="181" />
        <source>Dropped from A</source>
        <translation>Dropped from A</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="182" />
        <source>More or fewer in B</source>
        <translation>More or fewer in B</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="183" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="184" />
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="185" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="186" />
        <source>No figure changed.</source>
        <translation>No figure changed.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="187" />
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="188" />
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="189" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="190" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="191" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="195" />
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="196" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="227" />
        <source>⋯ 1 unchanged section ⋯</source>
        <translation>⋯ 1 unchanged section ⋯</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="228" />
        <source>⋯ {count} unchanged sections ⋯</source>
        <translation>⋯ {count} unchanged sections ⋯</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="243" />
        <source>That was the last change.</source>
        <translation>That was the last change.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="243" />
        <source>That was the first change.</source>
        <translation>That was the first change.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="244" />
        <source>The two versions have no changes.</source>
        <translation>The two versions have no changes.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="251" />
        <source>{kind}: “{old}” → “{new}”</source>
        <translation>{kind}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="255" />
        <source>Note this change</source>
        <translation>Note this change</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="256" />
        <source>The change is noted.</source>
        <translation>The change is noted.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="276" />
        <source>Export Comparison</source>
        <translation>Export Comparison</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="278" />
        <source>Web page (*.html);;Markdown (*.md);;JSON (*.json);;Word old | new table (*.docx)</source>
        <translation>Web page (*.html);;Markdown (*.md);;JSON (*.json);;Word old | new table (*.docx)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="284" />
        <source>Exporting the comparison…</source>
        <translation>Exporting the comparison…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="296" />
        <source>Could not save {path}: {error}</source>
        <translation>Could not save {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/comparing.py" line="292" />
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>DataFolderWatch</name>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="52" />
        <source>The data folder {folder} is gone (moved or deleted?). Nothing is written anywhere else: your notes, reading progress and settings are kept and saved there once it is back.</source>
        <translation>The data folder {folder} is gone (moved or deleted?). Nothing is written anywhere else: your notes, reading progress and settings are kept and saved there once it is back.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="82" />
        <source>The data folder is back: what was kept meanwhile is saved in it.</source>
        <translation>The data folder is back: what was kept meanwhile is saved in it.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="99" />
        <source>Reading progress and settings not saved</source>
        <translation>Reading progress and settings not saved</translation>
    </message>
    <message>
        <location filename="../../reader/gui/data_folder_watch.py" line="101" />
        <source>The data folder {folder} is gone (moved or deleted?), so your latest reading progress and settings could not be saved in it.

Put it back and try again, or quit and lose them?</source>
        <translation>The data folder {folder} is gone (moved or deleted?), so your latest reading progress and settings could not be saved in it.

Put it back and try again, or quit and lose them?</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="48" />
        <source>Open Document</source>
        <translation>Open Document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="17" />
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="18" />
        <source>Text files</source>
        <translation>Text files</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="19" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="20" />
        <source>Web pages</source>
        <translation>Web pages</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="21" />
        <source>Word documents</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="22" />
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="23" />
        <source>EPUB books</source>
        <translation>EPUB books</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="39" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="61" />
        <source>Compare “{title}” With…</source>
        <translation>Compare “{title}” With…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="75" />
        <source>About Reader</source>
        <translation>About Reader</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="76" />
        <source>&lt;h3&gt;Reader 研讀 {version}&lt;/h3&gt;&lt;p&gt;A study reader for Chinese documents: read, mark passages, write notes and hand them on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reader 研讀 {version}&lt;/h3&gt;&lt;p&gt;A study reader for Chinese documents: read, mark passages, write notes and hand them on.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../reader/gui/document_view.py" line="47" />
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="55" />
        <location filename="../../reader/gui/export_dialog.py" line="177" />
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="60" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="61" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="62" />
        <source>HTML page</source>
        <translation>HTML page</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="63" />
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON (W3C Web Annotation)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="64" />
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="65" />
        <source>PDF (the whole document, as printed)</source>
        <translation>PDF (the whole document, as printed)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="70" />
        <source>Study notes (宋体, 黑体 headings)</source>
        <translation>Study notes (宋体, 黑体 headings)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="71" />
        <source>Official document (GB/T 9704: 仿宋, 小标宋 title)</source>
        <translation>Official document (GB/T 9704: 仿宋, 小标宋 title)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="76" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="83" />
        <source>All annotations</source>
        <translation>All annotations</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="84" />
        <source>Current section</source>
        <translation>Current section</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="85" />
        <source>Only those with notes</source>
        <translation>Only those with notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="97" />
        <source>No colour</source>
        <translation>No colour</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="102" />
        <source>Include the &amp;whole text</source>
        <translation>Include the &amp;whole text</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="105" />
        <source>The document's text with the highlights on it, not only the quotes; in a Word document the notes become numbered footnotes.</source>
        <translation>The document's text with the highlights on it, not only the quotes; in a Word document the notes become numbered footnotes.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="109" />
        <source>Begin with a su&amp;mmary table</source>
        <translation>Begin with a su&amp;mmary table</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="110" />
        <source>How many highlights of each colour each section holds, before the quotes.</source>
        <translation>How many highlights of each colour each section holds, before the quotes.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="115" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="119" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="120" />
        <source>S&amp;tyle:</source>
        <translation>S&amp;tyle:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="121" />
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="122" />
        <source>S&amp;cope:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="123" />
        <source>Co&amp;lours:</source>
        <translation>Co&amp;lours:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/export_dialog.py" line="126" />
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="23" />
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="26" />
        <source>Find text</source>
        <translation>Find text</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="27" />
        <source>Search in either script: 学习 or 學習</source>
        <translation>Search in either script: 学习 or 學習</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="33" />
        <source>Previous (Shift+Enter)</source>
        <translation>Previous (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="34" />
        <source>Next (Enter)</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="35" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="64" />
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../../reader/gui/find_controller.py" line="75" />
        <source>Indexing…</source>
        <translation>Indexing…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_controller.py" line="143" />
        <source>1 place: click the mark to go there</source>
        <translation>1 place: click the mark to go there</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_controller.py" line="144" />
        <source>{count} places: click a mark to go there</source>
        <translation>{count} places: click a mark to go there</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../reader/gui/fonts.py" line="15" />
        <source>No installed font covers Chinese, so the text shows as boxes. Install one, for example: sudo apt install fonts-noto-cjk (Debian, Ubuntu) or sudo dnf install google-noto-sans-cjk-fonts (Fedora), then restart Reader.</source>
        <translation>No installed font covers Chinese, so the text shows as boxes. Install one, for example: sudo apt install fonts-noto-cjk (Debian, Ubuntu) or sudo dnf install google-noto-sans-cjk-fonts (Fedora), then restart Reader.</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="18" />
        <source>“{typed}” is not a place to go to. Type an article (第1165条), a chapter (第八十回, 80), an item (（三）), a page of a PDF (p. 12, 第12页) or a percentage (50%).</source>
        <translation>“{typed}” is not a place to go to. Type an article (第1165条), a chapter (第八十回, 80), an item (（三）), a page of a PDF (p. 12, 第12页) or a percentage (50%).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="25" />
        <source>This document has no pages (only a PDF has): try a percentage, such as 50%.</source>
        <translation>This document has no pages (only a PDF has): try a percentage, such as 50%.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="34" />
        <source>This document has 1 page.</source>
        <translation>This document has 1 page.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="35" />
        <source>This document has {count} pages.</source>
        <translation>This document has {count} pages.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="37" />
        <source>No heading numbered “{typed}” in this document.</source>
        <translation>No heading numbered “{typed}” in this document.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="47" />
        <source>Go To</source>
        <translation>Go To</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="50" />
        <source>Article, chapter, item, page or percentage:</source>
        <translation>Article, chapter, item, page or percentage:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="54" />
        <source>Where to go</source>
        <translation>Where to go</translation>
    </message>
    <message>
        <location filename="../../reader/gui/goto_dialog.py" line="63" />
        <source>Go</source>
        <translation>Go</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../../reader/gui/palette.py" line="21" />
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="22" />
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="23" />
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="24" />
        <source>pink</source>
        <translation>pink</translation>
    </message>
    <message>
        <location filename="../../reader/gui/palette.py" line="25" />
        <source>purple</source>
        <translation>purple</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../reader/gui/history_chart.py" line="73" />
        <source>「{query}」 per 10,000 characters, by year</source>
        <translation>「{query}」 per 10,000 characters, by year</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_chart.py" line="107" />
        <source>{year}: {count} in {used} of 1 document, {rate} per 10,000 characters</source>
        <translation>{year}: {count} in {used} of 1 document, {rate} per 10,000 characters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_chart.py" line="108" />
        <source>{year}: {count} in {used} of {documents} documents, {rate} per 10,000 characters</source>
        <translation>{year}: {count} in {used} of {documents} documents, {rate} per 10,000 characters</translation>
    </message>
</context>
<context>
    <name>KeyTermModel</name>
    <message>
        <location filename="../../reader/models/keyterm_model.py" line="47" />
        <source>{term}: {count} times</source>
        <translation>{term}: {count} times</translation>
    </message>
    <message>
        <location filename="../../reader/models/keyterm_model.py" line="47" />
        <source>{term}: once</source>
        <translation>{term}: once</translation>
    </message>
</context>
<context>
    <name>KeyTermsDock</name>
    <message>
        <location filename="../../reader/gui/keyterms_dock.py" line="15" />
        <source>Key Terms</source>
        <translation>Key Terms</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyterms_dock.py" line="20" />
        <source>Key terms</source>
        <translation>Key terms</translation>
    </message>
</context>
<context>
    <name>KeyTermsPanel</name>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="27" />
        <source>Key terms against the library</source>
        <translation>Key terms against the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="29" />
        <source>Choose a document to see its key terms.</source>
        <translation>Choose a document to see its key terms.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="36" />
        <source>Elsewhere</source>
        <translation>Elsewhere</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="42" />
        <source>Click a term to search the library for it.</source>
        <translation>Click a term to search the library for it.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="58" />
        <source>Finding the key terms…</source>
        <translation>Finding the key terms…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="79" />
        <source>No term stands out: the document is too short or like the rest.</source>
        <translation>No term stands out: the document is too short or like the rest.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_terms.py" line="83" />
        <source>The key terms could not be found: {reason}</source>
        <translation>The key terms could not be found: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/models/library_model.py" line="35" />
        <source>  (file missing)</source>
        <translation>  (file missing)</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="36" />
        <source>dated by the document</source>
        <translation>dated by the document</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="37" />
        <source>dated by its file</source>
        <translation>dated by its file</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="38" />
        <source>{thousands}k characters</source>
        <translation>{thousands}k characters</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="39" />
        <source>1 character</source>
        <translation>1 character</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="40" />
        <source>{count} characters</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="43" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="45" />
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="68" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="69" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="70" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="71" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="72" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="73" />
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="74" />
        <source>Last read</source>
        <translation>Last read</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="75" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="217" />
        <source>Document / section</source>
        <translation>Document / section</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="218" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="219" />
        <source>Hit</source>
        <translation>Hit</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="220" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="255" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="256" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="257" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="258" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../reader/models/library_model.py" line="259" />
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>LibraryRemover</name>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="28" />
        <source>Remove from Library</source>
        <translation>Remove from Library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="47" />
        <source>1 document removed from the library (its file and notes are kept).</source>
        <translation>1 document removed from the library (its file and notes are kept).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_remove.py" line="48" />
        <source>{n} documents removed from the library (their files and notes are kept).</source>
        <translation>{n} documents removed from the library (their files and notes are kept).</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPage</name>
    <message>
        <location filename="../../reader/gui/library_search.py" line="78" />
        <source>Search every document, in either script</source>
        <translation>Search every document, in either script</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="131" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="139" />
        <source>{occurrences} in {documents} ({shown} shown)</source>
        <translation>{occurrences} in {documents} ({shown} shown)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="140" />
        <source>1 occurrence</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="140" />
        <source>{n} occurrences</source>
        <translation>{n} occurrences</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="141" />
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="141" />
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_search.py" line="147" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../reader/gui/library_view.py" line="56" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="76" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="78" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="86" />
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="107" />
        <location filename="../../reader/gui/library_view.py" line="123" />
        <source>Library list: {news}.</source>
        <translation>Library list: {news}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="133" />
        <source>The library's catalogue was damaged: it is set aside as {name} and built again from your documents and notes (none is lost)…</source>
        <translation>The library's catalogue was damaged: it is set aside as {name} and built again from your documents and notes (none is lost)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="136" />
        <source>The library's catalogue was missing: building it again from your documents and notes…</source>
        <translation>The library's catalogue was missing: building it again from your documents and notes…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="150" />
        <source>Filter by title or path (either script)</source>
        <translation>Filter by title or path (either script)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="152" />
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="153" />
        <source>Add Folder…</source>
        <translation>Add Folder…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="154" />
        <source>Watch Folder…</source>
        <translation>Watch Folder…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="170" />
        <source>Not tagged: {reason}</source>
        <translation>Not tagged: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="174" />
        <source>Not removed: {reason}</source>
        <translation>Not removed: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="218" />
        <source>The library could not be read: {reason}</source>
        <translation>The library could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="259" />
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="259" />
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="260" />
        <source>{shown} of {n} documents</source>
        <translation>{shown} of {n} documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="260" />
        <source>{shown} of 1 document</source>
        <translation>{shown} of 1 document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="273" />
        <source>{n} files missing (their notes kept)</source>
        <translation>{n} files missing (their notes kept)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="273" />
        <source>1 file missing (its notes kept)</source>
        <translation>1 file missing (its notes kept)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="288" />
        <source>Add Files to the Library</source>
        <translation>Add Files to the Library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="294" />
        <source>Add a Folder to the Library</source>
        <translation>Add a Folder to the Library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="302" />
        <source>Watch a Folder for the Library</source>
        <translation>Watch a Folder for the Library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="307" />
        <source>Watching {folder}: looking for documents…</source>
        <translation>Watching {folder}: looking for documents…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="315" />
        <source>watched folders not found: {folders}</source>
        <translation>watched folders not found: {folders}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="321" />
        <source>Looking for documents…</source>
        <translation>Looking for documents…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="328" />
        <source>Indexing {done} of {total}: {name}</source>
        <translation>Indexing {done} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="343" />
        <source>{n} documents in the library</source>
        <translation>{n} documents in the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="343" />
        <source>1 document in the library</source>
        <translation>1 document in the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="344" />
        <source>{shown} of {n} documents in the library</source>
        <translation>{shown} of {n} documents in the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="344" />
        <source>{shown} of 1 document in the library</source>
        <translation>{shown} of 1 document in the library</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_view.py" line="348" />
        <source>{n} could not be read: {reasons}</source>
        <translation>{n} could not be read: {reasons}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="100" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../reader/gui/launch_messages.py" line="38" />
        <source>Some settings in {file} could not be used and were reset to their defaults: {keys}.</source>
        <translation>Some settings in {file} could not be used and were reset to their defaults: {keys}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/opening.py" line="287" />
        <source>Cannot open document</source>
        <translation>Cannot open document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/opening.py" line="289" />
        <source>Cannot open documents</source>
        <translation>Cannot open documents</translation>
    </message>
    <message>
        <location filename="../../reader/gui/follow_current.py" line="81" />
        <source> (read-only annotations)</source>
        <translation> (read-only annotations)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="18" />
        <source>Your words (Treat as One Word) from another computer were merged in from {files}.</source>
        <translation>Your words (Treat as One Word) from another computer were merged in from {files}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="24" />
        <source>{file} holds lines that are not words; those that are were read. The file is kept as it is beside the next one written ({file}.damaged).</source>
        <translation>{file} holds lines that are not words; those that are were read. The file is kept as it is beside the next one written ({file}.damaged).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="39" />
        <source>{file}: a copy of the settings left by a sync tool could not be read ({reason}). It is kept as it is.</source>
        <translation>{file}: a copy of the settings left by a sync tool could not be read ({reason}). It is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="46" />
        <source>{file}: another computer's settings, left by a sync tool. The place and script of a document read there were taken in; where both computers set something, this one's is kept. The copy is kept as it is.</source>
        <translation>{file}: another computer's settings, left by a sync tool. The place and script of a document read there were taken in; where both computers set something, this one's is kept. The copy is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_files.py" line="52" />
        <source>{file}: another computer's settings, left by a sync tool. The place and script of {count} documents read there were taken in; where both computers set something, this one's is kept. The copy is kept as it is.</source>
        <translation>{file}: another computer's settings, left by a sync tool. The place and script of {count} documents read there were taken in; where both computers set something, this one's is kept. The copy is kept as it is.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../reader/gui/message_bar.py" line="21" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="15" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="20" />
        <source>&amp;Note (Ctrl+Enter saves, Esc cancels):</source>
        <translation>&amp;Note (Ctrl+Enter saves, Esc cancels):</translation>
    </message>
    <message>
        <location filename="../../reader/gui/note_dialog.py" line="23" />
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="73" />
        <source>Every colour</source>
        <translation>Every colour</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="88" />
        <source>Text in the passage or the note (either script)</source>
        <translation>Text in the passage or the note (either script)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="93" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="119" />
        <source>No notes yet.

The highlights and notes of every document you read are gathered here. In a document, select a passage and press {highlight} to highlight it or {note} to write a note; it is listed here, and a row opens its document at the passage.</source>
        <translation>No notes yet.

The highlights and notes of every document you read are gathered here. In a document, select a passage and press {highlight} to highlight it or {note} to write a note; it is listed here, and a row opens its document at the passage.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="130" />
        <source>Every document</source>
        <translation>Every document</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="166" />
        <source>No note matches these filters.

There is 1 note in all: choose Every document, Every colour or an earlier date, or clear the text, to see it again.</source>
        <translation>No note matches these filters.

There is 1 note in all: choose Every document, Every colour or an earlier date, or clear the text, to see it again.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="171" />
        <source>No note matches these filters.

There are {count} notes in all: choose Every document, Every colour or an earlier date, or clear the text, to see them again.</source>
        <translation>No note matches these filters.

There are {count} notes in all: choose Every document, Every colour or an earlier date, or clear the text, to see them again.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="189" />
        <source>No notes are shown, so there is nothing to export.</source>
        <translation>No notes are shown, so there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="196" />
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="235" />
        <source>Exported 1 note to {path}</source>
        <translation>Exported 1 note to {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="235" />
        <source>Exported {n} notes to {path}</source>
        <translation>Exported {n} notes to {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="189" />
        <location filename="../../reader/gui/notebook_view.py" line="200" />
        <source>Export Notes</source>
        <translation>Export Notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="212" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="215" />
        <source>{title} notes</source>
        <translation>{title} notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="224" />
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="75" />
        <source>no colour</source>
        <translation>no colour</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notebook_view.py" line="232" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>OpenErrors</name>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="13" />
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="14" />
        <source>This is a folder, not a document.</source>
        <translation>This is a folder, not a document.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="15" />
        <source>The file is too large: Reader opens documents of up to {limit} MB.</source>
        <translation>The file is too large: Reader opens documents of up to {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="18" />
        <source>The file unpacks to far more than a document holds ({detail}); Reader refuses it.</source>
        <translation>The file unpacks to far more than a document holds ({detail}); Reader refuses it.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="21" />
        <source>You are not allowed to read this file.</source>
        <translation>You are not allowed to read this file.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="22" />
        <source>This is not a text file: it holds binary data.</source>
        <translation>This is not a text file: it holds binary data.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="23" />
        <source>This is a device or a pipe, not a file: Reader opens only regular files.</source>
        <translation>This is a device or a pipe, not a file: Reader opens only regular files.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="26" />
        <source>The text is in none of the encodings Reader reads (UTF-8, UTF-16, GB18030, Big5).</source>
        <translation>The text is in none of the encodings Reader reads (UTF-8, UTF-16, GB18030, Big5).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="29" />
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="30" />
        <source>The file is damaged and cannot be read.</source>
        <translation>The file is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="31" />
        <source>The file is protected by a password or DRM; Reader opens only unprotected files.</source>
        <translation>The file is protected by a password or DRM; Reader opens only unprotected files.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="34" />
        <source>This PDF has no text layer: its pages are scanned images. Make a searchable PDF with OCR first (for example with ocrmypdf).</source>
        <translation>This PDF has no text layer: its pages are scanned images. Make a searchable PDF with OCR first (for example with ocrmypdf).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="38" />
        <source>Reader found no article on this web page (only menus, links or scripts).</source>
        <translation>Reader found no article on this web page (only menus, links or scripts).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="41" />
        <source>This is an older Word file (.doc); save it as .docx in Word or LibreOffice.</source>
        <translation>This is an older Word file (.doc); save it as .docx in Word or LibreOffice.</translation>
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
        <translation>{count} files could not be opened:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="66" />
        <source>{file}: 1 damaged character could not be read in {encoding} and is shown as �.</source>
        <translation>{file}: 1 damaged character could not be read in {encoding} and is shown as �.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/open_errors.py" line="69" />
        <source>{file}: {count} damaged characters could not be read in {encoding} and are shown as �.</source>
        <translation>{file}: {count} damaged characters could not be read in {encoding} and are shown as �.</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../reader/models/outline_model.py" line="41" />
        <source>Document information</source>
        <translation>Document information</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="42" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="43" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="44" />
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="45" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="46" />
        <source>Date and source</source>
        <translation>Date and source</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="47" />
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="48" />
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="49" />
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="50" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="51" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="221" />
        <source>Key terms: {terms}</source>
        <translation>Key terms: {terms}</translation>
    </message>
    <message>
        <location filename="../../reader/models/outline_model.py" line="223" />
        <source>Read</source>
        <translation>Read</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/gui/preferences.py" line="29" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="34" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="35" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="36" />
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="37" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="66" />
        <source>Indent the first line by two characters</source>
        <translation>Indent the first line by two characters</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="74" />
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="76" />
        <source>Show full-width punctuation beside Chinese (display only)</source>
        <translation>Show full-width punctuation beside Chinese (display only)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="78" />
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="79" />
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="80" />
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="81" />
        <source>&amp;Line spacing:</source>
        <translation>&amp;Line spacing:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="82" />
        <source>&amp;Paragraph spacing (lines):</source>
        <translation>&amp;Paragraph spacing (lines):</translation>
    </message>
    <message>
        <location filename="../../reader/gui/preferences.py" line="84" />
        <source>Line &amp;width (characters):</source>
        <translation>Line &amp;width (characters):</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="45" />
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="47" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="56" />
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/print_dialogs.py" line="64" />
        <source>Could not write the PDF</source>
        <translation>Could not write the PDF</translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="25" />
        <source>The share of the text that has been on screen as long as reading it takes; read sections are ticked in the Sections panel.</source>
        <translation>The share of the text that has been on screen as long as reading it takes; read sections are ticked in the Sections panel.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="55" />
        <source>Read {share}%</source>
        <translation>Read {share}%</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_tracker.py" line="83" />
        <source>Could not save the reading progress: {error}</source>
        <translation>Could not save the reading progress: {error}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="29" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="30" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../reader/gui/script_switch.py" line="148" />
        <source>Could not convert the document: {error}</source>
        <translation>Could not convert the document: {error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading_jobs.py" line="38" />
        <source>The analysis process is not available ({reason}): the window analyses the document itself, and may answer slowly until it is done.</source>
        <translation>The analysis process is not available ({reason}): the window analyses the document itself, and may answer slowly until it is done.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_analysis.py" line="115" />
        <source>Reading the pinyin…</source>
        <translation>Reading the pinyin…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/save_notice.py" line="22" />
        <source>Could not save the annotations: {error}. Your changes are kept and saved as soon as writing works again.</source>
        <translation>Could not save the annotations: {error}. Your changes are kept and saved as soon as writing works again.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/save_notice.py" line="33" />
        <source>Annotations saved.</source>
        <translation>Annotations saved.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="18" />
        <source>Select the characters that make one word first.</source>
        <translation>Select the characters that make one word first.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="25" />
        <source>Could not save your words: {error}</source>
        <translation>Could not save your words: {error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="33" />
        <source>“{word}” is one word from now on.</source>
        <translation>“{word}” is one word from now on.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/one_word.py" line="35" />
        <source>“{word}” is no longer one word.</source>
        <translation>“{word}” is no longer one word.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reading.py" line="317" />
        <source>No word at the caret.</source>
        <translation>No word at the caret.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="21" />
        <source>Reading progress from another computer was merged in from {files}.</source>
        <translation>Reading progress from another computer was merged in from {files}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="27" />
        <source>{file}: a copy of the reading progress left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}: a copy of the reading progress left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="36" />
        <source>The reading-progress file was damaged ({reason}). It was kept aside as {backup}; the reading progress of this document starts afresh.</source>
        <translation>The reading-progress file was damaged ({reason}). It was kept aside as {backup}; the reading progress of this document starts afresh.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/progress_news.py" line="42" />
        <source>The reading-progress file was damaged ({reason}) and could not be kept aside; it is left as it is and the reading progress is not saved.</source>
        <translation>The reading-progress file was damaged ({reason}) and could not be kept aside; it is left as it is and the reading progress is not saved.</translation>
    </message>
</context>
<context>
    <name>ReattachController</name>
    <message>
        <location filename="../../reader/gui/reattach.py" line="58" />
        <source>The annotation file was damaged ({reason}). It was kept aside as {backup}; Reader starts with no highlights for this document.</source>
        <translation>The annotation file was damaged ({reason}). It was kept aside as {backup}; Reader starts with no highlights for this document.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="65" />
        <source>The annotations of this document were saved by a newer version of Reader. They are shown read-only and the file is left untouched.</source>
        <translation>The annotations of this document were saved by a newer version of Reader. They are shown read-only and the file is left untouched.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="70" />
        <source>This document's notes were found on a copy it was moved from ({source}) and attached.</source>
        <translation>This document's notes were found on a copy it was moved from ({source}) and attached.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="77" />
        <source>Notes are shown read-only: {reason}. Nothing you change here can be saved until the folder can be written.</source>
        <translation>Notes are shown read-only: {reason}. Nothing you change here can be saved until the folder can be written.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="86" />
        <source>{count} annotation records could not be read. They are kept unchanged in {file}.</source>
        <translation>{count} annotation records could not be read. They are kept unchanged in {file}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="97" />
        <source>The text has changed: a highlight was moved and is marked “moved, please check” in the annotation panel.</source>
        <translation>The text has changed: a highlight was moved and is marked “moved, please check” in the annotation panel.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="100" />
        <source>The text has changed: {count} highlights were moved and are marked “moved, please check” in the annotation panel.</source>
        <translation>The text has changed: {count} highlights were moved and are marked “moved, please check” in the annotation panel.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="119" />
        <source>Notes from another computer were merged in from {files}: {added} added, {changed} changed, {deleted} deleted.</source>
        <translation>Notes from another computer were merged in from {files}: {added} added, {changed} changed, {deleted} deleted.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="135" />
        <source>{file}: a copy left by a sync tool was saved by a newer version of Reader. Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}: a copy left by a sync tool was saved by a newer version of Reader. Nothing was merged from it; it is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="139" />
        <source>{file}: a copy left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is.</source>
        <translation>{file}: a copy left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="153" />
        <source>Attach notes?</source>
        <translation>Attach notes?</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="158" />
        <source>This note was made on {title} at another place ({path}), on a text {percent}% like this one. Attach it to this document?</source>
        <translation>This note was made on {title} at another place ({path}), on a text {percent}% like this one. Attach it to this document?</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="161" />
        <source>These {count} notes were made on {title} at another place ({path}), on a text {percent}% like this one. Attach them to this document?</source>
        <translation>These {count} notes were made on {title} at another place ({path}), on a text {percent}% like this one. Attach them to this document?</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="182" />
        <source>Cannot attach notes</source>
        <translation>Cannot attach notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="204" />
        <source>Reattach Notes</source>
        <translation>Reattach Notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach.py" line="205" />
        <source>Every annotation file belongs to a document that is still where it was.</source>
        <translation>Every annotation file belongs to a document that is still where it was.</translation>
    </message>
</context>
<context>
    <name>ReattachDialog</name>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="17" />
        <source>Reattach Notes</source>
        <translation>Reattach Notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="23" />
        <source>Notes whose documents cannot be found, and notes made on a text like this one. Attach one to the open document:</source>
        <translation>Notes whose documents cannot be found, and notes made on a text like this one. Attach one to the open document:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="30" />
        <source>Was at</source>
        <translation>Was at</translation>
    </message>
    <message>
        <location filename="../../reader/gui/reattach_dialog.py" line="43" />
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../reader/gui/recent_menu.py" line="18" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../reader/gui/recent_menu.py" line="29" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ScriptLabels</name>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="54" />
        <source>no Chinese detected</source>
        <translation>no Chinese detected</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="55" />
        <source>Original: {original}</source>
        <translation>Original: {original}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="58" />
        <source>{view} (as written)</source>
        <translation>{view} (as written)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="60" />
        <source>{view} (converted)</source>
        <translation>{view} (converted)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/script_labels.py" line="61" />
        <source>{view} (converted from {original})</source>
        <translation>{view} (converted from {original})</translation>
    </message>
</context>
<context>
    <name>SectionsDock</name>
    <message>
        <location filename="../../reader/gui/sections_dock.py" line="20" />
        <location filename="../../reader/gui/sections_dock.py" line="24" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="37" />
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="41" />
        <source>Select a command and press Enter to change its keys.</source>
        <translation>Select a command and press Enter to change its keys.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="44" />
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="44" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="51" />
        <source>New keys</source>
        <translation>New keys</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="54" />
        <source>&amp;Reset All to Defaults</source>
        <translation>&amp;Reset All to Defaults</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="59" />
        <source>&amp;Keys:</source>
        <translation>&amp;Keys:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/shortcuts_dialog.py" line="104" />
        <source>{keys} is already used by “{other}”.</source>
        <translation>{keys} is already used by “{other}”.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../reader/gui/single_instance.py" line="173" />
        <source>Reader is still starting and did not answer, so {file} was not opened. Open it again once its window shows.</source>
        <translation>Reader is still starting and did not answer, so {file} was not opened. Open it again once its window shows.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/single_instance.py" line="178" />
        <source>Reader is still starting and did not answer.</source>
        <translation>Reader is still starting and did not answer.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../reader/gui/status_line.py" line="83" />
        <source>Converting the document…</source>
        <translation>Converting the document…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/status_line.py" line="114" />
        <source>Character {pos} of {total} · {share}%</source>
        <translation>Character {pos} of {total} · {share}%</translation>
    </message>
    <message>
        <location filename="../../reader/gui/status_line.py" line="118" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>StopWatchingMenu</name>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="16" />
        <source>Sto&amp;p Watching</source>
        <translation>Sto&amp;p Watching</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="30" />
        <source>(no folder watched)</source>
        <translation>(no folder watched)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_menu.py" line="36" />
        <source>Stopped watching {folder}: its documents and notes stay in the library.</source>
        <translation>Stopped watching {folder}: its documents and notes stay in the library.</translation>
    </message>
</context>
<context>
    <name>SyncedWatch</name>
    <message>
        <location filename="../../reader/gui/synced_watch.py" line="71" />
        <source>Your words (Treat as One Word) from another computer were taken in from {files}.</source>
        <translation>Your words (Treat as One Word) from another computer were taken in from {files}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/synced_watch.py" line="75" />
        <source>Your words (Treat as One Word) were changed elsewhere (another computer) and taken in.</source>
        <translation>Your words (Treat as One Word) were changed elsewhere (another computer) and taken in.</translation>
    </message>
</context>
<context>
    <name>TagChoice</name>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="34" />
        <source>Every tag</source>
        <translation>Every tag</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="58" />
        <source>Add Tag…</source>
        <translation>Add Tag…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="81" />
        <source>Remove Tag</source>
        <translation>Remove Tag</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="97" />
        <source>Add Tag</source>
        <translation>Add Tag</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="99" />
        <source>Tag for {n} documents:</source>
        <translation>Tag for {n} documents:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library_tags.py" line="99" />
        <source>Tag for 1 document:</source>
        <translation>Tag for 1 document:</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../reader/gui/unsaved.py" line="15" />
        <source>Annotations not saved</source>
        <translation>Annotations not saved</translation>
    </message>
    <message>
        <location filename="../../reader/gui/unsaved.py" line="16" />
        <source>Your latest highlights and notes could not be saved:
{error}

Try again, or quit and lose them?</source>
        <translation>Your latest highlights and notes could not be saved:
{error}

Try again, or quit and lose them?</translation>
    </message>
</context>
<context>
    <name>VocabularyDock</name>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="37" />
        <source>Anki deck (*.apkg)</source>
        <translation>Anki deck (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="38" />
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="66" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="72" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="168" />
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="91" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="131" />
        <source>The words could not be removed</source>
        <translation>The words could not be removed</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="141" />
        <source>There are no words to export yet: add some from Look Up Word (Ctrl+D).</source>
        <translation>There are no words to export yet: add some from Look Up Word (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="142" />
        <location filename="../../reader/gui/vocabulary_dock.py" line="147" />
        <source>Export Vocabulary</source>
        <translation>Export Vocabulary</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="158" />
        <source>The vocabulary could not be exported to {file}</source>
        <translation>The vocabulary could not be exported to {file}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="161" />
        <source>{count} words exported to {file}.</source>
        <translation>{count} words exported to {file}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="161" />
        <source>1 word exported to {file}.</source>
        <translation>1 word exported to {file}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="167" />
        <source>{what}: {reason}. Your vocabulary is unchanged.</source>
        <translation>{what}: {reason}. Your vocabulary is unchanged.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="172" />
        <source>Words: {count}</source>
        <translation>Words: {count}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="175" />
        <source>with another computer's words from {files}</source>
        <translation>with another computer's words from {files}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="187" />
        <source>No words yet.

Look a word up ({look_up}, or Edit ▸ Look Up Word) and choose Add to Vocabulary to keep it here with its pinyin, its gloss and the document it came from; export them as CSV or an Anki deck.</source>
        <translation>No words yet.

Look a word up ({look_up}, or Edit ▸ Look Up Word) and choose Add to Vocabulary to keep it here with its pinyin, its gloss and the document it came from; export them as CSV or an Anki deck.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="203" />
        <source>“{word}” was kept without its place in a document.</source>
        <translation>“{word}” was kept without its place in a document.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="207" />
        <source>The document of “{word}” is no longer at {path}.</source>
        <translation>The document of “{word}” is no longer at {path}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/vocabulary_dock.py" line="214" />
        <source>“{word}” is no longer where it was: the document has changed.</source>
        <translation>“{word}” is no longer where it was: the document has changed.</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="17" />
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="18" />
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="19" />
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <location filename="../../reader/models/vocabulary_model.py" line="20" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>WordLookup</name>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="57" />
        <location filename="../../reader/gui/word_lookup.py" line="61" />
        <location filename="../../reader/gui/word_lookup.py" line="87" />
        <source>No word at the caret.</source>
        <translation>No word at the caret.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="66" />
        <location filename="../../reader/gui/word_lookup.py" line="90" />
        <source>Preparing the dictionary (once)…</source>
        <translation>Preparing the dictionary (once)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="74" />
        <source>“{word}” is one of your words (Treat as One Word).</source>
        <translation>“{word}” is one of your words (Treat as One Word).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="75" />
        <source>“{word}” is not in the dictionary; its parts:</source>
        <translation>“{word}” is not in the dictionary; its parts:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="76" />
        <source>“{word}” is not in the dictionary.</source>
        <translation>“{word}” is not in the dictionary.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="101" />
        <source>Could not save the vocabulary: {error}</source>
        <translation>Could not save the vocabulary: {error}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="106" />
        <source>“{word}” is in the vocabulary (1 word).</source>
        <translation>“{word}” is in the vocabulary (1 word).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="107" />
        <source>“{word}” is in the vocabulary ({count} words).</source>
        <translation>“{word}” is in the vocabulary ({count} words).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="111" />
        <source>In the vocabulary</source>
        <translation>In the vocabulary</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_lookup.py" line="146" />
        <source>The dictionary could not be prepared: {reason}</source>
        <translation>The dictionary could not be prepared: {reason}</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../reader/gui/word_popup.py" line="68" />
        <location filename="../../reader/gui/word_popup.py" line="115" />
        <source>&amp;Add to Vocabulary</source>
        <translation>&amp;Add to Vocabulary</translation>
    </message>
    <message>
        <location filename="../../reader/gui/word_popup.py" line="71" />
        <source>Keep the word with its reading, sense and sentence (A)</source>
        <translation>Keep the word with its reading, sense and sentence (A)</translation>
    </message>
</context>
</TS>
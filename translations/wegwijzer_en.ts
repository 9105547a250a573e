<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ww</name>
    <message>
        <source>a channel must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;assured_date&quot; must be a date written as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details last checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::AdminCli</name>
    <message>
        <source>Usage: wegwijzer-admin [--help] [--version] COMMAND ...

Commands:
  tree validate FILE...
      Check tree and directory files. Problems are printed to standard error
      as FILE:LINE:COLUMN: error: MESSAGE [at JSON-PATH].
  tree walk FILE [--answer OPTION_ID]... [--lang nl|en] [--json] [--directory FILE]
      Apply the answers from the start of the tree and show where they lead.
      Party references are checked against --directory, or the shipped directory.

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree&quot; needs a subcommand: validate or walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree validate&quot; needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;tree %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) valid</source>
        <translation>
            <numerusform>%n file valid</numerusform>
            <numerusform>%n files valid</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose this option at the current node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the texts: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory file to check parties against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree walk&quot; needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot answer &quot;%1&quot;: node &quot;%2&quot; is an outcome and has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of node &quot;%2&quot;; the options are: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::BreadcrumbBar</name>
    <message>
        <source>Steps taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2 Answer: %3. Go back to this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ContentLoader</name>
    <message>
        <source>neither a tree (no &quot;nodes&quot;) nor a directory (no &quot;parties&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::DeskStartup</name>
    <message>
        <source>Wegwijzer Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n problem(s).</source>
        <translation>
            <numerusform>The %1 has %n problem.</numerusform>
            <numerusform>The %1 has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wegwijzer Desk agent desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree file instead of the shipped tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory file instead of the shipped directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the main window is ready (start-up checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::DirectoryLoader</name>
    <message>
        <source>format %1 is not supported; this program reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate party id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::JsonFileReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a byte order mark; save it as UTF-8 without BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::JsonObjectReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;, which does not match the pattern %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; allowed are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text must be an object with &quot;nl&quot; and optionally &quot;en&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Dutch text &quot;nl&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 items; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code %1 in &quot;%2&quot;; allowed are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; allowed here are: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::JsonSourceMap</name>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::MainWindow</name>
    <message>
        <source>Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open tree file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree texts in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft: awaiting review by the expertise network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tree file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree file not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). The current tree stays open.</source>
        <translation>
            <numerusform>The file has %n problem. The current tree stays open.</numerusform>
            <numerusform>The file has %n problems. The current tree stays open.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Wegwijzer Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The agent desktop of the signposting service for social safety in schools.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::OutcomeHtml</name>
    <message>
        <source>Acute danger: act now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spot: no party really fits this situation. Record the reason in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::OutcomeView</name>
    <message>
        <source>Advice and parties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeReader</name>
    <message>
        <source>format %1 is not supported; this program reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in node &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a referral must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party &quot;%1&quot; is not in the referral directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start node &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; leads to node &quot;%2&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this option closes a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; cannot be reached from the start node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;; it is first used at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeWalkReport</name>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeWalkerPanel</name>
    <message>
        <source>Back (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the tree again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ww</name>
    <message>
        <source>a channel must be an object</source>
        <translation>een kanaal moet een object zijn</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with https://</source>
        <translation>&quot;url&quot; moet beginnen met https://</translation>
    </message>
    <message>
        <source>&quot;assured_date&quot; must be a date written as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>&quot;assured_date&quot; moet een datum zijn in de vorm YYYY-MM-DD, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Bereikbaar via</translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation>Wat ze kunnen doen</translation>
    </message>
    <message>
        <source>What they cannot do</source>
        <translation>Wat ze niet kunnen doen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Details last checked: %1</source>
        <translation>Gegevens laatst gecontroleerd: %1</translation>
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
        <translation>Gebruik: wegwijzer-admin [--help] [--version] COMMAND ...

Opdrachten:
  tree validate FILE...
      Controleert bestanden met een beslisboom of verwijsgids. Problemen
      verschijnen op standard error in de vorm
      FILE:LINE:COLUMN: error: MESSAGE [at JSON-PATH].
  tree walk FILE [--answer OPTION_ID]... [--lang nl|en] [--json] [--directory FILE]
      Volgt de antwoorden vanaf het begin van de beslisboom en toont waar ze
      naartoe leiden. Controleert de partijen met de verwijsgids uit
      --directory, of met de meegeleverde verwijsgids.

Afsluitcode: 0 gelukt, 1 mislukt, 2 verkeerd gebruik.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>geen opdracht opgegeven</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;tree&quot; needs a subcommand: validate or walk</source>
        <translation>&quot;tree&quot; heeft een subopdracht nodig: validate of walk</translation>
    </message>
    <message>
        <source>&quot;tree validate&quot; needs at least one FILE</source>
        <translation>&quot;tree validate&quot; heeft minstens één FILE nodig</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>onbekende optie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;tree %1&quot;</source>
        <translation>onbekende subopdracht &quot;tree %1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n probleem gevonden</numerusform>
            <numerusform>%n problemen gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) valid</source>
        <translation>
            <numerusform>%n bestand is geldig</numerusform>
            <numerusform>%n bestanden zijn geldig</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose this option at the current node.</source>
        <translation>Kies deze optie bij het huidige knooppunt.</translation>
    </message>
    <message>
        <source>Language of the texts: nl or en.</source>
        <translation>Taal van de teksten: nl of en.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Geef de uitvoer als één JSON-object.</translation>
    </message>
    <message>
        <source>Directory file to check parties against.</source>
        <translation>Bestand met de verwijsgids om de partijen mee te controleren.</translation>
    </message>
    <message>
        <source>The tree file.</source>
        <translation>Het bestand met de beslisboom.</translation>
    </message>
    <message>
        <source>&quot;tree walk&quot; needs exactly one FILE</source>
        <translation>&quot;tree walk&quot; heeft precies één FILE nodig</translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;</source>
        <translation>--lang moet nl of en zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot answer &quot;%1&quot;: node &quot;%2&quot; is an outcome and has no options</source>
        <translation>kan &quot;%1&quot; niet als antwoord kiezen: knooppunt &quot;%2&quot; is een uitkomst en heeft geen opties</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of node &quot;%2&quot;; the options are: %3</source>
        <translation>&quot;%1&quot; is geen optie van knooppunt &quot;%2&quot;; de opties zijn: %3</translation>
    </message>
</context>
<context>
    <name>ww::BreadcrumbBar</name>
    <message>
        <source>Steps taken</source>
        <translation>Stappen tot nu toe</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — answer: %2</source>
        <translation>%1 — antwoord: %2</translation>
    </message>
    <message>
        <source>Step %1: %2 Answer: %3. Go back to this question.</source>
        <translation>Stap %1: %2 Antwoord: %3. Ga terug naar deze vraag.</translation>
    </message>
    <message>
        <source>%1. Now</source>
        <translation>%1. Nu</translation>
    </message>
</context>
<context>
    <name>ww::ContentLoader</name>
    <message>
        <source>neither a tree (no &quot;nodes&quot;) nor a directory (no &quot;parties&quot;)</source>
        <translation>geen beslisboom (&quot;nodes&quot; ontbreekt) en ook geen verwijsgids (&quot;parties&quot; ontbreekt)</translation>
    </message>
</context>
<context>
    <name>ww::DeskStartup</name>
    <message>
        <source>Wegwijzer Desk cannot start</source>
        <translation>Wegwijzer Desk kan niet starten</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n problem(s).</source>
        <translation>
            <numerusform>De %1 heeft %n probleem.</numerusform>
            <numerusform>De %1 heeft %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wegwijzer Desk agent desktop</source>
        <translation>Wegwijzer Desk, het programma voor medewerkers van de hulplijn</translation>
    </message>
    <message>
        <source>User interface language: nl or en.</source>
        <translation>Taal van het programma: nl of en.</translation>
    </message>
    <message>
        <source>Tree file instead of the shipped tree.</source>
        <translation>Bestand met een beslisboom, in plaats van de meegeleverde beslisboom.</translation>
    </message>
    <message>
        <source>Directory file instead of the shipped directory.</source>
        <translation>Bestand met een verwijsgids, in plaats van de meegeleverde verwijsgids.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window is ready (start-up checks).</source>
        <translation>Sluit af zodra het hoofdvenster klaar is (om het starten te controleren).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;</source>
        <translation>--lang moet nl of en zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>referral directory</source>
        <translation>verwijsgids</translation>
    </message>
    <message>
        <source>decision tree</source>
        <translation>beslisboom</translation>
    </message>
</context>
<context>
    <name>ww::DirectoryLoader</name>
    <message>
        <source>format %1 is not supported; this program reads format %2</source>
        <translation>dit programma kan formaat %1 niet lezen; het leest formaat %2</translation>
    </message>
    <message>
        <source>a party must be an object</source>
        <translation>een partij moet een object zijn</translation>
    </message>
    <message>
        <source>duplicate party id &quot;%1&quot;</source>
        <translation>dubbele partij-id &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ww::JsonFileReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>het bestand is groter dan het maximum van %1 bytes</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark; save it as UTF-8 without BOM</source>
        <translation>het bestand begint met een byte order mark (BOM); sla het op als UTF-8 zonder BOM</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>ongeldige UTF-8 (byte 0x%1); sla het bestand op als UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ongeldige JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>het hoogste niveau moet een JSON-object zijn</translation>
    </message>
</context>
<context>
    <name>ww::JsonObjectReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>verplicht veld &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; moet %2 zijn, niet %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; mag niet leeg zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; the limit is %3</source>
        <translation>&quot;%1&quot; is %2 tekens lang; het maximum is %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;, which does not match the pattern %3</source>
        <translation>&quot;%1&quot; is &quot;%2&quot;, en dat past niet bij het patroon %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; allowed are: %3</source>
        <translation>&quot;%1&quot; is &quot;%2&quot;; toegestaan zijn: %3</translation>
    </message>
    <message>
        <source>a text must be an object with &quot;nl&quot; and optionally &quot;en&quot;, not %1</source>
        <translation>een meertalige tekst moet een object zijn met &quot;nl&quot; en eventueel &quot;en&quot;, niet %1</translation>
    </message>
    <message>
        <source>the Dutch text &quot;nl&quot; is missing</source>
        <translation>de Nederlandse tekst &quot;nl&quot; ontbreekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least %2 items</source>
        <translation>&quot;%1&quot; moet minstens %2 items hebben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 items; the limit is %3</source>
        <translation>&quot;%1&quot; heeft %2 items; het maximum is %3</translation>
    </message>
    <message>
        <source>unknown code %1 in &quot;%2&quot;; allowed are: %3</source>
        <translation>onbekende code %1 in &quot;%2&quot;; toegestaan zijn: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice in &quot;%2&quot;</source>
        <translation>&quot;%1&quot; staat twee keer in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; allowed here are: %2</source>
        <translation>onbekend veld &quot;%1&quot;; hier zijn toegestaan: %2</translation>
    </message>
</context>
<context>
    <name>ww::JsonSourceMap</name>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>dubbele sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>het bestand is dieper genest dan %1 niveaus</translation>
    </message>
</context>
<context>
    <name>ww::MainWindow</name>
    <message>
        <source>Wegwijzer Desk</source>
        <translation>Wegwijzer Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open tree file…</source>
        <translation>Boombestand &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Tree texts in &amp;English</source>
        <translation>Beslisboom in het &amp;Engels</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Wegwijzer Desk</source>
        <translation>&amp;Over Wegwijzer Desk</translation>
    </message>
    <message>
        <source>Tree %1</source>
        <translation>Beslisboom %1</translation>
    </message>
    <message>
        <source>draft: awaiting review by the expertise network</source>
        <translation>concept: wacht op controle door het expertisenetwerk</translation>
    </message>
    <message>
        <source>Open tree file</source>
        <translation>Boombestand openen</translation>
    </message>
    <message>
        <source>Tree files (*.json)</source>
        <translation>Boombestanden (*.json)</translation>
    </message>
    <message>
        <source>Tree file not opened</source>
        <translation>Boombestand niet geopend</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). The current tree stays open.</source>
        <translation>
            <numerusform>Het bestand heeft %n probleem. De huidige beslisboom blijft open.</numerusform>
            <numerusform>Het bestand heeft %n problemen. De huidige beslisboom blijft open.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Wegwijzer Desk</source>
        <translation>Over Wegwijzer Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Wegwijzer Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The agent desktop of the signposting service for social safety in schools.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wegwijzer Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Het programma voor medewerkers van de hulplijn voor sociale veiligheid op school.&lt;/p&gt;&lt;p&gt;Licentie: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ww::OutcomeHtml</name>
    <message>
        <source>Acute danger: act now.</source>
        <translation>Acuut gevaar: handel nu.</translation>
    </message>
    <message>
        <source>White spot: no party really fits this situation. Record the reason in the case.</source>
        <translation>Witte vlek: geen enkele partij past echt bij deze situatie. Noteer de reden in de casus.</translation>
    </message>
    <message>
        <source>For you: %1</source>
        <translation>Voor jou: %1</translation>
    </message>
</context>
<context>
    <name>ww::OutcomeView</name>
    <message>
        <source>Advice and parties</source>
        <translation>Advies en partijen</translation>
    </message>
</context>
<context>
    <name>ww::TreeReader</name>
    <message>
        <source>format %1 is not supported; this program reads format %2</source>
        <translation>dit programma kan formaat %1 niet lezen; het leest formaat %2</translation>
    </message>
    <message>
        <source>an option must be an object</source>
        <translation>een optie moet een object zijn</translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in node &quot;%2&quot;</source>
        <translation>dubbele optie-id &quot;%1&quot; in knooppunt &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a referral must be an object</source>
        <translation>een verwijzing moet een object zijn</translation>
    </message>
    <message>
        <source>party &quot;%1&quot; is not in the referral directory</source>
        <translation>partij &quot;%1&quot; staat niet in de verwijsgids</translation>
    </message>
    <message>
        <source>start node &quot;%1&quot; does not exist</source>
        <translation>startknooppunt &quot;%1&quot; bestaat niet</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; leads to node &quot;%2&quot;, which does not exist</source>
        <translation>optie &quot;%1&quot; leidt naar knooppunt &quot;%2&quot;, maar dat bestaat niet</translation>
    </message>
    <message>
        <source>this option closes a cycle: %1</source>
        <translation>deze optie maakt een kringloop: %1</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; cannot be reached from the start node</source>
        <translation>knooppunt &quot;%1&quot; is niet te bereiken vanaf het startknooppunt</translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation>een knooppunt moet een object zijn</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;; it is first used at %2</source>
        <translation>dubbele knooppunt-id &quot;%1&quot;; die is eerst gebruikt bij %2</translation>
    </message>
</context>
<context>
    <name>ww::TreeWalkReport</name>
    <message>
        <source>Path: %1</source>
        <translation>Pad: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>white spot</source>
        <translation>witte vlek</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>Node: %1 (%2)</source>
        <translation>Knooppunt: %1 (%2)</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation>Verwijzingen:</translation>
    </message>
</context>
<context>
    <name>ww::TreeWalkerPanel</name>
    <message>
        <source>Back (Backspace)</source>
        <translation>Terug (Backspace)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation>Beslisboom</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Eén stap terug</translation>
    </message>
    <message>
        <source>Start the tree again</source>
        <translation>Beslisboom opnieuw beginnen</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Toets %1</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>For you: %1</source>
        <translation>Voor jou: %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ww::AccountAdmin</name>
    <message>
        <source>accounts exist only on the shared PostgreSQL database, not on %1</source>
        <translation>accounts bestaan alleen in de gedeelde PostgreSQL-database, niet in %1</translation>
    </message>
    <message>
        <source>the account name &quot;%1&quot; must be 2 to 63 lower-case letters, digits or underscores, starting with a letter</source>
        <translation>de accountnaam &quot;%1&quot; moet 2 tot en met 63 tekens hebben (kleine letters, cijfers of liggende streepjes) en met een letter beginnen</translation>
    </message>
    <message>
        <source>the account name must not start with ww_ or pg_</source>
        <translation>de accountnaam mag niet beginnen met ww_ of pg_</translation>
    </message>
    <message>
        <source>the password must be at least %1 characters long</source>
        <translation>het wachtwoord moet minstens %1 tekens lang zijn</translation>
    </message>
    <message>
        <source>the password must be at most %1 characters long</source>
        <translation>het wachtwoord mag niet langer zijn dan %1 tekens</translation>
    </message>
    <message>
        <source>the password must not contain a NUL character</source>
        <translation>het wachtwoord mag geen NUL-teken bevatten</translation>
    </message>
    <message>
        <source>an account or role named &quot;%1&quot; already exists</source>
        <translation>er bestaat al een account of rol met de naam &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no account &quot;%1&quot;</source>
        <translation>account &quot;%1&quot; bestaat niet</translation>
    </message>
    <message>
        <source>the role must be agent, supervisor, admin, editor or gateway, not &quot;%1&quot;</source>
        <translation>de rol moet agent, supervisor, admin, editor of gateway zijn, niet &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ww::AdminCli</name>
    <message>
        <source>no command given</source>
        <translation>geen opdracht opgegeven</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
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
    <message>
        <source>&quot;retention&quot; needs the subcommand apply</source>
        <translation>&quot;retention&quot; heeft de subopdracht apply nodig</translation>
    </message>
    <message>
        <source>&quot;user&quot; needs a subcommand: add, disable or list</source>
        <translation>&quot;user&quot; heeft een subopdracht nodig: add, disable of list</translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs the subcommand seed</source>
        <translation>&quot;demo&quot; heeft de subopdracht seed nodig</translation>
    </message>
    <message>
        <source>The database.</source>
        <translation>De database.</translation>
    </message>
    <message>
        <source>&quot;db %1&quot; needs --db URL and nothing else</source>
        <translation>&quot;db %1&quot; heeft --db URL nodig en verder niets</translation>
    </message>
    <message>
        <source>applied %1 %2</source>
        <translation>migratie %1 %2 uitgevoerd</translation>
    </message>
    <message>
        <source>schema version %1: up to date</source>
        <translation>schemaversie %1: actueel</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>database: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this program: %2)</source>
        <translation>schemaversie: %1 (dit programma: %2)</translation>
    </message>
    <message>
        <source>status: newer than this program; install a newer program</source>
        <translation>status: nieuwer dan dit programma; installeer een nieuwere versie van het programma</translation>
    </message>
    <message>
        <source>status: up to date</source>
        <translation>status: actueel</translation>
    </message>
    <message numerus="yes">
        <source>status: %n migration(s) pending; run &quot;db migrate&quot;</source>
        <translation>
            <numerusform>status: %n migratie wacht; voer &quot;db migrate&quot; uit</numerusform>
            <numerusform>status: %n migraties wachten; voer &quot;db migrate&quot; uit</numerusform>
        </translation>
    </message>
    <message>
        <source>How many cases to write.</source>
        <translation>Aantal casussen dat het programma schrijft.</translation>
    </message>
    <message>
        <source>Seed of the random generator.</source>
        <translation>Startwaarde (seed) van de toevalsgenerator.</translation>
    </message>
    <message>
        <source>Agent who owns cases; repeat for several.</source>
        <translation>Medewerker die eigenaar is van de casussen; herhaal de optie voor meer medewerkers.</translation>
    </message>
    <message>
        <source>&quot;demo seed&quot; needs --db URL and --cases N</source>
        <translation>&quot;demo seed&quot; heeft --db URL en --cases N nodig</translation>
    </message>
    <message>
        <source>--cases must be a whole number from 1 to %1</source>
        <translation>--cases moet een geheel getal zijn van 1 tot en met %1</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295</source>
        <translation>--seed moet een geheel getal zijn van 0 tot en met 4294967295</translation>
    </message>
    <message>
        <source>--owner &quot;%1&quot; must be 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>--owner &quot;%1&quot; moet 1 tot en met 64 tekens hebben: letters, cijfers, punten, streepjes of liggende streepjes</translation>
    </message>
    <message>
        <source>%1 of %2 cases written</source>
        <translation>%1 van %2 casussen geschreven</translation>
    </message>
    <message>
        <source>%1 synthetic cases written in %2 s</source>
        <translation>%1 synthetische casussen geschreven in %2 s</translation>
    </message>
    <message>
        <source>&quot;user %1&quot; needs NAME and --db URL</source>
        <translation>&quot;user %1&quot; heeft NAME en --db URL nodig</translation>
    </message>
    <message>
        <source>&quot;user list&quot; needs --db URL</source>
        <translation>&quot;user list&quot; heeft --db URL nodig</translation>
    </message>
    <message>
        <source>--role belongs to &quot;user add&quot; only</source>
        <translation>--role hoort alleen bij &quot;user add&quot;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>account %1 disabled</source>
        <translation>account %1 uitgeschakeld</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Herhaal het wachtwoord: </translation>
    </message>
    <message>
        <source>account %1 added as %2</source>
        <translation>account %1 toegevoegd als %2</translation>
    </message>
    <message>
        <source>Closed longer ago than this.</source>
        <translation>Casussen die langer dan deze periode geleden zijn gesloten.</translation>
    </message>
    <message>
        <source>Only count the cases.</source>
        <translation>Tel alleen de casussen; verander niets.</translation>
    </message>
    <message>
        <source>&quot;retention apply&quot; needs --older-than DURATION and --db URL</source>
        <translation>&quot;retention apply&quot; heeft --older-than DURATION en --db URL nodig</translation>
    </message>
    <message>
        <source>%1 closed case(s) older than %2 would be anonymised</source>
        <translation>aantal gesloten casussen ouder dan %2 dat geanonimiseerd zou worden: %1</translation>
    </message>
    <message>
        <source>%1 closed case(s) older than %2 anonymised</source>
        <translation>aantal gesloten casussen ouder dan %2 dat is geanonimiseerd: %1</translation>
    </message>
    <message>
        <source>&quot;case&quot; needs the subcommand export</source>
        <translation>&quot;case&quot; heeft de subopdracht export nodig</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>this build cannot write PDF files; use another --format</source>
        <translation>deze versie kan geen PDF-bestanden maken; kies een ander --format</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Eerste dag van de periode.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Laatste dag van de periode.</translation>
    </message>
    <message>
        <source>csv or pdf.</source>
        <translation>csv of pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand dat het programma schrijft.</translation>
    </message>
    <message>
        <source>&quot;report monitoring&quot; needs --db URL, --from DATE, --to DATE, --format csv|pdf and -o FILE</source>
        <translation>&quot;report monitoring&quot; heeft --db URL, --from DATE, --to DATE, --format csv|pdf en -o FILE nodig</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>--from &quot;%1&quot; is geen datum; schrijf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>--to &quot;%1&quot; is geen datum; schrijf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 ligt vóór --from %2</translation>
    </message>
    <message>
        <source>--format must be csv or pdf, not &quot;%1&quot;</source>
        <translation>--format moet csv of pdf zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>monitoring report for %1 to %2 written to %3</source>
        <translation>monitoringrapport van %1 tot en met %2 geschreven naar %3</translation>
    </message>
    <message>
        <source>json or pdf.</source>
        <translation>json of pdf.</translation>
    </message>
    <message>
        <source>&quot;case export&quot; needs ID, --db URL, --format json|pdf and -o FILE</source>
        <translation>&quot;case export&quot; heeft ID, --db URL, --format json|pdf en -o FILE nodig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id</source>
        <translation>&quot;%1&quot; is geen id van een casus</translation>
    </message>
    <message>
        <source>--format must be json or pdf, not &quot;%1&quot;</source>
        <translation>--format moet json of pdf zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no case %1 (or you may not see it)</source>
        <translation>er is geen casus %1 (of je mag hem niet zien)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>case %1 exported to %2</source>
        <translation>casus %1 geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>&quot;audit&quot; needs the subcommand list</source>
        <translation>&quot;audit&quot; heeft de subopdracht list nodig</translation>
    </message>
    <message>
        <source>&quot;audit list&quot; needs --db URL, --from DATE and --to DATE</source>
        <translation>&quot;audit list&quot; heeft --db URL, --from DATE en --to DATE nodig</translation>
    </message>
    <message>
        <source>CSV separator: , or ;</source>
        <translation>Scheidingsteken in de CSV: , of ;</translation>
    </message>
    <message>
        <source>nl or en.</source>
        <translation>nl of en.</translation>
    </message>
    <message>
        <source>--separator must be , or ;</source>
        <translation>--separator moet , of ; zijn</translation>
    </message>
    <message>
        <source>&quot;report cases-for-network&quot; needs --db URL, --from DATE, --to DATE, --format json|pdf and -o FILE</source>
        <translation>&quot;report cases-for-network&quot; heeft --db URL, --from DATE, --to DATE, --format json|pdf en -o FILE nodig</translation>
    </message>
    <message>
        <source>warning: the summary of case %1 may contain %2; check it before sharing</source>
        <translation>let op: de samenvatting van casus %1 bevat misschien %2; controleer die voordat u hem deelt</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) for the expertise network written to %1</source>
        <translation>
            <numerusform>%n casus voor het expertisenetwerk geschreven naar %1</numerusform>
            <numerusform>%n casussen voor het expertisenetwerk geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The moment the cases end before (UTC), for the same cases again.</source>
        <translation>Het moment waarvoor de casussen eindigen (UTC), om dezelfde casussen nog eens te maken.</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not a time in UTC; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>--now &quot;%1&quot; is geen tijd in UTC; schrijf YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>&quot;db&quot; needs a subcommand: install, migrate, status, check or backup</source>
        <translation>&quot;db&quot; heeft een subopdracht nodig: install, migrate, status, check of backup</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Het bestand voor de reservekopie.</translation>
    </message>
    <message>
        <source>&quot;db backup&quot; needs --db URL and -o FILE and nothing else</source>
        <translation>&quot;db backup&quot; heeft --db URL en -o FILE nodig en verder niets</translation>
    </message>
    <message>
        <source>&quot;db backup&quot; copies an embedded SQLite database; back up a PostgreSQL database with pg_dump (or pg_basebackup for the whole server), as docs/operations.md describes</source>
        <translation>&quot;db backup&quot; kopieert een ingebouwde SQLite-database; maak van een PostgreSQL-database een reservekopie met pg_dump (of pg_basebackup voor de hele server), zoals docs/operations.md beschrijft</translation>
    </message>
    <message>
        <source>%1 copied to %2 (%3, %4 s); the copy passed its integrity check</source>
        <translation>%1 gekopieerd naar %2 (%3, %4 s); de kopie is gecontroleerd en in orde</translation>
    </message>
    <message>
        <source>Every answer of the tree equally likely, as before the documented distribution.</source>
        <translation>Elk antwoord van de beslisboom even vaak, zoals voor de beschreven verdeling.</translation>
    </message>
    <message>
        <source>&quot;db check&quot; needs --db URL and nothing else</source>
        <translation>&quot;db check&quot; heeft --db URL nodig en verder niets</translation>
    </message>
    <message>
        <source>weakness: %1: %2</source>
        <translation>zwakke plek: %1: %2</translation>
    </message>
    <message>
        <source>superuser logins (they can do anything; use them only to install): %1</source>
        <translation>superuser-accounts (die mogen alles; gebruik ze alleen om te installeren): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n weakness(es) found by %1 checks</source>
        <translation>
            <numerusform>%n zwakke plek gevonden met %1 controles</numerusform>
            <numerusform>%n zwakke plekken gevonden met %1 controles</numerusform>
        </translation>
    </message>
    <message>
        <source>no weaknesses found by %1 checks</source>
        <translation>geen zwakke plekken gevonden met %1 controles</translation>
    </message>
    <message>
        <source>The database, with a superuser account.</source>
        <translation>De database, met een superuser-account.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s account name.</source>
        <translation>De accountnaam van de eerste beheerder.</translation>
    </message>
    <message>
        <source>&quot;db install&quot; needs --db URL and --admin NAME</source>
        <translation>&quot;db install&quot; heeft --db URL en --admin NAME nodig</translation>
    </message>
    <message>
        <source>&quot;db install&quot; is for the shared PostgreSQL database; the embedded SQLite database is made when the desktop first opens it</source>
        <translation>&quot;db install&quot; is voor de gedeelde PostgreSQL-database; de ingebouwde SQLite-database ontstaat als de desktop hem voor het eerst opent</translation>
    </message>
    <message>
        <source>account %1 added as admin</source>
        <translation>account %1 toegevoegd als beheerder</translation>
    </message>
    <message>
        <source>account %1 already exists; left as it is</source>
        <translation>account %1 bestaat al; het blijft zoals het is</translation>
    </message>
    <message>
        <source>installed: schema version %1, owned by ww_owner. From now on use %2&apos;s account, not a superuser: &quot;user add&quot; for accounts, &quot;db check&quot; to verify.</source>
        <translation>geïnstalleerd: schemaversie %1, eigendom van ww_owner. Gebruik vanaf nu het account van %2, niet een superuser: &quot;user add&quot; voor accounts, &quot;db check&quot; om te controleren.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about language</source>
        <translation>
            <numerusform>%n waarschuwing over taal</numerusform>
            <numerusform>%n waarschuwingen over taal</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory file with the parties.</source>
        <translation>Verwijsgids met de partijen.</translation>
    </message>
    <message>
        <source>The page to write.</source>
        <translation>De webpagina die het programma schrijft.</translation>
    </message>
    <message>
        <source>Chat gateway the page may connect to.</source>
        <translation>Chatgateway waarmee de pagina verbinding mag maken.</translation>
    </message>
    <message>
        <source>Page &quot;Snel weg&quot; leads to.</source>
        <translation>Pagina waar &quot;Snel weg&quot; naartoe gaat.</translation>
    </message>
    <message>
        <source>&quot;tree export-html&quot; needs exactly one FILE</source>
        <translation>&quot;tree export-html&quot; heeft precies één FILE nodig</translation>
    </message>
    <message>
        <source>&quot;tree export-html&quot; needs -o FILE: the page to write</source>
        <translation>&quot;tree export-html&quot; heeft -o FILE nodig: de webpagina die het programma schrijft</translation>
    </message>
    <message>
        <source>-o %1 would overwrite an input file</source>
        <translation>-o %1 zou een invoerbestand overschrijven</translation>
    </message>
    <message>
        <source>%1: error: the tree&apos;s identity &quot;%2&quot; has %3 characters and a chat carries at most %4: shorten its &quot;version&quot;</source>
        <translation>%1: error: de identiteit &quot;%2&quot; van de beslisboom heeft %3 tekens en een chat kan er hoogstens %4 doorgeven: maak de &quot;version&quot; korter</translation>
    </message>
    <message>
        <source>warning: the tree or the directory awaits review; the page says it is a trial version</source>
        <translation>waarschuwing: de beslisboom of de verwijsgids wacht nog op controle; de pagina zegt dat het een proefversie is</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: tree %2, %n node(s)</source>
        <translation>
            <numerusform>%1 geschreven: beslisboom %2, %n knoop</numerusform>
            <numerusform>%1 geschreven: beslisboom %2, %n knopen</numerusform>
        </translation>
    </message>
    <message>
        <source>agent, supervisor, admin, editor or gateway.</source>
        <translation>agent, supervisor, admin, editor of gateway.</translation>
    </message>
    <message>
        <source>&quot;user add&quot; needs --role agent|supervisor|admin|editor|gateway</source>
        <translation>&quot;user add&quot; heeft --role agent|supervisor|admin|editor|gateway nodig</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2 and keeps published versions from version %3 on: run &quot;wegwijzer-admin db migrate&quot; first</source>
        <translation>de database %1 heeft schemaversie %2 en bewaart gepubliceerde versies pas vanaf versie %3: voer eerst &quot;wegwijzer-admin db migrate&quot; uit</translation>
    </message>
    <message>
        <source>Directory file published with the tree.</source>
        <translation>Bestand met de verwijsgids die met de beslisboom wordt gepubliceerd.</translation>
    </message>
    <message>
        <source>What changed, in one line.</source>
        <translation>Wat er veranderd is, in één regel.</translation>
    </message>
    <message>
        <source>Language warnings are errors.</source>
        <translation>Waarschuwingen over taal tellen als fout.</translation>
    </message>
    <message>
        <source>&quot;tree publish&quot; needs exactly one FILE, --note TEXT and --db URL</source>
        <translation>&quot;tree publish&quot; heeft precies één FILE nodig, en --note TEXT en --db URL</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: dit bestand bestaat niet</translation>
    </message>
    <message>
        <source>published version %1: tree %2</source>
        <translation>versie %1 gepubliceerd: beslisboom %2</translation>
    </message>
    <message>
        <source>&quot;tree list&quot; needs --db URL and nothing else</source>
        <translation>&quot;tree list&quot; heeft --db URL nodig en verder niets</translation>
    </message>
    <message>
        <source>no version of the tree has been published; desks use the tree they were shipped with</source>
        <translation>er is nog geen versie van de beslisboom gepubliceerd; werkplekken gebruiken de meegeleverde beslisboom</translation>
    </message>
    <message>
        <source>The published version&apos;s id.</source>
        <translation>Het nummer van de gepubliceerde versie.</translation>
    </message>
    <message>
        <source>The tree file to write.</source>
        <translation>Het bestand waarin de beslisboom komt.</translation>
    </message>
    <message>
        <source>The directory file to write.</source>
        <translation>Het bestand waarin de verwijsgids komt.</translation>
    </message>
    <message>
        <source>&quot;tree export&quot; needs --version ID, -o FILE and --db URL</source>
        <translation>&quot;tree export&quot; heeft --version ID, -o FILE en --db URL nodig</translation>
    </message>
    <message>
        <source>--version must be a version id as &quot;tree list&quot; shows it, not &quot;%1&quot;</source>
        <translation>--version moet een versienummer zijn zoals &quot;tree list&quot; het toont, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--directory-output must name a file other than -o</source>
        <translation>--directory-output moet een ander bestand zijn dan -o</translation>
    </message>
    <message>
        <source>%1 would overwrite the database</source>
        <translation>%1 zou de database overschrijven</translation>
    </message>
    <message>
        <source>there is no published version %1; &quot;tree list&quot; shows them</source>
        <translation>er is geen gepubliceerde versie %1; &quot;tree list&quot; toont de versies</translation>
    </message>
    <message>
        <source>version %1 written: tree %2</source>
        <translation>versie %1 geschreven: beslisboom %2</translation>
    </message>
    <message>
        <source>&quot;tree&quot; needs a subcommand: validate, walk, export-html, publish, list, export or diff</source>
        <translation>&quot;tree&quot; heeft een subopdracht nodig: validate, walk, export-html, publish, list, export of diff</translation>
    </message>
    <message>
        <source>--directory needs two files, the old directory and the new one</source>
        <translation>--directory heeft twee bestanden nodig: de oude verwijsgids en de nieuwe</translation>
    </message>
    <message>
        <source>--db needs one URL</source>
        <translation>--db heeft één URL nodig</translation>
    </message>
    <message>
        <source>&quot;tree diff&quot; needs two tree files, OLD and NEW</source>
        <translation>&quot;tree diff&quot; heeft twee beslisbomen nodig, OLD en NEW</translation>
    </message>
    <message>
        <source>--directory is for files; published versions have their own</source>
        <translation>--directory is voor bestanden; gepubliceerde versies hebben hun eigen verwijsgids</translation>
    </message>
    <message>
        <source>with --db, OLD and NEW are version ids as &quot;tree list&quot; shows them, not &quot;%1&quot;</source>
        <translation>met --db zijn OLD en NEW nummers van versies zoals &quot;tree list&quot; ze toont, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The tree version.</source>
        <translation>De versie van de beslisboom.</translation>
    </message>
    <message>
        <source>&quot;report tree&quot; needs --db URL, --version ID, --from DATE, --to DATE, --format csv|pdf and -o FILE</source>
        <translation>&quot;report tree&quot; heeft --db URL, --version ID, --from DATE, --to DATE, --format csv|pdf en -o FILE nodig</translation>
    </message>
    <message>
        <source>no tree version &quot;%1&quot; is stored in the database</source>
        <translation>de database heeft geen versie &quot;%1&quot; van de beslisboom</translation>
    </message>
    <message>
        <source>tree analytics for %1 to %2 written to %3</source>
        <translation>cijfers over de beslisboom van %1 tot en met %2 geschreven naar %3</translation>
    </message>
    <message>
        <source>The service&apos;s phone number: offers phone codes (needs --chat).</source>
        <translation>Het telefoonnummer van de dienst: de pagina geeft dan telefooncodes (alleen met --chat).</translation>
    </message>
    <message>
        <source>--phone needs --chat: the chat gateway makes the phone codes</source>
        <translation>--phone werkt alleen met --chat: de chatserver maakt de telefooncodes</translation>
    </message>
    <message>
        <source>Usage: wegwijzer-admin [--help] [--version] COMMAND ...

Commands:
  tree validate [--strict] FILE...
      Check tree and directory files. Problems are printed to standard error
      as FILE:LINE:COLUMN: error: MESSAGE [at JSON-PATH]. Texts for callers that are
      hard to understand (long sentences, jargon) are printed as warnings, which do not
      change the exit status; with --strict they are errors.
  tree walk FILE [--answer OPTION_ID]... [--lang nl|en] [--json] [--directory FILE]
      Apply the answers from the start of the tree and show where they lead.
      Party references are checked against --directory, or the shipped directory.
  tree export-html FILE [--directory FILE] [--chat URL] [--exit-url URL] -o FILE
      Write the tree as one self-contained web page in Dutch and English that loads nothing.
      --chat wss://HOST/ offers a chat at an outcome that hands the visitor&apos;s path to that
      gateway; --exit-url is where &quot;Snel weg&quot; leads (default https://www.google.nl/).
  tree publish FILE [--directory FILE] --note TEXT [--strict] --db URL
      Validate the tree (as tree validate) and publish it with its directory as the newest
      version: desks switch to it. Without --directory the directory published last (or the
      shipped one) goes with it. Content managers and administrators only; prints the id.
  tree list --db URL
      The published versions, one per line: id, published at (UTC), by whom, tree, note.
  tree export --version ID -o FILE [--directory-output FILE] --db URL
      Write a published version&apos;s tree (and directory) back to files.
  tree diff OLD NEW [--directory OLD_DIRECTORY NEW_DIRECTORY]
  tree diff OLD_ID NEW_ID --db URL
      What changed from the tree file OLD to NEW, per node id: nodes, options, referrals and
      every text per language, old and new side by side; with --directory also the parties.
      The trees are checked first (against the shipped directory without --directory).
      With --db, OLD_ID and NEW_ID are published versions (tree list), directories included.
      Exit status 0 whether or not they differ.
  db install --db URL --admin NAME
      Install a shared PostgreSQL database once, as a superuser: the owner and group roles,
      the schema, and the first administrator (the password is asked for).
  db migrate --db URL
      Bring the database schema up to date (each version in one transaction).
  db status --db URL
      Show the schema version and whether migrations are pending.
  db check --db URL
      List every weakness of a shared database&apos;s security (exit status 1 if there is one).
  db backup --db sqlite:///PATH -o FILE
      Copy an embedded database consistently, also while a desk is saving, and check the copy.
      FILE (replaced when it exists) is readable by its owner only. For PostgreSQL use pg_dump.
  demo seed --db URL --cases N [--seed S] [--owner NAME]... [--now TIME] [--uniform]
      Write N synthetic cases (made-up content) for demos and benchmarks, over the two
      years before --now (default: now), in the proportions of docs/demo-data.md
      (--uniform: every answer equally likely, as before, for comparing benchmarks).
      The same seed and --now give the same cases.
  user add NAME --role agent|supervisor|admin|editor|gateway --db URL
      Create a personal account, or with gateway the chat gateway&apos;s own; the password is
      asked for (or read from standard input). An editor (content manager) publishes
      versions of the tree and the directory and reads no cases.
  user disable NAME --db URL
      Stop the account from logging in; its cases stay.
  user list --db URL
      List the accounts with their role and whether they can log in.
  retention apply --older-than DURATION [--dry-run] --db URL
      Anonymise closed cases older than DURATION (90d, 12w, 18m, 2y): free text is erased,
      coded fields stay. --dry-run only counts them.
  report monitoring --db URL --from DATE --to DATE --format csv|pdf [--lang nl|en]
                    [--separator ,|;] -o FILE
      The monitoring report for the expertise network on the cases opened in the period (days
      in Dutch time, both included), beside the period before and a year earlier: themes and
      their trend over four quarters, callers, school types, white spots and their reasons,
      changed advice per party, outcomes. PDF: a summary in plain words, charts and tables
      (Dutch unless --lang en). CSV: one row per count (period, dimension, value, label, count,
      suppressed). No free text, ids or names; counts below 5, and counts that would give one
      away in any table of the report, are hidden.
  report cases-for-network --db URL --from DATE --to DATE --format json|pdf [--lang nl|en] -o FILE
      The cases a supervisor flagged for the expertise network, opened in the period, as
      vignettes: the summary, the path in words, themes, caller, school type, parties, white
      spot, month. No notes, transcripts, ids, names or dates. Supervisors and administrators
      only; recorded in the audit log.
  report tree --db URL --version ID --from DATE --to DATE --format csv|pdf [--lang nl|en]
              [--separator ,|;] -o FILE
      Where the contacts of one tree version went, in the period: per node how many passed
      it and stopped there, the answers chosen, the outcomes reached, the referrals agents
      removed and added there (by the reasons&apos; categories) and the median time spent.
      Counts only; counts below 5, and counts that would give one away, are hidden.
      ID: a published version (tree list), or a tree identity VERSION@sha256:HEX as cases
      record it. Content managers, supervisors and administrators; no case data is read.
  report staffing --from DATE --to DATE --format csv|pdf [--lang nl|en] [--separator ,|;]
                  -o FILE --db URL
      Per agent and day (Dutch time) the time in each state, the contacts they held by channel,
      the average handling and wrap-up time; per hour the chats offered, answered, answered
      within 60 s and abandoned. Supervisors and administrators only.
  settings show --db URL
      The database&apos;s settings (retention period, wrap-up limit).
  settings set wrapup-limit SECONDS --db URL
      After this many seconds (30 to 3600; default 180) of wrap-up the desks show that it runs
      over. Administrators only.
  case export ID --db URL --format json|pdf -o FILE
      Everything stored about one case, for a data subject&apos;s access request.
      The export is recorded in the audit log.
  audit list --db URL --from DATE --to DATE
      Audit log entries that concern no single case (exports of the case log, retention
      runs, chat log-ins), one per line: time (UTC), who, what, details.
      Entries about one case are in its timeline and its export.

URL: sqlite:///absolute/path.db or
     postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full&amp;sslrootcert=FILE]
Database passwords are never given on the command line: libpq reads PGPASSWORD or ~/.pgpass.

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Gebruik: wegwijzer-admin [--help] [--version] COMMAND ...

Opdrachten:
  tree validate [--strict] FILE...
      Controleert bestanden met een beslisboom of verwijsgids. Problemen
      verschijnen op standard error in de vorm
      FILE:LINE:COLUMN: error: MESSAGE [at JSON-PATH]. Teksten voor bellers die
      moeilijk te begrijpen zijn (lange zinnen, vaktaal), verschijnen als
      waarschuwing (warning); die veranderen de afsluitcode niet. Met --strict
      tellen ze als fout.
  tree walk FILE [--answer OPTION_ID]... [--lang nl|en] [--json] [--directory FILE]
      Volgt de antwoorden vanaf het begin van de beslisboom en toont waar ze
      naartoe leiden. Controleert de partijen met de verwijsgids uit
      --directory, of met de meegeleverde verwijsgids.
  tree export-html FILE [--directory FILE] [--chat URL] [--exit-url URL] -o FILE
      Schrijft de beslisboom als één webpagina in het Nederlands en het Engels
      die niets laadt. --chat wss://HOST/ biedt bij een uitkomst een chat aan die
      het gelopen pad aan die chatgateway geeft; --exit-url is de pagina waar
      &quot;Snel weg&quot; naartoe gaat (standaard https://www.google.nl/).
  tree publish FILE [--directory FILE] --note TEXT [--strict] --db URL
      Controleert de beslisboom (zoals tree validate) en publiceert hem met zijn
      verwijsgids als nieuwste versie: werkplekken stappen erop over. Zonder
      --directory gaat de laatst gepubliceerde (of de meegeleverde) verwijsgids
      mee. Alleen voor inhoudsbeheerders en beheerders; toont het versienummer.
  tree list --db URL
      Toont de gepubliceerde versies, één per regel: nummer, tijdstip (UTC), door
      wie, beslisboom en toelichting.
  tree export --version ID -o FILE [--directory-output FILE] --db URL
      Schrijft de beslisboom (en de verwijsgids) van een gepubliceerde versie
      terug naar bestanden.
  tree diff OLD NEW [--directory OLD_DIRECTORY NEW_DIRECTORY]
  tree diff OLD_ID NEW_ID --db URL
      Wat er veranderd is van beslisboom OLD naar NEW, per knoop-id: knopen,
      antwoorden, verwijzingen en elke tekst per taal, oud en nieuw onder elkaar;
      met --directory ook de partijen. Het programma controleert de bestanden eerst
      (zonder --directory met de meegeleverde verwijsgids). Met --db zijn OLD_ID en
      NEW_ID gepubliceerde versies (tree list), met hun verwijsgids.
      Afsluitcode 0, of ze nu verschillen of niet.
  db install --db URL --admin NAME
      Installeert een gedeelde PostgreSQL-database, één keer, als superuser: de
      eigenaarsrol en de groepsrollen, het schema en de eerste beheerder (het
      programma vraagt om het wachtwoord).
  db migrate --db URL
      Brengt het schema van de database bij tot de nieuwste versie
      (elke versie in één transactie).
  db status --db URL
      Toont de schemaversie en of er nog migraties wachten.
  db check --db URL
      Noemt elke zwakke plek in de beveiliging van een gedeelde database
      (afsluitcode 1 als er een is).
  db backup --db sqlite:///PATH -o FILE
      Kopieert een ingebouwde database betrouwbaar, ook terwijl een werkplek opslaat,
      en controleert de kopie. Alleen de eigenaar kan FILE lezen (een bestaand FILE
      wordt vervangen). Gebruik voor PostgreSQL pg_dump.
  demo seed --db URL --cases N [--seed S] [--owner NAME]... [--now TIME] [--uniform]
      Schrijft N synthetische casussen (verzonnen inhoud) voor demo&apos;s en benchmarks, over
      de twee jaar voor --now (standaard: nu), in de verhoudingen van docs/demo-data.md
      (--uniform: elk antwoord even vaak, zoals vroeger, om benchmarks te vergelijken).
      Dezelfde --seed en --now geven dezelfde casussen.
  user add NAME --role agent|supervisor|admin|editor|gateway --db URL
      Maakt een persoonlijk account, of met gateway het eigen account van de
      chatgateway. Het programma vraagt om het wachtwoord (of leest het van
      standard input). Een editor (inhoudsbeheerder) publiceert versies van de
      beslisboom en de verwijsgids en leest geen casussen.
  user disable NAME --db URL
      Zet het account uit: het kan niet meer inloggen. De casussen blijven.
  user list --db URL
      Toont de accounts met hun rol en of ze kunnen inloggen.
  retention apply --older-than DURATION [--dry-run] --db URL
      Anonimiseert gesloten casussen die ouder zijn dan DURATION (90d, 12w, 18m, 2y):
      wist de vrije tekst en houdt de gecodeerde velden. --dry-run telt ze alleen.
  report monitoring --db URL --from DATE --to DATE --format csv|pdf [--lang nl|en]
                    [--separator ,|;] -o FILE
      Het monitoringrapport voor het expertisenetwerk over de casussen die in de periode
      zijn geopend (dagen in Nederlandse tijd, beide dagen tellen mee), naast de periode
      ervoor en een jaar eerder: thema&apos;s en hun verloop over vier kwartalen, bellers,
      soorten school, witte vlekken en hun redenen, aangepast advies per partij, adviezen.
      PDF: een samenvatting in gewone woorden, grafieken en tabellen (Nederlands, tenzij
      --lang en). CSV: één regel per aantal (period, dimension, value, label, count,
      suppressed). Geen vrije tekst, geen id&apos;s en geen namen; aantallen onder 5, en
      aantallen waarmee je er een kunt uitrekenen in een tabel van het rapport, zijn
      verborgen.
  report cases-for-network --db URL --from DATE --to DATE --format json|pdf [--lang nl|en] -o FILE
      De casussen die een supervisor voor het expertisenetwerk heeft gekozen en die in de
      periode zijn geopend, als korte beschrijvingen: de samenvatting, de weg door de boom
      in woorden, thema&apos;s, beller, soort school, partijen, witte vlek, maand. Geen
      notities, chatgesprekken, id&apos;s, namen of datums. Alleen voor supervisors en
      beheerders; het auditlog legt elke export vast.
  report tree --db URL --version ID --from DATE --to DATE --format csv|pdf [--lang nl|en]
              [--separator ,|;] -o FILE
      Waar de contacten van één versie van de beslisboom in de periode heen gingen:
      per knoop hoeveel contacten erlangs kwamen en er stopten, de gekozen antwoorden,
      de bereikte adviezen, de verwijzingen die medewerkers daar weghaalden en
      toevoegden (per soort reden) en de mediane tijd. Alleen aantallen; aantallen
      onder 5, en aantallen waarmee je er een kunt uitrekenen, zijn verborgen.
      ID: een gepubliceerde versie (tree list), of de identiteit VERSION@sha256:HEX
      die casussen vastleggen. Voor inhoudsbeheerders, supervisors en beheerders;
      het programma leest geen gegevens van casussen.
  report staffing --from DATE --to DATE --format csv|pdf [--lang nl|en] [--separator ,|;]
                  -o FILE --db URL
      Per medewerker en dag (Nederlandse tijd) de tijd in elke status, de contacten per
      kanaal en de gemiddelde behandel- en afrondingstijd; per uur de aangeboden,
      beantwoorde, binnen 60 s beantwoorde en afgebroken chats. Alleen voor supervisors
      en beheerders.
  settings show --db URL
      De instellingen van de database (bewaartermijn, maximale afrondingstijd).
  settings set wrapup-limit SECONDS --db URL
      Na zoveel seconden afronding (30 tot 3600; standaard 180) laten de desks zien dat de
      afronding te lang duurt. Alleen voor beheerders.
  case export ID --db URL --format json|pdf -o FILE
      Alles wat over één casus is opgeslagen, voor een inzageverzoek.
      Het auditlog legt de export vast.
  audit list --db URL --from DATE --to DATE
      Regels uit het auditlog die niet over één casus gaan (exports van het
      casuslogboek, bewaartermijn-rondes, chat-aanmeldingen), één per regel:
      tijd (UTC), wie, wat, details.
      Regels over één casus staan in de tijdlijn en de export van die casus.

URL: sqlite:///absolute/path.db of
     postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full&amp;sslrootcert=FILE]
Wachtwoorden voor de database staan nooit op de opdrachtregel: libpq leest
PGPASSWORD of ~/.pgpass.

Afsluitcode: 0 gelukt, 1 mislukt, 2 verkeerd gebruik.
</translation>
    </message>
    <message>
        <source>&quot;report&quot; needs a subcommand: monitoring, cases-for-network, tree or staffing</source>
        <translation>&quot;report&quot; heeft een subopdracht nodig: monitoring, cases-for-network, tree of staffing</translation>
    </message>
    <message>
        <source>&quot;report staffing&quot; needs --from DATE, --to DATE, --format csv|pdf, -o FILE and --db URL</source>
        <translation>&quot;report staffing&quot; heeft --from DATE, --to DATE, --format csv|pdf, -o FILE en --db URL nodig</translation>
    </message>
    <message>
        <source>staffing figures for %1 to %2 written to %3</source>
        <translation>bezettingscijfers van %1 tot en met %2 geschreven naar %3</translation>
    </message>
    <message>
        <source>&quot;settings&quot; needs show --db URL, or set wrapup-limit SECONDS --db URL</source>
        <translation>&quot;settings&quot; heeft show --db URL nodig, of set wrapup-limit SECONDS --db URL</translation>
    </message>
    <message>
        <source>the wrap-up limit is a number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>de maximale afrondingstijd is een aantal seconden van %1 tot %2, niet &quot;%3&quot;</translation>
    </message>
    <message>
        <source>wrap-up limit set to %1 seconds</source>
        <translation>maximale afrondingstijd ingesteld op %1 seconden</translation>
    </message>
    <message>
        <source>(not set: the default)</source>
        <translation>(niet ingesteld: de standaard)</translation>
    </message>
    <message>
        <source>only supervisors and administrators read staffing figures</source>
        <translation>alleen leidinggevenden en beheerders lezen de bezettingscijfers</translation>
    </message>
    <message>
        <source>only administrators set the wrap-up maximum</source>
        <translation>alleen beheerders stellen de maximale afrondtijd in</translation>
    </message>
</context>
<context>
    <name>ww::AgentStateStore</name>
    <message>
        <source>an agent state needs a known state and an agent</source>
        <translation>een status heeft een bekende status en een medewerker nodig</translation>
    </message>
    <message>
        <source>%1 state changes in the last hour: no more are recorded now</source>
        <translation>%1 statuswijzigingen in het afgelopen uur: er worden nu geen meer vastgelegd</translation>
    </message>
    <message>
        <source>the wrap-up maximum is %1 to %2 seconds, not %3</source>
        <translation>de maximale afrondingstijd is %1 tot %2 seconden, niet %3</translation>
    </message>
</context>
<context>
    <name>ww::AgentStatusButton</name>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Beschikbaar</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <source>&amp;Other work</source>
        <translation>&amp;Ander werk</translation>
    </message>
    <message>
        <source>Your status and the time in it. Break: F12.</source>
        <translation>Je status en hoe lang je die al hebt. Pauze: F12.</translation>
    </message>
    <message>
        <source>You are on a call: choose Break after the call.</source>
        <translation>Je bent in gesprek: kies Pauze na het gesprek.</translation>
    </message>
    <message>
        <source>Wrap-up runs over its maximum of %1: close the case (F9) or plan a follow-up (F10).</source>
        <translation>De afronding duurt langer dan %1: sluit de casus (F9) of plan een vervolgafspraak (F10).</translation>
    </message>
    <message>
        <source>You are on a call: choose Break or Other work after the call.</source>
        <translation>Je bent in gesprek: kies Pauze of Ander werk na het gesprek.</translation>
    </message>
    <message>
        <source>Status: %1, over time</source>
        <translation>Status: %1, te lang</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 %2 (over time)</source>
        <translation>%1 %2 (te lang)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ww::AsyncStorage</name>
    <message>
        <source>the database cannot be reached</source>
        <translation>de database is niet bereikbaar</translation>
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
    <name>ww::BusyLine</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden stoppen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden stoppen (Esc)</translation>
    </message>
</context>
<context>
    <name>ww::CallOfferBar</name>
    <message>
        <source>Open a case for this call</source>
        <translation>Casus openen voor dit gesprek</translation>
    </message>
    <message>
        <source>Keep the current case</source>
        <translation>Huidige casus houden</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Open a new phone case for the answered call</source>
        <translation>Een nieuwe telefooncasus openen voor het aangenomen gesprek</translation>
    </message>
    <message>
        <source>Keep the current case; start no case for the answered call</source>
        <translation>De huidige casus houden; geen casus voor het aangenomen gesprek</translation>
    </message>
</context>
<context>
    <name>ww::CallerNumberConsent</name>
    <message>
        <source>Tick only when the caller agrees that the helpline keeps their phone number. Without a tick the number is not stored.</source>
        <translation>Zet alleen een vinkje als de beller het goed vindt dat de hulplijn het telefoonnummer bewaart. Zonder vinkje wordt het nummer niet bewaard.</translation>
    </message>
    <message>
        <source>&amp;Keep the caller&apos;s number (no number came with this call)</source>
        <translation>N&amp;ummer van de beller bewaren (bij dit gesprek kwam geen nummer mee)</translation>
    </message>
    <message>
        <source>&amp;Keep the caller&apos;s number %1: the caller agrees</source>
        <translation>N&amp;ummer van de beller %1 bewaren: de beller is akkoord</translation>
    </message>
    <message>
        <source>Keep the caller&apos;s number: no number came with this call</source>
        <translation>Nummer van de beller bewaren: bij dit gesprek kwam geen nummer mee</translation>
    </message>
    <message>
        <source>Keep the caller&apos;s number %1: the caller agrees</source>
        <translation>Nummer van de beller %1 bewaren: de beller is akkoord</translation>
    </message>
</context>
<context>
    <name>ww::CaseDataExport</name>
    <message>
        <source>tree step</source>
        <translation>stap in de beslisboom</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>verwijzing</translation>
    </message>
    <message>
        <source>state change</source>
        <translation>statuswijziging</translation>
    </message>
    <message>
        <source>hand-over</source>
        <translation>overdracht</translation>
    </message>
    <message>
        <source>review</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <source>access</source>
        <translation>inzage</translation>
    </message>
    <message>
        <source>Everything stored about case %1</source>
        <translation>Alles wat over casus %1 is opgeslagen</translation>
    </message>
    <message>
        <source>Exported at %1 (UTC).</source>
        <translation>Geëxporteerd op %1 (UTC).</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Beslisboom</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Contact ended</source>
        <translation>Gesprek beëindigd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Seconds on hold</source>
        <translation>Seconden in de wacht</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Soort school</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Route stage</source>
        <translation>Stap in de klachtroute</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>White spot</source>
        <translation>Witte vlek</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgafspraak</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Niet opgeslagen notitie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>flagged for the expertise network</source>
        <translation>gemarkeerd voor het expertisenetwerk</translation>
    </message>
    <message>
        <source>chat message</source>
        <translation>chatbericht</translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation>Taal van de beller</translation>
    </message>
    <message>
        <source>Caller&apos;s phone number</source>
        <translation>Telefoonnummer van de beller</translation>
    </message>
</context>
<context>
    <name>ww::CaseFieldsForm</name>
    <message>
        <source>Case details</source>
        <translation>Gegevens van de casus</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Wie belde</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Soort school</translation>
    </message>
    <message>
        <source>Complaint route: how far the caller is</source>
        <translation>Klachtroute: hoe ver de beller is</translation>
    </message>
    <message>
        <source>Province (optional)</source>
        <translation>Provincie (niet verplicht)</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— niet genoemd —</translation>
    </message>
    <message>
        <source>Themes, one or more</source>
        <translation>Thema&apos;s, één of meer</translation>
    </message>
    <message>
        <source>&amp;Who called</source>
        <translation>&amp;Wie belde</translation>
    </message>
    <message>
        <source>School t&amp;ype</source>
        <translation>&amp;Soort school</translation>
    </message>
    <message>
        <source>Th&amp;emes (one or more)</source>
        <translation>Th&amp;ema&apos;s (één of meer)</translation>
    </message>
    <message>
        <source>Complaint &amp;route: how far is the caller?</source>
        <translation>Klacht&amp;route: hoe ver is de beller?</translation>
    </message>
    <message>
        <source>&amp;Province (optional)</source>
        <translation>&amp;Provincie (niet verplicht)</translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation>Taal van de beller</translation>
    </message>
    <message>
        <source>— not noted —</source>
        <translation>— niet genoteerd —</translation>
    </message>
    <message>
        <source>The language the caller speaks with you. For a language other than Dutch the referrals show whether each party is known to help in it.</source>
        <translation>De taal die de beller met u spreekt. Is dat geen Nederlands? Dan ziet u bij elke partij of bekend is dat die in die taal helpt.</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;language</source>
        <translation>T&amp;aal van de beller</translation>
    </message>
    <message>
        <source>Up and Down go through the themes, Space ticks or unticks one.</source>
        <translation>Met pijltje omhoog en omlaag ga je langs de thema&apos;s. Met de spatiebalk zet of haal je een vinkje.</translation>
    </message>
    <message>
        <source>Unknown (urgent contact)</source>
        <translation>Onbekend (spoedgesprek)</translation>
    </message>
</context>
<context>
    <name>ww::CaseHeaderBar</name>
    <message>
        <source>On hold (F6 resumes)</source>
        <translation>In de wacht (F6: uit de wacht)</translation>
    </message>
    <message>
        <source>Continue follow-up</source>
        <translation>Vervolg oppakken</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status van de casus</translation>
    </message>
    <message>
        <source>The contact is on hold</source>
        <translation>Het gesprek staat in de wacht</translation>
    </message>
    <message>
        <source>Continue this follow-up</source>
        <translation>Vervolg van deze casus oppakken</translation>
    </message>
    <message>
        <source>Chat case</source>
        <translation>Chatcasus</translation>
    </message>
    <message>
        <source>Phone case</source>
        <translation>Telefooncasus</translation>
    </message>
    <message>
        <source>Follow-up on %1: %2</source>
        <translation>Vervolgafspraak op %1: %2</translation>
    </message>
    <message>
        <source>Closed on %1 — read-only</source>
        <translation>Gesloten op %1 — alleen lezen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ready to close (F9).</source>
        <translation>Klaar om te sluiten (F9).</translation>
    </message>
    <message>
        <source>Before this case can be closed:</source>
        <translation>Voordat je deze casus kunt sluiten:</translation>
    </message>
    <message>
        <source>The contact is on hold (F6 resumes)</source>
        <translation>Het gesprek staat in de wacht (F6: uit de wacht)</translation>
    </message>
    <message numerus="yes">
        <source>Contact time: %n minute(s)</source>
        <translation>
            <numerusform>Gespreksduur: %n minuut</numerusform>
            <numerusform>Gespreksduur: %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::CaseHistoryList</name>
    <message>
        <source>Case history</source>
        <translation>Geschiedenis van de casus</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>ww::CaseLabels</name>
    <message>
        <source>Has not raised it yet</source>
        <translation>Nog niet met school gepraat</translation>
    </message>
    <message>
        <source>Has talked to the school</source>
        <translation>Met leraar of schoolleiding gepraat</translation>
    </message>
    <message>
        <source>Has seen the confidential adviser</source>
        <translation>Bij de vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Has filed a formal complaint</source>
        <translation>Formele klacht ingediend</translation>
    </message>
    <message>
        <source>Complaint route completed</source>
        <translation>Klachtroute doorlopen, niet opgelost</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>In contact</source>
        <translation>In gesprek</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgafspraak</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Opened (%1)</source>
        <translation>Geopend (%1)</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>In de wacht gezet</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Uit de wacht gehaald</translation>
    </message>
    <message>
        <source>Contact ended</source>
        <translation>Gesprek beëindigd</translation>
    </message>
    <message>
        <source>Follow-up planned for %1</source>
        <translation>Vervolgafspraak gepland op %1</translation>
    </message>
    <message>
        <source>Follow-up continued: %1</source>
        <translation>Vervolg opgepakt: %1</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>Overgedragen aan %1</translation>
    </message>
    <message>
        <source>Walk taken over from the website (phone code)</source>
        <translation>Route overgenomen van de website (telefooncode)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>In gesprek</translation>
    </message>
    <message>
        <source>In chat</source>
        <translation>In chat</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Ander werk</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>ww::CaseListModel</name>
    <message>
        <source>Follow-up due</source>
        <translation>Vervolgafspraak aan de beurt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgafspraak</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Van %1: %2</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
</context>
<context>
    <name>ww::CaseLogExport</name>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Soort school</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>White spot</source>
        <translation>Witte vlek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgafspraak</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation>Taal van de beller</translation>
    </message>
</context>
<context>
    <name>ww::CaseLogFileExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet opslaan: %2</translation>
    </message>
</context>
<context>
    <name>ww::CaseLogModel</name>
    <message>
        <source>white spot</source>
        <translation>witte vlek</translation>
    </message>
</context>
<context>
    <name>ww::CaseLogQuery</name>
    <message>
        <source>the search text is longer than %1 characters</source>
        <translation>de zoektekst is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>database error while preparing the case log on %1: %2</source>
        <translation>databasefout bij het voorbereiden van het casuslogboek op %1: %2</translation>
    </message>
    <message>
        <source>database error while reading the case log on %1: %2</source>
        <translation>databasefout bij het lezen van het casuslogboek op %1: %2</translation>
    </message>
</context>
<context>
    <name>ww::CaseLogView</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Periode van</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>accountnaam</translation>
    </message>
    <message>
        <source>node id</source>
        <translation>id van de stap</translation>
    </message>
    <message>
        <source>white spot</source>
        <translation>witte vlek</translation>
    </message>
    <message>
        <source>no white spot</source>
        <translation>geen witte vlek</translation>
    </message>
    <message>
        <source>Follow-up &amp;due</source>
        <translation>&amp;Vervolg aan de beurt</translation>
    </message>
    <message>
        <source>words in the notes</source>
        <translation>woorden in de notities</translation>
    </message>
    <message>
        <source>&amp;Show cases</source>
        <translation>Casussen &amp;tonen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>Ca&amp;ller</source>
        <translation>&amp;Beller</translation>
    </message>
    <message>
        <source>Sc&amp;hool type</source>
        <translation>Soort &amp;school</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>Ver&amp;wezen naar</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Advies</translation>
    </message>
    <message>
        <source>&amp;White spot</source>
        <translation>Witte v&amp;lek</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>S&amp;earch notes</source>
        <translation>&amp;Zoeken in notities</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV with semicolons, for Excel in Dutch (*.csv)</source>
        <translation>CSV met puntkomma&apos;s, voor Excel in het Nederlands (*.csv)</translation>
    </message>
    <message>
        <source>CSV with commas (*.csv)</source>
        <translation>CSV met komma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>Export the case log</source>
        <translation>Casuslogboek exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) so far; more appear as you scroll</source>
        <translation>
            <numerusform>%n casus tot nu toe; er komen er meer bij als je verder scrolt</numerusform>
            <numerusform>%n casussen tot nu toe; er komen er meer bij als je verder scrolt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n casus geëxporteerd naar %1.</numerusform>
            <numerusform>%n casussen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>De export is gestopt. Er is geen bestand gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; reading stopped. Choose Show cases to read again.</source>
        <translation>
            <numerusform>%n casus getoond; het laden is gestopt. Kies Casussen tonen om opnieuw te laden.</numerusform>
            <numerusform>%n casussen getoond; het laden is gestopt. Kies Casussen tonen om opnieuw te laden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting the case log: %n case(s) written so far…</source>
        <translation>
            <numerusform>Het casuslogboek wordt geëxporteerd: %n casus klaar…</numerusform>
            <numerusform>Het casuslogboek wordt geëxporteerd: %n casussen klaar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Casussen laden…</translation>
    </message>
    <message>
        <source>Loading more cases…</source>
        <translation>Meer casussen laden…</translation>
    </message>
    <message>
        <source>The case log could not be read.</source>
        <translation>Het casuslogboek kon niet worden geladen.</translation>
    </message>
    <message>
        <source>choose Show cases</source>
        <translation>kies daarna opnieuw Casussen tonen</translation>
    </message>
    <message>
        <source>The case log was not exported; no file was written.</source>
        <translation>Het casuslogboek is niet geëxporteerd. Er is geen bestand gemaakt.</translation>
    </message>
    <message>
        <source>export again</source>
        <translation>exporteer daarna opnieuw</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write there, then export again. If it keeps happening, tell your administrator what it says.</source>
        <translation>Kijk of de map bestaat en of je daar bestanden mag opslaan. Exporteer daarna opnieuw. Gebeurt het steeds weer? Vertel de beheerder wat er staat.</translation>
    </message>
    <message>
        <source>Caller&apos;s lan&amp;guage</source>
        <translation>Taal van d&amp;e beller</translation>
    </message>
</context>
<context>
    <name>ww::CaseReviewWriter</name>
    <message>
        <source>a review needs a comment</source>
        <translation>een beoordeling heeft een toelichting nodig</translation>
    </message>
    <message>
        <source>a review comment may be at most %1 characters</source>
        <translation>een toelichting mag hoogstens %1 tekens lang zijn</translation>
    </message>
    <message>
        <source>the quality score must be from 1 to 5, not %1</source>
        <translation>het cijfer voor kwaliteit moet van 1 tot en met 5 zijn, niet %1</translation>
    </message>
    <message>
        <source>a case for the expertise network needs a short summary</source>
        <translation>een casus voor het expertisenetwerk heeft een korte samenvatting nodig</translation>
    </message>
    <message>
        <source>the summary for the expertise network may be at most %1 characters</source>
        <translation>de samenvatting voor het expertisenetwerk mag hoogstens %1 tekens lang zijn</translation>
    </message>
</context>
<context>
    <name>ww::CaseSaveRequest</name>
    <message>
        <source>the database answered a save with something unexpected</source>
        <translation>de database gaf een onverwacht antwoord bij het opslaan</translation>
    </message>
</context>
<context>
    <name>ww::CaseSession</name>
    <message>
        <source>the tree %1 of this case cannot be read back</source>
        <translation>de beslisboom %1 van deze casus is niet meer te lezen</translation>
    </message>
    <message>
        <source>A follow-up can be planned once the contact has ended.</source>
        <translation>Je kunt pas een vervolgafspraak plannen als het gesprek is beëindigd.</translation>
    </message>
    <message>
        <source>Choose a follow-up date from today on.</source>
        <translation>Kies een datum voor de vervolgafspraak vanaf vandaag.</translation>
    </message>
    <message>
        <source>Write a short instruction for the follow-up (at most 500 characters).</source>
        <translation>Schrijf een korte instructie voor de vervolgafspraak (maximaal 500 tekens).</translation>
    </message>
    <message>
        <source>A closed case cannot be handed over.</source>
        <translation>Een gesloten casus kunt u niet overdragen.</translation>
    </message>
    <message>
        <source>Choose the person who takes the case over.</source>
        <translation>Kies wie de casus overneemt.</translation>
    </message>
    <message>
        <source>Write a short note for the person who takes the case over (at most 1000 characters).</source>
        <translation>Schrijf een korte notitie voor wie de casus overneemt (hoogstens 1000 tekens).</translation>
    </message>
    <message>
        <source>The case was not handed over: %1</source>
        <translation>De casus is niet overgedragen: %1</translation>
    </message>
    <message>
        <source>Only the person who holds the case can hand it over.</source>
        <translation>Alleen wie de casus nu heeft, kan hem overdragen.</translation>
    </message>
    <message>
        <source>The case is no longer there to save.</source>
        <translation>De zaak is er niet meer om op te slaan.</translation>
    </message>
    <message>
        <source>Resolve the differences with the stored case first.</source>
        <translation>Los eerst de verschillen met de opgeslagen zaak op.</translation>
    </message>
    <message>
        <source>The case is being saved; try again in a moment.</source>
        <translation>De zaak wordt opgeslagen. Probeer het zo weer.</translation>
    </message>
    <message>
        <source>The case cannot be saved right now, so it was not handed over. Try again when the connection is back.</source>
        <translation>De zaak kan nu niet worden opgeslagen. Daarom is ze niet overgedragen. Probeer het weer als de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>ww::CaseTimelineView</name>
    <message>
        <source>Timeline of the case</source>
        <translation>Tijdlijn van de casus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Toelichting bij de beoordeling</translation>
    </message>
    <message>
        <source>Quality score from 1 to 5</source>
        <translation>Cijfer voor kwaliteit van 1 tot en met 5</translation>
    </message>
    <message>
        <source>&amp;Flag for discussion in the expertise network (anonymised)</source>
        <translation>&amp;Markeren om te bespreken in het expertisenetwerk (geanonimiseerd)</translation>
    </message>
    <message>
        <source>Review &amp;comment</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>Quality &amp;score (1–5)</source>
        <translation>&amp;Cijfer voor kwaliteit (1–5)</translation>
    </message>
    <message>
        <source>Save &amp;review</source>
        <translation>Beoordeling &amp;opslaan</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Tree step</source>
        <translation>Stap in de beslisboom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Statuswijziging</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Case %1 — opened %2 by %3</source>
        <translation>Casus %1 — geopend op %2 door %3</translation>
    </message>
    <message>
        <source>score %1 of 5</source>
        <translation>cijfer %1 van 5</translation>
    </message>
    <message>
        <source>flagged for the expertise network</source>
        <translation>gemarkeerd voor het expertisenetwerk</translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation>Er staat geen casus open.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Export everything stored about this case</source>
        <translation>Alles exporteren wat over deze casus is opgeslagen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Chatbericht</translation>
    </message>
    <message>
        <source>Summary for the expertise network</source>
        <translation>Samenvatting voor het expertisenetwerk</translation>
    </message>
    <message>
        <source>What happened and what went wrong, without names, places, schools, dates or phone numbers.</source>
        <translation>Wat er gebeurde en wat er misging, zonder namen, plaatsen, scholen, datums of telefoonnummers.</translation>
    </message>
    <message>
        <source>What happened and where the complaints system fell short. No names, places, schools, dates or phone numbers.</source>
        <translation>Wat er gebeurde en waar het klachtenstelsel tekortschoot. Geen namen, plaatsen, scholen, datums of telefoonnummers.</translation>
    </message>
    <message>
        <source>I checked the summary: &amp;nobody can be recognised in it</source>
        <translation>Ik heb de samenvatting gecontroleerd: &amp;niemand is erin te herkennen</translation>
    </message>
    <message>
        <source>Summary for the net&amp;work</source>
        <translation>Samenvatting voor het net&amp;werk</translation>
    </message>
    <message>
        <source>Check the summary: %1 The network must not be able to recognise anyone.</source>
        <translation>Controleer de samenvatting: %1 Het netwerk mag niemand kunnen herkennen.</translation>
    </message>
    <message>
        <source>The summary may still say who it is about. Change it, or tick that you checked it.</source>
        <translation>Misschien staat in de samenvatting nog over wie het gaat. Pas hem aan, of vink aan dat u hem hebt gecontroleerd.</translation>
    </message>
    <message>
        <source>The review was not saved.</source>
        <translation>De beoordeling is niet opgeslagen.</translation>
    </message>
    <message>
        <source>choose Save review</source>
        <translation>kies daarna opnieuw Beoordeling opslaan</translation>
    </message>
    <message>
        <source>The case was not exported; no file was written.</source>
        <translation>De casus is niet geëxporteerd. Er is geen bestand gemaakt.</translation>
    </message>
    <message>
        <source>export again</source>
        <translation>exporteer daarna opnieuw</translation>
    </message>
    <message>
        <source>Saving the review…</source>
        <translation>Beoordeling opslaan…</translation>
    </message>
    <message>
        <source>Reading the case for the export…</source>
        <translation>Casus laden voor de export…</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Casus laden…</translation>
    </message>
    <message>
        <source>Loading stopped. To see the case, open it again from the case log.</source>
        <translation>Het laden is gestopt. Wil je de casus zien? Open hem dan opnieuw vanuit het casuslogboek.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>De export is gestopt. Er is geen bestand gemaakt.</translation>
    </message>
    <message>
        <source>There is no case %1, or you may not see it. Check the case number.</source>
        <translation>Casus %1 bestaat niet, of je mag hem niet zien. Controleer het casusnummer.</translation>
    </message>
    <message>
        <source>The case was not exported: %1. Choose another folder or file name and export again.</source>
        <translation>De casus is niet geëxporteerd: %1. Kies een andere map of bestandsnaam en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>The case could not be read.</source>
        <translation>De casus kon niet worden geladen.</translation>
    </message>
    <message>
        <source>open the case again from the case log</source>
        <translation>open de casus daarna opnieuw vanuit het casuslogboek</translation>
    </message>
    <message>
        <source>caller&apos;s language: %1</source>
        <translation>taal van de beller: %1</translation>
    </message>
    <message>
        <source>Writing the export file…</source>
        <translation>Het exportbestand wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>ww::CaseWorkspace</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Case h&amp;istory</source>
        <translation>Gesch&amp;iedenis van de casus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Opslaan is mislukt</translation>
    </message>
    <message>
        <source>Hide the saving warning</source>
        <translation>Waarschuwing over opslaan verbergen</translation>
    </message>
    <message>
        <source>The case could not be saved: %1
Nothing you typed is lost: it stays on screen, and the case is saved again with your next change.</source>
        <translation>De casus is niet opgeslagen: %1
Je bent niets kwijt: wat je hebt getypt, blijft op het scherm staan. Bij je volgende wijziging slaat het programma de casus opnieuw op.</translation>
    </message>
    <message>
        <source>Save the note you are typing (Ctrl+Return) or clear it.</source>
        <translation>Sla de notitie op die je aan het typen bent (Ctrl+Return), of maak het veld leeg.</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Go on working: everything is kept on this computer and saved as soon as the database is back.</source>
        <translation>Offline: de database is niet bereikbaar. Werk gewoon door: alles blijft op deze computer bewaard en wordt opgeslagen zodra de database terug is.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Also open right now by: %1. Notes from both are kept; other changes are merged when you save.</source>
        <translation>Nu ook open bij: %1. Notities van u allebei blijven bewaard; andere wijzigingen worden samengevoegd bij het bewaren.</translation>
    </message>
    <message>
        <source>Handed over by %1 to %2 on %3: %4</source>
        <translation>Overgedragen door %1 aan %2 op %3: %4</translation>
    </message>
</context>
<context>
    <name>ww::ChartPanel</name>
    <message>
        <source>Chart. The button below it shows the same numbers as a table.</source>
        <translation>Grafiek. Met de knop eronder zie je dezelfde aantallen als tabel.</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 als tabel</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;tabel tonen</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporteren als &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation>Aantallen exporteren</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ww::ChatConversation</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Versturen (Enter)</translation>
    </message>
    <message>
        <source>Send tree text (Ctrl+T)</source>
        <translation>Tekst uit de beslisboom versturen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Doorzetten…</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Chat beëindigen</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Chatberichten</translation>
    </message>
    <message>
        <source>Message to the visitor</source>
        <translation>Bericht aan de bezoeker</translation>
    </message>
    <message>
        <source>Type a message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>Typ een bericht. Enter verstuurt het, Shift+Enter begint een nieuwe regel.</translation>
    </message>
    <message>
        <source>Sends the question or advice the tree shows now, in the visitor&apos;s language</source>
        <translation>Verstuurt de vraag of het advies dat de beslisboom nu toont, in de taal van de bezoeker</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Transferred by %1: %2</source>
        <translation>Doorgezet door %1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>The visitor is typing…</source>
        <translation>De bezoeker typt…</translation>
    </message>
    <message>
        <source>The visitor ended the chat.</source>
        <translation>De bezoeker heeft de chat beëindigd.</translation>
    </message>
    <message>
        <source>The chat has ended.</source>
        <translation>De chat is beëindigd.</translation>
    </message>
    <message>
        <source>The message is too long (at most %1 characters).</source>
        <translation>Het bericht is te lang (hoogstens %1 tekens).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
</context>
<context>
    <name>ww::ChatDesk</name>
    <message>
        <source>&amp;Accept chat</source>
        <translation>Chat &amp;aannemen</translation>
    </message>
    <message>
        <source>Sound and flash for a new chat</source>
        <translation>Geluid en knipperen bij een nieuwe chat</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Waiting chats</source>
        <translation>Wachtende chats</translation>
    </message>
    <message>
        <source>&amp;Waiting chats</source>
        <translation>&amp;Wachtende chats</translation>
    </message>
    <message>
        <source>Open chats</source>
        <translation>Open chats</translation>
    </message>
    <message>
        <source>Connected to the chat service as %1.</source>
        <translation>Verbonden met de chatdienst als %1.</translation>
    </message>
    <message>
        <source>The connection to the chat service is lost; reconnecting…</source>
        <translation>De verbinding met de chatdienst is weg; opnieuw verbinden…</translation>
    </message>
    <message>
        <source>The chat went back to the queue.</source>
        <translation>De chat is terug in de wachtrij.</translation>
    </message>
    <message>
        <source>A visitor has been waiting too long.</source>
        <translation>Een bezoeker wacht al te lang.</translation>
    </message>
    <message>
        <source>Waiting %1 · %2</source>
        <translation>Wacht %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on the website</source>
        <translation>
            <numerusform>%n stap op de website</numerusform>
            <numerusform>%n stappen op de website</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>van %1: %2</translation>
    </message>
    <message>
        <source>A new chat is waiting.</source>
        <translation>Er wacht een nieuwe chat.</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
    <message>
        <source>%1 (%2 new)</source>
        <translation>%1 (%2 nieuw)</translation>
    </message>
    <message>
        <source>Choose who takes the chat over and write a note for them.</source>
        <translation>Kies wie de chat overneemt en schrijf een notitie voor die persoon.</translation>
    </message>
    <message>
        <source>Transfer the chat</source>
        <translation>Chat doorzetten</translation>
    </message>
    <message>
        <source>The chat was transferred; its case, tree position and notes go with it.</source>
        <translation>De chat is doorgezet; de casus, de plek in de beslisboom en de notities gaan mee.</translation>
    </message>
    <message>
        <source>Opening the chat&apos;s case…</source>
        <translation>De zaak van de chat wordt geopend…</translation>
    </message>
    <message>
        <source>Chat opened.</source>
        <translation>Chat geopend.</translation>
    </message>
    <message>
        <source>Declined: the chat is offered to a colleague.</source>
        <translation>Geweigerd: de chat gaat naar een collega.</translation>
    </message>
    <message>
        <source>The offered chat was not answered in time; it goes to a colleague.</source>
        <translation>Je hebt de chat niet op tijd aangenomen. Hij gaat naar een collega.</translation>
    </message>
    <message>
        <source>A colleague has taken the offered chat.</source>
        <translation>Een collega heeft de chat aangenomen.</translation>
    </message>
    <message>
        <source>The chat is no longer offered to you.</source>
        <translation>De chat is niet meer voor jou.</translation>
    </message>
    <message>
        <source>Your status does not allow chats now. Set your status to available to take a chat.</source>
        <translation>Met je status kun je nu geen chat aannemen. Zet je status op beschikbaar om een chat aan te nemen.</translation>
    </message>
    <message>
        <source>That colleague cannot take a chat now: not connected, not available or without room.</source>
        <translation>Die collega kan nu geen chat aannemen: niet verbonden, niet beschikbaar of al te veel chats.</translation>
    </message>
    <message>
        <source>The chat&apos;s case cannot be opened.</source>
        <translation>De casus van de chat kan niet worden geopend.</translation>
    </message>
    <message numerus="yes">
        <source>It is tried again in %n second(s).</source>
        <translation>
            <numerusform>Over %n seconde wordt het opnieuw geprobeerd.</numerusform>
            <numerusform>Over %n seconden wordt het opnieuw geprobeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat&apos;s case cannot be found. Tell your supervisor: they see the chat in the live view and can move it.</source>
        <translation>De casus van de chat is niet te vinden. Meld het aan je supervisor: die ziet de chat in het live-overzicht en kan hem verplaatsen.</translation>
    </message>
</context>
<context>
    <name>ww::ChatOfferPanel</name>
    <message>
        <source>Accept</source>
        <translation>Aannemen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Accept the offered chat</source>
        <translation>Aangeboden chat aannemen</translation>
    </message>
    <message>
        <source>Decline the offered chat</source>
        <translation>Aangeboden chat weigeren</translation>
    </message>
    <message>
        <source>Chat offered to you</source>
        <translation>Chat voor jou</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter, or Enter on this panel</source>
        <translation>Ctrl+Shift+Enter, of Enter in dit vak</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>Accept the offered chat (Ctrl+Shift+Enter)</source>
        <translation>Aangeboden chat aannemen (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Decline the offered chat: it goes to a colleague (Ctrl+Shift+Backspace)</source>
        <translation>Aangeboden chat weigeren: hij gaat naar een collega (Ctrl+Shift+Backspace)</translation>
    </message>
    <message>
        <source>Waiting %1 · %2</source>
        <translation>Wacht %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on the website</source>
        <translation>
            <numerusform>%n stap op de website</numerusform>
            <numerusform>%n stappen op de website</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>van %1: %2</translation>
    </message>
    <message>
        <source>A chat is offered to you.</source>
        <translation>Er is een chat voor jou.</translation>
    </message>
    <message>
        <source>A chat is offered to you: %1. Ctrl+Shift+Enter accepts, Ctrl+Shift+Backspace declines.</source>
        <translation>Er is een chat voor jou: %1. Ctrl+Shift+Enter neemt hem aan, Ctrl+Shift+Backspace weigert hem.</translation>
    </message>
    <message numerus="yes">
        <source>Answer within %n second(s).</source>
        <translation>
            <numerusform>Neem aan binnen %n seconde.</numerusform>
            <numerusform>Neem aan binnen %n seconden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::ConnectionProblem</name>
    <message>
        <source>The database server %1 is not known on the network. Check the host name.</source>
        <translation>De databaseserver %1 is niet bekend op het netwerk. Controleer de naam van de server.</translation>
    </message>
    <message>
        <source>The database server at %1 does not answer. It may be down or unreachable.</source>
        <translation>De databaseserver op %1 antwoordt niet. Hij staat misschien uit of is niet bereikbaar.</translation>
    </message>
    <message>
        <source>The database asks for the password of %1.</source>
        <translation>De database vraagt het wachtwoord van %1.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator.</source>
        <translation>Het account %1 is uitgeschakeld. Vraag het aan een beheerder.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Check the name in the address; an administrator makes the database once with &quot;wegwijzer-admin db install&quot;.</source>
        <translation>De database %1 bestaat niet op %2. Controleer de naam in het adres. Een beheerder maakt de database één keer aan met &quot;wegwijzer-admin db install&quot;.</translation>
    </message>
    <message>
        <source>There is no account %1 on the database server. Check the user name, or ask an administrator to make the account.</source>
        <translation>Er is geen account %1 op de databaseserver. Controleer de gebruikersnaam, of vraag een beheerder om het account aan te maken.</translation>
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
    <name>ww::DashboardView</name>
    <message>
        <source>Period &amp;from</source>
        <translation>Periode &amp;van</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Monitoring report…</source>
        <translation>&amp;Monitoringrapport…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Contacts per week by channel</source>
        <translation>Contacten per week per kanaal</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Contacts per week by theme</source>
        <translation>Contacten per week per thema</translation>
    </message>
    <message>
        <source>Referrals per party</source>
        <translation>Verwijzingen per partij</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>White spots per week</source>
        <translation>Witte vlekken per week</translation>
    </message>
    <message>
        <source>Where callers stop in the tree</source>
        <translation>Waar bellers stoppen in de beslisboom</translation>
    </message>
    <message>
        <source>Last question</source>
        <translation>Laatste vraag</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>Duur van het contact</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Vervolgafspraken die eraan komen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>binnen 7 dagen</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>week label: day and short month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Monitoring report for the expertise network</source>
        <translation>Monitoringrapport voor het expertisenetwerk</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The dashboard could not be read; the charts show the numbers read before.</source>
        <translation>Het dashboard kon niet worden geladen. De grafieken tonen de cijfers van eerder.</translation>
    </message>
    <message>
        <source>choose Show</source>
        <translation>kies daarna opnieuw Tonen</translation>
    </message>
    <message>
        <source>The monitoring report was not written.</source>
        <translation>Het monitoringrapport is niet gemaakt.</translation>
    </message>
    <message>
        <source>choose Monitoring report again</source>
        <translation>kies daarna opnieuw Monitoringrapport</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose an end date on or after the start date.</source>
        <translation>De periode eindigt voordat hij begint. Kies een einddatum op of na de begindatum.</translation>
    </message>
    <message>
        <source>Loading stopped; the charts show the numbers read before. Choose Show to load them again.</source>
        <translation>Het laden is gestopt. De grafieken tonen de cijfers van eerder. Kies Tonen om opnieuw te laden.</translation>
    </message>
    <message>
        <source>The monitoring report was stopped; no file was written.</source>
        <translation>Het monitoringrapport is gestopt. Er is geen bestand gemaakt.</translation>
    </message>
    <message>
        <source>Loading the numbers for the monitoring report…</source>
        <translation>Cijfers laden voor het monitoringrapport…</translation>
    </message>
    <message>
        <source>Loading the numbers for the period…</source>
        <translation>Cijfers laden voor de periode…</translation>
    </message>
    <message>
        <source>The monitoring report was not written: %1. Choose another folder or file name and try again.</source>
        <translation>Het monitoringrapport is niet gemaakt: %1. Kies een andere map of bestandsnaam en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Writing the monitoring report…</source>
        <translation>Het monitoringrapport wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>ww::Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>het Qt SQL-stuurprogramma %1 is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the database</source>
        <translation>kan de map %1 voor de database niet maken</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <source>the statement &quot;%1&quot; is missing from the program&apos;s resources</source>
        <translation>de databaseopdracht &quot;%1&quot; ontbreekt in de bestanden van het programma</translation>
    </message>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>het voorbereiden van &quot;%1&quot;</translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation>het uitvoeren van &quot;%1&quot;</translation>
    </message>
    <message>
        <source>running a statement of %1</source>
        <translation>het uitvoeren van een opdracht uit %1</translation>
    </message>
    <message>
        <source>database error while %1 on %2: %3</source>
        <translation>databasefout bij %1 op %2: %3</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>het starten van een transactie</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>het vastleggen van een transactie</translation>
    </message>
</context>
<context>
    <name>ww::DatabaseCheck</name>
    <message>
        <source>the check %1 is missing from the program&apos;s resources</source>
        <translation>de controle %1 ontbreekt in het programma</translation>
    </message>
    <message>
        <source>the check %1 could not run: %2</source>
        <translation>de controle %1 kon niet draaien: %2</translation>
    </message>
    <message>
        <source>%1 is an embedded SQLite database: it makes no multi-user promises, so there is nothing to check (see docs/security.md)</source>
        <translation>%1 is een ingebouwde SQLite-database: die belooft niets voor meer gebruikers, dus er valt niets te controleren (zie docs/security.md)</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>database %1</translation>
    </message>
    <message>
        <source>schema version %1 is older than %2, which enforces the security model; run &quot;db migrate&quot; as a superuser</source>
        <translation>schemaversie %1 is ouder dan %2, de versie die de beveiliging afdwingt; voer &quot;db migrate&quot; uit als superuser</translation>
    </message>
</context>
<context>
    <name>ww::DatabaseUrl</name>
    <message>
        <source>the database URL is longer than %1 characters</source>
        <translation>de URL van de database is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>the database URL contains a NUL character</source>
        <translation>de URL van de database bevat een NUL-teken</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an SQLite URL needs an absolute path, as in sqlite:///home/agent/wegwijzer.db</source>
        <translation>&quot;%1&quot;: een URL voor SQLite heeft een absoluut pad nodig, zoals in sqlite:///home/agent/wegwijzer.db</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the SQLite URL names a directory, not a file</source>
        <translation>&quot;%1&quot;: de URL voor SQLite wijst naar een map, niet naar een bestand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL: %2</source>
        <translation>&quot;%1&quot; is geen geldige URL voor PostgreSQL: %2</translation>
    </message>
    <message>
        <source>the database URL must not contain a password; use the login dialog, a prompt, PGPASSWORD or ~/.pgpass</source>
        <translation>de URL van de database mag geen wachtwoord bevatten; gebruik het inlogvenster, een wachtwoordvraag, PGPASSWORD of ~/.pgpass</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>&quot;%1&quot;: verwacht is postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>unknown database URL option &quot;%1&quot;; allowed are: %2</source>
        <translation>onbekende optie &quot;%1&quot; in de URL van de database; toegestaan zijn: %2</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must not contain spaces or semicolons</source>
        <translation>de waarde van &quot;%1&quot; mag geen spaties of puntkomma&apos;s bevatten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL; use sqlite:///absolute/path.db or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>&quot;%1&quot; is geen URL van een database; gebruik sqlite:///absolute/path.db of postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be a whole number, not &quot;%2&quot;</source>
        <translation>de waarde van &quot;%1&quot; moet een geheel getal zijn, niet &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ww::DeskLogin</name>
    <message>
        <source>Connecting to the case database…</source>
        <translation>Verbinden met de zakendatabase…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ww::DeskPalette</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;Kleuren van het systeem</translation>
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
    <message>
        <source>The case database cannot be opened.</source>
        <translation>Het programma kan de database met casussen niet openen.</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>Chat gateway to take chats from: ws://HOST:PORT or wss://HOST:PORT (remembered).</source>
        <translation>Chatdienst waar de chats vandaan komen: ws://HOST:PORT of wss://HOST:PORT (wordt onthouden).</translation>
    </message>
    <message>
        <source>--chat must be ws://HOST:PORT or wss://HOST:PORT, not &quot;%1&quot;</source>
        <translation>--chat moet ws://HOST:PORT of wss://HOST:PORT zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The desktop of Wegwijzer Desk, for helpline agents, chat operators and supervisors: walk a caller
through the decision tree, record the case and refer the caller to the party that can help.

A shared PostgreSQL database is opened with libpq&apos;s own means first (PGPASSWORD, ~/.pgpass);
otherwise the login dialog asks for the password. The address is remembered, the password never.
Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation>Wegwijzer Desk, het programma voor medewerkers van de hulplijn, chatmedewerkers en supervisors:
loop met een beller de beslisboom door, leg de casus vast en verwijs de beller naar de partij die
kan helpen.

Een gedeelde PostgreSQL-database opent het programma eerst op de manier van libpq (PGPASSWORD,
~/.pgpass); lukt dat niet, dan vraagt het inlogvenster om het wachtwoord. Het programma onthoudt
het adres, nooit het wachtwoord.
Afsluitcode: 0 gelukt, 1 mislukt, 2 verkeerd gebruik.</translation>
    </message>
    <message>
        <source>Case database: sqlite:///absolute/path.db or postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full]. Default: the shared database of the last login, else wegwijzer.db in the user&apos;s data directory.</source>
        <translation>Database met casussen: sqlite:///absolute/path.db of postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full]. Standaard: de gedeelde database van de vorige keer dat je inlogde, anders wegwijzer.db in de gegevensmap van de gebruiker.</translation>
    </message>
    <message>
        <source>Wegwijzer Desk</source>
        <translation>Wegwijzer Desk</translation>
    </message>
</context>
<context>
    <name>ww::DirectCaseWork</name>
    <message>
        <source>the database cannot be reached</source>
        <translation>de database is niet bereikbaar</translation>
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
</context>
<context>
    <name>ww::DraftOutline</name>
    <message>
        <source>Tree outline</source>
        <translation>Overzicht van de boom</translation>
    </message>
    <message>
        <source>%1 (missing node)</source>
        <translation>%1 (bestaat niet)</translation>
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
        <source>%1 (see above)</source>
        <translation>%1 (zie boven)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>niet bereikbaar</translation>
    </message>
</context>
<context>
    <name>ww::DraftPreview</name>
    <message>
        <source>Preview of the draft</source>
        <translation>Proefrit met het concept</translation>
    </message>
    <message>
        <source>The draft has errors: this is the last version without errors.</source>
        <translation>Het concept heeft fouten: dit is de laatste versie zonder fouten.</translation>
    </message>
    <message>
        <source>The draft has errors: fix them to try it here.</source>
        <translation>Het concept heeft fouten. Los ze op om het hier te proberen.</translation>
    </message>
    <message>
        <source>Walk the draft as an agent would: keys 1–9 choose, Backspace goes back.</source>
        <translation>Loop door het concept zoals een medewerker: 1–9 kiest een antwoord, Backspace gaat terug.</translation>
    </message>
</context>
<context>
    <name>ww::FirstRunWizard</name>
    <message>
        <source>Welcome to Wegwijzer Desk</source>
        <translation>Welkom bij Wegwijzer Desk</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>Start with the defaults; the assistant stays in the Help menu.</source>
        <translation>Begin met de standaardkeuzes; de assistent blijft in het menu Help.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language of the desk&apos;s menus and messages. The tree texts switch with Ctrl+L.</source>
        <translation>De taal van de menu&apos;s en meldingen van de desk. De teksten van de beslisboom wissel je met Ctrl+L.</translation>
    </message>
    <message>
        <source>&amp;Nederlands (Dutch)</source>
        <translation>&amp;Nederlands</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Engels (English)</translation>
    </message>
    <message>
        <source>Where the cases are kept</source>
        <translation>Waar de casussen bewaard worden</translation>
    </message>
    <message>
        <source>On this computer for a desk on its own, or on the helpdesk&apos;s shared server so that colleagues and supervisors see them.</source>
        <translation>Op deze computer voor een losse desk, of op de gedeelde server van de helpdesk zodat collega&apos;s en supervisors ze zien.</translation>
    </message>
    <message>
        <source>On &amp;this computer</source>
        <translation>Op &amp;deze computer</translation>
    </message>
    <message>
        <source>On the shared se&amp;rver</source>
        <translation>Op de &amp;gedeelde server</translation>
    </message>
    <message>
        <source>Address of the shared server</source>
        <translation>Adres van de gedeelde server</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>Your IT department gives you the address. Your password is never part of it: the desk asks for it when it connects.</source>
        <translation>Je krijgt het adres van de ICT-afdeling. Je wachtwoord hoort er nooit bij: de desk vraagt erom als hij verbinding maakt.</translation>
    </message>
    <message>
        <source>The shared server&apos;s address starts with postgresql://.</source>
        <translation>Het adres van de gedeelde server begint met postgresql://.</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>After this assistant the desk asks for your password for the shared server, with the account name in the address. The password is never stored on this computer.</source>
        <translation>Na deze assistent vraagt de desk je wachtwoord voor de gedeelde server, bij de accountnaam uit het adres. Het wachtwoord wordt nooit op deze computer bewaard.</translation>
    </message>
    <message>
        <source>On this computer you need no extra login: the cases belong to your computer account and are kept in your own folder.</source>
        <translation>Op deze computer hoef je niet apart in te loggen: de casussen horen bij je computeraccount en staan in je eigen map.</translation>
    </message>
    <message>
        <source>The keys of a call</source>
        <translation>De toetsen van een gesprek</translation>
    </message>
    <message>
        <source>Everything has a key. F1 shows them all at any time, and they can be changed in the Help menu.</source>
        <translation>Alles heeft een toets. F1 toont ze altijd allemaal, en in het menu Help kun je ze wijzigen.</translation>
    </message>
    <message>
        <source>The most used keys</source>
        <translation>De meestgebruikte toetsen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>Welkomst&amp;assistent…</translation>
    </message>
    <message>
        <source>Choices saved</source>
        <translation>Keuzes bewaard</translation>
    </message>
    <message>
        <source>The language and where the cases are kept change at the next start of the desk.</source>
        <translation>De taal en de plek van de casussen veranderen als je de desk de volgende keer start.</translation>
    </message>
</context>
<context>
    <name>ww::FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>Vervolgafspraak plannen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum van de vervolgafspraak</translation>
    </message>
    <message>
        <source>What to do at the follow-up</source>
        <translation>Wat je doet bij de vervolgafspraak</translation>
    </message>
    <message>
        <source>For example: call back to hear how the talk with the mentor went</source>
        <translation>Bijvoorbeeld: terugbellen om te horen hoe het gesprek met de mentor ging</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>&amp;Instructie</translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation>Vervolgafspraak plannen</translation>
    </message>
</context>
<context>
    <name>ww::HandoverDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation>Casus overdragen</translation>
    </message>
    <message>
        <source>Who takes the case over</source>
        <translation>Wie neemt de casus over</translation>
    </message>
    <message>
        <source>Note for the person who takes the case over</source>
        <translation>Notitie voor wie de casus overneemt</translation>
    </message>
    <message>
        <source>What they need to know: where the caller is now, what was promised</source>
        <translation>Wat zij moeten weten: waar de beller nu staat, wat is afgesproken</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Aan</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Looking up your colleagues…</source>
        <translation>Uw collega&apos;s worden opgezocht…</translation>
    </message>
    <message>
        <source>The list of colleagues cannot be read right now; you can type a name.</source>
        <translation>De lijst met collega&apos;s is nu niet te lezen. U kunt een naam typen.</translation>
    </message>
    <message>
        <source>Handing the case over…</source>
        <translation>De zaak wordt overgedragen…</translation>
    </message>
</context>
<context>
    <name>ww::HeatControl</name>
    <message>
        <source>&amp;Busy nodes:</source>
        <translation>Aantal &amp;contacten:</translation>
    </message>
    <message>
        <source>Colour the nodes by how many contacts passed them</source>
        <translation>Kleur de vragen naar hoeveel contacten er langskwamen</translation>
    </message>
    <message>
        <source>Shows in colour how many contacts passed each question and outcome of the tree in use. Small numbers stay hidden.</source>
        <translation>Laat in kleur zien hoeveel contacten langs elke vraag en uitkomst van de boom in gebruik kwamen. Kleine aantallen blijven verborgen.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Laatste 365 dagen</translation>
    </message>
    <message>
        <source>The figures of contacts are only available with the case database.</source>
        <translation>De cijfers over contacten zijn er alleen met de database van de gesprekken.</translation>
    </message>
    <message numerus="yes">
        <source>Counting the contacts of the last %n day(s)…</source>
        <translation>
            <numerusform>Contacten van de laatste dag tellen…</numerusform>
            <numerusform>Contacten van de laatste %n dagen tellen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few contacts in the last %n day(s) to show anything.</source>
        <translation>
            <numerusform>Te weinig contacten in de laatste dag om iets te laten zien.</numerusform>
            <numerusform>Te weinig contacten in de laatste %n dagen om iets te laten zien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Colours: share of the contacts of the last %n day(s) (%1 in all) in tree %2.</source>
        <translation>
            <numerusform>Kleuren: deel van de contacten van de laatste dag (%1 in totaal) in boom %2.</numerusform>
            <numerusform>Kleuren: deel van de contacten van de laatste %n dagen (%1 in totaal) in boom %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures cannot be read: %1. Check the network connection (VPN), then choose the period again.</source>
        <translation>De cijfers kunnen niet worden gelezen: %1. Controleer de netwerkverbinding (VPN) en kies daarna opnieuw de periode.</translation>
    </message>
</context>
<context>
    <name>ww::HomeView</name>
    <message>
        <source>My cases</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <source>F2: new phone case · Shift+F2: new chat case · Enter: open the selected case</source>
        <translation>F2: nieuwe telefooncasus · Shift+F2: nieuwe chatcasus · Enter: gekozen casus openen</translation>
    </message>
    <message>
        <source>No open or recent cases. Press F2 when a call comes in.</source>
        <translation>Geen open of recente casussen. Druk op F2 als er iemand belt.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Casus &amp;openen</translation>
    </message>
    <message>
        <source>Con&amp;tinue follow-up</source>
        <translation>&amp;Vervolg oppakken</translation>
    </message>
    <message>
        <source>Home: my cases</source>
        <translation>Start: mijn casussen</translation>
    </message>
    <message>
        <source>Open cases, due follow-ups first, then recent cases. Enter opens a case.</source>
        <translation>Open casussen, met de vervolgafspraken die aan de beurt zijn bovenaan. Daarna recente casussen. Enter opent een casus.</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Gekozen casus openen</translation>
    </message>
    <message>
        <source>Continue the selected follow-up</source>
        <translation>Vervolg van de gekozen casus oppakken</translation>
    </message>
    <message>
        <source>Loading your cases…</source>
        <translation>Uw zaken worden geladen…</translation>
    </message>
    <message>
        <source>Opening the case… (Esc cancels)</source>
        <translation>De zaak wordt geopend… (Esc stopt)</translation>
    </message>
    <message>
        <source>The case list cannot be read.</source>
        <translation>De lijst met casussen kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The list is read again as soon as the database answers.</source>
        <translation>De lijst wordt opnieuw gelezen zodra de database weer antwoordt.</translation>
    </message>
</context>
<context>
    <name>ww::HtmlPdfWriter</name>
    <message>
        <source>writing a PDF needs the graphical part of Qt, which did not start</source>
        <translation>voor een PDF is het grafische deel van Qt nodig, en dat is niet gestart</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>drawing the charts of a PDF needs Qt Widgets, which did not start</source>
        <translation>voor de grafieken in een PDF is Qt Widgets nodig, en dat is niet gestart</translation>
    </message>
</context>
<context>
    <name>ww::JargonList</name>
    <message>
        <source>&quot;%1&quot; must hold non-empty strings, not %2</source>
        <translation>&quot;%1&quot; moet teksten bevatten die niet leeg zijn, niet %2</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>een lege tekst</translation>
    </message>
    <message>
        <source>format %1 is not supported; this program reads format %2</source>
        <translation>dit programma kan formaat %1 niet lezen; het leest formaat %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; is langer dan %2 tekens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have 1 to %2 words (letters or digits)</source>
        <translation>&quot;%1&quot; moet 1 tot en met %2 woorden hebben (letters of cijfers)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed at %2</source>
        <translation>&quot;%1&quot; staat al in de lijst bij %2</translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation>een item moet een object zijn</translation>
    </message>
    <message>
        <source>abbreviation &quot;%1&quot; needs &quot;explainedBy&quot;: the words it stands for</source>
        <translation>afkorting &quot;%1&quot; heeft &quot;explainedBy&quot; nodig: de woorden waar ze voor staat</translation>
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
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; moet een geheel getal van %2 tot en met %3 zijn</translation>
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
    <name>ww::LanguageCheck</name>
    <message>
        <source>sentence of %1 words, more than %2 in a pupils&apos; branch: &quot;%3&quot;</source>
        <translation>zin van %1 woorden, meer dan %2 in een tak voor leerlingen: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>sentence of %1 words, more than %2: &quot;%3&quot;</source>
        <translation>zin van %1 woorden, meer dan %2: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>abbreviation &quot;%1&quot; is not written out in this text; write &quot;%2&quot;</source>
        <translation>afkorting &quot;%1&quot; staat niet voluit in deze tekst; schrijf &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is jargon and not explained in this text; say &quot;%2&quot;, or explain it</source>
        <translation>&quot;%1&quot; is vaktaal en wordt in deze tekst niet uitgelegd; zeg &quot;%2&quot;, of leg het uit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is jargon; say &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is vaktaal; zeg &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ww::LanguageNotice</name>
    <message>
        <source>Caller&apos;s language: %1. For each party below: what the directory knows about its languages and interpreters. Promise nothing that is not known.</source>
        <translation>Taal van de beller: %1. Hieronder ziet u per partij wat wij weten over haar talen en tolken. Beloof niets wat niet bekend is.</translation>
    </message>
    <message>
        <source>Known to help callers in %1.</source>
        <translation>Bekend: helpt bellers in het %1.</translation>
    </message>
    <message>
        <source>Does not help callers in %1, according to the directory.</source>
        <translation>Helpt bellers niet in het %1, volgens de lijst met partijen.</translation>
    </message>
    <message>
        <source>Whether it helps callers in their language: not known. Ask the party.</source>
        <translation>Of de partij bellers in hun eigen taal helpt: niet bekend. Vraag het de partij.</translation>
    </message>
    <message>
        <source>Whether it helps callers in %1: not known. Ask the party.</source>
        <translation>Of de partij bellers in het %1 helpt: niet bekend. Vraag het de partij.</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Tolk: %1</translation>
    </message>
    <message>
        <source>Interpreter: not known. Ask the party.</source>
        <translation>Tolk: niet bekend. Vraag het de partij.</translation>
    </message>
</context>
<context>
    <name>ww::LiveAgentsModel</name>
    <message>
        <source>%1 (supervisor)</source>
        <translation>%1 (supervisor)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tijd in status</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open casussen</translation>
    </message>
</context>
<context>
    <name>ww::LiveQueueModel</name>
    <message>
        <source>%1 (too long)</source>
        <translation>%1 (te lang)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>ww::LiveView</name>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>&amp;Waiting chats</source>
        <translation>&amp;Wachtende chats</translation>
    </message>
    <message>
        <source>Waiting chats</source>
        <translation>Wachtende chats</translation>
    </message>
    <message>
        <source>&amp;Move chat to…</source>
        <translation>Chat &amp;verplaatsen naar…</translation>
    </message>
    <message>
        <source>Give the selected waiting chat to an agent you choose</source>
        <translation>Geef de gekozen wachtende chat aan een medewerker die u kiest</translation>
    </message>
    <message>
        <source>Wall &amp;screen</source>
        <translation>&amp;Groot scherm</translation>
    </message>
    <message>
        <source>Full screen, large type and high contrast, for the office (F11; Esc leaves it)</source>
        <translation>Volledig scherm, grote letters en veel contrast, voor op kantoor (F11; met Esc gaat u terug)</translation>
    </message>
    <message>
        <source>The open cases could not be read; trying again in 30 seconds.</source>
        <translation>De open casussen konden niet worden gelezen. Over 30 seconden proberen we het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is available while %n chat(s) wait.</source>
        <translation>
            <numerusform>Niemand is beschikbaar terwijl %n chat wacht.</numerusform>
            <numerusform>Niemand is beschikbaar terwijl %n chats wachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in wrap-up longer than %2.</source>
        <translation>%1 is langer dan %2 bezig met afronden.</translation>
    </message>
    <message>
        <source>Chat %1 has waited longer than %2.</source>
        <translation>Chat %1 wacht al langer dan %2.</translation>
    </message>
    <message>
        <source>Offline: no chat gateway is set for this desktop. Start it once with --chat ws://HOST:PORT.</source>
        <translation>Offline: voor deze desktop is geen chatgateway ingesteld. Start de desktop één keer met --chat ws://HOST:PORT.</translation>
    </message>
    <message>
        <source>The chat gateway does not show the live view to this login: it is for supervisors.</source>
        <translation>De chatgateway laat het live-overzicht niet zien aan deze gebruiker: het is alleen voor supervisors.</translation>
    </message>
    <message>
        <source>Live: changes show within a second.</source>
        <translation>Live: u ziet wijzigingen binnen een seconde.</translation>
    </message>
    <message>
        <source>Offline: connecting to the chat gateway…</source>
        <translation>Offline: verbinden met de chatgateway…</translation>
    </message>
    <message>
        <source>Offline: the connection to the chat gateway is gone. What you see is from %1; trying again.</source>
        <translation>Offline: de verbinding met de chatgateway is weg. Wat u ziet is van %1. We proberen het opnieuw.</translation>
    </message>
    <message>
        <source>Select a waiting chat first.</source>
        <translation>Kies eerst een wachtende chat.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 of %4 chats</source>
        <translation>%1 — %2, %3 van %4 chats</translation>
    </message>
    <message>
        <source>No agent is connected.</source>
        <translation>Er is geen medewerker verbonden.</translation>
    </message>
    <message>
        <source>Moved from the queue by %1.</source>
        <translation>Uit de wachtrij verplaatst door %1.</translation>
    </message>
    <message>
        <source>Offline: the chat cannot be moved now.</source>
        <translation>Offline: de chat kan nu niet worden verplaatst.</translation>
    </message>
    <message>
        <source>Moving chat %1 to %2…</source>
        <translation>Chat %1 gaat naar %2…</translation>
    </message>
    <message>
        <source>The chat was moved to %1.</source>
        <translation>De chat is verplaatst naar %1.</translation>
    </message>
    <message>
        <source>%1 is not connected or has no room for another chat.</source>
        <translation>%1 is niet verbonden of heeft geen ruimte voor nog een chat.</translation>
    </message>
    <message>
        <source>The chat is no longer waiting.</source>
        <translation>De chat wacht niet meer.</translation>
    </message>
    <message>
        <source>The chat could not be moved; try again.</source>
        <translation>De chat kon niet worden verplaatst. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ww::LoginDialog</name>
    <message>
        <source>Log in to the case database</source>
        <translation>Inloggen op de casusdatabase</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Give a postgresql:// address.</source>
        <translation>Geef een postgresql://-adres op.</translation>
    </message>
    <message>
        <source>Logging in… (Esc stops waiting)</source>
        <translation>Bezig met inloggen… (Esc stopt het wachten)</translation>
    </message>
    <message>
        <source>Logging in was stopped. Check the address and try again.</source>
        <translation>Het inloggen is gestopt. Controleer het adres en probeer het opnieuw.</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New &amp;phone case</source>
        <translation>Nieuwe &amp;telefooncasus</translation>
    </message>
    <message>
        <source>New c&amp;hat case</source>
        <translation>Nieuwe c&amp;hatcasus</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>In de &amp;wacht</translation>
    </message>
    <message>
        <source>&amp;End contact</source>
        <translation>Gesprek &amp;beëindigen</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>Casus &amp;sluiten</translation>
    </message>
    <message>
        <source>Plan &amp;follow-up…</source>
        <translation>&amp;Vervolgafspraak plannen…</translation>
    </message>
    <message>
        <source>C&amp;ontinue follow-up</source>
        <translation>Vervolg &amp;oppakken</translation>
    </message>
    <message>
        <source>&amp;Back to my cases</source>
        <translation>Terug naar &amp;mijn casussen</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Casus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Acties voor de casus</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Uit de &amp;wacht</translation>
    </message>
    <message>
        <source>Case not opened</source>
        <translation>Casus niet geopend</translation>
    </message>
    <message>
        <source>Phone case opened; the call timer runs. F6 holds, F8 ends the call.</source>
        <translation>Telefooncasus geopend. De tijd van het gesprek loopt. F6 zet het gesprek in de wacht, F8 beëindigt het gesprek.</translation>
    </message>
    <message>
        <source>Chat case opened. F8 ends the contact.</source>
        <translation>Chatcasus geopend. F8 beëindigt het gesprek.</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>Die casus bestaat niet meer.</translation>
    </message>
    <message>
        <source>Read-only until you continue the follow-up (F7).</source>
        <translation>Alleen lezen, tot je het vervolg oppakt (F7).</translation>
    </message>
    <message>
        <source>Closed case: read-only.</source>
        <translation>Gesloten casus: alleen lezen.</translation>
    </message>
    <message>
        <source>Contact ended. Complete the case: F9 closes it, F10 plans a follow-up.</source>
        <translation>Gesprek beëindigd. Rond de casus af: F9 sluit de casus, F10 plant een vervolgafspraak.</translation>
    </message>
    <message>
        <source>The case cannot be closed yet: what is missing is listed at the top.</source>
        <translation>Je kunt de casus nog niet sluiten. Bovenaan staat wat er nog ontbreekt.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Casus gesloten.</translation>
    </message>
    <message>
        <source>End the contact first (F8), then plan the follow-up.</source>
        <translation>Beëindig eerst het gesprek (F8). Plan daarna de vervolgafspraak.</translation>
    </message>
    <message>
        <source>Follow-up planned for %1.</source>
        <translation>Vervolgafspraak gepland op %1.</translation>
    </message>
    <message>
        <source>Follow-up continued: the case can be changed and closed again.</source>
        <translation>Vervolg opgepakt: je kunt de casus weer wijzigen en sluiten.</translation>
    </message>
    <message>
        <source>New cases use this tree; an open case keeps the tree it was walked in.</source>
        <translation>Nieuwe casussen gebruiken deze beslisboom. Een open casus houdt de beslisboom waarmee hij is begonnen.</translation>
    </message>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation>Overd&amp;ragen…</translation>
    </message>
    <message>
        <source>Case handed over to %1.</source>
        <translation>Casus overgedragen aan %1.</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Niet bewaard werk terugzetten?</translation>
    </message>
    <message numerus="yes">
        <source>Work on %n case(s) was not saved when the desktop stopped (last change %1). Restore it now? If you choose No, it stays on this computer and you are asked again at the next start.</source>
        <translation>
            <numerusform>Werk aan %n casus was niet bewaard toen het programma stopte (laatste wijziging %1). Nu terugzetten? Kiest u Nee, dan blijft het op deze computer en vragen we het bij de volgende start opnieuw.</numerusform>
            <numerusform>Werk aan %n casussen was niet bewaard toen het programma stopte (laatste wijziging %1). Nu terugzetten? Kiest u Nee, dan blijft het op deze computer en vragen we het bij de volgende start opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work not restored</source>
        <translation>Werk niet teruggezet</translation>
    </message>
    <message>
        <source>Unsaved work could not be restored yet: %1. It stays on this computer.</source>
        <translation>Het niet bewaarde werk kon nog niet worden teruggezet: %1. Het blijft op deze computer.</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved work restored: %n case(s).</source>
        <translation>
            <numerusform>Niet bewaard werk teruggezet: %n casus.</numerusform>
            <numerusform>Niet bewaard werk teruggezet: %n casussen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervisie</translation>
    </message>
    <message>
        <source>Case &amp;log…</source>
        <translation>Casus&amp;logboek…</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <source>The chat queue and your open chats (Ctrl+Shift+C)</source>
        <translation>De wachtrij en uw open chats (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chats — Wegwijzer Desk</source>
        <translation>Chats — Wegwijzer Desk</translation>
    </message>
    <message>
        <source>Ch&amp;ats…</source>
        <translation>Ch&amp;ats…</translation>
    </message>
    <message>
        <source>Offline: your work is kept on this computer</source>
        <translation>Offline: uw werk wordt bewaard op deze computer</translation>
    </message>
    <message>
        <source>Opening the case… (Esc cancels)</source>
        <translation>De zaak wordt geopend… (Esc stopt)</translation>
    </message>
    <message>
        <source>Opening the case was cancelled.</source>
        <translation>Het openen van de zaak is gestopt.</translation>
    </message>
    <message>
        <source>The case is no longer open.</source>
        <translation>De zaak is niet meer open.</translation>
    </message>
    <message>
        <source>Restoring unsaved work…</source>
        <translation>Niet-opgeslagen werk wordt teruggezet…</translation>
    </message>
    <message>
        <source>New cases use version %1 of the tree; the open case keeps the tree it was started with.</source>
        <translation>Nieuwe casussen gebruiken versie %1 van de beslisboom. De open casus houdt de beslisboom waarmee hij begon.</translation>
    </message>
    <message>
        <source>New cases use version %1 of the tree.</source>
        <translation>Nieuwe casussen gebruiken versie %1 van de beslisboom.</translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation>gepubliceerde versie %1</translation>
    </message>
    <message>
        <source>Phone case from &amp;website code…</source>
        <translation>Telefoongesprek met &amp;websitecode…</translation>
    </message>
    <message>
        <source>Phone case opened where the caller stopped on the website; the call timer runs.</source>
        <translation>Telefoongesprek geopend waar de beller op de website stopte. De gesprekstijd loopt.</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <source>Tree &amp;editor…</source>
        <translation>Boom &amp;bewerken…</translation>
    </message>
    <message>
        <source>Edit the decision tree, check it and publish it (Ctrl+Shift+E)</source>
        <translation>De beslisboom bewerken, controleren en publiceren (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>More case actions</source>
        <translation>Meer acties voor de casus</translation>
    </message>
    <message>
        <source>Li&amp;ve view…</source>
        <translation>Li&amp;ve-overzicht…</translation>
    </message>
    <message>
        <source>Agents, waiting chats and alerts as they happen (Ctrl+Shift+F)</source>
        <translation>Medewerkers, wachtende chats en meldingen, op het moment zelf (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Resume · %1</source>
        <translation>Uit de wacht · %1</translation>
    </message>
    <message>
        <source>Hold · %1</source>
        <translation>In de wacht · %1</translation>
    </message>
    <message>
        <source>Resume the contact (%1)</source>
        <translation>Haal het gesprek uit de wacht (%1)</translation>
    </message>
    <message>
        <source>Put the contact on hold (%1)</source>
        <translation>Zet het gesprek in de wacht (%1)</translation>
    </message>
    <message>
        <source>The caller hung up, but the case could not be read. End its contact with F8 when you open it.</source>
        <translation>De beller heeft opgehangen, maar de casus kon niet worden gelezen. Beëindig het gesprek met F8 als je de casus opent.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <source>Colours changed. A case or window opened again shows its own colours in them too.</source>
        <translation>De kleuren zijn veranderd. Open je een casus of venster opnieuw, dan krijgt dat ook de nieuwe kleuren.</translation>
    </message>
    <message>
        <source>The case cannot be read.</source>
        <translation>De casus kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>open the case</source>
        <translation>open de casus daarna opnieuw</translation>
    </message>
</context>
<context>
    <name>ww::MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Someone else changed this case</source>
        <translation>Iemand anders heeft deze casus gewijzigd</translation>
    </message>
    <message>
        <source>While you worked on this case, it was saved from another desktop. Choose per part which version to keep. Notes are kept from both: nothing written is lost.</source>
        <translation>Terwijl u aan deze casus werkte, is hij ook op een andere computer bewaard. Kies per onderdeel welke versie u houdt. Notities van allebei blijven bewaard: niets wat geschreven is, gaat verloren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Part&lt;/b&gt;</source>
        <translation>&lt;b&gt;Onderdeel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Van u&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by the other&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewaard door de ander&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: keep yours: %2</source>
        <translation>%1: uw versie houden: %2</translation>
    </message>
    <message>
        <source>%1: take the other: %2</source>
        <translation>%1: versie van de ander nemen: %2</translation>
    </message>
    <message>
        <source>Save the merged case</source>
        <translation>Samengevoegde casus bewaren</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Wie belde</translation>
    </message>
    <message>
        <source>Type of school</source>
        <translation>Soort school</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Stage in the complaint route</source>
        <translation>Stap in de klachtroute</translation>
    </message>
    <message>
        <source>Path through the tree</source>
        <translation>Route door de beslisboom</translation>
    </message>
    <message>
        <source>Why no party fits</source>
        <translation>Waarom geen partij past</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>State of the case</source>
        <translation>Stand van de casus</translation>
    </message>
    <message>
        <source>Time on hold</source>
        <translation>Tijd in de wacht</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), now at: %1</source>
        <translation>
            <numerusform>%n stap, nu bij: %1</numerusform>
            <numerusform>%n stappen, nu bij: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation>Taal van de beller</translation>
    </message>
</context>
<context>
    <name>ww::Migrator</name>
    <message>
        <source>this program has no schema for the database %1 yet</source>
        <translation>dit programma heeft nog geen schema voor de database %1</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, but this program knows only up to version %3; install a newer program</source>
        <translation>de database %1 heeft schemaversie %2, maar dit programma kent alleen versies tot en met %3; installeer een nieuwere versie van het programma</translation>
    </message>
    <message>
        <source>cannot read the migration %1</source>
        <translation>kan de migratie %1 niet lezen</translation>
    </message>
    <message>
        <source>schema version %1 of %2 must be installed once by a PostgreSQL superuser (wegwijzer-admin db install, see docs/operations.md); %3 is not one</source>
        <translation>schemaversie %1 van %2 moet één keer worden geïnstalleerd door een PostgreSQL-superuser (wegwijzer-admin db install, zie docs/operations.md); %3 is dat niet</translation>
    </message>
    <message>
        <source>%1 may not change the schema of %2: upgrades run as a member of ww_owner or as a superuser</source>
        <translation>%1 mag het schema van %2 niet veranderen: een upgrade draait als lid van ww_owner of als superuser</translation>
    </message>
</context>
<context>
    <name>ww::MonitoringDocument</name>
    <message>
        <source>Monitoring report %1</source>
        <translation>Monitoringrapport %1</translation>
    </message>
    <message>
        <source>Monitoring report: social safety at school</source>
        <translation>Monitoringrapport: sociale veiligheid op school</translation>
    </message>
    <message>
        <source>For the expertise network. Compared with the period before (%1) and the same period a year earlier (%2).</source>
        <translation>Voor het expertisenetwerk. Vergeleken met de periode ervoor (%1) en dezelfde periode een jaar eerder (%2).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle contacten</translation>
    </message>
    <message>
        <source>White spots</source>
        <translation>Witte vlekken</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Periode ervoor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Een jaar eerder</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>What the questions were about. A contact can be about more than one theme, so the themes add up to more than all contacts.</source>
        <translation>Waar de vragen over gingen. Een contact kan over meer dan één thema gaan. Daarom zijn de thema&apos;s samen meer dan alle contacten.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Themes over the last four quarters</source>
        <translation>Thema&apos;s in de laatste vier kwartalen</translation>
    </message>
    <message>
        <source>The number of contacts per theme in each quarter. The chart shows the six largest themes of this period.</source>
        <translation>Het aantal contacten per thema in elk kwartaal. De grafiek toont de zes grootste thema&apos;s van deze periode.</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Wie er belde</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Soort school</translation>
    </message>
    <message>
        <source>A white spot is a contact where no party in the complaints system really fits. The agent chooses why from a fixed list; what the agent writes in their own words stays in the case and is not in this report.</source>
        <translation>Een witte vlek is een contact waarbij geen partij in het klachtenstelsel echt past. De medewerker kiest de reden uit een vaste lijst. Wat de medewerker in eigen woorden schrijft, blijft in de casus en staat niet in dit rapport.</translation>
    </message>
    <message>
        <source>Why no party fits</source>
        <translation>Waarom geen partij past</translation>
    </message>
    <message>
        <source>Where white spots occur (this period)</source>
        <translation>Waar witte vlekken voorkomen (deze periode)</translation>
    </message>
    <message>
        <source>Of these contacts</source>
        <translation>Van deze contacten</translation>
    </message>
    <message>
        <source>Where agents changed the advice</source>
        <translation>Waar medewerkers het advies aanpasten</translation>
    </message>
    <message>
        <source>How often agents took a party off the tree&apos;s advice, or added a party the tree did not suggest. Often the same change for one party can mean that a route in the tree does not fit; the network can look at it.</source>
        <translation>Hoe vaak medewerkers een partij uit het advies van de beslisboom haalden, of een partij toevoegden die de boom niet noemde. Gebeurt dat vaak bij dezelfde partij, dan past een route in de boom misschien niet. Het netwerk kan daarnaar kijken.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Verwezen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Weggehaald</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>The reasons agents chose (this period)</source>
        <translation>De redenen die medewerkers kozen (deze periode)</translation>
    </message>
    <message>
        <source>No party was removed or added 5 times or more.</source>
        <translation>Geen partij is 5 keer of vaker weggehaald of toegevoegd.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Aantal keer</translation>
    </message>
    <message>
        <source>Only parties and reasons with counts of 5 or more are listed here; the CSV file has every count.</source>
        <translation>Hier staan alleen partijen en redenen met aantallen van 5 of meer. Het CSV-bestand heeft alle aantallen.</translation>
    </message>
    <message>
        <source>Themes by caller and by school type (this period)</source>
        <translation>Thema&apos;s per soort beller en per soort school (deze periode)</translation>
    </message>
    <message>
        <source>Outcomes reached and parties referred to</source>
        <translation>Bereikte adviezen en verwezen partijen</translation>
    </message>
    <message>
        <source>Where the walk through the tree ended most often, and which parties callers were referred to.</source>
        <translation>Waar de weg door de beslisboom het vaakst eindigde, en naar welke partijen bellers zijn verwezen.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Advies</translation>
    </message>
    <message numerus="yes">
        <source>%n other outcome(s) are in the CSV file.</source>
        <translation>
            <numerusform>%n ander advies staat in het CSV-bestand.</numerusform>
            <numerusform>%n andere adviezen staan in het CSV-bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tree versions in use</source>
        <translation>Versies van de beslisboom in gebruik</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Beslisboom</translation>
    </message>
    <message>
        <source>Contacts are counted by the day they started, in Dutch time. The period before has the same length (the same number of whole months, or else of days); a year earlier is the same dates a year back.</source>
        <translation>Contacten tellen mee op de dag waarop ze begonnen, in Nederlandse tijd. De periode ervoor is even lang (evenveel hele maanden, of anders evenveel dagen). Een jaar eerder is dezelfde datums een jaar terug.</translation>
    </message>
    <message>
        <source>In the charts a hidden count is drawn as 0; the table beside each chart says which counts are hidden.</source>
        <translation>In de grafieken staat een verborgen aantal als 0. De tabel bij elke grafiek laat zien welke aantallen verborgen zijn.</translation>
    </message>
    <message>
        <source>This report holds no names, no ids, no notes and nothing else the agent wrote in their own words. The CSV file has every count of this report in one table (period, dimension, value, label, count, suppressed).</source>
        <translation>Dit rapport bevat geen namen, geen id&apos;s, geen notities en niets anders wat de medewerker in eigen woorden schreef. Het CSV-bestand heeft alle aantallen van dit rapport in één tabel (period, dimension, value, label, count, suppressed).</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Over dit rapport</translation>
    </message>
    <message>
        <source>Contacts per theme</source>
        <translation>Contacten per thema</translation>
    </message>
    <message>
        <source>The six largest themes per quarter</source>
        <translation>De zes grootste thema&apos;s per kwartaal</translation>
    </message>
    <message>
        <source>Contacts per caller (this period)</source>
        <translation>Contacten per soort beller (deze periode)</translation>
    </message>
    <message>
        <source>White spots by reason</source>
        <translation>Witte vlekken per reden</translation>
    </message>
    <message>
        <source>Advice changed most: twelve parties (this period)</source>
        <translation>Advies het vaakst aangepast: twaalf partijen (deze periode)</translation>
    </message>
    <message>
        <source>The caller&apos;s role, the type of school the question was about, and the language the caller spoke with the agent.</source>
        <translation>Wie er belde, over welk soort school de vraag ging, en in welke taal de beller met de medewerker sprak.</translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation>Taal van de beller</translation>
    </message>
</context>
<context>
    <name>ww::MonitoringReport</name>
    <message>
        <source>Counts below 5 are shown as &lt;5. Where a reader could work out such a count from other figures in this report (a total, another table, another period), more counts are shown as &lt;5, even when they are 5 or more.</source>
        <translation>Aantallen onder 5 staan er als &lt;5. Als je zo&apos;n aantal zou kunnen uitrekenen met andere cijfers uit dit rapport (een totaal, een andere tabel, een andere periode), staan er meer aantallen als &lt;5, ook als dat 5 of meer is.</translation>
    </message>
</context>
<context>
    <name>ww::MonitoringSummary</name>
    <message>
        <source>%1 more than in the period before (then %2)</source>
        <translation>%1 meer dan in de periode ervoor (toen %2)</translation>
    </message>
    <message>
        <source>%1 fewer than in the period before (then %2)</source>
        <translation>%1 minder dan in de periode ervoor (toen %2)</translation>
    </message>
    <message>
        <source>as many as in the period before</source>
        <translation>evenveel als in de periode ervoor</translation>
    </message>
    <message>
        <source>%1 more than a year earlier (then %2)</source>
        <translation>%1 meer dan een jaar eerder (toen %2)</translation>
    </message>
    <message>
        <source>%1 fewer than a year earlier (then %2)</source>
        <translation>%1 minder dan een jaar eerder (toen %2)</translation>
    </message>
    <message>
        <source>as many as a year earlier</source>
        <translation>evenveel als een jaar eerder</translation>
    </message>
    <message>
        <source>That is %1.</source>
        <translation>Dat is %1.</translation>
    </message>
    <message>
        <source>That is %1, and %2.</source>
        <translation>Dat is %1, en %2.</translation>
    </message>
    <message>
        <source>There were fewer than 5 contacts in this period, so the report shows hardly any figures.</source>
        <translation>In deze periode waren er minder dan 5 contacten. Daarom staan er bijna geen cijfers in het rapport.</translation>
    </message>
    <message>
        <source>In this period the helpline had %1 contacts.</source>
        <translation>In deze periode had de lijn %1 contacten.</translation>
    </message>
    <message>
        <source>Most questions were about %1: %2 contacts (%3 of all contacts).</source>
        <translation>De meeste vragen gingen over %1: %2 contacten (%3 van alle contacten).</translation>
    </message>
    <message>
        <source>Next came %1 (%2) and %3 (%4).</source>
        <translation>Daarna kwamen %1 (%2) en %3 (%4).</translation>
    </message>
    <message>
        <source>The theme that rose most compared with the period before is %1: from %2 to %3 contacts.</source>
        <translation>Het thema dat het meest steeg ten opzichte van de periode ervoor is %1: van %2 naar %3 contacten.</translation>
    </message>
    <message>
        <source>There were fewer than 5 white spots (contacts where no party really fits), or their number is hidden.</source>
        <translation>Er waren minder dan 5 witte vlekken (contacten waarbij geen partij echt past), of het aantal is verborgen.</translation>
    </message>
    <message>
        <source>There were %1 white spots: contacts where no party really fits (%2 of all contacts).</source>
        <translation>Er waren %1 witte vlekken: contacten waarbij geen partij echt past (%2 van alle contacten).</translation>
    </message>
    <message>
        <source>The reason agents gave most often for a white spot: %1 (%2 times).</source>
        <translation>De reden die medewerkers het vaakst gaven voor een witte vlek: %1 (%2 keer).</translation>
    </message>
    <message>
        <source>Most contacts came from: %1 (%2), then %3 (%4).</source>
        <translation>De meeste contacten kwamen van: %1 (%2), daarna %3 (%4).</translation>
    </message>
    <message>
        <source>taken off the advice %1 times and added %2 times</source>
        <translation>%1 keer uit het advies gehaald en %2 keer toegevoegd</translation>
    </message>
    <message>
        <source>taken off the advice %1 times</source>
        <translation>%1 keer uit het advies gehaald</translation>
    </message>
    <message>
        <source>added to the advice %1 times</source>
        <translation>%1 keer aan het advies toegevoegd</translation>
    </message>
    <message>
        <source>Agents changed the tree&apos;s advice most often for %1: %2. That may mean a route does not fit.</source>
        <translation>Medewerkers pasten het advies van de beslisboom het vaakst aan bij %1: %2. Misschien past daar een route niet.</translation>
    </message>
</context>
<context>
    <name>ww::NetworkVignettes</name>
    <message>
        <source>Cases for the expertise network</source>
        <translation>Casussen voor het expertisenetwerk</translation>
    </message>
    <message>
        <source>Cases opened from %1 to %2 that a supervisor chose for discussion in the network, with a summary that names nobody. Notes, chat transcripts, names and exact dates are not in this document.</source>
        <translation>Casussen geopend van %1 tot en met %2 die een supervisor heeft gekozen om in het netwerk te bespreken, met een samenvatting waarin niemand genoemd wordt. Notities, chatgesprekken, namen en precieze datums staan niet in dit document.</translation>
    </message>
    <message>
        <source>No case was chosen for the network in this period.</source>
        <translation>In deze periode is geen casus voor het netwerk gekozen.</translation>
    </message>
    <message>
        <source>%1 taken off (%2)</source>
        <translation>%1 weggehaald (%2)</translation>
    </message>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 toegevoegd (%2)</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Casus %1 — %2</translation>
    </message>
    <message>
        <source>Path through the tree</source>
        <translation>Weg door de beslisboom</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Soort school</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Advice changed</source>
        <translation>Advies aangepast</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>White spot</source>
        <translation>Witte vlek</translation>
    </message>
</context>
<context>
    <name>ww::NodeForm</name>
    <message>
        <source>Node id</source>
        <translation>Id van het onderdeel</translation>
    </message>
    <message>
        <source>The tree &amp;starts here</source>
        <translation>De boom be&amp;gint hier</translation>
    </message>
    <message>
        <source>Text in Dutch</source>
        <translation>Tekst in het Nederlands</translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation>Tekst in het Engels</translation>
    </message>
    <message>
        <source>Note for the agent in Dutch</source>
        <translation>Notitie voor de medewerker in het Nederlands</translation>
    </message>
    <message>
        <source>Note for the agent in English</source>
        <translation>Notitie voor de medewerker in het Engels</translation>
    </message>
    <message>
        <source>&amp;Urgent: acute danger</source>
        <translation>D&amp;ringend: acuut gevaar</translation>
    </message>
    <message>
        <source>&amp;White spot: no party really fits</source>
        <translation>Witte vle&amp;k: geen partij past echt</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Gekozen onderdeel</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens. Renaming also changes the answers that lead here.</source>
        <translation>Kleine letters, cijfers en streepjes. Een nieuwe naam verandert ook de antwoorden die hierheen leiden.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Text (Dutch):</source>
        <translation>&amp;Tekst (Nederlands):</translation>
    </message>
    <message>
        <source>Text (Englis&amp;h):</source>
        <translation>Tekst (&amp;Engels):</translation>
    </message>
    <message>
        <source>&amp;Note for the agent (Dutch):</source>
        <translation>&amp;Notitie voor de medewerker (Nederlands):</translation>
    </message>
    <message>
        <source>Note for the agent (En&amp;glish):</source>
        <translation>Notitie voor de medewerker (Enge&amp;ls):</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 heet nu %2</translation>
    </message>
    <message>
        <source>Start at %1</source>
        <translation>Begin bij %1</translation>
    </message>
    <message>
        <source>Urgent or not: %1</source>
        <translation>Dringend of niet: %1</translation>
    </message>
    <message>
        <source>White spot or not: %1</source>
        <translation>Witte vlek of niet: %1</translation>
    </message>
    <message>
        <source>Edit text of %1</source>
        <translation>Tekst van %1 aangepast</translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation>Geen onderdeel gekozen</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation>Uitkomst %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
</context>
<context>
    <name>ww::NotesPane</name>
    <message>
        <source>&amp;Saved notes</source>
        <translation>&amp;Opgeslagen notities</translation>
    </message>
    <message>
        <source>C&amp;orrect selected note</source>
        <translation>Ge&amp;kozen notitie corrigeren</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Correctie annuleren</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Save note (Ctrl+Return)</source>
        <translation>Notitie opslaan (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Saved notes</source>
        <translation>Opgeslagen notities</translation>
    </message>
    <message>
        <source>Saved notes cannot be changed; select one and correct it with a new note.</source>
        <translation>Je kunt opgeslagen notities niet wijzigen. Kies een notitie en corrigeer die met een nieuwe notitie.</translation>
    </message>
    <message>
        <source>Correct the selected note with a new note</source>
        <translation>Corrigeer de gekozen notitie met een nieuwe notitie</translation>
    </message>
    <message>
        <source>Cancel the correction; the note stays a normal note</source>
        <translation>Correctie annuleren; de notitie blijft een gewone notitie</translation>
    </message>
    <message>
        <source>Note being typed</source>
        <translation>Notitie die je typt</translation>
    </message>
    <message>
        <source>Kept as you type. Ctrl+Return saves it as a note.</source>
        <translation>Het programma bewaart de tekst terwijl je typt. Ctrl+Return slaat hem op als notitie.</translation>
    </message>
    <message>
        <source>Type a note. It is kept as you type; Ctrl+Return saves it.</source>
        <translation>Typ een notitie. De tekst blijft bewaard terwijl je typt; Ctrl+Return slaat hem op.</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>The next note corrects the note of %1: “%2”</source>
        <translation>De volgende notitie corrigeert de notitie van %1: “%2”</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>corrects the note of %1</source>
        <translation>corrigeert de notitie van %1</translation>
    </message>
    <message>
        <source>(corrected at %1)</source>
        <translation>(gecorrigeerd op %1)</translation>
    </message>
</context>
<context>
    <name>ww::OfflineLine</name>
    <message>
        <source>Offline: the database cannot be reached; what this window shows may be out of date.</source>
        <translation>Offline: er is geen verbinding met de database. Wat u in dit venster ziet, is misschien niet meer actueel.</translation>
    </message>
</context>
<context>
    <name>ww::OptionsEditor</name>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Answer id</source>
        <translation>Id van het antwoord</translation>
    </message>
    <message>
        <source>Answer in Dutch</source>
        <translation>Antwoord in het Nederlands</translation>
    </message>
    <message>
        <source>Answer in English</source>
        <translation>Antwoord in het Engels</translation>
    </message>
    <message>
        <source>Answers of this question</source>
        <translation>Antwoorden op deze vraag</translation>
    </message>
    <message>
        <source>Leads to node</source>
        <translation>Leidt naar onderdeel</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Antwoord toevoegen</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>Antwoord weghalen</translation>
    </message>
    <message>
        <source>Answer up</source>
        <translation>Antwoord omhoog</translation>
    </message>
    <message>
        <source>Answer down</source>
        <translation>Antwoord omlaag</translation>
    </message>
    <message>
        <source>Answer i&amp;d:</source>
        <translation>Id van het antw&amp;oord:</translation>
    </message>
    <message>
        <source>Answer (Dutch):</source>
        <translation>Antwoord (Nederlands):</translation>
    </message>
    <message>
        <source>Answer (English):</source>
        <translation>Antwoord (Engels):</translation>
    </message>
    <message>
        <source>Leads t&amp;o:</source>
        <translation>Leidt n&amp;aar:</translation>
    </message>
    <message>
        <source>Sets caller:</source>
        <translation>Vult beller in:</translation>
    </message>
    <message>
        <source>Sets school type:</source>
        <translation>Vult soort school in:</translation>
    </message>
    <message>
        <source>Sets theme:</source>
        <translation>Vult thema in:</translation>
    </message>
    <message>
        <source>Sets route stage:</source>
        <translation>Vult stap in de klachtroute in:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <source>Change the fields answer %1 fills in</source>
        <translation>Velden die antwoord %1 invult aangepast</translation>
    </message>
    <message>
        <source>Remove answer %1 of %2</source>
        <translation>Antwoord %1 van %2 weggehaald</translation>
    </message>
    <message>
        <source>Move answer %1 of %2</source>
        <translation>Antwoord %1 van %2 verplaatst</translation>
    </message>
    <message>
        <source>Rename answer %1</source>
        <translation>Id van antwoord %1 aangepast</translation>
    </message>
    <message>
        <source>Edit answer %1 of %2</source>
        <translation>Antwoord %1 van %2 aangepast</translation>
    </message>
    <message>
        <source>Point answer %1 of %2 to %3</source>
        <translation>Antwoord %1 van %2 leidt nu naar %3</translation>
    </message>
    <message>
        <source>Add answer to %1</source>
        <translation>Antwoord toegevoegd aan %1</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nieuwe uitkomst</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nieuw antwoord</translation>
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
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Languages: %1.</source>
        <translation>Talen: %1.</translation>
    </message>
    <message>
        <source>Languages: %1. Other languages or an interpreter: not known; ask the party.</source>
        <translation>Talen: %1. Andere talen of een tolk: niet bekend; vraag het de partij.</translation>
    </message>
    <message>
        <source>Languages: %1. Interpreter: %2</source>
        <translation>Talen: %1. Tolk: %2</translation>
    </message>
    <message>
        <source>Languages: %1. Other languages: not known; ask the party. Interpreter: %2</source>
        <translation>Talen: %1. Andere talen: niet bekend; vraag het de partij. Tolk: %2</translation>
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
    <name>ww::PageAddress</name>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>not a web address with a host</source>
        <translation>geen webadres met een host</translation>
    </message>
    <message>
        <source>must start with %1:// (%2:// only for this computer)</source>
        <translation>moet beginnen met %1:// (%2:// alleen voor deze computer)</translation>
    </message>
    <message>
        <source>must not contain a user name or a #fragment</source>
        <translation>mag geen gebruikersnaam of #fragment bevatten</translation>
    </message>
    <message>
        <source>must not contain a user name, a ?query or a #fragment</source>
        <translation>mag geen gebruikersnaam, ?query of #fragment bevatten</translation>
    </message>
    <message>
        <source>contains characters a web page cannot use here</source>
        <translation>bevat tekens die een webpagina hier niet kan gebruiken</translation>
    </message>
    <message>
        <source>--phone &quot;%1&quot;: a phone number is 2 to 25 digits, spaces and hyphens, optionally after a +</source>
        <translation>--phone &quot;%1&quot;: een telefoonnummer heeft 2 tot 25 cijfers, spaties en streepjes, eventueel na een +</translation>
    </message>
</context>
<context>
    <name>ww::PartyList</name>
    <message>
        <source>Parties in the directory</source>
        <translation>Partijen in de verwijsgids</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>overdue: check the details</source>
        <translation>te laat: controleer de gegevens</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>op tijd</translation>
    </message>
</context>
<context>
    <name>ww::PasswordFile</name>
    <message>
        <source>%1: cannot open the password file: %2</source>
        <translation>%1: kan het wachtwoordbestand niet openen: %2</translation>
    </message>
    <message>
        <source>%1: the password file is not a regular file</source>
        <translation>%1: het wachtwoordbestand is geen gewoon bestand</translation>
    </message>
    <message>
        <source>%1: the password file can be read or changed by others (mode %2); allow its owner only: chmod 600 %1</source>
        <translation>%1: anderen kunnen het wachtwoordbestand lezen of wijzigen (modus %2); geef alleen de eigenaar toegang: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1: cannot read the password file: %2</source>
        <translation>%1: kan het wachtwoordbestand niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: the password file is larger than %2 bytes</source>
        <translation>%1: het wachtwoordbestand is groter dan %2 bytes</translation>
    </message>
    <message>
        <source>%1: the password file is empty</source>
        <translation>%1: het wachtwoordbestand is leeg</translation>
    </message>
    <message>
        <source>%1: the password file is not UTF-8 text</source>
        <translation>%1: het wachtwoordbestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>%1:%2: the password file holds a control character (a second line?); put the password alone on the first line</source>
        <translation>%1:%2: in het wachtwoordbestand staat een stuurteken (een tweede regel?); zet alleen het wachtwoord op de eerste regel</translation>
    </message>
</context>
<context>
    <name>ww::PasswordPrompt</name>
    <message>
        <source>no password on standard input</source>
        <translation>geen wachtwoord op standard input</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>de twee wachtwoorden zijn niet gelijk</translation>
    </message>
</context>
<context>
    <name>ww::PersonalDetailsCheck</name>
    <message>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>een plaats</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>een school</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>“%1” may be %2.</source>
        <translation>“%1” is misschien %2.</translation>
    </message>
</context>
<context>
    <name>ww::PhoneCalls</name>
    <message>
        <source>Queue %1, no choices in the phone menu, language: %2.</source>
        <translation>Wachtrij %1, geen keuzes in het telefoonmenu, taal: %2.</translation>
    </message>
    <message>
        <source>Queue %1, phone menu: %2, language: %3.</source>
        <translation>Wachtrij %1, telefoonmenu: %2, taal: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The phone rings. %1</source>
        <translation>De telefoon gaat. %1</translation>
    </message>
    <message>
        <source>A call was answered while a phone case is open. %1 Open a case for it, or keep the current case?</source>
        <translation>Er is een gesprek aangenomen terwijl een telefooncasus open is. %1 Een casus openen voor dit gesprek, of de huidige casus houden?</translation>
    </message>
    <message>
        <source>Phone case opened for the answered call; the call timer runs from the answer. F6 holds.</source>
        <translation>Telefooncasus geopend voor het aangenomen gesprek. De tijd van het gesprek loopt vanaf het opnemen. F6 zet het gesprek in de wacht.</translation>
    </message>
    <message>
        <source>The caller hung up. Their case is now in wrap-up; open it from the list to complete it.</source>
        <translation>De beller heeft opgehangen. De casus staat nu op afronden; open hem in de lijst om hem af te maken.</translation>
    </message>
</context>
<context>
    <name>ww::PhoneCodeDialog</name>
    <message>
        <source>Phone case from a website code</source>
        <translation>Telefoongesprek met een websitecode</translation>
    </message>
    <message>
        <source>The caller walked the questions on the website and has a code of 6 digits. Type it here: the case starts where the caller stopped.</source>
        <translation>De beller heeft de vragen op de website beantwoord en heeft een code van 6 cijfers. Typ die hier. Het gesprek begint dan waar de beller stopte.</translation>
    </message>
    <message>
        <source>Code from the website</source>
        <translation>Code van de website</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Start the phone case</source>
        <translation>Start het telefoongesprek</translation>
    </message>
    <message>
        <source>A code has %1 digits.</source>
        <translation>Een code heeft %1 cijfers.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>De code wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The code&apos;s answers do not fit this tree. Start the case without the code (F2).</source>
        <translation>De antwoorden bij deze code passen niet bij deze boom. Begin het gesprek zonder code (F2).</translation>
    </message>
    <message>
        <source>There is no such code. Check the digits with the caller.</source>
        <translation>Deze code bestaat niet. Controleer de cijfers samen met de beller.</translation>
    </message>
    <message>
        <source>This code has been used already. The caller can get a new code on the website, or start without a code (F2).</source>
        <translation>Deze code is al gebruikt. De beller kan een nieuwe code halen op de website. Of begin zonder code (F2).</translation>
    </message>
    <message>
        <source>This code has expired: a code works for 30 minutes. The caller can get a new code on the website, or start without a code (F2).</source>
        <translation>Deze code is verlopen: een code werkt 30 minuten. De beller kan een nieuwe code halen op de website. Of begin zonder code (F2).</translation>
    </message>
    <message>
        <source>This code was made on another version of the tree (%1) than this desk uses (%2). Start the case without the code (F2) and ask the questions again.</source>
        <translation>Deze code is gemaakt met een andere versie van de boom (%1) dan deze desk gebruikt (%2). Begin het gesprek zonder code (F2) en stel de vragen opnieuw.</translation>
    </message>
    <message>
        <source>Too many wrong codes in the last minute. Wait a minute and try again.</source>
        <translation>Te veel verkeerde codes in de laatste minuut. Wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The code cannot be checked right now.</source>
        <translation>De code kan nu niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>press Enter</source>
        <translation>druk daarna opnieuw op Enter</translation>
    </message>
</context>
<context>
    <name>ww::PhoneCodeStore</name>
    <message>
        <source>no free phone code was found</source>
        <translation>er is geen vrije telefooncode gevonden</translation>
    </message>
    <message>
        <source>%1 phone codes are waiting already; try again later</source>
        <translation>er wachten al %1 telefooncodes; probeer het later opnieuw</translation>
    </message>
</context>
<context>
    <name>ww::PhoneMenu</name>
    <message>
        <source>the phone menu is not a JSON object</source>
        <translation>het telefoonmenu is geen JSON-object</translation>
    </message>
    <message>
        <source>the phone menu&apos;s &quot;format&quot; must be 1</source>
        <translation>&quot;format&quot; van het telefoonmenu moet 1 zijn</translation>
    </message>
    <message>
        <source>phone menu choice &quot;%1&quot;: a choice is 1 to 16 of 0-9 A-Z a-z * # -, with a label in nl and en</source>
        <translation>keuze &quot;%1&quot; in het telefoonmenu: een keuze is 1 tot 16 tekens uit 0-9 A-Z a-z * # -, met een label in nl en en</translation>
    </message>
    <message>
        <source>phone menu choice &quot;%1&quot;: &quot;%2&quot; is not a caller role</source>
        <translation>keuze &quot;%1&quot; in het telefoonmenu: &quot;%2&quot; is geen rol van een beller</translation>
    </message>
    <message>
        <source>phone menu language &quot;%1&quot;: &quot;%2&quot; is not a caller language</source>
        <translation>taal &quot;%1&quot; in het telefoonmenu: &quot;%2&quot; is geen taal van een beller</translation>
    </message>
    <message>
        <source>the phone menu&apos;s &quot;otherLanguage&quot; is not a caller language</source>
        <translation>&quot;otherLanguage&quot; van het telefoonmenu is geen taal van een beller</translation>
    </message>
</context>
<context>
    <name>ww::ReferralPanel</name>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>No parties yet. The tree suggests parties when it reaches an advice; you can also add a party below.</source>
        <translation>Nog geen partijen. De beslisboom stelt partijen voor als hij bij een advies komt. Je kunt hieronder ook zelf een partij toevoegen.</translation>
    </message>
    <message>
        <source>Why does no party fit? (white spo&amp;t)</source>
        <translation>Waarom past geen partij? (witte v&amp;lek)</translation>
    </message>
    <message>
        <source>A&amp;dd a party</source>
        <translation>Partij &amp;toevoegen</translation>
    </message>
    <message>
        <source>Reason for addin&amp;g</source>
        <translation>Reden voor toevoe&amp;gen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Party to add, from the directory</source>
        <translation>Partij uit de verwijsgids om toe te voegen</translation>
    </message>
    <message>
        <source>Type to search the directory</source>
        <translation>Typ om te zoeken in de verwijsgids</translation>
    </message>
    <message>
        <source>Add the party as a referral</source>
        <translation>Partij toevoegen als verwijzing</translation>
    </message>
    <message>
        <source>Choose a party from the directory first.</source>
        <translation>Kies eerst een partij uit de verwijsgids.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 staat al in de lijst.</translation>
    </message>
    <message>
        <source>Write why you add %1: it differs from the tree&apos;s advice.</source>
        <translation>Schrijf op waarom je %1 toevoegt: dat wijkt af van het advies van de beslisboom.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>No parties were referred to.</source>
        <translation>Geen verwijzingen naar partijen.</translation>
    </message>
    <message>
        <source>Kind of reason why no party fits (white spot)</source>
        <translation>Soort reden waarom geen partij past (witte vlek)</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Why no party fits (white spot), in your own words</source>
        <translation>Waarom geen partij past (witte vlek), in eigen woorden</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>Kind of reason for adding the party</source>
        <translation>Soort reden om de partij toe te voegen</translation>
    </message>
    <message>
        <source>Reason for adding the party, in your own words</source>
        <translation>Reden om de partij toe te voegen, in eigen woorden</translation>
    </message>
    <message>
        <source>Choose why you add %1.</source>
        <translation>Kies waarom u %1 toevoegt.</translation>
    </message>
</context>
<context>
    <name>ww::ReferralRow</name>
    <message>
        <source>Added by you. Reason: %1</source>
        <translation>Door jou toegevoegd. Reden: %1</translation>
    </message>
    <message>
        <source>Suggested by the tree; removed. Reason: %1</source>
        <translation>Voorgesteld door de beslisboom; verwijderd. Reden: %1</translation>
    </message>
    <message>
        <source>Suggested by the tree</source>
        <translation>Voorgesteld door de beslisboom</translation>
    </message>
    <message>
        <source>Warm hand-over</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <source>Warm hand-over to %1</source>
        <translation>Warme overdracht naar %1</translation>
    </message>
    <message>
        <source>Tick when you handed the caller over in person, not only gave the contact details.</source>
        <translation>Zet een vinkje als je de beller persoonlijk hebt overgedragen, en niet alleen de contactgegevens hebt gegeven.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 terugzetten</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Why remove %1?</source>
        <translation>Waarom verwijder je %1?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 laten staan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 for this reason</source>
        <translation>%1 verwijderen om deze reden</translation>
    </message>
    <message>
        <source>Write why you remove %1: it differs from the tree&apos;s advice.</source>
        <translation>Schrijf op waarom je %1 verwijdert: dat wijkt af van het advies van de beslisboom.</translation>
    </message>
    <message>
        <source>Kind of reason for removing %1</source>
        <translation>Soort reden om %1 weg te halen</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Reason for removing %1, in your own words</source>
        <translation>Reden om %1 weg te halen, in eigen woorden</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>Choose why you remove %1.</source>
        <translation>Kies waarom u %1 weghaalt.</translation>
    </message>
</context>
<context>
    <name>ww::ReferralsEditor</name>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation>&amp;Verwijzing toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>What the agent says, in Dutch</source>
        <translation>Wat de medewerker zegt, in het Nederlands</translation>
    </message>
    <message>
        <source>What the agent says, in English</source>
        <translation>Wat de medewerker zegt, in het Engels</translation>
    </message>
    <message>
        <source>Referrals of this outcome</source>
        <translation>Verwijzingen bij deze uitkomst</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Verwijzing toevoegen</translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation>Verwijzing weghalen</translation>
    </message>
    <message>
        <source>Referral up</source>
        <translation>Verwijzing omhoog</translation>
    </message>
    <message>
        <source>Referral down</source>
        <translation>Verwijzing omlaag</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <source>Says (Dutch):</source>
        <translation>Zegt (Nederlands):</translation>
    </message>
    <message>
        <source>Says (English):</source>
        <translation>Zegt (Engels):</translation>
    </message>
    <message>
        <source>Add a referral to %1</source>
        <translation>Verwijzing toegevoegd aan %1</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe verwijzing</translation>
    </message>
    <message>
        <source>Remove referral %1 of %2</source>
        <translation>Verwijzing %1 van %2 weggehaald</translation>
    </message>
    <message>
        <source>Move referral %1 of %2</source>
        <translation>Verwijzing %1 van %2 verplaatst</translation>
    </message>
    <message>
        <source>Refer to %1 in %2</source>
        <translation>In %2 verwijzen naar %1</translation>
    </message>
    <message>
        <source>Edit referral %1 of %2</source>
        <translation>Verwijzing %1 van %2 aangepast</translation>
    </message>
    <message>
        <source>%1 (not in the directory)</source>
        <translation>%1 (staat niet in de verwijsgids)</translation>
    </message>
</context>
<context>
    <name>ww::ReportFormat</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (t/m %2)</translation>
    </message>
</context>
<context>
    <name>ww::ReportLanguage</name>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;</source>
        <translation>--lang moet nl of en zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this build has no translation for &quot;%1&quot;</source>
        <translation>deze versie heeft geen vertaling voor &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ww::ReportNames</name>
    <message>
        <source>(no outcome reached)</source>
        <translation>(geen advies bereikt)</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <source>White spot</source>
        <translation>Witte vlek</translation>
    </message>
    <message>
        <source>No white spot</source>
        <translation>Geen witte vlek</translation>
    </message>
    <message>
        <source>tree version %1</source>
        <translation>beslisboom versie %1</translation>
    </message>
</context>
<context>
    <name>ww::RetentionJob</name>
    <message>
        <source>&quot;%1&quot; is not a period; write a number and d, w, m or y, such as 90d or 18m</source>
        <translation>&quot;%1&quot; is geen periode; schrijf een getal met d, w, m of y (dagen, weken, maanden, jaren), zoals 90d of 18m</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 100 years</source>
        <translation>&quot;%1&quot; is langer dan 100 jaar</translation>
    </message>
</context>
<context>
    <name>ww::ShortcutCatalog</name>
    <message>
        <source>Open a new phone case (the call timer starts)</source>
        <translation>Nieuwe telefooncasus openen (de gesprekstijd loopt)</translation>
    </message>
    <message>
        <source>Open a new chat case</source>
        <translation>Nieuwe chatcasus openen</translation>
    </message>
    <message>
        <source>Open a phone case from a website code: the case starts where the caller stopped</source>
        <translation>Telefooncasus openen met een websitecode: de casus begint waar de beller stopte</translation>
    </message>
    <message>
        <source>Put the call on hold, or resume it</source>
        <translation>Gesprek in de wacht zetten, of uit de wacht halen</translation>
    </message>
    <message>
        <source>End the contact: the case moves to wrap-up</source>
        <translation>Gesprek beëindigen: de casus gaat naar afronden</translation>
    </message>
    <message>
        <source>Close the case, or list what is still missing</source>
        <translation>Casus sluiten, of zien wat nog ontbreekt</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Vervolgafspraak plannen</translation>
    </message>
    <message>
        <source>Continue a follow-up</source>
        <translation>Verder met een vervolg</translation>
    </message>
    <message>
        <source>Hand the case over to a colleague, with a note</source>
        <translation>Casus overdragen aan een collega, met een notitie</translation>
    </message>
    <message>
        <source>Back to my cases (an open case stays in the list)</source>
        <translation>Terug naar mijn casussen (een open casus blijft in de lijst)</translation>
    </message>
    <message>
        <source>Choose an answer in the tree</source>
        <translation>Een antwoord kiezen in de beslisboom</translation>
    </message>
    <message>
        <source>Go one step back in the tree</source>
        <translation>Eén stap terug in de beslisboom</translation>
    </message>
    <message>
        <source>Go to the note field</source>
        <translation>Naar het notitieveld</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Open the chat queue and your open chats</source>
        <translation>Chatwachtrij en je open chats openen</translation>
    </message>
    <message>
        <source>Send the question or advice the tree shows now, in the visitor&apos;s language</source>
        <translation>De vraag of het advies van de beslisboom sturen, in de taal van de bezoeker</translation>
    </message>
    <message>
        <source>Go to chat 1 to 9</source>
        <translation>Naar chat 1 tot 9</translation>
    </message>
    <message>
        <source>Go to the next chat</source>
        <translation>Naar de volgende chat</translation>
    </message>
    <message>
        <source>Open the case log</source>
        <translation>Casuslogboek openen</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Dashboard openen</translation>
    </message>
    <message>
        <source>Show the tree texts in English, for callers who speak English</source>
        <translation>Teksten van de beslisboom in het Engels, voor bellers die Engels spreken</translation>
    </message>
    <message>
        <source>Open another tree file</source>
        <translation>Een ander boombestand openen</translation>
    </message>
    <message>
        <source>Open the tree editor</source>
        <translation>Boomeditor openen</translation>
    </message>
    <message>
        <source>Show every keyboard shortcut</source>
        <translation>Alle sneltoetsen tonen</translation>
    </message>
    <message>
        <source>Change the keyboard shortcuts</source>
        <translation>Sneltoetsen wijzigen</translation>
    </message>
    <message>
        <source>Quit the desk</source>
        <translation>Desk afsluiten</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Beslisboom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
</context>
<context>
    <name>ww::ShortcutHelp</name>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>C&amp;hange keyboard shortcuts…</source>
        <translation>Sneltoetsen &amp;wijzigen…</translation>
    </message>
</context>
<context>
    <name>ww::ShortcutKeys</name>
    <message>
        <source>%1 is needed for typing and moving between fields. Choose a key with Ctrl, or a function key such as F5.</source>
        <translation>%1 is nodig om te typen en tussen velden te gaan. Kies een toets met Ctrl, of een functietoets zoals F5.</translation>
    </message>
    <message>
        <source>Alt with a letter or digit opens the menus and jumps to fields. Choose a key with Ctrl, or a function key such as F5.</source>
        <translation>Alt met een letter of cijfer opent de menu&apos;s en springt naar velden. Kies een toets met Ctrl, of een functietoets zoals F5.</translation>
    </message>
    <message>
        <source>%1 copies, pastes or undoes in every text field. Choose another key.</source>
        <translation>%1 kopieert, plakt of maakt ongedaan in elk tekstveld. Kies een andere toets.</translation>
    </message>
    <message>
        <source>%1 is already the key for “%2”. Choose another key, or first give “%2” a different key.</source>
        <translation>%1 is al de toets voor “%2”. Kies een andere toets, of geef “%2” eerst een andere toets.</translation>
    </message>
    <message>
        <source>%1 is already the key for “%2”, which cannot be changed. Choose another key.</source>
        <translation>%1 is al de toets voor “%2”, en die kan niet veranderen. Kies een andere toets.</translation>
    </message>
    <message>
        <source>This shortcut cannot be changed.</source>
        <translation>Deze sneltoets kan niet veranderen.</translation>
    </message>
    <message>
        <source>Press the new key first.</source>
        <translation>Druk eerst op de nieuwe toets.</translation>
    </message>
</context>
<context>
    <name>ww::ShortcutSettingsDialog</name>
    <message>
        <source>&amp;Assign key</source>
        <translation>Toets &amp;toewijzen</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Standaard terugzetten</translation>
    </message>
    <message>
        <source>Reset a&amp;ll</source>
        <translation>&amp;Alles terugzetten</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts — Wegwijzer Desk</source>
        <translation>Sneltoetsen wijzigen — Wegwijzer Desk</translation>
    </message>
    <message>
        <source>S&amp;hortcuts:</source>
        <translation>S&amp;neltoetsen:</translation>
    </message>
    <message>
        <source>Shortcuts that can be changed</source>
        <translation>Sneltoetsen die je kunt wijzigen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat hij doet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Nieuwe t&amp;oets:</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nieuwe toets</translation>
    </message>
    <message>
        <source>Press the new key, then Tab to Assign key.</source>
        <translation>Druk op de nieuwe toets en ga dan met Tab naar Toets toewijzen.</translation>
    </message>
    <message>
        <source>The default key is back.</source>
        <translation>De standaardtoets is terug.</translation>
    </message>
    <message>
        <source>Every shortcut has its default key again.</source>
        <translation>Alle sneltoetsen hebben weer hun standaardtoets.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>geen toets</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Door jou gewijzigd</translation>
    </message>
    <message>
        <source>%1 is now the key for “%2”.</source>
        <translation>%1 is nu de toets voor “%2”.</translation>
    </message>
</context>
<context>
    <name>ww::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts — Wegwijzer Desk</source>
        <translation>Sneltoetsen — Wegwijzer Desk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Search the keyboard shortcuts</source>
        <translation>Zoeken in de sneltoetsen</translation>
    </message>
    <message>
        <source>Type a key or a word; the arrow down key goes to the list.</source>
        <translation>Typ een toets of een woord; met pijl omlaag ga je naar de lijst.</translation>
    </message>
    <message>
        <source>Type a key or a word, such as F9 or note</source>
        <translation>Typ een toets of een woord, zoals F9 of notitie</translation>
    </message>
    <message>
        <source>Keyboard shortcuts by area</source>
        <translation>Sneltoetsen per onderdeel</translation>
    </message>
    <message>
        <source>&amp;Change keys…</source>
        <translation>Toetsen &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat hij doet</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>Toetsen voor %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>geen toets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ww::SqlCaseStore</name>
    <message>
        <source>adding or removing the party %1 needs a reason</source>
        <translation>voor het toevoegen of verwijderen van partij %1 is een reden nodig</translation>
    </message>
</context>
<context>
    <name>ww::SqlFragments</name>
    <message>
        <source>the SQL fragment &quot;%1&quot; is missing from the program&apos;s resources</source>
        <translation>het SQL-fragment &quot;%1&quot; ontbreekt in de bestanden van het programma</translation>
    </message>
    <message>
        <source>the SQL fragment &quot;%1&quot; refers to itself</source>
        <translation>het SQL-fragment &quot;%1&quot; verwijst naar zichzelf</translation>
    </message>
</context>
<context>
    <name>ww::SqliteBackup</name>
    <message>
        <source>the copy fails its integrity check: %1</source>
        <translation>de kopie is niet in orde (integriteitscontrole): %1</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 is geen SQLite-database</translation>
    </message>
    <message>
        <source>there is no database file at %1</source>
        <translation>er is geen databasebestand op %1</translation>
    </message>
    <message>
        <source>%1 is a directory; give the name of the backup file</source>
        <translation>%1 is een map; geef de naam van het bestand voor de reservekopie</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another file for the backup</source>
        <translation>%1 is de database zelf; kies een ander bestand voor de reservekopie</translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>kan niet schrijven in %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>kan %1 niet alleen leesbaar maken voor de eigenaar</translation>
    </message>
    <message>
        <source>cannot write %1 to the disk: %2</source>
        <translation>kan %1 niet naar de schijf schrijven: %2</translation>
    </message>
    <message>
        <source>cannot move the copy to %1: %2</source>
        <translation>kan de kopie niet verplaatsen naar %1: %2</translation>
    </message>
</context>
<context>
    <name>ww::StaffingDocument</name>
    <message>
        <source>Staffing</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Days from %1, in Dutch time. Times are hours:minutes:seconds; handling runs from opening a case to the end of the contact, wrap-up from the end of the contact to closing the case.</source>
        <translation>Dagen van %1, in Nederlandse tijd. Tijden in uren:minuten:seconden. Behandeltijd loopt van het openen van een casus tot het einde van het contact, afronding van het einde van het contact tot het sluiten van de casus.</translation>
    </message>
    <message>
        <source>Per agent and day</source>
        <translation>Per medewerker en dag</translation>
    </message>
    <message>
        <source>No agent states or contacts in this period.</source>
        <translation>Geen statussen of contacten in deze periode.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>In gesprek</translation>
    </message>
    <message>
        <source>In chat</source>
        <translation>In chat</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Ander werk</translation>
    </message>
    <message>
        <source>Phone contacts</source>
        <translation>Telefooncontacten</translation>
    </message>
    <message>
        <source>Chat contacts</source>
        <translation>Chatcontacten</translation>
    </message>
    <message>
        <source>Average handling</source>
        <translation>Gemiddelde behandeltijd</translation>
    </message>
    <message>
        <source>Average wrap-up</source>
        <translation>Gemiddelde afronding</translation>
    </message>
    <message>
        <source>Chats per hour</source>
        <translation>Chats per uur</translation>
    </message>
    <message>
        <source>No chats in this period.</source>
        <translation>Geen chats in deze periode.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Answered within %1 s</source>
        <translation>Beantwoord binnen %1 s</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Afgebroken</translation>
    </message>
</context>
<context>
    <name>ww::StaleCaseError</name>
    <message>
        <source>the case was changed by someone else since it was opened</source>
        <translation>de casus is door iemand anders gewijzigd sinds hij werd geopend</translation>
    </message>
</context>
<context>
    <name>ww::StorageProblem</name>
    <message>
        <source>Check the network connection (VPN), then %1 to try again.</source>
        <translation>Controleer de netwerkverbinding (VPN) en %1.</translation>
    </message>
    <message>
        <source>If this keeps happening, tell your administrator what it says.</source>
        <translation>Gebeurt dit steeds weer? Vertel de beheerder wat er staat.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Oorzaak: %1.</translation>
    </message>
    <message>
        <source>Check the network connection (VPN).</source>
        <translation>Controleer de netwerkverbinding (VPN).</translation>
    </message>
</context>
<context>
    <name>ww::SupervisorWindows</name>
    <message>
        <source>Case log — Wegwijzer Desk</source>
        <translation>Casuslogboek — Wegwijzer Desk</translation>
    </message>
    <message>
        <source>Dashboard — Wegwijzer Desk</source>
        <translation>Dashboard — Wegwijzer Desk</translation>
    </message>
    <message>
        <source>Case %1 — Wegwijzer Desk</source>
        <translation>Casus %1 — Wegwijzer Desk</translation>
    </message>
    <message>
        <source>Live view — Wegwijzer Desk</source>
        <translation>Live-overzicht — Wegwijzer Desk</translation>
    </message>
</context>
<context>
    <name>ww::TreeAnalyticsDocument</name>
    <message>
        <source>Tree analytics</source>
        <translation>Cijfers over de beslisboom</translation>
    </message>
    <message>
        <source>Tree %1, contacts opened from %2: %3.</source>
        <translation>Beslisboom %1, contacten geopend van %2: %3.</translation>
    </message>
    <message>
        <source>Stopped here</source>
        <translation>Hier gestopt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoop</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Langsgekomen</translation>
    </message>
    <message>
        <source>Median time (m:ss)</source>
        <translation>Mediane tijd (m:ss)</translation>
    </message>
    <message>
        <source>Where walks stopped</source>
        <translation>Waar gesprekken in de boom stopten</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Adviezen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Referrals removed</source>
        <translation>Verwijzingen weggehaald</translation>
    </message>
    <message>
        <source>Referrals added</source>
        <translation>Verwijzingen toegevoegd</translation>
    </message>
</context>
<context>
    <name>ww::TreeDiff</name>
    <message>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>beslisboom</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>knoop %1</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>partij %1</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>geen verschillen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>weggehaald</translation>
    </message>
</context>
<context>
    <name>ww::TreeDraft</name>
    <message>
        <source>%1: not a tree: there is no list of &quot;nodes&quot;</source>
        <translation>%1: geen beslisboom: er is geen lijst &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid version: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64 characters, beginning with a letter or digit</source>
        <translation>&quot;%1&quot; is geen goede versie: gebruik letters, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos;, hoogstens 64 tekens, en begin met een letter of cijfer</translation>
    </message>
    <message>
        <source>there is no node &quot;%1&quot;</source>
        <translation>er is geen onderdeel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has no item %2 in &quot;%3&quot;</source>
        <translation>onderdeel &quot;%1&quot; heeft geen nummer %2 in &quot;%3&quot;</translation>
    </message>
    <message>
        <source>texts are written in Dutch (nl) or English (en), not &quot;%1&quot;</source>
        <translation>teksten zijn in het Nederlands (nl) of het Engels (en), niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use a-z, 0-9 and -, at most 64 characters</source>
        <translation>&quot;%1&quot; is geen goede id: gebruik a-z, 0-9 en -, hoogstens 64 tekens</translation>
    </message>
    <message>
        <source>there is already a node &quot;%1&quot;</source>
        <translation>er is al een onderdeel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is where the tree starts; choose another start first</source>
        <translation>de boom begint bij &quot;%1&quot;; kies eerst een ander begin</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; cannot move further</source>
        <translation>onderdeel &quot;%1&quot; kan niet verder</translation>
    </message>
    <message>
        <source>the node is already called &quot;%1&quot;</source>
        <translation>het onderdeel heet al &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an outcome: outcomes have no options</source>
        <translation>&quot;%1&quot; is een uitkomst: een uitkomst heeft geen antwoorden</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; already has an option &quot;%2&quot;</source>
        <translation>onderdeel &quot;%1&quot; heeft al een antwoord &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the option cannot move further</source>
        <translation>het antwoord kan niet verder</translation>
    </message>
    <message>
        <source>an option cannot set &quot;%1&quot;</source>
        <translation>een antwoord kan &quot;%1&quot; niet invullen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a question: only outcomes are urgent or a white spot</source>
        <translation>&quot;%1&quot; is een vraag: alleen een uitkomst is dringend of een witte vlek</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a question: only outcomes refer to parties</source>
        <translation>&quot;%1&quot; is een vraag: alleen een uitkomst verwijst naar partijen</translation>
    </message>
    <message>
        <source>the referral cannot move further</source>
        <translation>de verwijzing kan niet verder</translation>
    </message>
</context>
<context>
    <name>ww::TreeEditorWindow</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Niet aangepast: %1</translation>
    </message>
    <message>
        <source>Views of the tree</source>
        <translation>Weergaven van de boom</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Tekening</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Gekozen onderdeel</translation>
    </message>
    <message>
        <source>Problems, preview and parties</source>
        <translation>Problemen, proefrit en partijen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Proefrit</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Find a node by id or text</source>
        <translation>Zoek een onderdeel op id of tekst</translation>
    </message>
    <message>
        <source>Find a node (Ctrl+F)</source>
        <translation>Zoek een onderdeel (Ctrl+F)</translation>
    </message>
    <message>
        <source>No node contains &quot;%1&quot;.</source>
        <translation>Geen onderdeel bevat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Version of the tree</source>
        <translation>Versie van de boom</translation>
    </message>
    <message>
        <source>Give every published change a new version, for example 2027.01-concept.</source>
        <translation>Geef elke gepubliceerde wijziging een nieuwe versie, bijvoorbeeld 2027.01-concept.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Find and version</source>
        <translation>Zoeken en versie</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ver&amp;sie:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>Concept &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Concept op&amp;slaan</translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation>Concept opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <source>&amp;Close editor</source>
        <translation>Bewerken &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>New &amp;question</source>
        <translation>Nieuwe &amp;vraag</translation>
    </message>
    <message>
        <source>New &amp;outcome</source>
        <translation>Nieuwe &amp;uitkomst</translation>
    </message>
    <message>
        <source>Add an &amp;answer to this question</source>
        <translation>&amp;Antwoord toevoegen aan deze vraag</translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation>Onderdeel &amp;weghalen</translation>
    </message>
    <message>
        <source>Move node &amp;up in the file</source>
        <translation>Onderdeel omhoog in het &amp;bestand</translation>
    </message>
    <message>
        <source>Move node &amp;down in the file</source>
        <translation>Onderdeel omlaag in het b&amp;estand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Find a node</source>
        <translation>Onderdeel &amp;zoeken</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Whole tree</source>
        <translation>Hele &amp;boom</translation>
    </message>
    <message>
        <source>Go to the outline</source>
        <translation>Naar het overzicht</translation>
    </message>
    <message>
        <source>Go to the drawing</source>
        <translation>Naar de tekening</translation>
    </message>
    <message>
        <source>Go to the node&apos;s texts</source>
        <translation>Naar de teksten van het onderdeel</translation>
    </message>
    <message>
        <source>Go to the problems</source>
        <translation>Naar de problemen</translation>
    </message>
    <message>
        <source>Go to the preview</source>
        <translation>Naar de proefrit</translation>
    </message>
    <message>
        <source>Go to the parties</source>
        <translation>Naar de partijen</translation>
    </message>
    <message>
        <source>Publish the draft as the new tree for every desk</source>
        <translation>Het concept publiceren als nieuwe boom voor alle werkplekken</translation>
    </message>
    <message>
        <source>Publishing is not available here: save the draft to a file and publish it with wegwijzer-admin tree publish.</source>
        <translation>Publiceren kan hier niet. Sla het concept op in een bestand en publiceer het met wegwijzer-admin tree publish.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) overdue</source>
        <translation>
            <numerusform>%n partij te laat gecontroleerd</numerusform>
            <numerusform>%n partijen te laat gecontroleerd</numerusform>
        </translation>
    </message>
    <message>
        <source>new draft</source>
        <translation>nieuw concept</translation>
    </message>
    <message>
        <source>Tree editor — %1%2</source>
        <translation>Boom bewerken — %1%2</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nieuwe uitkomst</translation>
    </message>
    <message>
        <source>Add node %1</source>
        <translation>Onderdeel %1 toegevoegd</translation>
    </message>
    <message>
        <source>Node %1 added. Point an answer to it, or it cannot be reached.</source>
        <translation>Onderdeel %1 is toegevoegd. Laat een antwoord ernaartoe leiden, anders kan niemand het bereiken.</translation>
    </message>
    <message>
        <source>Remove node %1</source>
        <translation>Onderdeel %1 weggehaald</translation>
    </message>
    <message>
        <source>Node %1 removed (Ctrl+Z brings it back).</source>
        <translation>Onderdeel %1 is weggehaald (Ctrl+Z zet het terug).</translation>
    </message>
    <message>
        <source>Move node %1</source>
        <translation>Onderdeel %1 verplaatst</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Open a draft tree</source>
        <translation>Een concept openen</translation>
    </message>
    <message>
        <source>Trees (*.tree.json);;JSON files (*.json)</source>
        <translation>Beslisbomen (*.tree.json);;JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Het concept opslaan</translation>
    </message>
    <message>
        <source>Trees (*.tree.json)</source>
        <translation>Beslisbomen (*.tree.json)</translation>
    </message>
    <message>
        <source>Publish the draft</source>
        <translation>Het concept publiceren</translation>
    </message>
    <message>
        <source>What changed? (one line; every desk shows it with the new tree)</source>
        <translation>Wat is er veranderd? (één regel; elke werkplek toont dit bij de nieuwe boom)</translation>
    </message>
    <message>
        <source>The draft is being published already.</source>
        <translation>Het concept wordt al gepubliceerd.</translation>
    </message>
    <message numerus="yes">
        <source>The draft has %n error(s); fix them first (see Problems).</source>
        <translation>
            <numerusform>Het concept heeft %n fout. Los die eerst op (zie Problemen).</numerusform>
            <numerusform>Het concept heeft %n fouten. Los die eerst op (zie Problemen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Niet gepubliceerd: %1</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Bezig met publiceren…</translation>
    </message>
    <message>
        <source>Published as version %1.</source>
        <translation>Gepubliceerd als versie %1.</translation>
    </message>
    <message>
        <source>Close the tree editor</source>
        <translation>Boom bewerken sluiten</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Save them first?</source>
        <translation>Het concept heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?</translation>
    </message>
</context>
<context>
    <name>ww::TreeGraphView</name>
    <message>
        <source>Tree drawing</source>
        <translation>Tekening van de boom</translation>
    </message>
    <message>
        <source>Arrow keys move between the boxes; Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Met de pijltjestoetsen ga je van vak naar vak; Ctrl+plus en Ctrl+min zoomen.</translation>
    </message>
</context>
<context>
    <name>ww::TreeLanguageCheck</name>
    <message>
        <source>this language exception for &quot;%1&quot; excuses no warning in this node; remove it</source>
        <translation>deze taaluitzondering voor &quot;%1&quot; hoort bij geen enkele waarschuwing in dit knooppunt; haal haar weg</translation>
    </message>
    <message>
        <source>this language exception for the sentence &quot;%1&quot; excuses no warning in this node; remove it</source>
        <translation>deze taaluitzondering voor de zin &quot;%1&quot; hoort bij geen enkele waarschuwing in dit knooppunt; haal haar weg</translation>
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
    <message>
        <source>a language exception must be an object</source>
        <translation>een taaluitzondering moet een object zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong to rule &quot;%2&quot;; use &quot;%3&quot;</source>
        <translation>&quot;%1&quot; hoort niet bij regel &quot;%2&quot;; gebruik &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>ww::TreeVersionBar</name>
    <message>
        <source>Switch</source>
        <translation>Overstappen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>New version of the tree</source>
        <translation>Nieuwe versie van de beslisboom</translation>
    </message>
    <message>
        <source>Switch to the new version of the tree</source>
        <translation>Overstappen op de nieuwe versie van de beslisboom</translation>
    </message>
    <message>
        <source>New cases use it; an open case keeps the tree it was started with.</source>
        <translation>Nieuwe casussen gebruiken hem; een open casus houdt de beslisboom waarmee hij begon.</translation>
    </message>
    <message>
        <source>Keep the current tree for now</source>
        <translation>Voorlopig de huidige beslisboom houden</translation>
    </message>
    <message>
        <source>A new version of the tree is available (version %1).</source>
        <translation>Er is een nieuwe versie van de beslisboom (versie %1).</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>Wat er veranderd is: %1</translation>
    </message>
</context>
<context>
    <name>ww::TreeVersions</name>
    <message>
        <source>the note must say what changed; it is empty</source>
        <translation>de toelichting moet zeggen wat er veranderd is; ze is leeg</translation>
    </message>
    <message>
        <source>the note has %1 characters; at most %2 are allowed</source>
        <translation>de toelichting heeft %1 tekens; er mogen er hoogstens %2 zijn</translation>
    </message>
    <message>
        <source>the note must be one line without control characters</source>
        <translation>de toelichting moet één regel zijn, zonder stuurtekens</translation>
    </message>
    <message>
        <source>the content has %1 bytes; at most %2 can be published</source>
        <translation>de inhoud is %1 bytes; er kan hoogstens %2 bytes gepubliceerd worden</translation>
    </message>
    <message>
        <source>publishing needs the name of who publishes</source>
        <translation>om te publiceren is de naam nodig van wie publiceert</translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation>gepubliceerde versie %1</translation>
    </message>
    <message>
        <source>the directory of %1 does not load: %2</source>
        <translation>de verwijsgids van %1 laadt niet: %2</translation>
    </message>
    <message>
        <source>the tree of %1 does not load: %2</source>
        <translation>de beslisboom van %1 laadt niet: %2</translation>
    </message>
    <message>
        <source>the tree of %1 is not the tree its identity names</source>
        <translation>de beslisboom van %1 is niet de beslisboom die zijn identiteit noemt</translation>
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
    <message>
        <source>%1 Key %2</source>
        <translation>%1 Toets %2</translation>
    </message>
</context>
<context>
    <name>ww::UserGuides</name>
    <message>
        <source>Guide for agents</source>
        <translation>Handleiding voor medewerkers</translation>
    </message>
    <message>
        <source>Guide for supervisors</source>
        <translation>Handleiding voor supervisors</translation>
    </message>
    <message>
        <source>Guide for content managers</source>
        <translation>Handleiding voor inhoudsbeheerders</translation>
    </message>
    <message>
        <source>Guide for &amp;agents</source>
        <translation>Handleiding voor &amp;medewerkers</translation>
    </message>
    <message>
        <source>Guide for s&amp;upervisors</source>
        <translation>Handleiding voor s&amp;upervisors</translation>
    </message>
    <message>
        <source>Guide for co&amp;ntent managers</source>
        <translation>Handleiding voor i&amp;nhoudsbeheerders</translation>
    </message>
</context>
<context>
    <name>ww::ValidationList</name>
    <message>
        <source>Problems in the draft</source>
        <translation>Problemen in het concept</translation>
    </message>
    <message>
        <source>Enter: go to node %1</source>
        <translation>Enter: naar onderdeel %1</translation>
    </message>
    <message>
        <source>No problems: the draft is valid.</source>
        <translation>Geen problemen: het concept is goed.</translation>
    </message>
</context>
<context>
    <name>ww::VocabularyNames</name>
    <message>
        <source>(not recorded)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <source>School staff</source>
        <translation>Medewerker school</translation>
    </message>
    <message>
        <source>School leader</source>
        <translation>Schoolleider of bestuur</translation>
    </message>
    <message>
        <source>Confidential adviser (vertrouwenspersoon)</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Primary school (po)</source>
        <translation>Basisonderwijs (po, ook sbo)</translation>
    </message>
    <message>
        <source>Special school (so)</source>
        <translation>Speciaal onderwijs (so/vso)</translation>
    </message>
    <message>
        <source>Secondary school (vo)</source>
        <translation>Voortgezet onderwijs (vo)</translation>
    </message>
    <message>
        <source>Vocational school (mbo)</source>
        <translation>Mbo</translation>
    </message>
    <message>
        <source>Other school type</source>
        <translation>Anders of onbekend</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Confidential adviser</source>
        <translation>Vertrouwens­persoon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>po</source>
        <translation>po</translation>
    </message>
    <message>
        <source>so</source>
        <translation>so</translation>
    </message>
    <message>
        <source>vo</source>
        <translation>vo</translation>
    </message>
    <message>
        <source>mbo</source>
        <translation>mbo</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Pesten (ook online)</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminatie of racisme</translation>
    </message>
    <message>
        <source>Exclusion of LGBTI pupils</source>
        <translation>Uitsluiting van lhbti+-leerlingen</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Seksuele intimidatie</translation>
    </message>
    <message>
        <source>Boundary-crossing behaviour</source>
        <translation>Grensoverschrijdend gedrag</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Geweld</translation>
    </message>
    <message>
        <source>Intimidation</source>
        <translation>Bedreiging of intimidatie</translation>
    </message>
    <message>
        <source>Radicalisation</source>
        <translation>Radicalisering</translation>
    </message>
    <message>
        <source>Truancy</source>
        <translation>Verzuim of thuiszitten</translation>
    </message>
    <message>
        <source>Support for special needs (passend onderwijs)</source>
        <translation>Passend onderwijs</translation>
    </message>
    <message>
        <source>Admission, suspension or expulsion</source>
        <translation>Toelating, schorsing of verwijdering</translation>
    </message>
    <message>
        <source>Relationship with the school</source>
        <translation>Verstoorde relatie met school</translation>
    </message>
    <message>
        <source>Complaint not handled</source>
        <translation>Klacht niet goed behandeld</translation>
    </message>
    <message>
        <source>Children&apos;s rights</source>
        <translation>Kinderrechten</translation>
    </message>
    <message>
        <source>Other theme</source>
        <translation>Ander thema</translation>
    </message>
    <message>
        <source>It happens outside school</source>
        <translation>Het gebeurt buiten school</translation>
    </message>
    <message>
        <source>No complaints committee for this school or question</source>
        <translation>Geen klachtencommissie voor deze school of vraag</translation>
    </message>
    <message>
        <source>Every step taken, the problem remains</source>
        <translation>Alle stappen gezet, het probleem blijft</translation>
    </message>
    <message>
        <source>Nobody can make the school act</source>
        <translation>Niemand kan de school iets laten doen</translation>
    </message>
    <message>
        <source>Caller wants an investigation or an answer back</source>
        <translation>Beller wil onderzoek of een antwoord terug</translation>
    </message>
    <message>
        <source>Staff member without support</source>
        <translation>Medewerker zonder steun</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Caller has already been there</source>
        <translation>Beller is daar al geweest</translation>
    </message>
    <message>
        <source>Does not fit this situation</source>
        <translation>Past niet bij deze situatie</translation>
    </message>
    <message>
        <source>Caller does not want it</source>
        <translation>Beller wil dit niet</translation>
    </message>
    <message>
        <source>Caller first talks to the school</source>
        <translation>Beller praat eerst met de school</translation>
    </message>
    <message>
        <source>Other reason to remove</source>
        <translation>Andere reden om weg te halen</translation>
    </message>
    <message>
        <source>Fits the question better</source>
        <translation>Past beter bij de vraag</translation>
    </message>
    <message>
        <source>Belongs here, but the tree does not name it</source>
        <translation>Hoort hierbij, maar de boom noemt het niet</translation>
    </message>
    <message>
        <source>Extra support beside the advice</source>
        <translation>Extra steun naast het advies</translation>
    </message>
    <message>
        <source>Caller asked about it</source>
        <translation>Beller vroeg ernaar</translation>
    </message>
    <message>
        <source>Other reason to add</source>
        <translation>Andere reden om toe te voegen</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Dutch, with difficulty</source>
        <translation>Nederlands, maar met moeite</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <source>Another language</source>
        <translation>Een andere taal</translation>
    </message>
</context>
<context>
    <name>ww::WrapUpRules</name>
    <message>
        <source>End the contact first.</source>
        <translation>Beëindig eerst het gesprek.</translation>
    </message>
    <message>
        <source>Choose who called.</source>
        <translation>Kies wie er belde.</translation>
    </message>
    <message>
        <source>Choose the type of school.</source>
        <translation>Kies de soort school.</translation>
    </message>
    <message>
        <source>Choose at least one theme.</source>
        <translation>Kies minstens één thema.</translation>
    </message>
    <message>
        <source>Choose how far the caller is in the complaint route.</source>
        <translation>Kies hoe ver de beller is in de klachtroute.</translation>
    </message>
    <message>
        <source>Choose why no party fits (white spot).</source>
        <translation>Kies waarom geen partij past (witte vlek).</translation>
    </message>
    <message>
        <source>Write why no party fits (white spot).</source>
        <translation>Schrijf op waarom geen partij past (witte vlek).</translation>
    </message>
    <message>
        <source>Refer to at least one party, or walk the tree to a white spot.</source>
        <translation>Verwijs naar minstens één partij, of volg de beslisboom tot een witte vlek.</translation>
    </message>
</context>
<context>
    <name>ww::chat::CallCli</name>
    <message>
        <source>  call simulate --agent NAME [--menu CHOICE]... [--lang nl|en] --secret-file FILE
                [--gateway URL] [--queue NAME] [--caller-number NUMBER] [--call ID]
                [--answer-after SECONDS] [--end-after SECONDS]
      Play the phone system&apos;s part (docs/telephony.md): offer a call to the agent&apos;s desk on the
      gateway (default ws://127.0.0.1:8765/), answer it after --answer-after seconds (default 2)
      or on Enter, and hang up after --end-after seconds or on Enter. --answer-after -1 and
      --end-after -1: on Enter only. FILE holds the gateway&apos;s telephony secret (chmod 600).
</source>
        <translation>  call simulate --agent NAME [--menu CHOICE]... [--lang nl|en] --secret-file FILE
                [--gateway URL] [--queue NAME] [--caller-number NUMBER] [--call ID]
                [--answer-after SECONDS] [--end-after SECONDS]
      Speel de telefooncentrale na (docs/telephony.md): bied een gesprek aan bij de desk van de
      medewerker via de gateway (standaard ws://127.0.0.1:8765/), neem op na --answer-after seconden
      (standaard 2) of bij Enter, en hang op na --end-after seconden of bij Enter. --answer-after -1 en
      --end-after -1: alleen bij Enter. FILE bevat het telefoniegeheim van de gateway (chmod 600).
</translation>
    </message>
    <message>
        <source>&quot;call&quot; needs the subcommand simulate</source>
        <translation>&quot;call&quot; heeft de subopdracht simulate nodig</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <source>--menu &quot;%1&quot; is not a menu choice (1 to 16 of 0-9 A-Z a-z * # -)</source>
        <translation>--menu &quot;%1&quot; is geen menukeuze (1 tot 16 tekens uit 0-9 A-Z a-z * # -)</translation>
    </message>
    <message>
        <source>--gateway &quot;%1&quot; is not a ws:// or wss:// address</source>
        <translation>--gateway &quot;%1&quot; is geen ws://- of wss://-adres</translation>
    </message>
    <message>
        <source>--caller-number must be an optional + and 1 to 19 digits</source>
        <translation>--caller-number moet 1 tot 19 cijfers zijn, eventueel met een + ervoor</translation>
    </message>
    <message>
        <source>%1 needs seconds from 0 to 86400, or -1</source>
        <translation>%1 heeft seconden van 0 tot 86400 nodig, of -1</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation>onbekend argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--agent is required</source>
        <translation>--agent is verplicht</translation>
    </message>
    <message>
        <source>--secret-file is required</source>
        <translation>--secret-file is verplicht</translation>
    </message>
</context>
<context>
    <name>ww::chat::CallSimulator</name>
    <message>
        <source>the gateway closed the connection (%1)</source>
        <translation>de gateway sloot de verbinding (%1)</translation>
    </message>
    <message>
        <source>the gateway did not answer in time</source>
        <translation>de gateway antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>the gateway refused: %1 (%2)</source>
        <translation>de gateway weigerde: %1 (%2)</translation>
    </message>
    <message>
        <source>call %1 offered to %2; it rings</source>
        <translation>gesprek %1 aangeboden aan %2; de telefoon gaat</translation>
    </message>
    <message>
        <source>Enter answers (or it is answered in %1 s)</source>
        <translation>Enter neemt op (anders wordt over %1 s opgenomen)</translation>
    </message>
    <message>
        <source>Enter answers</source>
        <translation>Enter neemt op</translation>
    </message>
    <message>
        <source>answered; </source>
        <translation>opgenomen; </translation>
    </message>
    <message>
        <source>hangs up in %1 s</source>
        <translation>hangt op over %1 s</translation>
    </message>
    <message>
        <source>Enter hangs up</source>
        <translation>Enter hangt op</translation>
    </message>
    <message>
        <source>call %1 ended</source>
        <translation>gesprek %1 beëindigd</translation>
    </message>
</context>
<context>
    <name>ww::chat::ChatWriteBatch</name>
    <message>
        <source>the database cannot be reached</source>
        <translation>de database is niet bereikbaar</translation>
    </message>
</context>
<context>
    <name>ww::chat::ChatdCli</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT with an IP address and a port from 1 to 65535</source>
        <translation>&quot;%1&quot; is geen HOST:PORT met een IP-adres en een poort van 1 tot en met 65535</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation>onbekend argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>--db is verplicht</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert en --tls-key horen bij elkaar: geef ze allebei</translation>
    </message>
    <message>
        <source>this Qt has no TLS support</source>
        <translation>deze Qt-versie kan geen TLS</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>kan %1 niet lezen</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 bevat geen PEM-certificaat</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation>%1 bevat geen PEM-privésleutel (RSA of EC, zonder wachtwoordzin)</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2; run &quot;wegwijzer-admin db migrate&quot; first</source>
        <translation>de database %1 heeft schemaversie %2; voer eerst &quot;wegwijzer-admin db migrate&quot; uit</translation>
    </message>
    <message>
        <source>the shipped tree does not load</source>
        <translation>de meegeleverde beslisboom laadt niet</translation>
    </message>
    <message>
        <source>--password-file is for a PostgreSQL database; an SQLite file needs no password</source>
        <translation>--password-file is voor een PostgreSQL-database; een SQLite-bestand heeft geen wachtwoord nodig</translation>
    </message>
    <message>
        <source>%1: the telephony secret is shorter than %2 characters; make one with &quot;openssl rand -base64 33&quot;</source>
        <translation>%1: het geheim voor de telefooncentrale is korter dan %2 tekens; maak er een met &quot;openssl rand -base64 33&quot;</translation>
    </message>
    <message>
        <source>Usage: wegwijzer-chatd --db URL [--password-file FILE] [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]
                       [--telephony-secret-file FILE]
                       [--health-listen HOST:PORT]
  or:  wegwijzer-chatd --help | --version

The chat gateway of Wegwijzer Desk: visitors of the website chat with helpline agents through it.
Both connect over WebSocket (JSON, protocol version 1). Every chat opens a case of channel chat
in the case database, and its transcript is stored with the case.

Options:
  --db URL              the case database: sqlite:///absolute/path.db, or
                        postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full&amp;sslrootcert=FILE]
                        with USER the gateway&apos;s own account (wegwijzer-admin user add NAME
                        --role gateway). The database must be migrated (wegwijzer-admin db migrate).
  --password-file FILE  read the database password from the first line of FILE; FILE must be
                        readable by its owner only (chmod 600). Under systemd: LoadCredential=.
  --listen HOST:PORT    where to listen (default 127.0.0.1:8765; [::1]:8765 for IPv6)
  --tls-cert FILE       PEM certificate (chain): serve wss:// instead of ws://
  --tls-key FILE        PEM private key of that certificate (RSA or EC, without a passphrase)
  --telephony-secret-file FILE
                        let the phone system announce calls (docs/telephony.md); it logs in with
                        the secret on the first line of FILE (at least 32 characters; FILE readable
                        by its owner only, chmod 600)
  --health-listen HOST:PORT
                        answer a load balancer&apos;s health checks there over plain HTTP: 200 while
                        this gateway serves, 503 while it waits as a standby
  --help                show this help and exit
  --version             show the version and exit

Passwords are never given on the command line. Without --password-file libpq reads PGPASSWORD
or ~/.pgpass.

On PostgreSQL several gateways may run on one database: one serves, the others wait as standbys
and one of them takes over within seconds when it stops (docs/operations.md, &quot;Two gateways&quot;).

Logs go to standard error and never hold message text. SIGTERM or SIGINT stops the gateway
cleanly; chats in progress resume when it starts again.

Exit status: 0 success (also after SIGTERM or SIGINT), 1 failure, 2 usage error.
</source>
        <translation>Gebruik: wegwijzer-chatd --db URL [--password-file FILE] [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]
                       [--telephony-secret-file FILE]
                       [--health-listen HOST:PORT]
    of:  wegwijzer-chatd --help | --version

De chatgateway van Wegwijzer Desk: bezoekers van de website chatten erdoor met medewerkers van de
hulplijn. Beide maken verbinding via WebSocket (JSON, protocolversie 1). Elke chat opent een casus
met kanaal chat in de database met casussen; het gesprek wordt bij de casus bewaard.

Opties:
  --db URL              de database met casussen: sqlite:///absolute/path.db, of
                        postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full&amp;sslrootcert=FILE]
                        met USER het eigen account van de gateway (wegwijzer-admin user add NAME
                        --role gateway). De database moet bijgewerkt zijn (wegwijzer-admin db migrate).
  --password-file FILE  lees het wachtwoord voor de database van de eerste regel van FILE; alleen de
                        eigenaar mag FILE kunnen lezen (chmod 600). Onder systemd: LoadCredential=.
  --listen HOST:PORT    waar de gateway luistert (standaard 127.0.0.1:8765; [::1]:8765 voor IPv6)
  --tls-cert FILE       PEM-certificaat (keten): wss:// in plaats van ws://
  --tls-key FILE        PEM-privésleutel van dat certificaat (RSA of EC, zonder wachtwoordzin)
  --telephony-secret-file FILE
                        laat de telefooncentrale gesprekken melden (docs/telephony.md); die logt in
                        met het geheim op de eerste regel van FILE (minstens 32 tekens; alleen de
                        eigenaar mag FILE kunnen lezen, chmod 600)
  --health-listen HOST:PORT
                        beantwoord daar de gezondheidscontroles van een load balancer via gewone HTTP:
                        200 zolang deze gateway bedient, 503 zolang hij als reserve wacht
  --help                toon deze hulp en stop
  --version             toon de versie en stop

Wachtwoorden staan nooit op de opdrachtregel. Zonder --password-file leest libpq PGPASSWORD
of ~/.pgpass.

Op PostgreSQL mogen meerdere gateways op één database draaien: één bedient, de andere wachten als
reserve en een van hen neemt het binnen enkele seconden over als hij stopt (docs/operations.md,
&quot;Two gateways&quot;).

Meldingen gaan naar standard error en bevatten nooit de tekst van berichten. SIGTERM of SIGINT
stopt de gateway netjes; lopende chats gaan verder zodra hij weer start.

Afsluitcode: 0 gelukt (ook na SIGTERM of SIGINT), 1 mislukt, 2 verkeerd gebruik.
</translation>
    </message>
    <message>
        <source>--health-listen needs another port than --listen</source>
        <translation>--health-listen heeft een andere poort nodig dan --listen</translation>
    </message>
</context>
<context>
    <name>ww::chat::GatewayService</name>
    <message>
        <source>cannot listen on %1 for health checks: %2</source>
        <translation>kan niet luisteren op %1 voor gezondheidscontroles: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kan niet luisteren op %1: %2</translation>
    </message>
</context>
</TS>

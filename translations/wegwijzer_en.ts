<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ww::AccountAdmin</name>
    <message>
        <source>accounts exist only on the shared PostgreSQL database, not on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account name &quot;%1&quot; must be 2 to 63 lower-case letters, digits or underscores, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account name must not start with ww_ or pg_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must be at least %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must be at most %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must not contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account or role named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role must be agent, supervisor, admin, editor or gateway, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::AdminCli</name>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
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
    <message>
        <source>&quot;retention&quot; needs the subcommand apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;user&quot; needs a subcommand: add, disable or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs the subcommand seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;db %1&quot; needs --db URL and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: newer than this program; install a newer program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>status: %n migration(s) pending; run &quot;db migrate&quot;</source>
        <translation>
            <numerusform>status: %n migration pending; run &quot;db migrate&quot;</numerusform>
            <numerusform>status: %n migrations pending; run &quot;db migrate&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>How many cases to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent who owns cases; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;demo seed&quot; needs --db URL and --cases N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner &quot;%1&quot; must be 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 synthetic cases written in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;user %1&quot; needs NAME and --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;user list&quot; needs --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role belongs to &quot;user add&quot; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 added as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed longer ago than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;retention apply&quot; needs --older-than DURATION and --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed case(s) older than %2 would be anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed case(s) older than %2 anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;case&quot; needs the subcommand export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build cannot write PDF files; use another --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;report monitoring&quot; needs --db URL, --from DATE, --to DATE, --format csv|pdf and -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or pdf, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring report for %1 to %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;case export&quot; needs ID, --db URL, --format json|pdf and -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or pdf, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case %1 (or you may not see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;audit&quot; needs the subcommand list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;audit list&quot; needs --db URL, --from DATE and --to DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV separator: , or ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator must be , or ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;report cases-for-network&quot; needs --db URL, --from DATE, --to DATE, --format json|pdf and -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the summary of case %1 may contain %2; check it before sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) for the expertise network written to %1</source>
        <translation>
            <numerusform>%n case for the expertise network written to %1</numerusform>
            <numerusform>%n cases for the expertise network written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The moment the cases end before (UTC), for the same cases again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not a time in UTC; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;db&quot; needs a subcommand: install, migrate, status, check or backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;db backup&quot; needs --db URL and -o FILE and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;db backup&quot; copies an embedded SQLite database; back up a PostgreSQL database with pg_dump (or pg_basebackup for the whole server), as docs/operations.md describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to %2 (%3, %4 s); the copy passed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer of the tree equally likely, as before the documented distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;db check&quot; needs --db URL and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superuser logins (they can do anything; use them only to install): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weakness(es) found by %1 checks</source>
        <translation>
            <numerusform>%n weakness found by %1 checks</numerusform>
            <numerusform>%n weaknesses found by %1 checks</numerusform>
        </translation>
    </message>
    <message>
        <source>no weaknesses found by %1 checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database, with a superuser account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator&apos;s account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;db install&quot; needs --db URL and --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;db install&quot; is for the shared PostgreSQL database; the embedded SQLite database is made when the desktop first opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 added as admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 already exists; left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed: schema version %1, owned by ww_owner. From now on use %2&apos;s account, not a superuser: &quot;user add&quot; for accounts, &quot;db check&quot; to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about language</source>
        <translation>
            <numerusform>%n warning about language</numerusform>
            <numerusform>%n warnings about language</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory file with the parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat gateway the page may connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &quot;Snel weg&quot; leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree export-html&quot; needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree export-html&quot; needs -o FILE: the page to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o %1 would overwrite an input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: the tree&apos;s identity &quot;%2&quot; has %3 characters and a chat carries at most %4: shorten its &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the tree or the directory awaits review; the page says it is a trial version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written: tree %2, %n node(s)</source>
        <translation>
            <numerusform>%1 written: tree %2, %n node</numerusform>
            <numerusform>%1 written: tree %2, %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>agent, supervisor, admin, editor or gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;user add&quot; needs --role agent|supervisor|admin|editor|gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 has schema version %2 and keeps published versions from version %3 on: run &quot;wegwijzer-admin db migrate&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory file published with the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language warnings are errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree publish&quot; needs exactly one FILE, --note TEXT and --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published version %1: tree %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree list&quot; needs --db URL and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version of the tree has been published; desks use the tree they were shipped with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published version&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree export&quot; needs --version ID, -o FILE and --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version must be a version id as &quot;tree list&quot; shows it, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--directory-output must name a file other than -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would overwrite the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no published version %1; &quot;tree list&quot; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 written: tree %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree&quot; needs a subcommand: validate, walk, export-html, publish, list, export or diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--directory needs two files, the old directory and the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs one URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tree diff&quot; needs two tree files, OLD and NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--directory is for files; published versions have their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --db, OLD and NEW are version ids as &quot;tree list&quot; shows them, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;report tree&quot; needs --db URL, --version ID, --from DATE, --to DATE, --format csv|pdf and -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tree version &quot;%1&quot; is stored in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree analytics for %1 to %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s phone number: offers phone codes (needs --chat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone needs --chat: the chat gateway makes the phone codes</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;report&quot; needs a subcommand: monitoring, cases-for-network, tree or staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;report staffing&quot; needs --from DATE, --to DATE, --format csv|pdf, -o FILE and --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staffing figures for %1 to %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;settings&quot; needs show --db URL, or set wrapup-limit SECONDS --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wrap-up limit is a number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrap-up limit set to %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only supervisors and administrators read staffing figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators set the wrap-up maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::AgentStateStore</name>
    <message>
        <source>an agent state needs a known state and an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 state changes in the last hour: no more are recorded now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wrap-up maximum is %1 to %2 seconds, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::AgentStatusButton</name>
    <message>
        <source>&amp;Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status and the time in it. Break: F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on a call: choose Break after the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up runs over its maximum of %1: close the case (F9) or plan a follow-up (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on a call: choose Break or Other work after the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1, over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (over time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::AsyncStorage</name>
    <message>
        <source>the database cannot be reached</source>
        <translation>the database cannot be reached</translation>
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
    <name>ww::BusyLine</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CallOfferBar</name>
    <message>
        <source>Open a case for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new phone case for the answered call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current case; start no case for the answered call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CallerNumberConsent</name>
    <message>
        <source>Tick only when the caller agrees that the helpline keeps their phone number. Without a tick the number is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the caller&apos;s number (no number came with this call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the caller&apos;s number %1: the caller agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the caller&apos;s number: no number came with this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the caller&apos;s number %1: the caller agrees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseDataExport</name>
    <message>
        <source>tree step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged for the expertise network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseFieldsForm</name>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint route: how far the caller is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes, one or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;emes (one or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint &amp;route: how far is the caller?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not noted —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the caller speaks with you. For a language other than Dutch the referrals show whether each party is known to help in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down go through the themes, Space ticks or unticks one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (urgent contact)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseHeaderBar</name>
    <message>
        <source>On hold (F6 resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to close (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this case can be closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is on hold (F6 resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contact time: %n minute(s)</source>
        <translation>
            <numerusform>Contact time: %n minute</numerusform>
            <numerusform>Contact time: %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::CaseHistoryList</name>
    <message>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseLabels</name>
    <message>
        <source>Has not raised it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has talked to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has seen the confidential adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has filed a formal complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint route completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up continued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk taken over from the website (phone code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseListModel</name>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseLogExport</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseLogFileExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseLogModel</name>
    <message>
        <source>white spot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseLogQuery</name>
    <message>
        <source>the search text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error while preparing the case log on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error while reading the case log on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseLogView</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no white spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;White spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV with semicolons, for Excel in Dutch (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with commas (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) so far; more appear as you scroll</source>
        <translation>
            <numerusform>%n case so far; more appear as you scroll</numerusform>
            <numerusform>%n cases so far; more appear as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n case exported to %1.</numerusform>
            <numerusform>%n cases exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; reading stopped. Choose Show cases to read again.</source>
        <translation>
            <numerusform>%n case shown; reading stopped. Choose Show cases to read again.</numerusform>
            <numerusform>%n cases shown; reading stopped. Choose Show cases to read again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting the case log: %n case(s) written so far…</source>
        <translation>
            <numerusform>Exporting the case log: %n case written so far…</numerusform>
            <numerusform>Exporting the case log: %n cases written so far…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose Show cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case log was not exported; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write there, then export again. If it keeps happening, tell your administrator what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseReviewWriter</name>
    <message>
        <source>a review needs a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review comment may be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quality score must be from 1 to 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case for the expertise network needs a short summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary for the expertise network may be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseSaveRequest</name>
    <message>
        <source>the database answered a save with something unexpected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseSession</name>
    <message>
        <source>the tree %1 of this case cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up can be planned once the contact has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a follow-up date from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short instruction for the follow-up (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed case cannot be handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person who takes the case over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short note for the person who takes the case over (at most 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not handed over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who holds the case can hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer there to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the differences with the stored case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is being saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be saved right now, so it was not handed over. Try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseTimelineView</name>
    <message>
        <source>Timeline of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag for discussion in the expertise network (anonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality &amp;score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — opened %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged for the expertise network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything stored about this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the expertise network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and what went wrong, without names, places, schools, dates or phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and where the complaints system fell short. No names, places, schools, dates or phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked the summary: &amp;nobody can be recognised in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the net&amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the summary: %1 The network must not be able to recognise anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary may still say who it is about. Change it, or tick that you checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not exported; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case for the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped. To see the case, open it again from the case log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1, or you may not see it. Check the case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not exported: %1. Choose another folder or file name and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the case again from the case log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller&apos;s language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::CaseWorkspace</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case h&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the saving warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved: %1
Nothing you typed is lost: it stays on screen, and the case is saved again with your next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note you are typing (Ctrl+Return) or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Go on working: everything is kept on this computer and saved as soon as the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open right now by: %1. Notes from both are kept; other changes are merged when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by %1 to %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ChartPanel</name>
    <message>
        <source>Chart. The button below it shows the same numbers as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ChatConversation</name>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send tree text (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the question or advice the tree shows now, in the visitor&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor ended the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ChatDesk</name>
    <message>
        <source>&amp;Accept chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and flash for a new chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the chat service as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the chat service is lost; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat went back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor has been waiting too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on the website</source>
        <translation>
            <numerusform>%n step on the website</numerusform>
            <numerusform>%n steps on the website</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new chat is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who takes the chat over and write a note for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was transferred; its case, tree position and notes go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the chat&apos;s case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: the chat is offered to a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offered chat was not answered in time; it goes to a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague has taken the offered chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat is no longer offered to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status does not allow chats now. Set your status to available to take a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That colleague cannot take a chat now: not connected, not available or without room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat&apos;s case cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is tried again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The chat&apos;s case cannot be found. Tell your supervisor: they see the chat in the live view and can move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ChatOfferPanel</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the offered chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the offered chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter, or Enter on this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the offered chat (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the offered chat: it goes to a colleague (Ctrl+Shift+Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on the website</source>
        <translation>
            <numerusform>%n step on the website</numerusform>
            <numerusform>%n steps on the website</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat is offered to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat is offered to you: %1. Ctrl+Shift+Enter accepts, Ctrl+Shift+Backspace declines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answer within %n second(s).</source>
        <translation>
            <numerusform>Answer within %n second.</numerusform>
            <numerusform>Answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::ConnectionProblem</name>
    <message>
        <source>The database server %1 is not known on the network. Check the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 does not answer. It may be down or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database asks for the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Check the name in the address; an administrator makes the database once with &quot;wegwijzer-admin db install&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 on the database server. Check the user name, or ask an administrator to make the account.</source>
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
    <name>ww::DashboardView</name>
    <message>
        <source>Period &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per week by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per week by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals per party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spots per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where callers stop in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>week label: day and short month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring report for the expertise network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read; the charts show the numbers read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring report was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose Monitoring report again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose an end date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped; the charts show the numbers read before. Choose Show to load them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring report was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the numbers for the monitoring report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the numbers for the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring report was not written: %1. Choose another folder or file name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the monitoring report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement &quot;%1&quot; is missing from the program&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a statement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error while %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::DatabaseCheck</name>
    <message>
        <source>the check %1 is missing from the program&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check %1 could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an embedded SQLite database: it makes no multi-user promises, so there is nothing to check (see docs/security.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is older than %2, which enforces the security model; run &quot;db migrate&quot; as a superuser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::DatabaseUrl</name>
    <message>
        <source>the database URL is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an SQLite URL needs an absolute path, as in sqlite:///home/agent/wegwijzer.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the SQLite URL names a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL must not contain a password; use the login dialog, a prompt, PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected postgresql://USER@HOST:PORT/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database URL option &quot;%1&quot;; allowed are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must not contain spaces or semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL; use sqlite:///absolute/path.db or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be a whole number, not &quot;%2&quot;</source>
        <translation>the value of &quot;%1&quot; must be a whole number, not &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ww::DeskLogin</name>
    <message>
        <source>Connecting to the case database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::DeskPalette</name>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System colours</source>
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
    <message>
        <source>The case database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat gateway to take chats from: ws://HOST:PORT or wss://HOST:PORT (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chat must be ws://HOST:PORT or wss://HOST:PORT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop of Wegwijzer Desk, for helpline agents, chat operators and supervisors: walk a caller
through the decision tree, record the case and refer the caller to the party that can help.

A shared PostgreSQL database is opened with libpq&apos;s own means first (PGPASSWORD, ~/.pgpass);
otherwise the login dialog asks for the password. The address is remembered, the password never.
Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database: sqlite:///absolute/path.db or postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full]. Default: the shared database of the last login, else wegwijzer.db in the user&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::DirectCaseWork</name>
    <message>
        <source>the database cannot be reached</source>
        <translation type="unfinished">the database cannot be reached</translation>
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
</context>
<context>
    <name>ww::DraftOutline</name>
    <message>
        <source>Tree outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing node)</source>
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
        <source>%1 (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::DraftPreview</name>
    <message>
        <source>Preview of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has errors: this is the last version without errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has errors: fix them to try it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the draft as an agent would: keys 1–9 choose, Backspace goes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::FirstRunWizard</name>
    <message>
        <source>Welcome to Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the defaults; the assistant stays in the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the desk&apos;s menus and messages. The tree texts switch with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nederlands (Dutch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cases are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer for a desk on its own, or on the helpdesk&apos;s shared server so that colleagues and supervisors see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shared se&amp;rver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT department gives you the address. Your password is never part of it: the desk asks for it when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared server&apos;s address starts with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this assistant the desk asks for your password for the shared server, with the account name in the address. The password is never stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer you need no extra login: the cases belong to your computer account and are kept in your own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything has a key. F1 shows them all at any time, and they can be changed in the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most used keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language and where the cases are kept change at the next start of the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do at the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: call back to hear how the talk with the mentor went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::HandoverDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the case over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the person who takes the case over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they need to know: where the caller is now, what was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up your colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of colleagues cannot be read right now; you can type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing the case over…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::HeatControl</name>
    <message>
        <source>&amp;Busy nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the nodes by how many contacts passed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows in colour how many contacts passed each question and outcome of the tree in use. Small numbers stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of contacts are only available with the case database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting the contacts of the last %n day(s)…</source>
        <translation>
            <numerusform>Counting the contacts of the last day…</numerusform>
            <numerusform>Counting the contacts of the last %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few contacts in the last %n day(s) to show anything.</source>
        <translation>
            <numerusform>Too few contacts in the last day to show anything.</numerusform>
            <numerusform>Too few contacts in the last %n days to show anything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Colours: share of the contacts of the last %n day(s) (%1 in all) in tree %2.</source>
        <translation>
            <numerusform>Colours: share of the contacts of the last day (%1 in all) in tree %2.</numerusform>
            <numerusform>Colours: share of the contacts of the last %n days (%1 in all) in tree %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures cannot be read: %1. Check the network connection (VPN), then choose the period again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::HomeView</name>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2: new phone case · Shift+F2: new chat case · Enter: open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open or recent cases. Press F2 when a call comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tinue follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home: my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases, due follow-ups first, then recent cases. Enter opens a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the selected follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case… (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is read again as soon as the database answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::HtmlPdfWriter</name>
    <message>
        <source>writing a PDF needs the graphical part of Qt, which did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing the charts of a PDF needs Qt Widgets, which did not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::JargonList</name>
    <message>
        <source>&quot;%1&quot; must hold non-empty strings, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not supported; this program reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have 1 to %2 words (letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abbreviation &quot;%1&quot; needs &quot;explainedBy&quot;: the words it stands for</source>
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
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
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
    <name>ww::LanguageCheck</name>
    <message>
        <source>sentence of %1 words, more than %2 in a pupils&apos; branch: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence of %1 words, more than %2: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abbreviation &quot;%1&quot; is not written out in this text; write &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is jargon and not explained in this text; say &quot;%2&quot;, or explain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is jargon; say &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::LanguageNotice</name>
    <message>
        <source>Caller&apos;s language: %1. For each party below: what the directory knows about its languages and interpreters. Promise nothing that is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to help callers in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not help callers in %1, according to the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it helps callers in their language: not known. Ask the party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it helps callers in %1: not known. Ask the party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter: not known. Ask the party.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::LiveAgentsModel</name>
    <message>
        <source>%1 (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::LiveQueueModel</name>
    <message>
        <source>%1 (too long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::LiveView</name>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move chat to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected waiting chat to an agent you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type and high contrast, for the office (F11; Esc leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open cases could not be read; trying again in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody is available while %n chat(s) wait.</source>
        <translation>
            <numerusform>Nobody is available while %n chat waits.</numerusform>
            <numerusform>Nobody is available while %n chats wait.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in wrap-up longer than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1 has waited longer than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no chat gateway is set for this desktop. Start it once with --chat ws://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat gateway does not show the live view to this login: it is for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: changes show within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: connecting to the chat gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the connection to the chat gateway is gone. What you see is from %1; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a waiting chat first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 of %4 chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from the queue by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the chat cannot be moved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving chat %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected or has no room for another chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat could not be moved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::LoginDialog</name>
    <message>
        <source>Log in to the case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in… (Esc stops waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in was stopped. Check the address and try again.</source>
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
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;phone case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;hat case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone case opened; the call timer runs. F6 holds, F8 ends the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat case opened. F8 ends the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only until you continue the follow-up (F7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed case: read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ended. Complete the case: F9 closes it, F10 plans a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be closed yet: what is missing is listed at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the contact first (F8), then plan the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up planned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up continued: the case can be changed and closed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases use this tree; an open case keeps the tree it was walked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case handed over to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Work on %n case(s) was not saved when the desktop stopped (last change %1). Restore it now? If you choose No, it stays on this computer and you are asked again at the next start.</source>
        <translation>
            <numerusform>Work on %n case was not saved when the desktop stopped (last change %1). Restore it now? If you choose No, it stays on this computer and you are asked again at the next start.</numerusform>
            <numerusform>Work on %n cases was not saved when the desktop stopped (last change %1). Restore it now? If you choose No, it stays on this computer and you are asked again at the next start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work could not be restored yet: %1. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsaved work restored: %n case(s).</source>
        <translation>
            <numerusform>Unsaved work restored: %n case.</numerusform>
            <numerusform>Unsaved work restored: %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat queue and your open chats (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats — Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: your work is kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case… (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring unsaved work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases use version %1 of the tree; the open case keeps the tree it was started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases use version %1 of the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone case from &amp;website code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone case opened where the caller stopped on the website; the call timer runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree &amp;editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the decision tree, check it and publish it (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More case actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;ve view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents, waiting chats and alerts as they happen (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the contact on hold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up, but the case could not be read. End its contact with F8 when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours changed. A case or window opened again shows its own colours in them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you worked on this case, it was saved from another desktop. Choose per part which version to keep. Notes are kept from both: nothing written is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Part&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by the other&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep yours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: take the other: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merged case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage in the complaint route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path through the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no party fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), now at: %1</source>
        <translation>
            <numerusform>%n step, now at: %1</numerusform>
            <numerusform>%n steps, now at: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::Migrator</name>
    <message>
        <source>this program has no schema for the database %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, but this program knows only up to version %3; install a newer program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 of %2 must be installed once by a PostgreSQL superuser (wegwijzer-admin db install, see docs/operations.md); %3 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change the schema of %2: upgrades run as a member of ww_owner or as a superuser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::MonitoringDocument</name>
    <message>
        <source>Monitoring report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring report: social safety at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the expertise network. Compared with the period before (%1) and the same period a year earlier (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the questions were about. A contact can be about more than one theme, so the themes add up to more than all contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes over the last four quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of contacts per theme in each quarter. The chart shows the six largest themes of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A white spot is a contact where no party in the complaints system really fits. The agent chooses why from a fixed list; what the agent writes in their own words stays in the case and is not in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no party fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where white spots occur (this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of these contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where agents changed the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often agents took a party off the tree&apos;s advice, or added a party the tree did not suggest. Often the same change for one party can mean that a route in the tree does not fit; the network can look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons agents chose (this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party was removed or added 5 times or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only parties and reasons with counts of 5 or more are listed here; the CSV file has every count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes by caller and by school type (this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes reached and parties referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the walk through the tree ended most often, and which parties callers were referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other outcome(s) are in the CSV file.</source>
        <translation>
            <numerusform>%n other outcome is in the CSV file.</numerusform>
            <numerusform>%n other outcomes are in the CSV file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tree versions in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts are counted by the day they started, in Dutch time. The period before has the same length (the same number of whole months, or else of days); a year earlier is the same dates a year back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the charts a hidden count is drawn as 0; the table beside each chart says which counts are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report holds no names, no ids, no notes and nothing else the agent wrote in their own words. The CSV file has every count of this report in one table (period, dimension, value, label, count, suppressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six largest themes per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per caller (this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spots by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice changed most: twelve parties (this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s role, the type of school the question was about, and the language the caller spoke with the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::MonitoringReport</name>
    <message>
        <source>Counts below 5 are shown as &lt;5. Where a reader could work out such a count from other figures in this report (a total, another table, another period), more counts are shown as &lt;5, even when they are 5 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::MonitoringSummary</name>
    <message>
        <source>%1 more than in the period before (then %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fewer than in the period before (then %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as many as in the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than a year earlier (then %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fewer than a year earlier (then %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as many as a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1, and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were fewer than 5 contacts in this period, so the report shows hardly any figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period the helpline had %1 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most questions were about %1: %2 contacts (%3 of all contacts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next came %1 (%2) and %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme that rose most compared with the period before is %1: from %2 to %3 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were fewer than 5 white spots (contacts where no party really fits), or their number is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were %1 white spots: contacts where no party really fits (%2 of all contacts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason agents gave most often for a white spot: %1 (%2 times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most contacts came from: %1 (%2), then %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off the advice %1 times and added %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off the advice %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to the advice %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents changed the tree&apos;s advice most often for %1: %2. That may mean a route does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::NetworkVignettes</name>
    <message>
        <source>Cases for the expertise network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened from %1 to %2 that a supervisor chose for discussion in the network, with a summary that names nobody. Notes, chat transcripts, names and exact dates are not in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was chosen for the network in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken off (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path through the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::NodeForm</name>
    <message>
        <source>Node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree &amp;starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the agent in Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the agent in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent: acute danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;White spot: no party really fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens. Renaming also changes the answers that lead here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text (Dutch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (Englis&amp;h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the agent (Dutch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the agent (En&amp;glish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent or not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spot or not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::NotesPane</name>
    <message>
        <source>&amp;Saved notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved notes cannot be changed; select one and correct it with a new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected note with a new note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the correction; the note stays a normal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as you type. Ctrl+Return saves it as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note. It is kept as you type; Ctrl+Return saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next note corrects the note of %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrects the note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(corrected at %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::OfflineLine</name>
    <message>
        <source>Offline: the database cannot be reached; what this window shows may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::OptionsEditor</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer i&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (Dutch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets school type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets route stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the fields answer %1 fills in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove answer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move answer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point answer %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer</source>
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
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1. Other languages or an interpreter: not known; ask the party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1. Interpreter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1. Other languages: not known; ask the party. Interpreter: %2</source>
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
    <name>ww::PageAddress</name>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with %1:// (%2:// only for this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or a #fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name, a ?query or a #fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains characters a web page cannot use here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone &quot;%1&quot;: a phone number is 2 to 25 digits, spaces and hyphens, optionally after a +</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::PartyList</name>
    <message>
        <source>Parties in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue: check the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::PasswordFile</name>
    <message>
        <source>%1: cannot open the password file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password file is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password file can be read or changed by others (mode %2); allow its owner only: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the password file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password file is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the password file holds a control character (a second line?); put the password alone on the first line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::PasswordPrompt</name>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::PersonalDetailsCheck</name>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may be %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::PhoneCalls</name>
    <message>
        <source>Queue %1, no choices in the phone menu, language: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1, phone menu: %2, language: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone rings. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call was answered while a phone case is open. %1 Open a case for it, or keep the current case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone case opened for the answered call; the call timer runs from the answer. F6 holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up. Their case is now in wrap-up; open it from the list to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::PhoneCodeDialog</name>
    <message>
        <source>Phone case from a website code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller walked the questions on the website and has a code of 6 digits. Type it here: the case starts where the caller stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the phone case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code has %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s answers do not fit this tree. Start the case without the code (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such code. Check the digits with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has been used already. The caller can get a new code on the website, or start without a code (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired: a code works for 30 minutes. The caller can get a new code on the website, or start without a code (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was made on another version of the tree (%1) than this desk uses (%2). Start the case without the code (F2) and ask the questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes in the last minute. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code cannot be checked right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::PhoneCodeStore</name>
    <message>
        <source>no free phone code was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone codes are waiting already; try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::PhoneMenu</name>
    <message>
        <source>the phone menu is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone menu&apos;s &quot;format&quot; must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone menu choice &quot;%1&quot;: a choice is 1 to 16 of 0-9 A-Z a-z * # -, with a label in nl and en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone menu choice &quot;%1&quot;: &quot;%2&quot; is not a caller role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone menu language &quot;%1&quot;: &quot;%2&quot; is not a caller language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone menu&apos;s &quot;otherLanguage&quot; is not a caller language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ReferralPanel</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties yet. The tree suggests parties when it reaches an advice; you can also add a party below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does no party fit? (white spo&amp;t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for addin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party to add, from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the party as a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a party from the directory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why you add %1: it differs from the tree&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties were referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of reason why no party fits (white spot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no party fits (white spot), in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of reason for adding the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for adding the party, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why you add %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ReferralRow</name>
    <message>
        <source>Added by you. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the tree; removed. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm hand-over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when you handed the caller over in person, not only gave the contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 for this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why you remove %1: it differs from the tree&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of reason for removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for removing %1, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why you remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ReferralsEditor</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent says, in Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent says, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals of this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says (Dutch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a referral to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove referral %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move referral %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit referral %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ReportFormat</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ReportLanguage</name>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no translation for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ReportNames</name>
    <message>
        <source>(no outcome reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No white spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::RetentionJob</name>
    <message>
        <source>&quot;%1&quot; is not a period; write a number and d, w, m or y, such as 90d or 18m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 100 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ShortcutCatalog</name>
    <message>
        <source>Open a new phone case (the call timer starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new chat case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a phone case from a website code: the case starts where the caller stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the call on hold, or resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the contact: the case moves to wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case, or list what is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the case over to a colleague, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my cases (an open case stays in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go one step back in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the note field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chat queue and your open chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the question or advice the tree shows now, in the visitor&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to chat 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tree texts in English, for callers who speak English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another tree file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tree editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ShortcutHelp</name>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ShortcutKeys</name>
    <message>
        <source>%1 is needed for typing and moving between fields. Choose a key with Ctrl, or a function key such as F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt with a letter or digit opens the menus and jumps to fields. Choose a key with Ctrl, or a function key such as F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies, pastes or undoes in every text field. Choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the key for “%2”. Choose another key, or first give “%2” a different key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the key for “%2”, which cannot be changed. Choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shortcut cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the new key first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ShortcutSettingsDialog</name>
    <message>
        <source>&amp;Assign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change keyboard shortcuts — Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hortcuts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts that can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the new key, then Tab to Assign key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default key is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut has its default key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the key for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts — Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a key or a word; the arrow down key goes to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a key or a word, such as F9 or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::SqlCaseStore</name>
    <message>
        <source>adding or removing the party %1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::SqlFragments</name>
    <message>
        <source>the SQL fragment &quot;%1&quot; is missing from the program&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQL fragment &quot;%1&quot; refers to itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::SqliteBackup</name>
    <message>
        <source>the copy fails its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory; give the name of the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another file for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 to the disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::StaffingDocument</name>
    <message>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from %1, in Dutch time. Times are hours:minutes:seconds; handling runs from opening a case to the end of the contact, wrap-up from the end of the contact to closing the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per agent and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent states or contacts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::StaleCaseError</name>
    <message>
        <source>the case was changed by someone else since it was opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::StorageProblem</name>
    <message>
        <source>Check the network connection (VPN), then %1 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this keeps happening, tell your administrator what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection (VPN).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::SupervisorWindows</name>
    <message>
        <source>Case log — Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live view — Wegwijzer Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeAnalyticsDocument</name>
    <message>
        <source>Tree analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree %1, contacts opened from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where walks stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeDiff</name>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeDraft</name>
    <message>
        <source>%1: not a tree: there is no list of &quot;nodes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid version: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64 characters, beginning with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has no item %2 in &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts are written in Dutch (nl) or English (en), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use a-z, 0-9 and -, at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is where the tree starts; choose another start first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; cannot move further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node is already called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an outcome: outcomes have no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; already has an option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option cannot move further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option cannot set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a question: only outcomes are urgent or a white spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a question: only outcomes refer to parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referral cannot move further</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeEditorWindow</name>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems, preview and parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node by id or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every published change a new version, for example 2027.01-concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;answer to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move node &amp;up in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move node &amp;down in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the node&apos;s texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the draft as the new tree for every desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing is not available here: save the draft to a file and publish it with wegwijzer-admin tree publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) overdue</source>
        <translation>
            <numerusform>%n party overdue</numerusform>
            <numerusform>%n parties overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree editor — %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 added. Point an answer to it, or it cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 removed (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trees (*.tree.json);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trees (*.tree.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed? (one line; every desk shows it with the new tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is being published already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The draft has %n error(s); fix them first (see Problems).</source>
        <translation>
            <numerusform>The draft has %n error; fix it first (see Problems).</numerusform>
            <numerusform>The draft has %n errors; fix them first (see Problems).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tree editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeGraphView</name>
    <message>
        <source>Tree drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between the boxes; Ctrl+plus and Ctrl+minus zoom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeLanguageCheck</name>
    <message>
        <source>this language exception for &quot;%1&quot; excuses no warning in this node; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this language exception for the sentence &quot;%1&quot; excuses no warning in this node; remove it</source>
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
    <message>
        <source>a language exception must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong to rule &quot;%2&quot;; use &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeVersionBar</name>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the new version of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases use it; an open case keeps the tree it was started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current tree for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of the tree is available (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::TreeVersions</name>
    <message>
        <source>the note must say what changed; it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note has %1 characters; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note must be one line without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content has %1 bytes; at most %2 can be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing needs the name of who publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory of %1 does not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tree of %1 does not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tree of %1 is not the tree its identity names</source>
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
    <message>
        <source>%1 Key %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::UserGuides</name>
    <message>
        <source>Guide for agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for content managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for &amp;agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for s&amp;upervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for co&amp;ntent managers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ValidationList</name>
    <message>
        <source>Problems in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: go to node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the draft is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::VocabularyNames</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential adviser (vertrouwenspersoon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school (po)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special school (so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary school (vo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational school (mbo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other school type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>po</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion of LGBTI pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary-crossing behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radicalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for special needs (passend onderwijs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission, suspension or expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship with the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint not handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happens outside school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints committee for this school or question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step taken, the problem remains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can make the school act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller wants an investigation or an answer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member without support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller has already been there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit this situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller does not want it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller first talks to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the question better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs here, but the tree does not name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra support beside the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller asked about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch, with difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::WrapUpRules</name>
    <message>
        <source>End the contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how far the caller is in the complaint route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why no party fits (white spot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why no party fits (white spot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to at least one party, or walk the tree to a white spot.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;call&quot; needs the subcommand simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--menu &quot;%1&quot; is not a menu choice (1 to 16 of 0-9 A-Z a-z * # -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway &quot;%1&quot; is not a ws:// or wss:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--caller-number must be an optional + and 1 to 19 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs seconds from 0 to 86400, or -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agent is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-file is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::chat::CallSimulator</name>
    <message>
        <source>the gateway closed the connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway refused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 offered to %2; it rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter answers (or it is answered in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hangs up in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter hangs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::chat::ChatWriteBatch</name>
    <message>
        <source>the database cannot be reached</source>
        <translation>the database cannot be reached</translation>
    </message>
</context>
<context>
    <name>ww::chat::ChatdCli</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT with an IP address and a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Qt has no TLS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, without a passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 has schema version %2; run &quot;wegwijzer-admin db migrate&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped tree does not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file is for a PostgreSQL database; an SQLite file needs no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the telephony secret is shorter than %2 characters; make one with &quot;openssl rand -base64 33&quot;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--health-listen needs another port than --listen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::chat::GatewayService</name>
    <message>
        <source>cannot listen on %1 for health checks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "export/messagecolumns.h"
#include "exportoptions.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

bool looksLikePassphraseOption(const QString &name)
{
    const QString n = name.toLower();
    return n.contains("passphrase"_L1) || n.contains("password"_L1) || n == "pass"_L1;
}

// The output options of a list export, then the command's own.
QList<OptionSpec> recordExportOptions(const QList<OptionSpec> &own)
{
    return own
        + ExportOptions::optionSpecs(CommandLine::tr(
            "CSV columns in this order, by their flattened names (e.g. id,attributes.membersCount); default: "
            "every column, in order of first appearance."));
}

QString recordExportDetails(const QString &what)
{
    return what
        + CommandLine::tr(
            " JSON and JSON Lines items are the server's objects unchanged, with the tool's own values under "
            "\"_inspector\" (as with --json). CSV columns are their flattened keys: nested objects as dotted "
            "paths, arrays as JSON text, 64-bit integers exact. The file is written atomically once the list "
            "is "
            "complete; the report goes to standard error.");
}

QString optionLine(const OptionSpec &o)
{
    QString left = u"  --"_s + o.name;
    if (!o.valueName.isEmpty())
        left += u' ' + o.valueName + (o.multi ? u"..."_s : QString());
    if (left.size() < 26)
        return left.leftJustified(26) + o.help + u'\n';
    return left + u'\n' + QString(26, u' ') + o.help + u'\n';
}

} // namespace

const QList<OptionSpec> &CommandLine::globalOptions()
{
    static const QList<OptionSpec> options {
        {u"pod"_s, u"URL"_s,
            tr("The pod, e.g. https://acme.symphony.com (context /pod when the URL has no path).")},
        {u"agent"_s, u"URL"_s, tr("The agent (default: the pod's host with /agent).")},
        {u"key-manager"_s, u"URL"_s, tr("The key manager (default: the pod's host with /relay).")},
        {u"login"_s, u"URL"_s, tr("The login service (default: the pod's host with /login).")},
        {u"demo"_s, {}, tr("Start the embedded demo pod on 127.0.0.1 and use its bot.")},
        {u"bot-username"_s, u"NAME"_s, tr("Authenticate as this bot, with --private-key.")},
        {u"private-key"_s, u"FILE"_s, tr("The bot's RSA private key (PEM).")},
        {u"cert"_s, u"FILE"_s, tr("Authenticate with this client certificate (PEM with key, or PKCS#12).")},
        {u"session-token-file"_s, u"FILE"_s,
            tr("Read the session token from FILE (- for standard input), or set SYMPHONY_SESSION_TOKEN.")},
        {u"km-token-file"_s, u"FILE"_s,
            tr("Read the key manager token from FILE (- for standard input), or set SYMPHONY_KM_TOKEN.")},
        {u"session-token"_s, u"TOKEN"_s,
            tr("Use this session token (shows in the process list: prefer --session-token-file).")},
        {u"km-token"_s, u"TOKEN"_s,
            tr("Use this key manager token (shows in the process list: prefer --km-token-file).")},
        {u"ca-file"_s, u"FILE"_s, tr("Also trust the CA certificates of this PEM file.")},
        {u"proxy"_s, u"URL"_s, tr("Use this proxy: http://host:port or socks5://host:port.")},
        {u"timeout"_s, u"SECONDS"_s, tr("Give up on a request after this many seconds (default 30).")},
        {u"json"_s, {},
            tr("Print one JSON array: the server's objects, derived values under \"_inspector\".")},
        {u"help"_s, {}, tr("Show help (also: COMMAND --help).")},
    };
    return options;
}

const QList<CommandSpec> &CommandLine::commands()
{
    static const QList<CommandSpec> commands {
        {u"health"_s, {}, tr("Check the agent's components (pod, key manager, datafeed, service users)."),
            tr("Calls /agent/v3/health/extended and prints each component UP or DOWN with its message. "
               "Exits with 7 when any component is DOWN. No credentials needed."),
            {}, 0, 0, true, false},
        {u"info"_s, {}, tr("Show the agent's version and host."),
            tr("Calls /agent/v1/info. No credentials needed."), {}, 0, 0, true, false},
        {u"session"_s, {}, tr("Show who the session belongs to and how long its tokens live."),
            tr("Calls /pod/v2/sessioninfo and shows the session token's expiry (from its JWT \"exp\", or "
               "\"opaque\") and whether a key manager token is in use."),
            {}, 0, 0},
        {u"streams"_s, {},
            tr("List streams (the caller's, the enterprise's with --admin, a user's with --user)."),
            tr("Lists the streams the caller is a member of (/pod/v1/streams/list), every stream of the "
               "enterprise (--admin, /pod/v2/admin/streams/list) or the streams of one user (--user, "
               "admin)."),
            {{u"admin"_s, {}, tr("List every stream of the enterprise (needs an admin role).")},
                {u"user"_s, u"UID"_s, tr("List the streams of this user id (needs an admin role).")},
                {u"type"_s, u"T,..."_s, tr("Only these types: IM, MIM, ROOM, POST (comma-separated).")},
                {u"include-inactive"_s, {}, tr("Include inactive streams.")}},
            0, 0},
        {u"rooms"_s, u"QUERY"_s, tr("Search rooms by name, description or keyword."),
            tr("Calls /pod/v3/room/search with {\"query\": QUERY}."), {}, 1, -1},
        {u"members"_s, u"STREAM"_s, tr("List the members of a stream."),
            tr("Rooms: /pod/v2/room/{id}/membership/list. Other streams, or with --admin: the admin "
               "membership list /pod/v1/admin/stream/{id}/membership/list."),
            {{u"admin"_s, {}, tr("Use the admin membership list (names and emails; needs an admin role).")}},
            1, 1},
        {u"messages"_s, u"STREAM"_s, tr("List the messages of a stream, oldest first."),
            tr("Reads /agent/v4/stream/{sid}/message page by page. Repeated deliveries of one message "
               "(cross-pod delivery is at-least-once) are dropped unless --keep-duplicates; the count goes "
               "to standard error. Times are epoch milliseconds or ISO 8601 (UTC unless a zone is given)."),
            {{u"since"_s, u"TIME"_s, tr("From this time (default: the beginning).")},
                {u"until"_s, u"TIME"_s, tr("Up to and including this time.")},
                {u"limit"_s, u"N"_s, tr("At most N messages (the oldest N).")},
                {u"keep-duplicates"_s, {}, tr("Keep repeated deliveries of one message.")}},
            1, 1},
        {u"message"_s, u"ID"_s, tr("Show one message."), tr("Calls /agent/v1/message/{id}."), {}, 1, 1},
        {u"search"_s, u"QUERY"_s, tr("Search messages."),
            tr("A QUERY with field:value terms (text, author, hashtag, cashtag, mention, signal, fromDate, "
               "toDate, streamId, streamType, joined with AND) goes to GET /agent/v1/message/search?query=. "
               "Plain words are a text search, which Symphony allows only within one stream: give --stream."),
            {{u"stream"_s, u"ID"_s, tr("Search in this stream (required for plain words).")},
                {u"limit"_s, u"N"_s, tr("At most N results.")},
                {u"keep-duplicates"_s, {}, tr("Keep repeated deliveries of one message.")}},
            1, -1},
        {u"receipts"_s, u"MESSAGE"_s, tr("Show who received and read a message."),
            tr("Reads every page of /pod/v1/admin/messages/{id}/receipts (needs the Content Management "
               "role)."),
            {}, 1, 1},
        {u"status"_s, u"MESSAGE"_s, tr("Show a message's read, delivered and sent lists."),
            tr("Calls /pod/v1/message/{id}/status."), {}, 1, 1},
        {u"attachments"_s, u"STREAM"_s, tr("List (and download) the attachments of a stream."),
            tr("Lists /pod/v1/streams/{sid}/attachments. With --download, each file is fetched, decoded "
               "from Base64 and written atomically into DIR under a sanitised name."),
            {{u"download"_s, u"DIR"_s, tr("Save every attachment into this directory.")}}, 1, 1},
        {u"signals"_s, u"[ID]"_s, tr("List the signals, or show one."),
            tr("Calls /agent/v1/signals/list, or /agent/v1/signals/{id}/get with an ID."), {}, 0, 1},
        {u"users"_s, u"[ID...]"_s, tr("Look users up by id, email or username."),
            tr("Calls /pod/v3/users in batches of 100. --email and --username take every following word up "
               "to the next option. Exits with 6 when a value matched nobody."),
            {{u"email"_s, u"E"_s, tr("Look up these email addresses."), true},
                {u"username"_s, u"U"_s, tr("Look up these usernames."), true},
                {u"local"_s, {}, tr("Only this pod's users (default: also visible users of other pods).")}},
            0, -1},
        {u"id"_s, u"ID"_s, tr("Explain a message or stream id (offline)."),
            tr("Shows both Base64 forms, whether the id is valid, its decoded length and, for 25-byte ids, "
               "the creation time and kind read from the id's byte layout (inferred, not documented by "
               "Symphony). Use -- before an id that starts with --."),
            {}, 1, 1, false, false},
        {u"export"_s, u"STREAM..."_s, tr("Export the messages of streams to CSV, JSON, JSON Lines or HTML."),
            tr("Reads /agent/v4/stream/{sid}/message page by page and writes each page as it comes (memory "
               "stays "
               "flat). Repeated deliveries of one message are dropped unless --no-dedupe. The file is "
               "written "
               "atomically: an export that fails or is interrupted (Ctrl+C, exit code 130) leaves no partial "
               "file "
               "and a previous file at the path unchanged; standard output (-) cannot be atomic. JSON items "
               "are "
               "the server's V4Message objects with derived values under \"_inspector\" (standard id, ISO "
               "time, "
               "plain text, duplicates). The closing report on standard error gives the messages written, "
               "duplicates dropped, characters replaced by U+FFFD, CSV cells guarded, bytes, time and files; "
               "progress is shown when standard error is a terminal. CSV columns: %1.")
                .arg(Export::MessageColumns::defaultNames().join(u", "_s)),
            QList<OptionSpec> {{u"since"_s, u"TIME"_s,
                                   tr("From this time (epoch ms or ISO 8601; default: the "
                                      "beginning).")},
                {u"until"_s, u"TIME"_s, tr("Up to and including this time.")},
                {u"split"_s, {}, tr("One file per stream: FILE's name with -STREAMID before the suffix.")},
                {u"no-dedupe"_s, {}, tr("Keep repeated deliveries of one message.")}}
                + ExportOptions::optionSpecs(
                    tr("CSV columns in this order (names below; case does not matter); default: all."))
                + ExportOptions::htmlOptionSpecs(),
            1, -1},
        {u"export-search"_s, u"QUERY"_s, tr("Export the results of a message search."),
            tr("Searches as \"search\" does (field:value terms, or plain words with --stream) and writes the "
               "results like \"export\": same formats, options, atomic file and report."),
            QList<OptionSpec> {
                {u"stream"_s, u"ID"_s, tr("Search in this stream (required for plain words).")},
                {u"limit"_s, u"N"_s, tr("Read at most N results.")},
                {u"no-dedupe"_s, {}, tr("Keep repeated deliveries of one message.")}}
                + ExportOptions::optionSpecs(
                    tr("CSV columns in this order (see export --help for the names); default: all."))
                + ExportOptions::htmlOptionSpecs(),
            1, -1},
        {u"export-streams"_s, {}, tr("Export the streams with their member counts."),
            recordExportDetails(tr(
                "Exports the caller's streams (/pod/v1/streams/list), or every stream of the enterprise with "
                "--admin. Member counts and last message dates come from the enterprise list when the "
                "account "
                "may read it, else from /pod/v2/streams/{sid}/info per stream (a room's count from its "
                "membership list); _inspector.countsFrom says which (admin-list, stream-info, "
                "room-members).")),
            recordExportOptions(
                {{u"admin"_s, {}, tr("Every stream of the enterprise (needs an admin role).")},
                    {u"type"_s, u"T,..."_s, tr("Only these types: IM, MIM, ROOM, POST (comma-separated).")},
                    {u"include-inactive"_s, {}, tr("Include inactive streams.")}}),
            0, 0},
        {u"export-members"_s, u"STREAM"_s, tr("Export the members of a stream."),
            recordExportDetails(tr("The list of \"members\" (room membership, or the admin list).")),
            recordExportOptions({{u"admin"_s, {},
                tr("Use the admin membership list (names and emails; needs an admin role).")}}),
            1, 1},
        {u"export-receipts"_s, u"MESSAGE"_s, tr("Export who received and read a message."),
            recordExportDetails(tr("The receipts of \"receipts\", every page.")), recordExportOptions({}), 1,
            1},
        {u"export-status"_s, u"MESSAGE"_s, tr("Export a message's read, delivered and sent lists."),
            recordExportDetails(tr("One item per user of \"status\", _inspector.state telling its list.")),
            recordExportOptions({}), 1, 1},
        {u"export-signals"_s, {}, tr("Export the signals."),
            recordExportDetails(tr("The list of \"signals\".")), recordExportOptions({}), 0, 0},
        {u"export-users"_s, u"[ID...]"_s, tr("Export users looked up by id, email or username."),
            recordExportDetails(
                tr("The users \"users\" finds. Values that matched nobody are named on standard "
                   "error and make the exit code 6; the users found are still written.")),
            recordExportOptions({{u"email"_s, u"E"_s, tr("Look up these email addresses."), true},
                {u"username"_s, u"U"_s, tr("Look up these usernames."), true},
                {u"local"_s, {}, tr("Only this pod's users.")}}),
            0, -1},
        {u"export-health"_s, {}, tr("Export the agent's extended health report."),
            recordExportDetails(
                tr("The report of \"health\" as one item. Exits with 7 when a component is DOWN, "
                   "after writing the file.")),
            recordExportOptions({}), 0, 0, true, false},
        {u"pml"_s, u"[FILE|-]"_s,
            tr("Render a message body (PresentationML) as text or safe HTML (offline)."),
            tr("Reads PresentationML (a V4Message's \"message\") from FILE or standard input and prints it "
               "the "
               "way the inspector shows and exports it: --text (the default) as plain text (mentions, lists, "
               "tables, links with their URL), --html as the safe HTML of the preview (an allowlist; "
               "scripts, "
               "styles and unsafe links removed). What was dropped or refused is listed on standard error. "
               "--data gives the message's entity JSON (its \"data\") for mentions, hashtags and cashtags."),
            {{u"text"_s, {}, tr("Print plain text (the default).")},
                {u"html"_s, {}, tr("Print the safe HTML.")},
                {u"data"_s, u"FILE"_s, tr("The message's entity JSON (EntityJSON).")}},
            0, 1, false, false},
        {u"feed"_s, {}, tr("Print or capture live events of the datafeed or the datahose as they arrive."),
            tr("Reads the datafeed (reusing the account's feed with our tag, creating one only when there is "
               "none) or, with --datahose, the datahose (every conversation of the pod; an add-on). Each "
               "event is "
               "written as the server's V4Event with derived fields under \"_inspector\", one JSON object "
               "per "
               "line. With --output the events go to a capture that survives a kill: each batch is written "
               "and "
               "synced to disk before it is acknowledged, and FILE.state.json beside it lets --resume "
               "continue "
               "where the capture stopped, each event stored exactly once (a datafeed that expired on the "
               "server "
               "meanwhile is reported as a gap). --format json or csv writes FILE from the capture (kept as "
               "FILE.capture.jsonl) when the feed stops. Repeated deliveries are dropped (same type, id, "
               "timestamp and message id) and counted. Ctrl+C stops at once and acknowledges nothing that "
               "was "
               "not written (exit 130)."),
            {{u"datahose"_s, {}, tr("Read the datahose instead of the datafeed.")},
                {u"types"_s, u"T,..."_s,
                    tr("Event types (MESSAGESENT, ROOMCREATED, …) or \"all\"; the datahose's default is "
                       "all.")},
                {u"tag"_s, u"TAG"_s,
                    tr("The feed's tag (datafeed: at most 100 characters; datahose: 1 to 80). Default: "
                       "symphony-inspector-BOT or datahose-BOT.")},
                {u"max-events"_s, u"N"_s, tr("Stop after N new events.")},
                {u"duration"_s, u"SECONDS"_s, tr("Stop after this many seconds.")},
                {u"output"_s, u"FILE"_s, tr("Capture to FILE instead of printing.")},
                {u"format"_s, u"FORMAT"_s, tr("jsonl (default), json or csv (json and csv need --output).")},
                {u"resume"_s, {}, tr("Continue the capture in --output FILE from its state file.")},
                {u"archive"_s, u"ARCHIVE"_s,
                    tr("Store the events in an archive (file or postgresql:// URL), each batch committed "
                       "before it is acknowledged; see archive events.")}},
            0, 0},
        {u"feeds"_s, {}, tr("List the account's active datafeeds, or delete one."),
            tr("Calls GET /agent/v5/datafeeds. A pod allows only a few active datafeeds per account (20): "
               "--delete ID removes a stale one (DELETE /agent/v5/datafeeds/ID)."),
            {{u"delete"_s, u"ID"_s, tr("Delete this datafeed.")}}, 0, 0},
        {u"archive sync"_s, u"ARCHIVE"_s,
            tr("Fetch streams and messages into an archive (SQLite file or postgresql:// URL), "
               "incrementally."),
            tr("ARCHIVE is a file (created with mode 0600) or postgresql://user@host:port/database (the "
               "password from PGPASSWORD or ~/.pgpass, never the command line). A first sync reads each "
               "stream from --since (default: its beginning); later ones read from the newest stored time "
               "minus --lookback (default P7D), so late deliveries, edits and suppressions are seen. A "
               "message is stored once by its id; changed content is kept as a new revision beside the "
               "old one; a message the pod no longer returns inside the window is marked missing, never "
               "deleted. Each page is committed with its stream's cursor: after a kill or Ctrl+C the next "
               "sync carries on and nothing is stored twice."),
            {{u"streams"_s, u"ID"_s, tr("These streams (ids, or comma-separated)."), true},
                {u"mine"_s, {}, tr("The account's own streams (the default).")},
                {u"admin"_s, {}, tr("Every stream of the enterprise (an administrator's account).")},
                {u"type"_s, u"T,..."_s, tr("Only these stream types: IM, MIM, ROOM, POST.")},
                {u"include-inactive"_s, {}, tr("Inactive streams too.")},
                {u"since"_s, u"TIME"_s, tr("Oldest message time of a first sync (epoch ms or ISO 8601).")},
                {u"lookback"_s, u"DURATION"_s,
                    tr("What each later sync reads again, as P7D, PT12H (default P7D).")},
                {u"members"_s, {}, tr("Also keep the members as intervals (administrator's listing).")},
                {u"receipts"_s, {},
                    tr("Also keep each message's receipts (administrator's listing; one request per "
                       "message read).")},
                {u"attachments"_s, {},
                    tr("Also download the attachments' files: beside a SQLite archive in ARCHIVE.files/, "
                       "named by their SHA-256; in a PostgreSQL archive as rows of attachment_file. A file "
                       "is fetched once; a failed download is retried by the next sync.")},
                {u"concurrency"_s, u"N"_s, tr("Streams read at once, 1 to 32 (default 4).")}},
            1, 1},
        {u"archive info"_s, u"ARCHIVE"_s, tr("What an archive holds: pod, runs, counts, size; offline."), {},
            {}, 1, 1, false, false},
        {u"archive upgrade"_s, u"ARCHIVE"_s,
            tr("Bring an archive to this program's schema version (archive sync does it too)."), {}, {}, 1, 1,
            false, false},
        {u"archive streams"_s, u"ARCHIVE"_s,
            tr("The streams of an archive with their message counts; offline."), {}, {}, 1, 1, false, false},
        {u"archive messages"_s, u"ARCHIVE STREAM"_s, tr("A stream's stored messages, oldest first; offline."),
            tr("--json writes each message as the server sent it, with the archive's view under "
               "\"_inspector\": its revision, the runs that saw it, and with --revisions every earlier "
               "version."),
            {{u"since"_s, u"TIME"_s, tr("Messages from this time on.")},
                {u"until"_s, u"TIME"_s, tr("Messages up to this time.")},
                {u"revisions"_s, {}, tr("List every version of a revised message.")}},
            2, 2, false, false},
        {u"archive search"_s, u"ARCHIVE WORDS..."_s,
            tr("Full-text search over message text, sender and stream name; offline."),
            tr("Every word must match, in any version of a message's text; \"a phrase\" matches words "
               "in a row, and word* matches a prefix. Newest first."),
            {{u"limit"_s, u"N"_s, tr("At most N messages (default 100).")}}, 2, -1, false, false},
        {u"archive export"_s, u"ARCHIVE STREAM..."_s,
            tr("Export streams' messages from an archive, with every option of export; offline."),
            tr("Writes what export writes for the same messages, byte for byte (the server's objects are "
               "kept as they came), from the archive alone: the latest version of each message, in the "
               "pod's order."),
            QList<OptionSpec> {{u"since"_s, u"TIME"_s, tr("From this time (epoch ms or ISO 8601).")},
                {u"until"_s, u"TIME"_s, tr("Up to and including this time.")},
                {u"split"_s, {}, tr("One file per stream: FILE's name with -STREAMID before the suffix.")},
                {u"no-dedupe"_s, {}, tr("Keep repeated deliveries of one message.")}}
                + ExportOptions::optionSpecs(
                    tr("CSV columns in this order (names below; case does not matter); default: all."))
                + ExportOptions::htmlOptionSpecs(),
            2, -1, false, false},
        {u"archive diff"_s, u"ARCHIVE"_s, tr("What changed between two runs; offline."),
            tr("Streams added, renamed, deactivated; members joined or left and owner changes; messages new, "
               "edited (a new version replacing one, or changed content), suppressed, or missing (no longer "
               "returned by the pod). Default: the last two finished syncs. As a table, --json, or --format "
               "csv."),
            {{u"from"_s, u"RUN"_s, tr("Changes after this run (default: the finished sync before --to).")},
                {u"to"_s, u"RUN"_s, tr("Changes up to this run (default: the last finished sync).")},
                {u"format"_s, u"FORMAT"_s, tr("table (default) or csv.")}},
            1, 1, false, false},
        {u"archive coverage"_s, u"ARCHIVE [STREAM]"_s,
            tr("Messages per day or week per stream, and the periods no sync read; offline."),
            tr("A period is covered when a sync's pass over the stream read all of it (a pass reads "
               "everything from where it starts to where it stops, even when the run was killed). Gaps "
               "are listed on standard error."),
            {{u"by"_s, u"PERIOD"_s, tr("day (default) or week.")}}, 1, 2, false, false},
        {u"archive receipts"_s, u"ARCHIVE STREAM [MESSAGE]"_s,
            tr("Who received, read or was e-mailed the stored messages (archive sync --receipts); offline."),
            tr("--json writes each receipt as the server sent it last, with the message and runs under "
               "\"_inspector\". A time once seen is kept."),
            {}, 2, 3, false, false},
        {u"archive attachments"_s, u"ARCHIVE STREAM [MESSAGE]"_s,
            tr("The attachments of the stored messages and their kept files (archive sync "
               "--attachments); offline."),
            tr("Lists each attachment with its file's state: kept (with its SHA-256), failed (with why) or "
               "not downloaded. --save DIR writes the kept files into DIR under their sanitised names "
               "(name (2).ext when taken; nothing is replaced or followed)."),
            {{u"save"_s, u"DIR"_s, tr("Write the kept files into this directory.")}}, 2, 3, false, false},
        {u"archive events"_s, u"ARCHIVE"_s,
            tr("The live events that feed --archive stored, oldest first; offline."),
            tr("--json writes each event as the server sent it (a V4Event), with the run that stored it "
               "under "
               "\"_inspector\"."),
            {{u"since"_s, u"TIME"_s, tr("Events from this time on.")},
                {u"until"_s, u"TIME"_s, tr("Events up to this time.")},
                {u"types"_s, u"T,..."_s, tr("Only these event types (MESSAGESENT, ROOMCREATED, …).")}},
            1, 1, false, false},
        {u"archive verify"_s, u"ARCHIVE"_s, tr("Check an archive from end to end; offline."),
            tr("The database's own integrity check, the search index, every kept version against its "
               "SHA-256, every kept attachment file against its SHA-256, versions without gaps, each run's "
               "counts against what it stored, membership "
               "intervals. Exits 8 when a check finds a problem (each is named on standard error)."),
            {}, 1, 1, false, false},
    };
    return commands;
}

const CommandSpec *CommandLine::command(const QString &name)
{
    for (const CommandSpec &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString CommandLine::value(const QString &option) const
{
    const QStringList v = m_values.value(option);
    return v.isEmpty() ? QString() : v.constLast();
}

Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    const CommandSpec *spec = nullptr;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        const bool isOption = !optionsEnded && arg.startsWith("--"_L1) && arg.size() > 2;
        if (!optionsEnded && arg == "--"_L1) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && (arg == "-h"_L1 || arg == "--help"_L1)) {
            result.m_help = true;
            continue;
        }
        if (!isOption) {
            if (!spec) {
                // `archive sync`, `archive info`, …: one command of two words.
                if (arg == "archive"_L1) {
                    const QString two = arg + u' ' + arguments.value(i + 1);
                    if (!command(two)) {
                        QStringList words;
                        for (const CommandSpec &c : commands()) {
                            if (c.name.startsWith("archive "_L1))
                                words.append(c.name.mid(8));
                        }
                        return LocalError(tr("\"archive\" needs one of: %1.").arg(words.join(u", "_s)));
                    }
                    spec = command(two);
                    result.m_command = two;
                    ++i;
                    continue;
                }
                spec = command(arg);
                if (!spec)
                    return LocalError(tr("Unknown command \"%1\"; see --help for the list.").arg(arg));
                result.m_command = arg;
            } else {
                result.m_arguments.append(arg);
            }
            continue;
        }

        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (looksLikePassphraseOption(name))
            return LocalError(
                tr("--%1: a passphrase is never taken on the command line (it would show in the process "
                   "list and the shell history); set SYMPHONY_KEY_PASSPHRASE or type it when asked.")
                    .arg(name));
        const OptionSpec *option = findOption(globalOptions(), name);
        if (!option && spec)
            option = findOption(spec->options, name);
        if (!option) {
            return LocalError(spec
                    ? tr("Unknown option --%1 for \"%2\"; see %2 --help.").arg(name, spec->name)
                    : tr("Unknown option --%1; see --help.").arg(name));
        }
        if (option->name == "help"_L1) {
            result.m_help = true;
            continue;
        }
        QStringList &values = result.m_values[option->name];
        if (option->valueName.isEmpty()) {
            if (inlineValue)
                return LocalError(tr("--%1 takes no value.").arg(name));
            values.append(QString());
            continue;
        }
        if (inlineValue) {
            values.append(*inlineValue);
        } else if (i + 1 < arguments.size()
            && !(arguments.at(i + 1).startsWith("--"_L1) && arguments.at(i + 1).size() > 2)) {
            values.append(arguments.at(++i));
        } else
            return LocalError(tr("--%1 needs a value (%2).").arg(name, option->valueName));
        if (option->multi) {
            while (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith("--"_L1)
                && arguments.at(i + 1) != "-h"_L1)
                values.append(arguments.at(++i));
        }
        if (values.constLast().trimmed().isEmpty())
            return LocalError(tr("--%1 needs a value (%2), not an empty one.").arg(name, option->valueName));
    }

    if (result.m_help)
        return result;
    if (!spec)
        return LocalError(tr("No command given; see --help."));
    const qsizetype n = result.m_arguments.size();
    if (n < spec->minArguments)
        return LocalError(tr("\"%1\" needs %2; see %1 --help.").arg(spec->name, spec->arguments));
    if (spec->maxArguments >= 0 && n > spec->maxArguments)
        return LocalError(spec->maxArguments == 0
                ? tr("\"%1\" takes no argument, got \"%2\".").arg(spec->name, result.m_arguments.constFirst())
                : tr("\"%1\" takes %2, got %3 arguments: \"%4\".")
                      .arg(spec->name, spec->arguments)
                      .arg(n)
                      .arg(result.m_arguments.join(u' ')));
    return result;
}

QString CommandLine::helpText()
{
    QString text = tr("Usage: symphony-inspector-cli [connection options] COMMAND [args]\n"
                      "Inspect a Symphony Messaging pod from the command line.\n\nCommands:\n");
    qsizetype width = 0;
    for (const CommandSpec &c : commands())
        width = std::max(width, c.name.size());
    for (const CommandSpec &c : commands())
        text += QString(u"  "_s + c.name).leftJustified(width + 4) + c.summary + u'\n';
    text += tr("\nConnection and output options:\n");
    for (const OptionSpec &o : globalOptions())
        text += optionLine(o);
    text += tr(
        "\nA URL without a path gets the service's standard context (/pod, /agent, /relay, /login); "
        "a URL with a path uses that path; a lone / means no context.\n"
        "Passphrases of keys and certificates come from SYMPHONY_KEY_PASSPHRASE or, on a terminal, "
        "a prompt; never from an option.\n"
        "\nExit codes: 0 success, 1 a local file could not be written, 2 usage, 3 authentication or "
        "permission, 4 network, TLS or timeout, 5 server error or bad response, 6 not found, 7 health found "
        "a component DOWN, 8 archive verify found a problem, 130 interrupted (Ctrl+C).\n"
        "See symphony-inspector-cli COMMAND --help for a command's options.\n");
    return text;
}

QString CommandLine::helpText(const CommandSpec &command)
{
    QString text = tr("Usage: symphony-inspector-cli [connection options] %1").arg(command.name);
    if (!command.options.isEmpty())
        text += tr(" [options]");
    if (!command.arguments.isEmpty())
        text += u' ' + command.arguments;
    text += u"\n"_s + command.summary + u"\n\n"_s + command.details + u'\n';
    if (!command.options.isEmpty()) {
        text += tr("\nOptions:\n");
        for (const OptionSpec &o : command.options)
            text += optionLine(o);
    }
    text += tr("\nConnection and output options: see symphony-inspector-cli --help.\n");
    return text;
}

} // namespace Inspector::Cli

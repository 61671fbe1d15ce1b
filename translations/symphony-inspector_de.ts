<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Inspector::ApiClient</name>
    <message>
        <source>No credentials for %1: give a bot username and private key, a client certificate, or a session token.</source>
        <translation>Keine Anmeldedaten für %1: Geben Sie einen Bot-Benutzernamen mit privatem Schlüssel, ein Client-Zertifikat oder ein Sitzungstoken an.</translation>
    </message>
    <message>
        <source>These credentials cannot authenticate: give a bot username and private key or a client certificate.</source>
        <translation>Mit diesen Anmeldedaten ist keine Authentifizierung möglich: Geben Sie einen Bot-Benutzernamen mit privatem Schlüssel oder ein Client-Zertifikat an.</translation>
    </message>
    <message>
        <source>Could not sign the authentication token: %1</source>
        <translation>Das Authentifizierungstoken konnte nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>the answer has no token.</source>
        <translation>die Antwort enthält kein Token.</translation>
    </message>
    <message>
        <source>the key manager&apos;s answer had no token (%1)</source>
        <translation>die Antwort des Key Managers enthielt kein Token (%1)</translation>
    </message>
    <message>
        <source>the certificate&apos;s user</source>
        <translation>der Benutzer des Zertifikats</translation>
    </message>
    <message>
        <source>Could not authenticate as %1: the pod refused the signed token%2. Check the username, and that this key&apos;s public half is registered for that account.</source>
        <translation>Authentifizierung als %1 fehlgeschlagen: Der Pod hat das signierte Token abgelehnt%2. Prüfen Sie den Benutzernamen und ob der öffentliche Teil dieses Schlüssels für dieses Konto registriert ist.</translation>
    </message>
    <message>
        <source>Could not authenticate with the client certificate: the pod refused it%1.</source>
        <translation>Authentifizierung mit dem Client-Zertifikat fehlgeschlagen: Der Pod hat es abgelehnt%1.</translation>
    </message>
    <message>
        <source>Could not authenticate as %1: %2</source>
        <translation>Authentifizierung als %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not of the form http://host:port or socks5://host:port.</source>
        <translation>Der Proxy „%1“ hat nicht die Form http://host:port oder socks5://host:port.</translation>
    </message>
    <message>
        <source>The pod</source>
        <translation>Der Pod</translation>
    </message>
    <message>
        <source>the pod URL (--pod)</source>
        <translation>Pod-URL (--pod)</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>Der Agent</translation>
    </message>
    <message>
        <source>the agent URL (--agent)</source>
        <translation>Agent-URL (--agent)</translation>
    </message>
    <message>
        <source>The key manager</source>
        <translation>Der Key Manager</translation>
    </message>
    <message>
        <source>the key manager URL (--key-manager)</source>
        <translation>Key-Manager-URL (--key-manager)</translation>
    </message>
    <message>
        <source>The login service</source>
        <translation>Der Anmeldedienst</translation>
    </message>
    <message>
        <source>the login URL (--login)</source>
        <translation>Anmelde-URL (--login)</translation>
    </message>
    <message>
        <source>The session authentication service</source>
        <translation>Der Sitzungs-Authentifizierungsdienst</translation>
    </message>
    <message>
        <source>The key authentication service</source>
        <translation>Der Schlüssel-Authentifizierungsdienst</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 to an address that is not an http(s) URL.</source>
        <translation>%1 hat die Anfrage beim %2 auf eine Adresse umgeleitet, die keine http(s)-URL ist.</translation>
    </message>
    <message>
        <source>HTTP %1, Location: %2</source>
        <translation>HTTP %1, Location: %2</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 to %3; credentials never follow a redirect to another address.</source>
        <translation>%1 hat die Anfrage beim %2 auf %3 umgeleitet; Anmeldedaten folgen nie einer Umleitung an eine andere Adresse.</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 to %3; use %4 as %5.</source>
        <translation>%1 hat die Anfrage beim %2 auf %3 umgeleitet; verwenden Sie %4 als %5.</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 to %3; use that address as %4.</source>
        <translation>%1 hat die Anfrage beim %2 auf %3 umgeleitet; verwenden Sie diese Adresse als %4.</translation>
    </message>
    <message>
        <source>HTTP %1 to another origin (scheme, host or port). Requests carry tokens, a signed login or a client certificate, so no redirect to another origin is followed.</source>
        <translation>HTTP %1 zu einem anderen Ursprung (Schema, Host oder Port). Anfragen tragen Tokens, eine signierte Anmeldung oder ein Client-Zertifikat, daher wird keiner Umleitung zu einem anderen Ursprung gefolgt.</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 more than %3 times; it was stopped.</source>
        <translation>%1 hat die Anfrage beim %2 mehr als %3-mal umgeleitet; sie wurde abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP %1, last Location: %2</source>
        <translation>HTTP %1, letzte Location: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::ApiError</name>
    <message>
        <source>The pod refused the credentials while %1%2: the session may have expired, or the account is not allowed to authenticate.</source>
        <translation>Der Pod hat die Anmeldedaten beim %1%2 abgelehnt: Die Sitzung ist vielleicht abgelaufen, oder das Konto darf sich nicht authentifizieren.</translation>
    </message>
    <message>
        <source>The pod does not allow this account to do this while %1%2: it may lack a role or not be a member of the conversation.</source>
        <translation>Der Pod erlaubt diesem Konto das nicht (beim %1%2): Vielleicht fehlt eine Rolle, oder es ist kein Mitglied der Unterhaltung.</translation>
    </message>
    <message>
        <source>Nothing was found while %1%2.</source>
        <translation>Beim %1%2 wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>The pod is rate-limiting requests (HTTP 429) while %1; it kept refusing after the retries allowed.</source>
        <translation>Der Pod drosselt die Anfragen (HTTP 429) beim %1; er lehnte auch nach den erlaubten Wiederholungen ab.</translation>
    </message>
    <message>
        <source>The pod had an internal problem (HTTP %1) while %2%3.</source>
        <translation>Der Pod hatte ein internes Problem (HTTP %1) beim %2%3.</translation>
    </message>
    <message>
        <source>The pod rejected the request (HTTP %1) while %2%3.</source>
        <translation>Der Pod hat die Anfrage abgelehnt (HTTP %1) beim %2%3.</translation>
    </message>
    <message>
        <source>The pod gave an unexpected answer (HTTP %1) while %2.</source>
        <translation>Der Pod gab eine unerwartete Antwort (HTTP %1) beim %2.</translation>
    </message>
    <message>
        <source>The pod did not answer in time while %1.</source>
        <translation>Der Pod hat beim %1 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection failed while %1: the server&apos;s certificate is not trusted (add its CA with a CA file) or the TLS handshake failed.</source>
        <translation>Die sichere Verbindung ist beim %1 fehlgeschlagen: Dem Zertifikat des Servers wird nicht vertraut (fügen Sie seine CA mit einer CA-Datei hinzu), oder der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The host name could not be resolved while %1.</source>
        <translation>Der Hostname konnte beim %1 nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The connection was refused while %1: is the URL right and the service running?</source>
        <translation>Die Verbindung wurde beim %1 abgelehnt: Stimmt die URL, und läuft der Dienst?</translation>
    </message>
    <message>
        <source>The proxy failed while %1.</source>
        <translation>Der Proxy ist beim %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection failed while %1.</source>
        <translation>Die Verbindung ist beim %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The pod sent an answer that cannot be read while %1: %2</source>
        <translation>Der Pod hat beim %1 eine unlesbare Antwort gesendet: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped while %1 because the server made no progress: %2</source>
        <translation>Beim %1 angehalten, weil der Server keinen Fortschritt machte: %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The pod&apos;s answer grew past %2 while %1 (the limit for this kind of request); the transfer was stopped.</source>
        <translation>Die Antwort des Pods überschritt beim %1 %2 (die Grenze für diese Art von Anfrage); die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Answer size limit: %1 bytes.</source>
        <translation>Größengrenze der Antwort: %1 Byte.</translation>
    </message>
    <message>
        <source>The pod did not finish its answer within %2 s while %1 (the deadline for this kind of request).</source>
        <translation>Der Pod hat seine Antwort beim %1 nicht innerhalb von %2 s beendet (die Frist für diese Art von Anfrage).</translation>
    </message>
    <message>
        <source>Stopped while %1 because the server sent a page out of order: %2</source>
        <translation>Beim %1 abgebrochen, weil der Server eine Seite in falscher Reihenfolge gesendet hat: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Analysis</name>
    <message>
        <source>The archive has no finished sync yet.</source>
        <translation>Das Archiv hat noch keine abgeschlossene Synchronisierung.</translation>
    </message>
    <message>
        <source>The archive holds no stream %1.</source>
        <translation>Das Archiv enthält keinen Stream %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::AttachmentFiles</name>
    <message>
        <source>Cannot keep an attachment in %1: %2</source>
        <translation>Ein Anhang kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>no free temporary name</source>
        <translation>kein freier temporärer Name</translation>
    </message>
    <message>
        <source>not supported on this system</source>
        <translation>auf diesem System nicht unterstützt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::BrowseReader</name>
    <message>
        <source>The search &quot;%1&quot; has no word to look for.</source>
        <translation>Die Suche „%1“ enthält kein Wort, nach dem gesucht werden kann.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Location</name>
    <message>
        <source>The archive is empty: give a file or a postgresql:// URL.</source>
        <translation>Kein Archiv angegeben: Geben Sie eine Datei oder eine postgresql://-URL an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-URL der Form postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The archive URL holds a password, which would show in the process list: take it out and set PGPASSWORD, use ~/.pgpass, or keep it in the profile&apos;s keychain entry.</source>
        <translation>Die Archiv-URL enthält ein Passwort, das in der Prozessliste sichtbar wäre: Entfernen Sie es und setzen Sie PGPASSWORD, verwenden Sie ~/.pgpass oder legen Sie es im Schlüsselbund-Eintrag des Profils ab.</translation>
    </message>
    <message>
        <source>The archive URL names no database: postgresql://user@host:port/DATABASE.</source>
        <translation>Die Archiv-URL nennt keine Datenbank: postgresql://user@host:port/DATABASE.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Reader</name>
    <message>
        <source>The archive %1 holds a message it cannot read: %2</source>
        <translation>Das Archiv %1 enthält eine unlesbare Nachricht: %2</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; has no word to look for.</source>
        <translation>Die Suche „%1“ enthält kein Wort, nach dem gesucht werden kann.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Store</name>
    <message>
        <source>Could not create the archive %1: %2.</source>
        <translation>Das Archiv %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian: %2).</translation>
    </message>
    <message>
        <source>There is no archive at %1.</source>
        <translation>Unter %1 gibt es kein Archiv.</translation>
    </message>
    <message>
        <source>Could not open the archive %1: %2.</source>
        <translation>Das Archiv %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not an archive of this program (no schema version).</source>
        <translation>%1 ist kein Archiv dieses Programms (keine Schemaversion).</translation>
    </message>
    <message>
        <source>%1 holds other tables and is not an archive of this program.</source>
        <translation>%1 enthält andere Tabellen und ist kein Archiv dieses Programms.</translation>
    </message>
    <message>
        <source>The archive %1 has schema version %2, newer than this program&apos;s %3: update the program.</source>
        <translation>Das Archiv %1 hat die Schemaversion %2, neuer als die dieses Programms (%3): Aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <source>%1 is not an archive yet: run archive sync first.</source>
        <translation>%1 ist noch kein Archiv: Führen Sie zuerst archive sync aus.</translation>
    </message>
    <message>
        <source>The archive %1 has schema version %2: open it for writing once (archive sync or archive upgrade) to bring it to version %3.</source>
        <translation>Das Archiv %1 hat die Schemaversion %2: Öffnen Sie es einmal zum Schreiben (archive sync oder archive upgrade), um es auf Version %3 zu bringen.</translation>
    </message>
    <message>
        <source>Could not bring the archive to schema version %1: %2</source>
        <translation>Das Archiv konnte nicht auf Schemaversion %1 gebracht werden: %2</translation>
    </message>
    <message>
        <source>Another process is writing to the archive %1; try again when it is done.</source>
        <translation>Ein anderer Prozess schreibt gerade in das Archiv %1; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Another process (%1 on %2) is writing to the archive %3; try again when it is done.</source>
        <translation>Ein anderer Prozess (%1 auf %2) schreibt gerade in das Archiv %3; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The archive %1 failed: %2.</source>
        <translation>Fehler im Archiv %1: %2.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Sync</name>
    <message>
        <source>Listing the streams failed: %1</source>
        <translation>Das Auflisten der Streams ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>receipts: %1</source>
        <translation>Empfangsbestätigungen: %1</translation>
    </message>
    <message>
        <source>the body is not Base64 text.</source>
        <translation>der Antwortinhalt ist kein Base64-Text.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Verifier</name>
    <message>
        <source>message %1 of stream %2</source>
        <translation>Nachricht %1 im Stream %2</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Datenbankstruktur</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>Kept message bytes</source>
        <translation>Gespeicherte Nachrichtenbytes</translation>
    </message>
    <message>
        <source>Kept stream bytes</source>
        <translation>Gespeicherte Stream-Bytes</translation>
    </message>
    <message>
        <source>Message versions</source>
        <translation>Nachrichtenversionen</translation>
    </message>
    <message>
        <source>Run counts</source>
        <translation>Zählungen der Läufe</translation>
    </message>
    <message>
        <source>Membership intervals</source>
        <translation>Mitgliedschaftsintervalle</translation>
    </message>
    <message>
        <source>PostgreSQL checks its own pages; its amcheck extension checks more.</source>
        <translation>PostgreSQL prüft seine Seiten selbst; seine Erweiterung amcheck prüft mehr.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is not in the search index.</source>
        <translation>Version %1 von %2 fehlt im Suchindex.</translation>
    </message>
    <message>
        <source>Not checked: the archive file cannot be opened for writing (%1).</source>
        <translation>Nicht geprüft: Die Archivdatei lässt sich nicht zum Schreiben öffnen (%1).</translation>
    </message>
    <message>
        <source>The full-text index is damaged: %1.</source>
        <translation>Der Volltextindex ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>Version %1 of %2 does not match the hash stored with it.</source>
        <translation>Version %1 von %2 passt nicht zu dem mit ihr gespeicherten Hash.</translation>
    </message>
    <message>
        <source>Version %1 of stream %2 does not match the hash stored with it.</source>
        <translation>Version %1 des Streams %2 passt nicht zu dem mit ihr gespeicherten Hash.</translation>
    </message>
    <message>
        <source>%1 is at version %2 but %3 versions are kept (the newest: %4).</source>
        <translation>%1 ist in Version %2, aber %3 Versionen sind gespeichert (die neueste: %4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Version %1 of %2 is kept without its message.</source>
        <translation>Version %1 von %2 ist ohne ihre Nachricht gespeichert.</translation>
    </message>
    <message>
        <source>Run %1 counts %2 new messages; the archive holds %3 from it.</source>
        <translation>Lauf %1 zählt %2 neue Nachrichten; das Archiv enthält %3 aus ihm.</translation>
    </message>
    <message>
        <source>Run %1 counts %2 new versions; the archive holds %3 from it.</source>
        <translation>Lauf %1 zählt %2 neue Versionen; das Archiv enthält %3 aus ihm.</translation>
    </message>
    <message>
        <source>Run %1 counts %2 live events; the archive holds %3 from it.</source>
        <translation>Lauf %1 zählt %2 Live-Ereignisse; das Archiv enthält %3 aus ihm.</translation>
    </message>
    <message>
        <source>User %1 in stream %2: an interval from run %3 ends before it, at run %4.</source>
        <translation>Benutzer %1 im Stream %2: Ein Intervall ab Lauf %3 endet vorher, bei Lauf %4.</translation>
    </message>
    <message>
        <source>User %1 in stream %2 has %3 open membership intervals.</source>
        <translation>Benutzer %1 hat im Stream %2 %3 offene Mitgliedschaftsintervalle.</translation>
    </message>
    <message>
        <source>Kept attachment files</source>
        <translation>Gespeicherte Anhangsdateien</translation>
    </message>
    <message>
        <source>The file %1 of stream %2 is missing.</source>
        <translation>Die Datei %1 des Streams %2 fehlt.</translation>
    </message>
    <message>
        <source>The file %1 of stream %2 does not match its SHA-256.</source>
        <translation>Die Datei %1 des Streams %2 passt nicht zu ihrem SHA-256.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Writer</name>
    <message>
        <source>The archive %1 holds the pod %2, not %3: one archive keeps one pod.</source>
        <translation>Das Archiv %1 enthält den Pod %2, nicht %3: Ein Archiv speichert genau einen Pod.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveDiagnostics</name>
    <message>
        <source>Offline: the pod&apos;s health is not kept in the archive.</source>
        <translation>Offline: Der Zustand des Pods wird nicht im Archiv gespeichert.</translation>
    </message>
    <message>
        <source>Offline: the agent&apos;s details are not kept in the archive.</source>
        <translation>Offline: Die Details des Agents werden nicht im Archiv gespeichert.</translation>
    </message>
    <message>
        <source>Offline: an archive has no session.</source>
        <translation>Offline: Ein Archiv hat keine Sitzung.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveMessageDetails</name>
    <message>
        <source>The archive holds receipts it cannot read: %1</source>
        <translation>Das Archiv enthält unlesbare Lesebestätigungen: %1</translation>
    </message>
    <message>
        <source>The archive holds no receipts of message %1 (archive sync --receipts keeps them).</source>
        <translation>Das Archiv enthält keine Lesebestätigungen der Nachricht %1 (archive sync --receipts speichert sie).</translation>
    </message>
    <message>
        <source>A message&apos;s status is not kept in the archive: connect to the pod to see it.</source>
        <translation>Der Status einer Nachricht wird nicht im Archiv gespeichert: Verbinden Sie sich mit dem Pod, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>The archive holds no message %1.</source>
        <translation>Das Archiv enthält keine Nachricht %1.</translation>
    </message>
    <message>
        <source>The attachment to download is not named.</source>
        <translation>Der herunterzuladende Anhang ist nicht benannt.</translation>
    </message>
    <message>
        <source>The file %1 was not downloaded into the archive (archive sync --attachments keeps the files): connect to the pod to save it.</source>
        <translation>Die Datei %1 wurde nicht ins Archiv heruntergeladen (archive sync --attachments bewahrt die Dateien auf): Verbinden Sie sich mit dem Pod, um sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveMessageHistory</name>
    <message>
        <source>The archive is closed.</source>
        <translation>Das Archiv ist geschlossen.</translation>
    </message>
    <message>
        <source>reading the archive&apos;s messages</source>
        <translation>Lesen der Nachrichten des Archivs</translation>
    </message>
    <message>
        <source>The archive holds a message it cannot read: %1</source>
        <translation>Das Archiv enthält eine unlesbare Nachricht: %1</translation>
    </message>
    <message>
        <source>The archive holds no message %1.</source>
        <translation>Das Archiv enthält keine Nachricht %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveMessageModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveStreamDirectory</name>
    <message>
        <source>The archive holds no stream %1.</source>
        <translation>Das Archiv enthält keinen Stream %1.</translation>
    </message>
    <message>
        <source>The archive holds no room %1.</source>
        <translation>Das Archiv enthält keinen Raum %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveUserDirectory</name>
    <message>
        <source>The archive does not keep which account made it.</source>
        <translation>Das Archiv speichert nicht, mit welchem Konto es angelegt wurde.</translation>
    </message>
</context>
<context>
    <name>Inspector::AttachmentsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes (%2 KiB)</source>
        <translation>%1 Byte (%2 KiB)</translation>
    </message>
    <message>
        <source>%1 bytes (%2 MiB)</source>
        <translation>%1 Byte (%2 MiB)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Thumbnail (%1 px)</source>
        <translation>Vorschaubild (%1 px)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Datei-ID</translation>
    </message>
</context>
<context>
    <name>Inspector::Auth</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is empty.</source>
        <translation>Die CA-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The CA file %1 is not a PEM file (it has no &quot;-----BEGIN CERTIFICATE-----&quot; line). A DER certificate can be converted with: openssl x509 -inform DER -in ca.der -out ca.pem</source>
        <translation>Die CA-Datei %1 ist keine PEM-Datei (sie hat keine Zeile „-----BEGIN CERTIFICATE-----“). Ein DER-Zertifikat lässt sich so umwandeln: openssl x509 -inform DER -in ca.der -out ca.pem</translation>
    </message>
    <message>
        <source>Cannot use the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 contains no certificate (found: %2).</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat (gefunden: %2).</translation>
    </message>
    <message>
        <source>The key data is empty.</source>
        <translation>Die Schlüsseldaten sind leer.</translation>
    </message>
    <message>
        <source>This is an OpenSSH public key, but the private key is needed.</source>
        <translation>Dies ist ein öffentlicher OpenSSH-Schlüssel, benötigt wird aber der private Schlüssel.</translation>
    </message>
    <message>
        <source>This looks like a binary (DER) key; a PEM key is needed (convert it with: openssl pkey -inform DER -in key.der -out key.pem).</source>
        <translation>Dies scheint ein binärer (DER-)Schlüssel zu sein; benötigt wird ein PEM-Schlüssel (umwandeln mit: openssl pkey -inform DER -in key.der -out key.pem).</translation>
    </message>
    <message>
        <source>This is not a PEM-encoded private key (there is no &quot;-----BEGIN&quot; line).</source>
        <translation>Dies ist kein PEM-kodierter privater Schlüssel (es gibt keine Zeile „-----BEGIN“).</translation>
    </message>
    <message>
        <source>This is an OpenSSH private key, which cannot be read here; convert it to PEM with: ssh-keygen -p -m PEM -f &lt;file&gt;.</source>
        <translation>Dies ist ein privater OpenSSH-Schlüssel, der hier nicht gelesen werden kann; wandeln Sie ihn in PEM um mit: ssh-keygen -p -m PEM -f &lt;Datei&gt;.</translation>
    </message>
    <message>
        <source>This is a public key, but the private key is needed.</source>
        <translation>Dies ist ein öffentlicher Schlüssel, benötigt wird aber der private Schlüssel.</translation>
    </message>
    <message>
        <source>This contains a certificate but no private key.</source>
        <translation>Dies enthält ein Zertifikat, aber keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The PEM data is truncated: the &quot;-----BEGIN %1-----&quot; block has no END line.</source>
        <translation>Die PEM-Daten sind abgeschnitten: Der Block „-----BEGIN %1-----“ hat keine END-Zeile.</translation>
    </message>
    <message>
        <source>The PEM data contains no private key (found: %1).</source>
        <translation>Die PEM-Daten enthalten keinen privaten Schlüssel (gefunden: %1).</translation>
    </message>
    <message>
        <source>The private key is encrypted; its passphrase is needed.</source>
        <translation>Der private Schlüssel ist verschlüsselt; seine Passphrase wird benötigt.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the encrypted private key.</source>
        <translation>Falsche Passphrase für den verschlüsselten privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key data is damaged (%1).</source>
        <translation>Die Daten des privaten Schlüssels sind beschädigt (%1).</translation>
    </message>
    <message>
        <source>Could not re-encode the private key (%1).</source>
        <translation>Der private Schlüssel konnte nicht neu kodiert werden (%1).</translation>
    </message>
    <message>
        <source>Could not extract the public key (%1).</source>
        <translation>Der öffentliche Schlüssel konnte nicht extrahiert werden (%1).</translation>
    </message>
    <message>
        <source>no details from OpenSSL</source>
        <translation>keine Einzelheiten von OpenSSL</translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: no RSA private key is loaded.</source>
        <translation>Das Authentifizierungstoken kann nicht signiert werden: Es ist kein privater RSA-Schlüssel geladen.</translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: the service account username is empty.</source>
        <translation>Das Authentifizierungstoken kann nicht signiert werden: Der Benutzername des Dienstkontos ist leer.</translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: the expiry time %1 is not a time after 1970.</source>
        <translation>Das Authentifizierungstoken kann nicht signiert werden: Die Ablaufzeit %1 liegt nicht nach 1970.</translation>
    </message>
    <message>
        <source>Certificate %1 is truncated: its &quot;-----BEGIN %2-----&quot; block has no END line.</source>
        <translation>Zertifikat %1 ist abgeschnitten: Sein Block „-----BEGIN %2-----“ hat keine END-Zeile.</translation>
    </message>
    <message>
        <source>Certificate %1 is damaged and cannot be read.</source>
        <translation>Zertifikat %1 ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Inspector::Auth::ClientCertificate</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file %1 is not a certificate (neither PEM nor DER).</source>
        <translation>Die Datei %1 ist kein Zertifikat (weder PEM noch DER).</translation>
    </message>
    <message>
        <source>Cannot use the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate.</source>
        <translation>Die Datei %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot use the private key in %1: %2</source>
        <translation>Der private Schlüssel in %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The private key in %1 is of type %2, which cannot be used for a TLS client certificate here; use an RSA or EC key.</source>
        <translation>Der private Schlüssel in %1 ist vom Typ %2, der hier nicht für ein TLS-Client-Zertifikat verwendet werden kann; verwenden Sie einen RSA- oder EC-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key in %1 does not match the certificate &quot;%2&quot; in the same file.</source>
        <translation>Der private Schlüssel in %1 passt nicht zum Zertifikat „%2“ in derselben Datei.</translation>
    </message>
    <message>
        <source>The private key in %1 does not match the certificate &quot;%2&quot; in %3.</source>
        <translation>Der private Schlüssel in %1 passt nicht zum Zertifikat „%2“ in %3.</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend could not load the %1 private key from %2.</source>
        <translation>Das TLS-Backend von Qt konnte den privaten %1-Schlüssel aus %2 nicht laden.</translation>
    </message>
    <message>
        <source>The file %1 is neither a PEM file nor a PKCS#12 (.p12/.pfx) file.</source>
        <translation>Die Datei %1 ist weder eine PEM- noch eine PKCS#12-Datei (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 is password-protected; its password is needed.</source>
        <translation>Die PKCS#12-Datei %1 ist passwortgeschützt; ihr Passwort wird benötigt.</translation>
    </message>
    <message>
        <source>Wrong password for the PKCS#12 file %1.</source>
        <translation>Falsches Passwort für die PKCS#12-Datei %1.</translation>
    </message>
    <message>
        <source>Cannot decrypt the contents of the PKCS#12 file %1 (%2). Files made with old ciphers such as RC2 must be exported again, e.g. with: openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12</source>
        <translation>Der Inhalt der PKCS#12-Datei %1 kann nicht entschlüsselt werden (%2). Dateien mit alten Chiffren wie RC2 müssen neu exportiert werden, z. B. mit: openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 contains no private key.</source>
        <translation>Die PKCS#12-Datei %1 enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 contains no certificate for its private key.</source>
        <translation>Die PKCS#12-Datei %1 enthält kein Zertifikat zu ihrem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend could not import the PKCS#12 file %1.</source>
        <translation>Das TLS-Backend von Qt konnte die PKCS#12-Datei %1 nicht importieren.</translation>
    </message>
    <message>
        <source>The file %1 contains a certificate but no private key; choose the key file as well.</source>
        <translation>Die Datei %1 enthält ein Zertifikat, aber keinen privaten Schlüssel; wählen Sie auch die Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>Inspector::Auth::RsaKey</name>
    <message>
        <source>The key is of type %1, not RSA; Symphony bot authentication (RS512) needs an RSA private key.</source>
        <translation>Der Schlüssel ist vom Typ %1, nicht RSA; die Bot-Authentifizierung von Symphony (RS512) braucht einen privaten RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least %2 bits are required.</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; mindestens %2 Bit sind erforderlich.</translation>
    </message>
    <message>
        <source>Could not load the RSA key (%1).</source>
        <translation>Der RSA-Schlüssel konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot use the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>No RSA private key is loaded.</source>
        <translation>Es ist kein privater RSA-Schlüssel geladen.</translation>
    </message>
    <message>
        <source>Could not sign with the RSA key (%1).</source>
        <translation>Mit dem RSA-Schlüssel konnte nicht signiert werden (%1).</translation>
    </message>
</context>
<context>
    <name>Inspector::BusiestModel</name>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Stream ID</source>
        <translation>Stream-ID</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>(%1 without a name)</source>
        <translation>(%1 ohne Namen)</translation>
    </message>
</context>
<context>
    <name>Inspector::ChangesModel</name>
    <message>
        <source>New streams</source>
        <translation>Neue Streams</translation>
    </message>
    <message>
        <source>Renamed or deactivated streams</source>
        <translation>Umbenannte oder deaktivierte Streams</translation>
    </message>
    <message>
        <source>Members who joined or left</source>
        <translation>Beigetretene oder ausgetretene Mitglieder</translation>
    </message>
    <message>
        <source>Edited messages</source>
        <translation>Bearbeitete Nachrichten</translation>
    </message>
    <message>
        <source>Suppressed messages</source>
        <translation>Unterdrückte Nachrichten</translation>
    </message>
    <message>
        <source>Missing messages</source>
        <translation>Fehlende Nachrichten</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>Neuer Stream</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Besitzer geändert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Message or member</source>
        <translation>Nachricht oder Mitglied</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::AttachmentFolder</name>
    <message>
        <source>%1 is a symbolic link: the attachments were not written.</source>
        <translation>%1 ist ein symbolischer Link: Die Anhänge wurden nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: the attachments were not written.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Die Anhänge wurden nicht geschrieben.</translation>
    </message>
    <message>
        <source>Attachment %1: %2</source>
        <translation>Anhang %1: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::AttachmentPrefetch</name>
    <message>
        <source>Attachment %1 was not downloaded: %2</source>
        <translation>Anhang %1 wurde nicht heruntergeladen: %2</translation>
    </message>
    <message>
        <source>Attachment %1 could not be kept for the transcript.</source>
        <translation>Anhang %1 konnte nicht für das Protokoll gespeichert werden.</translation>
    </message>
    <message>
        <source>Attachment %1 was not downloaded: the body is not Base64 text.</source>
        <translation>Anhang %1 wurde nicht heruntergeladen: Der Antwortinhalt ist kein Base64-Text.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::DataSink</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::ExportWorker</name>
    <message>
        <source>Cannot create a temporary folder for the attachments.</source>
        <translation>Für die Anhänge kann kein temporärer Ordner angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::HtmlTranscript</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The transcript is not open.</source>
        <translation>Das Protokoll ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::HtmlWriter</name>
    <message>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>%1 conversation</source>
        <translation>%1-Unterhaltung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source> (part %1)</source>
        <translation> (Teil %1)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>Stream-ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>dem Export</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>(each time&apos;s tooltip gives UTC)</source>
        <translation>(der Tooltip jeder Zeit zeigt UTC)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>← Previous part</source>
        <translation>← Vorheriger Teil</translation>
    </message>
    <message>
        <source>Shared: </source>
        <translation>Geteilt: </translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>replaced by a later version</source>
        <translation>durch eine spätere Version ersetzt</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>duplicate delivery</source>
        <translation>doppelte Zustellung</translation>
    </message>
    <message>
        <source>not decrypted</source>
        <translation>nicht entschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>delivered %n times</source>
        <translation>
            <numerusform>%n-mal zugestellt</numerusform>
            <numerusform>%n-mal zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>the earlier message</source>
        <translation>die frühere Nachricht</translation>
    </message>
    <message>
        <source>a message not in this transcript</source>
        <translation>eine Nachricht außerhalb dieses Protokolls</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Not decrypted: %1</source>
        <translation>Nicht entschlüsselt: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Next part →</source>
        <translation>Nächster Teil →</translation>
    </message>
    <message>
        <source>Previous part: %1</source>
        <translation>Vorheriger Teil: %1</translation>
    </message>
    <message>
        <source>Next part: %1</source>
        <translation>Nächster Teil: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::MessageColumns</name>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Message ID (standard Base64)</source>
        <translation>Nachrichten-ID (Standard-Base64)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Timestamp (ms)</source>
        <translation>Zeitstempel (ms)</translation>
    </message>
    <message>
        <source>Stream ID</source>
        <translation>Stream-ID</translation>
    </message>
    <message>
        <source>Stream type</source>
        <translation>Stream-Typ</translation>
    </message>
    <message>
        <source>Stream name</source>
        <translation>Stream-Name</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>Absender-ID</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Sender email</source>
        <translation>E-Mail des Absenders</translation>
    </message>
    <message>
        <source>Sender username</source>
        <translation>Benutzername des Absenders</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>PresentationML</source>
        <translation>PresentationML</translation>
    </message>
    <message>
        <source>Entity data</source>
        <translation>Entity-Daten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attachment IDs</source>
        <translation>Anhang-IDs</translation>
    </message>
    <message>
        <source>Attachment sizes</source>
        <translation>Anhanggrößen</translation>
    </message>
    <message>
        <source>Parent message ID</source>
        <translation>ID der übergeordneten Nachricht</translation>
    </message>
    <message>
        <source>Replacing</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Ersetzt durch</translation>
    </message>
    <message>
        <source>Initial message ID</source>
        <translation>ID der ursprünglichen Nachricht</translation>
    </message>
    <message>
        <source>Initial timestamp (ms)</source>
        <translation>Ursprünglicher Zeitstempel (ms)</translation>
    </message>
    <message>
        <source>External recipients</source>
        <translation>Externe Empfänger</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Original format</source>
        <translation>Ursprüngliches Format</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Haftungshinweis</translation>
    </message>
    <message>
        <source>Client session</source>
        <translation>Client-Sitzung</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Shared message</source>
        <translation>Geteilte Nachricht</translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation>Verworfene Duplikate</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::MessageExportJob</name>
    <message>
        <source>Nothing to export: no stream and no search was given.</source>
        <translation>Nichts zu exportieren: Weder ein Stream noch eine Suche wurde angegeben.</translation>
    </message>
    <message>
        <source>Exporting from the pod needs a connection.</source>
        <translation>Für den Export aus dem Pod wird eine Verbindung benötigt.</translation>
    </message>
    <message>
        <source>One file per stream needs an output file, not standard output.</source>
        <translation>Eine Datei pro Stream braucht eine Ausgabedatei, nicht die Standardausgabe.</translation>
    </message>
    <message>
        <source>Selected messages</source>
        <translation>Ausgewählte Nachrichten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Several formats need an output file each, not standard output.</source>
        <translation>Mehrere Formate brauchen je eine Ausgabedatei, nicht die Standardausgabe.</translation>
    </message>
    <message>
        <source>A transcript (HTML, PDF) holds one stream: several streams need one file each (split).</source>
        <translation>Ein Protokoll (HTML, PDF) enthält einen einzigen Stream: Mehrere Streams brauchen je eine eigene Datei (split).</translation>
    </message>
    <message>
        <source>This program cannot write %1 here.</source>
        <translation>Dieses Programm kann hier kein %1 schreiben.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::OutputFile</name>
    <message>
        <source>%1 is a symbolic link; not written through.</source>
        <translation>%1 ist ein symbolischer Link; es wird nicht durch ihn hindurch geschrieben.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::OutputName</name>
    <message>
        <source>--output: the fields of a template (%N, %I…) name the file, not its folder: &quot;%1&quot;.</source>
        <translation>--output: Die Felder einer Vorlage (%N, %I…) benennen die Datei, nicht ihren Ordner: „%1“.</translation>
    </message>
    <message>
        <source>--output: unknown field &quot;%1&quot; (use %N, %I, %T, %d, %f, %l, %x or %% for a %).</source>
        <translation>--output: unbekanntes Feld „%1“ (verwenden Sie %N, %I, %T, %d, %f, %l, %x oder %% für ein %).</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::PdfTranscript</name>
    <message>
        <source>Writing a PDF needs Qt&apos;s GUI library (a QGuiApplication), which this program did not start.</source>
        <translation>Zum Schreiben eines PDF wird die GUI-Bibliothek von Qt (eine QGuiApplication) benötigt, die dieses Programm nicht gestartet hat.</translation>
    </message>
    <message>
        <source>The transcript is not open.</source>
        <translation>Das Protokoll ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 (part %2)</source>
        <translation>%1 (Teil %2)</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Exported %1 %2 by Symphony Inspector</source>
        <translation>Exportiert am %1 %2 mit Symphony Inspector</translation>
    </message>
    <message>
        <source>%1 · part %2</source>
        <translation>%1 · Teil %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::RecordExport</name>
    <message>
        <source>Unknown column(s): %1. Known columns: %2.</source>
        <translation>Unbekannte Spalte(n): %1. Bekannte Spalten: %2.</translation>
    </message>
    <message>
        <source>none (no records)</source>
        <translation>keine (keine Datensätze)</translation>
    </message>
    <message>
        <source>No columns were chosen.</source>
        <translation>Es wurden keine Spalten gewählt.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>HTML and PDF are for message transcripts; these records export as CSV, JSON or JSON Lines.</source>
        <translation>HTML und PDF sind für Nachrichtenprotokolle gedacht; diese Datensätze lassen sich als CSV, JSON oder JSON Lines exportieren.</translation>
    </message>
</context>
<context>
    <name>Inspector::Files::NewFile</name>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>„%1“ ist kein Dateiname.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>In %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: no free temporary name.</source>
        <translation>In %1 kann keine Datei angelegt werden: kein freier temporärer Name.</translation>
    </message>
    <message>
        <source>The file is not open.</source>
        <translation>Die Datei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>%1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save %1 in %2: every name up to &quot;%3&quot; is taken.</source>
        <translation>%1 kann nicht in %2 gespeichert werden: jeder Name bis „%3“ ist vergeben.</translation>
    </message>
    <message>
        <source>%1 exists; it was not replaced.</source>
        <translation>%1 existiert bereits; die Datei wurde nicht ersetzt.</translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::DemoSession</name>
    <message>
        <source>The demo pod could not start: %1</source>
        <translation>Der Demo-Pod konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::Launcher</name>
    <message>
        <source>Inspect and export the streams and messages of a Symphony Messaging pod.</source>
        <translation>Streams und Nachrichten eines Symphony-Messaging-Pods untersuchen und exportieren.</translation>
    </message>
    <message>
        <source>Start the embedded demo pod and connect to it.</source>
        <translation>Den eingebauten Demo-Pod starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Connect with the connection profile NAME.</source>
        <translation>Mit dem Verbindungsprofil NAME verbinden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation>Unerwartetes Argument „%1“. Siehe --help.</translation>
    </message>
    <message>
        <source>No connection profile is called &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>Screenshots failed: %1</source>
        <translation>Bildschirmfotos fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open the archive WHERE (a SQLite file or a postgresql://user@host/database URL) offline, without any network.</source>
        <translation>Das Archiv ORT (eine SQLite-Datei oder eine URL postgresql://user@host/database) offline öffnen, ganz ohne Netzwerk.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>With --demo or --archive: write a PNG of each main view into DIR, then quit.</source>
        <translation>Mit --demo oder --archive: ein PNG jeder Hauptansicht in VERZ schreiben, dann beenden.</translation>
    </message>
    <message>
        <source>Give one of --demo, --profile and --archive.</source>
        <translation>Geben Sie nur eine der Optionen --demo, --profile und --archive an.</translation>
    </message>
    <message>
        <source>--archive needs a file or a postgresql:// URL.</source>
        <translation>--archive braucht eine Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>--screenshots needs a folder and --demo or --archive.</source>
        <translation>--screenshots braucht einen Ordner sowie --demo oder --archive.</translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the demo stream in the streams tree</source>
        <translation>den Demo-Stream in der Stream-Liste</translation>
    </message>
    <message>
        <source>the stream&apos;s messages</source>
        <translation>die Nachrichten des Streams</translation>
    </message>
    <message>
        <source>the main window</source>
        <translation>das Hauptfenster</translation>
    </message>
    <message>
        <source>detail tab %1</source>
        <translation>Detail-Reiter %1</translation>
    </message>
    <message>
        <source>diagnostics</source>
        <translation>die Diagnose</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>das Anfrageprotokoll</translation>
    </message>
    <message>
        <source>ID converter</source>
        <translation>den ID-Konverter</translation>
    </message>
    <message>
        <source>profile manager</source>
        <translation>die Profilverwaltung</translation>
    </message>
    <message>
        <source>export dialog</source>
        <translation>den Exportdialog</translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation>Zeitüberschreitung beim Warten auf %1.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the stream with attachments</source>
        <translation>den Stream mit Anhängen</translation>
    </message>
    <message>
        <source>live events</source>
        <translation>die Live-Ereignisse</translation>
    </message>
    <message>
        <source>the archive&apos;s demo stream in the streams tree</source>
        <translation>den Demo-Stream des Archivs in der Stream-Liste</translation>
    </message>
    <message>
        <source>the History tab</source>
        <translation>den Reiter Verlauf</translation>
    </message>
    <message>
        <source>the preview</source>
        <translation>die Vorschau</translation>
    </message>
    <message>
        <source>a full-text search</source>
        <translation>eine Volltextsuche</translation>
    </message>
</context>
<context>
    <name>Inspector::HealthComponent</name>
    <message>
        <source>The CE service user works: the datahose can deliver message events.</source>
        <translation>Der CE-Dienstbenutzer funktioniert: Der Datahose kann Nachrichtenereignisse liefern.</translation>
    </message>
    <message>
        <source>The datahose needs the CE service user to decrypt messages: while it is down, datahose reads that ask for message events (MESSAGESENT, SHAREDPOST) fail.</source>
        <translation>Der Datahose braucht den CE-Dienstbenutzer, um Nachrichten zu entschlüsseln: Solange er ausgefallen ist, schlagen Datahose-Abfragen fehl, die Nachrichtenereignisse (MESSAGESENT, SHAREDPOST) anfordern.</translation>
    </message>
    <message>
        <source>The agent&apos;s service user works: agent calls can be made.</source>
        <translation>Der Dienstbenutzer des Agents funktioniert: Agent-Aufrufe sind möglich.</translation>
    </message>
    <message>
        <source>The agent&apos;s service user cannot authenticate, so most agent calls (messages, search) fail.</source>
        <translation>Der Dienstbenutzer des Agents kann sich nicht authentifizieren, daher schlagen die meisten Agent-Aufrufe (Nachrichten, Suche) fehl.</translation>
    </message>
    <message>
        <source>The key manager is reachable: messages can be decrypted.</source>
        <translation>Der Key Manager ist erreichbar: Nachrichten können entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The key manager is down: messages cannot be decrypted or encrypted.</source>
        <translation>Der Key Manager ist ausgefallen: Nachrichten können weder ent- noch verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The agent reaches the pod.</source>
        <translation>Der Agent erreicht den Pod.</translation>
    </message>
    <message>
        <source>The agent cannot reach the pod: nearly every call fails.</source>
        <translation>Der Agent erreicht den Pod nicht: Fast jeder Aufruf schlägt fehl.</translation>
    </message>
    <message>
        <source>The datafeed service works: real-time events are delivered.</source>
        <translation>Der Datafeed-Dienst funktioniert: Echtzeitereignisse werden geliefert.</translation>
    </message>
    <message>
        <source>Real-time events (datafeed and datahose) are not delivered.</source>
        <translation>Echtzeitereignisse (Datafeed und Datahose) werden nicht geliefert.</translation>
    </message>
    <message>
        <source>This component works.</source>
        <translation>Diese Komponente funktioniert.</translation>
    </message>
    <message>
        <source>This component is down; see its message.</source>
        <translation>Diese Komponente ist ausgefallen; siehe ihre Meldung.</translation>
    </message>
</context>
<context>
    <name>Inspector::HealthModel</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Was das bedeutet</translation>
    </message>
</context>
<context>
    <name>Inspector::Ids</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation>das Zeichen „%1“</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>das Zeichen U+%1</translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation>Die ID ist leer.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; consists only of &apos;=&apos; padding.</source>
        <translation>Die ID „%1“ besteht nur aus „=“-Auffüllung.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; has &apos;=&apos; padding in the middle; padding may only appear at the end.</source>
        <translation>Die ID „%1“ hat „=“-Auffüllung in der Mitte; Auffüllung darf nur am Ende stehen.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; contains %2, which is not Base64.</source>
        <translation>Die ID „%1“ enthält %2, was kein Base64 ist.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; mixes the URL-safe Base64 character &apos;%2&apos; with the standard Base64 character &apos;%3&apos;; an id uses one alphabet only.</source>
        <translation>Die ID „%1“ mischt das URL-sichere Base64-Zeichen „%2“ mit dem Standard-Base64-Zeichen „%3“; eine ID verwendet nur ein Alphabet.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; has %2 Base64 characters, a length that no Base64 value has.</source>
        <translation>Die ID „%1“ hat %2 Base64-Zeichen, eine Länge, die kein Base64-Wert hat.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; ends in %2 &apos;=&apos; padding characters where its length needs %3.</source>
        <translation>Die ID „%1“ endet mit %2 „=“-Füllzeichen, ihre Länge verlangt aber %3.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is not valid Base64.</source>
        <translation>Die ID „%1“ ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The last character of the id &apos;%1&apos; carries stray bits, so it is not a canonical Base64 value.</source>
        <translation>Das letzte Zeichen der ID „%1“ trägt überzählige Bits, daher ist sie kein kanonischer Base64-Wert.</translation>
    </message>
</context>
<context>
    <name>Inspector::JsonTreeModel</name>
    <message>
        <source>The JSON could not be read: %1 at character %2.</source>
        <translation>Das JSON konnte nicht gelesen werden: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Inspector::KeychainSecretStore</name>
    <message>
        <source>The keychain holds no secret for &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für „%1“.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2).</source>
        <translation>Der Schlüsselbund hat den Zugriff auf „%1“ verweigert (%2).</translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund ist für „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Live</name>
    <message>
        <source>the list of datafeeds is not a JSON array.</source>
        <translation>die Liste der Datafeeds ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>a datafeed of the list has no text &quot;id&quot;.</source>
        <translation>ein Datafeed der Liste hat keine Text-„id“.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::CaptureWriter</name>
    <message>
        <source>%1 already holds a capture: resume it (--resume) or choose another file.</source>
        <translation>%1 enthält bereits eine Aufzeichnung: Setzen Sie sie fort (--resume) oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the capture %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Nothing to resume: %1 is missing (%2).</source>
        <translation>Nichts fortzusetzen: %1 fehlt (%2).</translation>
    </message>
    <message>
        <source>Cannot resume from %1: %2</source>
        <translation>Fortsetzen aus %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot open the capture %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot resume: %1 is shorter than its state file says (%2 bytes instead of %3); it was changed since the capture stopped.</source>
        <translation>Fortsetzen nicht möglich: %1 ist kürzer, als die Zustandsdatei angibt (%2 statt %3 Byte); die Datei wurde seit dem Ende der Aufzeichnung verändert.</translation>
    </message>
    <message>
        <source>Cannot cut the unfinished last line of %1: %2</source>
        <translation>Die unvollständige letzte Zeile von %1 kann nicht abgeschnitten werden: %2</translation>
    </message>
    <message>
        <source>The capture %1 is not open.</source>
        <translation>Die Aufzeichnung %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write to the capture %1: %2</source>
        <translation>In die Aufzeichnung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the capture %1 to disk: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht auf die Festplatte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the capture state %1: %2</source>
        <translation>Der Aufzeichnungszustand %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the capture %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The capture %1 has a line that is not a JSON object (event %2).</source>
        <translation>Die Aufzeichnung %1 hat eine Zeile, die kein JSON-Objekt ist (Ereignis %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the state file is not a capture state of this version.</source>
        <translation>die Zustandsdatei ist kein Aufzeichnungszustand dieser Version.</translation>
    </message>
    <message>
        <source>the state file names no feed (&quot;source&quot; must be datafeed or datahose).</source>
        <translation>die Zustandsdatei nennt keinen Feed („source“ muss datafeed oder datahose sein).</translation>
    </message>
    <message>
        <source>the state file has no capture size.</source>
        <translation>die Zustandsdatei enthält keine Aufzeichnungsgröße.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::DatafeedReader</name>
    <message>
        <source>A datafeed tag has at most %1 characters; this one has %2.</source>
        <translation>Ein Datafeed-Tag hat höchstens %1 Zeichen; dieses hat %2.</translation>
    </message>
    <message>
        <source>The datafeed %1 no longer exists on the server (a datafeed expires when it is not read for about 30 minutes): events sent since the last capture may be lost. A new datafeed was created.</source>
        <translation>Der Datafeed %1 existiert auf dem Server nicht mehr (ein Datafeed verfällt, wenn er etwa 30 Minuten nicht gelesen wird): Seit der letzten Aufzeichnung gesendete Ereignisse können verloren sein. Ein neuer Datafeed wurde angelegt.</translation>
    </message>
    <message>
        <source>the new datafeed has no &quot;id&quot;.</source>
        <translation>der neue Datafeed hat keine „id“.</translation>
    </message>
    <message>
        <source>The datafeed kept refusing reads (%1) even after it was recreated %2 times; stopping.</source>
        <translation>Der Datafeed lehnte das Lesen weiter ab (%1), auch nachdem er %2-mal neu angelegt wurde; Abbruch.</translation>
    </message>
    <message>
        <source>The datafeed %1 was refused by the server (%2): it expired or its ackId was no longer valid. It was recreated; events sent while it was gone may be lost.</source>
        <translation>Der Datafeed %1 wurde vom Server abgelehnt (%2): Er ist verfallen, oder seine ackId war nicht mehr gültig. Er wurde neu angelegt; in der Zwischenzeit gesendete Ereignisse können verloren sein.</translation>
    </message>
    <message>
        <source>The pod refused the datafeed (403%1): an account may have only a few active datafeeds (20 at most). List them with &quot;feeds&quot; and delete stale ones with &quot;feeds --delete ID&quot;.</source>
        <translation>Der Pod hat den Datafeed abgelehnt (403%1): Ein Konto darf nur wenige aktive Datafeeds haben (höchstens 20). Listen Sie sie mit „feeds“ auf und löschen Sie veraltete mit „feeds --delete ID“.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::DatahoseReader</name>
    <message>
        <source>&quot;%1&quot; is not a real-time event type. Known types: %2, or &quot;all&quot;.</source>
        <translation>„%1“ ist kein Echtzeit-Ereignistyp. Bekannte Typen: %2 oder „all“.</translation>
    </message>
    <message>
        <source>The datahose needs at least one event type (or &quot;all&quot;).</source>
        <translation>Der Datahose braucht mindestens einen Ereignistyp (oder „all“).</translation>
    </message>
    <message>
        <source>A datahose tag has 1 to %1 characters; this one has %2.</source>
        <translation>Ein Datahose-Tag hat 1 bis %1 Zeichen; dieses hat %2.</translation>
    </message>
    <message>
        <source>The datahose refused the read (400%1). Nothing can be recovered by retrying: check the tag (1 to 80 characters) and the event types, and that the agent (22.5.1 or later) is entitled to the datahose add-on.</source>
        <translation>Der Datahose hat das Lesen abgelehnt (400%1). Wiederholen hilft nicht: Prüfen Sie das Tag (1 bis 80 Zeichen), die Ereignistypen und ob der Agent (22.5.1 oder neuer) für das Datahose-Add-on berechtigt ist.</translation>
    </message>
    <message>
        <source>The datahose refused this account (403%1): the datahose is an add-on that needs a contract and an entitlement for the service account.</source>
        <translation>Der Datahose hat dieses Konto abgelehnt (403%1): Der Datahose ist ein Add-on, das einen Vertrag und eine Berechtigung für das Dienstkonto braucht.</translation>
    </message>
    <message>
        <source>The agent reports its ceservice account DOWN%1. %2 The reader keeps retrying until the agent&apos;s administrator fixes the ceservice credentials; reading only other event types works meanwhile.</source>
        <translation>Der Agent meldet sein ceservice-Konto als DOWN%1. %2 Der Leser versucht es weiter, bis der Administrator des Agents die ceservice-Zugangsdaten korrigiert; das Lesen nur anderer Ereignistypen funktioniert in der Zwischenzeit.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::EventReader</name>
    <message>
        <source>%1 Nothing of it was stored or acknowledged; the server will deliver it again.</source>
        <translation>%1 Davon wurde nichts gespeichert oder bestätigt; der Server liefert es erneut.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::LiveEventModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::LiveSession</name>
    <message>
        <source>Resuming needs the capture file whose state to resume.</source>
        <translation>Zum Fortsetzen wird die Aufzeichnungsdatei gebraucht, deren Zustand fortgesetzt werden soll.</translation>
    </message>
</context>
<context>
    <name>Inspector::LiveRequests</name>
    <message>
        <source>listing the datafeeds</source>
        <translation>Auflisten der Datafeeds</translation>
    </message>
    <message>
        <source>creating a datafeed</source>
        <translation>Anlegen eines Datafeeds</translation>
    </message>
    <message>
        <source>reading the datafeed</source>
        <translation>Lesen des Datafeeds</translation>
    </message>
    <message>
        <source>deleting the datafeed</source>
        <translation>Löschen des Datafeeds</translation>
    </message>
    <message>
        <source>reading the datahose</source>
        <translation>Lesen des Datahose</translation>
    </message>
</context>
<context>
    <name>Inspector::MarkupFormat</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>No element found.</source>
        <translation>Kein Element gefunden.</translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <translation>Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::MemorySecretStore</name>
    <message>
        <source>The secret store refused the operation.</source>
        <translation>Der Geheimnisspeicher hat den Vorgang abgelehnt.</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>Unter „%1“ ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>Inspector::MessageDetails</name>
    <message>
        <source>This source keeps no earlier versions of a message (an archive does).</source>
        <translation>Diese Quelle speichert keine früheren Versionen einer Nachricht (ein Archiv schon).</translation>
    </message>
</context>
<context>
    <name>Inspector::MessageStatusModel</name>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User name / e-mail</source>
        <translation>Benutzername / E-Mail</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
</context>
<context>
    <name>Inspector::MessageTableModel</name>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>not decrypted</source>
        <translation>nicht entschlüsselt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Edited: this version replaces an earlier one.</source>
        <translation>Bearbeitet: Diese Version ersetzt eine frühere.</translation>
    </message>
    <message>
        <source>Replaced: a newer version of this message exists.</source>
        <translation>Ersetzt: Es gibt eine neuere Version dieser Nachricht.</translation>
    </message>
    <message>
        <source>External: the message has external recipients or the stream is cross-pod.</source>
        <translation>Extern: Die Nachricht hat externe Empfänger, oder der Stream ist Pod-übergreifend.</translation>
    </message>
    <message>
        <source>Duplicate: a row above has the same message id (in either Base64 form).</source>
        <translation>Duplikat: Eine Zeile weiter oben hat dieselbe Nachrichten-ID (in einer der beiden Base64-Formen).</translation>
    </message>
    <message>
        <source>Not decrypted: the agent sent a diagnostic instead of the text.</source>
        <translation>Nicht entschlüsselt: Der Agent hat statt des Textes eine Diagnose gesendet.</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>überarbeitet</translation>
    </message>
    <message>
        <source>Revised: the archive kept more than one version of it (see the History tab).</source>
        <translation>Überarbeitet: Das Archiv hat mehr als eine Version davon gespeichert (siehe Reiter Verlauf).</translation>
    </message>
</context>
<context>
    <name>Inspector::Pager</name>
    <message>
        <source>While %1: %2</source>
        <translation>Beim %1: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Paging</name>
    <message>
        <source>the page&apos;s timestamps read differently on a second pass.</source>
        <translation>die Zeitstempel der Seite wurden beim zweiten Lesen anders gelesen.</translation>
    </message>
    <message>
        <source>the server sent %1 items for a page of %2.</source>
        <translation>der Server hat %1 Einträge für eine Seite von %2 gesendet.</translation>
    </message>
    <message>
        <source>a message dated %1 came back for a request of messages since %2 (time went backwards).</source>
        <translation>eine Nachricht vom %1 kam auf eine Anfrage nach Nachrichten seit %2 zurück (die Zeit lief rückwärts).</translation>
    </message>
    <message>
        <source>a message dated %1 came back after the end of the window (%2).</source>
        <translation>eine Nachricht vom %1 kam nach dem Ende des Zeitfensters (%2) zurück.</translation>
    </message>
    <message>
        <source>the server sent %1 messages for a page of %2.</source>
        <translation>der Server hat %1 Nachrichten für eine Seite von %2 gesendet.</translation>
    </message>
    <message>
        <source>the messages of a full page are out of order (a message dated %1 follows one dated %2), so the next page cannot be asked for safely.</source>
        <translation>die Nachrichten einer vollen Seite sind nicht in zeitlicher Reihenfolge (eine Nachricht vom %1 folgt einer vom %2), daher kann die nächste Seite nicht sicher angefragt werden.</translation>
    </message>
    <message numerus="yes">
        <source>the last page came back newest first; its %n message(s) were sorted by time.</source>
        <translation>
            <numerusform>die letzte Seite kam mit der neuesten Nachricht zuerst; ihre %n Nachricht wurde nach Zeit sortiert.</numerusform>
            <numerusform>die letzte Seite kam mit der neuesten Nachricht zuerst; ihre %n Nachrichten wurden nach Zeit sortiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last page came back out of time order; its %n message(s) were sorted by time.</source>
        <translation>
            <numerusform>die letzte Seite kam nicht in zeitlicher Reihenfolge; ihre %n Nachricht wurde nach Zeit sortiert.</numerusform>
            <numerusform>die letzte Seite kam nicht in zeitlicher Reihenfolge; ihre %n Nachrichten wurden nach Zeit sortiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent the same page twice (it seems to ignore skip).</source>
        <translation>der Server hat dieselbe Seite zweimal gesendet (er scheint skip zu ignorieren).</translation>
    </message>
    <message>
        <source>the server sent the same page again for a later skip; it may ignore skip.</source>
        <translation>der Server hat für ein späteres skip dieselbe Seite erneut gesendet; vielleicht ignoriert er skip.</translation>
    </message>
    <message numerus="yes">
        <source>the server sent %n messages outside the time window asked for; they were left out.</source>
        <translation>
            <numerusform>der Server hat %n Nachricht außerhalb des angefragten Zeitfensters gesendet; sie wurde weggelassen.</numerusform>
            <numerusform>der Server hat %n Nachrichten außerhalb des angefragten Zeitfensters gesendet; sie wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent a page of messages out of order; it was sorted.</source>
        <translation>der Server hat eine Seite mit Nachrichten in falscher Reihenfolge gesendet; sie wurde sortiert.</translation>
    </message>
    <message>
        <source>the server sent the cursor &quot;%1&quot; again.</source>
        <translation>der Server hat den Cursor „%1“ erneut gesendet.</translation>
    </message>
    <message>
        <source>an item dated %1 came back for a window starting at %2 (time went backwards).</source>
        <translation>ein Eintrag vom %1 kam für ein Zeitfenster ab %2 zurück (die Zeit lief rückwärts).</translation>
    </message>
    <message>
        <source>the items of a page are not in ascending time order.</source>
        <translation>die Einträge einer Seite sind nicht zeitlich aufsteigend sortiert.</translation>
    </message>
    <message>
        <source>more than %1 items share the date %2, so the window cannot move on.</source>
        <translation>mehr als %1 Einträge haben das Datum %2, daher kann das Zeitfenster nicht weiterrücken.</translation>
    </message>
</context>
<context>
    <name>Inspector::Parse</name>
    <message>
        <source>%1: missing for a %2 event.</source>
        <translation>%1: fehlt bei einem %2-Ereignis.</translation>
    </message>
    <message>
        <source>The server sent a batch of events that is not valid JSON (%1 at byte %2).</source>
        <translation>Der Server hat einen Ereignisstapel gesendet, der kein gültiges JSON ist (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server sent a batch of events that is not a JSON object.</source>
        <translation>Der Server hat einen Ereignisstapel gesendet, der kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>The server sent a batch of events without a text &quot;ackId&quot;.</source>
        <translation>Der Server hat einen Ereignisstapel ohne Text-„ackId“ gesendet.</translation>
    </message>
    <message>
        <source>The server sent a batch whose &quot;events&quot; is not a list.</source>
        <translation>Der Server hat einen Stapel gesendet, dessen „events“ keine Liste ist.</translation>
    </message>
    <message>
        <source>The server sent a batch whose event #%1 is not a JSON object.</source>
        <translation>Der Server hat einen Stapel gesendet, dessen Ereignis Nr. %1 kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette „%1“</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Item %1 of the list should be an object but is %2.</source>
        <translation>Eintrag %1 der Liste sollte ein Objekt sein, ist aber %2.</translation>
    </message>
    <message>
        <source>The server sent HTML or XML instead of JSON.</source>
        <translation>Der Server hat HTML oder XML statt JSON gesendet.</translation>
    </message>
    <message>
        <source>The server sent an HTML page (&quot;%1&quot;) instead of JSON.</source>
        <translation>Der Server hat eine HTML-Seite („%1“) statt JSON gesendet.</translation>
    </message>
    <message>
        <source>The server sent incomplete JSON (%1 at offset %2); the response was probably cut off.</source>
        <translation>Der Server hat unvollständiges JSON gesendet (%1 bei Position %2); die Antwort wurde wahrscheinlich abgeschnitten.</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at offset %2).</source>
        <translation>Der Server hat fehlerhaftes JSON gesendet (%1 bei Position %2).</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
    <message>
        <source>a JSON string</source>
        <translation>eine JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>a JSON number</source>
        <translation>eine JSON-Zahl</translation>
    </message>
    <message>
        <source>a JSON boolean</source>
        <translation>ein JSON-Wahrheitswert</translation>
    </message>
    <message>
        <source>JSON null</source>
        <translation>JSON-null</translation>
    </message>
    <message>
        <source>The server answered with an error (%1: %2) where %3 was expected.</source>
        <translation>Der Server antwortete mit einem Fehler (%1: %2), wo %3 erwartet wurde.</translation>
    </message>
    <message>
        <source>The server sent %1 where %2 was expected.</source>
        <translation>Der Server hat %1 gesendet, wo %2 erwartet wurde.</translation>
    </message>
    <message>
        <source>The server sent an empty response where %1 was expected.</source>
        <translation>Der Server hat eine leere Antwort gesendet, wo %1 erwartet wurde.</translation>
    </message>
    <message>
        <source>a list of messages</source>
        <translation>eine Liste von Nachrichten</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <source>a list of streams</source>
        <translation>eine Liste von Streams</translation>
    </message>
    <message>
        <source>an admin list of streams</source>
        <translation>eine Admin-Liste von Streams</translation>
    </message>
    <message>
        <source>the details of a stream</source>
        <translation>die Details eines Streams</translation>
    </message>
    <message>
        <source>the details of a room</source>
        <translation>die Details eines Raums</translation>
    </message>
    <message>
        <source>room search results</source>
        <translation>Ergebnisse einer Raumsuche</translation>
    </message>
    <message>
        <source>a list of room members</source>
        <translation>eine Liste von Raummitgliedern</translation>
    </message>
    <message>
        <source>an admin list of stream members</source>
        <translation>eine Admin-Liste von Stream-Mitgliedern</translation>
    </message>
    <message>
        <source>a page of message receipts</source>
        <translation>eine Seite mit Lesebestätigungen</translation>
    </message>
    <message>
        <source>the status of a message</source>
        <translation>der Status einer Nachricht</translation>
    </message>
    <message>
        <source>a list of stream attachments</source>
        <translation>eine Liste von Stream-Anhängen</translation>
    </message>
    <message>
        <source>a list of signals</source>
        <translation>eine Liste von Signalen</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>ein Signal</translation>
    </message>
    <message>
        <source>a list of users</source>
        <translation>eine Liste von Benutzern</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>ein Benutzer</translation>
    </message>
    <message>
        <source>a health report</source>
        <translation>ein Zustandsbericht</translation>
    </message>
    <message>
        <source>the agent information</source>
        <translation>die Agent-Informationen</translation>
    </message>
    <message>
        <source>an authentication token</source>
        <translation>ein Authentifizierungstoken</translation>
    </message>
    <message>
        <source>an error description</source>
        <translation>eine Fehlerbeschreibung</translation>
    </message>
    <message>
        <source>%1: should be a number but is the string &quot;%2&quot;; its value was used.</source>
        <translation>%1: sollte eine Zahl sein, ist aber die Zeichenkette „%2“; ihr Wert wurde verwendet.</translation>
    </message>
    <message>
        <source>%1: missing.</source>
        <translation>%1: fehlt.</translation>
    </message>
    <message>
        <source>%1: null.</source>
        <translation>%1: null.</translation>
    </message>
    <message>
        <source>%1: not a valid id: %2</source>
        <translation>%1: keine gültige ID: %2</translation>
    </message>
    <message>
        <source>%1: should be %2 but is %3.</source>
        <translation>%1: sollte %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <source>%1: should be a string of EntityJSON but is an object; it was kept re-serialised.</source>
        <translation>%1: sollte eine EntityJSON-Zeichenkette sein, ist aber ein Objekt; es wurde neu serialisiert beibehalten.</translation>
    </message>
    <message>
        <source>%1: nests shared messages more than %2 levels deep; the rest was not read.</source>
        <translation>%1: verschachtelt geteilte Nachrichten tiefer als %2 Ebenen; der Rest wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>Inspector::PodDiagnostics</name>
    <message>
        <source>Not connected to a pod.</source>
        <translation>Nicht mit einem Pod verbunden.</translation>
    </message>
    <message>
        <source>the report has no status.</source>
        <translation>der Bericht hat keinen Status.</translation>
    </message>
</context>
<context>
    <name>Inspector::PodMessageDetails</name>
    <message>
        <source>Not connected to a pod.</source>
        <translation>Nicht mit einem Pod verbunden.</translation>
    </message>
    <message>
        <source>The attachment to download is not named.</source>
        <translation>Der herunterzuladende Anhang ist nicht angegeben.</translation>
    </message>
    <message>
        <source>the answer is not Base64 text, so it cannot be the file.</source>
        <translation>die Antwort ist kein Base64-Text und kann daher nicht die Datei sein.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::PodMessageHistory</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>reading the stream&apos;s messages</source>
        <translation>Lesen der Nachrichten des Streams</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>Suchen von Nachrichten</translation>
    </message>
    <message>
        <source>reading a message</source>
        <translation>Lesen einer Nachricht</translation>
    </message>
    <message>
        <source>the message names no stream</source>
        <translation>die Nachricht nennt keinen Stream</translation>
    </message>
</context>
<context>
    <name>Inspector::PodServices</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>Inspector::PodStreamDirectory</name>
    <message>
        <source>reading the stream&apos;s info</source>
        <translation>Lesen der Stream-Informationen</translation>
    </message>
    <message>
        <source>reading the room&apos;s info</source>
        <translation>Lesen der Rauminformationen</translation>
    </message>
    <message>
        <source>reading the room&apos;s members</source>
        <translation>Lesen der Raummitglieder</translation>
    </message>
</context>
<context>
    <name>Inspector::PodUserDirectory</name>
    <message>
        <source>reading the session&apos;s user</source>
        <translation>Lesen des Benutzers der Sitzung</translation>
    </message>
</context>
<context>
    <name>Inspector::Profile</name>
    <message>
        <source>Demo pod</source>
        <translation>Demo-Pod</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>key manager token</source>
        <translation>Key-Manager-Token</translation>
    </message>
    <message>
        <source>certificate passphrase</source>
        <translation>Zertifikat-Passphrase</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Give the pod URL, e.g. https://mycompany.symphony.com.</source>
        <translation>Geben Sie die Pod-URL an, z. B. https://mycompany.symphony.com.</translation>
    </message>
    <message>
        <source>RSA authentication needs the bot&apos;s username.</source>
        <translation>Die RSA-Authentifizierung braucht den Benutzernamen des Bots.</translation>
    </message>
    <message>
        <source>RSA authentication needs the bot&apos;s private key file.</source>
        <translation>Die RSA-Authentifizierung braucht die Datei mit dem privaten Schlüssel des Bots.</translation>
    </message>
    <message>
        <source>Certificate authentication needs a certificate file.</source>
        <translation>Die Zertifikat-Authentifizierung braucht eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The proxy must be an HTTP or a SOCKS5 proxy.</source>
        <translation>Der Proxy muss ein HTTP- oder SOCKS5-Proxy sein.</translation>
    </message>
    <message>
        <source>The proxy needs a host name.</source>
        <translation>Der Proxy braucht einen Hostnamen.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Der Proxy-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>Die Zeitüberschreitung muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>Inspector::ProfileConnector</name>
    <message>
        <source>The %1 &quot;%2&quot; does not exist.</source>
        <translation>%1 „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a readable file.</source>
        <translation>%1 „%2“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The embedded demo pod is not running, so the demo profile cannot connect.</source>
        <translation>Der eingebaute Demo-Pod läuft nicht, daher kann sich das Demo-Profil nicht verbinden.</translation>
    </message>
    <message>
        <source>The demo pod&apos;s bot key cannot be used: %1</source>
        <translation>Der Bot-Schlüssel des Demo-Pods kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>%1, but no %2 is stored for the profile &quot;%3&quot;: edit the profile and enter it.</source>
        <translation>%1, aber für das Profil „%3“ ist keine %2 gespeichert: Bearbeiten Sie das Profil und geben Sie sie ein.</translation>
    </message>
    <message>
        <source>%1, but the %2 could not be read: %3</source>
        <translation>%1, aber %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Die CA-Datei</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be used: %2</source>
        <translation>Die CA-Datei „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>Die Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>The private key file &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Datei des privaten Schlüssels „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is encrypted</source>
        <translation>Der private Schlüssel „%1“ ist verschlüsselt</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; cannot be used: %2</source>
        <translation>Der private Schlüssel „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>Die Zertifikatsdatei</translation>
    </message>
    <message>
        <source>certificate key file</source>
        <translation>Die Schlüsseldatei des Zertifikats</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be used: %2</source>
        <translation>Das Zertifikat „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>(The certificate passphrase could not be read: %1)</source>
        <translation>(Die Zertifikat-Passphrase konnte nicht gelesen werden: %1)</translation>
    </message>
    <message>
        <source>The profile authenticates with pasted tokens</source>
        <translation>Das Profil authentifiziert sich mit eingefügten Tokens</translation>
    </message>
</context>
<context>
    <name>Inspector::ProfileStore</name>
    <message>
        <source>A profile with this id exists already.</source>
        <translation>Ein Profil mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be changed.</source>
        <translation>Das Demo-Pod-Profil ist eingebaut und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be duplicated.</source>
        <translation>Das Demo-Pod-Profil ist eingebaut und kann nicht dupliziert werden.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be deleted.</source>
        <translation>Das Demo-Pod-Profil ist eingebaut und kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Inspector::ReceiptsModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Delivered (UTC)</source>
        <translation>Zugestellt (UTC)</translation>
    </message>
    <message>
        <source>Read (UTC)</source>
        <translation>Gelesen (UTC)</translation>
    </message>
    <message>
        <source>E-mail sent (UTC)</source>
        <translation>E-Mail gesendet (UTC)</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
</context>
<context>
    <name>Inspector::RequestLogModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Inspector::Requests</name>
    <message>
        <source>reading the agent information</source>
        <translation>Lesen der Agent-Informationen</translation>
    </message>
    <message>
        <source>checking the agent&apos;s health</source>
        <translation>Prüfen des Agent-Zustands</translation>
    </message>
    <message>
        <source>checking the health of the agent&apos;s components</source>
        <translation>Prüfen des Zustands der Agent-Komponenten</translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation>Lesen der Sitzung</translation>
    </message>
    <message>
        <source>authenticating with the bot&apos;s RSA key</source>
        <translation>Authentifizieren mit dem RSA-Schlüssel des Bots</translation>
    </message>
    <message>
        <source>authenticating with the key manager</source>
        <translation>Authentifizieren beim Key Manager</translation>
    </message>
    <message>
        <source>authenticating with the client certificate</source>
        <translation>Authentifizieren mit dem Client-Zertifikat</translation>
    </message>
    <message>
        <source>authenticating with the key manager using the client certificate</source>
        <translation>Authentifizieren beim Key Manager mit dem Client-Zertifikat</translation>
    </message>
    <message>
        <source>listing streams</source>
        <translation>Auflisten der Streams</translation>
    </message>
    <message>
        <source>listing the enterprise&apos;s streams</source>
        <translation>Auflisten der Streams des Unternehmens</translation>
    </message>
    <message>
        <source>listing the streams of user %1</source>
        <translation>Auflisten der Streams von Benutzer %1</translation>
    </message>
    <message>
        <source>reading stream %1</source>
        <translation>Lesen von Stream %1</translation>
    </message>
    <message>
        <source>reading room %1</source>
        <translation>Lesen von Raum %1</translation>
    </message>
    <message>
        <source>searching rooms</source>
        <translation>Suchen von Räumen</translation>
    </message>
    <message>
        <source>listing the members of room %1</source>
        <translation>Auflisten der Mitglieder von Raum %1</translation>
    </message>
    <message>
        <source>listing the members of stream %1</source>
        <translation>Auflisten der Mitglieder von Stream %1</translation>
    </message>
    <message>
        <source>reading the messages of stream %1</source>
        <translation>Lesen der Nachrichten von Stream %1</translation>
    </message>
    <message>
        <source>reading message %1</source>
        <translation>Lesen von Nachricht %1</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>Suchen von Nachrichten</translation>
    </message>
    <message>
        <source>reading the receipts of message %1</source>
        <translation>Lesen der Lesebestätigungen von Nachricht %1</translation>
    </message>
    <message>
        <source>reading the status of message %1</source>
        <translation>Lesen des Status von Nachricht %1</translation>
    </message>
    <message>
        <source>listing the attachments of stream %1</source>
        <translation>Auflisten der Anhänge von Stream %1</translation>
    </message>
    <message>
        <source>downloading attachment %1</source>
        <translation>Herunterladen von Anhang %1</translation>
    </message>
    <message>
        <source>listing signals</source>
        <translation>Auflisten der Signale</translation>
    </message>
    <message>
        <source>reading signal %1</source>
        <translation>Lesen von Signal %1</translation>
    </message>
    <message>
        <source>looking up users</source>
        <translation>Nachschlagen von Benutzern</translation>
    </message>
</context>
<context>
    <name>Inspector::RetryPolicy</name>
    <message>
        <source>The server asked to wait %1 s before trying again, longer than the %2 s this tool waits at most.</source>
        <translation>Der Server verlangte %1 s Wartezeit vor dem nächsten Versuch, länger als die höchstens %2 s, die dieses Werkzeug wartet.</translation>
    </message>
</context>
<context>
    <name>Inspector::SecretStore</name>
    <message>
        <source>No keychain service is available on this system (no Secret Service on the session D-Bus), so secrets cannot be saved. You can keep them for this run only.</source>
        <translation>Auf diesem System ist kein Schlüsselbunddienst verfügbar (kein Secret Service auf dem Sitzungs-D-Bus), daher können Geheimnisse nicht gespeichert werden. Sie können sie nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>Inspector::ServiceUrls</name>
    <message>
        <source>pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>key manager</source>
        <translation>Key Manager</translation>
    </message>
    <message>
        <source>session authentication</source>
        <translation>Sitzungsauthentifizierung</translation>
    </message>
    <message>
        <source>key authentication</source>
        <translation>Schlüsselauthentifizierung</translation>
    </message>
    <message>
        <source>No pod URL was given.</source>
        <translation>Es wurde keine Pod-URL angegeben.</translation>
    </message>
    <message>
        <source>Plain http:// to %1: the tokens, the signed login and every message cross the network unencrypted; use https:// unless this network is yours.</source>
        <translation>Unverschlüsseltes http:// zu %1: Tokens, die signierte Anmeldung und jede Nachricht gehen unverschlüsselt über das Netz; verwenden Sie https://, außer dieses Netz gehört Ihnen.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; is not a valid URL.</source>
        <translation>Die %1-URL „%2“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must start with https:// or http://.</source>
        <translation>Die %1-URL „%2“ muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must not have a query or fragment.</source>
        <translation>Die %1-URL „%2“ darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must not hold a user name or password.</source>
        <translation>Die %1-URL „%2“ darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamTreeLoader</name>
    <message>
        <source>“%1” is neither a user id nor an email address.</source>
        <translation>„%1“ ist weder eine Benutzer-ID noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No user has the email address %1.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamTreeModel</name>
    <message>
        <source>Wall posts (%1)</source>
        <translation>Pinnwand-Beiträge (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Cross-pod</source>
        <translation>Pod-übergreifend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>Inspector::SyncProgressModel</name>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>Inspector::Times</name>
    <message>
        <source>&apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time such as 2026-01-02, 2026-01-02T10:00 or 2026-01-02T10:00:00.123+02:00.</source>
        <translation>„%1“ ist weder eine Zeit in Epoch-Millisekunden noch eine ISO-8601-Zeit wie 2026-01-02, 2026-01-02T10:00 oder 2026-01-02T10:00:00.123+02:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be a time in epoch milliseconds.</source>
        <translation>„%1“ ist zu groß für eine Zeit in Epoch-Millisekunden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a day that does not exist.</source>
        <translation>„%1“ nennt einen Tag, den es nicht gibt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time of day out of range (hours 00-23, minutes and seconds 00-59).</source>
        <translation>„%1“ hat eine Uhrzeit außerhalb des Bereichs (Stunden 00–23, Minuten und Sekunden 00–59).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a UTC offset out of range (at most 넘:00).</source>
        <translation>„%1“ hat einen UTC-Versatz außerhalb des Bereichs (höchstens ±18:00).</translation>
    </message>
    <message>
        <source>No time was given; expected epoch milliseconds or an ISO 8601 time.</source>
        <translation>Es wurde keine Zeit angegeben; erwartet werden Epoch-Millisekunden oder eine ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration such as P7D, PT12H or P1DT6H (days, hours, minutes, seconds; weeks as P2W).</source>
        <translation>„%1“ ist keine Dauer wie P7D, PT12H oder P1DT6H (Tage, Stunden, Minuten, Sekunden; Wochen als P2W).</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ActivityStrip</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: 1 message</source>
        <translation>%1: 1 Nachricht</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1: %2 Nachrichten</translation>
    </message>
    <message>
        <source>No sync read these days.</source>
        <translation>Keine Synchronisierung hat diese Tage gelesen.</translation>
    </message>
    <message>
        <source>The syncs read only part of these days.</source>
        <translation>Die Synchronisierungen haben nur einen Teil dieser Tage gelesen.</translation>
    </message>
    <message>
        <source>No messages to show.</source>
        <translation>Keine Nachrichten anzuzeigen.</translation>
    </message>
    <message>
        <source>Messages per day: %1 messages from %2 to %3; days no sync read: %4.</source>
        <translation>Nachrichten pro Tag: %1 Nachrichten von %2 bis %3; Tage, die keine Synchronisierung gelesen hat: %4.</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Keine Nachrichten</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::BannerWidget</name>
    <message>
        <source>Message banner</source>
        <translation>Hinweisleiste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Server code: %1</source>
        <translation>Server-Code: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Server-Meldung: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ChangesPage</name>
    <message>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <source>Run %1 · %2 (%3)</source>
        <translation>Lauf %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the changes shown to CSV, JSON or JSON Lines</source>
        <translation>Die angezeigten Änderungen als CSV, JSON oder JSON Lines exportieren</translation>
    </message>
    <message>
        <source>Changes after run</source>
        <translation>Änderungen nach Lauf</translation>
    </message>
    <message>
        <source>Changes up to run</source>
        <translation>Änderungen bis Lauf</translation>
    </message>
    <message>
        <source>Stream filter</source>
        <translation>Stream-Filter</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>What changed between the two runs, grouped by kind. Double-click a change to open its message or stream.</source>
        <translation>Was sich zwischen den beiden Läufen geändert hat, nach Art gruppiert. Doppelklicken Sie auf eine Änderung, um ihre Nachricht oder ihren Stream zu öffnen.</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Alle Streams</translation>
    </message>
    <message>
        <source>Reading the archive&apos;s runs…</source>
        <translation>Lese die Läufe des Archivs…</translation>
    </message>
    <message>
        <source>Before the first sync</source>
        <translation>Vor der ersten Synchronisierung</translation>
    </message>
    <message>
        <source>The archive has no sync run yet.</source>
        <translation>Das Archiv hat noch keinen Synchronisierungslauf.</translation>
    </message>
    <message>
        <source>Choose an earlier run under From than under To.</source>
        <translation>Wählen Sie unter „Von“ einen früheren Lauf als unter „Bis“.</translation>
    </message>
    <message>
        <source>Reading the changes after run %1 up to run %2…</source>
        <translation>Lese die Änderungen nach Lauf %1 bis Lauf %2…</translation>
    </message>
    <message>
        <source>Open an archive to see what changed between its syncs.</source>
        <translation>Öffnen Sie ein Archiv, um zu sehen, was sich zwischen seinen Synchronisierungen geändert hat.</translation>
    </message>
    <message>
        <source>No changes after run %1 up to run %2.</source>
        <translation>Keine Änderungen nach Lauf %1 bis Lauf %2.</translation>
    </message>
    <message>
        <source>Changes after run %1 up to run %2: %3.</source>
        <translation>Änderungen nach Lauf %1 bis Lauf %2: %3.</translation>
    </message>
    <message>
        <source>Changes after run %1 up to run %2: %3 of %4 shown.</source>
        <translation>Änderungen nach Lauf %1 bis Lauf %2: %3 von %4 angezeigt.</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2.</source>
        <translation>%1 Änderungen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::DetailTabs</name>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Lesebestätigungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>The message as it reads, rendered safely</source>
        <translation>Die Nachricht, wie sie sich liest, sicher dargestellt</translation>
    </message>
    <message>
        <source>The PresentationML markup, indented</source>
        <translation>Das PresentationML-Markup, eingerückt</translation>
    </message>
    <message>
        <source>The entity data (EntityJSON) of mentions, tags and other entities</source>
        <translation>Die Entity-Daten (EntityJSON) von Erwähnungen, Tags und anderen Entitäten</translation>
    </message>
    <message>
        <source>The whole message as the API returned it</source>
        <translation>Die ganze Nachricht, wie die API sie geliefert hat</translation>
    </message>
    <message>
        <source>Who got and read the message, and when</source>
        <translation>Wer die Nachricht erhalten und gelesen hat, und wann</translation>
    </message>
    <message>
        <source>The message&apos;s status: read, delivered, sent</source>
        <translation>Der Status der Nachricht: gelesen, zugestellt, gesendet</translation>
    </message>
    <message>
        <source>Files attached to the message</source>
        <translation>An die Nachricht angehängte Dateien</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Message header</source>
        <translation>Nachrichtenkopf</translation>
    </message>
    <message>
        <source>Preview notes</source>
        <translation>Hinweise zur Vorschau</translation>
    </message>
    <message>
        <source>PresentationML source</source>
        <translation>PresentationML-Quelltext</translation>
    </message>
    <message>
        <source>Entity data</source>
        <translation>Entity-Daten</translation>
    </message>
    <message>
        <source>Message JSON</source>
        <translation>Nachricht als JSON</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected JSON value</source>
        <translation>Den ausgewählten JSON-Wert kopieren</translation>
    </message>
    <message>
        <source>Receipt counts</source>
        <translation>Anzahl der Bestätigungen</translation>
    </message>
    <message>
        <source>Receipts status</source>
        <translation>Stand der Lesebestätigungen</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load the next page of receipts</source>
        <translation>Die nächste Seite der Lesebestätigungen laden</translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>Load every page of receipts</source>
        <translation>Alle Seiten der Lesebestätigungen laden</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>Statuszähler</translation>
    </message>
    <message>
        <source>Status notes</source>
        <translation>Hinweise zum Status</translation>
    </message>
    <message>
        <source>Message status</source>
        <translation>Nachrichtenstatus</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Ask for the status again</source>
        <translation>Den Status erneut abfragen</translation>
    </message>
    <message>
        <source>Attachments notes</source>
        <translation>Hinweise zu Anhängen</translation>
    </message>
    <message>
        <source>Download the selected attachment</source>
        <translation>Den ausgewählten Anhang herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>Wählen Sie eine Nachricht, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Select a message to see its PresentationML source.</source>
        <translation>Wählen Sie eine Nachricht, um ihren PresentationML-Quelltext zu sehen.</translation>
    </message>
    <message>
        <source>Select a message to see its entity data.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Entity-Daten zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation>Nachrichten-ID: %1</translation>
    </message>
    <message>
        <source>Standard form: %1</source>
        <translation>Standardform: %1</translation>
    </message>
    <message>
        <source>Stream id: %1  /  %2</source>
        <translation>Stream-ID: %1  /  %2</translation>
    </message>
    <message>
        <source>Sent %1 (UTC)</source>
        <translation>Gesendet %1 (UTC)</translation>
    </message>
    <message>
        <source>The agent could not read this message: %1</source>
        <translation>Der Agent konnte diese Nachricht nicht lesen: %1</translation>
    </message>
    <message>
        <source>This is an edit of message %1.</source>
        <translation>Dies ist eine Bearbeitung der Nachricht %1.</translation>
    </message>
    <message>
        <source>A newer version exists: %1.</source>
        <translation>Es gibt eine neuere Version: %1.</translation>
    </message>
    <message>
        <source>This message has no content.</source>
        <translation>Diese Nachricht hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>The markup could not be read, so only its text is shown.</source>
        <translation>Das Markup konnte nicht gelesen werden, daher wird nur sein Text gezeigt.</translation>
    </message>
    <message>
        <source>This message has no PresentationML.</source>
        <translation>Diese Nachricht hat kein PresentationML.</translation>
    </message>
    <message>
        <source>This message has no PresentationML: %1</source>
        <translation>Diese Nachricht hat kein PresentationML: %1</translation>
    </message>
    <message>
        <source>The markup is not well-formed XML (%1); shown as received.</source>
        <translation>Das Markup ist kein wohlgeformtes XML (%1); es wird wie empfangen gezeigt.</translation>
    </message>
    <message>
        <source>This message has no entity data.</source>
        <translation>Diese Nachricht hat keine Entity-Daten.</translation>
    </message>
    <message>
        <source>The entity data is not valid JSON (%1); shown as received.</source>
        <translation>Die Entity-Daten sind kein gültiges JSON (%1); sie werden wie empfangen gezeigt.</translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation>Der Wert von %1 wurde kopiert.</translation>
    </message>
    <message>
        <source>Select a message to see who received and read it.</source>
        <translation>Wählen Sie eine Nachricht, um zu sehen, wer sie erhalten und gelesen hat.</translation>
    </message>
    <message>
        <source>Connect to a pod to see receipts.</source>
        <translation>Verbinden Sie sich mit einem Pod, um Lesebestätigungen zu sehen.</translation>
    </message>
    <message>
        <source>The pod has no receipt details for this message.</source>
        <translation>Der Pod hat keine Bestätigungsdetails zu dieser Nachricht.</translation>
    </message>
    <message>
        <source>No receipts.</source>
        <translation>Keine Lesebestätigungen.</translation>
    </message>
    <message>
        <source>Read: %1  ·  Delivered: %2  ·  Sent: %3</source>
        <translation>Gelesen: %1  ·  Zugestellt: %2  ·  Gesendet: %3</translation>
    </message>
    <message>
        <source>Select a message to see its status.</source>
        <translation>Wählen Sie eine Nachricht, um ihren Status zu sehen.</translation>
    </message>
    <message>
        <source>Connect to a pod to see the message status.</source>
        <translation>Verbinden Sie sich mit einem Pod, um den Nachrichtenstatus zu sehen.</translation>
    </message>
    <message>
        <source>Select a message to see its attachments.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Anhänge zu sehen.</translation>
    </message>
    <message>
        <source>This message has no attachments.</source>
        <translation>Diese Nachricht hat keine Anhänge.</translation>
    </message>
    <message>
        <source>Connect to a pod to download attachments.</source>
        <translation>Verbinden Sie sich mit einem Pod, um Anhänge herunterzuladen.</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was saved.</source>
        <translation>Download abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>Download von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Saved %1 (%2) to %3.</source>
        <translation>%1 (%2) unter %3 gespeichert.</translation>
    </message>
    <message>
        <source>Shared message from %1:</source>
        <translation>Geteilte Nachricht von %1:</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Images not loaded, for your privacy: %1</source>
        <translation>Zum Schutz Ihrer Privatsphäre nicht geladene Bilder: %1</translation>
    </message>
    <message>
        <source>Delivered: %1  ·  Read: %2  ·  E-mail notifications: %3  ·  Users loaded: %4</source>
        <translation>Zugestellt: %1  ·  Gelesen: %2  ·  E-Mail-Benachrichtigungen: %3  ·  Geladene Benutzer: %4</translation>
    </message>
    <message>
        <source>Loading receipts…</source>
        <translation>Lade Lesebestätigungen…</translation>
    </message>
    <message>
        <source>Loading status…</source>
        <translation>Lade Status…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Lade %1 herunter…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every version of the message the archive kept, and what changed</source>
        <translation>Jede vom Archiv gespeicherte Version der Nachricht und was sich geändert hat</translation>
    </message>
    <message>
        <source>Select a message to see its versions.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Versionen zu sehen.</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Nachrichtenverlauf</translation>
    </message>
    <message>
        <source>This source keeps no earlier versions of a message.</source>
        <translation>Diese Quelle speichert keine früheren Versionen einer Nachricht.</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Lade die Versionen…</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>Version %1: first seen by sync run %2 at %3, last seen by run %4</source>
        <translation>Version %1: zuerst gesehen vom Synchronisierungslauf %2 (%3), zuletzt gesehen vom Lauf %4</translation>
    </message>
    <message>
        <source>The archive kept one version of this message.</source>
        <translation>Das Archiv hat eine Version dieser Nachricht gespeichert.</translation>
    </message>
    <message>
        <source>The archive kept %1 versions of this message; lines marked - were removed and + added by each version.</source>
        <translation>Das Archiv hat %1 Versionen dieser Nachricht gespeichert; mit - markierte Zeilen wurden von der jeweiligen Version entfernt, mit + markierte hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::DiagnosticsPage</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Health of the agent&apos;s components</source>
        <translation>Zustand der Agent-Komponenten</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Zustandsübersicht</translation>
    </message>
    <message>
        <source>Agent information</source>
        <translation>Agent-Informationen</translation>
    </message>
    <message>
        <source>Session information</source>
        <translation>Sitzungsinformationen</translation>
    </message>
    <message>
        <source>Session token expiry</source>
        <translation>Ablauf des Sitzungstokens</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Letzte Fehler</translation>
    </message>
    <message>
        <source>Refresh the diagnostics</source>
        <translation>Diagnose aktualisieren</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Asking the agent and the pod…</source>
        <translation>Frage Agent und Pod ab…</translation>
    </message>
    <message>
        <source>Not connected. Connect to a pod to see its health.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Pod, um seinen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>Press Refresh to ask the agent for its health.</source>
        <translation>Drücken Sie „Aktualisieren“, um den Agent nach seinem Zustand zu fragen.</translation>
    </message>
    <message>
        <source>The health check could not be read.</source>
        <translation>Die Zustandsprüfung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>All components are UP (agent %1).</source>
        <translation>Alle Komponenten sind UP (Agent %1).</translation>
    </message>
    <message>
        <source>The agent reports %1, but no component is DOWN.</source>
        <translation>Der Agent meldet %1, aber keine Komponente ist DOWN.</translation>
    </message>
    <message numerus="yes">
        <source>Components DOWN (%n): %1.</source>
        <translation>
            <numerusform>%n Komponente DOWN: %1.</numerusform>
            <numerusform>%n Komponenten DOWN: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 (commit %2)
Host %3 (%4), %5
URL %6
On-premises: %7; multi-tenant: %8</source>
        <translation>Version %1 (Commit %2)
Host %3 (%4), %5
URL %6
On-Premises: %7; mandantenfähig: %8</translation>
    </message>
    <message>
        <source>No agent information yet.</source>
        <translation>Noch keine Agent-Informationen.</translation>
    </message>
    <message>
        <source>%1 (%2), user id %3
Account type %4; roles: %5</source>
        <translation>%1 (%2), Benutzer-ID %3
Kontotyp %4; Rollen: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No session information yet.</source>
        <translation>Noch keine Sitzungsinformationen.</translation>
    </message>
    <message>
        <source>No session token yet: the client authenticates on its first request.</source>
        <translation>Noch kein Sitzungstoken: Der Client authentifiziert sich bei seiner ersten Anfrage.</translation>
    </message>
    <message>
        <source>The session token is opaque (not a JWT): its lifetime is not known.</source>
        <translation>Das Sitzungstoken ist undurchsichtig (kein JWT): Seine Lebensdauer ist unbekannt.</translation>
    </message>
    <message>
        <source>The session token expired at %1; the client signs in again on its next request.</source>
        <translation>Das Sitzungstoken ist um %1 abgelaufen; der Client meldet sich bei der nächsten Anfrage neu an.</translation>
    </message>
    <message>
        <source>The session token expires at %1, in %2 h %3 min %4 s.</source>
        <translation>Das Sitzungstoken läuft um %1 ab, in %2 h %3 min %4 s.</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>No failed requests.</source>
        <translation>Keine fehlgeschlagenen Anfragen.</translation>
    </message>
    <message>
        <source>Offline: an archive is open. The pod&apos;s health, its agent and a session are not kept in an archive; connect to the pod to see them.</source>
        <translation>Offline: Ein Archiv ist geöffnet. Der Zustand des Pods, sein Agent und eine Sitzung werden nicht in einem Archiv gespeichert; verbinden Sie sich mit dem Pod, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ExportDialog</name>
    <message>
        <source>Export Messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Choose a file to write</source>
        <translation>Datei zum Schreiben wählen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose destination file</source>
        <translation>Zieldatei wählen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Selected messages (%n)</source>
        <translation>
            <numerusform>Ausgewählte Nachricht (%n)</numerusform>
            <numerusform>Ausgewählte Nachrichten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages shown in the table (%n)</source>
        <translation>
            <numerusform>In der Tabelle angezeigte Nachricht (%n)</numerusform>
            <numerusform>In der Tabelle angezeigte Nachrichten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole stream &quot;%1&quot;</source>
        <translation>Der ganze Stream „%1“</translation>
    </message>
    <message numerus="yes">
        <source>The whole history of %n chosen streams</source>
        <translation>
            <numerusform>Der ganze Verlauf von %n gewähltem Stream</numerusform>
            <numerusform>Der ganze Verlauf von %n gewählten Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>A search result (run a search first)</source>
        <translation>Ein Suchergebnis (zuerst eine Suche ausführen)</translation>
    </message>
    <message>
        <source>Every result of the search &quot;%1&quot;</source>
        <translation>Alle Ergebnisse der Suche „%1“</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON (one array)</source>
        <translation>JSON (ein Array)</translation>
    </message>
    <message>
        <source>JSON Lines (one message per line)</source>
        <translation>JSON Lines (eine Nachricht pro Zeile)</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Zeilenende</translation>
    </message>
    <message>
        <source>CRLF (RFC 4180, Windows)</source>
        <translation>CRLF (RFC 4180, Windows)</translation>
    </message>
    <message>
        <source>LF (Unix)</source>
        <translation>LF (Unix)</translation>
    </message>
    <message>
        <source>Quote every cell</source>
        <translation>Jede Zelle in Anführungszeichen</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark (for Excel)</source>
        <translation>UTF-8-Byte-Order-Mark (für Excel)</translation>
    </message>
    <message>
        <source>Defuse cells a spreadsheet would run as formulas</source>
        <translation>Zellen entschärfen, die eine Tabellenkalkulation als Formel ausführen würde</translation>
    </message>
    <message>
        <source>Drop duplicate deliveries of a message</source>
        <translation>Doppelte Zustellungen einer Nachricht verwerfen</translation>
    </message>
    <message>
        <source>One file per stream</source>
        <translation>Eine Datei pro Stream</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>&amp;Zeilenende:</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Spalte nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Spalte nach unten</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
    <message>
        <source>There is nothing to export yet: open a stream or run a search first.</source>
        <translation>Noch gibt es nichts zu exportieren: Öffnen Sie zuerst einen Stream oder führen Sie eine Suche aus.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder: choose a file name.</source>
        <translation>„%1“ ist ein Ordner: Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Several formats: the name is a base, each format adds its suffix. For several streams the name is a template: %N stream name, %I stream id, %T type, %d export date, %f and %l first and last message date, %x the format&apos;s suffix, %% a %.</source>
        <translation>Mehrere Formate: Der Name ist ein Stamm, jedes Format hängt seine Endung an. Für mehrere Streams ist der Name eine Vorlage: %N Stream-Name, %I Stream-ID, %T Typ, %d Exportdatum, %f und %l Datum der ersten und letzten Nachricht, %x Endung des Formats, %% ein %.</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>Nach Abschluss öffnen</translation>
    </message>
    <message>
        <source>When the export succeeds, open the file, or the folder of several files.</source>
        <translation>Nach erfolgreichem Export die Datei öffnen, bei mehreren Dateien deren Ordner.</translation>
    </message>
    <message>
        <source>HTML transcript (to read)</source>
        <translation>HTML-Protokoll (zum Lesen)</translation>
    </message>
    <message>
        <source>PDF transcript (to print)</source>
        <translation>PDF-Protokoll (zum Drucken)</translation>
    </message>
    <message>
        <source>Export format %1</source>
        <translation>Exportformat %1</translation>
    </message>
    <message>
        <source>Transcripts (HTML, PDF)</source>
        <translation>Protokolle (HTML, PDF)</translation>
    </message>
    <message>
        <source>Time zone of the transcripts</source>
        <translation>Zeitzone der Protokolle</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Messages per transcript file</source>
        <translation>Nachrichten pro Protokolldatei</translation>
    </message>
    <message>
        <source>One file (PDF: 5000 per file)</source>
        <translation>Eine Datei (PDF: 5000 pro Datei)</translation>
    </message>
    <message>
        <source>PDF page size</source>
        <translation>PDF-Seitenformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>HTML: download the attachments beside it (NAME_files/)</source>
        <translation>HTML: die Anhänge daneben herunterladen (NAME_files/)</translation>
    </message>
    <message>
        <source>The files of the exported streams&apos; attachments are saved next to the transcript and linked; images are shown from them.</source>
        <translation>Die Dateien der Anhänge der exportierten Streams werden neben dem Protokoll gespeichert und verlinkt; Bilder werden aus ihnen angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Messages per file:</source>
        <translation>&amp;Nachrichten pro Datei:</translation>
    </message>
    <message>
        <source>&amp;Page size (PDF):</source>
        <translation>&amp;Seitenformat (PDF):</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>%l (the last message&apos;s date) is known only at the end, and the parts of a PDF or a partitioned transcript name each other as they are written: use %f or %d.</source>
        <translation>%l (das Datum der letzten Nachricht) ist erst am Ende bekannt, und die Teile eines PDF oder eines aufgeteilten Protokolls nennen einander schon beim Schreiben: Verwenden Sie %f oder %d.</translation>
    </message>
    <message>
        <source>A transcript (HTML, PDF) holds one stream: name the files with a template (%1) or write one file per stream.</source>
        <translation>Ein Protokoll (HTML, PDF) enthält einen Stream: Benennen Sie die Dateien mit einer Vorlage (%1) oder schreiben Sie eine Datei pro Stream.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::IdConverterDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open stream</source>
        <translation>Stream öffnen</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>ID Converter</source>
        <translation>ID-Konverter</translation>
    </message>
    <message>
        <source>Paste a message or stream id, in either form</source>
        <translation>Eine Nachrichten- oder Stream-ID in einer der beiden Formen einfügen</translation>
    </message>
    <message>
        <source>Id to convert</source>
        <translation>Umzuwandelnde ID</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>URL-safe form</source>
        <translation>URL-sichere Form</translation>
    </message>
    <message>
        <source>Standard Base64 form</source>
        <translation>Standard-Base64-Form</translation>
    </message>
    <message>
        <source>Copy the URL-safe form</source>
        <translation>Die URL-sichere Form kopieren</translation>
    </message>
    <message>
        <source>Copy the standard form</source>
        <translation>Die Standardform kopieren</translation>
    </message>
    <message>
        <source>Show this stream in the main window</source>
        <translation>Diesen Stream im Hauptfenster zeigen</translation>
    </message>
    <message>
        <source>Show this message in the main window</source>
        <translation>Diese Nachricht im Hauptfenster zeigen</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>URL-safe (API):</source>
        <translation>URL-sicher (API):</translation>
    </message>
    <message>
        <source>Standard (client):</source>
        <translation>Standard (Client):</translation>
    </message>
    <message>
        <source>Symphony ids are Base64: the API uses the URL-safe form without padding, the Symphony client shows the standard form.</source>
        <translation>Symphony-IDs sind Base64: Die API verwendet die URL-sichere Form ohne Auffüllung, der Symphony-Client zeigt die Standardform.</translation>
    </message>
    <message>
        <source>Paste an id to convert it.</source>
        <translation>Fügen Sie eine ID ein, um sie umzuwandeln.</translation>
    </message>
    <message numerus="yes">
        <source>Valid id: %n bytes, the usual size of message and stream ids.</source>
        <translation>
            <numerusform>Gültige ID: %n Byte, die übliche Größe von Nachrichten- und Stream-IDs.</numerusform>
            <numerusform>Gültige ID: %n Byte, die übliche Größe von Nachrichten- und Stream-IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid Base64, but %n bytes: message and stream ids usually have 25.</source>
        <translation>
            <numerusform>Gültiges Base64, aber %n Byte: Nachrichten- und Stream-IDs haben meist 25.</numerusform>
            <numerusform>Gültiges Base64, aber %n Byte: Nachrichten- und Stream-IDs haben meist 25.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a valid id: %1</source>
        <translation>Keine gültige ID: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::LivePane</name>
    <message>
        <source>Datafeed</source>
        <translation>Datafeed</translation>
    </message>
    <message>
        <source>Datahose</source>
        <translation>Datahose</translation>
    </message>
    <message>
        <source>Datafeed: the conversations the account is in. Datahose: every conversation of the pod (an add-on; needs the agent&apos;s ceservice account for messages).</source>
        <translation>Datafeed: die Unterhaltungen, in denen das Konto Mitglied ist. Datahose: alle Unterhaltungen des Pods (ein Add-on; braucht für Nachrichten das ceservice-Konto des Agents).</translation>
    </message>
    <message>
        <source>Tag (default: from the bot&apos;s name)</source>
        <translation>Tag (Standard: aus dem Namen des Bots)</translation>
    </message>
    <message>
        <source>Datafeed: at most 100 characters; an existing feed with this tag is reused. Datahose: 1 to 80 characters; readers with the same tag and types share the feed.</source>
        <translation>Datafeed: höchstens 100 Zeichen; ein vorhandener Feed mit diesem Tag wird wiederverwendet. Datahose: 1 bis 80 Zeichen; Leser mit gleichem Tag und gleichen Typen teilen sich den Feed.</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Pause view</source>
        <translation>Ansicht anhalten</translation>
    </message>
    <message>
        <source>Freeze the list; events are still read, stored and counted.</source>
        <translation>Die Liste einfrieren; Ereignisse werden weiter gelesen, gespeichert und gezählt.</translation>
    </message>
    <message>
        <source>Export capture…</source>
        <translation>Aufzeichnung exportieren…</translation>
    </message>
    <message>
        <source>Keep last </source>
        <translation>Behalte die letzten </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Stream id or room</source>
        <translation>Stream-ID oder Raum</translation>
    </message>
    <message>
        <source>User id or name</source>
        <translation>Benutzer-ID oder Name</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Pick at least one event type.</source>
        <translation>Wählen Sie mindestens einen Ereignistyp.</translation>
    </message>
    <message>
        <source>Cannot create the capture folder %1.</source>
        <translation>Der Aufzeichnungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Reading the datafeed %1 (an existing feed with this tag).</source>
        <translation>Lese den Datafeed %1 (ein vorhandener Feed mit diesem Tag).</translation>
    </message>
    <message>
        <source>Reading the datafeed %1 (created).</source>
        <translation>Lese den Datafeed %1 (neu angelegt).</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>Lücke: %1</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>Reading the datahose (tag &quot;%1&quot;, %2 event types)…</source>
        <translation>Lese den Datahose (Tag „%1“, %2 Ereignistypen)…</translation>
    </message>
    <message>
        <source>Looking for the datafeed with tag &quot;%1&quot;…</source>
        <translation>Suche den Datafeed mit Tag „%1“…</translation>
    </message>
    <message>
        <source>Stopped. The capture is in %1.</source>
        <translation>Gestoppt. Die Aufzeichnung liegt in %1.</translation>
    </message>
    <message>
        <source>Nothing was captured yet: start the live view first.</source>
        <translation>Noch wurde nichts aufgezeichnet: Starten Sie zuerst die Live-Ansicht.</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export the capture</source>
        <translation>Die Aufzeichnung exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 events, %2 in the last minute, %3 duplicates dropped</source>
        <translation>%1 Ereignisse, %2 in der letzten Minute, %3 Duplikate verworfen</translation>
    </message>
    <message>
        <source> (view paused, %1 waiting)</source>
        <translation> (Ansicht angehalten, %1 wartend)</translation>
    </message>
    <message>
        <source>Exporting the capture to %1…</source>
        <translation>Exportiere die Aufzeichnung nach %1…</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::MainWindow</name>
    <message>
        <source>Symphony Inspector</source>
        <translation>Symphony Inspector</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>&amp;Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>Live-Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected to a pod</source>
        <translation>Mit keinem Pod verbunden</translation>
    </message>
    <message>
        <source>Connect to a pod with a connection profile, or try the built-in demo pod: it needs no account and shows every feature.</source>
        <translation>Verbinden Sie sich mit einem Verbindungsprofil mit einem Pod, oder probieren Sie den eingebauten Demo-Pod aus: Er braucht kein Konto und zeigt alle Funktionen.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Open connection profiles</source>
        <translation>Verbindungsprofile öffnen</translation>
    </message>
    <message>
        <source>Open the demo pod</source>
        <translation>Demo-Pod öffnen</translation>
    </message>
    <message>
        <source>Connect to the demo pod</source>
        <translation>Mit dem Demo-Pod verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;ID Converter…</source>
        <translation>&amp;ID-Konverter…</translation>
    </message>
    <message>
        <source>&amp;Request Log</source>
        <translation>&amp;Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Symphony Inspector</source>
        <translation>Ü&amp;ber Symphony Inspector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Reload the streams and the current view (F5)</source>
        <translation>Streams und aktuelle Ansicht neu laden (F5)</translation>
    </message>
    <message>
        <source>Filter the list that has the focus (Ctrl+F)</source>
        <translation>Die Liste mit dem Fokus filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Convert a stream or message ID between its forms (Ctrl+L)</source>
        <translation>Eine Stream- oder Nachrichten-ID zwischen ihren Formen umwandeln (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>The demo pod could not start.</source>
        <translation>Der Demo-Pod konnte nicht starten.</translation>
    </message>
    <message>
        <source>This build has no embedded demo pod.</source>
        <translation>Diese Version hat keinen eingebauten Demo-Pod.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 – Symphony Inspector</source>
        <translation>%1 – Symphony Inspector</translation>
    </message>
    <message>
        <source>Connect to a pod first: there is nothing to export yet.</source>
        <translation>Verbinden Sie sich zuerst mit einem Pod: Noch gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>An export is already running: wait for it or cancel it in the status bar.</source>
        <translation>Es läuft bereits ein Export: Warten Sie auf ihn oder brechen Sie ihn in der Statusleiste ab.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Export wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n messages</source>
        <translation>
            <numerusform>Exportiere: %n Nachricht</numerusform>
            <numerusform>Exportiere: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>(stream %1 of %2)</source>
        <translation>(Stream %1 von %2)</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Files already written: %1</source>
        <translation>Bereits geschriebene Dateien: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages written</source>
        <translation>
            <numerusform>%n Nachricht geschrieben</numerusform>
            <numerusform>%n Nachrichten geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate deliveries dropped</source>
        <translation>
            <numerusform>%n doppelte Zustellung verworfen</numerusform>
            <numerusform>%n doppelte Zustellungen verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters that could not be encoded replaced by U+FFFD</source>
        <translation>
            <numerusform>%n nicht kodierbares Zeichen durch U+FFFD ersetzt</numerusform>
            <numerusform>%n nicht kodierbare Zeichen durch U+FFFD ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells defused against formula injection</source>
        <translation>
            <numerusform>%n Zelle gegen Formel-Injektion entschärft</numerusform>
            <numerusform>%n Zellen gegen Formel-Injektion entschärft</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished: %1.</source>
        <translation>Export abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Files:
%1</source>
        <translation>Dateien:
%1</translation>
    </message>
    <message>
        <source>About Symphony Inspector</source>
        <translation>Über Symphony Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Symphony Inspector %1&lt;/h3&gt;&lt;p&gt;Look inside a Symphony Messaging pod and get data out of it: streams, messages, receipts, attachments, health.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Symphony Inspector %1&lt;/h3&gt;&lt;p&gt;Blicken Sie in einen Symphony-Messaging-Pod und holen Sie Daten heraus: Streams, Nachrichten, Lesebestätigungen, Anhänge, Zustand.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Live Events</source>
        <translation>&amp;Live-Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about the pages the server sent (see Details)</source>
        <translation>
            <numerusform>%n Warnung zu den Seiten, die der Server gesendet hat (siehe Details)</numerusform>
            <numerusform>%n Warnungen zu den Seiten, die der Server gesendet hat (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Archive…</source>
        <translation>&amp;Archiv öffnen…</translation>
    </message>
    <message>
        <source>Recent Archi&amp;ves</source>
        <translation>&amp;Zuletzt geöffnete Archive</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchiv</translation>
    </message>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Opening the archive %1…</source>
        <translation>Öffne das Archiv %1…</translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation>Das Archiv %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archiv %1</translation>
    </message>
    <message>
        <source>an unknown pod</source>
        <translation>einem unbekannten Pod</translation>
    </message>
    <message>
        <source>%1 (archive of %2)</source>
        <translation>%1 (Archiv von %2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Archive %1 of %2, offline; last finished sync: %3</source>
        <translation>Archiv %1 von %2, offline; letzte abgeschlossene Synchronisierung: %3</translation>
    </message>
    <message>
        <source>%1 – %2 – Symphony Inspector</source>
        <translation>%1 – %2 – Symphony Inspector</translation>
    </message>
    <message>
        <source>Archive overview</source>
        <translation>Archivübersicht</translation>
    </message>
    <message>
        <source>Changes between syncs</source>
        <translation>Änderungen zwischen Synchronisierungen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Änd&amp;erungen</translation>
    </message>
    <message>
        <source>Export messages to CSV, JSON, JSON Lines, HTML or PDF (Ctrl+E)</source>
        <translation>Nachrichten als CSV, JSON, JSON Lines, HTML oder PDF exportieren (Strg+E)</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::MessagesPane</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With attachments</source>
        <translation>Mit Anhängen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Copy message ID (URL-safe)</source>
        <translation>Nachrichten-ID kopieren (URL-sicher)</translation>
    </message>
    <message>
        <source>Copy message ID (standard Base64)</source>
        <translation>Nachrichten-ID kopieren (Standard-Base64)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Search messages, e.g. hashtag:rates AND author:8933531976681</source>
        <translation>Nachrichten suchen, z. B. hashtag:rates AND author:8933531976681</translation>
    </message>
    <message>
        <source>Message search query</source>
        <translation>Suchanfrage für Nachrichten</translation>
    </message>
    <message>
        <source>Fields: text, author, hashtag, cashtag, mention, signal, fromDate, toDate, streamId, streamType. The text field needs a streamId.</source>
        <translation>Felder: text, author, hashtag, cashtag, mention, signal, fromDate, toDate, streamId, streamType. Das Feld text braucht eine streamId.</translation>
    </message>
    <message>
        <source>Run the search</source>
        <translation>Die Suche ausführen</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Filter by sender</source>
        <translation>Nach Absender filtern</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>From date (local time, inclusive)</source>
        <translation>Ab Datum (Ortszeit, einschließlich)</translation>
    </message>
    <message>
        <source>To date (local time, inclusive)</source>
        <translation>Bis Datum (Ortszeit, einschließlich)</translation>
    </message>
    <message>
        <source>Only messages with attachments</source>
        <translation>Nur Nachrichten mit Anhängen</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Loading messages</source>
        <translation>Lade Nachrichten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <source>All messages loaded: %n</source>
        <translation>
            <numerusform>Die %n Nachricht ist geladen</numerusform>
            <numerusform>Alle %n Nachrichten geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages loaded: %n; scroll down for older ones</source>
        <translation>
            <numerusform>%n Nachricht geladen; für ältere nach unten scrollen</numerusform>
            <numerusform>%n Nachrichten geladen; für ältere nach unten scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded messages</source>
        <translation>%1 von %2 geladenen Nachrichten angezeigt</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>The message is loaded but hidden by the filters.</source>
        <translation>Die Nachricht ist geladen, aber durch die Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>The message is not in this stream&apos;s history.</source>
        <translation>Die Nachricht ist nicht im Verlauf dieses Streams.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Select a stream on the left, or search messages above.</source>
        <translation>Wählen Sie links einen Stream, oder suchen Sie oben nach Nachrichten.</translation>
    </message>
    <message>
        <source>No loaded message matches the filters.</source>
        <translation>Keine geladene Nachricht passt zu den Filtern.</translation>
    </message>
    <message>
        <source>The messages could not be loaded.</source>
        <translation>Die Nachrichten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Lade Nachrichten…</translation>
    </message>
    <message>
        <source>Search the archive&apos;s text, e.g. rates &quot;bond desk&quot; treas*</source>
        <translation>Den Text des Archivs durchsuchen, z. B. rates &quot;bond desk&quot; treas*</translation>
    </message>
    <message>
        <source>Full-text search of the archive: every word must occur in the text (any version of it), the sender or the stream&apos;s name; &quot;quoted words&quot; follow each other; a trailing * matches the start of a word.</source>
        <translation>Volltextsuche im Archiv: Jedes Wort muss im Text (in einer beliebigen Version davon), im Absender oder im Namen des Streams vorkommen; &quot;Wörter in Anführungszeichen&quot; folgen aufeinander; ein * am Ende passt auf den Anfang eines Worts.</translation>
    </message>
    <message>
        <source>Messages per day of the stream</source>
        <translation>Nachrichten pro Tag des Streams</translation>
    </message>
    <message>
        <source>Messages per day. Click or drag to show only those days; Esc clears.</source>
        <translation>Nachrichten pro Tag. Klicken oder ziehen Sie, um nur diese Tage anzuzeigen; Esc hebt die Auswahl auf.</translation>
    </message>
    <message numerus="yes">
        <source>Messages matching the filters: %n</source>
        <translation>
            <numerusform>Nachrichten, die den Filtern entsprechen: %n</numerusform>
            <numerusform>Nachrichten, die den Filtern entsprechen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages: %n</source>
        <translation>
            <numerusform>Nachrichten: %n</numerusform>
            <numerusform>Nachrichten: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available for an archive&apos;s stream, which is read a window at a time: use the search box and the dates (or the activity strip).</source>
        <translation>Für den Stream eines Archivs nicht verfügbar, da er abschnittsweise gelesen wird: Verwenden Sie das Suchfeld und die Daten (oder den Aktivitätsstreifen).</translation>
    </message>
    <message>
        <source>Only the time column sorts an archive&apos;s stream.</source>
        <translation>Der Stream eines Archivs lässt sich nur nach der Zeitspalte sortieren.</translation>
    </message>
    <message>
        <source>The message is hidden by the search or the dates.</source>
        <translation>Die Nachricht wird durch die Suche oder die Daten ausgeblendet.</translation>
    </message>
    <message>
        <source>No message matches the search or the dates.</source>
        <translation>Keine Nachricht entspricht der Suche oder den Daten.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::OpenArchiveDialog</name>
    <message>
        <source>Open Archive</source>
        <translation>Archiv öffnen</translation>
    </message>
    <message>
        <source>Archive file or PostgreSQL URL</source>
        <translation>Archivdatei oder PostgreSQL-URL</translation>
    </message>
    <message>
        <source>archive.sqlite or postgresql://user@host/database</source>
        <translation>archive.sqlite oder postgresql://user@host/database</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose an archive file</source>
        <translation>Archivdatei wählen</translation>
    </message>
    <message>
        <source>A SQLite archive file written by archive sync, or a PostgreSQL URL without password (the password comes from PGPASSWORD or ~/.pgpass). Opening an archive ends the connection to the pod: the archive is read offline.</source>
        <translation>Eine von archive sync geschriebene SQLite-Archivdatei oder eine PostgreSQL-URL ohne Passwort (das Passwort kommt aus PGPASSWORD oder ~/.pgpass). Das Öffnen eines Archivs beendet die Verbindung zum Pod: Das Archiv wird offline gelesen.</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <source>Archives (*.sqlite *.db *.sqlite3)</source>
        <translation>Archive (*.sqlite *.db *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::OverviewPage</name>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>&amp;Activity of all streams (messages per day; hatched: no sync read these days)</source>
        <translation>&amp;Aktivität aller Streams (Nachrichten pro Tag; schraffiert: keine Synchronisierung hat diese Tage gelesen)</translation>
    </message>
    <message>
        <source>Busiest streams</source>
        <translation>Aktivste Streams</translation>
    </message>
    <message>
        <source>Busiest senders</source>
        <translation>Aktivste Absender</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation>Streams:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>Sync runs:</source>
        <translation>Synchronisierungsläufe:</translation>
    </message>
    <message>
        <source>Last finished sync:</source>
        <translation>Letzte abgeschlossene Synchronisierung:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Activity of all streams</source>
        <translation>Aktivität aller Streams</translation>
    </message>
    <message>
        <source>Open an archive to see what it holds.</source>
        <translation>Öffnen Sie ein Archiv, um zu sehen, was es enthält.</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Lese das Archiv…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 (%2 earlier versions kept, %3 no longer on the pod)</source>
        <translation>%1 (%2 frühere Versionen gespeichert, %3 nicht mehr auf dem Pod)</translation>
    </message>
    <message>
        <source>%1 (and %2 other runs)</source>
        <translation>%1 (und %2 andere Läufe)</translation>
    </message>
    <message>
        <source>run %1, %2</source>
        <translation>Lauf %1, %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ProfileDialog</name>
    <message>
        <source>Leave empty to keep the stored value</source>
        <translation>Leer lassen, um den gespeicherten Wert zu behalten</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Edit Connection Profile</source>
        <translation>Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <source>Derived from the pod URL</source>
        <translation>Aus der Pod-URL abgeleitet</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Pod URL</source>
        <translation>Pod-URL</translation>
    </message>
    <message>
        <source>https://mycompany.symphony.com</source>
        <translation>https://meinefirma.symphony.com</translation>
    </message>
    <message>
        <source>Agent URL</source>
        <translation>Agent-URL</translation>
    </message>
    <message>
        <source>Key manager URL</source>
        <translation>Key-Manager-URL</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Login-URL</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Pod URL:</source>
        <translation>&amp;Pod-URL:</translation>
    </message>
    <message>
        <source>&amp;Agent URL:</source>
        <translation>&amp;Agent-URL:</translation>
    </message>
    <message>
        <source>&amp;Key manager URL:</source>
        <translation>&amp;Key-Manager-URL:</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>&amp;Login-URL:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>RSA key file (bot)</source>
        <translation>RSA-Schlüsseldatei (Bot)</translation>
    </message>
    <message>
        <source>Pasted tokens</source>
        <translation>Eingefügte Tokens</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>Bot username</source>
        <translation>Bot-Benutzername</translation>
    </message>
    <message>
        <source>Bot &amp;username:</source>
        <translation>Bot-&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Datei des privaten &amp;Schlüssels:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>Key manager token</source>
        <translation>Key-Manager-Token</translation>
    </message>
    <message>
        <source>&amp;Session token:</source>
        <translation>&amp;Sitzungstoken:</translation>
    </message>
    <message>
        <source>Key &amp;manager token:</source>
        <translation>Key-&amp;Manager-Token:</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Separate &amp;key file:</source>
        <translation>Separate &amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Certificate key file</source>
        <translation>Schlüsseldatei des Zertifikats</translation>
    </message>
    <message>
        <source>Empty when the certificate file holds the key</source>
        <translation>Leer, wenn die Zertifikatsdatei den Schlüssel enthält</translation>
    </message>
    <message>
        <source>Certificate passphrase</source>
        <translation>Zertifikat-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Only for a pod behind a private CA</source>
        <translation>Nur für einen Pod hinter einer privaten CA</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy:</translation>
    </message>
    <message>
        <source>Proxy user and password:</source>
        <translation>Proxy-Benutzer und -Passwort:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitüberschreitung je Anfrage in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitüberschreitung:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>The secrets stay in memory until the program ends and are never written anywhere.</source>
        <translation>Die Geheimnisse bleiben bis zum Programmende im Speicher und werden nirgends geschrieben.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in den Einstellungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>Saving the secrets in the system keychain…</source>
        <translation>Speichere die Geheimnisse im Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>The secrets could not be saved: %1</source>
        <translation>Die Geheimnisse konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ProfileManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Secrets (passphrases, tokens, proxy passwords) are kept in the system keychain, never in the settings file.</source>
        <translation>Geheimnisse (Passphrasen, Tokens, Proxy-Passwörter) werden im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>%1 (built in, no setup needed)</source>
        <translation>%1 (eingebaut, keine Einrichtung nötig)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>A secret could not be copied: %1</source>
        <translation>Ein Geheimnis konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secrets?</source>
        <translation>Das Profil „%1“ und seine gespeicherten Geheimnisse löschen?</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>A stored secret could not be removed: %1</source>
        <translation>Ein gespeichertes Geheimnis konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::RequestLogView</name>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>Nach Pfad filtern</translation>
    </message>
    <message>
        <source>Filter the request log by path</source>
        <translation>Das Anfrageprotokoll nach Pfad filtern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Das Anfrageprotokoll leeren</translation>
    </message>
    <message>
        <source>No requests yet. Requests appear here as the program makes them.</source>
        <translation>Noch keine Anfragen. Anfragen erscheinen hier, sobald das Programm sie stellt.</translation>
    </message>
    <message numerus="yes">
        <source>Requests: %n, failed: %1.</source>
        <translation>
            <numerusform>%n Anfrage, %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Anfragen, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requests shown: %1 of %n, failed: %2.</source>
        <translation>
            <numerusform>%1 von %n Anfrage angezeigt, %2 fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n Anfragen angezeigt, %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::SafeTextBrowser</name>
    <message>
        <source>Message preview</source>
        <translation>Nachrichtenvorschau</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Not opened: %1 is not a web or mail address.</source>
        <translation>Nicht geöffnet: %1 ist keine Web- oder Mail-Adresse.</translation>
    </message>
    <message>
        <source>Link not opened.</source>
        <translation>Link nicht geöffnet.</translation>
    </message>
    <message>
        <source>Opened %1 in the web browser.</source>
        <translation>%1 im Webbrowser geöffnet.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::StreamInfoDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Stream: %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>ID (URL-safe)</source>
        <translation>ID (URL-sicher)</translation>
    </message>
    <message>
        <source>ID (standard Base64)</source>
        <translation>ID (Standard-Base64)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Cross-pod</source>
        <translation>Pod-übergreifend</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::StreamsPane</name>
    <message>
        <source>Copy ID (URL-safe)</source>
        <translation>ID kopieren (URL-sicher)</translation>
    </message>
    <message>
        <source>Copy ID (standard Base64)</source>
        <translation>ID kopieren (Standard-Base64)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Info and members…</source>
        <translation>Informationen und Mitglieder…</translation>
    </message>
    <message>
        <source>My streams</source>
        <translation>Meine Streams</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>One user&apos;s streams</source>
        <translation>Streams eines Benutzers</translation>
    </message>
    <message>
        <source>Streams scope</source>
        <translation>Umfang der Streams</translation>
    </message>
    <message>
        <source>Which streams to list. Enterprise and one user&apos;s streams need an administrator account.</source>
        <translation>Welche Streams aufgelistet werden. Unternehmens- und Benutzer-Streams brauchen ein Administratorkonto.</translation>
    </message>
    <message>
        <source>User id or email, then Enter</source>
        <translation>Benutzer-ID oder E-Mail, dann Eingabetaste</translation>
    </message>
    <message>
        <source>User whose streams to list</source>
        <translation>Benutzer, dessen Streams aufgelistet werden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the streams again</source>
        <translation>Die Streams neu auflisten</translation>
    </message>
    <message>
        <source>Refresh streams</source>
        <translation>Streams aktualisieren</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>Filter streams</source>
        <translation>Streams filtern</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Loading streams</source>
        <translation>Lade Streams</translation>
    </message>
    <message>
        <source>Not connected. Connect to a pod to list its streams.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Pod, um seine Streams aufzulisten.</translation>
    </message>
    <message>
        <source>Loading streams…</source>
        <translation>Lade Streams…</translation>
    </message>
    <message>
        <source>No streams in this scope.</source>
        <translation>Keine Streams in diesem Umfang.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::SyncController</name>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchronisieren…</translation>
    </message>
    <message>
        <source>Archive Sync</source>
        <translation>Archiv-Synchronisierung</translation>
    </message>
    <message>
        <source>Copy the pod&apos;s streams and messages into an archive, to read them offline</source>
        <translation>Die Streams und Nachrichten des Pods in ein Archiv kopieren, um sie offline zu lesen</translation>
    </message>
    <message>
        <source>Archive sync</source>
        <translation>Archiv-Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revisions</source>
        <translation>
            <numerusform>%n Überarbeitung</numerusform>
            <numerusform>%n Überarbeitungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlend</numerusform>
            <numerusform>%n fehlend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new streams</source>
        <translation>
            <numerusform>%n neuer Stream</numerusform>
            <numerusform>%n neue Streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member changes</source>
        <translation>
            <numerusform>%n Mitgliedschaftsänderung</numerusform>
            <numerusform>%n Mitgliedschaftsänderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync to %1 cancelled (what was stored is kept; the next sync carries on): %2.</source>
        <translation>Synchronisierung nach %1 abgebrochen (das bereits Gespeicherte bleibt erhalten; die nächste Synchronisierung macht dort weiter): %2.</translation>
    </message>
    <message>
        <source>The sync to %1 failed: %2</source>
        <translation>Die Synchronisierung nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Sync to %1 finished: %2.</source>
        <translation>Synchronisierung nach %1 abgeschlossen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n streams could not be read (see Details).</source>
        <translation>
            <numerusform>%n Stream konnte nicht gelesen werden (siehe Details).</numerusform>
            <numerusform>%n Streams konnten nicht gelesen werden (siehe Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 requests, %2 answered 429 (too many requests), %3 s</source>
        <translation>%1 Anfragen, %2 mit 429 beantwortet (zu viele Anfragen), %3 s</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::SyncDialog</name>
    <message>
        <source>Sync to an Archive</source>
        <translation>In ein Archiv synchronisieren</translation>
    </message>
    <message>
        <source>Sync to an archive</source>
        <translation>In ein Archiv synchronisieren</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Archive file or PostgreSQL URL</source>
        <translation>Archivdatei oder PostgreSQL-URL</translation>
    </message>
    <message>
        <source>A file, or postgresql://user@host/database</source>
        <translation>Eine Datei oder postgresql://user@host/database</translation>
    </message>
    <message>
        <source>A SQLite file, or a PostgreSQL URL without a password (the password comes from PGPASSWORD or ~/.pgpass)</source>
        <translation>Eine SQLite-Datei oder eine PostgreSQL-URL ohne Passwort (das Passwort kommt aus PGPASSWORD oder ~/.pgpass)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the archive file</source>
        <translation>Die Archivdatei wählen</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>The streams chosen in the streams pane (none chosen)</source>
        <translation>Die in der Stream-Liste gewählten Streams (keiner gewählt)</translation>
    </message>
    <message numerus="yes">
        <source>The %n streams chosen in the streams pane</source>
        <translation>
            <numerusform>Der %n in der Stream-Liste gewählte Stream</numerusform>
            <numerusform>Die %n in der Stream-Liste gewählten Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>My streams (those the account is a member of)</source>
        <translation>Meine Streams (in denen das Konto Mitglied ist)</translation>
    </message>
    <message>
        <source>Every stream of the enterprise (an administrator&apos;s account)</source>
        <translation>Alle Streams des Unternehmens (Administratorkonto)</translation>
    </message>
    <message>
        <source>Types:</source>
        <translation>Typen:</translation>
    </message>
    <message>
        <source>Stream type %1</source>
        <translation>Stream-Typ %1</translation>
    </message>
    <message>
        <source>Include inactive streams</source>
        <translation>Inaktive Streams einbeziehen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Only messages since</source>
        <translation>Nur Nachrichten seit</translation>
    </message>
    <message>
        <source>How far back a first sync of a stream reads (unchecked: its whole history)</source>
        <translation>Wie weit die erste Synchronisierung eines Streams zurückliest (nicht angehakt: sein ganzer Verlauf)</translation>
    </message>
    <message>
        <source>Oldest message date</source>
        <translation>Datum der ältesten Nachricht</translation>
    </message>
    <message>
        <source>Look-back in days</source>
        <translation>Rückblick in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>What each later sync reads again, to see edits and removals</source>
        <translation>Was jede spätere Synchronisierung erneut liest, um Bearbeitungen und Entfernungen zu erkennen</translation>
    </message>
    <message>
        <source>Members of each stream</source>
        <translation>Mitglieder jedes Streams</translation>
    </message>
    <message>
        <source>Read receipts of each message (an administrator&apos;s listing)</source>
        <translation>Lesebestätigungen jeder Nachricht (Auflistung für Administratoren)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Download the files, kept beside the archive (SQLite) or in it (PostgreSQL)</source>
        <translation>Die Dateien herunterladen; sie werden neben dem Archiv (SQLite) oder darin (PostgreSQL) gespeichert</translation>
    </message>
    <message>
        <source>Streams read at once</source>
        <translation>Gleichzeitig gelesene Streams</translation>
    </message>
    <message>
        <source>&amp;Look-back:</source>
        <translation>&amp;Rückblick:</translation>
    </message>
    <message>
        <source>Streams read at &amp;once:</source>
        <translation>&amp;Gleichzeitig gelesene Streams:</translation>
    </message>
    <message>
        <source>Why the sync cannot start yet</source>
        <translation>Warum die Synchronisierung noch nicht starten kann</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Choose an archive file or type a PostgreSQL URL.</source>
        <translation>Wählen Sie eine Archivdatei oder geben Sie eine PostgreSQL-URL ein.</translation>
    </message>
    <message>
        <source>Choose which streams to sync.</source>
        <translation>Wählen Sie, welche Streams synchronisiert werden.</translation>
    </message>
    <message>
        <source>No stream is chosen in the streams pane.</source>
        <translation>In der Stream-Liste ist kein Stream gewählt.</translation>
    </message>
    <message>
        <source>Choose at least one stream type.</source>
        <translation>Wählen Sie mindestens einen Stream-Typ.</translation>
    </message>
    <message>
        <source>Sync to</source>
        <translation>Synchronisieren nach</translation>
    </message>
    <message>
        <source>Archives (*.sqlite *.db)</source>
        <translation>Archive (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::SyncProgressPane</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sync totals</source>
        <translation>Summen der Synchronisierung</translation>
    </message>
    <message>
        <source>Streams of the sync</source>
        <translation>Streams der Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Die Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync: what was stored is kept, and the next sync carries on</source>
        <translation>Die Synchronisierung anhalten: Das bereits Gespeicherte bleibt erhalten, und die nächste Synchronisierung macht dort weiter</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Cancelled: what was stored is kept.</source>
        <translation>Abgebrochen: Das bereits Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Finished; %n streams failed.</source>
        <translation>
            <numerusform>Abgeschlossen; %n Stream ist fehlgeschlagen.</numerusform>
            <numerusform>Abgeschlossen; %n Streams sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync to %1</source>
        <translation>Synchronisierung nach %1</translation>
    </message>
    <message>
        <source>streams %1 of %2 done, %3 running</source>
        <translation>Streams: %1 von %2 fertig, %3 laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages (%2/s)</source>
        <translation>%1 Nachrichten (%2/s)</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
</context>
</TS>

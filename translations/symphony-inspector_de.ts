<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Inspector</name>
    <message>
        <source>The %1 URL &quot;%2&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must not have a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::ApiClient</name>
    <message>
        <source>No credentials for %1: give a bot username and private key, a client certificate, or a session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials cannot authenticate: give a bot username and private key or a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the authentication token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key manager&apos;s answer had no token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not authenticate as %1: the pod refused the signed token%2. Check the username, and that this key&apos;s public half is registered for that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not authenticate with the client certificate: the pod refused it%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not authenticate as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not of the form http://host:port or socks5://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::ApiError</name>
    <message>
        <source>The pod refused the credentials while %1%2: the session may have expired, or the account is not allowed to authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod does not allow this account to do this while %1%2: it may lack a role or not be a member of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found while %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod is rate-limiting requests (HTTP 429) while %1; it kept refusing after the retries allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod had an internal problem (HTTP %1) while %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod rejected the request (HTTP %1) while %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod gave an unexpected answer (HTTP %1) while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod did not answer in time while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed while %1: the server&apos;s certificate is not trusted (add its CA with a CA file) or the TLS handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be resolved while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused while %1: is the URL right and the service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod sent an answer that cannot be read while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped while %1 because the server made no progress: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::AttachmentDownload</name>
    <message>
        <source>the answer is not Base64 text, so it cannot be the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::AttachmentsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (%2 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (%2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail (%1 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Auth</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 is not a PEM file (it has no &quot;-----BEGIN CERTIFICATE-----&quot; line). A DER certificate can be converted with: openssl x509 -inform DER -in ca.der -out ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 contains no certificate (found: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an OpenSSH public key, but the private key is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a binary (DER) key; a PEM key is needed (convert it with: openssl pkey -inform DER -in key.der -out key.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PEM-encoded private key (there is no &quot;-----BEGIN&quot; line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an OpenSSH private key, which cannot be read here; convert it to PEM with: ssh-keygen -p -m PEM -f &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key, but the private key is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contains a certificate but no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM data is truncated: the &quot;-----BEGIN %1-----&quot; block has no END line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM data contains no private key (found: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted; its passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the encrypted private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key data is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not re-encode the private key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract the public key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details from OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: no RSA private key is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: the service account username is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: the expiry time %1 is not a time after 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is truncated: its &quot;-----BEGIN %2-----&quot; block has no END line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Auth::ClientCertificate</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a certificate (neither PEM nor DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the certificate file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the private key in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 is of type %2, which cannot be used for a TLS client certificate here; use an RSA or EC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 does not match the certificate &quot;%2&quot; in the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 does not match the certificate &quot;%2&quot; in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend could not load the %1 private key from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is neither a PEM file nor a PKCS#12 (.p12/.pfx) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 is password-protected; its password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for the PKCS#12 file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decrypt the contents of the PKCS#12 file %1 (%2). Files made with old ciphers such as RC2 must be exported again, e.g. with: openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 contains no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 contains no certificate for its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend could not import the PKCS#12 file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains a certificate but no private key; choose the key file as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Auth::RsaKey</name>
    <message>
        <source>The key is of type %1, not RSA; Symphony bot authentication (RS512) needs an RSA private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least %2 bits are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the RSA key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RSA private key is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign with the RSA key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Export::MessageColumns</name>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID (standard Base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PresentationML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial timestamp (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column(s): %1. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Export::MessageExportJob</name>
    <message>
        <source>Nothing to export: no stream and no search was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting from the pod needs a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per stream needs an output file, not standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Export::RecordExport</name>
    <message>
        <source>Unknown column(s): %1. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::DemoSession</name>
    <message>
        <source>The demo pod could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::Launcher</name>
    <message>
        <source>Inspect and export the streams and messages of a Symphony Messaging pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded demo pod and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the connection profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: write a PNG of each main view into DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --demo or --profile, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshots needs a folder and --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo stream in the streams tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail tab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID converter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::HealthModel</name>
    <message>
        <source>the report has no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CE service user works: the datahose can deliver events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datahose cannot deliver events: it needs the CE service user, which is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s service user works: agent calls can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s service user cannot authenticate, so most agent calls (messages, search) fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key manager is reachable: messages can be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key manager is down: messages cannot be decrypted or encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent reaches the pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cannot reach the pod: nearly every call fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datafeed service works: real-time events are delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time events (datafeed and datahose) are not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component is down; see its message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Ids</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; consists only of &apos;=&apos; padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; has &apos;=&apos; padding in the middle; padding may only appear at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; contains %2, which is not Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; mixes the URL-safe Base64 character &apos;%2&apos; with the standard Base64 character &apos;%3&apos;; an id uses one alphabet only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; has %2 Base64 characters, a length that no Base64 value has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; ends in %2 &apos;=&apos; padding characters where its length needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is not valid Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of the id &apos;%1&apos; carries stray bits, so it is not a canonical Base64 value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::JsonTreeModel</name>
    <message>
        <source>The JSON could not be read: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::KeychainSecretStore</name>
    <message>
        <source>The keychain holds no secret for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Live</name>
    <message>
        <source>the list of datafeeds is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datafeed of the list has no text &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Live::DatafeedReader</name>
    <message>
        <source>A datafeed tag has at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datafeed %1 no longer exists on the server (a datafeed expires when it is not read for about 30 minutes): events sent since the last capture may be lost. A new datafeed was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new datafeed has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datafeed kept refusing reads (%1) even after it was recreated %2 times; stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datafeed %1 was refused by the server (%2): it expired or its ackId was no longer valid. It was recreated; events sent while it was gone may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod refused the datafeed (403%1): an account may have only a few active datafeeds (20 at most). List them with &quot;feeds&quot; and delete stale ones with &quot;feeds --delete ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Live::DatahoseReader</name>
    <message>
        <source>&quot;%1&quot; is not a real-time event type. Known types: %2, or &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datahose needs at least one event type (or &quot;all&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A datahose tag has 1 to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent reports its ceservice account DOWN%1. The datahose delivers messages decrypted by that account, so reads that ask for message events (MESSAGESENT, SHAREDPOST) fail until the agent&apos;s ceservice credentials are fixed by its administrator; the reader keeps retrying. Reading only non-message event types works meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datahose refused the read (400%1). Nothing can be recovered by retrying: check the tag (1 to 80 characters) and the event types, and that the agent (22.5.1 or later) is entitled to the datahose add-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datahose refused this account (403%1): the datahose is an add-on that needs a contract and an entitlement for the service account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Live::EventReader</name>
    <message>
        <source>%1 Nothing of it was stored or acknowledged; the server will deliver it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::LiveRequests</name>
    <message>
        <source>listing the datafeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a datafeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the datafeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the datafeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the datahose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::MemorySecretStore</name>
    <message>
        <source>The secret store refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::MessageStatusModel</name>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name / e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::MessageTableModel</name>
    <message>
        <source>reading the stream&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Paging::Cursor</name>
    <message>
        <source>the server sent the cursor &quot;%1&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Paging::Offset</name>
    <message>
        <source>the server sent %1 items for a page of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Paging::SinceSkip</name>
    <message>
        <source>a message dated %1 came back for a request of messages since %2 (time went backwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the messages of a page are not in ascending time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message dated %1 came back after the end of the window (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent %1 messages for a page of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent the same page twice (it seems to ignore skip).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Paging::Window</name>
    <message>
        <source>an item dated %1 came back for a window starting at %2 (time went backwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items of a page are not in ascending time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 items share the date %2, so the window cannot move on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Parse</name>
    <message>
        <source>%1: missing for a %2 event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a batch of events that is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a batch of events that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a batch of events without a text &quot;ackId&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a batch whose &quot;events&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a batch whose event #%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; should be a number but is the string &quot;%2&quot;; its value was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; does not hold a valid id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; should be %2 but is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the list should be an object but is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; should be a string of EntityJSON but is an object; it was kept re-serialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; nests shared messages more than %2 levels deep; the rest was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent HTML or XML instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an HTML page (&quot;%1&quot;) instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent incomplete JSON (%1 at offset %2); the response was probably cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (%1: %2) where %3 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 where %2 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty response where %1 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin list of streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of room members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin list of stream members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of message receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of stream attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an authentication token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Profile</name>
    <message>
        <source>Demo pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key manager token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pod URL, e.g. https://mycompany.symphony.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA authentication needs the bot&apos;s username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA authentication needs the bot&apos;s private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication needs a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must be an HTTP or a SOCKS5 proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy needs a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::ProfileConnector</name>
    <message>
        <source>The %1 &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded demo pod is not running, so the demo profile cannot connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo pod&apos;s bot key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but no %2 is stored for the profile &quot;%3&quot;: edit the profile and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The certificate passphrase could not be read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile authenticates with pasted tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::ProfileStore</name>
    <message>
        <source>A profile with this id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::ReceiptsModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sent (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::RequestLogModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Requests</name>
    <message>
        <source>reading the agent information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the agent&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the health of the agent&apos;s components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticating with the bot&apos;s RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticating with the key manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticating with the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticating with the key manager using the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the enterprise&apos;s streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the streams of user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the members of room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the members of stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the messages of stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the receipts of message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the status of message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the attachments of stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::SecretStore</name>
    <message>
        <source>No keychain service is available on this system (no Secret Service on the session D-Bus), so secrets cannot be saved. You can keep them for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::ServiceUrls</name>
    <message>
        <source>pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod URL was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::StreamTreeModel</name>
    <message>
        <source>“%1” is neither a user id nor an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall posts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Times</name>
    <message>
        <source>&apos;%1&apos; is neither epoch milliseconds nor an ISO 8601 time such as 2026-01-02, 2026-01-02T10:00 or 2026-01-02T10:00:00.123+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be a time in epoch milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a day that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time of day out of range (hours 00-23, minutes and seconds 00-59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a UTC offset out of range (at most 넘:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time was given; expected epoch milliseconds or an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::BannerWidget</name>
    <message>
        <source>Message banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ExportDialog</name>
    <message>
        <source>Export Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected messages (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages shown in the table (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The whole stream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The whole history of %n chosen streams</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A search result (run a search first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result of the search &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (one array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (one message per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (RFC 4180, Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (Unix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote every cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defuse cells a spreadsheet would run as formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop duplicate deliveries of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet: open a stream or run a search first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder: choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::MainWindow</name>
    <message>
        <source>Symphony Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a pod with a connection profile, or try the built-in demo pod: it needs no account and shows every feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the demo pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID Converter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Symphony Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the streams and the current view (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list that has the focus (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages to CSV, JSON or JSON Lines (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert a stream or message ID between its forms (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo pod could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no embedded demo pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Symphony Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a pod first: there is nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running: wait for it or cancel it in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(stream %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files already written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate deliveries dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters that could not be encoded replaced by U+FFFD</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells defused against formula injection</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Symphony Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Symphony Inspector %1&lt;/h3&gt;&lt;p&gt;Look inside a Symphony Messaging pod and get data out of it: streams, messages, receipts, attachments, health.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

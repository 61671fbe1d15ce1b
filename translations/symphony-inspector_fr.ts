<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Inspector::ApiClient</name>
    <message>
        <source>No credentials for %1: give a bot username and private key, a client certificate, or a session token.</source>
        <translation>Aucun identifiant pour %1 : indiquez un nom d’utilisateur de bot et sa clé privée, un certificat client ou un jeton de session.</translation>
    </message>
    <message>
        <source>These credentials cannot authenticate: give a bot username and private key or a client certificate.</source>
        <translation>Ces identifiants ne permettent pas de s’authentifier : indiquez un nom d’utilisateur de bot et sa clé privée, ou un certificat client.</translation>
    </message>
    <message>
        <source>Could not sign the authentication token: %1</source>
        <translation>Impossible de signer le jeton d’authentification : %1</translation>
    </message>
    <message>
        <source>the answer has no token.</source>
        <translation>la réponse ne contient pas de jeton.</translation>
    </message>
    <message>
        <source>the key manager&apos;s answer had no token (%1)</source>
        <translation>la réponse du gestionnaire de clés ne contenait pas de jeton (%1)</translation>
    </message>
    <message>
        <source>the certificate&apos;s user</source>
        <translation>l’utilisateur du certificat</translation>
    </message>
    <message>
        <source>Could not authenticate as %1: the pod refused the signed token%2. Check the username, and that this key&apos;s public half is registered for that account.</source>
        <translation>Impossible de s’authentifier en tant que %1 : le pod a refusé le jeton signé%2. Vérifiez le nom d’utilisateur et que la partie publique de cette clé est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <source>Could not authenticate with the client certificate: the pod refused it%1.</source>
        <translation>Impossible de s’authentifier avec le certificat client : le pod l’a refusé%1.</translation>
    </message>
    <message>
        <source>Could not authenticate as %1: %2</source>
        <translation>Impossible de s’authentifier en tant que %1 : %2</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not of the form http://host:port or socks5://host:port.</source>
        <translation>Le proxy « %1 » n’est pas de la forme http://hôte:port ou socks5://hôte:port.</translation>
    </message>
    <message>
        <source>The pod</source>
        <translation>Le pod</translation>
    </message>
    <message>
        <source>the pod URL (--pod)</source>
        <translation>l&apos;URL du pod (--pod)</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>L&apos;agent</translation>
    </message>
    <message>
        <source>the agent URL (--agent)</source>
        <translation>l&apos;URL de l&apos;agent (--agent)</translation>
    </message>
    <message>
        <source>The key manager</source>
        <translation>Le gestionnaire de clés</translation>
    </message>
    <message>
        <source>the key manager URL (--key-manager)</source>
        <translation>l&apos;URL du gestionnaire de clés (--key-manager)</translation>
    </message>
    <message>
        <source>The login service</source>
        <translation>Le service de connexion</translation>
    </message>
    <message>
        <source>the login URL (--login)</source>
        <translation>l&apos;URL de connexion (--login)</translation>
    </message>
    <message>
        <source>The session authentication service</source>
        <translation>Le service d&apos;authentification de session</translation>
    </message>
    <message>
        <source>The key authentication service</source>
        <translation>Le service d&apos;authentification des clés</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 to an address that is not an http(s) URL.</source>
        <translation>%1 a redirigé la requête (%2) vers une adresse qui n’est pas une URL http(s).</translation>
    </message>
    <message>
        <source>HTTP %1, Location: %2</source>
        <translation>HTTP %1, Location : %2</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 to %3; credentials never follow a redirect to another address.</source>
        <translation>%1 a redirigé la requête (%2) vers %3 ; les identifiants ne suivent jamais une redirection vers une autre adresse.</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 to %3; use %4 as %5.</source>
        <translation>%1 a redirigé la requête (%2) vers %3 ; utilisez %4 comme %5.</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 to %3; use that address as %4.</source>
        <translation>%1 a redirigé la requête (%2) vers %3 ; utilisez cette adresse comme %4.</translation>
    </message>
    <message>
        <source>HTTP %1 to another origin (scheme, host or port). Requests carry tokens, a signed login or a client certificate, so no redirect to another origin is followed.</source>
        <translation>HTTP %1 vers une autre origine (schéma, hôte ou port). Les requêtes portent des jetons, une connexion signée ou un certificat client : aucune redirection vers une autre origine n’est suivie.</translation>
    </message>
    <message>
        <source>%1 redirected the request while %2 more than %3 times; it was stopped.</source>
        <translation>%1 a redirigé la requête (%2) plus de %3 fois ; elle a été arrêtée.</translation>
    </message>
    <message>
        <source>HTTP %1, last Location: %2</source>
        <translation>HTTP %1, dernière Location : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::ApiError</name>
    <message>
        <source>The pod refused the credentials while %1%2: the session may have expired, or the account is not allowed to authenticate.</source>
        <translation>Le pod a refusé les identifiants lors de %1%2. La session a peut-être expiré, ou le compte n’est pas autorisé à s’authentifier.</translation>
    </message>
    <message>
        <source>The pod does not allow this account to do this while %1%2: it may lack a role or not be a member of the conversation.</source>
        <translation>Le pod n’autorise pas ce compte à faire cela (lors de %1%2) : il lui manque peut-être un rôle, ou il n’est pas membre de la conversation.</translation>
    </message>
    <message>
        <source>Nothing was found while %1%2.</source>
        <translation>Rien n’a été trouvé lors de %1%2.</translation>
    </message>
    <message>
        <source>The pod is rate-limiting requests (HTTP 429) while %1; it kept refusing after the retries allowed.</source>
        <translation>Le pod limite le débit des requêtes (HTTP 429) lors de %1 ; il a continué de refuser après les nouvelles tentatives autorisées.</translation>
    </message>
    <message>
        <source>The pod had an internal problem (HTTP %1) while %2%3.</source>
        <translation>Le pod a rencontré un problème interne (HTTP %1) lors de %2%3.</translation>
    </message>
    <message>
        <source>The pod rejected the request (HTTP %1) while %2%3.</source>
        <translation>Le pod a rejeté la requête (HTTP %1) lors de %2%3.</translation>
    </message>
    <message>
        <source>The pod gave an unexpected answer (HTTP %1) while %2.</source>
        <translation>Le pod a donné une réponse inattendue (HTTP %1) lors de %2.</translation>
    </message>
    <message>
        <source>The pod did not answer in time while %1.</source>
        <translation>Le pod n’a pas répondu à temps lors de %1.</translation>
    </message>
    <message>
        <source>The secure connection failed while %1: the server&apos;s certificate is not trusted (add its CA with a CA file) or the TLS handshake failed.</source>
        <translation>La connexion sécurisée a échoué lors de %1. Le certificat du serveur n’est pas reconnu (ajoutez son autorité avec un fichier CA) ou la négociation TLS a échoué.</translation>
    </message>
    <message>
        <source>The host name could not be resolved while %1.</source>
        <translation>Le nom d’hôte n’a pas pu être résolu lors de %1.</translation>
    </message>
    <message>
        <source>The connection was refused while %1: is the URL right and the service running?</source>
        <translation>La connexion a été refusée lors de %1. L’URL est-elle correcte et le service est-il lancé ?</translation>
    </message>
    <message>
        <source>The proxy failed while %1.</source>
        <translation>Le proxy a échoué lors de %1.</translation>
    </message>
    <message>
        <source>The connection failed while %1.</source>
        <translation>La connexion a échoué lors de %1.</translation>
    </message>
    <message>
        <source>The pod sent an answer that cannot be read while %1: %2</source>
        <translation>Le pod a envoyé une réponse illisible lors de %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopped while %1 because the server made no progress: %2</source>
        <translation>Arrêté lors de %1 car le serveur ne progressait plus : %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The pod&apos;s answer grew past %2 while %1 (the limit for this kind of request); the transfer was stopped.</source>
        <translation>La réponse du pod a dépassé %2 (%1 ; la limite pour ce type de requête) ; le transfert a été arrêté.</translation>
    </message>
    <message>
        <source>Answer size limit: %1 bytes.</source>
        <translation>Taille maximale de la réponse : %1 octets.</translation>
    </message>
    <message>
        <source>The pod did not finish its answer within %2 s while %1 (the deadline for this kind of request).</source>
        <translation>Le pod n’a pas terminé sa réponse en %2 s (%1 ; le délai pour ce type de requête).</translation>
    </message>
    <message>
        <source>Stopped while %1 because the server sent a page out of order: %2</source>
        <translation>Arrêt (%1) : le serveur a envoyé une page dans le désordre : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Analysis</name>
    <message>
        <source>The archive has no finished sync yet.</source>
        <translation>L’archive n’a encore aucune synchronisation terminée.</translation>
    </message>
    <message>
        <source>The archive holds no stream %1.</source>
        <translation>L’archive ne contient aucun flux %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::AttachmentFiles</name>
    <message>
        <source>Cannot keep an attachment in %1: %2</source>
        <translation>Impossible de conserver une pièce jointe dans %1 : %2</translation>
    </message>
    <message>
        <source>no free temporary name</source>
        <translation>aucun nom temporaire libre</translation>
    </message>
    <message>
        <source>not supported on this system</source>
        <translation>non pris en charge sur ce système</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::BrowseReader</name>
    <message>
        <source>The search &quot;%1&quot; has no word to look for.</source>
        <translation>La recherche « %1 » ne contient aucun mot à chercher.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Location</name>
    <message>
        <source>The archive is empty: give a file or a postgresql:// URL.</source>
        <translation>Aucune archive indiquée : indiquez un fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database.</source>
        <translation>« %1 » n’est pas une URL PostgreSQL de la forme postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The archive URL holds a password, which would show in the process list: take it out and set PGPASSWORD, use ~/.pgpass, or keep it in the profile&apos;s keychain entry.</source>
        <translation>L’URL de l’archive contient un mot de passe, qui serait visible dans la liste des processus : retirez-le et définissez PGPASSWORD, utilisez ~/.pgpass ou conservez-le dans l’entrée du trousseau du profil.</translation>
    </message>
    <message>
        <source>The archive URL names no database: postgresql://user@host:port/DATABASE.</source>
        <translation>L’URL de l’archive n’indique aucune base de données : postgresql://user@host:port/DATABASE.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Reader</name>
    <message>
        <source>The archive %1 holds a message it cannot read: %2</source>
        <translation>L’archive %1 contient un message illisible : %2</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; has no word to look for.</source>
        <translation>La recherche « %1 » ne contient aucun mot à chercher.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Store</name>
    <message>
        <source>Could not create the archive %1: %2.</source>
        <translation>Impossible de créer l’archive %1 : %2.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: %2).</source>
        <translation>Le pilote Qt SQL %1 n’est pas installé (Debian : %2).</translation>
    </message>
    <message>
        <source>There is no archive at %1.</source>
        <translation>Il n’y a aucune archive à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Could not open the archive %1: %2.</source>
        <translation>Impossible d’ouvrir l’archive %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not an archive of this program (no schema version).</source>
        <translation>%1 n’est pas une archive de ce programme (aucune version de schéma).</translation>
    </message>
    <message>
        <source>%1 holds other tables and is not an archive of this program.</source>
        <translation>%1 contient d’autres tables et n’est pas une archive de ce programme.</translation>
    </message>
    <message>
        <source>The archive %1 has schema version %2, newer than this program&apos;s %3: update the program.</source>
        <translation>L’archive %1 a la version de schéma %2, plus récente que celle de ce programme (%3) : mettez le programme à jour.</translation>
    </message>
    <message>
        <source>%1 is not an archive yet: run archive sync first.</source>
        <translation>%1 n’est pas encore une archive : exécutez d’abord archive sync.</translation>
    </message>
    <message>
        <source>The archive %1 has schema version %2: open it for writing once (archive sync or archive upgrade) to bring it to version %3.</source>
        <translation>L’archive %1 a la version de schéma %2 : ouvrez-la une fois en écriture (archive sync ou archive upgrade) pour la passer à la version %3.</translation>
    </message>
    <message>
        <source>Could not bring the archive to schema version %1: %2</source>
        <translation>Impossible de passer l’archive à la version de schéma %1 : %2</translation>
    </message>
    <message>
        <source>Another process is writing to the archive %1; try again when it is done.</source>
        <translation>Un autre processus écrit dans l’archive %1 ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Another process (%1 on %2) is writing to the archive %3; try again when it is done.</source>
        <translation>Un autre processus (%1 sur %2) écrit dans l’archive %3 ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The archive %1 failed: %2.</source>
        <translation>Erreur dans l’archive %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Sync</name>
    <message>
        <source>Listing the streams failed: %1</source>
        <translation>L’énumération des flux a échoué : %1</translation>
    </message>
    <message>
        <source>members: %1</source>
        <translation>membres : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>receipts: %1</source>
        <translation>accusés de réception : %1</translation>
    </message>
    <message>
        <source>the body is not Base64 text.</source>
        <translation>le corps de la réponse n’est pas du texte Base64.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Verifier</name>
    <message>
        <source>message %1 of stream %2</source>
        <translation>message %1 du flux %2</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Structure de la base</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Index de recherche</translation>
    </message>
    <message>
        <source>Kept message bytes</source>
        <translation>Octets des messages conservés</translation>
    </message>
    <message>
        <source>Kept stream bytes</source>
        <translation>Octets des flux conservés</translation>
    </message>
    <message>
        <source>Message versions</source>
        <translation>Versions des messages</translation>
    </message>
    <message>
        <source>Run counts</source>
        <translation>Comptes des exécutions</translation>
    </message>
    <message>
        <source>Membership intervals</source>
        <translation>Intervalles d&apos;appartenance</translation>
    </message>
    <message>
        <source>PostgreSQL checks its own pages; its amcheck extension checks more.</source>
        <translation>PostgreSQL vérifie lui-même ses pages ; son extension amcheck en vérifie davantage.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is not in the search index.</source>
        <translation>La version %1 de %2 n&apos;est pas dans l&apos;index de recherche.</translation>
    </message>
    <message>
        <source>Not checked: the archive file cannot be opened for writing (%1).</source>
        <translation>Non vérifié : le fichier de l&apos;archive ne peut pas être ouvert en écriture (%1).</translation>
    </message>
    <message>
        <source>The full-text index is damaged: %1.</source>
        <translation>L&apos;index plein texte est endommagé : %1.</translation>
    </message>
    <message>
        <source>Version %1 of %2 does not match the hash stored with it.</source>
        <translation>La version %1 de %2 ne correspond pas au hachage conservé avec elle.</translation>
    </message>
    <message>
        <source>Version %1 of stream %2 does not match the hash stored with it.</source>
        <translation>La version %1 du flux %2 ne correspond pas au hachage conservé avec elle.</translation>
    </message>
    <message>
        <source>%1 is at version %2 but %3 versions are kept (the newest: %4).</source>
        <translation>%1 est à la version %2 mais %3 versions sont conservées (la plus récente : %4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Version %1 of %2 is kept without its message.</source>
        <translation>La version %1 de %2 est conservée sans son message.</translation>
    </message>
    <message>
        <source>Run %1 counts %2 new messages; the archive holds %3 from it.</source>
        <translation>L&apos;exécution %1 compte %2 nouveaux messages ; l&apos;archive en contient %3.</translation>
    </message>
    <message>
        <source>Run %1 counts %2 new versions; the archive holds %3 from it.</source>
        <translation>L&apos;exécution %1 compte %2 nouvelles versions ; l&apos;archive en contient %3.</translation>
    </message>
    <message>
        <source>Run %1 counts %2 live events; the archive holds %3 from it.</source>
        <translation>L&apos;exécution %1 compte %2 événements en direct ; l&apos;archive en contient %3.</translation>
    </message>
    <message>
        <source>User %1 in stream %2: an interval from run %3 ends before it, at run %4.</source>
        <translation>Utilisateur %1 dans le flux %2 : un intervalle commençant à l&apos;exécution %3 se termine avant, à l&apos;exécution %4.</translation>
    </message>
    <message>
        <source>User %1 in stream %2 has %3 open membership intervals.</source>
        <translation>L&apos;utilisateur %1 a %3 intervalles d&apos;appartenance ouverts dans le flux %2.</translation>
    </message>
    <message>
        <source>Kept attachment files</source>
        <translation>Fichiers des pièces jointes conservés</translation>
    </message>
    <message>
        <source>The file %1 of stream %2 is missing.</source>
        <translation>Le fichier %1 du flux %2 est absent.</translation>
    </message>
    <message>
        <source>The file %1 of stream %2 does not match its SHA-256.</source>
        <translation>Le fichier %1 du flux %2 ne correspond pas à son SHA-256.</translation>
    </message>
</context>
<context>
    <name>Inspector::Archive::Writer</name>
    <message>
        <source>The archive %1 holds the pod %2, not %3: one archive keeps one pod.</source>
        <translation>L’archive %1 contient le pod %2, pas %3 : une archive ne conserve qu’un seul pod.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveDiagnostics</name>
    <message>
        <source>Offline: the pod&apos;s health is not kept in the archive.</source>
        <translation>Hors ligne : l’état du pod n’est pas conservé dans l’archive.</translation>
    </message>
    <message>
        <source>Offline: the agent&apos;s details are not kept in the archive.</source>
        <translation>Hors ligne : les détails de l’agent ne sont pas conservés dans l’archive.</translation>
    </message>
    <message>
        <source>Offline: an archive has no session.</source>
        <translation>Hors ligne : une archive n’a pas de session.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveMessageDetails</name>
    <message>
        <source>The archive holds receipts it cannot read: %1</source>
        <translation>L’archive contient des accusés de lecture illisibles : %1</translation>
    </message>
    <message>
        <source>The archive holds no receipts of message %1 (archive sync --receipts keeps them).</source>
        <translation>L’archive ne contient aucun accusé de lecture du message %1 (archive sync --receipts les conserve).</translation>
    </message>
    <message>
        <source>A message&apos;s status is not kept in the archive: connect to the pod to see it.</source>
        <translation>Le statut d’un message n’est pas conservé dans l’archive : connectez-vous au pod pour le voir.</translation>
    </message>
    <message>
        <source>The archive holds no message %1.</source>
        <translation>L’archive ne contient aucun message %1.</translation>
    </message>
    <message>
        <source>The attachment to download is not named.</source>
        <translation>La pièce jointe à télécharger n’est pas désignée.</translation>
    </message>
    <message>
        <source>The file %1 was not downloaded into the archive (archive sync --attachments keeps the files): connect to the pod to save it.</source>
        <translation>Le fichier %1 n’a pas été téléchargé dans l’archive (archive sync --attachments conserve les fichiers) : connectez-vous au pod pour l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveMessageHistory</name>
    <message>
        <source>The archive is closed.</source>
        <translation>L’archive est fermée.</translation>
    </message>
    <message>
        <source>reading the archive&apos;s messages</source>
        <translation>la lecture des messages de l’archive</translation>
    </message>
    <message>
        <source>The archive holds a message it cannot read: %1</source>
        <translation>L’archive contient un message illisible : %1</translation>
    </message>
    <message>
        <source>The archive holds no message %1.</source>
        <translation>L’archive ne contient aucun message %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveMessageModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveStreamDirectory</name>
    <message>
        <source>The archive holds no stream %1.</source>
        <translation>L’archive ne contient aucun flux %1.</translation>
    </message>
    <message>
        <source>The archive holds no room %1.</source>
        <translation>L’archive ne contient aucun salon %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::ArchiveUserDirectory</name>
    <message>
        <source>The archive does not keep which account made it.</source>
        <translation>L’archive ne conserve pas le compte qui l’a créée.</translation>
    </message>
</context>
<context>
    <name>Inspector::AttachmentsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 bytes (%2 KiB)</source>
        <translation>%1 octets (%2 Kio)</translation>
    </message>
    <message>
        <source>%1 bytes (%2 MiB)</source>
        <translation>%1 octets (%2 Mio)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <source>Thumbnail (%1 px)</source>
        <translation>Miniature (%1 px)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Identifiant du fichier</translation>
    </message>
</context>
<context>
    <name>Inspector::Auth</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier CA %1 : %2</translation>
    </message>
    <message>
        <source>The CA file %1 is empty.</source>
        <translation>Le fichier CA %1 est vide.</translation>
    </message>
    <message>
        <source>The CA file %1 is not a PEM file (it has no &quot;-----BEGIN CERTIFICATE-----&quot; line). A DER certificate can be converted with: openssl x509 -inform DER -in ca.der -out ca.pem</source>
        <translation>Le fichier CA %1 n’est pas un fichier PEM (il n’a pas de ligne « -----BEGIN CERTIFICATE----- »). Un certificat DER se convertit avec : openssl x509 -inform DER -in ca.der -out ca.pem</translation>
    </message>
    <message>
        <source>Cannot use the CA file %1: %2</source>
        <translation>Impossible d’utiliser le fichier CA %1 : %2</translation>
    </message>
    <message>
        <source>The CA file %1 contains no certificate (found: %2).</source>
        <translation>Le fichier CA %1 ne contient aucun certificat (trouvé : %2).</translation>
    </message>
    <message>
        <source>The key data is empty.</source>
        <translation>Les données de la clé sont vides.</translation>
    </message>
    <message>
        <source>This is an OpenSSH public key, but the private key is needed.</source>
        <translation>Ceci est une clé publique OpenSSH, mais la clé privée est nécessaire.</translation>
    </message>
    <message>
        <source>This looks like a binary (DER) key; a PEM key is needed (convert it with: openssl pkey -inform DER -in key.der -out key.pem).</source>
        <translation>Ceci semble être une clé binaire (DER) ; une clé PEM est nécessaire (conversion : openssl pkey -inform DER -in key.der -out key.pem).</translation>
    </message>
    <message>
        <source>This is not a PEM-encoded private key (there is no &quot;-----BEGIN&quot; line).</source>
        <translation>Ceci n’est pas une clé privée encodée en PEM (il n’y a pas de ligne « -----BEGIN »).</translation>
    </message>
    <message>
        <source>This is an OpenSSH private key, which cannot be read here; convert it to PEM with: ssh-keygen -p -m PEM -f &lt;file&gt;.</source>
        <translation>Ceci est une clé privée OpenSSH, illisible ici ; convertissez-la en PEM avec : ssh-keygen -p -m PEM -f &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>This is a public key, but the private key is needed.</source>
        <translation>Ceci est une clé publique, mais la clé privée est nécessaire.</translation>
    </message>
    <message>
        <source>This contains a certificate but no private key.</source>
        <translation>Ceci contient un certificat mais pas de clé privée.</translation>
    </message>
    <message>
        <source>The PEM data is truncated: the &quot;-----BEGIN %1-----&quot; block has no END line.</source>
        <translation>Les données PEM sont tronquées : le bloc « -----BEGIN %1----- » n’a pas de ligne END.</translation>
    </message>
    <message>
        <source>The PEM data contains no private key (found: %1).</source>
        <translation>Les données PEM ne contiennent aucune clé privée (trouvé : %1).</translation>
    </message>
    <message>
        <source>The private key is encrypted; its passphrase is needed.</source>
        <translation>La clé privée est chiffrée ; sa phrase secrète est nécessaire.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the encrypted private key.</source>
        <translation>Phrase secrète incorrecte pour la clé privée chiffrée.</translation>
    </message>
    <message>
        <source>The private key data is damaged (%1).</source>
        <translation>Les données de la clé privée sont endommagées (%1).</translation>
    </message>
    <message>
        <source>Could not re-encode the private key (%1).</source>
        <translation>Impossible de réencoder la clé privée (%1).</translation>
    </message>
    <message>
        <source>Could not extract the public key (%1).</source>
        <translation>Impossible d’extraire la clé publique (%1).</translation>
    </message>
    <message>
        <source>no details from OpenSSL</source>
        <translation>aucun détail fourni par OpenSSL</translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: no RSA private key is loaded.</source>
        <translation>Impossible de signer le jeton d’authentification : aucune clé privée RSA n’est chargée.</translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: the service account username is empty.</source>
        <translation>Impossible de signer le jeton d’authentification : le nom d’utilisateur du compte de service est vide.</translation>
    </message>
    <message>
        <source>Cannot sign the authentication token: the expiry time %1 is not a time after 1970.</source>
        <translation>Impossible de signer le jeton d’authentification : l’heure d’expiration %1 n’est pas postérieure à 1970.</translation>
    </message>
    <message>
        <source>Certificate %1 is truncated: its &quot;-----BEGIN %2-----&quot; block has no END line.</source>
        <translation>Le certificat %1 est tronqué : son bloc « -----BEGIN %2----- » n’a pas de ligne END.</translation>
    </message>
    <message>
        <source>Certificate %1 is damaged and cannot be read.</source>
        <translation>Le certificat %1 est endommagé et illisible.</translation>
    </message>
</context>
<context>
    <name>Inspector::Auth::ClientCertificate</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <source>The file %1 is not a certificate (neither PEM nor DER).</source>
        <translation>Le fichier %1 n’est pas un certificat (ni PEM ni DER).</translation>
    </message>
    <message>
        <source>Cannot use the certificate file %1: %2</source>
        <translation>Impossible d’utiliser le fichier de certificat %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>Cannot use the private key in %1: %2</source>
        <translation>Impossible d’utiliser la clé privée de %1 : %2</translation>
    </message>
    <message>
        <source>The private key in %1 is of type %2, which cannot be used for a TLS client certificate here; use an RSA or EC key.</source>
        <translation>La clé privée de %1 est de type %2, inutilisable ici pour un certificat client TLS ; utilisez une clé RSA ou EC.</translation>
    </message>
    <message>
        <source>The private key in %1 does not match the certificate &quot;%2&quot; in the same file.</source>
        <translation>La clé privée de %1 ne correspond pas au certificat « %2 » du même fichier.</translation>
    </message>
    <message>
        <source>The private key in %1 does not match the certificate &quot;%2&quot; in %3.</source>
        <translation>La clé privée de %1 ne correspond pas au certificat « %2 » de %3.</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend could not load the %1 private key from %2.</source>
        <translation>Le moteur TLS de Qt n’a pas pu charger la clé privée %1 depuis %2.</translation>
    </message>
    <message>
        <source>The file %1 is neither a PEM file nor a PKCS#12 (.p12/.pfx) file.</source>
        <translation>Le fichier %1 n’est ni un fichier PEM ni un fichier PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 is password-protected; its password is needed.</source>
        <translation>Le fichier PKCS#12 %1 est protégé par un mot de passe ; ce mot de passe est nécessaire.</translation>
    </message>
    <message>
        <source>Wrong password for the PKCS#12 file %1.</source>
        <translation>Mot de passe incorrect pour le fichier PKCS#12 %1.</translation>
    </message>
    <message>
        <source>Cannot decrypt the contents of the PKCS#12 file %1 (%2). Files made with old ciphers such as RC2 must be exported again, e.g. with: openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12</source>
        <translation>Impossible de déchiffrer le contenu du fichier PKCS#12 %1 (%2). Les fichiers créés avec d’anciens algorithmes comme RC2 doivent être exportés à nouveau, par exemple avec : openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 contains no private key.</source>
        <translation>Le fichier PKCS#12 %1 ne contient aucune clé privée.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 contains no certificate for its private key.</source>
        <translation>Le fichier PKCS#12 %1 ne contient aucun certificat pour sa clé privée.</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend could not import the PKCS#12 file %1.</source>
        <translation>Le moteur TLS de Qt n’a pas pu importer le fichier PKCS#12 %1.</translation>
    </message>
    <message>
        <source>The file %1 contains a certificate but no private key; choose the key file as well.</source>
        <translation>Le fichier %1 contient un certificat mais pas de clé privée ; choisissez aussi le fichier de clé.</translation>
    </message>
</context>
<context>
    <name>Inspector::Auth::RsaKey</name>
    <message>
        <source>The key is of type %1, not RSA; Symphony bot authentication (RS512) needs an RSA private key.</source>
        <translation>La clé est de type %1, pas RSA ; l’authentification des bots Symphony (RS512) exige une clé privée RSA.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; at least %2 bits are required.</source>
        <translation>La clé RSA ne fait que %1 bits ; au moins %2 bits sont requis.</translation>
    </message>
    <message>
        <source>Could not load the RSA key (%1).</source>
        <translation>Impossible de charger la clé RSA (%1).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>Cannot use the key file %1: %2</source>
        <translation>Impossible d’utiliser le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>No RSA private key is loaded.</source>
        <translation>Aucune clé privée RSA n’est chargée.</translation>
    </message>
    <message>
        <source>Could not sign with the RSA key (%1).</source>
        <translation>Impossible de signer avec la clé RSA (%1).</translation>
    </message>
</context>
<context>
    <name>Inspector::BusiestModel</name>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Stream ID</source>
        <translation>ID du flux</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>(%1 without a name)</source>
        <translation>(%1 sans nom)</translation>
    </message>
</context>
<context>
    <name>Inspector::ChangesModel</name>
    <message>
        <source>New streams</source>
        <translation>Nouveaux flux</translation>
    </message>
    <message>
        <source>Renamed or deactivated streams</source>
        <translation>Flux renommés ou désactivés</translation>
    </message>
    <message>
        <source>Members who joined or left</source>
        <translation>Membres arrivés ou partis</translation>
    </message>
    <message>
        <source>Edited messages</source>
        <translation>Messages modifiés</translation>
    </message>
    <message>
        <source>Suppressed messages</source>
        <translation>Messages supprimés</translation>
    </message>
    <message>
        <source>Missing messages</source>
        <translation>Messages manquants</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>Nouveau flux</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommé</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Propriétaire changé</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Message or member</source>
        <translation>Message ou membre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::AttachmentFolder</name>
    <message>
        <source>%1 is a symbolic link: the attachments were not written.</source>
        <translation>%1 est un lien symbolique : les pièces jointes n’ont pas été écrites.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: the attachments were not written.</source>
        <translation>Impossible de créer le dossier %1 : les pièces jointes n’ont pas été écrites.</translation>
    </message>
    <message>
        <source>Attachment %1: %2</source>
        <translation>Pièce jointe %1 : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::AttachmentPrefetch</name>
    <message>
        <source>Attachment %1 was not downloaded: %2</source>
        <translation>La pièce jointe %1 n’a pas été téléchargée : %2</translation>
    </message>
    <message>
        <source>Attachment %1 could not be kept for the transcript.</source>
        <translation>La pièce jointe %1 n’a pas pu être conservée pour la transcription.</translation>
    </message>
    <message>
        <source>Attachment %1 was not downloaded: the body is not Base64 text.</source>
        <translation>La pièce jointe %1 n’a pas été téléchargée : le corps de la réponse n’est pas du texte Base64.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::DataSink</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::ExportWorker</name>
    <message>
        <source>Cannot create a temporary folder for the attachments.</source>
        <translation>Impossible de créer un dossier temporaire pour les pièces jointes.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::HtmlTranscript</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export : %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The transcript is not open.</source>
        <translation>La transcription n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::HtmlWriter</name>
    <message>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>%1 conversation</source>
        <translation>Conversation %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source> (part %1)</source>
        <translation> (partie %1)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>ID du flux</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>l&apos;export</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>(each time&apos;s tooltip gives UTC)</source>
        <translation>(l&apos;infobulle de chaque heure donne l&apos;UTC)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>← Previous part</source>
        <translation>← Partie précédente</translation>
    </message>
    <message>
        <source>Shared: </source>
        <translation>Partagé : </translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>replaced by a later version</source>
        <translation>remplacé par une version ultérieure</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>duplicate delivery</source>
        <translation>livraison en double</translation>
    </message>
    <message>
        <source>not decrypted</source>
        <translation>non déchiffré</translation>
    </message>
    <message numerus="yes">
        <source>delivered %n times</source>
        <translation>
            <numerusform>livré %n fois</numerusform>
            <numerusform>livré %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>the earlier message</source>
        <translation>le message précédent</translation>
    </message>
    <message>
        <source>a message not in this transcript</source>
        <translation>un message absent de cette transcription</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Not decrypted: %1</source>
        <translation>Non déchiffré : %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>Next part →</source>
        <translation>Partie suivante →</translation>
    </message>
    <message>
        <source>Previous part: %1</source>
        <translation>Partie précédente : %1</translation>
    </message>
    <message>
        <source>Next part: %1</source>
        <translation>Partie suivante : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::MessageColumns</name>
    <message>
        <source>Message ID</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <source>Message ID (standard Base64)</source>
        <translation>ID du message (Base64 standard)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Timestamp (ms)</source>
        <translation>Horodatage (ms)</translation>
    </message>
    <message>
        <source>Stream ID</source>
        <translation>ID du flux</translation>
    </message>
    <message>
        <source>Stream type</source>
        <translation>Type de flux</translation>
    </message>
    <message>
        <source>Stream name</source>
        <translation>Nom du flux</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>ID de l’expéditeur</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Sender email</source>
        <translation>E-mail de l’expéditeur</translation>
    </message>
    <message>
        <source>Sender username</source>
        <translation>Nom d’utilisateur de l’expéditeur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>PresentationML</source>
        <translation>PresentationML</translation>
    </message>
    <message>
        <source>Entity data</source>
        <translation>Données d’entité</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attachment IDs</source>
        <translation>ID des pièces jointes</translation>
    </message>
    <message>
        <source>Attachment sizes</source>
        <translation>Tailles des pièces jointes</translation>
    </message>
    <message>
        <source>Parent message ID</source>
        <translation>ID du message parent</translation>
    </message>
    <message>
        <source>Replacing</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <source>Initial message ID</source>
        <translation>ID du message initial</translation>
    </message>
    <message>
        <source>Initial timestamp (ms)</source>
        <translation>Horodatage initial (ms)</translation>
    </message>
    <message>
        <source>External recipients</source>
        <translation>Destinataires externes</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>Original format</source>
        <translation>Format d’origine</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Client session</source>
        <translation>Session client</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencieux</translation>
    </message>
    <message>
        <source>Shared message</source>
        <translation>Message partagé</translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation>Doublons écartés</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::MessageExportJob</name>
    <message>
        <source>Nothing to export: no stream and no search was given.</source>
        <translation>Rien à exporter : aucun flux ni aucune recherche n’a été indiqué.</translation>
    </message>
    <message>
        <source>Exporting from the pod needs a connection.</source>
        <translation>L’export depuis le pod nécessite une connexion.</translation>
    </message>
    <message>
        <source>One file per stream needs an output file, not standard output.</source>
        <translation>Un fichier par flux nécessite un fichier de sortie, pas la sortie standard.</translation>
    </message>
    <message>
        <source>Selected messages</source>
        <translation>Messages sélectionnés</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Several formats need an output file each, not standard output.</source>
        <translation>Plusieurs formats nécessitent chacun un fichier de sortie, pas la sortie standard.</translation>
    </message>
    <message>
        <source>A transcript (HTML, PDF) holds one stream: several streams need one file each (split).</source>
        <translation>Une transcription (HTML, PDF) contient un seul flux : plusieurs flux nécessitent un fichier chacun (split).</translation>
    </message>
    <message>
        <source>This program cannot write %1 here.</source>
        <translation>Ce programme ne peut pas écrire de %1 ici.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::OutputFile</name>
    <message>
        <source>%1 is a symbolic link; not written through.</source>
        <translation>%1 est un lien symbolique ; rien n’est écrit à travers lui.</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::OutputName</name>
    <message>
        <source>--output: the fields of a template (%N, %I…) name the file, not its folder: &quot;%1&quot;.</source>
        <translation>--output : les champs d’un modèle (%N, %I…) nomment le fichier, pas son dossier : « %1 ».</translation>
    </message>
    <message>
        <source>--output: unknown field &quot;%1&quot; (use %N, %I, %T, %d, %f, %l, %x or %% for a %).</source>
        <translation>--output : champ inconnu « %1 » (utilisez %N, %I, %T, %d, %f, %l, %x ou %% pour un %).</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::PdfTranscript</name>
    <message>
        <source>Writing a PDF needs Qt&apos;s GUI library (a QGuiApplication), which this program did not start.</source>
        <translation>L’écriture d’un PDF nécessite la bibliothèque graphique de Qt (une QGuiApplication), que ce programme n’a pas démarrée.</translation>
    </message>
    <message>
        <source>The transcript is not open.</source>
        <translation>La transcription n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 (part %2)</source>
        <translation>%1 (partie %2)</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>Impossible d’écrire le PDF : %1</translation>
    </message>
    <message>
        <source>Exported %1 %2 by Symphony Inspector</source>
        <translation>Exporté le %1 %2 par Symphony Inspector</translation>
    </message>
    <message>
        <source>%1 · part %2</source>
        <translation>%1 · partie %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Export::RecordExport</name>
    <message>
        <source>Unknown column(s): %1. Known columns: %2.</source>
        <translation>Colonne(s) inconnue(s) : %1. Colonnes connues : %2.</translation>
    </message>
    <message>
        <source>none (no records)</source>
        <translation>aucune (aucun enregistrement)</translation>
    </message>
    <message>
        <source>No columns were chosen.</source>
        <translation>Aucune colonne n’a été choisie.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>HTML and PDF are for message transcripts; these records export as CSV, JSON or JSON Lines.</source>
        <translation>HTML et PDF servent aux transcriptions de messages ; ces enregistrements s’exportent en CSV, JSON ou JSON Lines.</translation>
    </message>
</context>
<context>
    <name>Inspector::Files::NewFile</name>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>« %1 » n’est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Impossible d’ouvrir le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>Impossible de créer un fichier dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: no free temporary name.</source>
        <translation>Impossible de créer un fichier dans %1 : aucun nom temporaire libre.</translation>
    </message>
    <message>
        <source>The file is not open.</source>
        <translation>Le fichier n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Impossible d’enregistrer %1.</translation>
    </message>
    <message>
        <source>Cannot save %1 in %2: every name up to &quot;%3&quot; is taken.</source>
        <translation>Impossible d’enregistrer %1 dans %2 : tous les noms jusqu’à « %3 » sont pris.</translation>
    </message>
    <message>
        <source>%1 exists; it was not replaced.</source>
        <translation>%1 existe déjà ; il n’a pas été remplacé.</translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::DemoSession</name>
    <message>
        <source>The demo pod could not start: %1</source>
        <translation>Le pod de démonstration n’a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::Launcher</name>
    <message>
        <source>Inspect and export the streams and messages of a Symphony Messaging pod.</source>
        <translation>Inspecter et exporter les flux et les messages d’un pod Symphony Messaging.</translation>
    </message>
    <message>
        <source>Start the embedded demo pod and connect to it.</source>
        <translation>Démarrer le pod de démonstration intégré et s’y connecter.</translation>
    </message>
    <message>
        <source>Connect with the connection profile NAME.</source>
        <translation>Se connecter avec le profil de connexion NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Voir --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation>Argument inattendu « %1 ». Voir --help.</translation>
    </message>
    <message>
        <source>No connection profile is called &quot;%1&quot;.</source>
        <translation>Aucun profil de connexion ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Screenshots failed: %1</source>
        <translation>Échec des captures d’écran : %1</translation>
    </message>
    <message>
        <source>Open the archive WHERE (a SQLite file or a postgresql://user@host/database URL) offline, without any network.</source>
        <translation>Ouvrir l’archive EMPLACEMENT (un fichier SQLite ou une URL postgresql://user@host/database) hors ligne, sans aucun réseau.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>With --demo or --archive: write a PNG of each main view into DIR, then quit.</source>
        <translation>Avec --demo ou --archive : écrire un PNG de chaque vue principale dans DOSSIER, puis quitter.</translation>
    </message>
    <message>
        <source>Give one of --demo, --profile and --archive.</source>
        <translation>Indiquez une seule des options --demo, --profile et --archive.</translation>
    </message>
    <message>
        <source>--archive needs a file or a postgresql:// URL.</source>
        <translation>--archive nécessite un fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>--screenshots needs a folder and --demo or --archive.</source>
        <translation>--screenshots nécessite un dossier ainsi que --demo ou --archive.</translation>
    </message>
</context>
<context>
    <name>Inspector::Gui::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>the demo stream in the streams tree</source>
        <translation>le flux de démonstration dans l’arborescence des flux</translation>
    </message>
    <message>
        <source>the stream&apos;s messages</source>
        <translation>les messages du flux</translation>
    </message>
    <message>
        <source>the main window</source>
        <translation>la fenêtre principale</translation>
    </message>
    <message>
        <source>detail tab %1</source>
        <translation>l’onglet de détail %1</translation>
    </message>
    <message>
        <source>diagnostics</source>
        <translation>le diagnostic</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>le journal des requêtes</translation>
    </message>
    <message>
        <source>ID converter</source>
        <translation>le convertisseur d’ID</translation>
    </message>
    <message>
        <source>profile manager</source>
        <translation>le gestionnaire de profils</translation>
    </message>
    <message>
        <source>export dialog</source>
        <translation>la boîte de dialogue d’export</translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation>Délai dépassé en attendant %1.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
    </message>
    <message>
        <source>the stream with attachments</source>
        <translation>le flux avec des pièces jointes</translation>
    </message>
    <message>
        <source>live events</source>
        <translation>les événements en direct</translation>
    </message>
    <message>
        <source>the archive&apos;s demo stream in the streams tree</source>
        <translation>le flux de démonstration de l’archive dans l’arborescence des flux</translation>
    </message>
    <message>
        <source>the History tab</source>
        <translation>l’onglet Historique</translation>
    </message>
    <message>
        <source>the preview</source>
        <translation>l’aperçu</translation>
    </message>
    <message>
        <source>a full-text search</source>
        <translation>une recherche plein texte</translation>
    </message>
</context>
<context>
    <name>Inspector::HealthComponent</name>
    <message>
        <source>The CE service user works: the datahose can deliver message events.</source>
        <translation>L’utilisateur de service CE fonctionne : le datahose peut livrer les événements de message.</translation>
    </message>
    <message>
        <source>The datahose needs the CE service user to decrypt messages: while it is down, datahose reads that ask for message events (MESSAGESENT, SHAREDPOST) fail.</source>
        <translation>Le datahose a besoin de l’utilisateur de service CE pour déchiffrer les messages : tant qu’il est en panne, les lectures du datahose qui demandent des événements de message (MESSAGESENT, SHAREDPOST) échouent.</translation>
    </message>
    <message>
        <source>The agent&apos;s service user works: agent calls can be made.</source>
        <translation>L’utilisateur de service de l’agent fonctionne : les appels à l’agent sont possibles.</translation>
    </message>
    <message>
        <source>The agent&apos;s service user cannot authenticate, so most agent calls (messages, search) fail.</source>
        <translation>L’utilisateur de service de l’agent ne peut pas s’authentifier : la plupart des appels à l’agent (messages, recherche) échouent.</translation>
    </message>
    <message>
        <source>The key manager is reachable: messages can be decrypted.</source>
        <translation>Le gestionnaire de clés est joignable : les messages peuvent être déchiffrés.</translation>
    </message>
    <message>
        <source>The key manager is down: messages cannot be decrypted or encrypted.</source>
        <translation>Le gestionnaire de clés est en panne : les messages ne peuvent être ni déchiffrés ni chiffrés.</translation>
    </message>
    <message>
        <source>The agent reaches the pod.</source>
        <translation>L’agent joint le pod.</translation>
    </message>
    <message>
        <source>The agent cannot reach the pod: nearly every call fails.</source>
        <translation>L’agent ne joint pas le pod : presque tous les appels échouent.</translation>
    </message>
    <message>
        <source>The datafeed service works: real-time events are delivered.</source>
        <translation>Le service datafeed fonctionne : les événements en temps réel sont livrés.</translation>
    </message>
    <message>
        <source>Real-time events (datafeed and datahose) are not delivered.</source>
        <translation>Les événements en temps réel (datafeed et datahose) ne sont pas livrés.</translation>
    </message>
    <message>
        <source>This component works.</source>
        <translation>Ce composant fonctionne.</translation>
    </message>
    <message>
        <source>This component is down; see its message.</source>
        <translation>Ce composant est en panne ; voir son message.</translation>
    </message>
</context>
<context>
    <name>Inspector::HealthModel</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Ce que cela signifie</translation>
    </message>
</context>
<context>
    <name>Inspector::Ids</name>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation>le caractère « %1 »</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>le caractère U+%1</translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation>L’ID est vide.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; consists only of &apos;=&apos; padding.</source>
        <translation>L’ID « %1 » n’est composé que de remplissage « = ».</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; has &apos;=&apos; padding in the middle; padding may only appear at the end.</source>
        <translation>L’ID « %1 » contient du remplissage « = » au milieu ; le remplissage ne peut figurer qu’à la fin.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; contains %2, which is not Base64.</source>
        <translation>L’ID « %1 » contient %2, qui n’appartient pas au Base64.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; mixes the URL-safe Base64 character &apos;%2&apos; with the standard Base64 character &apos;%3&apos;; an id uses one alphabet only.</source>
        <translation>L’ID « %1 » mélange le caractère Base64 URL « %2 » et le caractère Base64 standard « %3 » ; un ID n’utilise qu’un seul alphabet.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; has %2 Base64 characters, a length that no Base64 value has.</source>
        <translation>L’ID « %1 » compte %2 caractères Base64, une longueur qu’aucune valeur Base64 ne peut avoir.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; ends in %2 &apos;=&apos; padding characters where its length needs %3.</source>
        <translation>L’ID « %1 » se termine par %2 caractères de remplissage « = » alors que sa longueur en exige %3.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is not valid Base64.</source>
        <translation>L’ID « %1 » n’est pas du Base64 valide.</translation>
    </message>
    <message>
        <source>The last character of the id &apos;%1&apos; carries stray bits, so it is not a canonical Base64 value.</source>
        <translation>Le dernier caractère de l’ID « %1 » porte des bits parasites : ce n’est donc pas une valeur Base64 canonique.</translation>
    </message>
</context>
<context>
    <name>Inspector::JsonTreeModel</name>
    <message>
        <source>The JSON could not be read: %1 at character %2.</source>
        <translation>Le JSON n’a pas pu être lu : %1 au caractère %2.</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Inspector::KeychainSecretStore</name>
    <message>
        <source>The keychain holds no secret for &quot;%1&quot;.</source>
        <translation>Le trousseau ne contient aucun secret pour « %1 ».</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2).</source>
        <translation>Le trousseau a refusé l’accès à « %1 » (%2).</translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2</source>
        <translation>Le trousseau a échoué pour « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Live</name>
    <message>
        <source>the list of datafeeds is not a JSON array.</source>
        <translation>la liste des datafeeds n’est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>a datafeed of the list has no text &quot;id&quot;.</source>
        <translation>un datafeed de la liste n’a pas d’« id » textuel.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::CaptureWriter</name>
    <message>
        <source>%1 already holds a capture: resume it (--resume) or choose another file.</source>
        <translation>%1 contient déjà une capture : reprenez-la (--resume) ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot create the capture %1: %2</source>
        <translation>Impossible de créer la capture %1 : %2</translation>
    </message>
    <message>
        <source>Nothing to resume: %1 is missing (%2).</source>
        <translation>Rien à reprendre : %1 est absent (%2).</translation>
    </message>
    <message>
        <source>Cannot resume from %1: %2</source>
        <translation>Impossible de reprendre depuis %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the capture %1: %2</source>
        <translation>Impossible d’ouvrir la capture %1 : %2</translation>
    </message>
    <message>
        <source>Cannot resume: %1 is shorter than its state file says (%2 bytes instead of %3); it was changed since the capture stopped.</source>
        <translation>Impossible de reprendre : %1 est plus court que ne l’indique son fichier d’état (%2 octets au lieu de %3) ; il a été modifié depuis l’arrêt de la capture.</translation>
    </message>
    <message>
        <source>Cannot cut the unfinished last line of %1: %2</source>
        <translation>Impossible de couper la dernière ligne inachevée de %1 : %2</translation>
    </message>
    <message>
        <source>The capture %1 is not open.</source>
        <translation>La capture %1 n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot write to the capture %1: %2</source>
        <translation>Impossible d’écrire dans la capture %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save the capture %1 to disk: %2</source>
        <translation>Impossible d’enregistrer la capture %1 sur le disque : %2</translation>
    </message>
    <message>
        <source>Cannot write the capture state %1: %2</source>
        <translation>Impossible d’écrire l’état de capture %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the capture %1: %2</source>
        <translation>Impossible de lire la capture %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>The capture %1 has a line that is not a JSON object (event %2).</source>
        <translation>La capture %1 contient une ligne qui n’est pas un objet JSON (événement %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>the state file is not a capture state of this version.</source>
        <translation>le fichier d’état n’est pas un état de capture de cette version.</translation>
    </message>
    <message>
        <source>the state file names no feed (&quot;source&quot; must be datafeed or datahose).</source>
        <translation>le fichier d’état ne désigne aucun flux d’événements (« source » doit valoir datafeed ou datahose).</translation>
    </message>
    <message>
        <source>the state file has no capture size.</source>
        <translation>le fichier d’état n’indique pas la taille de la capture.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::DatafeedReader</name>
    <message>
        <source>A datafeed tag has at most %1 characters; this one has %2.</source>
        <translation>Une étiquette de datafeed compte au plus %1 caractères ; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>The datafeed %1 no longer exists on the server (a datafeed expires when it is not read for about 30 minutes): events sent since the last capture may be lost. A new datafeed was created.</source>
        <translation>Le datafeed %1 n’existe plus sur le serveur (un datafeed expire s’il n’est pas lu pendant environ 30 minutes) : des événements envoyés depuis la dernière capture peuvent être perdus. Un nouveau datafeed a été créé.</translation>
    </message>
    <message>
        <source>the new datafeed has no &quot;id&quot;.</source>
        <translation>le nouveau datafeed n’a pas d’« id ».</translation>
    </message>
    <message>
        <source>The datafeed kept refusing reads (%1) even after it was recreated %2 times; stopping.</source>
        <translation>Le datafeed a continué de refuser la lecture (%1) même après avoir été recréé %2 fois ; arrêt.</translation>
    </message>
    <message>
        <source>The datafeed %1 was refused by the server (%2): it expired or its ackId was no longer valid. It was recreated; events sent while it was gone may be lost.</source>
        <translation>Le datafeed %1 a été refusé par le serveur (%2) : il a expiré ou son ackId n’était plus valide. Il a été recréé ; les événements envoyés entre-temps peuvent être perdus.</translation>
    </message>
    <message>
        <source>The pod refused the datafeed (403%1): an account may have only a few active datafeeds (20 at most). List them with &quot;feeds&quot; and delete stale ones with &quot;feeds --delete ID&quot;.</source>
        <translation>Le pod a refusé le datafeed (403%1) : un compte ne peut avoir que quelques datafeeds actifs (20 au plus). Listez-les avec « feeds » et supprimez les anciens avec « feeds --delete ID ».</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::DatahoseReader</name>
    <message>
        <source>&quot;%1&quot; is not a real-time event type. Known types: %2, or &quot;all&quot;.</source>
        <translation>« %1 » n’est pas un type d’événement en temps réel. Types connus : %2, ou « all ».</translation>
    </message>
    <message>
        <source>The datahose needs at least one event type (or &quot;all&quot;).</source>
        <translation>Le datahose nécessite au moins un type d’événement (ou « all »).</translation>
    </message>
    <message>
        <source>A datahose tag has 1 to %1 characters; this one has %2.</source>
        <translation>Une étiquette de datahose compte de 1 à %1 caractères ; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>The datahose refused the read (400%1). Nothing can be recovered by retrying: check the tag (1 to 80 characters) and the event types, and that the agent (22.5.1 or later) is entitled to the datahose add-on.</source>
        <translation>Le datahose a refusé la lecture (400%1). Réessayer ne servira à rien : vérifiez l’étiquette (1 à 80 caractères), les types d’événements, et que l’agent (22.5.1 ou plus récent) a droit au module datahose.</translation>
    </message>
    <message>
        <source>The datahose refused this account (403%1): the datahose is an add-on that needs a contract and an entitlement for the service account.</source>
        <translation>Le datahose a refusé ce compte (403%1) : le datahose est un module qui exige un contrat et un droit pour le compte de service.</translation>
    </message>
    <message>
        <source>The agent reports its ceservice account DOWN%1. %2 The reader keeps retrying until the agent&apos;s administrator fixes the ceservice credentials; reading only other event types works meanwhile.</source>
        <translation>L’agent signale son compte ceservice DOWN%1. %2 Le lecteur réessaie jusqu’à ce que l’administrateur de l’agent corrige les identifiants ceservice ; en attendant, la lecture des autres types d’événements fonctionne.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::EventReader</name>
    <message>
        <source>%1 Nothing of it was stored or acknowledged; the server will deliver it again.</source>
        <translation>%1 Rien n’en a été enregistré ni acquitté ; le serveur le livrera à nouveau.</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::LiveEventModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiateur</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Inspector::Live::LiveSession</name>
    <message>
        <source>Resuming needs the capture file whose state to resume.</source>
        <translation>La reprise nécessite le fichier de capture dont l’état doit être repris.</translation>
    </message>
</context>
<context>
    <name>Inspector::LiveRequests</name>
    <message>
        <source>listing the datafeeds</source>
        <translation>la liste des datafeeds</translation>
    </message>
    <message>
        <source>creating a datafeed</source>
        <translation>la création d’un datafeed</translation>
    </message>
    <message>
        <source>reading the datafeed</source>
        <translation>la lecture du datafeed</translation>
    </message>
    <message>
        <source>deleting the datafeed</source>
        <translation>la suppression du datafeed</translation>
    </message>
    <message>
        <source>reading the datahose</source>
        <translation>la lecture du datahose</translation>
    </message>
</context>
<context>
    <name>Inspector::MarkupFormat</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>No element found.</source>
        <translation>Aucun élément trouvé.</translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <translation>Caractère %1 : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::MemorySecretStore</name>
    <message>
        <source>The secret store refused the operation.</source>
        <translation>Le magasin de secrets a refusé l’opération.</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>Aucun secret n’est enregistré sous « %1 ».</translation>
    </message>
</context>
<context>
    <name>Inspector::MessageDetails</name>
    <message>
        <source>This source keeps no earlier versions of a message (an archive does).</source>
        <translation>Cette source ne conserve pas les versions antérieures d’un message (une archive, si).</translation>
    </message>
</context>
<context>
    <name>Inspector::MessageStatusModel</name>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>User name / e-mail</source>
        <translation>Nom d’utilisateur / e-mail</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
</context>
<context>
    <name>Inspector::MessageTableModel</name>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externe</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>not decrypted</source>
        <translation>non déchiffré</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Edited: this version replaces an earlier one.</source>
        <translation>Modifié : cette version remplace une version antérieure.</translation>
    </message>
    <message>
        <source>Replaced: a newer version of this message exists.</source>
        <translation>Remplacé : une version plus récente de ce message existe.</translation>
    </message>
    <message>
        <source>External: the message has external recipients or the stream is cross-pod.</source>
        <translation>Externe : le message a des destinataires externes ou le flux est inter-pods.</translation>
    </message>
    <message>
        <source>Duplicate: a row above has the same message id (in either Base64 form).</source>
        <translation>Doublon : une ligne plus haut a le même ID de message (sous l’une ou l’autre forme Base64).</translation>
    </message>
    <message>
        <source>Not decrypted: the agent sent a diagnostic instead of the text.</source>
        <translation>Non déchiffré : l’agent a envoyé un diagnostic au lieu du texte.</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>révisé</translation>
    </message>
    <message>
        <source>Revised: the archive kept more than one version of it (see the History tab).</source>
        <translation>Révisé : l’archive en a conservé plus d’une version (voir l’onglet Historique).</translation>
    </message>
</context>
<context>
    <name>Inspector::Pager</name>
    <message>
        <source>While %1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::Paging</name>
    <message>
        <source>the page&apos;s timestamps read differently on a second pass.</source>
        <translation>les horodatages de la page ont été lus différemment lors d’une seconde lecture.</translation>
    </message>
    <message>
        <source>the server sent %1 items for a page of %2.</source>
        <translation>le serveur a envoyé %1 éléments pour une page de %2.</translation>
    </message>
    <message>
        <source>a message dated %1 came back for a request of messages since %2 (time went backwards).</source>
        <translation>un message daté du %1 est revenu pour une demande de messages depuis %2 (le temps a reculé).</translation>
    </message>
    <message>
        <source>a message dated %1 came back after the end of the window (%2).</source>
        <translation>un message daté du %1 est revenu après la fin de la fenêtre (%2).</translation>
    </message>
    <message>
        <source>the server sent %1 messages for a page of %2.</source>
        <translation>le serveur a envoyé %1 messages pour une page de %2.</translation>
    </message>
    <message>
        <source>the messages of a full page are out of order (a message dated %1 follows one dated %2), so the next page cannot be asked for safely.</source>
        <translation>les messages d’une page pleine sont dans le désordre (un message du %1 suit un message du %2) : la page suivante ne peut pas être demandée sans risque.</translation>
    </message>
    <message numerus="yes">
        <source>the last page came back newest first; its %n message(s) were sorted by time.</source>
        <translation>
            <numerusform>la dernière page est arrivée du plus récent au plus ancien ; son %n message a été trié par date.</numerusform>
            <numerusform>la dernière page est arrivée du plus récent au plus ancien ; ses %n messages ont été triés par date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last page came back out of time order; its %n message(s) were sorted by time.</source>
        <translation>
            <numerusform>la dernière page est arrivée hors de l’ordre chronologique ; son %n message a été trié par date.</numerusform>
            <numerusform>la dernière page est arrivée hors de l’ordre chronologique ; ses %n messages ont été triés par date.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent the same page twice (it seems to ignore skip).</source>
        <translation>le serveur a envoyé deux fois la même page (il semble ignorer skip).</translation>
    </message>
    <message>
        <source>the server sent the same page again for a later skip; it may ignore skip.</source>
        <translation>le serveur a renvoyé la même page pour un skip plus loin ; il ignore peut-être skip.</translation>
    </message>
    <message numerus="yes">
        <source>the server sent %n messages outside the time window asked for; they were left out.</source>
        <translation>
            <numerusform>le serveur a envoyé %n message hors de la fenêtre de temps demandée ; il a été écarté.</numerusform>
            <numerusform>le serveur a envoyé %n messages hors de la fenêtre de temps demandée ; ils ont été écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent a page of messages out of order; it was sorted.</source>
        <translation>le serveur a envoyé une page de messages dans le désordre ; elle a été triée.</translation>
    </message>
    <message>
        <source>the server sent the cursor &quot;%1&quot; again.</source>
        <translation>le serveur a renvoyé le curseur « %1 ».</translation>
    </message>
    <message>
        <source>an item dated %1 came back for a window starting at %2 (time went backwards).</source>
        <translation>un élément daté du %1 est revenu pour une fenêtre commençant à %2 (le temps a reculé).</translation>
    </message>
    <message>
        <source>the items of a page are not in ascending time order.</source>
        <translation>les éléments d’une page ne sont pas dans l’ordre chronologique croissant.</translation>
    </message>
    <message>
        <source>more than %1 items share the date %2, so the window cannot move on.</source>
        <translation>plus de %1 éléments partagent la date %2 : la fenêtre ne peut donc pas avancer.</translation>
    </message>
</context>
<context>
    <name>Inspector::Parse</name>
    <message>
        <source>%1: missing for a %2 event.</source>
        <translation>%1 : absent pour un événement %2.</translation>
    </message>
    <message>
        <source>The server sent a batch of events that is not valid JSON (%1 at byte %2).</source>
        <translation>Le serveur a envoyé un lot d’événements qui n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The server sent a batch of events that is not a JSON object.</source>
        <translation>Le serveur a envoyé un lot d’événements qui n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server sent a batch of events without a text &quot;ackId&quot;.</source>
        <translation>Le serveur a envoyé un lot d’événements sans « ackId » textuel.</translation>
    </message>
    <message>
        <source>The server sent a batch whose &quot;events&quot; is not a list.</source>
        <translation>Le serveur a envoyé un lot dont « events » n’est pas une liste.</translation>
    </message>
    <message>
        <source>The server sent a batch whose event #%1 is not a JSON object.</source>
        <translation>Le serveur a envoyé un lot dont l’événement nº %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
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
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>la chaîne « %1 »</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Item %1 of the list should be an object but is %2.</source>
        <translation>L’élément %1 de la liste devrait être un objet mais c’est %2.</translation>
    </message>
    <message>
        <source>The server sent HTML or XML instead of JSON.</source>
        <translation>Le serveur a envoyé du HTML ou du XML au lieu de JSON.</translation>
    </message>
    <message>
        <source>The server sent an HTML page (&quot;%1&quot;) instead of JSON.</source>
        <translation>Le serveur a envoyé une page HTML (« %1 ») au lieu de JSON.</translation>
    </message>
    <message>
        <source>The server sent incomplete JSON (%1 at offset %2); the response was probably cut off.</source>
        <translation>Le serveur a envoyé du JSON incomplet (%1 à la position %2) ; la réponse a probablement été tronquée.</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at offset %2).</source>
        <translation>Le serveur a envoyé du JSON mal formé (%1 à la position %2).</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>un tableau JSON</translation>
    </message>
    <message>
        <source>a JSON string</source>
        <translation>une chaîne JSON</translation>
    </message>
    <message>
        <source>a JSON number</source>
        <translation>un nombre JSON</translation>
    </message>
    <message>
        <source>a JSON boolean</source>
        <translation>un booléen JSON</translation>
    </message>
    <message>
        <source>JSON null</source>
        <translation>le null JSON</translation>
    </message>
    <message>
        <source>The server answered with an error (%1: %2) where %3 was expected.</source>
        <translation>Le serveur a répondu par une erreur (%1 : %2) là où %3 était attendu.</translation>
    </message>
    <message>
        <source>The server sent %1 where %2 was expected.</source>
        <translation>Le serveur a envoyé %1 là où %2 était attendu.</translation>
    </message>
    <message>
        <source>The server sent an empty response where %1 was expected.</source>
        <translation>Le serveur a envoyé une réponse vide là où %1 était attendu.</translation>
    </message>
    <message>
        <source>a list of messages</source>
        <translation>une liste de messages</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>un message</translation>
    </message>
    <message>
        <source>a list of streams</source>
        <translation>une liste de flux</translation>
    </message>
    <message>
        <source>an admin list of streams</source>
        <translation>une liste de flux d’administration</translation>
    </message>
    <message>
        <source>the details of a stream</source>
        <translation>les détails d’un flux</translation>
    </message>
    <message>
        <source>the details of a room</source>
        <translation>les détails d’un salon</translation>
    </message>
    <message>
        <source>room search results</source>
        <translation>des résultats de recherche de salons</translation>
    </message>
    <message>
        <source>a list of room members</source>
        <translation>une liste de membres de salon</translation>
    </message>
    <message>
        <source>an admin list of stream members</source>
        <translation>une liste d’administration des membres d’un flux</translation>
    </message>
    <message>
        <source>a page of message receipts</source>
        <translation>une page d’accusés de lecture</translation>
    </message>
    <message>
        <source>the status of a message</source>
        <translation>le statut d’un message</translation>
    </message>
    <message>
        <source>a list of stream attachments</source>
        <translation>une liste de pièces jointes d’un flux</translation>
    </message>
    <message>
        <source>a list of signals</source>
        <translation>une liste de signaux</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>un signal</translation>
    </message>
    <message>
        <source>a list of users</source>
        <translation>une liste d’utilisateurs</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>un utilisateur</translation>
    </message>
    <message>
        <source>a health report</source>
        <translation>un rapport d’état</translation>
    </message>
    <message>
        <source>the agent information</source>
        <translation>les informations de l’agent</translation>
    </message>
    <message>
        <source>an authentication token</source>
        <translation>un jeton d’authentification</translation>
    </message>
    <message>
        <source>an error description</source>
        <translation>une description d’erreur</translation>
    </message>
    <message>
        <source>%1: should be a number but is the string &quot;%2&quot;; its value was used.</source>
        <translation>%1 : devrait être un nombre mais c’est la chaîne « %2 » ; sa valeur a été utilisée.</translation>
    </message>
    <message>
        <source>%1: missing.</source>
        <translation>%1 : absent.</translation>
    </message>
    <message>
        <source>%1: null.</source>
        <translation>%1 : null.</translation>
    </message>
    <message>
        <source>%1: not a valid id: %2</source>
        <translation>%1 : ID non valide : %2</translation>
    </message>
    <message>
        <source>%1: should be %2 but is %3.</source>
        <translation>%1 : devrait être %2 mais c’est %3.</translation>
    </message>
    <message>
        <source>%1: should be a string of EntityJSON but is an object; it was kept re-serialised.</source>
        <translation>%1 : devrait être une chaîne EntityJSON mais c’est un objet ; il a été conservé resérialisé.</translation>
    </message>
    <message>
        <source>%1: nests shared messages more than %2 levels deep; the rest was not read.</source>
        <translation>%1 : imbrique des messages partagés sur plus de %2 niveaux ; le reste n’a pas été lu.</translation>
    </message>
</context>
<context>
    <name>Inspector::PodDiagnostics</name>
    <message>
        <source>Not connected to a pod.</source>
        <translation>Pas de connexion à un pod.</translation>
    </message>
    <message>
        <source>the report has no status.</source>
        <translation>le rapport n’a pas de statut.</translation>
    </message>
</context>
<context>
    <name>Inspector::PodMessageDetails</name>
    <message>
        <source>Not connected to a pod.</source>
        <translation>Pas de connexion à un pod.</translation>
    </message>
    <message>
        <source>The attachment to download is not named.</source>
        <translation>La pièce jointe à télécharger n&apos;est pas désignée.</translation>
    </message>
    <message>
        <source>the answer is not Base64 text, so it cannot be the file.</source>
        <translation>la réponse n’est pas du texte Base64, ce ne peut donc pas être le fichier.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::PodMessageHistory</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>reading the stream&apos;s messages</source>
        <translation>la lecture des messages du flux</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>la recherche de messages</translation>
    </message>
    <message>
        <source>reading a message</source>
        <translation>la lecture d’un message</translation>
    </message>
    <message>
        <source>the message names no stream</source>
        <translation>le message ne désigne aucun flux</translation>
    </message>
</context>
<context>
    <name>Inspector::PodServices</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>Inspector::PodStreamDirectory</name>
    <message>
        <source>reading the stream&apos;s info</source>
        <translation>la lecture des informations du flux</translation>
    </message>
    <message>
        <source>reading the room&apos;s info</source>
        <translation>la lecture des informations du salon</translation>
    </message>
    <message>
        <source>reading the room&apos;s members</source>
        <translation>la lecture des membres du salon</translation>
    </message>
</context>
<context>
    <name>Inspector::PodUserDirectory</name>
    <message>
        <source>reading the session&apos;s user</source>
        <translation>la lecture de l’utilisateur de la session</translation>
    </message>
</context>
<context>
    <name>Inspector::Profile</name>
    <message>
        <source>Demo pod</source>
        <translation>Pod de démonstration</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>phrase secrète de la clé</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>jeton de session</translation>
    </message>
    <message>
        <source>key manager token</source>
        <translation>jeton du gestionnaire de clés</translation>
    </message>
    <message>
        <source>certificate passphrase</source>
        <translation>phrase secrète du certificat</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>mot de passe du proxy</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Give the pod URL, e.g. https://mycompany.symphony.com.</source>
        <translation>Indiquez l’URL du pod, par exemple https://mycompany.symphony.com.</translation>
    </message>
    <message>
        <source>RSA authentication needs the bot&apos;s username.</source>
        <translation>L’authentification RSA nécessite le nom d’utilisateur du bot.</translation>
    </message>
    <message>
        <source>RSA authentication needs the bot&apos;s private key file.</source>
        <translation>L’authentification RSA nécessite le fichier de clé privée du bot.</translation>
    </message>
    <message>
        <source>Certificate authentication needs a certificate file.</source>
        <translation>L’authentification par certificat nécessite un fichier de certificat.</translation>
    </message>
    <message>
        <source>The proxy must be an HTTP or a SOCKS5 proxy.</source>
        <translation>Le proxy doit être un proxy HTTP ou SOCKS5.</translation>
    </message>
    <message>
        <source>The proxy needs a host name.</source>
        <translation>Le proxy nécessite un nom d’hôte.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Le port du proxy doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>Le délai d’attente doit être compris entre %1 et %2 secondes.</translation>
    </message>
</context>
<context>
    <name>Inspector::ProfileConnector</name>
    <message>
        <source>The %1 &quot;%2&quot; does not exist.</source>
        <translation>%1 « %2 » n’existe pas.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a readable file.</source>
        <translation>%1 « %2 » n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>The embedded demo pod is not running, so the demo profile cannot connect.</source>
        <translation>Le pod de démonstration intégré n’est pas lancé : le profil de démonstration ne peut donc pas se connecter.</translation>
    </message>
    <message>
        <source>The demo pod&apos;s bot key cannot be used: %1</source>
        <translation>La clé du bot du pod de démonstration est inutilisable : %1</translation>
    </message>
    <message>
        <source>%1, but no %2 is stored for the profile &quot;%3&quot;: edit the profile and enter it.</source>
        <translation>%1, mais aucune %2 n’est enregistrée pour le profil « %3 » : modifiez le profil et saisissez-la.</translation>
    </message>
    <message>
        <source>%1, but the %2 could not be read: %3</source>
        <translation>%1, mais %2 n’a pas pu être lu : %3</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Le fichier CA</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be used: %2</source>
        <translation>Le fichier CA « %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>Le fichier de clé privée</translation>
    </message>
    <message>
        <source>The private key file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier de clé privée « %1 » est illisible : %2</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is encrypted</source>
        <translation>La clé privée « %1 » est chiffrée</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; cannot be used: %2</source>
        <translation>La clé privée « %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>Le fichier de certificat</translation>
    </message>
    <message>
        <source>certificate key file</source>
        <translation>Le fichier de clé du certificat</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be used: %2</source>
        <translation>Le certificat « %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>(The certificate passphrase could not be read: %1)</source>
        <translation>(La phrase secrète du certificat n’a pas pu être lue : %1)</translation>
    </message>
    <message>
        <source>The profile authenticates with pasted tokens</source>
        <translation>Le profil s’authentifie avec des jetons collés</translation>
    </message>
</context>
<context>
    <name>Inspector::ProfileStore</name>
    <message>
        <source>A profile with this id exists already.</source>
        <translation>Un profil avec cet ID existe déjà.</translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be changed.</source>
        <translation>Le profil du pod de démonstration est intégré et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>Il n’existe aucun profil avec l’ID « %1 ».</translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be duplicated.</source>
        <translation>Le profil du pod de démonstration est intégré et ne peut pas être dupliqué.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The demo pod profile is built in and cannot be deleted.</source>
        <translation>Le profil du pod de démonstration est intégré et ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>Inspector::ReceiptsModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Delivered (UTC)</source>
        <translation>Remis (UTC)</translation>
    </message>
    <message>
        <source>Read (UTC)</source>
        <translation>Lu (UTC)</translation>
    </message>
    <message>
        <source>E-mail sent (UTC)</source>
        <translation>E-mail envoyé (UTC)</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
</context>
<context>
    <name>Inspector::RequestLogModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Inspector::Requests</name>
    <message>
        <source>reading the agent information</source>
        <translation>la lecture des informations de l’agent</translation>
    </message>
    <message>
        <source>checking the agent&apos;s health</source>
        <translation>la vérification de l’état de l’agent</translation>
    </message>
    <message>
        <source>checking the health of the agent&apos;s components</source>
        <translation>la vérification de l’état des composants de l’agent</translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation>la lecture de la session</translation>
    </message>
    <message>
        <source>authenticating with the bot&apos;s RSA key</source>
        <translation>l’authentification avec la clé RSA du bot</translation>
    </message>
    <message>
        <source>authenticating with the key manager</source>
        <translation>l’authentification auprès du gestionnaire de clés</translation>
    </message>
    <message>
        <source>authenticating with the client certificate</source>
        <translation>l’authentification avec le certificat client</translation>
    </message>
    <message>
        <source>authenticating with the key manager using the client certificate</source>
        <translation>l’authentification auprès du gestionnaire de clés avec le certificat client</translation>
    </message>
    <message>
        <source>listing streams</source>
        <translation>la liste des flux</translation>
    </message>
    <message>
        <source>listing the enterprise&apos;s streams</source>
        <translation>la liste des flux de l’entreprise</translation>
    </message>
    <message>
        <source>listing the streams of user %1</source>
        <translation>la liste des flux de l’utilisateur %1</translation>
    </message>
    <message>
        <source>reading stream %1</source>
        <translation>la lecture du flux %1</translation>
    </message>
    <message>
        <source>reading room %1</source>
        <translation>la lecture du salon %1</translation>
    </message>
    <message>
        <source>searching rooms</source>
        <translation>la recherche de salons</translation>
    </message>
    <message>
        <source>listing the members of room %1</source>
        <translation>la liste des membres du salon %1</translation>
    </message>
    <message>
        <source>listing the members of stream %1</source>
        <translation>la liste des membres du flux %1</translation>
    </message>
    <message>
        <source>reading the messages of stream %1</source>
        <translation>la lecture des messages du flux %1</translation>
    </message>
    <message>
        <source>reading message %1</source>
        <translation>la lecture du message %1</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>la recherche de messages</translation>
    </message>
    <message>
        <source>reading the receipts of message %1</source>
        <translation>la lecture des accusés de lecture du message %1</translation>
    </message>
    <message>
        <source>reading the status of message %1</source>
        <translation>la lecture du statut du message %1</translation>
    </message>
    <message>
        <source>listing the attachments of stream %1</source>
        <translation>la liste des pièces jointes du flux %1</translation>
    </message>
    <message>
        <source>downloading attachment %1</source>
        <translation>le téléchargement de la pièce jointe %1</translation>
    </message>
    <message>
        <source>listing signals</source>
        <translation>la liste des signaux</translation>
    </message>
    <message>
        <source>reading signal %1</source>
        <translation>la lecture du signal %1</translation>
    </message>
    <message>
        <source>looking up users</source>
        <translation>la recherche d’utilisateurs</translation>
    </message>
</context>
<context>
    <name>Inspector::RetryPolicy</name>
    <message>
        <source>The server asked to wait %1 s before trying again, longer than the %2 s this tool waits at most.</source>
        <translation>Le serveur a demandé d’attendre %1 s avant de réessayer, plus que les %2 s que cet outil attend au plus.</translation>
    </message>
</context>
<context>
    <name>Inspector::SecretStore</name>
    <message>
        <source>No keychain service is available on this system (no Secret Service on the session D-Bus), so secrets cannot be saved. You can keep them for this run only.</source>
        <translation>Aucun service de trousseau n’est disponible sur ce système (pas de Secret Service sur le D-Bus de session) : les secrets ne peuvent pas être enregistrés. Vous pouvez les garder pour cette exécution seulement.</translation>
    </message>
</context>
<context>
    <name>Inspector::ServiceUrls</name>
    <message>
        <source>pod</source>
        <translation>pod</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>login</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>key manager</source>
        <translation>gestionnaire de clés</translation>
    </message>
    <message>
        <source>session authentication</source>
        <translation>authentification de session</translation>
    </message>
    <message>
        <source>key authentication</source>
        <translation>authentification de clé</translation>
    </message>
    <message>
        <source>No pod URL was given.</source>
        <translation>Aucune URL de pod n’a été indiquée.</translation>
    </message>
    <message>
        <source>Plain http:// to %1: the tokens, the signed login and every message cross the network unencrypted; use https:// unless this network is yours.</source>
        <translation>http:// en clair vers %1 : les jetons, la connexion signée et chaque message traversent le réseau sans chiffrement ; utilisez https:// sauf si ce réseau est le vôtre.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; is not a valid URL.</source>
        <translation>L’URL %1 « %2 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must start with https:// or http://.</source>
        <translation>L’URL %1 « %2 » doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must not have a query or fragment.</source>
        <translation>L’URL %1 « %2 » ne doit contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must not hold a user name or password.</source>
        <translation>L&apos;URL %1 « %2 » ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamTreeLoader</name>
    <message>
        <source>“%1” is neither a user id nor an email address.</source>
        <translation>« %1 » n’est ni un ID utilisateur ni une adresse e-mail.</translation>
    </message>
    <message>
        <source>No user has the email address %1.</source>
        <translation>Aucun utilisateur n’a l’adresse e-mail %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamTreeModel</name>
    <message>
        <source>Wall posts (%1)</source>
        <translation>Publications du mur (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Cross-pod</source>
        <translation>Inter-pods</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>Inspector::SyncProgressModel</name>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
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
        <translation>« %1 » n’est ni un temps en millisecondes depuis l’époque Unix, ni une heure ISO 8601 comme 2026-01-02, 2026-01-02T10:00 ou 2026-01-02T10:00:00.123+02:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be a time in epoch milliseconds.</source>
        <translation>« %1 » est trop grand pour être un temps en millisecondes depuis l’époque Unix.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a day that does not exist.</source>
        <translation>« %1 » désigne un jour qui n’existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time of day out of range (hours 00-23, minutes and seconds 00-59).</source>
        <translation>« %1 » a une heure hors limites (heures 00-23, minutes et secondes 00-59).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a UTC offset out of range (at most 넘:00).</source>
        <translation>« %1 » a un décalage UTC hors limites (au plus ±18:00).</translation>
    </message>
    <message>
        <source>No time was given; expected epoch milliseconds or an ISO 8601 time.</source>
        <translation>Aucune heure n’a été indiquée ; un temps en millisecondes depuis l’époque Unix ou une heure ISO 8601 est attendu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration such as P7D, PT12H or P1DT6H (days, hours, minutes, seconds; weeks as P2W).</source>
        <translation>« %1 » n’est pas une durée comme P7D, PT12H ou P1DT6H (jours, heures, minutes, secondes ; semaines en P2W).</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ActivityStrip</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1: 1 message</source>
        <translation>%1 : 1 message</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1 : %2 messages</translation>
    </message>
    <message>
        <source>No sync read these days.</source>
        <translation>Aucune synchronisation n’a lu ces jours.</translation>
    </message>
    <message>
        <source>The syncs read only part of these days.</source>
        <translation>Les synchronisations n’ont lu qu’une partie de ces jours.</translation>
    </message>
    <message>
        <source>No messages to show.</source>
        <translation>Aucun message à afficher.</translation>
    </message>
    <message>
        <source>Messages per day: %1 messages from %2 to %3; days no sync read: %4.</source>
        <translation>Messages par jour : %1 messages du %2 au %3 ; jours qu’aucune synchronisation n’a lus : %4.</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Aucun message</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::BannerWidget</name>
    <message>
        <source>Message banner</source>
        <translation>Bandeau de message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Server code: %1</source>
        <translation>Code du serveur : %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Message du serveur : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ChangesPage</name>
    <message>
        <source>Run %1 · %2</source>
        <translation>Exécution %1 · %2</translation>
    </message>
    <message>
        <source>Run %1 · %2 (%3)</source>
        <translation>Exécution %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the changes shown to CSV, JSON or JSON Lines</source>
        <translation>Exporter les modifications affichées en CSV, JSON ou JSON Lines</translation>
    </message>
    <message>
        <source>Changes after run</source>
        <translation>Modifications après l’exécution</translation>
    </message>
    <message>
        <source>Changes up to run</source>
        <translation>Modifications jusqu’à l’exécution</translation>
    </message>
    <message>
        <source>Stream filter</source>
        <translation>Filtre de flux</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>What changed between the two runs, grouped by kind. Double-click a change to open its message or stream.</source>
        <translation>Ce qui a changé entre les deux exécutions, regroupé par type. Double-cliquez sur une modification pour ouvrir son message ou son flux.</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Tous les flux</translation>
    </message>
    <message>
        <source>Reading the archive&apos;s runs…</source>
        <translation>Lecture des exécutions de l’archive…</translation>
    </message>
    <message>
        <source>Before the first sync</source>
        <translation>Avant la première synchronisation</translation>
    </message>
    <message>
        <source>The archive has no sync run yet.</source>
        <translation>L’archive n’a encore aucune exécution de synchronisation.</translation>
    </message>
    <message>
        <source>Choose an earlier run under From than under To.</source>
        <translation>Choisissez sous « De » une exécution antérieure à celle sous « À ».</translation>
    </message>
    <message>
        <source>Reading the changes after run %1 up to run %2…</source>
        <translation>Lecture des modifications après l’exécution %1 jusqu’à l’exécution %2…</translation>
    </message>
    <message>
        <source>Open an archive to see what changed between its syncs.</source>
        <translation>Ouvrez une archive pour voir ce qui a changé entre ses synchronisations.</translation>
    </message>
    <message>
        <source>No changes after run %1 up to run %2.</source>
        <translation>Aucune modification après l’exécution %1 jusqu’à l’exécution %2.</translation>
    </message>
    <message>
        <source>Changes after run %1 up to run %2: %3.</source>
        <translation>Modifications après l’exécution %1 jusqu’à l’exécution %2 : %3.</translation>
    </message>
    <message>
        <source>Changes after run %1 up to run %2: %3 of %4 shown.</source>
        <translation>Modifications après l’exécution %1 jusqu’à l’exécution %2 : %3 sur %4 affichées.</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2.</source>
        <translation>%1 modifications exportées vers %2.</translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Exporter les modifications</translation>
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
        <translation>Détails du message</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Accusés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>The message as it reads, rendered safely</source>
        <translation>Le message tel qu’il se lit, affiché en toute sécurité</translation>
    </message>
    <message>
        <source>The PresentationML markup, indented</source>
        <translation>Le balisage PresentationML, indenté</translation>
    </message>
    <message>
        <source>The entity data (EntityJSON) of mentions, tags and other entities</source>
        <translation>Les données d’entité (EntityJSON) des mentions, étiquettes et autres entités</translation>
    </message>
    <message>
        <source>The whole message as the API returned it</source>
        <translation>Le message entier tel que l’API l’a renvoyé</translation>
    </message>
    <message>
        <source>Who got and read the message, and when</source>
        <translation>Qui a reçu et lu le message, et quand</translation>
    </message>
    <message>
        <source>The message&apos;s status: read, delivered, sent</source>
        <translation>Le statut du message : lu, remis, envoyé</translation>
    </message>
    <message>
        <source>Files attached to the message</source>
        <translation>Fichiers joints au message</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Message header</source>
        <translation>En-tête du message</translation>
    </message>
    <message>
        <source>Preview notes</source>
        <translation>Remarques sur l’aperçu</translation>
    </message>
    <message>
        <source>PresentationML source</source>
        <translation>Source PresentationML</translation>
    </message>
    <message>
        <source>Entity data</source>
        <translation>Données d’entité</translation>
    </message>
    <message>
        <source>Message JSON</source>
        <translation>JSON du message</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>Copy the selected JSON value</source>
        <translation>Copier la valeur JSON sélectionnée</translation>
    </message>
    <message>
        <source>Receipt counts</source>
        <translation>Nombre d’accusés</translation>
    </message>
    <message>
        <source>Receipts status</source>
        <translation>État des accusés</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Load the next page of receipts</source>
        <translation>Charger la page suivante des accusés</translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation>&amp;Tout charger</translation>
    </message>
    <message>
        <source>Load every page of receipts</source>
        <translation>Charger toutes les pages d’accusés</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>Compteurs de statut</translation>
    </message>
    <message>
        <source>Status notes</source>
        <translation>Remarques sur le statut</translation>
    </message>
    <message>
        <source>Message status</source>
        <translation>Statut du message</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Ask for the status again</source>
        <translation>Redemander le statut</translation>
    </message>
    <message>
        <source>Attachments notes</source>
        <translation>Remarques sur les pièces jointes</translation>
    </message>
    <message>
        <source>Download the selected attachment</source>
        <translation>Télécharger la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>Sélectionnez un message pour le voir ici.</translation>
    </message>
    <message>
        <source>Select a message to see its PresentationML source.</source>
        <translation>Sélectionnez un message pour voir sa source PresentationML.</translation>
    </message>
    <message>
        <source>Select a message to see its entity data.</source>
        <translation>Sélectionnez un message pour voir ses données d’entité.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation>ID du message : %1</translation>
    </message>
    <message>
        <source>Standard form: %1</source>
        <translation>Forme standard : %1</translation>
    </message>
    <message>
        <source>Stream id: %1  /  %2</source>
        <translation>ID du flux : %1  /  %2</translation>
    </message>
    <message>
        <source>Sent %1 (UTC)</source>
        <translation>Envoyé le %1 (UTC)</translation>
    </message>
    <message>
        <source>The agent could not read this message: %1</source>
        <translation>L’agent n’a pas pu lire ce message : %1</translation>
    </message>
    <message>
        <source>This is an edit of message %1.</source>
        <translation>Ceci est une modification du message %1.</translation>
    </message>
    <message>
        <source>A newer version exists: %1.</source>
        <translation>Une version plus récente existe : %1.</translation>
    </message>
    <message>
        <source>This message has no content.</source>
        <translation>Ce message n’a pas de contenu.</translation>
    </message>
    <message>
        <source>The markup could not be read, so only its text is shown.</source>
        <translation>Le balisage n’a pas pu être lu : seul son texte est affiché.</translation>
    </message>
    <message>
        <source>This message has no PresentationML.</source>
        <translation>Ce message n’a pas de PresentationML.</translation>
    </message>
    <message>
        <source>This message has no PresentationML: %1</source>
        <translation>Ce message n’a pas de PresentationML : %1</translation>
    </message>
    <message>
        <source>The markup is not well-formed XML (%1); shown as received.</source>
        <translation>Le balisage n’est pas du XML bien formé (%1) ; affiché tel que reçu.</translation>
    </message>
    <message>
        <source>This message has no entity data.</source>
        <translation>Ce message n’a pas de données d’entité.</translation>
    </message>
    <message>
        <source>The entity data is not valid JSON (%1); shown as received.</source>
        <translation>Les données d’entité ne sont pas du JSON valide (%1) ; affichées telles que reçues.</translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation>La valeur de %1 a été copiée.</translation>
    </message>
    <message>
        <source>Select a message to see who received and read it.</source>
        <translation>Sélectionnez un message pour voir qui l’a reçu et lu.</translation>
    </message>
    <message>
        <source>Connect to a pod to see receipts.</source>
        <translation>Connectez-vous à un pod pour voir les accusés.</translation>
    </message>
    <message>
        <source>The pod has no receipt details for this message.</source>
        <translation>Le pod n’a aucun détail d’accusé pour ce message.</translation>
    </message>
    <message>
        <source>No receipts.</source>
        <translation>Aucun accusé.</translation>
    </message>
    <message>
        <source>Read: %1  ·  Delivered: %2  ·  Sent: %3</source>
        <translation>Lus : %1  ·  Remis : %2  ·  Envoyés : %3</translation>
    </message>
    <message>
        <source>Select a message to see its status.</source>
        <translation>Sélectionnez un message pour voir son statut.</translation>
    </message>
    <message>
        <source>Connect to a pod to see the message status.</source>
        <translation>Connectez-vous à un pod pour voir le statut du message.</translation>
    </message>
    <message>
        <source>Select a message to see its attachments.</source>
        <translation>Sélectionnez un message pour voir ses pièces jointes.</translation>
    </message>
    <message>
        <source>This message has no attachments.</source>
        <translation>Ce message n’a pas de pièce jointe.</translation>
    </message>
    <message>
        <source>Connect to a pod to download attachments.</source>
        <translation>Connectez-vous à un pod pour télécharger les pièces jointes.</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was saved.</source>
        <translation>Téléchargement annulé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>Téléchargement de %1 annulé.</translation>
    </message>
    <message>
        <source>Saved %1 (%2) to %3.</source>
        <translation>%1 (%2) enregistré dans %3.</translation>
    </message>
    <message>
        <source>Shared message from %1:</source>
        <translation>Message partagé par %1 :</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>Images not loaded, for your privacy: %1</source>
        <translation>Images non chargées, pour protéger votre vie privée : %1</translation>
    </message>
    <message>
        <source>Delivered: %1  ·  Read: %2  ·  E-mail notifications: %3  ·  Users loaded: %4</source>
        <translation>Remis : %1  ·  Lus : %2  ·  Notifications par e-mail : %3  ·  Utilisateurs chargés : %4</translation>
    </message>
    <message>
        <source>Loading receipts…</source>
        <translation>Chargement des accusés…</translation>
    </message>
    <message>
        <source>Loading status…</source>
        <translation>Chargement du statut…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every version of the message the archive kept, and what changed</source>
        <translation>Chaque version du message conservée par l’archive, et ce qui a changé</translation>
    </message>
    <message>
        <source>Select a message to see its versions.</source>
        <translation>Sélectionnez un message pour voir ses versions.</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Historique du message</translation>
    </message>
    <message>
        <source>This source keeps no earlier versions of a message.</source>
        <translation>Cette source ne conserve pas les versions antérieures d’un message.</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Chargement des versions…</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>Version %1: first seen by sync run %2 at %3, last seen by run %4</source>
        <translation>Version %1 : vue d’abord par l’exécution de synchronisation %2 à %3, vue en dernier par l’exécution %4</translation>
    </message>
    <message>
        <source>The archive kept one version of this message.</source>
        <translation>L’archive a conservé une version de ce message.</translation>
    </message>
    <message>
        <source>The archive kept %1 versions of this message; lines marked - were removed and + added by each version.</source>
        <translation>L’archive a conservé %1 versions de ce message ; les lignes marquées - ont été retirées et celles marquées + ajoutées par chaque version.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::DiagnosticsPage</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Health of the agent&apos;s components</source>
        <translation>État des composants de l’agent</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Résumé de l’état</translation>
    </message>
    <message>
        <source>Agent information</source>
        <translation>Informations sur l’agent</translation>
    </message>
    <message>
        <source>Session information</source>
        <translation>Informations sur la session</translation>
    </message>
    <message>
        <source>Session token expiry</source>
        <translation>Expiration du jeton de session</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Erreurs récentes</translation>
    </message>
    <message>
        <source>Refresh the diagnostics</source>
        <translation>Actualiser le diagnostic</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Asking the agent and the pod…</source>
        <translation>Interrogation de l’agent et du pod…</translation>
    </message>
    <message>
        <source>Not connected. Connect to a pod to see its health.</source>
        <translation>Non connecté. Connectez-vous à un pod pour voir son état.</translation>
    </message>
    <message>
        <source>Press Refresh to ask the agent for its health.</source>
        <translation>Appuyez sur Actualiser pour demander son état à l’agent.</translation>
    </message>
    <message>
        <source>The health check could not be read.</source>
        <translation>Le contrôle d’état n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>All components are UP (agent %1).</source>
        <translation>Tous les composants sont UP (agent %1).</translation>
    </message>
    <message>
        <source>The agent reports %1, but no component is DOWN.</source>
        <translation>L’agent signale %1, mais aucun composant n’est DOWN.</translation>
    </message>
    <message numerus="yes">
        <source>Components DOWN (%n): %1.</source>
        <translation>
            <numerusform>%n composant DOWN : %1.</numerusform>
            <numerusform>%n composants DOWN : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 (commit %2)
Host %3 (%4), %5
URL %6
On-premises: %7; multi-tenant: %8</source>
        <translation>Version %1 (commit %2)
Hôte %3 (%4), %5
URL %6
Sur site : %7 ; multilocataire : %8</translation>
    </message>
    <message>
        <source>No agent information yet.</source>
        <translation>Pas encore d’informations sur l’agent.</translation>
    </message>
    <message>
        <source>%1 (%2), user id %3
Account type %4; roles: %5</source>
        <translation>%1 (%2), ID utilisateur %3
Type de compte %4 ; rôles : %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No session information yet.</source>
        <translation>Pas encore d’informations sur la session.</translation>
    </message>
    <message>
        <source>No session token yet: the client authenticates on its first request.</source>
        <translation>Pas encore de jeton de session : le client s’authentifie à sa première requête.</translation>
    </message>
    <message>
        <source>The session token is opaque (not a JWT): its lifetime is not known.</source>
        <translation>Le jeton de session est opaque (pas un JWT) : sa durée de vie est inconnue.</translation>
    </message>
    <message>
        <source>The session token expired at %1; the client signs in again on its next request.</source>
        <translation>Le jeton de session a expiré à %1 ; le client se reconnecte à sa prochaine requête.</translation>
    </message>
    <message>
        <source>The session token expires at %1, in %2 h %3 min %4 s.</source>
        <translation>Le jeton de session expire à %1, dans %2 h %3 min %4 s.</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3 : %4</translation>
    </message>
    <message>
        <source>No failed requests.</source>
        <translation>Aucune requête en échec.</translation>
    </message>
    <message>
        <source>Offline: an archive is open. The pod&apos;s health, its agent and a session are not kept in an archive; connect to the pod to see them.</source>
        <translation>Hors ligne : une archive est ouverte. L’état du pod, son agent et une session ne sont pas conservés dans une archive ; connectez-vous au pod pour les voir.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ExportDialog</name>
    <message>
        <source>Export Messages</source>
        <translation>Exporter des messages</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exporter des messages</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>Choose a file to write</source>
        <translation>Choisir un fichier à écrire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose destination file</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Selected messages (%n)</source>
        <translation>
            <numerusform>Message sélectionné (%n)</numerusform>
            <numerusform>Messages sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages shown in the table (%n)</source>
        <translation>
            <numerusform>Message affiché dans le tableau (%n)</numerusform>
            <numerusform>Messages affichés dans le tableau (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole stream &quot;%1&quot;</source>
        <translation>Le flux « %1 » en entier</translation>
    </message>
    <message numerus="yes">
        <source>The whole history of %n chosen streams</source>
        <translation>
            <numerusform>Tout l’historique de %n flux choisi</numerusform>
            <numerusform>Tout l’historique des %n flux choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>A search result (run a search first)</source>
        <translation>Un résultat de recherche (lancez d’abord une recherche)</translation>
    </message>
    <message>
        <source>Every result of the search &quot;%1&quot;</source>
        <translation>Tous les résultats de la recherche « %1 »</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>JSON (one array)</source>
        <translation>JSON (un tableau)</translation>
    </message>
    <message>
        <source>JSON Lines (one message per line)</source>
        <translation>JSON Lines (un message par ligne)</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Fin de ligne</translation>
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
        <translation>Mettre chaque cellule entre guillemets</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark (for Excel)</source>
        <translation>Indicateur d’ordre des octets UTF-8 (pour Excel)</translation>
    </message>
    <message>
        <source>Defuse cells a spreadsheet would run as formulas</source>
        <translation>Neutraliser les cellules qu’un tableur exécuterait comme formules</translation>
    </message>
    <message>
        <source>Drop duplicate deliveries of a message</source>
        <translation>Écarter les livraisons en double d’un message</translation>
    </message>
    <message>
        <source>One file per stream</source>
        <translation>Un fichier par flux</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>Fin de &amp;ligne :</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Monter la colonne</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Descendre la colonne</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message>
        <source>There is nothing to export yet: open a stream or run a search first.</source>
        <translation>Il n’y a encore rien à exporter : ouvrez d’abord un flux ou lancez une recherche.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder: choose a file name.</source>
        <translation>« %1 » est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Le dossier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Several formats: the name is a base, each format adds its suffix. For several streams the name is a template: %N stream name, %I stream id, %T type, %d export date, %f and %l first and last message date, %x the format&apos;s suffix, %% a %.</source>
        <translation>Plusieurs formats : le nom est une base, chaque format y ajoute son extension. Pour plusieurs flux, le nom est un modèle : %N nom du flux, %I identifiant du flux, %T type, %d date de l’export, %f et %l date du premier et du dernier message, %x extension du format, %% un %.</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>Ouvrir une fois terminé</translation>
    </message>
    <message>
        <source>When the export succeeds, open the file, or the folder of several files.</source>
        <translation>Si l’export réussit, ouvrir le fichier, ou le dossier s’il y en a plusieurs.</translation>
    </message>
    <message>
        <source>HTML transcript (to read)</source>
        <translation>Transcription HTML (à lire)</translation>
    </message>
    <message>
        <source>PDF transcript (to print)</source>
        <translation>Transcription PDF (à imprimer)</translation>
    </message>
    <message>
        <source>Export format %1</source>
        <translation>Format d’export %1</translation>
    </message>
    <message>
        <source>Transcripts (HTML, PDF)</source>
        <translation>Transcriptions (HTML, PDF)</translation>
    </message>
    <message>
        <source>Time zone of the transcripts</source>
        <translation>Fuseau horaire des transcriptions</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Messages per transcript file</source>
        <translation>Messages par fichier de transcription</translation>
    </message>
    <message>
        <source>One file (PDF: 5000 per file)</source>
        <translation>Un seul fichier (PDF : 5000 par fichier)</translation>
    </message>
    <message>
        <source>PDF page size</source>
        <translation>Format de page PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>HTML: download the attachments beside it (NAME_files/)</source>
        <translation>HTML : télécharger les pièces jointes à côté (NAME_files/)</translation>
    </message>
    <message>
        <source>The files of the exported streams&apos; attachments are saved next to the transcript and linked; images are shown from them.</source>
        <translation>Les fichiers des pièces jointes des flux exportés sont enregistrés à côté de la transcription et liés ; les images sont affichées à partir d’eux.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Messages per file:</source>
        <translation>&amp;Messages par fichier :</translation>
    </message>
    <message>
        <source>&amp;Page size (PDF):</source>
        <translation>Format de &amp;page (PDF) :</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>%l (the last message&apos;s date) is known only at the end, and the parts of a PDF or a partitioned transcript name each other as they are written: use %f or %d.</source>
        <translation>%l (la date du dernier message) n’est connue qu’à la fin, et les parties d’un PDF ou d’une transcription découpée se désignent mutuellement à l’écriture : utilisez %f ou %d.</translation>
    </message>
    <message>
        <source>A transcript (HTML, PDF) holds one stream: name the files with a template (%1) or write one file per stream.</source>
        <translation>Une transcription (HTML, PDF) contient un seul flux : nommez les fichiers avec un modèle (%1) ou écrivez un fichier par flux.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::IdConverterDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open stream</source>
        <translation>Ouvrir le flux</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Ouvrir le message</translation>
    </message>
    <message>
        <source>ID Converter</source>
        <translation>Convertisseur d’ID</translation>
    </message>
    <message>
        <source>Paste a message or stream id, in either form</source>
        <translation>Collez un ID de message ou de flux, sous l’une ou l’autre forme</translation>
    </message>
    <message>
        <source>Id to convert</source>
        <translation>ID à convertir</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>URL-safe form</source>
        <translation>Forme URL</translation>
    </message>
    <message>
        <source>Standard Base64 form</source>
        <translation>Forme Base64 standard</translation>
    </message>
    <message>
        <source>Copy the URL-safe form</source>
        <translation>Copier la forme URL</translation>
    </message>
    <message>
        <source>Copy the standard form</source>
        <translation>Copier la forme standard</translation>
    </message>
    <message>
        <source>Show this stream in the main window</source>
        <translation>Afficher ce flux dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Show this message in the main window</source>
        <translation>Afficher ce message dans la fenêtre principale</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID :</translation>
    </message>
    <message>
        <source>URL-safe (API):</source>
        <translation>Forme URL (API) :</translation>
    </message>
    <message>
        <source>Standard (client):</source>
        <translation>Standard (client) :</translation>
    </message>
    <message>
        <source>Symphony ids are Base64: the API uses the URL-safe form without padding, the Symphony client shows the standard form.</source>
        <translation>Les ID Symphony sont en Base64 : l’API utilise la forme URL sans remplissage, le client Symphony affiche la forme standard.</translation>
    </message>
    <message>
        <source>Paste an id to convert it.</source>
        <translation>Collez un ID pour le convertir.</translation>
    </message>
    <message numerus="yes">
        <source>Valid id: %n bytes, the usual size of message and stream ids.</source>
        <translation>
            <numerusform>ID valide : %n octet, la taille habituelle des ID de message et de flux.</numerusform>
            <numerusform>ID valide : %n octets, la taille habituelle des ID de message et de flux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid Base64, but %n bytes: message and stream ids usually have 25.</source>
        <translation>
            <numerusform>Base64 valide, mais %n octet : les ID de message et de flux en ont généralement 25.</numerusform>
            <numerusform>Base64 valide, mais %n octets : les ID de message et de flux en ont généralement 25.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a valid id: %1</source>
        <translation>ID non valide : %1</translation>
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
        <translation>Datafeed : les conversations dont le compte fait partie. Datahose : toutes les conversations du pod (un module ; il faut le compte ceservice de l’agent pour les messages).</translation>
    </message>
    <message>
        <source>Tag (default: from the bot&apos;s name)</source>
        <translation>Étiquette (par défaut : d’après le nom du bot)</translation>
    </message>
    <message>
        <source>Datafeed: at most 100 characters; an existing feed with this tag is reused. Datahose: 1 to 80 characters; readers with the same tag and types share the feed.</source>
        <translation>Datafeed : 100 caractères au plus ; un flux existant avec cette étiquette est réutilisé. Datahose : 1 à 80 caractères ; les lecteurs de même étiquette et de mêmes types partagent le flux.</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d’événements</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Pause view</source>
        <translation>Figer la vue</translation>
    </message>
    <message>
        <source>Freeze the list; events are still read, stored and counted.</source>
        <translation>Figer la liste ; les événements sont toujours lus, enregistrés et comptés.</translation>
    </message>
    <message>
        <source>Export capture…</source>
        <translation>Exporter la capture…</translation>
    </message>
    <message>
        <source>Keep last </source>
        <translation>Garder les derniers </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Stream id or room</source>
        <translation>ID de flux ou salon</translation>
    </message>
    <message>
        <source>User id or name</source>
        <translation>ID utilisateur ou nom</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Pick at least one event type.</source>
        <translation>Choisissez au moins un type d’événement.</translation>
    </message>
    <message>
        <source>Cannot create the capture folder %1.</source>
        <translation>Impossible de créer le dossier de capture %1.</translation>
    </message>
    <message>
        <source>Reading the datafeed %1 (an existing feed with this tag).</source>
        <translation>Lecture du datafeed %1 (un flux existant avec cette étiquette).</translation>
    </message>
    <message>
        <source>Reading the datafeed %1 (created).</source>
        <translation>Lecture du datafeed %1 (créé).</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>Lacune : %1</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Nouvel essai dans %2 s (tentative %3).</translation>
    </message>
    <message>
        <source>Reading the datahose (tag &quot;%1&quot;, %2 event types)…</source>
        <translation>Lecture du datahose (étiquette « %1 », %2 types d’événements)…</translation>
    </message>
    <message>
        <source>Looking for the datafeed with tag &quot;%1&quot;…</source>
        <translation>Recherche du datafeed d’étiquette « %1 »…</translation>
    </message>
    <message>
        <source>Stopped. The capture is in %1.</source>
        <translation>Arrêté. La capture se trouve dans %1.</translation>
    </message>
    <message>
        <source>Nothing was captured yet: start the live view first.</source>
        <translation>Rien n’a encore été capturé : démarrez d’abord la vue en direct.</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 événements exportés vers %2.</translation>
    </message>
    <message>
        <source>Export the capture</source>
        <translation>Exporter la capture</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 events, %2 in the last minute, %3 duplicates dropped</source>
        <translation>%1 événements, %2 dans la dernière minute, %3 doublons écartés</translation>
    </message>
    <message>
        <source> (view paused, %1 waiting)</source>
        <translation> (vue figée, %1 en attente)</translation>
    </message>
    <message>
        <source>Exporting the capture to %1…</source>
        <translation>Export de la capture vers %1…</translation>
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
        <translation>Flux</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>Événements en direct</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;direct</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not connected to a pod</source>
        <translation>Connecté à aucun pod</translation>
    </message>
    <message>
        <source>Connect to a pod with a connection profile, or try the built-in demo pod: it needs no account and shows every feature.</source>
        <translation>Connectez-vous à un pod avec un profil de connexion, ou essayez le pod de démonstration intégré : il ne demande aucun compte et montre toutes les fonctions.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Open connection profiles</source>
        <translation>Ouvrir les profils de connexion</translation>
    </message>
    <message>
        <source>Open the demo pod</source>
        <translation>Ouvrir le pod de démonstration</translation>
    </message>
    <message>
        <source>Connect to the demo pod</source>
        <translation>Se connecter au pod de démonstration</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;ID Converter…</source>
        <translation>Convertisseur d’&amp;ID…</translation>
    </message>
    <message>
        <source>&amp;Request Log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Symphony Inspector</source>
        <translation>À &amp;propos de Symphony Inspector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Reload the streams and the current view (F5)</source>
        <translation>Recharger les flux et la vue actuelle (F5)</translation>
    </message>
    <message>
        <source>Filter the list that has the focus (Ctrl+F)</source>
        <translation>Filtrer la liste qui a le focus (Ctrl+F)</translation>
    </message>
    <message>
        <source>Convert a stream or message ID between its forms (Ctrl+L)</source>
        <translation>Convertir un ID de flux ou de message d’une forme à l’autre (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>The demo pod could not start.</source>
        <translation>Le pod de démonstration n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>This build has no embedded demo pod.</source>
        <translation>Cette version n’a pas de pod de démonstration intégré.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Échec de l’authentification : %1</translation>
    </message>
    <message>
        <source>%1 – Symphony Inspector</source>
        <translation>%1 – Symphony Inspector</translation>
    </message>
    <message>
        <source>Connect to a pod first: there is nothing to export yet.</source>
        <translation>Connectez-vous d’abord à un pod : il n’y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>An export is already running: wait for it or cancel it in the status bar.</source>
        <translation>Un export est déjà en cours : attendez-le ou annulez-le dans la barre d’état.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Annulation de l’export…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n messages</source>
        <translation>
            <numerusform>Export : %n message</numerusform>
            <numerusform>Export : %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>(stream %1 of %2)</source>
        <translation>(flux %1 sur %2)</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Files already written: %1</source>
        <translation>Fichiers déjà écrits : %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages written</source>
        <translation>
            <numerusform>%n message écrit</numerusform>
            <numerusform>%n messages écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate deliveries dropped</source>
        <translation>
            <numerusform>%n livraison en double écartée</numerusform>
            <numerusform>%n livraisons en double écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters that could not be encoded replaced by U+FFFD</source>
        <translation>
            <numerusform>%n caractère non encodable remplacé par U+FFFD</numerusform>
            <numerusform>%n caractères non encodables remplacés par U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells defused against formula injection</source>
        <translation>
            <numerusform>%n cellule neutralisée contre l’injection de formules</numerusform>
            <numerusform>%n cellules neutralisées contre l’injection de formules</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished: %1.</source>
        <translation>Export terminé : %1.</translation>
    </message>
    <message>
        <source>Files:
%1</source>
        <translation>Fichiers :
%1</translation>
    </message>
    <message>
        <source>About Symphony Inspector</source>
        <translation>À propos de Symphony Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Symphony Inspector %1&lt;/h3&gt;&lt;p&gt;Look inside a Symphony Messaging pod and get data out of it: streams, messages, receipts, attachments, health.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Symphony Inspector %1&lt;/h3&gt;&lt;p&gt;Explorez un pod Symphony Messaging et récupérez-en les données : flux, messages, accusés de lecture, pièces jointes, état.&lt;/p&gt;&lt;p&gt;Sous licence Apache 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Live Events</source>
        <translation>Événements en &amp;direct</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about the pages the server sent (see Details)</source>
        <translation>
            <numerusform>%n avertissement sur les pages envoyées par le serveur (voir Détails)</numerusform>
            <numerusform>%n avertissements sur les pages envoyées par le serveur (voir Détails)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Archive…</source>
        <translation>Ouvrir une &amp;archive…</translation>
    </message>
    <message>
        <source>Recent Archi&amp;ves</source>
        <translation>Archi&amp;ves récentes</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Impossible d’ouvrir l’archive : %1</translation>
    </message>
    <message>
        <source>Opening the archive %1…</source>
        <translation>Ouverture de l’archive %1…</translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation>Impossible d’ouvrir l’archive %1.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archive %1</translation>
    </message>
    <message>
        <source>an unknown pod</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (archive of %2)</source>
        <translation>%1 (archive du pod %2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Archive %1 of %2, offline; last finished sync: %3</source>
        <translation>Archive %1 du pod %2, hors ligne ; dernière synchronisation terminée : %3</translation>
    </message>
    <message>
        <source>%1 – %2 – Symphony Inspector</source>
        <translation>%1 – %2 – Symphony Inspector</translation>
    </message>
    <message>
        <source>Archive overview</source>
        <translation>Vue d’ensemble de l’archive</translation>
    </message>
    <message>
        <source>Changes between syncs</source>
        <translation>Modifications entre les synchronisations</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Modi&amp;fications</translation>
    </message>
    <message>
        <source>Export messages to CSV, JSON, JSON Lines, HTML or PDF (Ctrl+E)</source>
        <translation>Exporter les messages en CSV, JSON, JSON Lines, HTML ou PDF (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::MessagesPane</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>With attachments</source>
        <translation>Avec pièces jointes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Copy message ID (URL-safe)</source>
        <translation>Copier l’ID du message (forme URL)</translation>
    </message>
    <message>
        <source>Copy message ID (standard Base64)</source>
        <translation>Copier l’ID du message (Base64 standard)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Search messages, e.g. hashtag:rates AND author:8933531976681</source>
        <translation>Rechercher des messages, par ex. hashtag:rates AND author:8933531976681</translation>
    </message>
    <message>
        <source>Message search query</source>
        <translation>Requête de recherche de messages</translation>
    </message>
    <message>
        <source>Fields: text, author, hashtag, cashtag, mention, signal, fromDate, toDate, streamId, streamType. The text field needs a streamId.</source>
        <translation>Champs : text, author, hashtag, cashtag, mention, signal, fromDate, toDate, streamId, streamType. Le champ text nécessite un streamId.</translation>
    </message>
    <message>
        <source>Run the search</source>
        <translation>Lancer la recherche</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Filter by sender</source>
        <translation>Filtrer par expéditeur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrer par texte</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>From date (local time, inclusive)</source>
        <translation>À partir du (heure locale, inclus)</translation>
    </message>
    <message>
        <source>To date (local time, inclusive)</source>
        <translation>Jusqu’au (heure locale, inclus)</translation>
    </message>
    <message>
        <source>Only messages with attachments</source>
        <translation>Seulement les messages avec pièces jointes</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exporter des messages</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Loading messages</source>
        <translation>Chargement des messages</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message numerus="yes">
        <source>All messages loaded: %n</source>
        <translation>
            <numerusform>Le message est chargé (%n)</numerusform>
            <numerusform>Les %n messages sont chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages loaded: %n; scroll down for older ones</source>
        <translation>
            <numerusform>%n message chargé ; faites défiler vers le bas pour les plus anciens</numerusform>
            <numerusform>%n messages chargés ; faites défiler vers le bas pour les plus anciens</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded messages</source>
        <translation>%1 messages affichés sur %2 chargés</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>The message is loaded but hidden by the filters.</source>
        <translation>Le message est chargé mais masqué par les filtres.</translation>
    </message>
    <message>
        <source>The message is not in this stream&apos;s history.</source>
        <translation>Le message ne figure pas dans l’historique de ce flux.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Select a stream on the left, or search messages above.</source>
        <translation>Sélectionnez un flux à gauche, ou recherchez des messages ci-dessus.</translation>
    </message>
    <message>
        <source>No loaded message matches the filters.</source>
        <translation>Aucun message chargé ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>The messages could not be loaded.</source>
        <translation>Les messages n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Chargement des messages…</translation>
    </message>
    <message>
        <source>Search the archive&apos;s text, e.g. rates &quot;bond desk&quot; treas*</source>
        <translation>Rechercher dans le texte de l’archive, par exemple rates &quot;bond desk&quot; treas*</translation>
    </message>
    <message>
        <source>Full-text search of the archive: every word must occur in the text (any version of it), the sender or the stream&apos;s name; &quot;quoted words&quot; follow each other; a trailing * matches the start of a word.</source>
        <translation>Recherche plein texte dans l’archive : chaque mot doit figurer dans le texte (dans l’une quelconque de ses versions), l’expéditeur ou le nom du flux ; des &quot;mots entre guillemets&quot; se suivent ; un * final correspond au début d’un mot.</translation>
    </message>
    <message>
        <source>Messages per day of the stream</source>
        <translation>Messages par jour du flux</translation>
    </message>
    <message>
        <source>Messages per day. Click or drag to show only those days; Esc clears.</source>
        <translation>Messages par jour. Cliquez ou faites glisser pour n’afficher que ces jours ; Échap efface la sélection.</translation>
    </message>
    <message numerus="yes">
        <source>Messages matching the filters: %n</source>
        <translation>
            <numerusform>Messages correspondant aux filtres : %n</numerusform>
            <numerusform>Messages correspondant aux filtres : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages: %n</source>
        <translation>
            <numerusform>Messages : %n</numerusform>
            <numerusform>Messages : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available for an archive&apos;s stream, which is read a window at a time: use the search box and the dates (or the activity strip).</source>
        <translation>Indisponible pour le flux d’une archive, qui est lu par fenêtres : utilisez le champ de recherche et les dates (ou la bande d’activité).</translation>
    </message>
    <message>
        <source>Only the time column sorts an archive&apos;s stream.</source>
        <translation>Le flux d’une archive ne se trie que par la colonne de l’heure.</translation>
    </message>
    <message>
        <source>The message is hidden by the search or the dates.</source>
        <translation>Le message est masqué par la recherche ou les dates.</translation>
    </message>
    <message>
        <source>No message matches the search or the dates.</source>
        <translation>Aucun message ne correspond à la recherche ou aux dates.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::OpenArchiveDialog</name>
    <message>
        <source>Open Archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>Archive file or PostgreSQL URL</source>
        <translation>Fichier d’archive ou URL PostgreSQL</translation>
    </message>
    <message>
        <source>archive.sqlite or postgresql://user@host/database</source>
        <translation>archive.sqlite ou postgresql://user@host/database</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose an archive file</source>
        <translation>Choisir un fichier d’archive</translation>
    </message>
    <message>
        <source>A SQLite archive file written by archive sync, or a PostgreSQL URL without password (the password comes from PGPASSWORD or ~/.pgpass). Opening an archive ends the connection to the pod: the archive is read offline.</source>
        <translation>Un fichier d’archive SQLite écrit par archive sync, ou une URL PostgreSQL sans mot de passe (le mot de passe vient de PGPASSWORD ou de ~/.pgpass). Ouvrir une archive met fin à la connexion au pod : l’archive est lue hors ligne.</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archive :</translation>
    </message>
    <message>
        <source>Archives (*.sqlite *.db *.sqlite3)</source>
        <translation>Archives (*.sqlite *.db *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::OverviewPage</name>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>&amp;Activity of all streams (messages per day; hatched: no sync read these days)</source>
        <translation>&amp;Activité de tous les flux (messages par jour ; hachuré : aucune synchronisation n’a lu ces jours)</translation>
    </message>
    <message>
        <source>Busiest streams</source>
        <translation>Flux les plus actifs</translation>
    </message>
    <message>
        <source>Busiest senders</source>
        <translation>Expéditeurs les plus actifs</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod :</translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation>Flux :</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messages :</translation>
    </message>
    <message>
        <source>Sync runs:</source>
        <translation>Exécutions de synchronisation :</translation>
    </message>
    <message>
        <source>Last finished sync:</source>
        <translation>Dernière synchronisation terminée :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Activity of all streams</source>
        <translation>Activité de tous les flux</translation>
    </message>
    <message>
        <source>Open an archive to see what it holds.</source>
        <translation>Ouvrez une archive pour voir ce qu’elle contient.</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Lecture de l’archive…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 (%2 earlier versions kept, %3 no longer on the pod)</source>
        <translation>%1 (%2 versions antérieures conservées, %3 qui ne sont plus sur le pod)</translation>
    </message>
    <message>
        <source>%1 (and %2 other runs)</source>
        <translation>%1 (et %2 autres exécutions)</translation>
    </message>
    <message>
        <source>run %1, %2</source>
        <translation>exécution %1, %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ProfileDialog</name>
    <message>
        <source>Leave empty to keep the stored value</source>
        <translation>Laisser vide pour garder la valeur enregistrée</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>Garder pour cette exécution seulement</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>Edit Connection Profile</source>
        <translation>Modifier le profil de connexion</translation>
    </message>
    <message>
        <source>Derived from the pod URL</source>
        <translation>Déduit de l’URL du pod</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Pod URL</source>
        <translation>URL du pod</translation>
    </message>
    <message>
        <source>https://mycompany.symphony.com</source>
        <translation>https://monentreprise.symphony.com</translation>
    </message>
    <message>
        <source>Agent URL</source>
        <translation>URL de l’agent</translation>
    </message>
    <message>
        <source>Key manager URL</source>
        <translation>URL du gestionnaire de clés</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Pod URL:</source>
        <translation>URL du &amp;pod :</translation>
    </message>
    <message>
        <source>&amp;Agent URL:</source>
        <translation>URL de l’&amp;agent :</translation>
    </message>
    <message>
        <source>&amp;Key manager URL:</source>
        <translation>URL du gestionnaire de &amp;clés :</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>URL de conne&amp;xion :</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>RSA key file (bot)</source>
        <translation>Fichier de clé RSA (bot)</translation>
    </message>
    <message>
        <source>Pasted tokens</source>
        <translation>Jetons collés</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentification :</translation>
    </message>
    <message>
        <source>Bot username</source>
        <translation>Nom d’utilisateur du bot</translation>
    </message>
    <message>
        <source>Bot &amp;username:</source>
        <translation>Nom d’&amp;utilisateur du bot :</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Fichier de clé &amp;privée :</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Jeton de session</translation>
    </message>
    <message>
        <source>Key manager token</source>
        <translation>Jeton du gestionnaire de clés</translation>
    </message>
    <message>
        <source>&amp;Session token:</source>
        <translation>Jeton de &amp;session :</translation>
    </message>
    <message>
        <source>Key &amp;manager token:</source>
        <translation>Jeton du &amp;gestionnaire de clés :</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Fichier de &amp;certificat :</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Separate &amp;key file:</source>
        <translation>Fichier de &amp;clé séparé :</translation>
    </message>
    <message>
        <source>Certificate key file</source>
        <translation>Fichier de clé du certificat</translation>
    </message>
    <message>
        <source>Empty when the certificate file holds the key</source>
        <translation>Vide si le fichier de certificat contient la clé</translation>
    </message>
    <message>
        <source>Certificate passphrase</source>
        <translation>Phrase secrète du certificat</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier CA :</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Only for a pod behind a private CA</source>
        <translation>Seulement pour un pod derrière une autorité privée</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Type de proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy :</translation>
    </message>
    <message>
        <source>Proxy user and password:</source>
        <translation>Utilisateur et mot de passe du proxy :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d’attente des requêtes en secondes</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>The secrets stay in memory until the program ends and are never written anywhere.</source>
        <translation>Les secrets restent en mémoire jusqu’à la fin du programme et ne sont jamais écrits nulle part.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings</source>
        <translation>Conservé dans le trousseau du système, jamais dans les réglages</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Choisir : %1</translation>
    </message>
    <message>
        <source>Saving the secrets in the system keychain…</source>
        <translation>Enregistrement des secrets dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The secrets could not be saved: %1</source>
        <translation>Les secrets n’ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::ProfileManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Secrets (passphrases, tokens, proxy passwords) are kept in the system keychain, never in the settings file.</source>
        <translation>Les secrets (phrases secrètes, jetons, mots de passe de proxy) sont conservés dans le trousseau du système, jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>%1 (built in, no setup needed)</source>
        <translation>%1 (intégré, aucune configuration nécessaire)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;.</source>
        <translation>« %1 » créé.</translation>
    </message>
    <message>
        <source>A secret could not be copied: %1</source>
        <translation>Un secret n’a pas pu être copié : %1</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secrets?</source>
        <translation>Supprimer le profil « %1 » et ses secrets enregistrés ?</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>A stored secret could not be removed: %1</source>
        <translation>Un secret enregistré n’a pas pu être supprimé : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::RequestLogView</name>
    <message>
        <source>&amp;Errors only</source>
        <translation>&amp;Erreurs seulement</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>Filtrer par chemin</translation>
    </message>
    <message>
        <source>Filter the request log by path</source>
        <translation>Filtrer le journal des requêtes par chemin</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Vider le journal des requêtes</translation>
    </message>
    <message>
        <source>No requests yet. Requests appear here as the program makes them.</source>
        <translation>Aucune requête pour l’instant. Les requêtes apparaissent ici au fur et à mesure.</translation>
    </message>
    <message numerus="yes">
        <source>Requests: %n, failed: %1.</source>
        <translation>
            <numerusform>%n requête, %1 en échec.</numerusform>
            <numerusform>%n requêtes, %1 en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requests shown: %1 of %n, failed: %2.</source>
        <translation>
            <numerusform>%1 requête affichée sur %n, %2 en échec.</numerusform>
            <numerusform>%1 requêtes affichées sur %n, %2 en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::SafeTextBrowser</name>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur ?</translation>
    </message>
    <message>
        <source>Not opened: %1 is not a web or mail address.</source>
        <translation>Non ouvert : %1 n’est pas une adresse web ou e-mail.</translation>
    </message>
    <message>
        <source>Link not opened.</source>
        <translation>Lien non ouvert.</translation>
    </message>
    <message>
        <source>Opened %1 in the web browser.</source>
        <translation>%1 ouvert dans le navigateur.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::StreamInfoDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Flux : %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Arrivé le</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>ID (URL-safe)</source>
        <translation>ID (forme URL)</translation>
    </message>
    <message>
        <source>ID (standard Base64)</source>
        <translation>ID (Base64 standard)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Cross-pod</source>
        <translation>Inter-pods</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::StreamsPane</name>
    <message>
        <source>Copy ID (URL-safe)</source>
        <translation>Copier l’ID (forme URL)</translation>
    </message>
    <message>
        <source>Copy ID (standard Base64)</source>
        <translation>Copier l’ID (Base64 standard)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Info and members…</source>
        <translation>Informations et membres…</translation>
    </message>
    <message>
        <source>My streams</source>
        <translation>Mes flux</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>One user&apos;s streams</source>
        <translation>Flux d’un utilisateur</translation>
    </message>
    <message>
        <source>Streams scope</source>
        <translation>Portée des flux</translation>
    </message>
    <message>
        <source>Which streams to list. Enterprise and one user&apos;s streams need an administrator account.</source>
        <translation>Quels flux lister. Les flux de l’entreprise et ceux d’un utilisateur exigent un compte administrateur.</translation>
    </message>
    <message>
        <source>User id or email, then Enter</source>
        <translation>ID utilisateur ou e-mail, puis Entrée</translation>
    </message>
    <message>
        <source>User whose streams to list</source>
        <translation>Utilisateur dont lister les flux</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List the streams again</source>
        <translation>Relister les flux</translation>
    </message>
    <message>
        <source>Refresh streams</source>
        <translation>Actualiser les flux</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>Filtrer par nom ou ID</translation>
    </message>
    <message>
        <source>Filter streams</source>
        <translation>Filtrer les flux</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Loading streams</source>
        <translation>Chargement des flux</translation>
    </message>
    <message>
        <source>Not connected. Connect to a pod to list its streams.</source>
        <translation>Non connecté. Connectez-vous à un pod pour lister ses flux.</translation>
    </message>
    <message>
        <source>Loading streams…</source>
        <translation>Chargement des flux…</translation>
    </message>
    <message>
        <source>No streams in this scope.</source>
        <translation>Aucun flux dans cette portée.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::SyncController</name>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchroniser…</translation>
    </message>
    <message>
        <source>Archive Sync</source>
        <translation>Synchronisation de l’archive</translation>
    </message>
    <message>
        <source>Copy the pod&apos;s streams and messages into an archive, to read them offline</source>
        <translation>Copier les flux et les messages du pod dans une archive, pour les lire hors ligne</translation>
    </message>
    <message>
        <source>Archive sync</source>
        <translation>Synchronisation de l’archive</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revisions</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new streams</source>
        <translation>
            <numerusform>%n nouveau flux</numerusform>
            <numerusform>%n nouveaux flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member changes</source>
        <translation>
            <numerusform>%n changement de membres</numerusform>
            <numerusform>%n changements de membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync to %1 cancelled (what was stored is kept; the next sync carries on): %2.</source>
        <translation>Synchronisation vers %1 annulée (ce qui a été enregistré est conservé ; la prochaine synchronisation reprendra la suite) : %2.</translation>
    </message>
    <message>
        <source>The sync to %1 failed: %2</source>
        <translation>La synchronisation vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Sync to %1 finished: %2.</source>
        <translation>Synchronisation vers %1 terminée : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n streams could not be read (see Details).</source>
        <translation>
            <numerusform>%n flux n’a pas pu être lu (voir Détails).</numerusform>
            <numerusform>%n flux n’ont pas pu être lus (voir Détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 requests, %2 answered 429 (too many requests), %3 s</source>
        <translation>%1 requêtes, %2 avec la réponse 429 (trop de requêtes), %3 s</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Afficher les modifications</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::SyncDialog</name>
    <message>
        <source>Sync to an Archive</source>
        <translation>Synchroniser vers une archive</translation>
    </message>
    <message>
        <source>Sync to an archive</source>
        <translation>Synchroniser vers une archive</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archive file or PostgreSQL URL</source>
        <translation>Fichier d’archive ou URL PostgreSQL</translation>
    </message>
    <message>
        <source>A file, or postgresql://user@host/database</source>
        <translation>Un fichier, ou postgresql://user@host/database</translation>
    </message>
    <message>
        <source>A SQLite file, or a PostgreSQL URL without a password (the password comes from PGPASSWORD or ~/.pgpass)</source>
        <translation>Un fichier SQLite, ou une URL PostgreSQL sans mot de passe (le mot de passe vient de PGPASSWORD ou de ~/.pgpass)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the archive file</source>
        <translation>Choisir le fichier d’archive</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>The streams chosen in the streams pane (none chosen)</source>
        <translation>Les flux choisis dans la liste des flux (aucun choisi)</translation>
    </message>
    <message numerus="yes">
        <source>The %n streams chosen in the streams pane</source>
        <translation>
            <numerusform>Le %n flux choisi dans la liste des flux</numerusform>
            <numerusform>Les %n flux choisis dans la liste des flux</numerusform>
        </translation>
    </message>
    <message>
        <source>My streams (those the account is a member of)</source>
        <translation>Mes flux (ceux dont le compte est membre)</translation>
    </message>
    <message>
        <source>Every stream of the enterprise (an administrator&apos;s account)</source>
        <translation>Tous les flux de l’entreprise (compte administrateur)</translation>
    </message>
    <message>
        <source>Types:</source>
        <translation>Types :</translation>
    </message>
    <message>
        <source>Stream type %1</source>
        <translation>Type de flux %1</translation>
    </message>
    <message>
        <source>Include inactive streams</source>
        <translation>Inclure les flux inactifs</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Only messages since</source>
        <translation>Uniquement les messages depuis le</translation>
    </message>
    <message>
        <source>How far back a first sync of a stream reads (unchecked: its whole history)</source>
        <translation>Jusqu’où remonte la première synchronisation d’un flux (décoché : tout son historique)</translation>
    </message>
    <message>
        <source>Oldest message date</source>
        <translation>Date du plus ancien message</translation>
    </message>
    <message>
        <source>Look-back in days</source>
        <translation>Fenêtre de relecture en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>What each later sync reads again, to see edits and removals</source>
        <translation>Ce que chaque synchronisation suivante relit, pour voir les modifications et les suppressions</translation>
    </message>
    <message>
        <source>Members of each stream</source>
        <translation>Membres de chaque flux</translation>
    </message>
    <message>
        <source>Read receipts of each message (an administrator&apos;s listing)</source>
        <translation>Accusés de lecture de chaque message (liste réservée aux administrateurs)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Download the files, kept beside the archive (SQLite) or in it (PostgreSQL)</source>
        <translation>Télécharger les fichiers, conservés à côté de l’archive (SQLite) ou dedans (PostgreSQL)</translation>
    </message>
    <message>
        <source>Streams read at once</source>
        <translation>Flux lus simultanément</translation>
    </message>
    <message>
        <source>&amp;Look-back:</source>
        <translation>Fenêtre de &amp;relecture :</translation>
    </message>
    <message>
        <source>Streams read at &amp;once:</source>
        <translation>Flux lus &amp;simultanément :</translation>
    </message>
    <message>
        <source>Why the sync cannot start yet</source>
        <translation>Pourquoi la synchronisation ne peut pas encore démarrer</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Choose an archive file or type a PostgreSQL URL.</source>
        <translation>Choisissez un fichier d’archive ou saisissez une URL PostgreSQL.</translation>
    </message>
    <message>
        <source>Choose which streams to sync.</source>
        <translation>Choisissez les flux à synchroniser.</translation>
    </message>
    <message>
        <source>No stream is chosen in the streams pane.</source>
        <translation>Aucun flux n’est choisi dans la liste des flux.</translation>
    </message>
    <message>
        <source>Choose at least one stream type.</source>
        <translation>Choisissez au moins un type de flux.</translation>
    </message>
    <message>
        <source>Sync to</source>
        <translation>Synchroniser vers</translation>
    </message>
    <message>
        <source>Archives (*.sqlite *.db)</source>
        <translation>Archives (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Inspector::Ui::SyncProgressPane</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync totals</source>
        <translation>Totaux de la synchronisation</translation>
    </message>
    <message>
        <source>Streams of the sync</source>
        <translation>Flux de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop the sync: what was stored is kept, and the next sync carries on</source>
        <translation>Arrêter la synchronisation : ce qui a été enregistré est conservé, et la prochaine synchronisation reprendra la suite</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled: what was stored is kept.</source>
        <translation>Annulé : ce qui a été enregistré est conservé.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message numerus="yes">
        <source>Finished; %n streams failed.</source>
        <translation>
            <numerusform>Terminé ; %n flux a échoué.</numerusform>
            <numerusform>Terminé ; %n flux ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Sync to %1</source>
        <translation>Synchronisation vers %1</translation>
    </message>
    <message>
        <source>streams %1 of %2 done, %3 running</source>
        <translation>flux : %1 sur %2 terminés, %3 en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages (%2/s)</source>
        <translation>%1 messages (%2/s)</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
</context>
</TS>

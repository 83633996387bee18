<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vivier</source>
        <translation>À propos de Vivier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vivier %1&lt;/h2&gt;&lt;p&gt;A freelance management system: the pipeline, the freelancer&apos;s file, offboarding and the talent pool.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;br&gt;Database: %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vivier %1&lt;/h2&gt;&lt;p&gt;Un logiciel de gestion des freelances : le pipeline, le dossier du freelance, l’offboarding et le vivier de talents.&lt;/p&gt;&lt;p&gt;Dossier des données : %2&lt;br&gt;Base de données : %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
</context>
<context>
    <name>AddApplicationDialog</name>
    <message>
        <source>Propose a freelancer for “%1”</source>
        <translation>Proposer un freelance pour « %1 »</translation>
    </message>
    <message>
        <source>Name, headline or skill</source>
        <translation>Nom, titre ou compétence</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Freelancer</source>
        <translation>&amp;Freelance</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <source>Choose the freelancer to propose.</source>
        <translation>Choisissez le freelance à proposer.</translation>
    </message>
    <message>
        <source>%1 is marked “do not rehire” (the reason is in the file). Propose anyway?</source>
        <translation>%1 est marqué « ne pas reprendre » (la raison est dans la fiche). Le proposer quand même ?</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The contract ends; nothing is left open.</source>
        <translation>Le contrat se termine ; rien ne reste ouvert.</translation>
    </message>
    <message>
        <source>Contract &amp;ends on</source>
        <translation>Fin du &amp;contrat le</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>Contract and NDA</source>
        <translation>Contrat et NDA</translation>
    </message>
    <message>
        <source>Attach signed contra&amp;ct…</source>
        <translation>Joindre le &amp;contrat signé…</translation>
    </message>
    <message>
        <source>Attach signed &amp;NDA…</source>
        <translation>Joindre le &amp;NDA signé…</translation>
    </message>
    <message>
        <source>You can also drop a signed PDF on this dialog.</source>
        <translation>Vous pouvez aussi déposer un PDF signé sur cette fenêtre.</translation>
    </message>
    <message>
        <source>%1: %2, signed on %3</source>
        <translation>%1&#xa0;: %2, signé le %3</translation>
    </message>
    <message>
        <source>%1: no signed, valid one</source>
        <translation>%1&#xa0;: aucun signé et valide</translation>
    </message>
    <message>
        <source>%1: signed and valid</source>
        <translation>%1&#xa0;: signé et valide</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Note to the client</source>
        <translation>Note au client</translation>
    </message>
    <message>
        <source>Answer to the candidate</source>
        <translation>Réponse au candidat</translation>
    </message>
    <message>
        <source>Language of the answer</source>
        <translation>Langue de la réponse</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>The client&apos;s justification is quoted as written: check that it reads well.</source>
        <translation>La justification du client est citée telle qu&apos;écrite&#xa0;: vérifiez qu&apos;elle se lit bien.</translation>
    </message>
    <message>
        <source>the client&apos;s contact</source>
        <translation>le contact du client</translation>
    </message>
    <message>
        <source>%1 (no email address known: add it before opening the mail)</source>
        <translation>%1 (aucune adresse e-mail connue&#xa0;: ajoutez-la avant d&apos;ouvrir le message)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>The client&apos;s justification</source>
        <translation>La justification du client</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Open in &amp;mail</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <source>&amp;Close, answer later</source>
        <translation>&amp;Clore, répondre plus tard</translation>
    </message>
    <message>
        <source>Save the &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Close and mark as &amp;sent</source>
        <translation>Clore et marquer comme &amp;envoyée</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marquer comme &amp;envoyée</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Once the mail has gone, mark the answer as sent.</source>
        <translation>Une fois le message parti, marquez la réponse comme envoyée.</translation>
    </message>
    <message>
        <source>Replace the text with a new draft in this language? Your changes to it are lost.</source>
        <translation>Remplacer le texte par un nouveau brouillon dans cette langue&#xa0;? Vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>AnswersOwedScreen</name>
    <message>
        <source>Answers owed</source>
        <translation>Réponses dues</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Voir sur le &amp;tableau</translation>
    </message>
</context>
<context>
    <name>AttachSignedDialog</name>
    <message>
        <source>Attach a signed document</source>
        <translation>Joindre un document signé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Signé le</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Fin le</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Chercher le fichier</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the signed file.</source>
        <translation>Choisissez le fichier signé.</translation>
    </message>
    <message>
        <source>The signature date is required.</source>
        <translation>La date de signature est obligatoire.</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Availability request</source>
        <translation>Demande de disponibilité</translation>
    </message>
    <message>
        <source>People asked</source>
        <translation>Personnes sollicitées</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copier &amp;tout</translation>
    </message>
    <message>
        <source>Open in &amp;mail</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <source>To %1 · %2</source>
        <translation>À %1 · %2</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copie de la base de données…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Vérification de la copie…</translation>
    </message>
    <message>
        <source>Copying the attached files…</source>
        <translation>Copie des fichiers joints…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>This database is on a server: it is backed up there, not by Vivier.</source>
        <translation>Cette base de données est sur un serveur : elle y est sauvegardée, pas par Vivier.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Backup stopped; nothing was kept.</source>
        <translation>Sauvegarde arrêtée ; rien n&apos;en a été gardé.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Sauvegarde faite : %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Backup of %1 restored; the replaced database was kept as %2</source>
        <translation>Sauvegarde du %1 restaurée ; la base remplacée a été gardée sous %2</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Daily backup made</source>
        <translation>Sauvegarde quotidienne faite</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups are kept in %1. An automatic backup is made at start, at most once a day and only when something changed; the newest of each of the last %2 days, then of %3 weeks and %4 months, are kept. Backups made by hand or before an upgrade or a restore are kept until you remove them.</source>
        <translation>Les sauvegardes sont gardées dans %1. Une sauvegarde automatique est faite au démarrage, au plus une fois par jour et seulement si quelque chose a changé ; la plus récente de chacun des %2 derniers jours, puis de %3 semaines et de %4 mois, est gardée. Les sauvegardes faites à la main, avant une mise à jour ou avant une restauration sont gardées jusqu&apos;à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>Writing the profile sheets…</source>
        <translation>Écriture des dossiers de compétences…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Profile sheets</source>
        <translation>Dossiers de compétences</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>answer owed</source>
        <translation>réponse due</translation>
    </message>
    <message>
        <source>to sign</source>
        <translation>à signer</translation>
    </message>
    <message>
        <source>do not rehire</source>
        <translation>ne pas reprendre</translation>
    </message>
    <message>
        <source>client note owed</source>
        <translation>note client due</translation>
    </message>
</context>
<context>
    <name>CardDetailsDialog</name>
    <message>
        <source>%1 (budget %2)</source>
        <translation>%1 (budget %2)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre du profil</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>&amp;Invitation…</source>
        <translation>&amp;Invitation…</translation>
    </message>
    <message>
        <source>Interview invitation</source>
        <translation>Invitation à l&apos;entretien</translation>
    </message>
    <message>
        <source>The candidate is still owed an answer.</source>
        <translation>Le candidat attend encore une réponse.</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <source>Open the freelancer&apos;s &amp;file…</source>
        <translation>Ouvrir le &amp;dossier du freelance…</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Agreed rate</source>
        <translation>TJM convenu</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Off&amp;boarding…</source>
        <translation>Off&amp;boarding…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Client&apos;s justification</source>
        <translation>Justification du client</translation>
    </message>
    <message>
        <source>On %1:
%2</source>
        <translation>Le %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Answer sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>The client is still owed the reason for this decline.</source>
        <translation>Le client attend encore la raison de ce refus.</translation>
    </message>
    <message>
        <source>Recontact a&amp;fter…</source>
        <translation>Recontacter a&amp;près…</translation>
    </message>
    <message>
        <source>Recontact after</source>
        <translation>Recontacter après</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Non prévu</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Comment (why, if not done)</source>
        <translation>Commentaire (pourquoi, si non fait)</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Commentaire sur « %1 »</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
</context>
<context>
    <name>ClientsScreen</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the lists but keeps its missions and history; you can restore it.</source>
        <translation>Archiver %1 ? Il quitte les listes mais garde ses missions et son historique ; vous pourrez le restaurer.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Se connecter à une base d’équipe</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Keep the password in the system &amp;keyring</source>
        <translation>Garder le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Chiffrement (TLS) :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The password comes from your .pgpass file.</source>
        <translation>Le mot de passe vient de votre fichier .pgpass.</translation>
    </message>
    <message>
        <source>The password kept in the system keyring is used; type another one to replace it.</source>
        <translation>Le mot de passe gardé dans le trousseau du système est utilisé ; saisissez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>Type the password: Vivier keeps it in the system keyring, never in its settings.</source>
        <translation>Saisissez le mot de passe : Vivier le garde dans le trousseau du système, jamais dans ses réglages.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer: the password is asked at each connection and never stored.</source>
        <translation>Aucun trousseau système n’est disponible sur cet ordinateur : le mot de passe est demandé à chaque connexion et n’est jamais conservé.</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Connexion réussie : PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Fill in the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Vivier met an unexpected error. The action was not completed and nothing was half-saved. You can keep working; the details below are also in the log file:
%1</source>
        <translation>Vivier a rencontré une erreur inattendue. L&apos;action n&apos;a pas été faite et rien n&apos;a été enregistré à moitié. Vous pouvez continuer ; les détails ci-dessous sont aussi dans le journal :
%1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseMessage</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2, %3): %4.

Restore it? The damaged file is set aside unchanged in the backups folder, and Vivier opens the restored database.</source>
        <translation>La dernière sauvegarde saine date du %1 (%2, %3) : %4.

La restaurer ? Le fichier endommagé est mis de côté, inchangé, dans le dossier des sauvegardes, et Vivier ouvre la base restaurée.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Putting back the attached files…</source>
        <translation>Remise en place des fichiers joints…</translation>
    </message>
</context>
<context>
    <name>DashboardListDialog</name>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Voir sur le &amp;tableau</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Open missions</source>
        <translation>Missions ouvertes</translation>
    </message>
    <message>
        <source>Applications in progress</source>
        <translation>Candidatures en cours</translation>
    </message>
    <message>
        <source>Freelancers on mission</source>
        <translation>Freelances en mission</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <source>Median days from Sourced to hired</source>
        <translation>Jours médians de « Sourcé » à l’embauche</translation>
    </message>
    <message>
        <source>Engagements ending within 30 days</source>
        <translation>Missions finissant sous 30 jours</translation>
    </message>
    <message>
        <source>Funnel: reached each stage (conversion from the stage before)</source>
        <translation>Entonnoir : candidatures arrivées à chaque étape (conversion depuis l’étape précédente)</translation>
    </message>
    <message>
        <source>Stage where applications are lost</source>
        <translation>Étape où les candidatures sont perdues</translation>
    </message>
    <message>
        <source>Why freelancers declined</source>
        <translation>Pourquoi les freelances ont décliné</translation>
    </message>
    <message>
        <source>What weighed in the clients&apos; rejections</source>
        <translation>Ce qui a pesé dans les refus des clients</translation>
    </message>
    <message>
        <source>Profiles sent per mission</source>
        <translation>Profils envoyés par mission</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>Arrivées à « %1 »</translation>
    </message>
    <message>
        <source>Lost at %1</source>
        <translation>Perdues à « %1 »</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Déclinées : %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusées : %1</translation>
    </message>
    <message>
        <source>Profiles sent for %1</source>
        <translation>Profils envoyés pour %1</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Taux de renouvellement</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Answers owed to candidates and clients</source>
        <translation>Réponses dues aux candidats et aux clients</translation>
    </message>
</context>
<context>
    <name>DatabaseLoader</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as %1</source>
        <translation>Base mise à jour ; la version précédente est sauvegardée dans %1</translation>
    </message>
    <message>
        <source>Adding sample data…</source>
        <translation>Ajout des données d&apos;exemple…</translation>
    </message>
    <message>
        <source>Sample data added: %1 freelancers, %2 missions, %3 applications</source>
        <translation>Données d&apos;exemple ajoutées : %1 freelances, %2 missions, %3 candidatures</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>Vivier databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Vivier (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with Open database…</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xporter une copie…</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>Statut suivant</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>Ending within 30 days: %1</source>
        <translation>Fin dans les 30 jours : %1</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <source>Copying and reading %1…</source>
        <translation>Copie et lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EditableTableScreen</name>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archives</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>EndingSoon</name>
    <message>
        <source>Engagements ending within 30 days</source>
        <translation>Missions se terminant dans les 30 jours</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Start the &amp;offboarding…</source>
        <translation>Commencer l&apos;&amp;offboarding…</translation>
    </message>
    <message>
        <source>Ending within 30 days</source>
        <translation>Fin dans les 30 jours</translation>
    </message>
</context>
<context>
    <name>ErasePerson</name>
    <message>
        <source>Erase %1?

Removed, here and in every backup: the name, email, phone, LinkedIn profile, location, headline, notes and every free text, skills, follow-ups, saved-list entries, documents and their files.

Kept, anonymised as “Erased person” for the statistics: applications and their stage changes, interview results and scores, engagements and rates.

This cannot be undone.</source>
        <translation>Effacer %1 ?

Supprimés, ici et dans chaque sauvegarde : le nom, l’adresse e-mail, le téléphone, le profil LinkedIn, la localisation, le titre, les notes et tout texte libre, les compétences, les relances, les entrées des listes, les documents et leurs fichiers.

Conservés, anonymisés sous « Erased person » pour les statistiques : les candidatures et leurs changements d’étape, les résultats et notes d’entretien, les missions et les tarifs.

Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>%1 was erased; the record is now “%2”.</source>
        <translation>%1 a été effacé(e) ; la fiche s’appelle désormais « %2 ».</translation>
    </message>
</context>
<context>
    <name>EvaluationsEditor</name>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hard skills</source>
        <translation>Compétences techniques</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Savoir-être</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Add an e&amp;valuator</source>
        <translation>Ajouter un é&amp;valuateur</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From the client</source>
        <translation>Côté client</translation>
    </message>
    <message>
        <source>This evaluator works for the client</source>
        <translation>Cet évaluateur travaille chez le client</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>Freelancers</source>
        <translation>Freelances</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>Export terminé&#xa0;: %1 dans %2</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>The freelancer&apos;s side of the mission.</source>
        <translation>La mission vue par le freelance.</translation>
    </message>
    <message>
        <source>Their view of the &amp;mission</source>
        <translation>Son regard sur la &amp;mission</translation>
    </message>
    <message>
        <source>&amp;Integration in the team</source>
        <translation>&amp;Intégration dans l&apos;équipe</translation>
    </message>
    <message>
        <source>Suggestions for &amp;onboarding</source>
        <translation>Suggestions pour l&apos;&amp;onboarding</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Période du</translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation>Filtrer par période</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Planifier une relance</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation>&amp;Objet</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <source>Follow-up with %1 done</source>
        <translation>Relance de %1 faite</translation>
    </message>
    <message>
        <source>Nobody answered</source>
        <translation>Personne n&apos;a répondu</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Qu&apos;en est-il ressorti ?</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Sans réponse</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer &amp;faite…</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>Re&amp;pousser</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Replanifier…</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the &amp;card</source>
        <translation>Voir la &amp;carte</translation>
    </message>
    <message>
        <source>&amp;Propose for a mission…</source>
        <translation>&amp;Proposer pour une mission…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>%1 follow-ups on this application went unanswered. Rather than insist, close it as withdrawn?</source>
        <translation>%1 relances sur cette candidature sont restées sans réponse. Plutôt que d&apos;insister, la clore comme retirée&#xa0;?</translation>
    </message>
    <message>
        <source>Close as &amp;withdrawn…</source>
        <translation>Clore comme &amp;retirée…</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>&amp;La garder ouverte</translation>
    </message>
    <message>
        <source>Change when to get back in touch from the card&apos;s details.</source>
        <translation>Changez la date de reprise de contact depuis le détail de la carte.</translation>
    </message>
    <message>
        <source>No open mission to propose them for.</source>
        <translation>Aucune mission ouverte pour laquelle le proposer.</translation>
    </message>
    <message>
        <source>Propose for a mission</source>
        <translation>Proposer pour une mission</translation>
    </message>
    <message>
        <source>Mission for %1</source>
        <translation>Mission pour %1</translation>
    </message>
    <message>
        <source>%1 does not fit this mission&apos;s ranking.</source>
        <translation>%1 ne figure pas dans le classement de cette mission.</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer &amp;faite…</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Relance faite</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Qu&apos;en est-il ressorti ?</translation>
    </message>
</context>
<context>
    <name>FreelancerFileDialog</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Candidatures</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Lis&amp;ts…</source>
        <translation>Lis&amp;tes…</translation>
    </message>
    <message>
        <source>Profile s&amp;heet…</source>
        <translation>&amp;Dossier de compétences…</translation>
    </message>
    <message>
        <source>Recommendation &amp;letter…</source>
        <translation>&amp;Lettre de recommandation…</translation>
    </message>
    <message>
        <source>Messa&amp;ge…</source>
        <translation>Messa&amp;ge…</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Effa&amp;cer cette personne…</translation>
    </message>
    <message>
        <source>New freelancer</source>
        <translation>Nouveau freelance</translation>
    </message>
    <message>
        <source>A recommendation letter follows a mission: this freelancer has none yet.</source>
        <translation>Une lettre de recommandation suit une mission : ce freelance n&apos;en a pas encore.</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Voir sur le &amp;tableau</translation>
    </message>
    <message>
        <source>Off&amp;boarding…</source>
        <translation>Off&amp;boarding…</translation>
    </message>
    <message>
        <source>The end-of-mission checklist of the selected engagement (read-only once done)</source>
        <translation>La check-list de fin de mission de la mission sélectionnée (en lecture seule une fois terminée)</translation>
    </message>
    <message>
        <source>Only a hired application has an offboarding.</source>
        <translation>Seule une candidature retenue a un offboarding.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>This may be someone already in Vivier:
%1</source>
        <translation>Il s&apos;agit peut-être d&apos;une personne déjà dans Vivier :
%1</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>&amp;Ouvrir %1</translation>
    </message>
    <message>
        <source>Save the changes to this profile?</source>
        <translation>Enregistrer les modifications de ce profil ?</translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation>Ré&amp;pondre…</translation>
    </message>
    <message>
        <source>The answer owed (or sent) for the selected closed application</source>
        <translation>La réponse due (ou envoyée) pour la candidature close sélectionnée</translation>
    </message>
</context>
<context>
    <name>FreelancerListsDialog</name>
    <message>
        <source>Lists – %1</source>
        <translation>Listes – %1</translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation>Listes enregistrées</translation>
    </message>
    <message>
        <source>Or a new list&apos;s name</source>
        <translation>Ou le nom d&apos;une nouvelle liste</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <source>On these lists:</source>
        <translation>Sur ces listes :</translation>
    </message>
</context>
<context>
    <name>FreelancersScreen</name>
    <message>
        <source>Freelancers</source>
        <translation>Freelances</translation>
    </message>
    <message>
        <source>&amp;New freelancer…</source>
        <translation>&amp;Nouveau freelance…</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir le dossier…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Select the two records of the same person, then merge them</source>
        <translation>Sélectionnez les deux fiches de la même personne, puis fusionnez-les</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Any seniority</source>
        <translation>Toute séniorité</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Available any time</source>
        <translation>Disponible à toute date</translation>
    </message>
    <message>
        <source>Available by</source>
        <translation>Disponible au plus tard le</translation>
    </message>
    <message>
        <source>Available on or before this date</source>
        <translation>Disponible à cette date ou avant</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>What was handed over, and to whom.</source>
        <translation>Ce qui a été transmis, et à qui.</translation>
    </message>
    <message>
        <source>Handed &amp;over to</source>
        <translation>&amp;Transmis à</translation>
    </message>
    <message>
        <source>&amp;What was handed over</source>
        <translation>&amp;Ce qui a été transmis</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>Profil LinkedIn</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Relation depuis le</translation>
    </message>
    <message>
        <source>Import freelancers</source>
        <translation>Importer des freelances</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Vivier field</source>
        <translation>Champ Vivier</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Lignes en erreur</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>Importer les lignes &amp;valides</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import nothing if a row has an error</source>
        <translation>&amp;Tout ou rien : ne rien importer si une ligne est en erreur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Détecté :</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Importing freelancers…</source>
        <translation>Import des freelances…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Imported %1; merged %2, skipped %3, %4 with errors.</source>
        <translation>Importé : %1 ; fusionné : %2, ignoré : %3, en erreur : %4.</translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation>Export LinkedIn</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>%1, %2, separator « %3 », %4</source>
        <translation>%1, %2, séparateur « %3 », %4</translation>
    </message>
    <message>
        <source>Vivier field for %1</source>
        <translation>Champ Vivier pour %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>What to do with row %1</source>
        <translation>Que faire de la ligne %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Merge into the existing freelancer</source>
        <translation>Fusionner dans le freelance existant</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Everyone present, the client&apos;s people included</source>
        <translation>Toutes les personnes présentes, y compris celles du client</translation>
    </message>
    <message>
        <source>What the client said about the candidate, and why</source>
        <translation>Ce que le client a dit du candidat, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>The &amp;client&apos;s evaluation</source>
        <translation>L&apos;évaluation du &amp;client</translation>
    </message>
    <message>
        <source>&amp;Scores per evaluator</source>
        <translation>&amp;Notes par évaluateur</translation>
    </message>
    <message>
        <source>&amp;Our notes</source>
        <translation>N&amp;os notes</translation>
    </message>
    <message>
        <source>Causes of &amp;failure</source>
        <translation>Causes de l&apos;é&amp;chec</translation>
    </message>
    <message>
        <source>Save and &amp;invite…</source>
        <translation>Enregistrer et &amp;inviter…</translation>
    </message>
    <message>
        <source>Save and invite</source>
        <translation>Enregistrer et inviter</translation>
    </message>
    <message>
        <source>Internal: never sent to the candidate</source>
        <translation>Interne&#xa0;: jamais envoyé au candidat</translation>
    </message>
    <message>
        <source>Our notes on the failure</source>
        <translation>Nos notes sur l&apos;échec</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nouvel entretien…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>In&amp;vitation…</source>
        <translation>In&amp;vitation…</translation>
    </message>
    <message>
        <source>Cancellation for calendars…</source>
        <translation>Annulation pour les agendas…</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Add this freelancer to a mission first: interviews are per mission.</source>
        <translation>Ajoutez d&apos;abord ce freelance à une mission : les entretiens se rattachent à une mission.</translation>
    </message>
    <message>
        <source>Delete this interview and its scores?</source>
        <translation>Supprimer cet entretien et ses notes ?</translation>
    </message>
</context>
<context>
    <name>KeepInTouchPage</name>
    <message>
        <source>So that the next mission starts from here.</source>
        <translation>Pour que la prochaine mission parte d&apos;ici.</translation>
    </message>
    <message>
        <source>&amp;Talent pool</source>
        <translation>&amp;Vivier</translation>
    </message>
    <message>
        <source>Agrees to stay in our talent pool</source>
        <translation>Accepte de rester dans notre vivier</translation>
    </message>
    <message>
        <source>Preferred &amp;channel</source>
        <translation>&amp;Canal préféré</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Next a&amp;vailable</source>
        <translation>&amp;Prochaine disponibilité</translation>
    </message>
    <message>
        <source>First &amp;follow-up</source>
        <translation>Première &amp;relance</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>&amp;Save the letter…</source>
        <translation>&amp;Enregistrer la lettre…</translation>
    </message>
    <message>
        <source>Recommendation letter</source>
        <translation>Lettre de recommandation</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <source>Re&amp;commendation</source>
        <translation>Re&amp;commandation</translation>
    </message>
    <message>
        <source>S&amp;trengths</source>
        <translation>&amp;Points forts</translation>
    </message>
    <message>
        <source>Your company&apos;s letterhead and signatory are set in Edit → Settings.</source>
        <translation>L&apos;en-tête de votre entreprise et le signataire se règlent dans Édition → Paramètres.</translation>
    </message>
    <message>
        <source>No role: the letter names the mission</source>
        <translation>Sans rôle&#xa0;: la lettre nomme la mission</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Saved lists</source>
        <translation>Listes enregistrées</translation>
    </message>
    <message>
        <source>People in the list</source>
        <translation>Personnes de la liste</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Export profile sheets…</source>
        <translation>&amp;Exporter les dossiers…</translation>
    </message>
    <message>
        <source>Name of the list</source>
        <translation>Nom de la liste</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <source>Rename the list</source>
        <translation>Renommer la liste</translation>
    </message>
    <message>
        <source>Delete the list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Delete this list? The people stay in Vivier.</source>
        <translation>Supprimer cette liste ? Les personnes restent dans Vivier.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Availability request…</source>
        <translation>Demande de &amp;disponibilité…</translation>
    </message>
    <message>
        <source>This list has nobody to ask.</source>
        <translation>Cette liste ne compte personne à solliciter.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vivier — %1</source>
        <translation>Vivier — %1</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Freelancers</source>
        <translation>Freelances</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>Vivier de talents</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Indicateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s) ending within 30 days</source>
        <translation>
            <numerusform>%n mission se termine dans les 30 jours</numerusform>
            <numerusform>%n missions se terminent dans les 30 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) or NDA(s) expiring</source>
        <translation>
            <numerusform>%n contrat ou NDA arrive à échéance</numerusform>
            <numerusform>%n contrats ou NDA arrivent à échéance</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;mission…</source>
        <translation>Nouvelle &amp;mission…</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>Se connecter à une base d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>&amp;Import freelancers…</source>
        <translation>&amp;Importer des freelances…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Offboarding checklist…</source>
        <translation>Check-list d&apos;&amp;offboarding…</translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation>&amp;Modèles de messages…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Vivier</source>
        <translation>&amp;À propos de Vivier</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Answers owed</source>
        <translation>Réponses dues</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ManagerNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your colleagues see this name in the history of every change you make, in your notes and in stage changes. It is kept for you on this computer.</source>
        <translation>Vos collègues voient ce nom dans l’historique de chacune de vos modifications, dans vos notes et dans les changements d’étape. Il est conservé pour vous sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This database is shared by a team.</source>
        <translation>Cette base est partagée par une équipe.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>%1 people written to %2</source>
        <translation>%1 personnes écrites dans %2</translation>
    </message>
    <message>
        <source>Folder for the profile sheets</source>
        <translation>Dossier où écrire les dossiers de compétences</translation>
    </message>
    <message>
        <source>%1 profile sheets written to %2</source>
        <translation>%1 dossiers de compétences écrits dans %2</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible le</translation>
    </message>
    <message>
        <source>Sourcing channel</source>
        <translation>Canal de sourcing</translation>
    </message>
    <message>
        <source>Talent-pool consent</source>
        <translation>Consentement vivier</translation>
    </message>
    <message>
        <source>Rehire</source>
        <translation>Réembauche</translation>
    </message>
    <message>
        <source>Merge two freelancers</source>
        <translation>Fusionner deux freelances</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Garder cette fiche</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Both lists, at the higher level: %1</source>
        <translation>Les deux listes, au niveau le plus haut : %1</translation>
    </message>
    <message>
        <source>Every application, interview, document, note and follow-up of both records is kept on the record you keep; the other one is removed and the merge is written in the history.</source>
        <translation>Chaque candidature, entretien, document, note et relance des deux fiches est conservé sur la fiche gardée ; l&apos;autre est supprimée et la fusion est inscrite dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Applications: %1 · Interviews: %2 · Documents: %3 · Notes: %4</source>
        <translation>Candidatures : %1 · Entretiens : %2 · Documents : %3 · Notes : %4</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Merge %1 into %2? The merge cannot be undone.</source>
        <translation>Fusionner %1 dans %2 ? La fusion ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Langue du message</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>No mission in particular</source>
        <translation>Aucune mission en particulier</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Open in &amp;mail</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <source>the client&apos;s contact</source>
        <translation>le contact du client</translation>
    </message>
    <message>
        <source>%1 (no email address known: add it before opening the mail)</source>
        <translation>%1 (aucune adresse e-mail connue&#xa0;: ajoutez-la avant d&apos;ouvrir le message)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Once the mail has gone, mark the message as sent.</source>
        <translation>Une fois le courriel parti, marquez le message comme envoyé.</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text of the template</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Champs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Find a person for the preview</source>
        <translation>Chercher une personne pour l&apos;aperçu</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Chercher une personne…</translation>
    </message>
    <message>
        <source>Person of the preview</source>
        <translation>Personne de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Mission of the preview</source>
        <translation>Mission de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Rétablir le modèle d&apos;origine</translation>
    </message>
    <message>
        <source>Choose a person to see the message filled in.</source>
        <translation>Choisissez une personne pour voir le message rempli.</translation>
    </message>
    <message>
        <source>No mission in particular</source>
        <translation>Aucune mission en particulier</translation>
    </message>
    <message>
        <source>Save the changes to the templates?</source>
        <translation>Enregistrer les modifications des modèles&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Choose a client…</source>
        <translation>Choisir un client…</translation>
    </message>
    <message>
        <source>Any seniority</source>
        <translation>Toute séniorité</translation>
    </message>
    <message>
        <source>e.g. 650</source>
        <translation>ex. 650</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>e.g. Python 4, SQL 3, Kubernetes</source>
        <translation>ex. Python 4, SQL 3, Kubernetes</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>S&amp;eniority</source>
        <translation>S&amp;éniorité</translation>
    </message>
    <message>
        <source>Daily-rate &amp;budget (€)</source>
        <translation>&amp;Budget TJM (€)</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>En&amp;d</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Work mode</source>
        <translation>Mode de tra&amp;vail</translation>
    </message>
    <message>
        <source>Required s&amp;kills</source>
        <translation>Com&amp;pétences requises</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
</context>
<context>
    <name>MissionsScreen</name>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>Archive the mission “%1”? Its applications and history are kept.</source>
        <translation>Archiver la mission « %1 » ? Ses candidatures et son historique sont conservés.</translation>
    </message>
</context>
<context>
    <name>MoveCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message>
        <source>Profiles sent</source>
        <translation>Profils envoyés</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Déplacement annulé.</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (not on this board any more).</source>
        <translation>%1 déplacé·e vers « %2 » (n’est plus sur ce tableau).</translation>
    </message>
    <message>
        <source>%1 closed, now in %2.</source>
        <translation>%1 : candidature close, désormais dans « %2 ».</translation>
    </message>
    <message>
        <source>%1 offboarded, now in %2.</source>
        <translation>%1 : fin de mission faite, désormais dans « %2 ».</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 déplacé·e vers « %2 ».</translation>
    </message>
    <message>
        <source>The filters hide it.</source>
        <translation>Les filtres la masquent.</translation>
    </message>
    <message>
        <source>Its column is folded.</source>
        <translation>Sa colonne est repliée.</translation>
    </message>
    <message>
        <source>Contract and NDA</source>
        <translation>Contrat et NDA</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>New collaboration note</source>
        <translation>Nouvelle note de collaboration</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Would work with this freelancer again</source>
        <translation>Retravaillerait avec ce freelance</translation>
    </message>
    <message>
        <source>&amp;Rating (1 to 5)</source>
        <translation>&amp;Note (1 à 5)</translation>
    </message>
    <message>
        <source>Re&amp;hire</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Strengths</source>
        <translation>&amp;Points forts</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Texte</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Add a note…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <source>Each objective met and every deliverable returned, or why not.</source>
        <translation>Chaque objectif atteint et chaque livrable rendu, ou pourquoi pas.</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <source>Offboarding</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <source>%1 offboarded, now in %2 and in the talent pool.</source>
        <translation>%1 : fin de mission faite, désormais dans « %2 » et dans le vivier de talents.</translation>
    </message>
    <message>
        <source>%1 offboarded, now in %2.</source>
        <translation>%1 : fin de mission faite, désormais dans « %2 ».</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
</context>
<context>
    <name>OffboardingTemplateDialog</name>
    <message>
        <source>Offboarding checklist</source>
        <translation>Check-list d&apos;offboarding</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un point par ligne</translation>
    </message>
    <message>
        <source>Back to the &amp;default</source>
        <translation>Revenir à la liste par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>OffboardingWizard</name>
    <message>
        <source>Offboarding – %1, %2</source>
        <translation>Offboarding – %1, %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing entered</source>
        <translation>Rien de saisi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome for %1</source>
        <translation>Issue pour %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>Planned &amp;end</source>
        <translation>&amp;Fin prévue</translation>
    </message>
    <message>
        <source>Agreed daily &amp;rate (€)</source>
        <translation>&amp;TJM convenu (€)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;justification</source>
        <translation>&amp;Justification du client</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>Why was it withdrawn or lost?</source>
        <translation>Pourquoi a-t-elle été retirée ou perdue ?</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Type an amount in euros, such as 650 or 650,50.</source>
        <translation>Saisissez un montant en euros, par exemple 650 ou 650,50.</translation>
    </message>
    <message>
        <source>What the client says to the candidate, and why: it is quoted</source>
        <translation>Ce que le client dit au candidat, et pourquoi&#xa0;: c&apos;est cité tel quel</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être dessiné.</translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>Exporter les données d’une personne</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Nom ou adresse e-mail</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>The zip holds every record about the person as JSON, and their attached files.</source>
        <translation>Le zip contient chaque enregistrement concernant la personne, en JSON, et ses fichiers joints.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>%1&apos;s data written to %2 (%3 records, %4 files).</source>
        <translation>Données de %1 écrites dans %2 (%3 enregistrements, %4 fichiers).</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export a &amp;person&apos;s data…</source>
        <translation>Exporter les données d’une &amp;personne…</translation>
    </message>
    <message>
        <source>Re&amp;tention review…</source>
        <translation>Revue de conserva&amp;tion…</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline stages</source>
        <translation>Étapes du suivi</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Any seniority</source>
        <translation>Toute séniorité</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Name or headline</source>
        <translation>Nom ou titre</translation>
    </message>
    <message>
        <source>&amp;Add application…</source>
        <translation>&amp;Ajouter une candidature…</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Cartes compactes</translation>
    </message>
    <message>
        <source>Choose a mission first</source>
        <translation>Choisissez d&apos;abord une mission</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>This application is no longer on the board (archived).</source>
        <translation>Cette candidature n&apos;est plus sur le tableau (archivée).</translation>
    </message>
    <message>
        <source>Archive the application of %1 for “%2”? It leaves the board; its history is kept.</source>
        <translation>Archiver la candidature de %1 pour « %2 » ? Elle quitte le tableau ; son historique est conservé.</translation>
    </message>
    <message>
        <source>Archive application</source>
        <translation>Archiver la candidature</translation>
    </message>
    <message>
        <source>Closed, not hired</source>
        <translation>Clos, sans embauche</translation>
    </message>
    <message>
        <source>Proposed %1 for %2</source>
        <translation>%1 proposé(e) pour %2</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freelancer(s)</source>
        <translation>
            <numerusform>%n freelance</numerusform>
            <numerusform>%n freelances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) still to sign.</source>
        <translation>
            <numerusform>%n document encore à signer.</numerusform>
            <numerusform>%n documents encore à signer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) of this backup could not be put back: their copies are missing.</source>
        <translation>
            <numerusform>%n fichier joint de cette sauvegarde n&apos;a pas pu être remis en place : sa copie manque.</numerusform>
            <numerusform>%n fichiers joints de cette sauvegarde n&apos;ont pas pu être remis en place : leurs copies manquent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) at most: the limit is reached.</source>
        <translation>
            <numerusform>%n caractère au plus : la limite est atteinte.</numerusform>
            <numerusform>%n caractères au plus : la limite est atteinte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolFilters</name>
    <message>
        <source>Python 4, SQL</source>
        <translation>Python 4, SQL</translation>
    </message>
    <message>
        <source>Skills with an optional minimum level from 1 to 5</source>
        <translation>Compétences, avec un niveau minimum facultatif de 1 à 5</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation>Au moins une</translation>
    </message>
    <message>
        <source>Any seniority</source>
        <translation>Toute séniorité</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <source>Only those we would work with again</source>
        <translation>Seulement ceux avec qui nous retravaillerions</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Tout client</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>Com&amp;pétences</translation>
    </message>
    <message>
        <source>Se&amp;niority</source>
        <translation>Sé&amp;niorité</translation>
    </message>
    <message>
        <source>Rating at &amp;least</source>
        <translation>Note au &amp;moins</translation>
    </message>
    <message>
        <source>Available &amp;by</source>
        <translation>Disponible &amp;avant le</translation>
    </message>
    <message>
        <source>Daily rate (€)</source>
        <translation>TJM (€)</translation>
    </message>
    <message>
        <source>Last mission &amp;after</source>
        <translation>Dernière mission a&amp;près le</translation>
    </message>
    <message>
        <source>Worked for c&amp;lient</source>
        <translation>A travaillé pour le c&amp;lient</translation>
    </message>
    <message>
        <source>No &amp;contact for</source>
        <translation>Sans &amp;contact depuis</translation>
    </message>
    <message>
        <source>Daily rate from</source>
        <translation>TJM à partir de</translation>
    </message>
    <message>
        <source>Daily rate to</source>
        <translation>TJM jusqu&apos;à</translation>
    </message>
    <message>
        <source>a skill level goes from 1 to 5</source>
        <translation>un niveau de compétence va de 1 à 5</translation>
    </message>
    <message>
        <source>type rates in euros, such as 650</source>
        <translation>saisissez les tarifs en euros, par exemple 650</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Titre du profil</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tél&amp;éphone</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation>Lin&amp;kedIn</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <source>S&amp;eniority</source>
        <translation>S&amp;éniorité</translation>
    </message>
    <message>
        <source>Daily &amp;rate (€)</source>
        <translation>T&amp;JM (€)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>A&amp;vailable from</source>
        <translation>&amp;Disponible le</translation>
    </message>
    <message>
        <source>Sourcing &amp;channel</source>
        <translation>&amp;Canal de sourcing</translation>
    </message>
    <message>
        <source>Portage compan&amp;y</source>
        <translation>&amp;Société de portage</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>Com&amp;pétences</translation>
    </message>
    <message>
        <source>e.g. Python 4, SQL 3, Kubernetes</source>
        <translation>ex. Python 4, SQL 3, Kubernetes</translation>
    </message>
    <message>
        <source>Agrees to stay in the talent pool</source>
        <translation>Accepte de rester dans le vivier</translation>
    </message>
    <message>
        <source>Talent &amp;pool</source>
        <translation>&amp;Vivier</translation>
    </message>
    <message>
        <source>Re&amp;hire</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Why not (private)</source>
        <translation>Pourquoi (privé)</translation>
    </message>
</context>
<context>
    <name>ProfileSheetDialog</name>
    <message>
        <source>&amp;Save the sheet…</source>
        <translation>&amp;Enregistrer le dossier…</translation>
    </message>
    <message>
        <source>Profile sheet – %1</source>
        <translation>Dossier de compétences – %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show the daily rate</source>
        <translation>Afficher le TJM</translation>
    </message>
    <message>
        <source>Off by default: a sheet is often sent before the rate is discussed</source>
        <translation>Désactivé par défaut : un dossier part souvent avant que le tarif soit discuté</translation>
    </message>
    <message>
        <source>Show our managers&apos; &amp;rating</source>
        <translation>Afficher la &amp;note de nos managers</translation>
    </message>
    <message>
        <source>Off by default: the rating is an internal note</source>
        <translation>Désactivé par défaut&#xa0;: la note est une appréciation interne</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <source>Mission to staff</source>
        <translation>Mission à pourvoir</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Candidats, les meilleurs d’abord</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Pourquoi ce rang</translation>
    </message>
    <message>
        <source>&amp;Add the selected to the mission&apos;s board</source>
        <translation>&amp;Ajouter la sélection au tableau de la mission</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Add to the board</source>
        <translation>Ajouter au tableau</translation>
    </message>
    <message>
        <source>Proposed %1 for %2, in Sourced</source>
        <translation>%1 proposé(e) pour %2, en Sourcé</translation>
    </message>
</context>
<context>
    <name>RateBenchmark</name>
    <message>
        <source>No agreed rate yet for %1.</source>
        <translation>Pas encore de tarif convenu pour %1.</translation>
    </message>
    <message>
        <source>Agreed for %1: %2, in a single engagement so far</source>
        <translation>Convenu pour %1 : %2, sur une seule mission jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Agreed for %1: median %2 (middle half %3 – %4, %5 engagements)</source>
        <translation>Convenu pour %1 : médiane %2 (moitié centrale %3 – %4, %5 missions)</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <source>Any seniority</source>
        <translation>Toute séniorité</translation>
    </message>
    <message>
        <source>An asked rate or a budget, to place it</source>
        <translation>Un tarif demandé ou un budget, pour le situer</translation>
    </message>
    <message>
        <source>Rate benchmark</source>
        <translation>Repères de tarifs</translation>
    </message>
    <message>
        <source>&amp;Skill</source>
        <translation>&amp;Compétence</translation>
    </message>
    <message>
        <source>S&amp;eniority</source>
        <translation>Sé&amp;niorité</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Amount to compare</source>
        <translation>Montant à comparer</translation>
    </message>
    <message>
        <source>%1 is below the middle half of what we agreed.</source>
        <translation>%1 est sous la moitié centrale de ce que nous avons convenu.</translation>
    </message>
    <message>
        <source>%1 is within the middle half of what we agreed.</source>
        <translation>%1 est dans la moitié centrale de ce que nous avons convenu.</translation>
    </message>
    <message>
        <source>%1 is above the middle half of what we agreed.</source>
        <translation>%1 est au-dessus de la moitié centrale de ce que nous avons convenu.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Missions</translation>
    </message>
</context>
<context>
    <name>RecommendationPage</name>
    <message>
        <source>What we would tell someone who asks about this freelancer.</source>
        <translation>Ce que nous dirions à qui nous demande notre avis sur ce freelance.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <source>R&amp;ating (1 to 5)</source>
        <translation>&amp;Note (1 à 5)</translation>
    </message>
    <message>
        <source>&amp;Strengths</source>
        <translation>&amp;Points forts</translation>
    </message>
    <message>
        <source>Work &amp;together again</source>
        <translation>Retravailler &amp;ensemble</translation>
    </message>
    <message>
        <source>Private reas&amp;on</source>
        <translation>Raison &amp;privée</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Lettre</translation>
    </message>
    <message>
        <source>Write the recommendation letter at the end</source>
        <translation>Rédiger la lettre de recommandation à la fin</translation>
    </message>
    <message>
        <source>Letter&apos;s lan&amp;guage</source>
        <translation>&amp;Langue de la lettre</translation>
    </message>
</context>
<context>
    <name>RecontactDialog</name>
    <message>
        <source>Get back in touch</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Non prévu</translation>
    </message>
    <message>
        <source>Why, and what to offer then</source>
        <translation>Pourquoi, et que proposer alors</translation>
    </message>
    <message>
        <source>Recontact &amp;after</source>
        <translation>Recontacter &amp;après</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
</context>
<context>
    <name>RenewalDialog</name>
    <message>
        <source>Renew – %1</source>
        <translation>Renouveler – %1</translation>
    </message>
    <message>
        <source>%1 for %2, since %3; ends on %4 at %5 a day.</source>
        <translation>%1 pour %2, depuis le %3 ; se termine le %4, à %5 par jour.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Inchangé (%1)</translation>
    </message>
    <message>
        <source>New &amp;end date</source>
        <translation>Nouvelle date de &amp;fin</translation>
    </message>
    <message>
        <source>New daily &amp;rate</source>
        <translation>Nouveau &amp;TJM</translation>
    </message>
    <message>
        <source>An amendment is added to the documents as a draft, to be signed.</source>
        <translation>Un avenant est ajouté aux documents en brouillon, à signer.</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Replanifier la relance</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Restaurer la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <source>It holds %1 (%2, %3).&lt;br&gt;&lt;br&gt;The current database is first kept as a backup of its own, so this can be undone; then it is replaced by this backup, the attached files it refers to are put back, and Vivier opens it again. Changes made since %4 will be only in the backup of the current database.</source>
        <translation>Elle contient %1 (%2, %3).&lt;br&gt;&lt;br&gt;La base actuelle est d&apos;abord gardée comme sauvegarde, pour pouvoir revenir en arrière ; puis elle est remplacée par cette sauvegarde, les fichiers joints auxquels elle renvoie sont remis en place, et Vivier la rouvre. Les modifications faites depuis le %4 ne seront plus que dans la sauvegarde de la base actuelle.</translation>
    </message>
    <message>
        <source>an unknown number of records</source>
        <translation>un nombre inconnu d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Revue de conservation</translation>
    </message>
    <message>
        <source>Candidates due for erasure</source>
        <translation>Candidats à effacer</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Effacer la sélection…</translation>
    </message>
    <message>
        <source>Talent-pool consents given more than three years ago:</source>
        <translation>Consentements au vivier donnés il y a plus de trois ans :</translation>
    </message>
    <message>
        <source>Consents due for renewal</source>
        <translation>Consentements à renouveler</translation>
    </message>
    <message>
        <source>&amp;Draft renewal requests</source>
        <translation>&amp;Préparer les demandes de renouvellement</translation>
    </message>
    <message>
        <source>Candidates never hired, without talent-pool consent, not contacted for %1 months or more:</source>
        <translation>Candidats jamais recrutés, sans consentement au vivier, sans contact depuis %1 mois ou plus :</translation>
    </message>
    <message>
        <source>Erase %1? Their names, contact details, free texts, documents and files go, here and in every backup. Applications, stage changes and rates stay, anonymised, for the statistics. This cannot be undone.</source>
        <translation>Effacer %1 ? Leurs noms, coordonnées, textes libres, documents et fichiers sont supprimés, ici et dans chaque sauvegarde. Les candidatures, changements d’étape et tarifs restent, anonymisés, pour les statistiques. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erased: %1.</source>
        <translation>Effacé(s) : %1.</translation>
    </message>
    <message>
        <source>Renewal follow-ups drafted: %1.</source>
        <translation>Relances de renouvellement préparées : %1.</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>Words in notes, interviews, headlines and CVs</source>
        <translation>Mots des notes, entretiens, titres et CV</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Add to a &amp;list…</source>
        <translation>Ajouter à une &amp;liste…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Profile &amp;sheet…</source>
        <translation>&amp;Dossier de compétences…</translation>
    </message>
    <message>
        <source>&amp;Export profile sheets…</source>
        <translation>&amp;Exporter les dossiers…</translation>
    </message>
    <message>
        <source>The selected people, or everyone listed when none is selected</source>
        <translation>Les personnes sélectionnées, ou toutes celles listées si aucune ne l&apos;est</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>The first %1: narrow the search</source>
        <translation>Les %1 premières : affinez la recherche</translation>
    </message>
    <message>
        <source>Add to a list</source>
        <translation>Ajouter à une liste</translation>
    </message>
    <message>
        <source>List (type a new name to make one)</source>
        <translation>Liste (tapez un nouveau nom pour en créer une)</translation>
    </message>
    <message>
        <source>%1 added to “%2”</source>
        <translation>%1 ajouté(s) à « %2 »</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Require a signed contract and NDA before a mission starts</source>
        <translation>Exiger un contrat et un NDA signés avant le début d&apos;une mission</translation>
    </message>
    <message>
        <source>When this is on, hiring someone without both documents signed asks whether to start anyway; drafts are then created and the card shows “to sign” until they are signed.</source>
        <translation>Si cette option est active, embaucher quelqu&apos;un sans ces deux documents signés demande s&apos;il faut démarrer quand même ; des brouillons sont alors créés et la carte affiche « à signer » jusqu&apos;à leur signature.</translation>
    </message>
    <message>
        <source>Letters and profile sheets</source>
        <translation>Lettres et dossiers de compétences</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>&amp;Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Letters written &amp;from</source>
        <translation>Lettres écrites &amp;depuis</translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation>&amp;Signées par</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;role</source>
        <translation>&amp;Fonction du signataire</translation>
    </message>
    <message>
        <source>Signature &amp;image</source>
        <translation>&amp;Image de la signature</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the image: %1</source>
        <translation>Choisir l’image : %1</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Click to fold this column</source>
        <translation>Cliquez pour replier cette colonne</translation>
    </message>
    <message>
        <source>Click to unfold this column</source>
        <translation>Cliquez pour déplier cette colonne</translation>
    </message>
    <message>
        <source>Unfold column</source>
        <translation>Déplier la colonne</translation>
    </message>
    <message>
        <source>Fold column</source>
        <translation>Replier la colonne</translation>
    </message>
</context>
<context>
    <name>StageColumnView</name>
    <message>
        <source>Drop a card here</source>
        <translation>Déposez une carte ici</translation>
    </message>
</context>
<context>
    <name>StaleSaveDialog</name>
    <message>
        <source>Saved elsewhere</source>
        <translation>Enregistré ailleurs</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your changes. Overwrite saves yours over theirs, including the fields below.</source>
        <translation>Recharger affiche leur version et abandonne vos modifications. Écraser enregistre la vôtre par-dessus la leur, y compris les champs ci-dessous.</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved now (theirs)</source>
        <translation>Enregistré (leur version)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recharger la leur</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>É&amp;craser avec la mienne</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Everything entered; Finish closes the mission.</source>
        <translation>Tout ce qui a été saisi ; Terminer clôt la mission.</translation>
    </message>
</context>
<context>
    <name>TableScreen</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 sur %2 lignes</translation>
    </message>
</context>
<context>
    <name>TalentPoolScreen</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>Saved &amp;lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <source>&amp;Rank for a mission</source>
        <translation>&amp;Classer pour une mission</translation>
    </message>
    <message>
        <source>Rate &amp;benchmark</source>
        <translation>Repères de &amp;tarifs</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <source>A few lines for the next manager: it becomes a collaboration note in the file.</source>
        <translation>Quelques lignes pour le prochain manager : elles deviennent une note de collaboration dans la fiche.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
</context>
<context>
    <name>TypedValues</name>
    <message>
        <source>Type an amount in euros, such as 650 or 650,50.</source>
        <translation>Saisissez un montant en euros, par exemple 650 ou 650,50.</translation>
    </message>
    <message>
        <source>“%1”: a skill level goes from 1 to 5.</source>
        <translation>« %1 » : un niveau de compétence va de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Abandonner les modifications que vous avez faites ?</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>No database here</source>
        <translation>Aucune base de données ici</translation>
    </message>
    <message>
        <source>There is no database at %1.

Create a new, empty database there?</source>
        <translation>Il n’y a pas de base de données à l’emplacement %1.

Créer là une nouvelle base de données vide&#xa0;?</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Active missions</source>
        <translation>Missions actives</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé le</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre du profil</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible le</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Rehire</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Where the words are</source>
        <translation>Où sont les mots</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Would rehire</source>
        <translation>À reprendre</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Last mission ended</source>
        <translation>Fin de dernière mission</translation>
    </message>
    <message>
        <source>Hard skills</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Savoir-être</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>The client said</source>
        <translation>Ce qu&apos;a dit le client</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>Freelance</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Freelancers</source>
        <translation>Freelances</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>The candidate</source>
        <translation>Le candidat</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Owed to</source>
        <translation>Due à</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This client no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cet enregistrement n’existe plus.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Another client already has this name.</source>
        <translation>Un autre client porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Sample data goes only into an empty database; this one holds data.</source>
        <translation>Les données d&apos;exemple ne vont que dans une base vide ; celle-ci contient déjà des données.</translation>
    </message>
    <message>
        <source>This mission no longer exists.</source>
        <translation>Cette mission n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>The daily-rate budget cannot be negative.</source>
        <translation>Le budget TJM ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Say why, for the managers who will read the file.</source>
        <translation>Dites pourquoi, pour les managers qui liront le dossier.</translation>
    </message>
    <message>
        <source>Another freelancer has this email address.</source>
        <translation>Un autre freelance a cette adresse e-mail.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Name the portage company.</source>
        <translation>Indiquez la société de portage.</translation>
    </message>
    <message>
        <source>Skill levels go from 1 to 5.</source>
        <translation>Les niveaux de compétence vont de 1 à 5.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {detail}</source>
        <translation>Impossible de lire {name} : {detail}</translation>
    </message>
    <message>
        <source>This freelancer no longer exists.</source>
        <translation>Ce freelance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No file is attached to this document.</source>
        <translation>Aucun fichier n&apos;est joint à ce document.</translation>
    </message>
    <message>
        <source>The file of {name} is missing from the team database. Attach it again.</source>
        <translation>Le fichier de {name} est absent de la base de l’équipe. Joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file of {name} is missing from the attachments folder ({path}). Attach it again.</source>
        <translation>Le fichier de {name} manque dans le dossier des pièces jointes ({path}). Joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file of {name} was changed after it was attached (its checksum differs). It was not opened; attach the right version again.</source>
        <translation>Le fichier de {name} a été modifié après avoir été joint (son empreinte diffère). Il n&apos;a pas été ouvert ; joignez à nouveau la bonne version.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}</source>
        <translation>Impossible d&apos;écrire {path} : {detail}</translation>
    </message>
    <message>
        <source>A document cannot go from {current} to {wanted}.</source>
        <translation>Un document ne peut pas passer de {current} à {wanted}.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Ce document n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The freelancer or the mission no longer exists.</source>
        <translation>Le freelance ou la mission n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This freelancer is already proposed for this mission.</source>
        <translation>Ce freelance est déjà proposé pour cette mission.</translation>
    </message>
    <message>
        <source>This interview no longer exists.</source>
        <translation>Cet entretien n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Name each evaluator.</source>
        <translation>Nommez chaque évaluateur.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>{limit} caractères au plus.</translation>
    </message>
    <message>
        <source>A daily rate is at most {maximum}.</source>
        <translation>Un taux journalier ne dépasse pas {maximum}.</translation>
    </message>
    <message>
        <source>A skill&apos;s name has at most {limit} characters.</source>
        <translation>Le nom d&apos;une compétence a {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>Scores go from 1 to 5.</source>
        <translation>Les notes vont de 1 à 5.</translation>
    </message>
    <message>
        <source>Choose a date between {first} and {last}.</source>
        <translation>Choisissez une date entre {first} et {last}.</translation>
    </message>
    <message>
        <source>An evaluator&apos;s name or comment is too long.</source>
        <translation>Le nom ou le commentaire d&apos;un évaluateur est trop long.</translation>
    </message>
    <message>
        <source>Write what the client said and why: the answer to the freelancer is built from it.</source>
        <translation>Écrivez ce que le client a dit et pourquoi : la réponse au freelance en est tirée.</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>Cette candidature n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{count} profiles were already sent to the client for this mission (the usual limit is {limit}). Send this one too?</source>
        <translation>{count} profils ont déjà été envoyés au client pour cette mission (la limite habituelle est {limit}). Envoyer aussi celui-ci ?</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>La date de début est obligatoire.</translation>
    </message>
    <message>
        <source>The planned end date is required.</source>
        <translation>La date de fin prévue est obligatoire.</translation>
    </message>
    <message>
        <source>The planned end is before the start.</source>
        <translation>La fin prévue précède le début.</translation>
    </message>
    <message>
        <source>The agreed daily rate is required.</source>
        <translation>Le TJM convenu est obligatoire.</translation>
    </message>
    <message>
        <source>The daily rate cannot be negative.</source>
        <translation>Le TJM ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This engagement has ended; it cannot be renewed.</source>
        <translation>Cette mission est terminée ; elle ne peut plus être renouvelée.</translation>
    </message>
    <message>
        <source>Choose the new end date.</source>
        <translation>Choisissez la nouvelle date de fin.</translation>
    </message>
    <message>
        <source>A renewal ends after the current end date.</source>
        <translation>Un renouvellement se termine après la date de fin actuelle.</translation>
    </message>
    <message>
        <source>Choose why the freelancer declined.</source>
        <translation>Choisissez pourquoi le freelance a décliné.</translation>
    </message>
    <message>
        <source>The client&apos;s justification is required.</source>
        <translation>La justification du client est obligatoire.</translation>
    </message>
    <message>
        <source>Say why the application was withdrawn or lost.</source>
        <translation>Indiquez pourquoi la candidature a été retirée ou perdue.</translation>
    </message>
    <message>
        <source>Finish the offboarding checklist before the freelancer joins the alumni.</source>
        <translation>Terminez la checklist d&apos;offboarding avant que le freelance rejoigne les alumni.</translation>
    </message>
    <message>
        <source>The offboarding is finished: renew or rehire rather than resume the mission.</source>
        <translation>L&apos;offboarding est terminé : renouvelez ou réembauchez plutôt que de reprendre la mission.</translation>
    </message>
    <message>
        <source>This application has no engagement.</source>
        <translation>Cette candidature n&apos;a pas de mission en cours.</translation>
    </message>
    <message>
        <source>The card to drop beside has moved; try again.</source>
        <translation>La carte visée a bougé ; réessayez.</translation>
    </message>
    <message>
        <source>This application is closed. Propose the freelancer again to open a new application.</source>
        <translation>Cette candidature est close. Proposez à nouveau le freelance pour en ouvrir une nouvelle.</translation>
    </message>
    <message>
        <source>Only a freelancer at Final answer can start a mission.</source>
        <translation>Seul un freelance à l&apos;étape Réponse finale peut démarrer une mission.</translation>
    </message>
    <message>
        <source>Record the hiring (start date and daily rate) to start the mission.</source>
        <translation>Enregistrez l&apos;embauche (date de début et TJM) pour démarrer la mission.</translation>
    </message>
    <message>
        <source>Say how it ended (declined, rejected or withdrawn) to close this application.</source>
        <translation>Indiquez l&apos;issue (déclinée, refusée ou retirée) pour clore cette candidature.</translation>
    </message>
    <message>
        <source>A freelancer who was not hired cannot go to offboarding.</source>
        <translation>Un freelance non retenu ne peut pas passer en offboarding.</translation>
    </message>
    <message>
        <source>Leaving Final answer needs an outcome: move the card to On mission if hired, or to Alumni.</source>
        <translation>Quitter Réponse finale demande une issue : déplacez la carte vers En mission si embauché, ou vers Alumni.</translation>
    </message>
    <message>
        <source>Stages are taken one at a time: move the card to {stage} first.</source>
        <translation>Les étapes se franchissent une à une : déplacez d&apos;abord la carte vers {stage}.</translation>
    </message>
    <message>
        <source>Run the offboarding before the freelancer joins the alumni.</source>
        <translation>Faites l&apos;offboarding avant que le freelance rejoigne les alumni.</translation>
    </message>
    <message>
        <source>The freelancer is hired: a card on mission cannot go back to recruiting stages.</source>
        <translation>Le freelance est embauché : une carte en mission ne revient pas aux étapes de recrutement.</translation>
    </message>
    <message>
        <source>Cannot reach the database {path}: {detail}</source>
        <translation>Impossible de joindre la base {path} : {detail}</translation>
    </message>
    <message>
        <source>The database {path} could not be read ({detail}). It was not changed.</source>
        <translation>La base {path} n&apos;a pas pu être lue ({detail}). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Impossible de lire {path} : {detail}</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database. Choose a Vivier database file.</source>
        <translation>{path} n&apos;est pas une base SQLite. Choisissez un fichier de base Vivier.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be read ({detail}). It was left untouched; restore a backup from the backups folder beside it.</source>
        <translation>La base {path} est endommagée et illisible ({detail}). Elle n&apos;a pas été modifiée ; restaurez une sauvegarde du dossier backups situé à côté.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It was left untouched; restore a backup from the backups folder beside it.</source>
        <translation>La base {path} est endommagée ({detail}). Elle n&apos;a pas été modifiée ; restaurez une sauvegarde du dossier backups situé à côté.</translation>
    </message>
    <message>
        <source>The database {path} holds tables but no schema version: its creation or upgrade was interrupted. It was left untouched; restore a backup from the backups folder beside it.</source>
        <translation>La base {path} contient des tables mais pas de version de schéma : sa création ou sa mise à jour a été interrompue. Elle n&apos;a pas été modifiée ; restaurez une sauvegarde du dossier backups situé à côté.</translation>
    </message>
    <message>
        <source>{path} is a database of another application, not a Vivier database.</source>
        <translation>{path} est la base d&apos;une autre application, pas une base Vivier.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Vivier (schema {revision}). Install the newer version to open it; this one will not change it.</source>
        <translation>La base {path} a été écrite par une version plus récente de Vivier (schéma {revision}). Installez cette version pour l&apos;ouvrir ; celle-ci ne la modifiera pas.</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>Chaque contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>A contact&apos;s email address is not valid.</source>
        <translation>L&apos;adresse e-mail d&apos;un contact n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A contact&apos;s name, role, email or phone is too long.</source>
        <translation>Le nom, la fonction, l&apos;e-mail ou le téléphone d&apos;un contact est trop long.</translation>
    </message>
    <message>
        <source>A contact you removed still has follow-ups; keep the contact or close them first.</source>
        <translation>Un contact retiré a encore des relances ; gardez-le ou clôturez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The signature date is in the future.</source>
        <translation>La date de signature est dans le futur.</translation>
    </message>
    <message>
        <source>The end date is before the signature.</source>
        <translation>La date de fin précède la signature.</translation>
    </message>
    <message>
        <source>This freelancer has no signed, valid NDA. Start the mission and sign it later?</source>
        <translation>Ce freelance n&apos;a pas de NDA signé et valide. Démarrer la mission et le signer plus tard ?</translation>
    </message>
    <message>
        <source>This freelancer has no signed, valid contract. Start the mission and sign it later?</source>
        <translation>Ce freelance n&apos;a pas de contrat signé et valide. Démarrer la mission et le signer plus tard ?</translation>
    </message>
    <message>
        <source>This freelancer has no signed, valid contract nor NDA. Start the mission and sign them later?</source>
        <translation>Ce freelance n&apos;a ni contrat ni NDA signés et valides. Démarrer la mission et les signer plus tard ?</translation>
    </message>
    <message>
        <source>This card has changed since that move, so the move cannot be undone.</source>
        <translation>Cette carte a changé depuis ce déplacement : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>This hire can no longer be undone: its engagement already holds documents or notes.</source>
        <translation>Cette embauche ne peut plus être annulée : sa mission contient déjà des documents ou des notes.</translation>
    </message>
    <message>
        <source>Only a card still in Sourced, or a closed one whose candidate got an answer, can be archived. Close this application with its outcome first.</source>
        <translation>Seule une carte encore en Sourcé, ou une carte close dont le candidat a reçu une réponse, peut être archivée. Clôturez d&apos;abord cette candidature avec son issue.</translation>
    </message>
    <message>
        <source>This card has changed since that move, so the move cannot be redone.</source>
        <translation>Cette carte a changé depuis ce déplacement : il ne peut plus être refait.</translation>
    </message>
    <message>
        <source>Vivier could not copy {path} before upgrading it ({detail}), so it did not upgrade it.</source>
        <translation>Vivier n&apos;a pas pu copier {path} avant sa mise à jour ({detail}) ; elle n&apos;a donc pas été mise à jour.</translation>
    </message>
    <message>
        <source>Upgrading the database {path} failed ({detail}). It was left as it was; a copy taken before the upgrade is in the backups folder beside it.</source>
        <translation>La mise à jour de la base {path} a échoué ({detail}). Elle est restée telle quelle ; une copie prise avant la mise à jour est dans le dossier backups situé à côté.</translation>
    </message>
    <message>
        <source>The rating goes from 1 to 5.</source>
        <translation>La note va de 1 à 5.</translation>
    </message>
    <message>
        <source>Write the note: what should the next manager know?</source>
        <translation>Rédigez la note : que doit savoir le prochain manager ?</translation>
    </message>
    <message>
        <source>Say what the follow-up is for.</source>
        <translation>Indiquez l&apos;objet de la relance.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Cette relance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose two different freelancers to merge.</source>
        <translation>Choisissez deux freelances différents à fusionner.</translation>
    </message>
    <message>
        <source>Both records were hired on the same mission: close one of the engagements before merging.</source>
        <translation>Les deux fiches ont été retenues sur la même mission : clôturez l&apos;une des missions avant de fusionner.</translation>
    </message>
    <message>
        <source>This engagement no longer exists.</source>
        <translation>Cette mission n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Write the recommendation: it is the letter&apos;s body.</source>
        <translation>Écrivez la recommandation : c&apos;est le corps de la lettre.</translation>
    </message>
    <message>
        <source>This offboarding is finished; it can only be read.</source>
        <translation>Cet offboarding est terminé ; il ne peut plus qu&apos;être consulté.</translation>
    </message>
    <message>
        <source>The page “{page}” is not complete: go back to it before finishing.</source>
        <translation>La page « {page} » n&apos;est pas complète : revenez-y avant de terminer.</translation>
    </message>
    <message>
        <source>This offboarding has not been started.</source>
        <translation>Cet offboarding n&apos;a pas été commencé.</translation>
    </message>
    <message>
        <source>An item left unchecked needs a word on why, to go on.</source>
        <translation>Un point non coché demande un mot d&apos;explication pour continuer.</translation>
    </message>
    <message>
        <source>Say to whom the work was handed over.</source>
        <translation>Dites à qui le travail a été transmis.</translation>
    </message>
    <message>
        <source>Write the freelancer&apos;s view of the mission.</source>
        <translation>Écrivez le regard du freelance sur la mission.</translation>
    </message>
    <message>
        <source>Write the recommendation.</source>
        <translation>Écrivez la recommandation.</translation>
    </message>
    <message>
        <source>Say whether we would work with this freelancer again.</source>
        <translation>Dites si nous retravaillerions avec ce freelance.</translation>
    </message>
    <message>
        <source>Give the reason, kept private in the file.</source>
        <translation>Donnez la raison, gardée privée dans la fiche.</translation>
    </message>
    <message>
        <source>Write the note for future managers.</source>
        <translation>Écrivez la note pour les futurs managers.</translation>
    </message>
    <message>
        <source>Keep the note short: 600 characters at most.</source>
        <translation>Gardez la note courte : 600 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose the preferred channel.</source>
        <translation>Choisissez le canal préféré.</translation>
    </message>
    <message>
        <source>Choose when to get back in touch.</source>
        <translation>Choisissez quand reprendre contact.</translation>
    </message>
    <message>
        <source>The first follow-up cannot be in the past.</source>
        <translation>La première relance ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <source>Give the contract&apos;s end date.</source>
        <translation>Indiquez la date de fin du contrat.</translation>
    </message>
    <message>
        <source>The contract cannot end before the mission started.</source>
        <translation>Le contrat ne peut pas finir avant le début de la mission.</translation>
    </message>
    <message>
        <source>Keep at least one item on each page.</source>
        <translation>Gardez au moins un point par page.</translation>
    </message>
    <message>
        <source>At most 30 items of 300 characters each.</source>
        <translation>Au plus 30 points de 300 caractères chacun.</translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation>Donnez un nom à la liste.</translation>
    </message>
    <message>
        <source>A list&apos;s name has 120 characters at most.</source>
        <translation>Le nom d&apos;une liste a 120 caractères au plus.</translation>
    </message>
    <message>
        <source>A list already has this name.</source>
        <translation>Une liste porte déjà ce nom.</translation>
    </message>
    <message>
        <source>This list no longer exists.</source>
        <translation>Cette liste n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The target database {path} already holds data ({table}); nothing was copied.</source>
        <translation>La base cible {path} contient déjà des données ({table}) ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>The team database {path} needs an upgrade (schema {revision}) before this version of Vivier can use it: ask your administrator to run `vivier-admin upgrade`. Nothing was changed.</source>
        <translation>La base d’équipe {path} doit être mise à jour (schéma {revision}) avant que cette version de Vivier puisse l’utiliser : demandez à votre administrateur de lancer `vivier-admin upgrade`. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Moved by {who} to {stage}.</source>
        <translation>Déplacée par {who} vers « {stage} ».</translation>
    </message>
    <message>
        <source>{who} saved this record after you opened it.</source>
        <translation>{who} a enregistré cette fiche après que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>This record was saved elsewhere after you opened it.</source>
        <translation>Cette fiche a été enregistrée ailleurs après que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>A contact&apos;s phone number is not valid.</source>
        <translation>Le numéro de téléphone d&apos;un contact n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>{name} is not a regular file (it is a device, a pipe or a folder); attach a file.</source>
        <translation>{name} n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un dossier)&#xa0;; joignez un fichier.</translation>
    </message>
    <message>
        <source>{name} is larger than the {limit} MB allowed; attach a smaller file.</source>
        <translation>{name} dépasse les {limit}&#xa0;Mo autorisés&#xa0;; joignez un fichier plus petit.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was changed. Free some space, then try again.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: rien n’a été modifié. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk or was opened read-only: nothing was changed. Copy it to a writable folder and open it from there.</source>
        <translation>{path} est sur un disque en lecture seule ou a été ouvert en lecture seule&#xa0;: rien n’a été modifié. Copiez-le dans un dossier où l’on peut écrire et ouvrez-le depuis celui-ci.</translation>
    </message>
    <message>
        <source>Vivier is not allowed to write to {path}: nothing was changed. Check who may write to it.</source>
        <translation>Vivier n’a pas le droit d’écrire dans {path}&#xa0;: rien n’a été modifié. Vérifiez qui peut y écrire.</translation>
    </message>
    <message>
        <source>Another Vivier window or another program is saving to {path}: nothing was changed. Try again in a moment.</source>
        <translation>Une autre fenêtre de Vivier ou un autre programme enregistre dans {path} : rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk holding {path} could not be read or written (a disk or network error): nothing was changed. Check the disk or the connection, then try again.</source>
        <translation>Le disque qui contient {path} n’a pas pu être lu ou écrit (erreur de disque ou de réseau)&#xa0;: rien n’a été modifié. Vérifiez le disque ou la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} cannot be opened any more (its folder may have been removed or the disk unplugged): nothing was changed. Put it back, then try again.</source>
        <translation>{path} ne peut plus être ouvert (son dossier a peut-être été supprimé ou le disque débranché)&#xa0;: rien n’a été modifié. Remettez-le en place, puis réessayez.</translation>
    </message>
    <message>
        <source>The database file {path} was removed or moved while Vivier had it open: nothing was changed. Put it back, or open another database from the File menu.</source>
        <translation>Le fichier de base de données {path} a été supprimé ou déplacé pendant que Vivier l’avait ouvert&#xa0;: rien n’a été modifié. Remettez-le en place, ou ouvrez une autre base depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}): nothing was changed. Restore a backup from the backups folder beside it.</source>
        <translation>La base de données {path} est endommagée ({detail})&#xa0;: rien n’a été modifié. Restaurez une sauvegarde depuis le dossier des sauvegardes situé à côté.</translation>
    </message>
    <message>
        <source>The team database {path} cannot be reached; nothing was saved. Check the network connection, then try again: Vivier reconnects by itself.</source>
        <translation>La base d’équipe {path} est injoignable : rien n’a été enregistré. Vérifiez la connexion réseau, puis réessayez : Vivier se reconnecte de lui-même.</translation>
    </message>
    <message>
        <source>The team database {path} took too long to answer; nothing was saved. Try again in a moment; if it keeps happening, tell your administrator.</source>
        <translation>La base d’équipe {path} a mis trop de temps à répondre : rien n’a été enregistré. Réessayez dans un instant ; si cela se reproduit, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The team database {path} took too long: a colleague is saving the same records. Nothing was saved; try again in a moment.</source>
        <translation>La base d’équipe {path} a mis trop de temps : un collègue enregistre les mêmes fiches. Rien n’a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}); the backup was not kept. Restore an earlier backup with File → Restore….</source>
        <translation>La base de données {path} est endommagée ({detail}) ; la sauvegarde n&apos;a pas été gardée. Restaurez une sauvegarde antérieure avec Fichier → Restaurer….</translation>
    </message>
    <message>
        <source>The backup of {path} failed ({detail}). Nothing of it was kept.</source>
        <translation>La sauvegarde de {path} a échoué ({detail}). Rien n&apos;en a été gardé.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Vivier (schema {revision}); this one cannot restore it.</source>
        <translation>La sauvegarde {path} a été faite par une version plus récente de Vivier (schéma {revision}) ; celle-ci ne peut pas la restaurer.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({detail}); it cannot be restored.</source>
        <translation>La sauvegarde {path} est endommagée ({detail}) ; elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The backup {path} holds no Vivier data; it cannot be restored.</source>
        <translation>La sauvegarde {path} ne contient pas de données Vivier ; elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Another Vivier window (or another program) has {path} open. Close it, then restore again.</source>
        <translation>Une autre fenêtre de Vivier (ou un autre programme) a ouvert {path}. Fermez-la, puis restaurez de nouveau.</translation>
    </message>
    <message>
        <source>Restoring {path} failed ({detail}). The database was not changed.</source>
        <translation>La restauration de {path} a échoué ({detail}). La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Tick what made the interview fail.</source>
        <translation>Cochez ce qui a fait échouer l&apos;entretien.</translation>
    </message>
    <message>
        <source>This application still owes its answer: send it (or mark it sent) before archiving the card.</source>
        <translation>Cette candidature attend encore sa réponse&#xa0;: envoyez-la (ou marquez-la envoyée) avant d&apos;archiver la carte.</translation>
    </message>
    <message>
        <source>Only an application closed without a hire has an answer to give.</source>
        <translation>Seule une candidature close sans embauche a une réponse à donner.</translation>
    </message>
    <message>
        <source>This answer was sent: it is kept as it was sent.</source>
        <translation>Cette réponse a été envoyée&#xa0;: elle est gardée telle qu&apos;envoyée.</translation>
    </message>
    <message>
        <source>Give the organiser&apos;s email address: calendars need it.</source>
        <translation>Indiquez l&apos;adresse e-mail de l&apos;organisateur&#xa0;: les agendas en ont besoin.</translation>
    </message>
    <message>
        <source>Messages are written in English or French.</source>
        <translation>Les messages s&apos;écrivent en anglais ou en français.</translation>
    </message>
    <message>
        <source>This application is someone else&apos;s.</source>
        <translation>Cette candidature est celle de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Write the text of the message.</source>
        <translation>Écrivez le texte du message.</translation>
    </message>
    <message>
        <source>A brace is not closed: write a placeholder as {first_name}, a brace itself as {{ or }}.</source>
        <translation>Une accolade n&apos;est pas fermée&#xa0;: écrivez un champ comme {first_name}, une accolade seule comme {{ ou }}.</translation>
    </message>
    <message>
        <source>Unknown placeholder {name}: use one of {known}.</source>
        <translation>Champ inconnu {name}&#xa0;: utilisez l&apos;un de {known}.</translation>
    </message>
    <message>
        <source>Only a declined, rejected or withdrawn application is recontacted later.</source>
        <translation>Seule une candidature déclinée, refusée ou retirée est recontactée plus tard.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Le fichier {path} est illisible : {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have errors, and the import was asked to be all or nothing.</source>
        <translation>Rien n’a été importé : {count} lignes ont des erreurs, et l’import devait être tout ou rien.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Import annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>This is not a LinkedIn profile address.</source>
        <translation>Ce n’est pas l’adresse d’un profil LinkedIn.</translation>
    </message>
    <message>
        <source>This is not an amount.</source>
        <translation>Ce n’est pas un montant.</translation>
    </message>
    <message>
        <source>Seniority is junior, confirmed or senior.</source>
        <translation>La séniorité est junior, confirmé ou senior.</translation>
    </message>
    <message>
        <source>This is not a date (12 Mar 2024 or 2024-03-12).</source>
        <translation>Ce n’est pas une date (12 Mar 2024 ou 2024-03-12).</translation>
    </message>
    <message>
        <source>The first and last names are required.</source>
        <translation>Le prénom et le nom sont obligatoires.</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>Cette ligne a plus de cellules que l’en-tête.</translation>
    </message>
    <message>
        <source>The file cannot be read from this row on (a quote is never closed).</source>
        <translation>Le fichier est illisible à partir de cette ligne (un guillemet n’est jamais fermé).</translation>
    </message>
    <message>
        <source>No header row with a first name and a last name column was found.</source>
        <translation>Aucune ligne d’en-tête avec une colonne prénom et une colonne nom n’a été trouvée.</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file, not “{name}”.</source>
        <translation>Exportez vers un fichier .csv ou .xlsx, pas «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}</source>
        <translation>L’export n’a pas pu être écrit dans {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No freelancer has the email address {email}.</source>
        <translation>Aucun freelance n’a l’adresse e-mail {email}.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>« {email} » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>{name} is a server: back it up with pg_dump and restore with pg_restore, not with vivier-admin.</source>
        <translation>{name} est un serveur : sauvegardez-le avec pg_dump et restaurez-le avec pg_restore, pas avec vivier-admin.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>Il n’y a pas de sauvegarde à {path}.</translation>
    </message>
    <message>
        <source>This copy holds someone else under that number.</source>
        <translation>Cette copie contient une autre personne sous ce numéro.</translation>
    </message>
    <message>
        <source>This is not a LinkedIn profile address (https://www.linkedin.com/in/…).</source>
        <translation>Ce n’est pas l’adresse d’un profil LinkedIn (https://www.linkedin.com/in/…).</translation>
    </message>
</context>
<context>
    <name>followUps</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Get back in touch (%1: %2)</source>
        <translation>Reprendre contact (%1&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>invitations</name>
    <message>
        <source>Save the cancellation</source>
        <translation>Enregistrer l&apos;annulation</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Your email address, as the organiser of the interviews:</source>
        <translation>Votre adresse e-mail, comme organisateur des entretiens&#xa0;:</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Sourced</source>
        <translation>Sourcé</translation>
    </message>
    <message>
        <source>Positioning call</source>
        <translation>Appel de positionnement</translation>
    </message>
    <message>
        <source>Profile sent</source>
        <translation>Profil envoyé</translation>
    </message>
    <message>
        <source>Client interview</source>
        <translation>Entretien client</translation>
    </message>
    <message>
        <source>Technical interview</source>
        <translation>Entretien technique</translation>
    </message>
    <message>
        <source>Final answer</source>
        <translation>Réponse finale</translation>
    </message>
    <message>
        <source>On mission</source>
        <translation>En mission</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>Alumni</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Declined by the freelancer</source>
        <translation>Déclinée par le freelance</translation>
    </message>
    <message>
        <source>Rejected by the client</source>
        <translation>Refusée par le client</translation>
    </message>
    <message>
        <source>Withdrawn / lost</source>
        <translation>Retirée / perdue</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Another mission</source>
        <translation>Autre mission</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Pourvue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Portage company</source>
        <translation>Société de portage</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>Statement of work</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>Recommendation letter</source>
        <translation>Lettre de recommandation</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn message</source>
        <translation>Message LinkedIn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Autre canal</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Would rehire</source>
        <translation>À reprendre</translation>
    </message>
    <message>
        <source>Do not rehire</source>
        <translation>Ne pas reprendre</translation>
    </message>
    <message>
        <source>Objectives and deliverables</source>
        <translation>Objectifs et livrables</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Feedback interview</source>
        <translation>Entretien de retour</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Note for future managers</source>
        <translation>Note pour les futurs managers</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Administrative close</source>
        <translation>Clôture administrative</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>In a pipeline</source>
        <translation>Dans un pipeline</translation>
    </message>
    <message>
        <source>Never proposed</source>
        <translation>Jamais proposé</translation>
    </message>
    <message>
        <source>In the talent pool</source>
        <translation>Dans le vivier</translation>
    </message>
    <message>
        <source>Marked do not rehire</source>
        <translation>Marqué « ne pas reprendre »</translation>
    </message>
    <message>
        <source>same email address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>même profil LinkedIn</translation>
    </message>
    <message>
        <source>very close name</source>
        <translation>nom très proche</translation>
    </message>
    <message>
        <source>Technical skills</source>
        <translation>Compétences techniques</translation>
    </message>
    <message>
        <source>Communication, soft skills</source>
        <translation>Communication, savoir-être</translation>
    </message>
    <message>
        <source>Experience of the domain</source>
        <translation>Expérience du métier</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Séniorité</translation>
    </message>
    <message>
        <source>Rate above the budget</source>
        <translation>Taux au-dessus du budget</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Fit with the team</source>
        <translation>Adéquation avec l&apos;équipe</translation>
    </message>
    <message>
        <source>Other cause</source>
        <translation>Autre cause</translation>
    </message>
    <message>
        <source>Thank-you after an interview</source>
        <translation>Remerciement après un entretien</translation>
    </message>
    <message>
        <source>Decline acknowledged, door kept open</source>
        <translation>Refus pris en compte, porte ouverte</translation>
    </message>
    <message>
        <source>Rejection with feedback</source>
        <translation>Refus avec retours</translation>
    </message>
    <message>
        <source>Note to the client on a decline</source>
        <translation>Note au client sur un désistement</translation>
    </message>
    <message>
        <source>Keep-in-touch news (alumni)</source>
        <translation>Nouvelles aux anciens</translation>
    </message>
    <message>
        <source>Availability request</source>
        <translation>Demande de disponibilités</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>{skill}: missing</source>
        <translation>{skill} : absent</translation>
    </message>
    <message>
        <source>{skill} {level}/5 (asked {minimum})</source>
        <translation>{skill} {level}/5 (demandé {minimum})</translation>
    </message>
    <message>
        <source>{skill} {level}/5, below the {minimum} asked</source>
        <translation>{skill} {level}/5, sous le {minimum} demandé</translation>
    </message>
    <message>
        <source>No rating yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Rated {rating:.1f}/5</source>
        <translation>Noté {rating:.1f}/5</translation>
    </message>
    <message>
        <source>Marked do not rehire</source>
        <translation>Marqué « ne pas reprendre »</translation>
    </message>
    <message>
        <source>A past note says not to rehire</source>
        <translation>Une note passée déconseille de le reprendre</translation>
    </message>
    <message>
        <source>Worked for this client before</source>
        <translation>A déjà travaillé pour ce client</translation>
    </message>
    <message>
        <source>Seniority as asked</source>
        <translation>Séniorité demandée</translation>
    </message>
    <message>
        <source>Availability not known</source>
        <translation>Disponibilité inconnue</translation>
    </message>
    <message>
        <source>Available before the start</source>
        <translation>Disponible avant le démarrage</translation>
    </message>
    <message>
        <source>Available only from {date}</source>
        <translation>Disponible seulement à partir du {date}</translation>
    </message>
    <message>
        <source>Rate or budget not known</source>
        <translation>Tarif ou budget inconnu</translation>
    </message>
    <message>
        <source>Rate within the budget</source>
        <translation>Tarif dans le budget</translation>
    </message>
    <message>
        <source>Rate {percent:.0f}% above the budget</source>
        <translation>Tarif {percent:.0f} % au-dessus du budget</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
</context>
</TS>

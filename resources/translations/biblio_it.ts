<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
    <context>
        <name>AddLearnerDialog</name>
        <message>
            <source>Add learner</source>
            <translation>Aggiungi partecipante</translation>
        </message>
        <message>
            <source>Each person gets their own profile, so their progress stays theirs. A PIN is optional: it keeps others on this computer out of the profile.</source>
            <translation>Ogni persona ha il proprio profilo, così i suoi progressi restano suoi. Il PIN è facoltativo: impedisce ad altri utenti di questo computer di accedere al profilo.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>PIN (facoltativo)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Ripeti PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits, or leave empty</source>
            <translation>Da 4 a 8 cifre, oppure lascia vuoto</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;PIN (optional):</source>
            <translation>&amp;PIN (facoltativo):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Ripeti PIN:</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same PIN twice.</source>
            <translation>I due PIN sono diversi. Digita lo stesso PIN due volte.</translation>
        </message>
    </context>
    <context>
        <name>CatalogScreen</name>
        <message>
            <source>Get courses</source>
            <translation>Scarica corsi</translation>
        </message>
        <message>
            <source>Only updates</source>
            <translation>Solo aggiornamenti</translation>
        </message>
        <message>
            <source>Show only courses with an update</source>
            <translation>Mostra solo i corsi con un aggiornamento</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Ricarica</translation>
        </message>
        <message>
            <source>Refresh the catalogs</source>
            <translation>Ricarica i cataloghi</translation>
        </message>
        <message>
            <source>Fetch the catalogs again (F5)</source>
            <translation>Scarica di nuovo i cataloghi (F5)</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Cataloghi</translation>
        </message>
        <message>
            <source>A catalog is a web address that lists courses, given by your library or trainer. Anyone on this computer can add or remove one; it only changes which courses are offered here. Nothing is downloaded until someone chooses Download.</source>
            <translation>Un catalogo è un indirizzo web, fornito dalla tua biblioteca o dal formatore, che elenca dei corsi. Chiunque su questo computer può aggiungerne o rimuoverne uno; cambia solo i corsi proposti qui. Non viene scaricato nulla finché qualcuno non sceglie Scarica.</translation>
        </message>
        <message>
            <source>Catalog addresses</source>
            <translation>Indirizzi dei cataloghi</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Aggiungi…</translation>
        </message>
        <message>
            <source>Add a catalog</source>
            <translation>Aggiungi un catalogo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Remove the selected catalog</source>
            <translation>Rimuovi il catalogo selezionato</translation>
        </message>
        <message>
            <source>Checking the catalogs for new courses…</source>
            <translation>Ricerca di nuovi corsi nei cataloghi…</translation>
        </message>
        <message>
            <source>No course catalog is set up yet.

A catalog is a web address, given by your library or trainer, that lists courses you can download. Choose "Add…" under Catalogs and paste the address.</source>
            <translation>Nessun catalogo di corsi ancora configurato.

Un catalogo è un indirizzo web, fornito dalla tua biblioteca o dal formatore, che elenca i corsi che puoi scaricare. Scegli "Aggiungi…" sotto Cataloghi e incolla l'indirizzo.</translation>
        </message>
        <message>
            <source>All your courses are up to date.</source>
            <translation>Tutti i tuoi corsi sono aggiornati.</translation>
        </message>
        <message>
            <source>The catalogs list no courses yet. Choose Refresh to fetch them again when you are online.</source>
            <translation>I cataloghi non elencano ancora alcun corso. Scegli Ricarica per scaricarli di nuovo quando sei online.</translation>
        </message>
        <message>
            <source>not fetched yet</source>
            <translation>non ancora scaricato</translation>
        </message>
        <message>
            <source>This course cannot be downloaded</source>
            <translation>Impossibile scaricare questo corso</translation>
        </message>
        <message>
            <source>Paste the catalog's address (it starts with https://).
Its courses will be listed here for everyone on this computer; nothing is downloaded yet.</source>
            <translation>Incolla l'indirizzo del catalogo (inizia con https://).
I suoi corsi saranno elencati qui per tutti gli utenti di questo computer; per ora non viene scaricato nulla.</translation>
        </message>
        <message>
            <source>The catalog was not added</source>
            <translation>Il catalogo non è stato aggiunto</translation>
        </message>
        <message>
            <source>This catalog is already in the list.</source>
            <translation>Questo catalogo è già nell'elenco.</translation>
        </message>
        <message>
            <source>Remove catalog</source>
            <translation>Rimuovi catalogo</translation>
        </message>
        <message>
            <source>Remove {url}?

Its courses will no longer be offered here. Courses already installed stay installed.</source>
            <translation>Rimuovere {url}?

I suoi corsi non saranno più proposti qui. I corsi già installati restano installati.</translation>
        </message>
        <message>
            <source>The catalogs could not be refreshed</source>
            <translation>Impossibile ricaricare i cataloghi</translation>
        </message>
        <message>
            <source>You seem to be offline. Showing the catalog as last seen on {date}.</source>
            <translation>Sembra che tu sia offline. Viene mostrato il catalogo come risultava il {date}.</translation>
        </message>
        <message>
            <source>You seem to be offline, and the catalogs have never been fetched. Connect to the internet and choose Refresh.</source>
            <translation>Sembra che tu sia offline e i cataloghi non sono mai stati scaricati. Connettiti a Internet e scegli Ricarica.</translation>
        </message>
        <message>
            <source>Some catalogs could not be refreshed; their last copy is shown.
{errors}</source>
            <translation>Impossibile ricaricare alcuni cataloghi; viene mostrata la loro ultima copia.
{errors}</translation>
        </message>
        <message>
            <source>“{title}” version {version} is installed. You find it in your library.</source>
            <translation>“{title}” versione {version} è installato. Lo trovi nella tua biblioteca.</translation>
        </message>
        <message>
            <source>On this network: {name}</source>
            <translation>In questa rete: {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n courses, last seen {date}</source>
            <translation>
                <numerusform>%n corso, ultimo aggiornamento: {date}</numerusform>
                <numerusform>%n corsi, ultimo aggiornamento: {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateFlow</name>
        <message>
            <source>Certificate</source>
            <translation>Attestato</translation>
        </message>
        <message>
            <source>Well done: you completed this course.</source>
            <translation>Complimenti: hai completato questo corso.</translation>
        </message>
        <message>
            <source>You get two files to keep: a signed digital record of your completion (a .json file that anyone can check) and a PDF certificate you can print or save on a USB stick.</source>
            <translation>Ricevi due file da conservare: una registrazione digitale firmata del completamento (un file .json che chiunque può verificare) e un attestato PDF che puoi stampare o salvare su una chiavetta USB.</translation>
        </message>
        <message>
            <source>Save certificate…</source>
            <translation>Salva attestato…</translation>
        </message>
        <message>
            <source>Save the certificate and the record</source>
            <translation>Salva l'attestato e la registrazione</translation>
        </message>
        <message>
            <source>Save certificate (the record .json is saved beside it)</source>
            <translation>Salva attestato (la registrazione .json viene salvata accanto)</translation>
        </message>
        <message>
            <source>PDF certificate (*.pdf)</source>
            <translation>Attestato PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Salva attestato</translation>
        </message>
        <message>
            <source>Writing your record and certificate…</source>
            <translation>Scrittura della registrazione e dell'attestato…</translation>
        </message>
    </context>
    <context>
        <name>CertificateSummary</name>
        <message>
            <source>Certificate saved</source>
            <translation>Attestato salvato</translation>
        </message>
        <message>
            <source>Preview of the certificate</source>
            <translation>Anteprima dell'attestato</translation>
        </message>
        <message>
            <source>Your certificate is saved</source>
            <translation>Il tuo attestato è stato salvato</translation>
        </message>
        <message>
            <source>Saved: {pdf} and {record}.</source>
            <translation>Salvati: {pdf} e {record}.</translation>
        </message>
        <message>
            <source>In the folder {folder}</source>
            <translation>Nella cartella {folder}</translation>
        </message>
        <message>
            <source>Anyone can check the record with:</source>
            <translation>Chiunque può verificare la registrazione con:</translation>
        </message>
        <message>
            <source>Command to check the record</source>
            <translation>Comando per verificare la registrazione</translation>
        </message>
        <message>
            <source>The signature shows the record is unaltered and was issued on this computer.</source>
            <translation>La firma dimostra che la registrazione non è stata alterata ed è stata rilasciata su questo computer.</translation>
        </message>
        <message>
            <source>This is the same record as the one issued on {date}: saving it again keeps its number.</source>
            <translation>È la stessa registrazione rilasciata il {date}: salvandola di nuovo mantiene il suo numero.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Apri cartella</translation>
        </message>
        <message>
            <source>Open the folder with the certificate</source>
            <translation>Apri la cartella con l'attestato</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Saved: {pdf} and {record}. Anyone can check the record with: {command}</source>
            <translation>Salvati: {pdf} e {record}. Chiunque può verificare la registrazione con: {command}</translation>
        </message>
    </context>
    <context>
        <name>CohortEditDialog</name>
        <message>
            <source>No courses are installed yet. Install one under "Get courses" first.</source>
            <translation>Non è ancora installato nessun corso. Installane prima uno da «Scarica corsi».</translation>
        </message>
        <message>
            <source>No learners yet. Add them on the start screen with "Add learner" first.</source>
            <translation>Non ci sono ancora partecipanti. Aggiungili prima nella schermata iniziale con «Aggiungi partecipante».</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Nuovo gruppo</translation>
        </message>
        <message>
            <source>Edit cohort</source>
            <translation>Modifica gruppo</translation>
        </message>
        <message>
            <source>e.g. Valmiera, spring 2027</source>
            <translation>es. Valmiera, primavera 2027</translation>
        </message>
        <message>
            <source>Cohort name</source>
            <translation>Nome del gruppo</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Data di inizio</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>One module a week from the start date</source>
            <translation>Un modulo a settimana dalla data di inizio</translation>
        </message>
        <message>
            <source>The course's suggested weeks</source>
            <translation>Le settimane suggerite dal corso</translation>
        </message>
        <message>
            <source>Everything open at once</source>
            <translation>Tutto aperto subito</translation>
        </message>
        <message>
            <source>Courses of the cohort; Space ticks a course</source>
            <translation>Corsi del gruppo; la barra spaziatrice seleziona un corso</translation>
        </message>
        <message>
            <source>Learners of the cohort; Space ticks a learner</source>
            <translation>Partecipanti del gruppo; la barra spaziatrice seleziona un partecipante</translation>
        </message>
        <message>
            <source>{name} (now in {cohort})</source>
            <translation>{name} (ora nel gruppo {cohort})</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Data di &amp;inizio:</translation>
        </message>
        <message>
            <source>&amp;Pace:</source>
            <translation>&amp;Ritmo:</translation>
        </message>
        <message>
            <source>&amp;Courses:</source>
            <translation>&amp;Corsi:</translation>
        </message>
        <message>
            <source>&amp;Learners:</source>
            <translation>&amp;Partecipanti:</translation>
        </message>
        <message>
            <source>A learner moved here from another cohort keeps all their progress; what they already started stays open.</source>
            <translation>Un partecipante spostato qui da un altro gruppo conserva tutti i suoi progressi; ciò che ha già iniziato resta aperto.</translation>
        </message>
        <message>
            <source>Type a name for the cohort.</source>
            <translation>Scrivi un nome per il gruppo.</translation>
        </message>
        <message>
            <source>{name} — {pc}</source>
            <translation>{name} — {pc}</translation>
        </message>
        <message>
            <source>{name} (in {cohort}, managed by the workshop PC)</source>
            <translation>{name} (in {cohort}, gestito dal PC del laboratorio)</translation>
        </message>
        <message>
            <source>Learners on other PCs</source>
            <translation>Partecipanti su altri PC</translation>
        </message>
        <message>
            <source>{name}, on the PC {pc}</source>
            <translation>{name}, sul PC {pc}</translation>
        </message>
        <message>
            <source>A learner on another PC is added with their progress so far; their PC sends the rest as they go on.</source>
            <translation>Un partecipante su un altro PC viene aggiunto con i progressi fatti finora; il suo PC invia il resto man mano che va avanti.</translation>
        </message>
    </context>
    <context>
        <name>CohortReport</name>
        <message>
            <source>Learner</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Corso</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Completati</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Quiz average</source>
            <translation>Media dei quiz</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Pre-test</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Post-test</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Guadagno</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completato</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Competenza</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profilo</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Progress of each learner</source>
            <translation>Progressi di ogni partecipante</translation>
        </message>
        <message>
            <source>Pre/post gain by skill</source>
            <translation>Guadagno tra pre-test e post-test per competenza</translation>
        </message>
        <message>
            <source>Written answers to review</source>
            <translation>Risposte scritte da rivedere</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Risposta</translation>
        </message>
        <message>
            <source>Whole cohort</source>
            <translation>Tutto il gruppo</translation>
        </message>
        <message>
            <source>one module a week</source>
            <translation>un modulo a settimana</translation>
        </message>
        <message>
            <source>the course's suggested weeks</source>
            <translation>le settimane suggerite dal corso</translation>
        </message>
        <message>
            <source>everything open at once</source>
            <translation>tutto aperto subito</translation>
        </message>
    </context>
    <context>
        <name>CohortsDialog</name>
        <message>
            <source>No learners in this cohort yet: choose "Edit…" to add them.</source>
            <translation>Questo gruppo non ha ancora partecipanti: scegli «Modifica…» per aggiungerli.</translation>
        </message>
        <message>
            <source>No courses in this cohort yet: choose "Edit…" to add them.</source>
            <translation>Questo gruppo non ha ancora corsi: scegli «Modifica…» per aggiungerli.</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Gruppi</translation>
        </message>
        <message>
            <source>New cohort…</source>
            <translation>Nuovo gruppo…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Edit the cohort</source>
            <translation>Modifica il gruppo</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>Delete the cohort</source>
            <translation>Elimina il gruppo</translation>
        </message>
        <message>
            <source>&amp;Cohorts</source>
            <translation>&amp;Gruppi</translation>
        </message>
        <message>
            <source>Progress of the cohort's learners; the selected row's learner gets the learner actions</source>
            <translation>Progressi dei partecipanti del gruppo; le azioni sul partecipante valgono per la riga selezionata</translation>
        </message>
        <message>
            <source>Pre/post gain by skill</source>
            <translation>Guadagno tra pre-test e post-test per competenza</translation>
        </message>
        <message>
            <source>Open next week for everyone</source>
            <translation>Apri la settimana successiva per tutti</translation>
        </message>
        <message>
            <source>Open next week for the learner</source>
            <translation>Apri la settimana successiva per il partecipante</translation>
        </message>
        <message>
            <source>Cohort report (PDF)…</source>
            <translation>Rapporto del gruppo (PDF)…</translation>
        </message>
        <message>
            <source>Cohort report (CSV)…</source>
            <translation>Rapporto del gruppo (CSV)…</translation>
        </message>
        <message>
            <source>Learner report (PDF)…</source>
            <translation>Rapporto del partecipante (PDF)…</translation>
        </message>
        <message>
            <source>Open the next week now for everyone in the cohort</source>
            <translation>Apri ora la settimana successiva per tutto il gruppo</translation>
        </message>
        <message>
            <source>Open the next week now for the selected learner</source>
            <translation>Apri ora la settimana successiva per il partecipante selezionato</translation>
        </message>
        <message>
            <source>Save the cohort report as PDF</source>
            <translation>Salva il rapporto del gruppo in PDF</translation>
        </message>
        <message>
            <source>Save the cohort report as CSV</source>
            <translation>Salva il rapporto del gruppo in CSV</translation>
        </message>
        <message>
            <source>Save the selected learner's report as PDF</source>
            <translation>Salva in PDF il rapporto del partecipante selezionato</translation>
        </message>
        <message>
            <source>{name}
from {date}</source>
            <translation>{name}
dal {date}</translation>
        </message>
        <message>
            <source>No cohorts yet</source>
            <translation>Ancora nessun gruppo</translation>
        </message>
        <message>
            <source>A cohort runs a group of learners through courses together, one module a week if you like. Choose "New cohort…" to make one.</source>
            <translation>Un gruppo segue i corsi insieme, se vuoi un modulo a settimana. Scegli "Nuovo gruppo…" per crearne uno.</translation>
        </message>
        <message>
            <source>next to open: week {week}</source>
            <translation>prossima ad aprirsi: settimana {week}</translation>
        </message>
        <message>
            <source>every week is open</source>
            <translation>tutte le settimane sono aperte</translation>
        </message>
        <message>
            <source>Made the cohort {name}.</source>
            <translation>Creato il gruppo {name}.</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Salvato: {name}.</translation>
        </message>
        <message>
            <source>Delete cohort</source>
            <translation>Elimina gruppo</translation>
        </message>
        <message>
            <source>Delete the cohort {name}? Its learners keep all their progress and see their courses whole again.</source>
            <translation>Eliminare il gruppo {name}? I suoi partecipanti conservano tutti i progressi e rivedono i corsi interi.</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Eliminato: {name}.</translation>
        </message>
        <message>
            <source>Every week is open already.</source>
            <translation>Tutte le settimane sono già aperte.</translation>
        </message>
        <message>
            <source>Opened week {week} for {name}.</source>
            <translation>Aperta la settimana {week} per {name}.</translation>
        </message>
        <message>
            <source>Opened week {week} for everyone.</source>
            <translation>Aperta la settimana {week} per tutti.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cohort report</source>
            <translation>Rapporto del gruppo</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Scrittura del rapporto…</translation>
        </message>
        <message>
            <source>{learner} · {cohort}</source>
            <translation>{learner} · {cohort}</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Salva il rapporto in PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cohort {name}, from {date} ({pace}). Made on {made}.</source>
            <translation>Gruppo {name}, dal {date} ({pace}). Creato il {made}.</translation>
        </message>
        <message>
            <source>BIBLIO Desktop · {title} · page</source>
            <translation>BIBLIO Desktop · {title} · pagina</translation>
        </message>
        <message>
            <source>Saved the report to {path}</source>
            <translation>Rapporto salvato in {path}</translation>
        </message>
        <message>
            <source>managed by the workshop PC {name}</source>
            <translation>gestito dal PC del laboratorio {name}</translation>
        </message>
        <message>
            <source>Managed by the workshop PC {name}: changes are made there and arrive with each delivery.</source>
            <translation>Gestito dal PC del laboratorio {name}: le modifiche si fanno lì e arrivano a ogni invio.</translation>
        </message>
        <message>
            <source>{name} — {pc}</source>
            <translation>{name} — {pc}</translation>
        </message>
        <message>
            <source>On other PCs: {learners}</source>
            <translation>Su altri PC: {learners}</translation>
        </message>
        <message numerus="yes">
            <source>{name}, from {date}, %n learners</source>
            <translation>
                <numerusform>{name}, dal {date}, %n partecipante</numerusform>
                <numerusform>{name}, dal {date}, %n partecipanti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts {date} · {pace} · %n learners</source>
            <translation>
                <numerusform>Inizia {date} · {pace} · %n partecipante</numerusform>
                <numerusform>Inizia {date} · {pace} · %n partecipanti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConversionReportDialog</name>
        <message>
            <source>Conversion report</source>
            <translation>Rapporto di conversione</translation>
        </message>
        <message>
            <source>“{title}” is ready to install</source>
            <translation>«{title}» è pronto per l'installazione</translation>
        </message>
        <message>
            <source>From {file}: {what}</source>
            <translation>Da {file}: {what}</translation>
        </message>
        <message>
            <source>What the course will contain:</source>
            <translation>Che cosa conterrà il corso:</translation>
        </message>
        <message>
            <source>Nothing was left out.</source>
            <translation>Non è stato escluso nulla.</translation>
        </message>
        <message>
            <source>Left out, and why ({count}):</source>
            <translation>Escluso e perché ({count}):</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Installa</translation>
        </message>
        <message>
            <source>Install the converted course</source>
            <translation>Installa il corso convertito</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Cancel: install nothing</source>
            <translation>Annulla: non installare nulla</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lezione</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Presentazione</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Documento PDF</translation>
        </message>
        <message>
            <source>single choice</source>
            <translation>scelta singola</translation>
        </message>
        <message>
            <source>multiple choice</source>
            <translation>scelta multipla</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>vero o falso</translation>
        </message>
        <message>
            <source>text answer</source>
            <translation>risposta testuale</translation>
        </message>
        <message>
            <source>number</source>
            <translation>numero</translation>
        </message>
        <message>
            <source>matching</source>
            <translation>abbinamento</translation>
        </message>
        <message>
            <source>ordering</source>
            <translation>ordinamento</translation>
        </message>
        <message>
            <source>fill in the blanks</source>
            <translation>completa gli spazi</translation>
        </message>
        <message>
            <source>drag the words</source>
            <translation>trascina le parole</translation>
        </message>
        <message>
            <source>mark the words</source>
            <translation>segna le parole</translation>
        </message>
        <message>
            <source>free text</source>
            <translation>testo libero</translation>
        </message>
        <message>
            <source>Modules: {n}</source>
            <translation>Moduli: {n}</translation>
        </message>
        <message>
            <source>Questions: {n}</source>
            <translation>Domande: {n}</translation>
        </message>
        <message>
            <source>Left out: {n}</source>
            <translation>Esclusi: {n}</translation>
        </message>
        <message>
            <source>Module, item or question</source>
            <translation>Modulo, elemento o domanda</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Diventa</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Da dove</translation>
        </message>
        <message>
            <source>Course contents</source>
            <translation>Contenuto del corso</translation>
        </message>
        <message>
            <source>Each module of the converted course, its items and their questions, with where each came from</source>
            <translation>Ogni modulo del corso convertito, i suoi elementi e le loro domande, con la provenienza di ciascuno</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modulo</translation>
        </message>
        <message>
            <source>{n} × {type}</source>
            <translation>{n} × {type}</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Escluso</translation>
        </message>
        <message>
            <source>Parts of the input that are not in the course, and why</source>
            <translation>Parti del materiale che non sono nel corso, e perché</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>CourseCard</name>
        <message>
            <source>{publisher} · version {version} · {languages}</source>
            <translation>{publisher} · versione {version} · {languages}</translation>
        </message>
        <message>
            <source>%p% done</source>
            <translation>%p% completato</translation>
        </message>
        <message>
            <source>Progress in {title}</source>
            <translation>Progressi in {title}</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Rivedi</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continua</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inizia</translation>
        </message>
        <message>
            <source>Open {title}</source>
            <translation>Apri {title}</translation>
        </message>
    </context>
    <context>
        <name>CourseProgressView</name>
        <message>
            <source>Overall progress</source>
            <translation>Progressi complessivi</translation>
        </message>
        <message>
            <source>%p % done</source>
            <translation>%p % completato</translation>
        </message>
        <message>
            <source>Module and item</source>
            <translation>Modulo e attività</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Completata</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Modules and items; press Enter to open an item</source>
            <translation>Moduli e attività; premi Invio per aprire un'attività</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Competenze</translation>
        </message>
        <message>
            <source>Time spent: {t}</source>
            <translation>Tempo dedicato: {t}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Completato il {date}</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In corso</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Non ancora iniziato</translation>
        </message>
        <message>
            <source>{title} (optional)</source>
            <translation>{title} (opzionale)</translation>
        </message>
        <message>
            <source>questions: {score}</source>
            <translation>domande: {score}</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Iniziato</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non iniziato</translation>
        </message>
        <message>
            <source>Press Enter or double-click to open</source>
            <translation>Premi Invio o fai doppio clic per aprire</translation>
        </message>
        <message>
            <source>This course does not list any skills.</source>
            <translation>Questo corso non indica alcuna competenza.</translation>
        </message>
        <message>
            <source>%p %</source>
            <translation>%p %</translation>
        </message>
        <message numerus="yes">
            <source>best {score}, %n attempts</source>
            <translation>
                <numerusform>miglior risultato {score}, %n tentativo</numerusform>
                <numerusform>miglior risultato {score}, %n tentativi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>If you need it sooner, ask your facilitator to open this week early.</source>
            <translation>Se ti serve prima, chiedi al tuo facilitatore di aprire questa settimana in anticipo.</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Torna alla biblioteca</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Progressi del corso</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progressi</translation>
        </message>
        <message>
            <source>Show my progress in this course</source>
            <translation>Mostra i miei progressi in questo corso</translation>
        </message>
        <message>
            <source>Course outline</source>
            <translation>Struttura del corso</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Attività precedente</translation>
        </message>
        <message>
            <source>Previous item (Alt+Left)</source>
            <translation>Attività precedente (Alt+Freccia sinistra)</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Attività successiva</translation>
        </message>
        <message>
            <source>Next item (Alt+Right)</source>
            <translation>Attività successiva (Alt+Freccia destra)</translation>
        </message>
        <message>
            <source>{title} (optional)</source>
            <translation>{title} (opzionale)</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} di {total} completate</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lezione</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Presentazione</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>done</source>
            <translation>completata</translation>
        </message>
        <message>
            <source>started</source>
            <translation>iniziata</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>non iniziata</translation>
        </message>
        <message>
            <source>about {minutes} min</source>
            <translation>circa {minutes} min</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Webinar</translation>
        </message>
        <message>
            <source>This item opens with week {week} of your group.
{opens}</source>
            <translation>Questo elemento si apre con la settimana {week} del tuo gruppo.
{opens}</translation>
        </message>
    </context>
    <context>
        <name>DownloadPanel</name>
        <message>
            <source>Downloads</source>
            <translation>Download</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Download progress of {title}</source>
            <translation>Avanzamento del download di {title}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>{action} download of {title}</source>
            <translation>{action}: download di {title}</translation>
        </message>
        <message>
            <source>{title} — version {version}</source>
            <translation>{title} — versione {version}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} di {total}</translation>
        </message>
        <message>
            <source>Waiting for the other download to finish… ({sizes})</source>
            <translation>In attesa che termini l'altro download… ({sizes})</translation>
        </message>
        <message>
            <source>{sizes} · {speed}/s · {left} left</source>
            <translation>{sizes} · {speed}/s · {left} rimanenti</translation>
        </message>
        <message>
            <source>Downloaded. Checking and installing the course…</source>
            <translation>Download completato. Verifica e installazione del corso…</translation>
        </message>
        <message>
            <source>Paused — {sizes} downloaded. Choose Resume to continue.</source>
            <translation>In pausa — {sizes} scaricati. Scegli Riprendi per continuare.</translation>
        </message>
        <message>
            <source>The download stopped: {error} Choose Resume to try again.</source>
            <translation>Il download si è interrotto: {error} Scegli Riprendi per riprovare.</translation>
        </message>
        <message>
            <source>Installed. The course is now in your library.</source>
            <translation>Installato. Il corso è ora nella tua biblioteca.</translation>
        </message>
        <message>
            <source>The server cannot be reached</source>
            <translation>Impossibile raggiungere il server</translation>
        </message>
        <message>
            <source>The server is busy</source>
            <translation>Il server è occupato</translation>
        </message>
        <message>
            <source>The server stopped sending</source>
            <translation>Il server ha smesso di inviare dati</translation>
        </message>
        <message>
            <source>The connection dropped</source>
            <translation>La connessione si è interrotta</translation>
        </message>
        <message>
            <source>{problem}; trying again…</source>
            <translation>{problem}; nuovo tentativo…</translation>
        </message>
        <message>
            <source>{problem}; trying again now…</source>
            <translation>{problem}; nuovo tentativo in corso…</translation>
        </message>
        <message>
            <source>{problem}; will retry in {seconds} s</source>
            <translation>{problem}; nuovo tentativo tra {seconds} s</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} h {m} min</translation>
        </message>
    </context>
    <context>
        <name>DragWordsControl</name>
        <message>
            <source>Words to place:</source>
            <translation>Parole da inserire:</translation>
        </message>
        <message>
            <source>Words to place</source>
            <translation>Parole da inserire</translation>
        </message>
        <message>
            <source>Pick a word (Space or Enter), then the gap it belongs in; or the gap first, then the word. Space on a filled gap puts its word back; Escape cancels. You can also drag words with the mouse.</source>
            <translation>Scegli una parola (Spazio o Invio), poi la lacuna in cui va; oppure prima la lacuna, poi la parola. Spazio su una lacuna già riempita rimette la parola tra quelle da inserire; Esc annulla. Puoi anche trascinare le parole con il mouse.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>scelta</translation>
        </message>
        <message>
            <source>Word: {word}</source>
            <translation>Parola: {word}</translation>
        </message>
        <message>
            <source>Gap {n}: {word}</source>
            <translation>Lacuna {n}: {word}</translation>
        </message>
        <message>
            <source>Gap {n}: empty</source>
            <translation>Lacuna {n}: vuota</translation>
        </message>
        <message>
            <source>Picked “{word}”: now choose its gap.</source>
            <translation>Scelta «{word}»: ora scegli la sua lacuna.</translation>
        </message>
        <message>
            <source>Gap {n} chosen: now choose its word.</source>
            <translation>Scelta la lacuna {n}: ora scegli la parola.</translation>
        </message>
        <message numerus="yes">
            <source>{placed} of %n gaps filled.</source>
            <translation>
                <numerusform>Lacune riempite: {placed} su %n.</numerusform>
                <numerusform>Lacune riempite: {placed} su %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryCard</name>
        <message>
            <source>{publisher} · version {version} · {size} · {languages}</source>
            <translation>{publisher} · versione {version} · {size} · {languages}</translation>
        </message>
        <message>
            <source>Not installed</source>
            <translation>Non installato</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installato</translation>
        </message>
        <message>
            <source>Update available (you have version {version})</source>
            <translation>Aggiornamento disponibile (hai la versione {version})</translation>
        </message>
        <message>
            <source>Installed (a newer version, {version})</source>
            <translation>Installato (una versione più recente, {version})</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Download…</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Scarica</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aggiorna</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>{action} {title}</source>
            <translation>{action} {title}</translation>
        </message>
        <message>
            <source>On this network: {name}</source>
            <translation>In questa rete: {name}</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorScreen</name>
        <message>
            <source>Learners and courses</source>
            <translation>Partecipanti e corsi</translation>
        </message>
        <message>
            <source>Filter by learner name</source>
            <translation>Filtra per nome del partecipante</translation>
        </message>
        <message>
            <source>Export table as CSV…</source>
            <translation>Esporta tabella in CSV…</translation>
        </message>
        <message>
            <source>Export table as CSV</source>
            <translation>Esporta tabella in CSV</translation>
        </message>
        <message>
            <source>Learners and courses; press Enter for details</source>
            <translation>Partecipanti e corsi; premi Invio per i dettagli</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Dettagli…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rinomina…</translation>
        </message>
        <message>
            <source>Reset PIN…</source>
            <translation>Reimposta PIN…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Rimuovi…</translation>
        </message>
        <message>
            <source>Show the learner's details</source>
            <translation>Mostra i dettagli del partecipante</translation>
        </message>
        <message>
            <source>Rename the learner</source>
            <translation>Rinomina il partecipante</translation>
        </message>
        <message>
            <source>Reset the learner's PIN</source>
            <translation>Reimposta il PIN del partecipante</translation>
        </message>
        <message>
            <source>Remove the learner</source>
            <translation>Rimuovi il partecipante</translation>
        </message>
        <message>
            <source>Review written answers…</source>
            <translation>Valuta le risposte scritte…</translation>
        </message>
        <message>
            <source>Open exports folder</source>
            <translation>Apri cartella esportazioni</translation>
        </message>
        <message>
            <source>Open the folder with exports</source>
            <translation>Apri la cartella con le esportazioni</translation>
        </message>
        <message>
            <source>Sign in as the facilitator on the start screen to see this page.</source>
            <translation>Accedi come facilitatore dalla schermata iniziale per vedere questa pagina.</translation>
        </message>
        <message>
            <source>No learners yet. Learners add their own profile on the start screen with "Add learner"; their progress will appear here.</source>
            <translation>Ancora nessun partecipante. I partecipanti creano il proprio profilo nella schermata iniziale con "Aggiungi partecipante"; i loro progressi appariranno qui.</translation>
        </message>
        <message>
            <source>No courses are installed yet. Import a course package in the library; every learner's progress will appear here.</source>
            <translation>Nessun corso ancora installato. Importa un pacchetto del corso nella biblioteca; i progressi di ogni partecipante appariranno qui.</translation>
        </message>
        <message>
            <source>Review written answers ({n})…</source>
            <translation>Valuta le risposte scritte ({n})…</translation>
        </message>
        <message>
            <source>Review written answers: {n} waiting</source>
            <translation>Valuta le risposte scritte: {n} in attesa</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Progressi (%)</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Attività completate</translation>
        </message>
        <message>
            <source>Time spent (minutes)</source>
            <translation>Tempo dedicato (minuti)</translation>
        </message>
        <message>
            <source>Last activity (UTC)</source>
            <translation>Ultima attività (UTC)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completato</translation>
        </message>
        <message>
            <source>Quiz average (%)</source>
            <translation>Media quiz (%)</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Esporta tabella</translation>
        </message>
        <message>
            <source>Writing the table…</source>
            <translation>Scrittura della tabella…</translation>
        </message>
        <message>
            <source>Saved the table to {path}</source>
            <translation>Tabella salvata in {path}</translation>
        </message>
        <message>
            <source>Rename learner</source>
            <translation>Rinomina partecipante</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nuovo nome:</translation>
        </message>
        <message>
            <source>Renamed to {name}.</source>
            <translation>Nome cambiato in {name}.</translation>
        </message>
        <message>
            <source>{name} now signs in with the new PIN.</source>
            <translation>Ora {name} accede con il nuovo PIN.</translation>
        </message>
        <message>
            <source>{name} now signs in without a PIN.</source>
            <translation>Ora {name} accede senza PIN.</translation>
        </message>
        <message>
            <source>Removed {name}. A copy of their data was saved to {path}</source>
            <translation>Profilo {name} rimosso. Una copia dei suoi dati è stata salvata in {path}</translation>
        </message>
        <message>
            <source>Cohorts…</source>
            <translation>Gruppi…</translation>
        </message>
        <message>
            <source>Cohorts and their reports</source>
            <translation>Gruppi e i loro rapporti</translation>
        </message>
        <message>
            <source>Share on this network…</source>
            <translation>Condividi in questa rete…</translation>
        </message>
        <message>
            <source>Share the courses on this network and gather the records of the room's PCs</source>
            <translation>Condividi i corsi in questa rete e raccogli le registrazioni dei PC della sala</translation>
        </message>
        <message>
            <source>Learners on other PCs (their records arrived here)</source>
            <translation>Partecipanti su altri PC (le loro registrazioni sono arrivate qui)</translation>
        </message>
        <message>
            <source>Sharing on this network (code {code})…</source>
            <translation>Condivisione in questa rete (codice {code})…</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSetupDialog</name>
        <message>
            <source>Set up the facilitator</source>
            <translation>Configura il facilitatore</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Ripeti password</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>&amp;Ripeti password:</translation>
        </message>
        <message>
            <source>The two passwords are different. Type the same one twice.</source>
            <translation>Le due password sono diverse. Digita la stessa password due volte.</translation>
        </message>
        <message numerus="yes">
            <source>The facilitator looks after this computer's learners: sees everyone's progress, exports it as a table, renames profiles, resets forgotten PINs, removes profiles, and changes the idle sign-out time and backups.

Choose a password of at least %n characters and keep it safe: it cannot be recovered.</source>
            <translation>
                <numerusform>Il facilitatore si occupa dei partecipanti di questo computer: vede i progressi di tutti, li esporta in una tabella, rinomina i profili, reimposta i PIN dimenticati, rimuove i profili e modifica il tempo di disconnessione per inattività e i backup.

Scegli una password di almeno %n carattere e conservala con cura: non può essere recuperata.</numerusform>
                <numerusform>Il facilitatore si occupa dei partecipanti di questo computer: vede i progressi di tutti, li esporta in una tabella, rinomina i profili, reimposta i PIN dimenticati, rimuove i profili e modifica il tempo di disconnessione per inattività e i backup.

Scegli una password di almeno %n caratteri e conservala con cura: non può essere recuperata.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSignInDialog</name>
        <message>
            <source>Facilitator</source>
            <translation>Facilitatore</translation>
        </message>
        <message>
            <source>Facilitator sign-in</source>
            <translation>Accesso facilitatore</translation>
        </message>
        <message>
            <source>Facilitator password:</source>
            <translation>Password del facilitatore:</translation>
        </message>
        <message>
            <source>Facilitator password</source>
            <translation>Password del facilitatore</translation>
        </message>
    </context>
    <context>
        <name>FillBlanksControl</name>
        <message>
            <source>Gap {n} of {total}</source>
            <translation>Lacuna {n} di {total}</translation>
        </message>
        <message>
            <source>Type the missing word in each gap; Tab moves to the next gap.</source>
            <translation>Scrivi la parola mancante in ogni lacuna; Tab passa alla lacuna successiva.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this lesson</source>
            <translation>Trova in questa lezione</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Risultato precedente</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Risultato successivo</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Chiudi la barra di ricerca (Esc)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Chiudi la barra di ricerca</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Trova:</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nessun risultato</translation>
        </message>
    </context>
    <context>
        <name>FreeTextControl</name>
        <message>
            <source>Your answer</source>
            <translation>La tua risposta</translation>
        </message>
        <message>
            <source>Write your answer here</source>
            <translation>Scrivi qui la tua risposta</translation>
        </message>
        <message>
            <source>This answer is not scored automatically: your facilitator reads it and may leave you a comment.</source>
            <translation>Questa risposta non riceve un punteggio automatico: il facilitatore la legge e può lasciarti un commento.</translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n characters</source>
            <translation>
                <numerusform>{count} di %n carattere</numerusform>
                <numerusform>{count} di %n caratteri</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GatheredLearnersView</name>
        <message>
            <source>PC</source>
            <translation>PC</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registrazioni</translation>
        </message>
        <message>
            <source>Completed courses</source>
            <translation>Corsi completati</translation>
        </message>
        <message>
            <source>Last record</source>
            <translation>Ultima registrazione</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Sign-out warning</source>
            <translation>Avviso di disconnessione</translation>
        </message>
        <message>
            <source>Stay signed in</source>
            <translation>Resta connesso</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has happened for a while: you will be signed out in %n seconds. Your work is saved.</source>
            <translation>
                <numerusform>Da un po' non succede nulla: verrai disconnesso tra %n secondo. Il tuo lavoro è salvato.</numerusform>
                <numerusform>Da un po' non succede nulla: verrai disconnesso tra %n secondi. Il tuo lavoro è salvato.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a workshop</source>
            <translation>Partecipa a un laboratorio</translation>
        </message>
        <message>
            <source>Type the address and the join code that the facilitator's PC shows under "Share on this network".</source>
            <translation>Digita l'indirizzo e il codice di accesso che il PC del facilitatore mostra in "Condividi in questa rete".</translation>
        </message>
        <message>
            <source>Address of the facilitator's PC</source>
            <translation>Indirizzo del PC del facilitatore</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Codice di accesso</translation>
        </message>
        <message>
            <source>This PC's name, as the facilitator sees it</source>
            <translation>Nome di questo PC, come lo vede il facilitatore</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Indirizzo:</translation>
        </message>
        <message>
            <source>Join &amp;code:</source>
            <translation>&amp;Codice di accesso:</translation>
        </message>
        <message>
            <source>This PC's &amp;name:</source>
            <translation>&amp;Nome di questo PC:</translation>
        </message>
        <message>
            <source>Check the network</source>
            <translation>Verifica la rete</translation>
        </message>
        <message>
            <source>Check the network: what stands between this PC and the facilitator's PC</source>
            <translation>Verifica la rete: cosa si frappone tra questo PC e il PC del facilitatore</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Partecipa</translation>
        </message>
        <message>
            <source>Join the workshop</source>
            <translation>Partecipa al laboratorio</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Checking the network…</source>
            <translation>Verifica della rete…</translation>
        </message>
        <message>
            <source>Type the join code the facilitator's PC shows.</source>
            <translation>Digita il codice di accesso mostrato dal PC del facilitatore.</translation>
        </message>
        <message>
            <source>Joining…</source>
            <translation>Connessione in corso…</translation>
        </message>
    </context>
    <context>
        <name>LearnerDetailDialog</name>
        <message>
            <source>Progress of {name}</source>
            <translation>Progressi di {name}</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Corso</translation>
        </message>
    </context>
    <context>
        <name>LearnerPicker</name>
        <message>
            <source>Who is learning today?</source>
            <translation>Chi studia oggi?</translation>
        </message>
        <message>
            <source>Choose your profile. Use the arrow keys and Enter, or click.</source>
            <translation>Scegli il tuo profilo. Usa i tasti freccia e Invio, oppure fai clic.</translation>
        </message>
        <message>
            <source>Nobody has a profile on this computer yet.
Profiles keep each person's progress separate: add one for everyone who learns here.</source>
            <translation>Nessuno ha ancora un profilo su questo computer.
I profili tengono separati i progressi di ciascuno: creane uno per ogni persona che studia qui.</translation>
        </message>
        <message>
            <source>Add the first learner</source>
            <translation>Aggiungi il primo partecipante</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitatore</translation>
        </message>
        <message>
            <source>Facilitator sign-in</source>
            <translation>Accesso facilitatore</translation>
        </message>
        <message>
            <source>For the person who looks after this computer's learners</source>
            <translation>Per chi si occupa dei partecipanti di questo computer</translation>
        </message>
        <message>
            <source>{name}, protected by a PIN</source>
            <translation>{name}, protetto da PIN</translation>
        </message>
        <message>
            <source>{name} (PIN)</source>
            <translation>{name} (PIN)</translation>
        </message>
        <message>
            <source>Add learner</source>
            <translation>Aggiungi partecipante</translation>
        </message>
    </context>
    <context>
    <name>LessonStructure</name>
    <message>
        <source>rows: {rows}, columns: {columns}</source>
        <translation>righe: {rows}, colonne: {columns}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>riga {row}, colonna {column}</translation>
    </message>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n elemento</numerusform>
                <numerusform>%n elementi</numerusform>
            </translation>
        </message>
</context>
<context>
        <name>LessonView</name>
        <message>
            <source>Lesson text</source>
            <translation>Testo della lezione</translation>
        </message>
        <message>
            <source>Link: {text}</source>
            <translation>Collegamento: {text}</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Segna come completata</translation>
        </message>
        <message>
            <source>Mark this lesson as done</source>
            <translation>Segna questa lezione come completata</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Indice</translation>
        </message>
        <message>
            <source>Headings of this lesson (Ctrl+Down / Ctrl+Up go to the next / previous one)</source>
            <translation>Titoli di questa lezione (Ctrl+Giù / Ctrl+Su passano al successivo / precedente)</translation>
        </message>
        <message>
            <source>Contents of this lesson</source>
            <translation>Indice di questa lezione</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+Minus)</source>
            <translation>Testo più piccolo (Ctrl+Meno)</translation>
        </message>
        <message>
            <source>Larger text (Ctrl+Plus)</source>
            <translation>Testo più grande (Ctrl+Più)</translation>
        </message>
        <message>
            <source>Find in this lesson (Ctrl+F)</source>
            <translation>Trova in questa lezione (Ctrl+F)</translation>
        </message>
        <message>
            <source>This lesson's file is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Il file di questa lezione manca o è danneggiato. Reinstalla il pacchetto del corso o chiedi al facilitatore una nuova copia.</translation>
        </message>
        <message>
            <source>Table — rows: {rows}, columns: {columns}</source>
            <translation>Tabella — righe: {rows}, colonne: {columns}</translation>
        </message>
        <message>
            <source>No next heading</source>
            <translation>Nessun titolo successivo</translation>
        </message>
        <message>
            <source>No previous heading</source>
            <translation>Nessun titolo precedente</translation>
        </message>
        <message>
            <source>This lesson has no headings</source>
            <translation>Questa lezione non ha titoli</translation>
        </message>
        <message>
            <source>Heading level {level}: {text}</source>
            <translation>Titolo di livello {level}: {text}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Completata</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Aprire una pagina web?</translation>
        </message>
        <message>
            <source>This link leads to the internet, which may not be available here:</source>
            <translation>Questo link porta a Internet, che qui potrebbe non essere disponibile:</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Apri nel browser</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message>
            <source>Your courses</source>
            <translation>I tuoi corsi</translation>
        </message>
        <message>
            <source>Import course package…</source>
            <translation>Importa pacchetto del corso…</translation>
        </message>
        <message>
            <source>Import course package</source>
            <translation>Importa pacchetto del corso</translation>
        </message>
        <message>
            <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose "Import course package…" or drag the file onto this window.

Courses from elsewhere (H5P, Moodle backups, Common Cartridge, GIFT or Moodle XML questions, EPUB, PDF) are converted first; you see what they became before anything is installed.</source>
            <translation>Nessun corso ancora installato.

Un corso è un file con estensione .biblio, ad esempio su una chiavetta USB fornita dal formatore. Scegli "Importa pacchetto del corso…" o trascina il file in questa finestra.

I corsi provenienti da altrove (H5P, backup di Moodle, Common Cartridge, domande GIFT o Moodle XML, EPUB, PDF) vengono prima convertiti; prima di installare qualsiasi cosa vedi che cosa sono diventati.</translation>
        </message>
        <message>
            <source>Tip: you can drop .biblio files here to import them, or H5P, Moodle, EPUB and PDF files to convert them.</source>
            <translation>Suggerimento: puoi trascinare qui i file .biblio per importarli, oppure file H5P, Moodle, EPUB e PDF per convertirli.</translation>
        </message>
        <message>
            <source>Last opened {date}</source>
            <translation>Ultima apertura: {date}</translation>
        </message>
        <message>
            <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose "Import course package…" or drag the file onto this window.</source>
            <translation>Nessun corso ancora installato.

Un corso è un file con estensione .biblio, ad esempio su una chiavetta USB fornita dal formatore. Scegli "Importa pacchetto del corso…" o trascina il file in questa finestra.</translation>
        </message>
        <message>
            <source>Tip: you can drop .biblio files here to import them.</source>
            <translation>Suggerimento: puoi trascinare qui i file .biblio per importarli.</translation>
        </message>
        <message>
            <source>Course packages (*.biblio)</source>
            <translation>Pacchetti di corsi (*.biblio)</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importazione</translation>
        </message>
        <message>
            <source>Checking and installing the course…</source>
            <translation>Verifica e installazione del corso…</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Già installato</translation>
        </message>
        <message>
            <source>The course package was not imported</source>
            <translation>Il pacchetto del corso non è stato importato</translation>
        </message>
        <message>
            <source>Course imported</source>
            <translation>Corso importato</translation>
        </message>
        <message>
            <source>Installed:
{names}</source>
            <translation>Corsi installati:
{names}</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Importazione annullata</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was installed.</source>
            <translation>L'importazione è stata annullata; non è stato installato nulla.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>I miei progressi</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitatore</translation>
        </message>
        <message>
            <source>Get courses</source>
            <translation>Scarica corsi</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>Utente connesso</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Cambia partecipante</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Altre azioni</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>You were signed out after a period without activity; your work was saved.</source>
            <translation>Sessione chiusa dopo un periodo di inattività; il tuo lavoro è stato salvato.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup ripristinato</translation>
        </message>
        <message>
            <source>The library was restored from {name}. The previous library was kept as {kept}.</source>
            <translation>La biblioteca è stata ripristinata da {name}. La biblioteca precedente è stata conservata come {kept}.</translation>
        </message>
    </context>
    <context>
        <name>MarkWordsControl</name>
        <message>
            <source>Word {n} of {total}</source>
            <translation>Parola {n} di {total}</translation>
        </message>
        <message>
            <source>Tab to the text, move from word to word with the arrow keys and mark or unmark a word with Space; or click the words.</source>
            <translation>Con Tab vai al testo, passa da una parola all'altra con le frecce e segna o togli il segno con Spazio; oppure fai clic sulle parole.</translation>
        </message>
        <message>
            <source>Words marked: {n}</source>
            <translation>Parole segnate: {n}</translation>
        </message>
    </context>
    <context>
        <name>MatchingControl</name>
        <message>
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <source>Match for: {left}</source>
            <translation>Corrispondenza per: {left}</translation>
        </message>
    </context>
    <context>
        <name>NetworkBox</name>
        <message>
            <source>On this network</source>
            <translation>In questa rete</translation>
        </message>
        <message>
            <source>In a workshop, the facilitator's PC shares its courses with the PCs in the room. Join it with the code it shows: its courses are listed here, and your records go to it by themselves.</source>
            <translation>In un laboratorio, il PC del facilitatore condivide i suoi corsi con i PC della sala. Collegati con il codice che mostra: i suoi corsi sono elencati qui e le tue registrazioni gli arrivano da sole.</translation>
        </message>
        <message>
            <source>Workshops found on this network</source>
            <translation>Laboratori trovati in questa rete</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Cerca di nuovo</translation>
        </message>
        <message>
            <source>Look for workshops on this network</source>
            <translation>Cerca laboratori in questa rete</translation>
        </message>
        <message>
            <source>Join…</source>
            <translation>Partecipa…</translation>
        </message>
        <message>
            <source>Join a workshop with its address and code</source>
            <translation>Partecipa a un laboratorio con indirizzo e codice</translation>
        </message>
        <message>
            <source>Check network</source>
            <translation>Verifica rete</translation>
        </message>
        <message>
            <source>Check the network to the workshop PC</source>
            <translation>Verifica la rete verso il PC del laboratorio</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>Leave the workshop</source>
            <translation>Esci dal laboratorio</translation>
        </message>
        <message>
            <source>Joined to {name} ({address})</source>
            <translation>Collegato a {name} ({address})</translation>
        </message>
        <message>
            <source>Your records go to this PC by themselves.</source>
            <translation>Le tue registrazioni arrivano a questo PC da sole.</translation>
        </message>
        <message>
            <source>Looking for workshops…</source>
            <translation>Ricerca di laboratori…</translation>
        </message>
        <message>
            <source>Choose a workshop and Join…, or type its address.</source>
            <translation>Scegli un laboratorio e Partecipa…, oppure digita il suo indirizzo.</translation>
        </message>
        <message>
            <source>No workshop was found. Networks often block the search (guest Wi-Fi, firewalls): type the address and code with Join….</source>
            <translation>Nessun laboratorio trovato. Le reti spesso bloccano la ricerca (Wi-Fi ospiti, firewall): digita indirizzo e codice con Partecipa….</translation>
        </message>
        <message>
            <source>Not joined to a workshop.</source>
            <translation>Non collegato a un laboratorio.</translation>
        </message>
        <message>
            <source>Joined to {name}. Its courses are listed under Get courses, marked “On this network”.</source>
            <translation>Collegato a {name}. I suoi corsi sono elencati in Scarica corsi, con l'indicazione “In questa rete”.</translation>
        </message>
        <message>
            <source>Checking the network…</source>
            <translation>Verifica della rete…</translation>
        </message>
        <message>
            <source>Left the workshop {name}. Records already sent stay there; new ones wait on this PC.</source>
            <translation>Uscito dal laboratorio {name}. Le registrazioni già inviate restano lì; le nuove attendono su questo PC.</translation>
        </message>
    </context>
    <context>
        <name>NetworkCheck</name>
        <message>
            <source>Unsigned course</source>
            <translation>Corso non firmato</translation>
        </message>
        <message>
            <source>“{title}” from the workshop PC {peer} is not signed by its publisher.</source>
            <translation>“{title}” dal PC del laboratorio {peer} non è firmato dal suo editore.</translation>
        </message>
        <message>
            <source>Nothing proves who made it or that it was not changed on the way: the PC it comes from, or anyone on this network, could have altered it. Install it only if you trust the facilitator's PC and this network.</source>
            <translation>Nulla prova chi l'ha creato né che non sia stato modificato lungo il percorso: il PC da cui proviene, o chiunque in questa rete, potrebbe averlo alterato. Installalo solo se ti fidi del PC del facilitatore e di questa rete.</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>Installa comunque</translation>
        </message>
        <message>
            <source>Install the unsigned course anyway</source>
            <translation>Installa comunque il corso non firmato</translation>
        </message>
        <message>
            <source>This PC is not connected to any network.</source>
            <translation>Questo PC non è connesso a nessuna rete.</translation>
        </message>
        <message>
            <source>connect the cable or Wi-Fi and try again</source>
            <translation>collega il cavo o il Wi-Fi e riprova</translation>
        </message>
        <message>
            <source>The address {host} cannot be found on this network.</source>
            <translation>L'indirizzo {host} non si trova in questa rete.</translation>
        </message>
        <message>
            <source>type the address as numbers, as the facilitator's PC shows it</source>
            <translation>digita l'indirizzo in cifre, come lo mostra il PC del facilitatore</translation>
        </message>
        <message>
            <source>The PC at {host} does not answer: it is off, on another network (guest Wi-Fi is often kept apart), or a firewall drops the connection.</source>
            <translation>Il PC all'indirizzo {host} non risponde: è spento, su un'altra rete (il Wi-Fi ospiti è spesso separato) oppure un firewall blocca la connessione.</translation>
        </message>
        <message>
            <source>check that both PCs are on the same network and that port {port} is allowed on the facilitator's PC</source>
            <translation>verifica che entrambi i PC siano sulla stessa rete e che la porta {port} sia consentita sul PC del facilitatore</translation>
        </message>
        <message>
            <source>The PC at {host} is there, but nothing listens on port {port}: the facilitator is not sharing, or a firewall on that PC refuses the port.</source>
            <translation>Il PC all'indirizzo {host} c'è, ma nulla è in ascolto sulla porta {port}: il facilitatore non sta condividendo, oppure un firewall su quel PC rifiuta la porta.</translation>
        </message>
        <message>
            <source>ask the facilitator to start sharing (and to allow port {port} in the firewall)</source>
            <translation>chiedi al facilitatore di avviare la condivisione (e di consentire la porta {port} nel firewall)</translation>
        </message>
        <message>
            <source>Port {port} of {host} answers, but it is not a BIBLIO workshop (another program uses it).</source>
            <translation>La porta {port} di {host} risponde, ma non è un laboratorio BIBLIO (la usa un altro programma).</translation>
        </message>
        <message>
            <source>check the address and port on the facilitator's PC</source>
            <translation>controlla indirizzo e porta sul PC del facilitatore</translation>
        </message>
        <message>
            <source>The join code is wrong.</source>
            <translation>Il codice di accesso è sbagliato.</translation>
        </message>
        <message>
            <source>type the code shown on the facilitator's PC (letters and digits; case does not matter)</source>
            <translation>digita il codice mostrato sul PC del facilitatore (lettere e cifre; maiuscole o minuscole non contano)</translation>
        </message>
        <message>
            <source>Too many wrong codes: wait a little before trying again.</source>
            <translation>Troppi codici sbagliati: attendi un po' prima di riprovare.</translation>
        </message>
        <message>
            <source>check the code on the facilitator's PC meanwhile</source>
            <translation>nel frattempo controlla il codice sul PC del facilitatore</translation>
        </message>
        <message>
            <source>This PC is locked out after too many wrong codes.</source>
            <translation>Questo PC è bloccato dopo troppi codici sbagliati.</translation>
        </message>
        <message>
            <source>ask the facilitator to stop and start sharing again (a new code)</source>
            <translation>chiedi al facilitatore di interrompere e riavviare la condivisione (un nuovo codice)</translation>
        </message>
        <message>
            <source>Everything works: the workshop at {host} can be reached.</source>
            <translation>Tutto funziona: il laboratorio all'indirizzo {host} è raggiungibile.</translation>
        </message>
        <message>
            <source>join it with the code shown on the facilitator's PC</source>
            <translation>collegati con il codice mostrato sul PC del facilitatore</translation>
        </message>
        <message>
            <source>What to do: {hint}.</source>
            <translation>Cosa fare: {hint}.</translation>
        </message>
        <message>
            <source>Everything works: the workshop at {host} accepts this code.</source>
            <translation>Tutto funziona: il laboratorio all'indirizzo {host} accetta questo codice.</translation>
        </message>
        <message>
            <source>choose Join</source>
            <translation>scegli Partecipa</translation>
        </message>
        <message>
            <source>The workshop PC's catalog sends this course to another address ({url}), not to the workshop PC; it was not downloaded.</source>
            <translation>Il catalogo del PC del laboratorio indirizza questo corso a un altro indirizzo ({url}), non al PC del laboratorio; non è stato scaricato.</translation>
        </message>
        <message>
            <source>This course cannot be downloaded</source>
            <translation>Questo corso non può essere scaricato</translation>
        </message>
    </context>
    <context>
        <name>NumericControl</name>
        <message>
            <source>Type a number</source>
            <translation>Digita un numero</translation>
        </message>
        <message>
            <source>Digits only; for decimals use a comma or a point, e.g. {example}.</source>
            <translation>Solo cifre; per i decimali usa la virgola o il punto, ad es. {example}.</translation>
        </message>
        <message>
            <source>"{text}" is not a number. Type digits, e.g. 12 or 2,5.</source>
            <translation>"{text}" non è un numero. Digita delle cifre, ad es. 12 o 2,5.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening the library…</source>
            <translation>Apertura della biblioteca…</translation>
        </message>
        <message>
            <source>Opening the library</source>
            <translation>Apertura della biblioteca</translation>
        </message>
    </context>
    <context>
        <name>OrderingControl</name>
        <message>
            <source>Steps in your order</source>
            <translation>Passaggi nel tuo ordine</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Su</translation>
        </message>
        <message>
            <source>Move the selected step up</source>
            <translation>Sposta su il passaggio selezionato</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Sposta su (Ctrl+Freccia su)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Giù</translation>
        </message>
        <message>
            <source>Move the selected step down</source>
            <translation>Sposta giù il passaggio selezionato</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Sposta giù (Ctrl+Freccia giù)</translation>
        </message>
        <message>
            <source>Drag the steps, or select one and use Up/Down (Ctrl+Up/Ctrl+Down), until the first step is at the top.</source>
            <translation>Trascina i passaggi, oppure selezionane uno e usa Su/Giù (Ctrl+Freccia su/Ctrl+Freccia giù), finché il primo passaggio non è in cima.</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <source>Learner</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Corso</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progressi</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Ultima attività</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completato</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Share of required items done</source>
            <translation>Quota di attività obbligatorie completate</translation>
        </message>
        <message>
            <source>Required items done / required items</source>
            <translation>Attività obbligatorie completate / attività obbligatorie</translation>
        </message>
        <message>
            <source>Time spent in the course</source>
            <translation>Tempo dedicato al corso</translation>
        </message>
        <message>
            <source>Last time an item was opened</source>
            <translation>Ultima volta in cui è stata aperta un'attività</translation>
        </message>
        <message>
            <source>Date the course was completed</source>
            <translation>Data di completamento del corso</translation>
        </message>
        <message>
            <source>Average of the best score of each quiz taken</source>
            <translation>Media del miglior punteggio di ogni quiz svolto</translation>
        </message>
        <message>
            <source>{done} / {required}</source>
            <translation>{done} / {required}</translation>
        </message>
    </context>
    <context>
        <name>PackageImporter</name>
        <message>
            <source>Courses and course material ({patterns})</source>
            <translation>Corsi e materiale didattico ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>Checking and installing the course…</source>
            <translation>Verifica e installazione del corso…</translation>
        </message>
        <message>
            <source>Reading and converting the course material…</source>
            <translation>Lettura e conversione del materiale del corso…</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importazione</translation>
        </message>
        <message>
            <source>The material was not converted</source>
            <translation>Il materiale non è stato convertito</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Importazione annullata</translation>
        </message>
        <message>
            <source>Nothing was installed.</source>
            <translation>Non è stato installato nulla.</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Già installato</translation>
        </message>
        <message>
            <source>The course package was not imported</source>
            <translation>Il pacchetto del corso non è stato importato</translation>
        </message>
        <message>
            <source>Course imported</source>
            <translation>Corso importato</translation>
        </message>
        <message>
            <source>Installed:
{names}</source>
            <translation>Corsi installati:
{names}</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was installed.</source>
            <translation>L'importazione è stata annullata; non è stato installato nulla.</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <source>Show this page as text, for screen readers, a text cursor or copying (Ctrl+T)</source>
            <translation>Mostra questa pagina come testo, per i lettori di schermo, un cursore di testo o per copiarla (Ctrl+T)</translation>
        </message>
        <message>
            <source>Show this page as text</source>
            <translation>Mostra questa pagina come testo</translation>
        </message>
        <message>
            <source>This page has no text to read: it may be a scanned picture.</source>
            <translation>Questa pagina non ha testo da leggere: potrebbe essere un'immagine scansionata.</translation>
        </message>
        <message>
            <source>Text of page {n} of {total}</source>
            <translation>Testo della pagina {n} di {total}</translation>
        </message>
        <message>
            <source>PDF page</source>
            <translation>Pagina del PDF</translation>
        </message>
        <message>
            <source>Contents of this PDF</source>
            <translation>Indice di questo PDF</translation>
        </message>
        <message>
            <source>Pages of this PDF</source>
            <translation>Pagine di questo PDF</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Indice</translation>
        </message>
        <message>
            <source>Show or hide the contents (or the pages) of this PDF</source>
            <translation>Mostra o nascondi l'indice (o le pagine) di questo PDF</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Collegamenti</translation>
        </message>
        <message>
            <source>Links on this page</source>
            <translation>Collegamenti in questa pagina</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Pagina precedente (Pag su)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Pagina successiva (Pag giù)</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Numero di pagina</translation>
        </message>
        <message>
            <source>&amp;Page</source>
            <translation>&amp;Pagina</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+Minus)</source>
            <translation>Riduci (Ctrl+meno)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+Plus)</source>
            <translation>Ingrandisci (Ctrl+più)</translation>
        </message>
        <message>
            <source>Fit the page to the width (Ctrl+0)</source>
            <translation>Adatta la pagina alla larghezza (Ctrl+0)</translation>
        </message>
        <message>
            <source>Find in this PDF (Ctrl+F)</source>
            <translation>Trova in questo PDF (Ctrl+F)</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <translation>Segna come letto</translation>
        </message>
        <message>
            <source>Mark this PDF as read</source>
            <translation>Segna questo PDF come letto</translation>
        </message>
        <message>
            <source>Find in this PDF</source>
            <translation>Trova in questo PDF</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Risultato precedente (Maiusc+Invio)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Risultato successivo (Invio)</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Chiudi la barra di ricerca (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Trova:</translation>
        </message>
        <message>
            <source>Opening the PDF…</source>
            <translation>Apertura del PDF…</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>Pagina {n}</translation>
        </message>
        <message>
            <source>of {total}</source>
            <translation>di {total}</translation>
        </message>
        <message>
            <source>The PDF file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Il file PDF manca. Reinstalla il pacchetto del corso o chiedi una nuova copia al tuo facilitatore.</translation>
        </message>
        <message>
            <source>This PDF is damaged or is not a PDF, so it cannot be shown. Ask your facilitator for a new copy of the course.</source>
            <translation>Questo PDF è danneggiato o non è un PDF, quindi non può essere mostrato. Chiedi al tuo facilitatore una nuova copia del corso.</translation>
        </message>
        <message>
            <source>This PDF is protected by a password, so it cannot be shown. Ask your facilitator for a copy without one.</source>
            <translation>Questo PDF è protetto da password, quindi non può essere mostrato. Chiedi al tuo facilitatore una copia senza password.</translation>
        </message>
        <message>
            <source>This PDF has no pages.</source>
            <translation>Questo PDF non ha pagine.</translation>
        </message>
        <message>
            <source>This PDF takes too long to open, so it is not shown; it may be damaged. Ask your facilitator for a new copy of the course.</source>
            <translation>L'apertura di questo PDF richiede troppo tempo, quindi non viene mostrato; potrebbe essere danneggiato. Chiedi al tuo facilitatore una nuova copia del corso.</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Pagina {n} di {total}</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Letto</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>Vai alla pagina {n}</translation>
        </message>
        <message>
            <source>This page has no links</source>
            <translation>Questa pagina non ha collegamenti</translation>
        </message>
        <message>
            <source>This link cannot be opened from the app.</source>
            <translation>Questo collegamento non può essere aperto dall'app.</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Nessun risultato</translation>
        </message>
        <message>
            <source>Matches: {count}</source>
            <translation>Risultati: {count}</translation>
        </message>
        <message>
            <source>Match {n} of {total}, page {page}</source>
            <translation>Risultato {n} di {total}, pagina {page}</translation>
        </message>
        <message numerus="yes">
            <source>This PDF has %n pages, more than the {limit} the app opens, so it is not shown. Ask your facilitator for a shorter document.</source>
            <translation>
                <numerusform>Questo PDF ha %n pagina, più delle {limit} che l'app apre, quindi non viene mostrato. Chiedi al tuo facilitatore un documento più breve.</numerusform>
                <numerusform>Questo PDF ha %n pagine, più delle {limit} che l'app apre, quindi non viene mostrato. Chiedi al tuo facilitatore un documento più breve.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>PIN for {name}:</source>
            <translation>PIN per {name}:</translation>
        </message>
        <message>
            <source>PIN for {name}</source>
            <translation>PIN per {name}</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <source>Your progress</source>
            <translation>I tuoi progressi</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Corso</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Corso:</translation>
        </message>
        <message>
            <source>Get certificate</source>
            <translation>Ottieni attestato</translation>
        </message>
        <message>
            <source>Available when the course is complete</source>
            <translation>Disponibile quando il corso è completato</translation>
        </message>
        <message>
            <source>Sign in on the start screen to see your progress.</source>
            <translation>Accedi dalla schermata iniziale per vedere i tuoi progressi.</translation>
        </message>
        <message>
            <source>No courses are installed yet. Go to the library and import a course package (.biblio) to start learning.</source>
            <translation>Nessun corso ancora installato. Vai alla biblioteca e importa un pacchetto del corso (.biblio) per iniziare a studiare.</translation>
        </message>
        <message>
            <source>This course's progress cannot be shown.</source>
            <translation>Non è possibile mostrare i progressi di questo corso.</translation>
        </message>
        <message>
            <source>Save your certificate for this course</source>
            <translation>Salva l'attestato di questo corso</translation>
        </message>
        <message>
            <source>Available when every required item of the course is done</source>
            <translation>Disponibile quando tutte le attività obbligatorie del corso sono completate</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <source>Answer to: {prompt}</source>
            <translation>Risposta a: {prompt}</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>Verifica la risposta</translation>
        </message>
        <message>
            <source>Check and save the answer</source>
            <translation>Verifica e salva la risposta</translation>
        </message>
        <message>
            <source>Answer saved for your facilitator</source>
            <translation>Risposta salvata per il facilitatore</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Corretta</translation>
        </message>
        <message>
            <source>Partly correct ({score})</source>
            <translation>Parzialmente corretta ({score})</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Errata</translation>
        </message>
        <message>
            <source>Explanation: {text}</source>
            <translation>Spiegazione: {text}</translation>
        </message>
    </context>
    <context>
        <name>QuestionNavigator</name>
        <message>
            <source>answered</source>
            <translation>con risposta</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>senza risposta</translation>
        </message>
        <message>
            <source>{state}, current</source>
            <translation>{state}, corrente</translation>
        </message>
        <message>
            <source>Question {n}, {state}</source>
            <translation>Domanda {n}, {state}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPanel</name>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non salvato: {reason}</translation>
        </message>
        <message>
            <source>Answer the question first.</source>
            <translation>Prima rispondi alla domanda.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvataggio…</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Start</source>
            <translation>Inizia</translation>
        </message>
        <message>
            <source>See your last result</source>
            <translation>Vedi l'ultimo risultato</translation>
        </message>
        <message>
            <source>See the result of your last attempt</source>
            <translation>Vedi il risultato dell'ultimo tentativo</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Stato del salvataggio</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Domanda precedente</translation>
        </message>
        <message>
            <source>Previous question (Page Up)</source>
            <translation>Domanda precedente (PgSu)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Avanti</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Domanda successiva</translation>
        </message>
        <message>
            <source>Next question (Page Down)</source>
            <translation>Domanda successiva (PgGiù)</translation>
        </message>
        <message>
            <source>Submit answers</source>
            <translation>Invia risposte</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Try the quiz again</source>
            <translation>Riprova il quiz</translation>
        </message>
        <message>
            <source>This quiz cannot be shown</source>
            <translation>Impossibile mostrare questo quiz</translation>
        </message>
        <message>
            <source>Sign in as a learner to take this quiz.</source>
            <translation>Accedi come partecipante per svolgere questo quiz.</translation>
        </message>
        <message>
            <source>Attempts used: {used} of {max}</source>
            <translation>Tentativi usati: {used} di {max}</translation>
        </message>
        <message>
            <source>Attempts used: {used} (no limit)</source>
            <translation>Tentativi usati: {used} (nessun limite)</translation>
        </message>
        <message>
            <source>Best score so far: {score}</source>
            <translation>Miglior punteggio finora: {score}</translation>
        </message>
        <message>
            <source>No score yet.</source>
            <translation>Ancora nessun punteggio.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
        <message>
            <source>Resume the quiz</source>
            <translation>Riprendi il quiz</translation>
        </message>
        <message>
            <source>Start the quiz</source>
            <translation>Inizia il quiz</translation>
        </message>
        <message>
            <source>Answer one question at a time; every answer is saved at once, so you can stop and come back later.</source>
            <translation>Rispondi a una domanda alla volta; ogni risposta viene salvata subito, così puoi interrompere e riprendere più tardi.</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>Domanda {n} di {total}</translation>
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation>Risposta alla domanda {n}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non salvato: {reason}</translation>
        </message>
        <message>
            <source>Not saved: an empty answer cannot replace your earlier one.</source>
            <translation>Non salvato: una risposta vuota non può sostituire quella precedente.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvataggio…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Salvato</translation>
        </message>
        <message>
            <source>Result: {title}</source>
            <translation>Risultato: {title}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Superato</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>Non ancora superato</translation>
        </message>
        <message>
            <source>Your score: {score} (pass mark {mark})</source>
            <translation>Il tuo punteggio: {score} (punteggio minimo {mark})</translation>
        </message>
        <message>
            <source>To pass, answer every question that asks you to write your own answer.</source>
            <translation>Per superare il quiz, rispondi a ogni domanda che ti chiede di scrivere una risposta tua.</translation>
        </message>
        <message>
            <source>You can try again; a new attempt may ask different questions.</source>
            <translation>Puoi riprovare; un nuovo tentativo potrebbe contenere domande diverse.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Senza risposta</translation>
        </message>
        <message>
            <source>Answer saved for your facilitator</source>
            <translation>Risposta salvata per il facilitatore</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Corretta</translation>
        </message>
        <message>
            <source>Partly correct ({score})</source>
            <translation>Parzialmente corretta ({score})</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Errata</translation>
        </message>
        <message>
            <source>Your answer: {answer}</source>
            <translation>La tua risposta: {answer}</translation>
        </message>
        <message>
            <source>Explanation: {text}</source>
            <translation>Spiegazione: {text}</translation>
        </message>
        <message>
            <source>Your facilitator's review ({date}): {score}</source>
            <translation>Valutazione del facilitatore ({date}): {score}</translation>
        </message>
        <message>
            <source>Comment: {text}</source>
            <translation>Commento: {text}</translation>
        </message>
        <message>
            <source>Not reviewed yet.</source>
            <translation>Non ancora valutata.</translation>
        </message>
        <message>
            <source>Question {n}: {verdict}</source>
            <translation>Domanda {n}: {verdict}</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Vero</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
        <message numerus="yes">
            <source>%n questions · pass mark {mark}</source>
            <translation>
                <numerusform>%n domanda · punteggio minimo {mark}</numerusform>
                <numerusform>%n domande · punteggio minimo {mark}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions are not answered yet. Submit anyway?</source>
            <translation>
                <numerusform>%n domanda è ancora senza risposta. Inviare comunque?</numerusform>
                <numerusform>%n domande sono ancora senza risposta. Inviare comunque?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts. Your best result: {score}.</source>
            <translation>
                <numerusform>Hai usato l'unico tentativo. Il tuo miglior risultato: {score}.</numerusform>
                <numerusform>Hai usato tutti i %n tentativi. Il tuo miglior risultato: {score}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts for this quiz.</source>
            <translation>
                <numerusform>Hai usato l'unico tentativo per questo quiz.</numerusform>
                <numerusform>Hai usato tutti i %n tentativi per questo quiz.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have an unfinished attempt: {done} of %n questions answered. Your answers are saved.</source>
            <translation>
                <numerusform>Hai un tentativo non concluso: risposte date {done} su %n. Le tue risposte sono salvate.</numerusform>
                <numerusform>Hai un tentativo non concluso: risposte date {done} su %n. Le tue risposte sono salvate.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RemoveLearnerDialog</name>
        <message>
            <source>Remove {name}</source>
            <translation>Rimuovi {name}</translation>
        </message>
        <message>
            <source>This removes the profile {name} and all of its progress, quiz answers and completions. It cannot be undone.

A copy of everything is saved first as a file in {folder}.

Type the name to confirm:</source>
            <translation>Questa operazione rimuove il profilo {name} con tutti i suoi progressi, le risposte ai quiz e i completamenti. Non può essere annullata.

Prima viene salvata una copia di tutto in un file nella cartella {folder}.

Digita il nome per confermare:</translation>
        </message>
        <message>
            <source>Type the learner's name to confirm</source>
            <translation>Digita il nome del partecipante per confermare</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
    </context>
    <context>
        <name>ResetPinDialog</name>
        <message>
            <source>Reset PIN of {name}</source>
            <translation>Reimposta il PIN di {name}</translation>
        </message>
        <message>
            <source>Type a new PIN twice, or leave both empty to remove the PIN. This also ends any wait after wrong PINs.</source>
            <translation>Digita due volte un nuovo PIN, oppure lascia vuoti entrambi i campi per rimuovere il PIN. Così termina anche l'eventuale attesa dopo PIN errati.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nuovo PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Ripeti nuovo PIN</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;Nuovo PIN:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Ripeti PIN:</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same PIN twice.</source>
            <translation>I due PIN sono diversi. Digita lo stesso PIN due volte.</translation>
        </message>
    </context>
    <context>
        <name>ReviewAnswersDialog</name>
        <message>
            <source>Review written answers</source>
            <translation>Valutazione delle risposte scritte</translation>
        </message>
        <message>
            <source>Show the answers of</source>
            <translation>Partecipante di cui mostrare le risposte</translation>
        </message>
        <message>
            <source>Show the answers in</source>
            <translation>Corso di cui mostrare le risposte</translation>
        </message>
        <message>
            <source>Also show reviewed answers</source>
            <translation>Mostra anche le risposte già valutate</translation>
        </message>
        <message>
            <source>Learner:</source>
            <translation>Partecipante:</translation>
        </message>
        <message>
            <source>Course:</source>
            <translation>Corso:</translation>
        </message>
        <message>
            <source>Written answers</source>
            <translation>Risposte scritte</translation>
        </message>
        <message>
            <source>The learner's answer</source>
            <translation>La risposta del partecipante</translation>
        </message>
        <message>
            <source>Score, in percent</source>
            <translation>Punteggio, in percentuale</translation>
        </message>
        <message>
            <source>What the learner will read with the score</source>
            <translation>Ciò che il partecipante leggerà insieme al punteggio</translation>
        </message>
        <message>
            <source>Comment for the learner</source>
            <translation>Commento per il partecipante</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Segna come valutata</translation>
        </message>
        <message>
            <source>Save the score and the comment (Ctrl+Enter)</source>
            <translation>Salva il punteggio e il commento (Ctrl+Invio)</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Punteggio:</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Commento:</translation>
        </message>
        <message>
            <source>All learners ({n})</source>
            <translation>Tutti i partecipanti ({n})</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>All courses ({n})</source>
            <translation>Tutti i corsi ({n})</translation>
        </message>
        <message>
            <source> · reviewed</source>
            <translation> · valutata</translation>
        </message>
        <message>
            <source>{name} · {quiz} · {date}{done}
{answer}</source>
            <translation>{name} · {quiz} · {date}{done}
{answer}</translation>
        </message>
        <message>
            <source>No written answers are waiting for review.</source>
            <translation>Nessuna risposta scritta è in attesa di valutazione.</translation>
        </message>
        <message>
            <source>No written answers here yet.</source>
            <translation>Ancora nessuna risposta scritta qui.</translation>
        </message>
        <message>
            <source>{name}, {course}</source>
            <translation>{name}, {course}</translation>
        </message>
        <message>
            <source>Reviewed on {date}: {score}. Saving again replaces the review.</source>
            <translation>Valutata il {date}: {score}. Salvando di nuovo, la valutazione viene sostituita.</translation>
        </message>
        <message>
            <source>Submitted on {date}, attempt {n}.</source>
            <translation>Inviata il {date}, tentativo {n}.</translation>
        </message>
        <message>
            <source>Saved the review of {name}'s answer.</source>
            <translation>Valutazione della risposta di {name} salvata.</translation>
        </message>
        <message numerus="yes">
            <source>The comment is too long: at most %n characters.</source>
            <translation>
                <numerusform>Il commento è troppo lungo: al massimo %n carattere.</numerusform>
                <numerusform>Il commento è troppo lungo: al massimo %n caratteri.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecretPromptDialog</name>
        <message>
            <source>Type the PIN first.</source>
            <translation>Digita prima il PIN.</translation>
        </message>
        <message>
            <source>Type the password first.</source>
            <translation>Digita prima la password.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Ora puoi riprovare.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>PIN errato. Ancora %n tentativo prima di una breve attesa.</numerusform>
                <numerusform>PIN errato. Ancora %n tentativi prima di una breve attesa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That password is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>Password errata. Ancora %n tentativo prima di una breve attesa.</numerusform>
                <numerusform>Password errata. Ancora %n tentativi prima di una breve attesa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>Troppi PIN errati. Riprova tra %n secondo.</numerusform>
                <numerusform>Troppi PIN errati. Riprova tra %n secondi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n seconds.</source>
            <translation>
                <numerusform>Troppe password errate. Riprova tra %n secondo.</numerusform>
                <numerusform>Troppe password errate. Riprova tra %n secondi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Lingua dell'app</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Text size in points</source>
            <translation>Dimensione del testo in punti</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Tema colori</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Chiaro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Scuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contrasto elevato</translation>
        </message>
        <message>
            <source>Display (for everyone on this computer)</source>
            <translation>Visualizzazione (per tutti gli utenti di questo computer)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Dimensione testo:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sign out after this many idle minutes</source>
            <translation>Disconnetti dopo questo numero di minuti di inattività</translation>
        </message>
        <message>
            <source>e.g. Riga Central Library</source>
            <translation>ad es. Biblioteca centrale di Riga</translation>
        </message>
        <message>
            <source>Name of this library on certificates</source>
            <translation>Nome di questa biblioteca sui certificati</translation>
        </message>
        <message>
            <source>Shown as the issuer on certificates and signed records made on this computer from now on.</source>
            <translation>D'ora in poi compare come emittente sui certificati e sui record firmati creati su questo computer.</translation>
        </message>
        <message>
            <source>e.g. https://www.rcb.lv</source>
            <translation>ad es. https://www.rcb.lv</translation>
        </message>
        <message>
            <source>Web address of the library's home page</source>
            <translation>Indirizzo web della pagina principale della biblioteca</translation>
        </message>
        <message>
            <source>Identifies the learners of this computer in the learning records sent to a learning record store (LRS). Set it before the first records are sent: after a change, the LRS sees the same learners as new ones. Empty: a built-in address.</source>
            <translation>Identifica i partecipanti di questo computer nelle registrazioni di apprendimento inviate a un Learning Record Store (LRS). Impostalo prima di inviare le prime registrazioni: dopo una modifica, l'LRS vede gli stessi partecipanti come nuovi. Vuoto: un indirizzo predefinito.</translation>
        </message>
        <message>
            <source>Enter the address of the library's home page, starting with https:// or http://, without a user name or a # part.</source>
            <translation>Inserisci l'indirizzo della pagina principale della biblioteca, che inizi con https:// o http://, senza nome utente né parte #.</translation>
        </message>
        <message>
            <source>Shared computer</source>
            <translation>Computer condiviso</translation>
        </message>
        <message>
            <source>Sign out after &amp;idle time:</source>
            <translation>Disconnessione per &amp;inattività dopo:</translation>
        </message>
        <message>
            <source>&amp;Library name on certificates:</source>
            <translation>Nome della &amp;biblioteca sui certificati:</translation>
        </message>
        <message>
            <source>Library &amp;website:</source>
            <translation>&amp;Sito web della biblioteca:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Cartella dei dati</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Apri cartella</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Apri la cartella dei dati</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Backup, dal più recente</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Esegui backup ora</translation>
        </message>
        <message>
            <source>Back up the library now</source>
            <translation>Esegui ora il backup della biblioteca</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Ripristina…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Ripristina il backup selezionato</translation>
        </message>
        <message>
            <source>Data folder and backups</source>
            <translation>Cartella dei dati e backup</translation>
        </message>
        <message>
            <source>Courses, progress and backups are kept in:</source>
            <translation>Corsi, progressi e backup sono conservati in:</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Informazioni</translation>
        </message>
        <message>
            <source>{app} {version}
Offline courses for librarians, made for the BIBLIO programme (Boosting Digital Skills and Competences for Librarians in Europe). Works without an internet connection; your progress stays on this computer.</source>
            <translation>{app} {version}
Corsi offline per bibliotecari, realizzati per il programma BIBLIO (Boosting Digital Skills and Competences for Librarians in Europe). Funziona senza connessione Internet; i tuoi progressi restano su questo computer.</translation>
        </message>
        <message>
            <source>No backups yet. Press "Back up now".</source>
            <translation>Ancora nessun backup. Premi "Esegui backup ora".</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>Su richiesta</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Giornaliero</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Prima di un'importazione</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Prima di un aggiornamento</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Prima di un ripristino</translation>
        </message>
        <message>
            <source>You are signed in as the facilitator.</source>
            <translation>Hai effettuato l'accesso come facilitatore.</translation>
        </message>
        <message>
            <source>Only the facilitator can change the idle time, the library name and website, and restore backups. Sign in as the facilitator from the start screen.</source>
            <translation>Solo il facilitatore può cambiare il tempo di inattività, il nome e il sito web della biblioteca e ripristinare i backup. Accedi come facilitatore dalla schermata iniziale.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Backing up the library…</source>
            <translation>Backup della biblioteca in corso…</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Backup salvato in {path}</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Ripristina backup</translation>
        </message>
        <message>
            <source>Restore the library as it was on {when}?</source>
            <translation>Ripristinare la biblioteca allo stato del {when}?</translation>
        </message>
        <message>
            <source>Progress saved after that moment will be replaced by the backup's. A copy of the current library is kept first. The app closes and reopens its library; everyone is signed out.</source>
            <translation>I progressi salvati dopo quel momento saranno sostituiti da quelli del backup. Prima viene conservata una copia della biblioteca attuale. L'app chiude e riapre la biblioteca; tutti gli utenti vengono disconnessi.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Ripristina</translation>
        </message>
    </context>
    <context>
        <name>SharePanel</name>
        <message>
            <source>Share on this network</source>
            <translation>Condividi in questa rete</translation>
        </message>
        <message>
            <source>This PC shares its installed courses with the PCs in this room and gathers their records. On each learner PC: Get courses → On this network → Join…, with the address and the join code shown here.</source>
            <translation>Questo PC condivide i corsi installati con i PC della sala e ne raccoglie le registrazioni. Su ogni PC dei partecipanti: Scarica corsi → In questa rete → Partecipa…, con l'indirizzo e il codice di accesso mostrati qui.</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Avvia la condivisione</translation>
        </message>
        <message>
            <source>Start sharing this PC's courses on this network</source>
            <translation>Avvia la condivisione dei corsi di questo PC in questa rete</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Interrompi la condivisione</translation>
        </message>
        <message>
            <source>Stop sharing on this network</source>
            <translation>Interrompi la condivisione in questa rete</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Codice di accesso</translation>
        </message>
        <message>
            <source>PCs that joined</source>
            <translation>PC collegati</translation>
        </message>
        <message>
            <source>PC</source>
            <translation>PC</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Indirizzo</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Ultimo contatto</translation>
        </message>
        <message>
            <source>Downloading now</source>
            <translation>Sta scaricando</translation>
        </message>
        <message>
            <source>Remove this PC…</source>
            <translation>Rimuovi questo PC…</translation>
        </message>
        <message>
            <source>Remove the selected PC from the workshop</source>
            <translation>Rimuovi il PC selezionato dal laboratorio</translation>
        </message>
        <message>
            <source>Learners whose records arrived</source>
            <translation>Partecipanti di cui sono arrivate le registrazioni</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Sharing could not start: {error}</source>
            <translation>Impossibile avviare la condivisione: {error}</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Avvio…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arresto…</translation>
        </message>
        <message>
            <source>Not sharing. Nothing on this PC can be reached from the network until you start sharing.</source>
            <translation>Nessuna condivisione. Finché non avvii la condivisione, nulla su questo PC è raggiungibile dalla rete.</translation>
        </message>
        <message>
            <source>Sharing as {name}. Learner PCs can join now.</source>
            <translation>Condivisione come {name}. I PC dei partecipanti possono collegarsi ora.</translation>
        </message>
        <message>
            <source>Join code, letter by letter: {code}</source>
            <translation>Codice di accesso, lettera per lettera: {code}</translation>
        </message>
        <message>
            <source>Address: {addresses}</source>
            <translation>Indirizzo: {addresses}</translation>
        </message>
        <message>
            <source>QR code of the address {address}</source>
            <translation>Codice QR dell'indirizzo {address}</translation>
        </message>
        <message>
            <source>Not shared: {names} (import their .biblio file again to share them).</source>
            <translation>Non condivisi: {names} (importa di nuovo il loro file .biblio per condividerli).</translation>
        </message>
        <message>
            <source>Remove this PC</source>
            <translation>Rimuovi questo PC</translation>
        </message>
        <message>
            <source>Remove {name} from the workshop? It can no longer download courses or send records here (what it sent stays). It can join again with the join code.</source>
            <translation>Rimuovere {name} dal laboratorio? Non potrà più scaricare corsi né inviare registrazioni qui (ciò che ha inviato resta). Potrà ricollegarsi con il codice di accesso.</translation>
        </message>
        <message numerus="yes">
            <source>Shares %n courses.</source>
            <translation>
                <numerusform>Condivide %n corso.</numerusform>
                <numerusform>Condivide %n corsi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlidesView</name>
        <message>
            <source>Slide</source>
            <translation>Diapositiva</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>Diapositiva precedente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Avanti</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Diapositiva successiva</translation>
        </message>
        <message>
            <source>Slides shown</source>
            <translation>Diapositive visualizzate</translation>
        </message>
        <message>
            <source>Slide {n} of {total}</source>
            <translation>Diapositiva {n} di {total}</translation>
        </message>
        <message>
            <source>The questions of these slides cannot be shown: {reason}</source>
            <translation>Le domande di queste diapositive non possono essere mostrate: {reason}</translation>
        </message>
        <message>
            <source>Question on this slide</source>
            <translation>Domanda su questa diapositiva</translation>
        </message>
        <message>
            <source>Question {n} of {total} on this slide</source>
            <translation>Domanda {n} di {total} su questa diapositiva</translation>
        </message>
        <message>
            <source>This slide deck is empty or its file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Questa presentazione è vuota o il suo file manca. Reinstalla il pacchetto del corso o chiedi al facilitatore una nuova copia.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions</source>
            <translation>
                <numerusform>%n domanda</numerusform>
                <numerusform>%n domande</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncBar</name>
        <message>
            <source>Sync now</source>
            <translation>Sincronizza ora</translation>
        </message>
        <message>
            <source>Send waiting records to the Learning Record Store now</source>
            <translation>Invia ora le registrazioni in attesa al Learning Record Store</translation>
        </message>
        <message>
            <source>Export new records to USB…</source>
            <translation>Esporta nuove registrazioni su USB…</translation>
        </message>
        <message>
            <source>Export the waiting records to a folder or USB stick</source>
            <translation>Esporta le registrazioni in attesa in una cartella o su una chiavetta USB</translation>
        </message>
        <message>
            <source>No Learning Record Store is set up yet. Enter its address, user name and password in Settings, under "Sending records".</source>
            <translation>Nessun Learning Record Store ancora configurato. Inserisci indirizzo, nome utente e password in Impostazioni, sotto "Invio delle registrazioni".</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizzazione</translation>
        </message>
        <message>
            <source>Sending records to the Learning Record Store…</source>
            <translation>Invio delle registrazioni al Learning Record Store…</translation>
        </message>
        <message>
            <source>Sync cancelled. What was sent stays sent; the rest stays queued.</source>
            <translation>Sincronizzazione annullata. Ciò che è stato inviato resta inviato; il resto rimane in coda.</translation>
        </message>
        <message>
            <source>Nothing is waiting to be sent, so there is nothing to export.</source>
            <translation>Non c'è nulla in attesa di invio, quindi non c'è nulla da esportare.</translation>
        </message>
        <message>
            <source>Export new records to a USB stick or folder</source>
            <translation>Esporta nuove registrazioni su una chiavetta USB o in una cartella</translation>
        </message>
        <message>
            <source>Export new records</source>
            <translation>Esporta nuove registrazioni</translation>
        </message>
        <message>
            <source>Writing the waiting records…</source>
            <translation>Scrittura delle registrazioni in attesa…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Esportazione annullata; non è stato scritto nulla.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n statements to {folder}. On a computer with internet, send them with: biblio-desktop sync --from "{folder}"</source>
            <translation>
                <numerusform>Scritto %n statement in {folder}. Su un computer con Internet, invialo con: biblio-desktop sync --from "{folder}"</numerusform>
                <numerusform>Scritti %n statement in {folder}. Su un computer con Internet, inviali con: biblio-desktop sync --from "{folder}"</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Address of the Learning Record Store</source>
            <translation>Indirizzo del Learning Record Store</translation>
        </message>
        <message>
            <source>User name for the Learning Record Store</source>
            <translation>Nome utente per il Learning Record Store</translation>
        </message>
        <message>
            <source>Password for the Learning Record Store</source>
            <translation>Password per il Learning Record Store</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Save the Learning Record Store settings</source>
            <translation>Salva le impostazioni del Learning Record Store</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verifica connessione</translation>
        </message>
        <message>
            <source>Test the connection to the Learning Record Store</source>
            <translation>Verifica la connessione al Learning Record Store</translation>
        </message>
        <message>
            <source>Completed courses and quiz results are sent to your organisation's Learning Record Store (xAPI) when there is a connection; until then they wait on this computer.</source>
            <translation>I corsi completati e i risultati dei quiz vengono inviati al Learning Record Store (xAPI) della tua organizzazione quando c'è una connessione; fino ad allora restano in attesa su questo computer.</translation>
        </message>
        <message>
            <source>Sending records</source>
            <translation>Invio delle registrazioni</translation>
        </message>
        <message>
            <source>LRS &amp;address:</source>
            <translation>&amp;Indirizzo LRS:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nome utente:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Public key (did:key) of this computer</source>
            <translation>Chiave pubblica (did:key) di questo computer</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <source>Copy the public key</source>
            <translation>Copia la chiave pubblica</translation>
        </message>
        <message>
            <source>Fingerprint of the key</source>
            <translation>Impronta della chiave</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Esporta chiave pubblica…</translation>
        </message>
        <message>
            <source>Export the public key as a trusted-keys file</source>
            <translation>Esporta la chiave pubblica come file di chiavi attendibili</translation>
        </message>
        <message>
            <source>Certificates from this computer are signed with this key. Give the exported public key to whoever checks them; compare the fingerprint over the phone.</source>
            <translation>Gli attestati di questo computer sono firmati con questa chiave. Consegna la chiave pubblica esportata a chi li verifica; confrontate l'impronta per telefono.</translation>
        </message>
        <message>
            <source>Signing key of this computer</source>
            <translation>Chiave di firma di questo computer</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Chiave:</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Impronta:</translation>
        </message>
        <message>
            <source>saved; type a new one to change it</source>
            <translation>salvata; digitane una nuova per cambiarla</translation>
        </message>
        <message>
            <source>None yet: it is made when the first certificate is saved, or when you export the public key.</source>
            <translation>Ancora nessuna: viene creata quando si salva il primo attestato o quando esporti la chiave pubblica.</translation>
        </message>
        <message>
            <source>Only the facilitator can change where records are sent. Sign in as the facilitator from the start screen.</source>
            <translation>Solo il facilitatore può modificare la destinazione delle registrazioni. Accedi come facilitatore dalla schermata iniziale.</translation>
        </message>
        <message>
            <source>Enter the address of the Learning Record Store and the user name.</source>
            <translation>Inserisci l'indirizzo del Learning Record Store e il nome utente.</translation>
        </message>
        <message>
            <source>Enter the password too.</source>
            <translation>Inserisci anche la password.</translation>
        </message>
        <message>
            <source>Saved. "Sync now" on the facilitator page sends the waiting records.</source>
            <translation>Salvato. "Sincronizza ora" nella pagina del facilitatore invia le registrazioni in attesa.</translation>
        </message>
        <message>
            <source>Asking the Learning Record Store…</source>
            <translation>Richiesta al Learning Record Store…</translation>
        </message>
        <message>
            <source>Connected: the Learning Record Store (xAPI {versions}) accepted the user name and password.</source>
            <translation>Connesso: il Learning Record Store (xAPI {versions}) ha accettato nome utente e password.</translation>
        </message>
        <message>
            <source>The Learning Record Store could not be reached. Check the address and the network.</source>
            <translation>Impossibile raggiungere il Learning Record Store. Controlla l'indirizzo e la rete.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Esporta chiave pubblica</translation>
        </message>
        <message>
            <source>Trusted-keys files (*.json)</source>
            <translation>File di chiavi attendibili (*.json)</translation>
        </message>
        <message>
            <source>Writing the public key…</source>
            <translation>Scrittura della chiave pubblica…</translation>
        </message>
        <message>
            <source>Wrote the public key to {path}. Check records with: biblio-desktop verify record.json --trusted-keys "{name}"</source>
            <translation>Chiave pubblica scritta in {path}. Verifica le registrazioni con: biblio-desktop verify record.json --trusted-keys "{name}"</translation>
        </message>
    </context>
    <context>
        <name>TextControl</name>
        <message>
            <source>Your answer</source>
            <translation>La tua risposta</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>Digita la tua risposta</translation>
        </message>
    </context>
    <context>
        <name>ThisWeek</name>
        <message>
            <source>Locked</source>
            <translation>Bloccato</translation>
        </message>
        <message>
            <source>Opens on {date}</source>
            <translation>Si apre il {date}</translation>
        </message>
        <message>
            <source>Week {week} of {weeks}: everything is open.</source>
            <translation>Settimana {week} di {weeks}: è tutto aperto.</translation>
        </message>
        <message>
            <source>This week (week {week} of {weeks}): {modules}.</source>
            <translation>Questa settimana (settimana {week} di {weeks}): {modules}.</translation>
        </message>
        <message>
            <source>Next: {modules}, opens on {date}.</source>
            <translation>Prossimo: {modules}, si apre il {date}.</translation>
        </message>
        <message>
            <source>The computer's clock says {clock}, which looks wrong, so the course is paced as on {day}. Ask the library staff to set the date and time.</source>
            <translation>L'orologio del computer indica {clock}, che sembra sbagliato, quindi il corso procede come il {day}. Chiedi al personale della biblioteca di impostare data e ora.</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>Move learner to another PC…</source>
            <translation>Sposta il partecipante su un altro PC…</translation>
        </message>
        <message>
            <source>Move the selected learner to another PC: save their transfer file</source>
            <translation>Sposta il partecipante selezionato su un altro PC: salva il suo file di trasferimento</translation>
        </message>
        <message>
            <source>Bring a learner from another PC…</source>
            <translation>Porta un partecipante da un altro PC…</translation>
        </message>
        <message>
            <source>Bring a learner from another PC: open their transfer file</source>
            <translation>Porta un partecipante da un altro PC: apri il suo file di trasferimento</translation>
        </message>
        <message>
            <source>Save the learner transfer file</source>
            <translation>Salva il file di trasferimento del partecipante</translation>
        </message>
        <message>
            <source>Learner transfer files ({pattern})</source>
            <translation>File di trasferimento dei partecipanti ({pattern})</translation>
        </message>
        <message>
            <source>Move learner</source>
            <translation>Sposta partecipante</translation>
        </message>
        <message>
            <source>Writing the transfer file of {name}…</source>
            <translation>Scrittura del file di trasferimento di {name}…</translation>
        </message>
        <message>
            <source>The transfer file was not written</source>
            <translation>Il file di trasferimento non è stato scritto</translation>
        </message>
        <message>
            <source>Open a learner transfer file</source>
            <translation>Apri un file di trasferimento del partecipante</translation>
        </message>
        <message>
            <source>Bring a learner</source>
            <translation>Porta un partecipante</translation>
        </message>
        <message>
            <source>Checking and merging {file}…</source>
            <translation>Verifica e unione di {file}…</translation>
        </message>
        <message>
            <source>The transfer file was refused</source>
            <translation>Il file di trasferimento è stato rifiutato</translation>
        </message>
        <message>
            <source>Added {name} from {signer}: {progress}, {attempts}, {courses}. They sign in with the same PIN.</source>
            <translation>Aggiunto {name} da {signer}: {progress}, {attempts}, {courses}. Accede con lo stesso PIN.</translation>
        </message>
        <message>
            <source>Merged into {name} (file from {signer}): {completions}, {attempts}, {progress}; completions already here are kept.</source>
            <translation>Unito a {name} (file da {signer}): {completions}, {attempts}, {progress}; i completamenti già presenti qui restano.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Annullato; nulla è stato modificato.</translation>
        </message>
        <message>
            <source>Hand over to the workshop PC</source>
            <translation>Consegna al PC del laboratorio</translation>
        </message>
        <message>
            <source>Hand the selected learner over to the workshop PC, for another PC of the room</source>
            <translation>Consegna il partecipante selezionato al PC del laboratorio, per un altro PC della sala</translation>
        </message>
        <message>
            <source>Bring a learner from the workshop PC…</source>
            <translation>Porta un partecipante dal PC del laboratorio…</translation>
        </message>
        <message>
            <source>Bring a learner from the workshop PC: choose one of the learners waiting there</source>
            <translation>Porta un partecipante dal PC del laboratorio: scegli uno degli partecipanti che aspettano lì</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Consegna</translation>
        </message>
        <message>
            <source>Sending {name} to the workshop PC…</source>
            <translation>Invio di {name} al PC del laboratorio…</translation>
        </message>
        <message>
            <source>The learner was not handed over</source>
            <translation>Il partecipante non è stato consegnato</translation>
        </message>
        <message>
            <source>Handed {name} over to {workshop}. On the PC they use next: Facilitator → Bring a learner from the workshop PC….</source>
            <translation>{name} consegnato a {workshop}. Sul PC che userà la prossima volta: Facilitatore → Porta un partecipante dal PC del laboratorio….</translation>
        </message>
        <message>
            <source>Asking the workshop PC who is waiting…</source>
            <translation>Chiedo al PC del laboratorio chi sta aspettando…</translation>
        </message>
        <message>
            <source>The waiting learners could not be listed</source>
            <translation>Non è stato possibile elencare gli partecipanti in attesa</translation>
        </message>
        <message>
            <source>Bringing the learner from the workshop PC…</source>
            <translation>Trasferimento delil partecipante dal PC del laboratorio…</translation>
        </message>
        <message>
            <source>The learner was not brought</source>
            <translation>Il partecipante non è stato portato</translation>
        </message>
        <message numerus="yes">
            <source>Saved the transfer file of {name} (%n quiz attempts) to {path}. On the other PC: Facilitator → Bring a learner from another PC…. The file holds the learner's PIN hash: keep it like their own data.</source>
            <translation>
                <numerusform>File di trasferimento di {name} (%n tentativo di quiz) salvato in {path}. Sull'altro PC: Facilitatore → Porta un partecipante da un altro PC…. Il file contiene l'hash del PIN del partecipante: custodiscilo come i suoi dati personali.</numerusform>
                <numerusform>File di trasferimento di {name} (%n tentativi di quiz) salvato in {path}. Sull'altro PC: Facilitatore → Porta un partecipante da un altro PC…. Il file contiene l'hash del PIN del partecipante: custodiscilo come i suoi dati personali.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress</source>
            <translation>
                <numerusform>%n elemento di avanzamento</numerusform>
                <numerusform>%n elementi di avanzamento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts</source>
            <translation>
                <numerusform>%n tentativo di quiz</numerusform>
                <numerusform>%n tentativi di quiz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed courses</source>
            <translation>
                <numerusform>%n corso completato</numerusform>
                <numerusform>%n corsi completati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completions added</source>
            <translation>
                <numerusform>%n completamento aggiunto</numerusform>
                <numerusform>%n completamenti aggiunti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts added</source>
            <translation>
                <numerusform>%n tentativo di quiz aggiunto</numerusform>
                <numerusform>%n tentativi di quiz aggiunti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress merged</source>
            <translation>
                <numerusform>%n elemento di avanzamento unito</numerusform>
                <numerusform>%n elementi di avanzamento uniti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrueFalseControl</name>
        <message>
            <source>True</source>
            <translation>Vero</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
    </context>
    <context>
        <name>VideoQuestionsBox</name>
        <message>
            <source>Continue</source>
            <translation>Continua</translation>
        </message>
        <message>
            <source>Continue the video</source>
            <translation>Continua il video</translation>
        </message>
        <message>
            <source>&amp;Questions in this video:</source>
            <translation>&amp;Domande in questo video:</translation>
        </message>
        <message>
            <source>Questions in this video</source>
            <translation>Domande in questo video</translation>
        </message>
        <message>
            <source>Press Enter to go to the question</source>
            <translation>Premi Invio per andare alla domanda</translation>
        </message>
        <message>
            <source>Question at {time}</source>
            <translation>Domanda a {time}</translation>
        </message>
        <message>
            <source>Question {n} of {total} at {time}</source>
            <translation>Domanda {n} di {total} a {time}</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Risposta data</translation>
        </message>
        <message>
            <source>Asked now</source>
            <translation>Chiesta ora</translation>
        </message>
        <message>
            <source>Skipped, not answered</source>
            <translation>Saltata, senza risposta</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>In arrivo</translation>
        </message>
        <message>
            <source>Questions you skipped: {n}. Choose one in the list and press Enter to answer it.</source>
            <translation>Domande saltate: {n}. Scegline una nell'elenco e premi Invio per rispondere.</translation>
        </message>
    </context>
    <context>
        <name>VideoView</name>
        <message>
            <source>Subtitles</source>
            <translation>Sottotitoli</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Riproduci (Spazio)</translation>
        </message>
        <message>
            <source>Position in the video</source>
            <translation>Posizione nel video</translation>
        </message>
        <message>
            <source>Subtitles on or off</source>
            <translation>Attiva o disattiva i sottotitoli</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Velocità di riproduzione</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Full screen (F)</source>
            <translation>Schermo intero (F)</translation>
        </message>
        <message>
            <source>Sp&amp;eed:</source>
            <translation>&amp;Velocità:</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>This video cannot be played on this computer.</source>
            <translation>Impossibile riprodurre questo video su questo computer.</translation>
        </message>
        <message>
            <source>Press Play to start the video.</source>
            <translation>Premi Riproduci per avviare il video.</translation>
        </message>
        <message>
            <source>Videos cannot be played on this computer: the multimedia part of the app is missing. Ask your facilitator to reinstall BIBLIO Desktop.</source>
            <translation>Impossibile riprodurre video su questo computer: manca il componente multimediale dell'app. Chiedi al facilitatore di reinstallare BIBLIO Desktop.</translation>
        </message>
        <message>
            <source>The video file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Il file video manca. Reinstalla il pacchetto del corso o chiedi al facilitatore una nuova copia.</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pausa (Spazio)</translation>
        </message>
    </context>
    <context>
        <name>WaitingLearnersDialog</name>
        <message>
            <source>Bring a learner from the workshop PC</source>
            <translation>Porta un partecipante dal PC del laboratorio</translation>
        </message>
        <message>
            <source>Learners handed over to {workshop} by the room's PCs, and its own learners. The one you choose is added here (or merged with their profile here) with the same PIN; completions are kept.</source>
            <translation>Partecipanti consegnati a {workshop} dai PC della sala, e i suoi partecipanti. Quello che scegli viene aggiunto qui (o unito al suo profilo qui) con lo stesso PIN; i completamenti restano.</translation>
        </message>
        <message>
            <source>Learners waiting on the workshop PC</source>
            <translation>Partecipanti in attesa sul PC del laboratorio</translation>
        </message>
        <message>
            <source>Choose a learner with the arrow keys and press Enter to bring them to this PC</source>
            <translation>Scegli un partecipante con i tasti freccia e premi Invio per portarlo su questo PC</translation>
        </message>
        <message>
            <source>{name} — from {pc}</source>
            <translation>{name} — da {pc}</translation>
        </message>
        <message>
            <source>No learner is waiting on the workshop PC. On the PC the learner used: Facilitator → Hand over to the workshop PC.</source>
            <translation>Nessun partecipante è in attesa sul PC del laboratorio. Sul PC che il partecipante ha usato: Facilitatore → Consegna al PC del laboratorio.</translation>
        </message>
        <message>
            <source>Bring this learner</source>
            <translation>Porta questo partecipante</translation>
        </message>
        <message>
            <source>Bring the chosen learner to this PC</source>
            <translation>Porta il partecipante scelto su questo PC</translation>
        </message>
    </context>
    <context>
        <name>WebinarView</name>
        <message>
            <source>About this webinar</source>
            <translation>Informazioni su questo webinar</translation>
        </message>
        <message>
            <source>This webinar's description is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>La descrizione di questo webinar manca o è danneggiata. Reinstalla il pacchetto del corso o chiedi al facilitatore una nuova copia.</translation>
        </message>
        <message>
            <source>Open the slides</source>
            <translation>Apri le slide</translation>
        </message>
        <message>
            <source>Open the webinar's slides</source>
            <translation>Apri le slide del webinar</translation>
        </message>
        <message>
            <source>Chapters; Enter plays from the chapter</source>
            <translation>Capitoli; Invio riproduce dal capitolo</translation>
        </message>
        <message>
            <source>Search the transcript</source>
            <translation>Cerca nella trascrizione</translation>
        </message>
        <message>
            <source>Transcript; Enter plays from the line</source>
            <translation>Trascrizione; Invio riproduce da quella riga</translation>
        </message>
        <message>
            <source>&amp;Chapters</source>
            <translation>&amp;Capitoli</translation>
        </message>
        <message>
            <source>&amp;Transcript</source>
            <translation>&amp;Trascrizione</translation>
        </message>
        <message>
            <source>Join the webinar…</source>
            <translation>Partecipa al webinar…</translation>
        </message>
        <message>
            <source>I took part</source>
            <translation>Ho partecipato</translation>
        </message>
        <message>
            <source>Mark the live webinar as attended</source>
            <translation>Segna il webinar dal vivo come seguito</translation>
        </message>
        <message>
            <source>Speakers: {names}</source>
            <translation>Relatori: {names}</translation>
        </message>
        <message>
            <source>This live webinar took place on {when}. Its recording will come with a course update.</source>
            <translation>Questo webinar dal vivo si è svolto il {when}. La registrazione arriverà con un aggiornamento del corso.</translation>
        </message>
        <message>
            <source>Live webinar on {when} (your computer's time zone). Join it from here when it starts; you need an internet connection.</source>
            <translation>Webinar dal vivo il {when} (fuso orario del tuo computer). Partecipa da qui quando inizia; serve una connessione a internet.</translation>
        </message>
        <message>
            <source>Join the live webinar in the browser</source>
            <translation>Partecipa al webinar dal vivo nel browser</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Aprire una pagina web?</translation>
        </message>
        <message>
            <source>This link leads to the internet, which may not be available here:</source>
            <translation>Questo link porta a Internet, che qui potrebbe non essere disponibile:</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Apri nel browser</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Message</source>
            <translation>Messaggio</translation>
        </message>
    </context>
    <context>
        <name>_PassageControl</name>
        <message>
            <source>Text of the question</source>
            <translation>Testo della domanda</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Retry</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Use another folder…</source>
            <translation>Usa un&apos;altra cartella…</translation>
        </message>
        <message>
            <source>Choose the folder for the library</source>
            <translation>Scegli la cartella per la biblioteca</translation>
        </message>
        <message>
            <source>The data folder is not there</source>
            <translation>La cartella dei dati non c&apos;è</translation>
        </message>
        <message>
            <source>Look for the data folder again, after plugging in the stick</source>
            <translation>Cerca di nuovo la cartella dei dati, dopo aver inserito la chiavetta</translation>
        </message>
        <message>
            <source>Choose another folder for the library; a folder without a library starts a new, empty one</source>
            <translation>Scegli un&apos;altra cartella per la biblioteca; in una cartella senza biblioteca ne viene creata una nuova, vuota</translation>
        </message>
        <message>
            <source>Close BIBLIO Desktop</source>
            <translation>Chiudi BIBLIO Desktop</translation>
        </message>
        <message>
            <source>The data folder {folder} is not there: the USB stick or drive it is on ({drive}) is not plugged in.

Plug it in and choose Retry.

BIBLIO Desktop has not made a new, empty library in its place: your learners&apos; progress is kept in the folder on the stick.</source>
            <translation>La cartella dei dati {folder} non c&apos;è: la chiavetta USB o l&apos;unità su cui si trova ({drive}) non è collegata.

Collegala e scegli Riprova.

BIBLIO Desktop non ha creato al suo posto una nuova biblioteca vuota: i progressi dei partecipanti sono conservati nella cartella sulla chiavetta.</translation>
        </message>
        <message>
            <source>The data folder {folder} held the library on this computer before, but it is not there now (a USB stick or network drive not plugged in?).

Plug it in and choose Retry.

BIBLIO Desktop has not made a new, empty library in its place.</source>
            <translation>La cartella dei dati {folder} conteneva la biblioteca su questo computer, ma ora non c&apos;è (una chiavetta USB o un&apos;unità di rete non collegata?).

Collegala e scegli Riprova.

BIBLIO Desktop non ha creato al suo posto una nuova biblioteca vuota.</translation>
        </message>
        <message>
            <source>The library database is damaged ({problem}).

Restore the newest good backup, made {date}? Work done after that backup will be missing; the damaged file is kept in the backups folder.</source>
            <translation>Il database della biblioteca è danneggiato ({problem}).

Ripristinare il backup valido più recente, creato il {date}? Il lavoro svolto dopo quel backup andrà perso; il file danneggiato viene conservato nella cartella dei backup.</translation>
        </message>
        <message>
            <source>BIBLIO Desktop was last opened on this data folder on the computer {host} (since {since}), and that computer has not been heard from for {minutes} min: it probably crashed, lost its network connection or went to sleep.

If BIBLIO Desktop is no longer open there, take the folder over. If it is still open there, quit and close it there first: two computers using the same library at once can damage it.</source>
            <translation>BIBLIO Desktop è stato aperto l'ultima volta su questa cartella dati sul computer {host} (dal {since}), e quel computer non dà segni di vita da {minutes} min: probabilmente si è bloccato, ha perso la connessione di rete o è andato in sospensione.

Se BIBLIO Desktop non è più aperto lì, prendi il controllo della cartella. Se è ancora aperto lì, esci e chiudilo prima su quel computer: due computer che usano contemporaneamente la stessa biblioteca possono danneggiarla.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Prendi il controllo</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>Making sure BIBLIO Desktop is no longer running on {host}…</source>
            <translation>Verifica che BIBLIO Desktop non sia più in esecuzione su {host}…</translation>
        </message>
        <message>
            <source>The computer {host} has taken over this data folder, because this computer seemed to have stopped (asleep or disconnected from the network).

To keep the library undamaged, this window closes now. Work saved before the take-over is kept; open BIBLIO Desktop again once it is closed on {host}.</source>
            <translation>Il computer {host} ha preso il controllo di questa cartella dati, perché questo computer sembrava fermo (in sospensione o scollegato dalla rete).

Per non danneggiare la biblioteca, questa finestra ora si chiude. Il lavoro salvato prima del passaggio è conservato; riapri BIBLIO Desktop quando sarà chiuso su {host}.</translation>
        </message>
    </context>
    <context>
        <name>certificate</name>
        <message>
            <source>Community Engagement and Communication Officer</source>
            <translation>Responsabile del coinvolgimento della comunità e della comunicazione</translation>
        </message>
        <message>
            <source>Digital Transformation Facilitator</source>
            <translation>Facilitatore della trasformazione digitale</translation>
        </message>
        <message>
            <source>The BIBLIO programme — run by ten organisations from Belgium, Bulgaria, Greece, Italy and Latvia — builds 38 digital and transversal skills for librarians.</source>
            <translation>Il programma BIBLIO, realizzato da dieci organizzazioni di Belgio, Bulgaria, Grecia, Italia e Lettonia, sviluppa 38 competenze digitali e trasversali per bibliotecari.</translation>
        </message>
        <message>
            <source>The digital signature proves that this record is unaltered and was issued by this BIBLIO Desktop installation. It does not prove who sat at the keyboard.</source>
            <translation>La firma digitale dimostra che questa registrazione non è stata alterata ed è stata rilasciata da questa installazione di BIBLIO Desktop. Non dimostra chi sedeva alla tastiera.</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Attestato di completamento</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>ha completato il corso</translation>
        </message>
        <message>
            <source>Version {v}</source>
            <translation>Versione {v}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Completato il {date}</translation>
        </message>
        <message>
            <source>Skills achieved</source>
            <translation>Competenze acquisite</translation>
        </message>
        <message>
            <source>Quiz scores</source>
            <translation>Punteggi dei quiz</translation>
        </message>
        <message>
            <source>Course score: {p}</source>
            <translation>Punteggio del corso: {p}</translation>
        </message>
        <message>
            <source>Time spent learning: {t}</source>
            <translation>Tempo dedicato allo studio: {t}</translation>
        </message>
        <message>
            <source>Issued by: {name}</source>
            <translation>Rilasciato da: {name}</translation>
        </message>
        <message>
            <source>Key fingerprint: {fp}</source>
            <translation>Impronta della chiave: {fp}</translation>
        </message>
        <message>
            <source>Record: {id}</source>
            <translation>Registrazione: {id}</translation>
        </message>
        <message>
            <source>Issued on {date}</source>
            <translation>Rilasciato il {date}</translation>
        </message>
        <message>
            <source>The QR code holds the record id and the SHA-256 checksum of the record file.</source>
            <translation>Il codice QR contiene l'ID della registrazione e il checksum SHA-256 del file della registrazione.</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… e altri {n}</translation>
        </message>
        <message>
            <source>The record is attached to this PDF as record.json.</source>
            <translation>La registrazione è allegata a questo PDF come record.json.</translation>
        </message>
        <message>
            <source>Check this record with: {command}</source>
            <translation>Verifica questa registrazione con: {command}</translation>
        </message>
    </context>
    <context>
        <name>clock</name>
        <message>
            <source>The computer's clock says {date}, but you completed this course on {completed} by this computer's clock. One of the two dates is wrong.</source>
            <translation>L'orologio del computer indica {date}, ma hai completato questo corso il {completed} secondo l'orologio di questo computer. Una delle due date è sbagliata.</translation>
        </message>
        <message>
            <source>If the clock is wrong now, set the correct date and time in the computer's settings (or ask the library staff), then choose Get certificate again. If the clock is right now, it was wrong when you completed the course, and your certificate gives today as the completion date.</source>
            <translation>Se l'orologio ora è sbagliato, imposta la data e l'ora corrette nelle impostazioni del computer (o chiedi al personale della biblioteca), poi scegli di nuovo “Ottieni attestato”. Se l'orologio ora è giusto, era sbagliato quando hai completato il corso, e il tuo attestato riporterà la data di oggi come data di completamento.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, which is too far in the future to be right.</source>
            <translation>L'orologio del computer indica {date}, una data troppo lontana nel futuro per essere giusta.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, before this version of BIBLIO Desktop was released ({released}), so the clock is wrong.</source>
            <translation>L'orologio del computer indica {date}, prima dell'uscita di questa versione di BIBLIO Desktop ({released}): l'orologio è quindi sbagliato.</translation>
        </message>
        <message>
            <source>A certificate would carry that wrong date, so none was made. Set the correct date and time in the computer's settings (or ask the library staff), then choose Get certificate again.</source>
            <translation>Un attestato riporterebbe quella data sbagliata, quindi non è stato creato. Imposta la data e l'ora corrette nelle impostazioni del computer (o chiedi al personale della biblioteca), poi scegli di nuovo “Ottieni attestato”.</translation>
        </message>
        <message>
            <source>Check the computer's clock</source>
            <translation>Controlla l'orologio del computer</translation>
        </message>
        <message>
            <source>The clock is right: save certificate</source>
            <translation>L'orologio è giusto: salva attestato</translation>
        </message>
        <message>
            <source>The clock is right now: save the certificate with today's date</source>
            <translation>L'orologio ora è giusto: salva l'attestato con la data di oggi</translation>
        </message>
        <message>
            <source>Your completion was saved while the computer's clock was wrong (it said {date}), so your certificate gives the day it was issued as the completion date.</source>
            <translation>Il completamento è stato salvato mentre l'orologio del computer era sbagliato (indicava {date}), quindi il tuo attestato riporta come data di completamento il giorno in cui è stato rilasciato.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, which cannot be right.</source>
            <translation>L'orologio del computer indica {date}, che non può essere giusto.</translation>
        </message>
        <message>
            <source>Your work is saved as usual, but certificates cannot be made until the date and time are set correctly in the computer's settings.</source>
            <translation>Il tuo lavoro viene salvato come sempre, ma non si possono creare attestati finché data e ora non sono impostate correttamente nelle impostazioni del computer.</translation>
        </message>
        <message>
            <source>Clock warning</source>
            <translation>Avviso sull'orologio</translation>
        </message>
    </context>
    <context>
        <name>delivery</name>
        <message>
            <source>The workshop PC {name} no longer accepts this PC (it was removed). The records wait here; join again with the code the facilitator shows.</source>
            <translation>Il PC del laboratorio {name} non accetta più questo PC (è stato rimosso). Le registrazioni attendono qui; ricollegati con il codice mostrato dal facilitatore.</translation>
        </message>
        <message>
            <source>The workshop PC {name} cannot be reached now; the records wait here and are sent when it can be reached.</source>
            <translation>Il PC del laboratorio {name} ora non è raggiungibile; le registrazioni attendono qui e saranno inviate quando lo sarà.</translation>
        </message>
        <message>
            <source>Records go to the workshop PC {name} as they happen.</source>
            <translation>Le registrazioni arrivano al PC del laboratorio {name} man mano che avvengono.</translation>
        </message>
        <message numerus="yes">
            <source>Sending to the workshop PC {name}: %n still waiting.</source>
            <translation>
                <numerusform>Invio al PC del laboratorio {name}: %n ancora in attesa.</numerusform>
                <numerusform>Invio al PC del laboratorio {name}: %n ancora in attesa.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The disk holding {folder} is full. Everything saved before is kept. Free some space on that disk (delete or move files, empty the recycle bin), then try again; no backup needs to be restored.</source>
            <translation>Il disco che contiene {folder} è pieno. Tutto ciò che era stato salvato è conservato. Liberate spazio su quel disco (eliminate o spostate file, svuotate il cestino), poi riprovate; non serve ripristinare un backup.</translation>
        </message>
        <message>
            <source>{folder} cannot be written to: the USB stick is write-protected, the drive is read-only, or you have no permission there. Everything saved before is kept. Unlock the stick, or copy the data folder to this computer and open that copy.</source>
            <translation>Non è possibile scrivere in {folder}: la chiavetta USB è protetta da scrittura, l'unità è di sola lettura o non avete i permessi. Tutto ciò che era stato salvato è conservato. Sbloccate la chiavetta, oppure copiate la cartella dei dati su questo computer e aprite quella copia.</translation>
        </message>
        <message>
            <source>{folder} went away: the USB stick or network drive was removed, or the disk reported an error. What was saved before is kept; the last change may not have been saved. Put the stick back and try again.</source>
            <translation>{folder} non è più disponibile: la chiavetta USB o l'unità di rete è stata scollegata, oppure il disco ha segnalato un errore. Ciò che era stato salvato è conservato; l'ultima modifica potrebbe non essere stata salvata. Ricollegate la chiavetta e riprovate.</translation>
        </message>
        <message>
            <source>The library database in {folder} is in use by another program. The library itself is fine. Close the other program, then try again.</source>
            <translation>Il database della biblioteca in {folder} è in uso da un altro programma. La biblioteca in sé è integra. Chiudete l'altro programma, poi riprovate.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your saved work is safe. The details were written to the log file in the data folder.</source>
            <translation>Si è verificato un errore imprevisto. Il lavoro salvato è al sicuro. I dettagli sono stati scritti nel file di log nella cartella dei dati.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copia dettagli</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Community Engagement and Communication Officer</source>
            <translation>Responsabile del coinvolgimento della comunità e della comunicazione</translation>
        </message>
        <message>
            <source>Digital Transformation Facilitator</source>
            <translation>Facilitatore della trasformazione digitale</translation>
        </message>
        <message>
            <source>&lt; 1 min</source>
            <translation>&lt; 1 min</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ancora nessuno</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <source>{h} h {m:02d} min</source>
            <translation>{h} h {m:02d} min</translation>
        </message>
        <message>
            <source>{p} %</source>
            <translation>{p} %</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>il {date}</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>proprio ora</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>tutte inviate</translation>
        </message>
        <message>
            <source>nothing to send yet</source>
            <translation>ancora niente da inviare</translation>
        </message>
        <message>
            <source>Your records: {waiting} · last sent {when}</source>
            <translation>Le tue registrazioni: {waiting} · ultimo invio: {when}</translation>
        </message>
        <message>
            <source>Records: {waiting} · last sent {when}</source>
            <translation>Registrazioni: {waiting} · ultimo invio: {when}</translation>
        </message>
        <message>
            <source>The LRS refused the user name or password. Check them in Settings; the records stay queued.</source>
            <translation>L'LRS ha rifiutato il nome utente o la password. Controllali in Impostazioni; le registrazioni restano in coda.</translation>
        </message>
        <message>
            <source>The Learning Record Store could not be reached; the records stay queued and will be sent next time.</source>
            <translation>Impossibile raggiungere il Learning Record Store; le registrazioni restano in coda e verranno inviate la prossima volta.</translation>
        </message>
        <message>
            <source>Nothing was waiting: everything is already sent.</source>
            <translation>Niente in attesa: è già stato inviato tutto.</translation>
        </message>
        <message>
            <source>The sending status cannot be read.</source>
            <translation>Impossibile leggere lo stato dell'invio.</translation>
        </message>
        <message>
            <source>the last try failed (hover for details)</source>
            <translation>l'ultimo tentativo non è riuscito (passa il mouse per i dettagli)</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n giorno fa</numerusform>
                <numerusform>%n giorni fa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours ago</source>
            <translation>
                <numerusform>%n ora fa</numerusform>
                <numerusform>%n ore fa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes ago</source>
            <translation>
                <numerusform>%n minuto fa</numerusform>
                <numerusform>%n minuti fa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n in attesa di invio</numerusform>
                <numerusform>%n in attesa di invio</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements.</source>
            <translation>
                <numerusform>Inviato %n statement.</numerusform>
                <numerusform>Inviati %n statement.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements before it stopped.</source>
            <translation>
                <numerusform>Inviato %n statement prima dell'interruzione.</numerusform>
                <numerusform>Inviati %n statement prima dell'interruzione.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be sent and stay queued: {error}</source>
            <translation>
                <numerusform>%n non è stato inviato e resta in coda: {error}</numerusform>
                <numerusform>%n non sono stati inviati e restano in coda: {error}</numerusform>
            </translation>
        </message>
    </context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
</TS>

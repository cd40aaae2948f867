<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
    <context>
        <name>AddLearnerDialog</name>
        <message>
            <source>Add learner</source>
            <translation>Pievienot izglītojamo</translation>
        </message>
        <message>
            <source>Each person gets their own profile, so their progress stays theirs. A PIN is optional: it keeps others on this computer out of the profile.</source>
            <translation>Katram cilvēkam ir savs profils, tāpēc viņa progress paliek tikai viņa. PIN nav obligāts: tas neļauj citiem šī datora lietotājiem piekļūt profilam.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Vārds</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>PIN (nav obligāts)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN atkārtoti</translation>
        </message>
        <message>
            <source>4 to 8 digits, or leave empty</source>
            <translation>4 līdz 8 cipari, vai atstājiet tukšu</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Vārds:</translation>
        </message>
        <message>
            <source>&amp;PIN (optional):</source>
            <translation>&amp;PIN (nav obligāts):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN &amp;atkārtoti:</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same PIN twice.</source>
            <translation>Abi PIN nesakrīt. Ievadiet to pašu PIN divreiz.</translation>
        </message>
    </context>
    <context>
        <name>CatalogScreen</name>
        <message>
            <source>Get courses</source>
            <translation>Iegūt kursus</translation>
        </message>
        <message>
            <source>Only updates</source>
            <translation>Tikai atjauninājumi</translation>
        </message>
        <message>
            <source>Show only courses with an update</source>
            <translation>Rādīt tikai kursus, kuriem ir atjauninājums</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atsvaidzināt</translation>
        </message>
        <message>
            <source>Refresh the catalogs</source>
            <translation>Atsvaidzināt katalogus</translation>
        </message>
        <message>
            <source>Fetch the catalogs again (F5)</source>
            <translation>Vēlreiz ielādēt katalogus (F5)</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Katalogi</translation>
        </message>
        <message>
            <source>A catalog is a web address that lists courses, given by your library or trainer. Anyone on this computer can add or remove one; it only changes which courses are offered here. Nothing is downloaded until someone chooses Download.</source>
            <translation>Katalogs ir tīmekļa adrese ar kursu sarakstu, ko sniedz jūsu bibliotēka vai pasniedzējs. Katalogu var pievienot vai noņemt ikviens šī datora lietotājs; tas maina tikai to, kādi kursi šeit tiek piedāvāti. Nekas netiek lejupielādēts, kamēr kāds neizvēlas „Lejupielādēt“.</translation>
        </message>
        <message>
            <source>Catalog addresses</source>
            <translation>Katalogu adreses</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Pievienot…</translation>
        </message>
        <message>
            <source>Add a catalog</source>
            <translation>Pievienot katalogu</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <source>Remove the selected catalog</source>
            <translation>Noņemt atlasīto katalogu</translation>
        </message>
        <message>
            <source>Checking the catalogs for new courses…</source>
            <translation>Katalogos tiek meklēti jauni kursi…</translation>
        </message>
        <message>
            <source>No course catalog is set up yet.

A catalog is a web address, given by your library or trainer, that lists courses you can download. Choose "Add…" under Catalogs and paste the address.</source>
            <translation>Vēl nav iestatīts neviens kursu katalogs.

Katalogs ir tīmekļa adrese, ko sniedz jūsu bibliotēka vai pasniedzējs, un tajā ir uzskaitīti kursi, kurus varat lejupielādēt. Sadaļā „Katalogi“ izvēlieties „Pievienot…“ un ielīmējiet adresi.</translation>
        </message>
        <message>
            <source>All your courses are up to date.</source>
            <translation>Visi jūsu kursi ir atjaunināti.</translation>
        </message>
        <message>
            <source>The catalogs list no courses yet. Choose Refresh to fetch them again when you are online.</source>
            <translation>Katalogos vēl nav neviena kursa. Kad būsiet tiešsaistē, izvēlieties „Atsvaidzināt“, lai tos ielādētu vēlreiz.</translation>
        </message>
        <message>
            <source>not fetched yet</source>
            <translation>vēl nav ielādēts</translation>
        </message>
        <message>
            <source>This course cannot be downloaded</source>
            <translation>Šo kursu nevar lejupielādēt</translation>
        </message>
        <message>
            <source>Paste the catalog's address (it starts with https://).
Its courses will be listed here for everyone on this computer; nothing is downloaded yet.</source>
            <translation>Ielīmējiet kataloga adresi (tā sākas ar https://).
Tā kursi šeit būs redzami visiem šī datora lietotājiem; pagaidām nekas netiek lejupielādēts.</translation>
        </message>
        <message>
            <source>The catalog was not added</source>
            <translation>Katalogs netika pievienots</translation>
        </message>
        <message>
            <source>This catalog is already in the list.</source>
            <translation>Šis katalogs jau ir sarakstā.</translation>
        </message>
        <message>
            <source>Remove catalog</source>
            <translation>Noņemt katalogu</translation>
        </message>
        <message>
            <source>Remove {url}?

Its courses will no longer be offered here. Courses already installed stay installed.</source>
            <translation>Vai noņemt {url}?

Tā kursi šeit vairs netiks piedāvāti. Jau instalētie kursi paliks instalēti.</translation>
        </message>
        <message>
            <source>The catalogs could not be refreshed</source>
            <translation>Katalogus neizdevās atsvaidzināt</translation>
        </message>
        <message>
            <source>You seem to be offline. Showing the catalog as last seen on {date}.</source>
            <translation>Šķiet, ka esat bezsaistē. Tiek rādīts katalogs, kāds tas bija {date}.</translation>
        </message>
        <message>
            <source>You seem to be offline, and the catalogs have never been fetched. Connect to the internet and choose Refresh.</source>
            <translation>Šķiet, ka esat bezsaistē, un katalogi vēl ne reizi nav ielādēti. Izveidojiet savienojumu ar internetu un izvēlieties „Atsvaidzināt“.</translation>
        </message>
        <message>
            <source>Some catalogs could not be refreshed; their last copy is shown.
{errors}</source>
            <translation>Dažus katalogus neizdevās atsvaidzināt; tiek rādīta to pēdējā kopija.
{errors}</translation>
        </message>
        <message>
            <source>“{title}” version {version} is installed. You find it in your library.</source>
            <translation>„{title}“ versija {version} ir instalēta. Tā atrodama jūsu bibliotēkā.</translation>
        </message>
        <message>
            <source>On this network: {name}</source>
            <translation>Šajā tīklā: {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n courses, last seen {date}</source>
            <translation>
                <numerusform>%n kurss, pēdējoreiz ielādēts {date}</numerusform>
                <numerusform>%n kursi, pēdējoreiz ielādēts {date}</numerusform>
                <numerusform>%n kursi, pēdējoreiz ielādēts {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateFlow</name>
        <message>
            <source>Certificate</source>
            <translation>Apliecība</translation>
        </message>
        <message>
            <source>Well done: you completed this course.</source>
            <translation>Lieliski: šis kurss ir pabeigts.</translation>
        </message>
        <message>
            <source>You get two files to keep: a signed digital record of your completion (a .json file that anyone can check) and a PDF certificate you can print or save on a USB stick.</source>
            <translation>Jūs saņemsiet divus failus, ko paturēt: parakstītu digitālu ierakstu par kursa pabeigšanu (.json failu, ko ikviens var pārbaudīt) un PDF apliecību, ko varat izdrukāt vai saglabāt USB zibatmiņā.</translation>
        </message>
        <message>
            <source>Save certificate…</source>
            <translation>Saglabāt apliecību…</translation>
        </message>
        <message>
            <source>Save the certificate and the record</source>
            <translation>Saglabāt apliecību un ierakstu</translation>
        </message>
        <message>
            <source>Save certificate (the record .json is saved beside it)</source>
            <translation>Saglabāt apliecību (ieraksta .json fails tiek saglabāts blakus)</translation>
        </message>
        <message>
            <source>PDF certificate (*.pdf)</source>
            <translation>PDF apliecība (*.pdf)</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Saglabāt apliecību</translation>
        </message>
        <message>
            <source>Writing your record and certificate…</source>
            <translation>Tiek saglabāts jūsu ieraksts un apliecība…</translation>
        </message>
    </context>
    <context>
        <name>CertificateSummary</name>
        <message>
            <source>Certificate saved</source>
            <translation>Apliecība saglabāta</translation>
        </message>
        <message>
            <source>Preview of the certificate</source>
            <translation>Apliecības priekšskatījums</translation>
        </message>
        <message>
            <source>Your certificate is saved</source>
            <translation>Jūsu apliecība ir saglabāta</translation>
        </message>
        <message>
            <source>Saved: {pdf} and {record}.</source>
            <translation>Saglabāts: {pdf} un {record}.</translation>
        </message>
        <message>
            <source>In the folder {folder}</source>
            <translation>Mapē {folder}</translation>
        </message>
        <message>
            <source>Anyone can check the record with:</source>
            <translation>Ikviens var pārbaudīt ierakstu ar komandu:</translation>
        </message>
        <message>
            <source>Command to check the record</source>
            <translation>Komanda ieraksta pārbaudei</translation>
        </message>
        <message>
            <source>The signature shows the record is unaltered and was issued on this computer.</source>
            <translation>Paraksts apliecina, ka ieraksts nav mainīts un ir izsniegts šajā datorā.</translation>
        </message>
        <message>
            <source>This is the same record as the one issued on {date}: saving it again keeps its number.</source>
            <translation>Šis ir tas pats ieraksts, kas izsniegts {date}: saglabājot to atkārtoti, tā numurs nemainās.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Atvērt mapi</translation>
        </message>
        <message>
            <source>Open the folder with the certificate</source>
            <translation>Atvērt mapi ar apliecību</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Aizvērt</translation>
        </message>
        <message>
            <source>Saved: {pdf} and {record}. Anyone can check the record with: {command}</source>
            <translation>Saglabāts: {pdf} un {record}. Ikviens var pārbaudīt ierakstu ar komandu: {command}</translation>
        </message>
    </context>
    <context>
        <name>CohortEditDialog</name>
        <message>
            <source>No courses are installed yet. Install one under "Get courses" first.</source>
            <translation>Vēl nav instalēts neviens kurss. Vispirms instalējiet kursu sadaļā “Iegūt kursus”.</translation>
        </message>
        <message>
            <source>No learners yet. Add them on the start screen with "Add learner" first.</source>
            <translation>Vēl nav izglītojamo. Vispirms pievienojiet tos sākuma ekrānā ar “Pievienot izglītojamo”.</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Jauna grupa</translation>
        </message>
        <message>
            <source>Edit cohort</source>
            <translation>Labot grupu</translation>
        </message>
        <message>
            <source>e.g. Valmiera, spring 2027</source>
            <translation>piem., Valmiera, 2027. gada pavasaris</translation>
        </message>
        <message>
            <source>Cohort name</source>
            <translation>Grupas nosaukums</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Sākuma datums</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>One module a week from the start date</source>
            <translation>Viens modulis nedēļā no sākuma datuma</translation>
        </message>
        <message>
            <source>The course's suggested weeks</source>
            <translation>Kursa ieteiktās nedēļas</translation>
        </message>
        <message>
            <source>Everything open at once</source>
            <translation>Viss atvērts uzreiz</translation>
        </message>
        <message>
            <source>Courses of the cohort; Space ticks a course</source>
            <translation>Grupas kursi; atstarpes taustiņš atzīmē kursu</translation>
        </message>
        <message>
            <source>Learners of the cohort; Space ticks a learner</source>
            <translation>Grupas izglītojamie; atstarpes taustiņš atzīmē izglītojamo</translation>
        </message>
        <message>
            <source>{name} (now in {cohort})</source>
            <translation>{name} (tagad grupā {cohort})</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nosaukums:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Sākuma datums:</translation>
        </message>
        <message>
            <source>&amp;Pace:</source>
            <translation>&amp;Temps:</translation>
        </message>
        <message>
            <source>&amp;Courses:</source>
            <translation>&amp;Kursi:</translation>
        </message>
        <message>
            <source>&amp;Learners:</source>
            <translation>&amp;Izglītojamie:</translation>
        </message>
        <message>
            <source>A learner moved here from another cohort keeps all their progress; what they already started stays open.</source>
            <translation>Izglītojamais, kas pārcelts šeit no citas grupas, saglabā visu savu progresu; tas, ko viņš jau sācis, paliek atvērts.</translation>
        </message>
        <message>
            <source>Type a name for the cohort.</source>
            <translation>Ierakstiet grupas nosaukumu.</translation>
        </message>
        <message>
            <source>{name} — {pc}</source>
            <translation>{name} — {pc}</translation>
        </message>
        <message>
            <source>{name} (in {cohort}, managed by the workshop PC)</source>
            <translation>{name} (grupā {cohort}, ko pārvalda darbnīcas dators)</translation>
        </message>
        <message>
            <source>Learners on other PCs</source>
            <translation>Izglītojamie citos datoros</translation>
        </message>
        <message>
            <source>{name}, on the PC {pc}</source>
            <translation>{name}, datorā {pc}</translation>
        </message>
        <message>
            <source>A learner on another PC is added with their progress so far; their PC sends the rest as they go on.</source>
            <translation>Izglītojamais no cita datora tiek pievienots ar līdzšinējo progresu; viņa dators sūta pārējo, kamēr viņš mācās tālāk.</translation>
        </message>
    </context>
    <context>
        <name>CohortReport</name>
        <message>
            <source>Learner</source>
            <translation>Izglītojamais</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurss</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Pabeigts</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Laiks</translation>
        </message>
        <message>
            <source>Quiz average</source>
            <translation>Testu vidējais</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Sākuma tests</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Noslēguma tests</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Ieguvums</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Pabeigts</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Prasme</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profils</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Izglītojamie</translation>
        </message>
        <message>
            <source>Progress of each learner</source>
            <translation>Katra izglītojamā progress</translation>
        </message>
        <message>
            <source>Pre/post gain by skill</source>
            <translation>Ieguvums starp sākuma un noslēguma testu pa prasmēm</translation>
        </message>
        <message>
            <source>Written answers to review</source>
            <translation>Rakstiskās atbildes pārskatīšanai</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Tests</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Jautājums</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Atbilde</translation>
        </message>
        <message>
            <source>Whole cohort</source>
            <translation>Visa grupa</translation>
        </message>
        <message>
            <source>one module a week</source>
            <translation>viens modulis nedēļā</translation>
        </message>
        <message>
            <source>the course's suggested weeks</source>
            <translation>kursa ieteiktās nedēļas</translation>
        </message>
        <message>
            <source>everything open at once</source>
            <translation>viss atvērts uzreiz</translation>
        </message>
    </context>
    <context>
        <name>CohortsDialog</name>
        <message>
            <source>No learners in this cohort yet: choose "Edit…" to add them.</source>
            <translation>Šajā grupā vēl nav izglītojamo: izvēlieties “Labot…”, lai tos pievienotu.</translation>
        </message>
        <message>
            <source>No courses in this cohort yet: choose "Edit…" to add them.</source>
            <translation>Šajā grupā vēl nav kursu: izvēlieties “Labot…”, lai tos pievienotu.</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Grupas</translation>
        </message>
        <message>
            <source>New cohort…</source>
            <translation>Jauna grupa…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Labot…</translation>
        </message>
        <message>
            <source>Edit the cohort</source>
            <translation>Labot grupu</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Dzēst…</translation>
        </message>
        <message>
            <source>Delete the cohort</source>
            <translation>Dzēst grupu</translation>
        </message>
        <message>
            <source>&amp;Cohorts</source>
            <translation>&amp;Grupas</translation>
        </message>
        <message>
            <source>Progress of the cohort's learners; the selected row's learner gets the learner actions</source>
            <translation>Grupas izglītojamo progress; izglītojamā darbības attiecas uz atlasītās rindas izglītojamo</translation>
        </message>
        <message>
            <source>Pre/post gain by skill</source>
            <translation>Ieguvums starp sākuma un noslēguma testu pa prasmēm</translation>
        </message>
        <message>
            <source>Open next week for everyone</source>
            <translation>Atvērt nākamo nedēļu visiem</translation>
        </message>
        <message>
            <source>Open next week for the learner</source>
            <translation>Atvērt nākamo nedēļu izglītojamajam</translation>
        </message>
        <message>
            <source>Cohort report (PDF)…</source>
            <translation>Grupas pārskats (PDF)…</translation>
        </message>
        <message>
            <source>Cohort report (CSV)…</source>
            <translation>Grupas pārskats (CSV)…</translation>
        </message>
        <message>
            <source>Learner report (PDF)…</source>
            <translation>Izglītojamā pārskats (PDF)…</translation>
        </message>
        <message>
            <source>Open the next week now for everyone in the cohort</source>
            <translation>Atvērt nākamo nedēļu tagad visiem grupas dalībniekiem</translation>
        </message>
        <message>
            <source>Open the next week now for the selected learner</source>
            <translation>Atvērt nākamo nedēļu tagad atlasītajam izglītojamajam</translation>
        </message>
        <message>
            <source>Save the cohort report as PDF</source>
            <translation>Saglabāt grupas pārskatu kā PDF</translation>
        </message>
        <message>
            <source>Save the cohort report as CSV</source>
            <translation>Saglabāt grupas pārskatu kā CSV</translation>
        </message>
        <message>
            <source>Save the selected learner's report as PDF</source>
            <translation>Saglabāt atlasītā izglītojamā pārskatu kā PDF</translation>
        </message>
        <message>
            <source>{name}
from {date}</source>
            <translation>{name}
no {date}</translation>
        </message>
        <message>
            <source>No cohorts yet</source>
            <translation>Vēl nav nevienas grupas</translation>
        </message>
        <message>
            <source>A cohort runs a group of learners through courses together, one module a week if you like. Choose "New cohort…" to make one.</source>
            <translation>Grupa ļauj izglītojamajiem apgūt kursus kopā, ja vēlaties — pa vienam modulim nedēļā. Izvēlieties „Jauna grupa…”, lai to izveidotu.</translation>
        </message>
        <message>
            <source>next to open: week {week}</source>
            <translation>nākamā atvērsies: {week}. nedēļa</translation>
        </message>
        <message>
            <source>every week is open</source>
            <translation>visas nedēļas ir atvērtas</translation>
        </message>
        <message>
            <source>Made the cohort {name}.</source>
            <translation>Izveidota grupa {name}.</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Saglabāts: {name}.</translation>
        </message>
        <message>
            <source>Delete cohort</source>
            <translation>Dzēst grupu</translation>
        </message>
        <message>
            <source>Delete the cohort {name}? Its learners keep all their progress and see their courses whole again.</source>
            <translation>Dzēst grupu {name}? Tās izglītojamie saglabā visu savu progresu un atkal redz kursus pilnībā.</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Dzēsts: {name}.</translation>
        </message>
        <message>
            <source>Every week is open already.</source>
            <translation>Visas nedēļas jau ir atvērtas.</translation>
        </message>
        <message>
            <source>Opened week {week} for {name}.</source>
            <translation>{week}. nedēļa atvērta izglītojamajam {name}.</translation>
        </message>
        <message>
            <source>Opened week {week} for everyone.</source>
            <translation>{week}. nedēļa atvērta visiem.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV faili (*.csv)</translation>
        </message>
        <message>
            <source>Cohort report</source>
            <translation>Grupas pārskats</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Raksta pārskatu…</translation>
        </message>
        <message>
            <source>{learner} · {cohort}</source>
            <translation>{learner} · {cohort}</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Saglabāt pārskatu kā PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF faili (*.pdf)</translation>
        </message>
        <message>
            <source>Cohort {name}, from {date} ({pace}). Made on {made}.</source>
            <translation>Grupa {name}, no {date} ({pace}). Sagatavots {made}.</translation>
        </message>
        <message>
            <source>BIBLIO Desktop · {title} · page</source>
            <translation>BIBLIO Desktop · {title} · lappuse</translation>
        </message>
        <message>
            <source>Saved the report to {path}</source>
            <translation>Pārskats saglabāts: {path}</translation>
        </message>
        <message>
            <source>managed by the workshop PC {name}</source>
            <translation>pārvalda darbnīcas dators {name}</translation>
        </message>
        <message>
            <source>Managed by the workshop PC {name}: changes are made there and arrive with each delivery.</source>
            <translation>Pārvalda darbnīcas dators {name}: izmaiņas veic tur, un tās pienāk ar katru nosūtīšanu.</translation>
        </message>
        <message>
            <source>{name} — {pc}</source>
            <translation>{name} — {pc}</translation>
        </message>
        <message>
            <source>On other PCs: {learners}</source>
            <translation>Citos datoros: {learners}</translation>
        </message>
        <message numerus="yes">
            <source>{name}, from {date}, %n learners</source>
            <translation>
                <numerusform>{name}, no {date}, %n izglītojamais</numerusform>
                <numerusform>{name}, no {date}, %n izglītojamie</numerusform>
                <numerusform>{name}, no {date}, %n izglītojamie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts {date} · {pace} · %n learners</source>
            <translation>
                <numerusform>Sākas {date} · {pace} · %n izglītojamais</numerusform>
                <numerusform>Sākas {date} · {pace} · %n izglītojamie</numerusform>
                <numerusform>Sākas {date} · {pace} · %n izglītojamie</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConversionReportDialog</name>
        <message>
            <source>Conversion report</source>
            <translation>Pārveidošanas pārskats</translation>
        </message>
        <message>
            <source>“{title}” is ready to install</source>
            <translation>„{title}“ ir gatavs instalēšanai</translation>
        </message>
        <message>
            <source>From {file}: {what}</source>
            <translation>No {file}: {what}</translation>
        </message>
        <message>
            <source>What the course will contain:</source>
            <translation>Kas būs kursā:</translation>
        </message>
        <message>
            <source>Nothing was left out.</source>
            <translation>Nekas netika izlaists.</translation>
        </message>
        <message>
            <source>Left out, and why ({count}):</source>
            <translation>Izlaists un kāpēc ({count}):</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Instalēt</translation>
        </message>
        <message>
            <source>Install the converted course</source>
            <translation>Instalēt pārveidoto kursu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <source>Cancel: install nothing</source>
            <translation>Atcelt: neko neinstalēt</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Nodarbība</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Slaidi</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Tests</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF dokuments</translation>
        </message>
        <message>
            <source>single choice</source>
            <translation>viena izvēle</translation>
        </message>
        <message>
            <source>multiple choice</source>
            <translation>vairākas izvēles</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>patiess vai nepatiess</translation>
        </message>
        <message>
            <source>text answer</source>
            <translation>teksta atbilde</translation>
        </message>
        <message>
            <source>number</source>
            <translation>skaitlis</translation>
        </message>
        <message>
            <source>matching</source>
            <translation>savienošana pāros</translation>
        </message>
        <message>
            <source>ordering</source>
            <translation>sakārtošana</translation>
        </message>
        <message>
            <source>fill in the blanks</source>
            <translation>aizpildi tukšās vietas</translation>
        </message>
        <message>
            <source>drag the words</source>
            <translation>ievelc vārdus</translation>
        </message>
        <message>
            <source>mark the words</source>
            <translation>atzīmē vārdus</translation>
        </message>
        <message>
            <source>free text</source>
            <translation>brīvs teksts</translation>
        </message>
        <message>
            <source>Modules: {n}</source>
            <translation>Moduļi: {n}</translation>
        </message>
        <message>
            <source>Questions: {n}</source>
            <translation>Jautājumi: {n}</translation>
        </message>
        <message>
            <source>Left out: {n}</source>
            <translation>Izlaists: {n}</translation>
        </message>
        <message>
            <source>Module, item or question</source>
            <translation>Modulis, vienība vai jautājums</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Kļūst par</translation>
        </message>
        <message>
            <source>From</source>
            <translation>No kurienes</translation>
        </message>
        <message>
            <source>Course contents</source>
            <translation>Kursa saturs</translation>
        </message>
        <message>
            <source>Each module of the converted course, its items and their questions, with where each came from</source>
            <translation>Katrs pārveidotā kursa modulis, tā vienības un to jautājumi, ar norādi, no kurienes katrs ir ņemts</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modulis</translation>
        </message>
        <message>
            <source>{n} × {type}</source>
            <translation>{n} × {type}</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Jautājums</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Izlaists</translation>
        </message>
        <message>
            <source>Parts of the input that are not in the course, and why</source>
            <translation>Ievades daļas, kas nav iekļautas kursā, un kāpēc</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Piezīmes:</translation>
        </message>
    </context>
    <context>
        <name>CourseCard</name>
        <message>
            <source>{publisher} · version {version} · {languages}</source>
            <translation>{publisher} · versija {version} · {languages}</translation>
        </message>
        <message>
            <source>%p% done</source>
            <translation>%p% pabeigts</translation>
        </message>
        <message>
            <source>Progress in {title}</source>
            <translation>Progress kursā {title}</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Pārskatīt</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Turpināt</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Sākt</translation>
        </message>
        <message>
            <source>Open {title}</source>
            <translation>Atvērt {title}</translation>
        </message>
    </context>
    <context>
        <name>CourseProgressView</name>
        <message>
            <source>Overall progress</source>
            <translation>Kopējais progress</translation>
        </message>
        <message>
            <source>%p % done</source>
            <translation>%p % pabeigts</translation>
        </message>
        <message>
            <source>Module and item</source>
            <translation>Modulis un elements</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Pabeigts</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Laiks</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Tests</translation>
        </message>
        <message>
            <source>Modules and items; press Enter to open an item</source>
            <translation>Moduļi un elementi; nospiediet Enter, lai atvērtu elementu</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Prasmes</translation>
        </message>
        <message>
            <source>Time spent: {t}</source>
            <translation>Patērētais laiks: {t}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Pabeigts {date}</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Tiek apgūts</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Vēl nav sākts</translation>
        </message>
        <message>
            <source>{title} (optional)</source>
            <translation>{title} (nav obligāts)</translation>
        </message>
        <message>
            <source>questions: {score}</source>
            <translation>jautājumi: {score}</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Sākts</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nav sākts</translation>
        </message>
        <message>
            <source>Press Enter or double-click to open</source>
            <translation>Lai atvērtu, nospiediet Enter vai veiciet dubultklikšķi</translation>
        </message>
        <message>
            <source>This course does not list any skills.</source>
            <translation>Šajā kursā nav norādītas prasmes.</translation>
        </message>
        <message>
            <source>%p %</source>
            <translation>%p %</translation>
        </message>
        <message numerus="yes">
            <source>best {score}, %n attempts</source>
            <translation>
                <numerusform>labākais {score}, %n mēģinājums</numerusform>
                <numerusform>labākais {score}, %n mēģinājumi</numerusform>
                <numerusform>labākais {score}, %n mēģinājumi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>If you need it sooner, ask your facilitator to open this week early.</source>
            <translation>Ja tas vajadzīgs ātrāk, palūdziet vadītājam atvērt šo nedēļu agrāk.</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliotēka</translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Atpakaļ uz bibliotēku</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Kursa progress</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Show my progress in this course</source>
            <translation>Rādīt manu progresu šajā kursā</translation>
        </message>
        <message>
            <source>Course outline</source>
            <translation>Kursa saturs</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Iepriekšējais elements</translation>
        </message>
        <message>
            <source>Previous item (Alt+Left)</source>
            <translation>Iepriekšējais elements (Alt+Left)</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Nākamais elements</translation>
        </message>
        <message>
            <source>Next item (Alt+Right)</source>
            <translation>Nākamais elements (Alt+Right)</translation>
        </message>
        <message>
            <source>{title} (optional)</source>
            <translation>{title} (nav obligāts)</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>Pabeigti: {done} no {total}</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Nodarbība</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Slaidi</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Tests</translation>
        </message>
        <message>
            <source>done</source>
            <translation>pabeigts</translation>
        </message>
        <message>
            <source>started</source>
            <translation>sākts</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nav sākts</translation>
        </message>
        <message>
            <source>about {minutes} min</source>
            <translation>apm. {minutes} min</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Vebinārs</translation>
        </message>
        <message>
            <source>This item opens with week {week} of your group.
{opens}</source>
            <translation>Šis vienums atvērsies jūsu grupas {week}. nedēļā.
{opens}</translation>
        </message>
    </context>
    <context>
        <name>DownloadPanel</name>
        <message>
            <source>Downloads</source>
            <translation>Lejupielādes</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Download progress of {title}</source>
            <translation>Lejupielādes progress: {title}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauzēt</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Turpināt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Atvērt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Paslēpt</translation>
        </message>
        <message>
            <source>{action} download of {title}</source>
            <translation>{action} lejupielādi: {title}</translation>
        </message>
        <message>
            <source>{title} — version {version}</source>
            <translation>{title} — versija {version}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} no {total}</translation>
        </message>
        <message>
            <source>Waiting for the other download to finish… ({sizes})</source>
            <translation>Gaida, līdz tiks pabeigta otra lejupielāde… ({sizes})</translation>
        </message>
        <message>
            <source>{sizes} · {speed}/s · {left} left</source>
            <translation>{sizes} · {speed}/s · atlicis {left}</translation>
        </message>
        <message>
            <source>Downloaded. Checking and installing the course…</source>
            <translation>Lejupielādēts. Kurss tiek pārbaudīts un instalēts…</translation>
        </message>
        <message>
            <source>Paused — {sizes} downloaded. Choose Resume to continue.</source>
            <translation>Pauzēts — lejupielādēts {sizes}. Lai turpinātu, izvēlieties „Turpināt“.</translation>
        </message>
        <message>
            <source>The download stopped: {error} Choose Resume to try again.</source>
            <translation>Lejupielāde apturēta: {error} Lai mēģinātu vēlreiz, izvēlieties „Turpināt“.</translation>
        </message>
        <message>
            <source>Installed. The course is now in your library.</source>
            <translation>Instalēts. Kurss tagad ir jūsu bibliotēkā.</translation>
        </message>
        <message>
            <source>The server cannot be reached</source>
            <translation>Nevar sazināties ar serveri</translation>
        </message>
        <message>
            <source>The server is busy</source>
            <translation>Serveris ir aizņemts</translation>
        </message>
        <message>
            <source>The server stopped sending</source>
            <translation>Serveris pārtrauca datu sūtīšanu</translation>
        </message>
        <message>
            <source>The connection dropped</source>
            <translation>Savienojums pārtrūka</translation>
        </message>
        <message>
            <source>{problem}; trying again…</source>
            <translation>{problem}; mēģina vēlreiz…</translation>
        </message>
        <message>
            <source>{problem}; trying again now…</source>
            <translation>{problem}; mēģina vēlreiz tagad…</translation>
        </message>
        <message>
            <source>{problem}; will retry in {seconds} s</source>
            <translation>{problem}; nākamais mēģinājums pēc {seconds} s</translation>
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
            <translation>Ievietojamie vārdi:</translation>
        </message>
        <message>
            <source>Words to place</source>
            <translation>Ievietojamie vārdi</translation>
        </message>
        <message>
            <source>Pick a word (Space or Enter), then the gap it belongs in; or the gap first, then the word. Space on a filled gap puts its word back; Escape cancels. You can also drag words with the mouse.</source>
            <translation>Izvēlieties vārdu (atstarpes taustiņš vai Enter), tad tukšo vietu, kurā tas jāievieto; vai vispirms tukšo vietu, tad vārdu. Atstarpes taustiņš aizpildītā vietā atgriež vārdu atpakaļ; Escape atceļ izvēli. Vārdus var arī vilkt ar peli.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>izvēlēts</translation>
        </message>
        <message>
            <source>Word: {word}</source>
            <translation>Vārds: {word}</translation>
        </message>
        <message>
            <source>Gap {n}: {word}</source>
            <translation>{n}. tukšā vieta: {word}</translation>
        </message>
        <message>
            <source>Gap {n}: empty</source>
            <translation>{n}. tukšā vieta: neaizpildīta</translation>
        </message>
        <message>
            <source>Picked “{word}”: now choose its gap.</source>
            <translation>Izvēlēts “{word}”: tagad izvēlieties tā vietu.</translation>
        </message>
        <message>
            <source>Gap {n} chosen: now choose its word.</source>
            <translation>Izvēlēta {n}. tukšā vieta: tagad izvēlieties vārdu.</translation>
        </message>
        <message numerus="yes">
            <source>{placed} of %n gaps filled.</source>
            <translation>
                <numerusform>Aizpildītas {placed} no %n tukšās vietas.</numerusform>
                <numerusform>Aizpildītas {placed} no %n tukšajām vietām.</numerusform>
                <numerusform>Aizpildītas {placed} no %n tukšajām vietām.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryCard</name>
        <message>
            <source>{publisher} · version {version} · {size} · {languages}</source>
            <translation>{publisher} · versija {version} · {size} · {languages}</translation>
        </message>
        <message>
            <source>Not installed</source>
            <translation>Nav instalēts</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Instalēts</translation>
        </message>
        <message>
            <source>Update available (you have version {version})</source>
            <translation>Pieejams atjauninājums (jums ir versija {version})</translation>
        </message>
        <message>
            <source>Installed (a newer version, {version})</source>
            <translation>Instalēts (jaunāka versija, {version})</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Lejupielādē…</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Turpināt</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Lejupielādēt</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Atjaunināt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Atvērt</translation>
        </message>
        <message>
            <source>{action} {title}</source>
            <translation>{action} {title}</translation>
        </message>
        <message>
            <source>On this network: {name}</source>
            <translation>Šajā tīklā: {name}</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorScreen</name>
        <message>
            <source>Learners and courses</source>
            <translation>Izglītojamie un kursi</translation>
        </message>
        <message>
            <source>Filter by learner name</source>
            <translation>Filtrēt pēc izglītojamā vārda</translation>
        </message>
        <message>
            <source>Export table as CSV…</source>
            <translation>Eksportēt tabulu CSV formātā…</translation>
        </message>
        <message>
            <source>Export table as CSV</source>
            <translation>Eksportēt tabulu CSV formātā</translation>
        </message>
        <message>
            <source>Learners and courses; press Enter for details</source>
            <translation>Izglītojamie un kursi; nospiediet Enter, lai skatītu sīkāku informāciju</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Sīkāk…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Pārdēvēt…</translation>
        </message>
        <message>
            <source>Reset PIN…</source>
            <translation>Atiestatīt PIN…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Noņemt…</translation>
        </message>
        <message>
            <source>Show the learner's details</source>
            <translation>Rādīt sīkāku informāciju par izglītojamo</translation>
        </message>
        <message>
            <source>Rename the learner</source>
            <translation>Pārdēvēt izglītojamo</translation>
        </message>
        <message>
            <source>Reset the learner's PIN</source>
            <translation>Atiestatīt izglītojamā PIN</translation>
        </message>
        <message>
            <source>Remove the learner</source>
            <translation>Noņemt izglītojamo</translation>
        </message>
        <message>
            <source>Review written answers…</source>
            <translation>Pārskatīt rakstītās atbildes…</translation>
        </message>
        <message>
            <source>Open exports folder</source>
            <translation>Atvērt eksporta mapi</translation>
        </message>
        <message>
            <source>Open the folder with exports</source>
            <translation>Atvērt mapi ar eksportētajiem failiem</translation>
        </message>
        <message>
            <source>Sign in as the facilitator on the start screen to see this page.</source>
            <translation>Lai skatītu šo lapu, sākuma ekrānā pierakstieties kā vadītājs.</translation>
        </message>
        <message>
            <source>No learners yet. Learners add their own profile on the start screen with "Add learner"; their progress will appear here.</source>
            <translation>Izglītojamo vēl nav. Izglītojamie paši izveido savu profilu sākuma ekrānā ar pogu „Pievienot izglītojamo“; viņu progress būs redzams šeit.</translation>
        </message>
        <message>
            <source>No courses are installed yet. Import a course package in the library; every learner's progress will appear here.</source>
            <translation>Vēl nav instalēts neviens kurss. Importējiet kursa pakotni bibliotēkā; šeit būs redzams katra izglītojamā progress.</translation>
        </message>
        <message>
            <source>Review written answers ({n})…</source>
            <translation>Pārskatīt rakstītās atbildes ({n})…</translation>
        </message>
        <message>
            <source>Review written answers: {n} waiting</source>
            <translation>Pārskatīt rakstītās atbildes: gaida {n}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV faili (*.csv)</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Progress (%)</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Pabeigtie elementi</translation>
        </message>
        <message>
            <source>Time spent (minutes)</source>
            <translation>Patērētais laiks (minūtes)</translation>
        </message>
        <message>
            <source>Last activity (UTC)</source>
            <translation>Pēdējā aktivitāte (UTC)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Pabeigts</translation>
        </message>
        <message>
            <source>Quiz average (%)</source>
            <translation>Testu vidējais (%)</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Eksportēt tabulu</translation>
        </message>
        <message>
            <source>Writing the table…</source>
            <translation>Tabula tiek saglabāta…</translation>
        </message>
        <message>
            <source>Saved the table to {path}</source>
            <translation>Tabula saglabāta: {path}</translation>
        </message>
        <message>
            <source>Rename learner</source>
            <translation>Pārdēvēt izglītojamo</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Jaunais vārds:</translation>
        </message>
        <message>
            <source>Renamed to {name}.</source>
            <translation>Jaunais vārds: {name}.</translation>
        </message>
        <message>
            <source>{name} now signs in with the new PIN.</source>
            <translation>{name} tagad pierakstās ar jauno PIN.</translation>
        </message>
        <message>
            <source>{name} now signs in without a PIN.</source>
            <translation>{name} tagad pierakstās bez PIN.</translation>
        </message>
        <message>
            <source>Removed {name}. A copy of their data was saved to {path}</source>
            <translation>Profils {name} ir noņemts. Datu kopija saglabāta: {path}</translation>
        </message>
        <message>
            <source>Cohorts…</source>
            <translation>Grupas…</translation>
        </message>
        <message>
            <source>Cohorts and their reports</source>
            <translation>Grupas un to pārskati</translation>
        </message>
        <message>
            <source>Share on this network…</source>
            <translation>Koplietot šajā tīklā…</translation>
        </message>
        <message>
            <source>Share the courses on this network and gather the records of the room's PCs</source>
            <translation>Koplietot kursus šajā tīklā un savākt telpas datoru ierakstus</translation>
        </message>
        <message>
            <source>Learners on other PCs (their records arrived here)</source>
            <translation>Izglītojamie citos datoros (viņu ieraksti ir saņemti šeit)</translation>
        </message>
        <message>
            <source>Sharing on this network (code {code})…</source>
            <translation>Koplieto šajā tīklā (kods {code})…</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSetupDialog</name>
        <message>
            <source>Set up the facilitator</source>
            <translation>Vadītāja iestatīšana</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Parole</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Parole atkārtoti</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Parole:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Parole &amp;atkārtoti:</translation>
        </message>
        <message>
            <source>The two passwords are different. Type the same one twice.</source>
            <translation>Abas paroles nesakrīt. Ievadiet to pašu paroli divreiz.</translation>
        </message>
        <message numerus="yes">
            <source>The facilitator looks after this computer's learners: sees everyone's progress, exports it as a table, renames profiles, resets forgotten PINs, removes profiles, and changes the idle sign-out time and backups.

Choose a password of at least %n characters and keep it safe: it cannot be recovered.</source>
            <translation>
                <numerusform>Vadītājs rūpējas par šī datora izglītojamajiem: redz visu progresu, eksportē to tabulā, pārdēvē profilus, atiestata aizmirstos PIN, noņem profilus, kā arī maina automātiskās izrakstīšanās laiku un rezerves kopiju iestatījumus.

Izvēlieties paroli, kurā ir vismaz %n rakstzīme, un glabājiet to drošībā: to nevar atgūt.</numerusform>
                <numerusform>Vadītājs rūpējas par šī datora izglītojamajiem: redz visu progresu, eksportē to tabulā, pārdēvē profilus, atiestata aizmirstos PIN, noņem profilus, kā arī maina automātiskās izrakstīšanās laiku un rezerves kopiju iestatījumus.

Izvēlieties paroli, kurā ir vismaz %n rakstzīmes, un glabājiet to drošībā: to nevar atgūt.</numerusform>
                <numerusform>Vadītājs rūpējas par šī datora izglītojamajiem: redz visu progresu, eksportē to tabulā, pārdēvē profilus, atiestata aizmirstos PIN, noņem profilus, kā arī maina automātiskās izrakstīšanās laiku un rezerves kopiju iestatījumus.

Izvēlieties paroli, kurā ir vismaz %n rakstzīmes, un glabājiet to drošībā: to nevar atgūt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSignInDialog</name>
        <message>
            <source>Facilitator</source>
            <translation>Vadītājs</translation>
        </message>
        <message>
            <source>Facilitator sign-in</source>
            <translation>Vadītāja pierakstīšanās</translation>
        </message>
        <message>
            <source>Facilitator password:</source>
            <translation>Vadītāja parole:</translation>
        </message>
        <message>
            <source>Facilitator password</source>
            <translation>Vadītāja parole</translation>
        </message>
    </context>
    <context>
        <name>FillBlanksControl</name>
        <message>
            <source>Gap {n} of {total}</source>
            <translation>{n}. tukšā vieta no {total}</translation>
        </message>
        <message>
            <source>Type the missing word in each gap; Tab moves to the next gap.</source>
            <translation>Ierakstiet trūkstošo vārdu katrā tukšajā vietā; ar Tab pāriet uz nākamo.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this lesson</source>
            <translation>Meklēt šajā nodarbībā</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Iepriekšējā atbilstība</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Nākamā atbilstība</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Aizvērt meklēšanas joslu (Esc)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Aizvērt meklēšanas joslu</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Meklēt:</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nav atrasts</translation>
        </message>
    </context>
    <context>
        <name>FreeTextControl</name>
        <message>
            <source>Your answer</source>
            <translation>Jūsu atbilde</translation>
        </message>
        <message>
            <source>Write your answer here</source>
            <translation>Rakstiet savu atbildi šeit</translation>
        </message>
        <message>
            <source>This answer is not scored automatically: your facilitator reads it and may leave you a comment.</source>
            <translation>Šī atbilde netiek vērtēta automātiski: to izlasīs jūsu vadītājs, kas var atstāt jums komentāru.</translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n characters</source>
            <translation>
                <numerusform>{count} no %n rakstzīmes</numerusform>
                <numerusform>{count} no %n rakstzīmēm</numerusform>
                <numerusform>{count} no %n rakstzīmēm</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GatheredLearnersView</name>
        <message>
            <source>PC</source>
            <translation>Dators</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Izglītojamais</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Ieraksti</translation>
        </message>
        <message>
            <source>Completed courses</source>
            <translation>Pabeigtie kursi</translation>
        </message>
        <message>
            <source>Last record</source>
            <translation>Pēdējais ieraksts</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Sign-out warning</source>
            <translation>Brīdinājums par izrakstīšanos</translation>
        </message>
        <message>
            <source>Stay signed in</source>
            <translation>Palikt pierakstītam</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has happened for a while: you will be signed out in %n seconds. Your work is saved.</source>
            <translation>
                <numerusform>Kādu laiku nekas nav noticis: pēc %n sekundes jūs tiksiet izrakstīts. Jūsu darbs ir saglabāts.</numerusform>
                <numerusform>Kādu laiku nekas nav noticis: pēc %n sekundēm jūs tiksiet izrakstīts. Jūsu darbs ir saglabāts.</numerusform>
                <numerusform>Kādu laiku nekas nav noticis: pēc %n sekundēm jūs tiksiet izrakstīts. Jūsu darbs ir saglabāts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a workshop</source>
            <translation>Pievienoties darbnīcai</translation>
        </message>
        <message>
            <source>Type the address and the join code that the facilitator's PC shows under "Share on this network".</source>
            <translation>Ievadiet adresi un pievienošanās kodu, ko vadītāja dators rāda sadaļā "Koplietot šajā tīklā".</translation>
        </message>
        <message>
            <source>Address of the facilitator's PC</source>
            <translation>Vadītāja datora adrese</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Pievienošanās kods</translation>
        </message>
        <message>
            <source>This PC's name, as the facilitator sees it</source>
            <translation>Šī datora nosaukums, kā to redz vadītājs</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adrese:</translation>
        </message>
        <message>
            <source>Join &amp;code:</source>
            <translation>Pievienošanās &amp;kods:</translation>
        </message>
        <message>
            <source>This PC's &amp;name:</source>
            <translation>Šī datora &amp;nosaukums:</translation>
        </message>
        <message>
            <source>Check the network</source>
            <translation>Pārbaudīt tīklu</translation>
        </message>
        <message>
            <source>Check the network: what stands between this PC and the facilitator's PC</source>
            <translation>Pārbaudīt tīklu: kas traucē starp šo datoru un vadītāja datoru</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Pievienoties</translation>
        </message>
        <message>
            <source>Join the workshop</source>
            <translation>Pievienoties darbnīcai</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
        <message>
            <source>Checking the network…</source>
            <translation>Pārbauda tīklu…</translation>
        </message>
        <message>
            <source>Type the join code the facilitator's PC shows.</source>
            <translation>Ievadiet pievienošanās kodu, ko rāda vadītāja dators.</translation>
        </message>
        <message>
            <source>Joining…</source>
            <translation>Pievienojas…</translation>
        </message>
    </context>
    <context>
        <name>LearnerDetailDialog</name>
        <message>
            <source>Progress of {name}</source>
            <translation>Progress: {name}</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurss</translation>
        </message>
    </context>
    <context>
        <name>LearnerPicker</name>
        <message>
            <source>Who is learning today?</source>
            <translation>Kurš šodien mācās?</translation>
        </message>
        <message>
            <source>Choose your profile. Use the arrow keys and Enter, or click.</source>
            <translation>Izvēlieties savu profilu. Izmantojiet bulttaustiņus un Enter vai noklikšķiniet.</translation>
        </message>
        <message>
            <source>Nobody has a profile on this computer yet.
Profiles keep each person's progress separate: add one for everyone who learns here.</source>
            <translation>Šajā datorā vēl nevienam nav profila.
Profili nodala katra cilvēka progresu: izveidojiet profilu ikvienam, kas šeit mācās.</translation>
        </message>
        <message>
            <source>Add the first learner</source>
            <translation>Pievienot pirmo izglītojamo</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Vadītājs</translation>
        </message>
        <message>
            <source>Facilitator sign-in</source>
            <translation>Vadītāja pierakstīšanās</translation>
        </message>
        <message>
            <source>For the person who looks after this computer's learners</source>
            <translation>Personai, kas rūpējas par šī datora izglītojamajiem</translation>
        </message>
        <message>
            <source>{name}, protected by a PIN</source>
            <translation>{name}, aizsargāts ar PIN</translation>
        </message>
        <message>
            <source>{name} (PIN)</source>
            <translation>{name} (PIN)</translation>
        </message>
        <message>
            <source>Add learner</source>
            <translation>Pievienot izglītojamo</translation>
        </message>
    </context>
    <context>
    <name>LessonStructure</name>
    <message>
        <source>rows: {rows}, columns: {columns}</source>
        <translation>rindas: {rows}, kolonnas: {columns}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>rinda {row}, kolonna {column}</translation>
    </message>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n vienums</numerusform>
                <numerusform>%n vienumi</numerusform>
                <numerusform>%n vienumi</numerusform>
            </translation>
        </message>
</context>
<context>
        <name>LessonView</name>
        <message>
            <source>Lesson text</source>
            <translation>Nodarbības teksts</translation>
        </message>
        <message>
            <source>Link: {text}</source>
            <translation>Saite: {text}</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Atzīmēt kā pabeigtu</translation>
        </message>
        <message>
            <source>Mark this lesson as done</source>
            <translation>Atzīmēt šo nodarbību kā pabeigtu</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Saturs</translation>
        </message>
        <message>
            <source>Headings of this lesson (Ctrl+Down / Ctrl+Up go to the next / previous one)</source>
            <translation>Šīs nodarbības virsraksti (Ctrl+Down / Ctrl+Up pāriet uz nākamo / iepriekšējo)</translation>
        </message>
        <message>
            <source>Contents of this lesson</source>
            <translation>Šīs nodarbības saturs</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+Minus)</source>
            <translation>Mazāks teksts (Ctrl+Minus)</translation>
        </message>
        <message>
            <source>Larger text (Ctrl+Plus)</source>
            <translation>Lielāks teksts (Ctrl+Plus)</translation>
        </message>
        <message>
            <source>Find in this lesson (Ctrl+F)</source>
            <translation>Meklēt šajā nodarbībā (Ctrl+F)</translation>
        </message>
        <message>
            <source>This lesson's file is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Šīs nodarbības fails trūkst vai ir bojāts. Instalējiet kursa pakotni atkārtoti vai lūdziet vadītājam jaunu kopiju.</translation>
        </message>
        <message>
            <source>Table — rows: {rows}, columns: {columns}</source>
            <translation>Tabula — rindas: {rows}, kolonnas: {columns}</translation>
        </message>
        <message>
            <source>No next heading</source>
            <translation>Nākamā virsraksta nav</translation>
        </message>
        <message>
            <source>No previous heading</source>
            <translation>Iepriekšējā virsraksta nav</translation>
        </message>
        <message>
            <source>This lesson has no headings</source>
            <translation>Šai nodarbībai nav virsrakstu</translation>
        </message>
        <message>
            <source>Heading level {level}: {text}</source>
            <translation>{level}. līmeņa virsraksts: {text}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Pabeigts</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Vai atvērt tīmekļa lapu?</translation>
        </message>
        <message>
            <source>This link leads to the internet, which may not be available here:</source>
            <translation>Šī saite ved uz internetu, kas šeit var nebūt pieejams:</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Atvērt pārlūkā</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message>
            <source>Your courses</source>
            <translation>Jūsu kursi</translation>
        </message>
        <message>
            <source>Import course package…</source>
            <translation>Importēt kursa pakotni…</translation>
        </message>
        <message>
            <source>Import course package</source>
            <translation>Importēt kursa pakotni</translation>
        </message>
        <message>
            <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose "Import course package…" or drag the file onto this window.

Courses from elsewhere (H5P, Moodle backups, Common Cartridge, GIFT or Moodle XML questions, EPUB, PDF) are converted first; you see what they became before anything is installed.</source>
            <translation>Vēl nav instalēts neviens kurss.

Kurss ir fails ar paplašinājumu .biblio, piemēram, USB zibatmiņā no jūsu pasniedzēja. Izvēlieties „Importēt kursa pakotni…“ vai ievelciet failu šajā logā.

Kursi no citurienes (H5P, Moodle dublējumi, Common Cartridge, GIFT vai Moodle XML jautājumi, EPUB, PDF) vispirms tiek pārveidoti; pirms kaut kas tiek instalēts, jūs redzat, par ko tie ir kļuvuši.</translation>
        </message>
        <message>
            <source>Tip: you can drop .biblio files here to import them, or H5P, Moodle, EPUB and PDF files to convert them.</source>
            <translation>Padoms: šeit varat ievilkt .biblio failus, lai tos importētu, vai H5P, Moodle, EPUB un PDF failus, lai tos pārveidotu.</translation>
        </message>
        <message>
            <source>Last opened {date}</source>
            <translation>Pēdējoreiz atvērts {date}</translation>
        </message>
        <message>
            <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose "Import course package…" or drag the file onto this window.</source>
            <translation>Vēl nav instalēts neviens kurss.

Kurss ir fails ar paplašinājumu .biblio, piemēram, USB zibatmiņā no jūsu pasniedzēja. Izvēlieties „Importēt kursa pakotni…“ vai ievelciet failu šajā logā.</translation>
        </message>
        <message>
            <source>Tip: you can drop .biblio files here to import them.</source>
            <translation>Padoms: lai importētu .biblio failus, varat tos ievilkt šeit.</translation>
        </message>
        <message>
            <source>Course packages (*.biblio)</source>
            <translation>Kursu pakotnes (*.biblio)</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importēšana</translation>
        </message>
        <message>
            <source>Checking and installing the course…</source>
            <translation>Kurss tiek pārbaudīts un instalēts…</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Jau instalēts</translation>
        </message>
        <message>
            <source>The course package was not imported</source>
            <translation>Kursa pakotne netika importēta</translation>
        </message>
        <message>
            <source>Course imported</source>
            <translation>Kurss importēts</translation>
        </message>
        <message>
            <source>Installed:
{names}</source>
            <translation>Instalēts:
{names}</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Importēšana atcelta</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was installed.</source>
            <translation>Importēšana tika atcelta; nekas netika instalēts.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Library</source>
            <translation>Bibliotēka</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>Mans progress</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Vadītājs</translation>
        </message>
        <message>
            <source>Get courses</source>
            <translation>Iegūt kursus</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Iestatījumi</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>Pierakstījies kā</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Mainīt izglītojamo</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Citas darbības</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Iziet</translation>
        </message>
        <message>
            <source>You were signed out after a period without activity; your work was saved.</source>
            <translation>Pēc neaktivitātes perioda notika automātiska izrakstīšanās; jūsu darbs ir saglabāts.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Rezerves kopija atjaunota</translation>
        </message>
        <message>
            <source>The library was restored from {name}. The previous library was kept as {kept}.</source>
            <translation>Bibliotēka atjaunota no {name}. Iepriekšējā bibliotēka saglabāta kā {kept}.</translation>
        </message>
    </context>
    <context>
        <name>MarkWordsControl</name>
        <message>
            <source>Word {n} of {total}</source>
            <translation>{n}. vārds no {total}</translation>
        </message>
        <message>
            <source>Tab to the text, move from word to word with the arrow keys and mark or unmark a word with Space; or click the words.</source>
            <translation>Ar Tab pārejiet uz tekstu, pārvietojieties no vārda uz vārdu ar bultiņu taustiņiem un atzīmējiet vārdu vai noņemiet atzīmi ar atstarpes taustiņu; vai noklikšķiniet uz vārdiem.</translation>
        </message>
        <message>
            <source>Words marked: {n}</source>
            <translation>Atzīmēti vārdi: {n}</translation>
        </message>
    </context>
    <context>
        <name>MatchingControl</name>
        <message>
            <source>Choose…</source>
            <translation>Izvēlieties…</translation>
        </message>
        <message>
            <source>Match for: {left}</source>
            <translation>Atbilstība: {left}</translation>
        </message>
    </context>
    <context>
        <name>NetworkBox</name>
        <message>
            <source>On this network</source>
            <translation>Šajā tīklā</translation>
        </message>
        <message>
            <source>In a workshop, the facilitator's PC shares its courses with the PCs in the room. Join it with the code it shows: its courses are listed here, and your records go to it by themselves.</source>
            <translation>Darbnīcā vadītāja dators koplieto savus kursus ar telpas datoriem. Pievienojieties tam ar kodu, ko tas rāda: tā kursi ir redzami šeit, un jūsu ieraksti tiek nosūtīti uz to automātiski.</translation>
        </message>
        <message>
            <source>Workshops found on this network</source>
            <translation>Šajā tīklā atrastās darbnīcas</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Meklēt vēlreiz</translation>
        </message>
        <message>
            <source>Look for workshops on this network</source>
            <translation>Meklēt darbnīcas šajā tīklā</translation>
        </message>
        <message>
            <source>Join…</source>
            <translation>Pievienoties…</translation>
        </message>
        <message>
            <source>Join a workshop with its address and code</source>
            <translation>Pievienoties darbnīcai ar tās adresi un kodu</translation>
        </message>
        <message>
            <source>Check network</source>
            <translation>Pārbaudīt tīklu</translation>
        </message>
        <message>
            <source>Check the network to the workshop PC</source>
            <translation>Pārbaudīt tīklu līdz darbnīcas datoram</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Atvienoties</translation>
        </message>
        <message>
            <source>Leave the workshop</source>
            <translation>Atvienoties no darbnīcas</translation>
        </message>
        <message>
            <source>Joined to {name} ({address})</source>
            <translation>Pievienots darbnīcai {name} ({address})</translation>
        </message>
        <message>
            <source>Your records go to this PC by themselves.</source>
            <translation>Jūsu ieraksti uz šo datoru tiek nosūtīti automātiski.</translation>
        </message>
        <message>
            <source>Looking for workshops…</source>
            <translation>Meklē darbnīcas…</translation>
        </message>
        <message>
            <source>Choose a workshop and Join…, or type its address.</source>
            <translation>Izvēlieties darbnīcu un “Pievienoties…” vai ievadiet tās adresi.</translation>
        </message>
        <message>
            <source>No workshop was found. Networks often block the search (guest Wi-Fi, firewalls): type the address and code with Join….</source>
            <translation>Neviena darbnīca netika atrasta. Tīkli bieži bloķē meklēšanu (viesu Wi-Fi, ugunsmūri): ievadiet adresi un kodu ar “Pievienoties…”.</translation>
        </message>
        <message>
            <source>Not joined to a workshop.</source>
            <translation>Nav pievienots nevienai darbnīcai.</translation>
        </message>
        <message>
            <source>Joined to {name}. Its courses are listed under Get courses, marked “On this network”.</source>
            <translation>Pievienots darbnīcai {name}. Tās kursi ir redzami sadaļā “Iegūt kursus” ar atzīmi “Šajā tīklā”.</translation>
        </message>
        <message>
            <source>Checking the network…</source>
            <translation>Pārbauda tīklu…</translation>
        </message>
        <message>
            <source>Left the workshop {name}. Records already sent stay there; new ones wait on this PC.</source>
            <translation>Atvienots no darbnīcas {name}. Jau nosūtītie ieraksti paliek tur; jaunie gaida šajā datorā.</translation>
        </message>
    </context>
    <context>
        <name>NetworkCheck</name>
        <message>
            <source>Unsigned course</source>
            <translation>Neparakstīts kurss</translation>
        </message>
        <message>
            <source>“{title}” from the workshop PC {peer} is not signed by its publisher.</source>
            <translation>Kursu “{title}” no darbnīcas datora {peer} nav parakstījis tā izdevējs.</translation>
        </message>
        <message>
            <source>Nothing proves who made it or that it was not changed on the way: the PC it comes from, or anyone on this network, could have altered it. Install it only if you trust the facilitator's PC and this network.</source>
            <translation>Nekas nepierāda, kas to izveidoja vai ka tas ceļā netika mainīts: to varēja pārveidot dators, no kura tas nāk, vai jebkurš šajā tīklā. Instalējiet to tikai tad, ja uzticaties vadītāja datoram un šim tīklam.</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>Tomēr instalēt</translation>
        </message>
        <message>
            <source>Install the unsigned course anyway</source>
            <translation>Tomēr instalēt neparakstīto kursu</translation>
        </message>
        <message>
            <source>This PC is not connected to any network.</source>
            <translation>Šis dators nav pievienots nevienam tīklam.</translation>
        </message>
        <message>
            <source>connect the cable or Wi-Fi and try again</source>
            <translation>pievienojiet kabeli vai Wi-Fi un mēģiniet vēlreiz</translation>
        </message>
        <message>
            <source>The address {host} cannot be found on this network.</source>
            <translation>Adresi {host} šajā tīklā nevar atrast.</translation>
        </message>
        <message>
            <source>type the address as numbers, as the facilitator's PC shows it</source>
            <translation>ievadiet adresi cipariem, kā to rāda vadītāja dators</translation>
        </message>
        <message>
            <source>The PC at {host} does not answer: it is off, on another network (guest Wi-Fi is often kept apart), or a firewall drops the connection.</source>
            <translation>Dators adresē {host} neatbild: tas ir izslēgts, atrodas citā tīklā (viesu Wi-Fi bieži ir nodalīts) vai ugunsmūris bloķē savienojumu.</translation>
        </message>
        <message>
            <source>check that both PCs are on the same network and that port {port} is allowed on the facilitator's PC</source>
            <translation>pārbaudiet, vai abi datori ir vienā tīklā un vai vadītāja datorā ir atļauts ports {port}</translation>
        </message>
        <message>
            <source>The PC at {host} is there, but nothing listens on port {port}: the facilitator is not sharing, or a firewall on that PC refuses the port.</source>
            <translation>Dators adresē {host} ir sasniedzams, bet portā {port} nekas neklausās: vadītājs nekoplieto vai ugunsmūris tajā datorā atsaka šo portu.</translation>
        </message>
        <message>
            <source>ask the facilitator to start sharing (and to allow port {port} in the firewall)</source>
            <translation>palūdziet vadītājam sākt koplietošanu (un atļaut portu {port} ugunsmūrī)</translation>
        </message>
        <message>
            <source>Port {port} of {host} answers, but it is not a BIBLIO workshop (another program uses it).</source>
            <translation>Ports {port} adresē {host} atbild, bet tā nav BIBLIO darbnīca (to izmanto cita programma).</translation>
        </message>
        <message>
            <source>check the address and port on the facilitator's PC</source>
            <translation>pārbaudiet adresi un portu vadītāja datorā</translation>
        </message>
        <message>
            <source>The join code is wrong.</source>
            <translation>Pievienošanās kods ir nepareizs.</translation>
        </message>
        <message>
            <source>type the code shown on the facilitator's PC (letters and digits; case does not matter)</source>
            <translation>ievadiet kodu, ko rāda vadītāja dators (burti un cipari; lielie vai mazie burti nav svarīgi)</translation>
        </message>
        <message>
            <source>Too many wrong codes: wait a little before trying again.</source>
            <translation>Pārāk daudz nepareizu kodu: pagaidiet mazliet, pirms mēģināt vēlreiz.</translation>
        </message>
        <message>
            <source>check the code on the facilitator's PC meanwhile</source>
            <translation>pa to laiku pārbaudiet kodu vadītāja datorā</translation>
        </message>
        <message>
            <source>This PC is locked out after too many wrong codes.</source>
            <translation>Šis dators ir bloķēts pēc pārāk daudziem nepareiziem kodiem.</translation>
        </message>
        <message>
            <source>ask the facilitator to stop and start sharing again (a new code)</source>
            <translation>palūdziet vadītājam apturēt un atkal sākt koplietošanu (jauns kods)</translation>
        </message>
        <message>
            <source>Everything works: the workshop at {host} can be reached.</source>
            <translation>Viss darbojas: darbnīca adresē {host} ir sasniedzama.</translation>
        </message>
        <message>
            <source>join it with the code shown on the facilitator's PC</source>
            <translation>pievienojieties tai ar kodu, ko rāda vadītāja dators</translation>
        </message>
        <message>
            <source>What to do: {hint}.</source>
            <translation>Ko darīt: {hint}.</translation>
        </message>
        <message>
            <source>Everything works: the workshop at {host} accepts this code.</source>
            <translation>Viss darbojas: darbnīca adresē {host} pieņem šo kodu.</translation>
        </message>
        <message>
            <source>choose Join</source>
            <translation>izvēlieties “Pievienoties”</translation>
        </message>
        <message>
            <source>The workshop PC's catalog sends this course to another address ({url}), not to the workshop PC; it was not downloaded.</source>
            <translation>Darbnīcas datora katalogs šo kursu sūta uz citu adresi ({url}), nevis uz darbnīcas datoru; tas netika lejupielādēts.</translation>
        </message>
        <message>
            <source>This course cannot be downloaded</source>
            <translation>Šo kursu nevar lejupielādēt</translation>
        </message>
    </context>
    <context>
        <name>NumericControl</name>
        <message>
            <source>Type a number</source>
            <translation>Ievadiet skaitli</translation>
        </message>
        <message>
            <source>Digits only; for decimals use a comma or a point, e.g. {example}.</source>
            <translation>Tikai cipari; decimāldaļām izmantojiet komatu vai punktu, piemēram, {example}.</translation>
        </message>
        <message>
            <source>"{text}" is not a number. Type digits, e.g. 12 or 2,5.</source>
            <translation>„{text}“ nav skaitlis. Ievadiet ciparus, piemēram, 12 vai 2,5.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening the library…</source>
            <translation>Atver bibliotēku…</translation>
        </message>
        <message>
            <source>Opening the library</source>
            <translation>Atver bibliotēku</translation>
        </message>
    </context>
    <context>
        <name>OrderingControl</name>
        <message>
            <source>Steps in your order</source>
            <translation>Soļi jūsu secībā</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Augšup</translation>
        </message>
        <message>
            <source>Move the selected step up</source>
            <translation>Pārvietot atlasīto soli augšup</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Pārvietot augšup (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Lejup</translation>
        </message>
        <message>
            <source>Move the selected step down</source>
            <translation>Pārvietot atlasīto soli lejup</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Pārvietot lejup (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Drag the steps, or select one and use Up/Down (Ctrl+Up/Ctrl+Down), until the first step is at the top.</source>
            <translation>Velciet soļus vai atlasiet vienu un izmantojiet pogas Augšup/Lejup (Ctrl+Up/Ctrl+Down), līdz pirmais solis ir augšā.</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <source>Learner</source>
            <translation>Izglītojamais</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurss</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Elementi</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Laiks</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Pēdējā aktivitāte</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Pabeigts</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Testi</translation>
        </message>
        <message>
            <source>Share of required items done</source>
            <translation>Pabeigto obligāto elementu daļa</translation>
        </message>
        <message>
            <source>Required items done / required items</source>
            <translation>Pabeigtie obligātie elementi / obligātie elementi</translation>
        </message>
        <message>
            <source>Time spent in the course</source>
            <translation>Kursā pavadītais laiks</translation>
        </message>
        <message>
            <source>Last time an item was opened</source>
            <translation>Kad pēdējoreiz tika atvērts kāds elements</translation>
        </message>
        <message>
            <source>Date the course was completed</source>
            <translation>Kursa pabeigšanas datums</translation>
        </message>
        <message>
            <source>Average of the best score of each quiz taken</source>
            <translation>Katra kārtotā testa labāko rezultātu vidējais</translation>
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
            <translation>Kursi un kursu materiāli ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Visi faili (*)</translation>
        </message>
        <message>
            <source>Checking and installing the course…</source>
            <translation>Kurss tiek pārbaudīts un instalēts…</translation>
        </message>
        <message>
            <source>Reading and converting the course material…</source>
            <translation>Kursa materiāls tiek nolasīts un pārveidots…</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importēšana</translation>
        </message>
        <message>
            <source>The material was not converted</source>
            <translation>Materiāls netika pārveidots</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Importēšana atcelta</translation>
        </message>
        <message>
            <source>Nothing was installed.</source>
            <translation>Nekas netika instalēts.</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Jau instalēts</translation>
        </message>
        <message>
            <source>The course package was not imported</source>
            <translation>Kursa pakotne netika importēta</translation>
        </message>
        <message>
            <source>Course imported</source>
            <translation>Kurss importēts</translation>
        </message>
        <message>
            <source>Installed:
{names}</source>
            <translation>Instalēts:
{names}</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was installed.</source>
            <translation>Importēšana tika atcelta; nekas netika instalēts.</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <source>Text</source>
            <translation>Teksts</translation>
        </message>
        <message>
            <source>Show this page as text, for screen readers, a text cursor or copying (Ctrl+T)</source>
            <translation>Rādīt šo lappusi kā tekstu ekrāna lasītājiem, teksta kursoram vai kopēšanai (Ctrl+T)</translation>
        </message>
        <message>
            <source>Show this page as text</source>
            <translation>Rādīt šo lappusi kā tekstu</translation>
        </message>
        <message>
            <source>This page has no text to read: it may be a scanned picture.</source>
            <translation>Šajā lappusē nav lasāma teksta: tā var būt skenēts attēls.</translation>
        </message>
        <message>
            <source>Text of page {n} of {total}</source>
            <translation>Lappuses {n} no {total} teksts</translation>
        </message>
        <message>
            <source>PDF page</source>
            <translation>PDF lappuse</translation>
        </message>
        <message>
            <source>Contents of this PDF</source>
            <translation>Šī PDF saturs</translation>
        </message>
        <message>
            <source>Pages of this PDF</source>
            <translation>Šī PDF lappuses</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Saturs</translation>
        </message>
        <message>
            <source>Show or hide the contents (or the pages) of this PDF</source>
            <translation>Rādīt vai slēpt šī PDF saturu (vai lappuses)</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Saites</translation>
        </message>
        <message>
            <source>Links on this page</source>
            <translation>Saites šajā lappusē</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Iepriekšējā lappuse (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Nākamā lappuse (Page Down)</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Lappuses numurs</translation>
        </message>
        <message>
            <source>&amp;Page</source>
            <translation>&amp;Lappuse</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+Minus)</source>
            <translation>Tālināt (Ctrl+mīnuss)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+Plus)</source>
            <translation>Tuvināt (Ctrl+pluss)</translation>
        </message>
        <message>
            <source>Fit the page to the width (Ctrl+0)</source>
            <translation>Lappusi pielāgot platumam (Ctrl+0)</translation>
        </message>
        <message>
            <source>Find in this PDF (Ctrl+F)</source>
            <translation>Meklēt šajā PDF (Ctrl+F)</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <translation>Atzīmēt kā izlasītu</translation>
        </message>
        <message>
            <source>Mark this PDF as read</source>
            <translation>Atzīmēt šo PDF kā izlasītu</translation>
        </message>
        <message>
            <source>Find in this PDF</source>
            <translation>Meklēt šajā PDF</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Iepriekšējā atrastā vieta (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Nākamā atrastā vieta (Enter)</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Aizvērt meklēšanas joslu (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Meklēt:</translation>
        </message>
        <message>
            <source>Opening the PDF…</source>
            <translation>Atver PDF…</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>{n}. lappuse</translation>
        </message>
        <message>
            <source>of {total}</source>
            <translation>no {total}</translation>
        </message>
        <message>
            <source>The PDF file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>PDF datnes nav. Atkārtoti instalējiet kursa pakotni vai lūdziet vadītājam jaunu kopiju.</translation>
        </message>
        <message>
            <source>This PDF is damaged or is not a PDF, so it cannot be shown. Ask your facilitator for a new copy of the course.</source>
            <translation>Šis PDF ir bojāts vai nav PDF, tāpēc to nevar parādīt. Lūdziet vadītājam jaunu kursa kopiju.</translation>
        </message>
        <message>
            <source>This PDF is protected by a password, so it cannot be shown. Ask your facilitator for a copy without one.</source>
            <translation>Šis PDF ir aizsargāts ar paroli, tāpēc to nevar parādīt. Lūdziet vadītājam kopiju bez paroles.</translation>
        </message>
        <message>
            <source>This PDF has no pages.</source>
            <translation>Šim PDF nav lappušu.</translation>
        </message>
        <message>
            <source>This PDF takes too long to open, so it is not shown; it may be damaged. Ask your facilitator for a new copy of the course.</source>
            <translation>Šī PDF atvēršana ilgst pārāk ilgi, tāpēc tas netiek rādīts; tas var būt bojāts. Lūdziet vadītājam jaunu kursa kopiju.</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>{n}. lappuse no {total}</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Izlasīts</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>Doties uz {n}. lappusi</translation>
        </message>
        <message>
            <source>This page has no links</source>
            <translation>Šajā lappusē nav saišu</translation>
        </message>
        <message>
            <source>This link cannot be opened from the app.</source>
            <translation>Šo saiti nevar atvērt no lietotnes.</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Nav atrasts</translation>
        </message>
        <message>
            <source>Matches: {count}</source>
            <translation>Atrastas vietas: {count}</translation>
        </message>
        <message>
            <source>Match {n} of {total}, page {page}</source>
            <translation>{n}. atrastā vieta no {total}, {page}. lappuse</translation>
        </message>
        <message numerus="yes">
            <source>This PDF has %n pages, more than the {limit} the app opens, so it is not shown. Ask your facilitator for a shorter document.</source>
            <translation>
                <numerusform>Šim PDF ir %n lappuse — vairāk nekā {limit}, ko lietotne atver, tāpēc tas netiek rādīts. Lūdziet vadītājam īsāku dokumentu.</numerusform>
                <numerusform>Šim PDF ir %n lappuses — vairāk nekā {limit}, ko lietotne atver, tāpēc tas netiek rādīts. Lūdziet vadītājam īsāku dokumentu.</numerusform>
                <numerusform>Šim PDF ir %n lappuses — vairāk nekā {limit}, ko lietotne atver, tāpēc tas netiek rādīts. Lūdziet vadītājam īsāku dokumentu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>PIN for {name}:</source>
            <translation>PIN profilam {name}:</translation>
        </message>
        <message>
            <source>PIN for {name}</source>
            <translation>PIN profilam {name}</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <source>Your progress</source>
            <translation>Jūsu progress</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurss</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Kurss:</translation>
        </message>
        <message>
            <source>Get certificate</source>
            <translation>Saņemt apliecību</translation>
        </message>
        <message>
            <source>Available when the course is complete</source>
            <translation>Pieejams, kad kurss ir pabeigts</translation>
        </message>
        <message>
            <source>Sign in on the start screen to see your progress.</source>
            <translation>Lai skatītu savu progresu, pierakstieties sākuma ekrānā.</translation>
        </message>
        <message>
            <source>No courses are installed yet. Go to the library and import a course package (.biblio) to start learning.</source>
            <translation>Vēl nav instalēts neviens kurss. Lai sāktu mācīties, atveriet bibliotēku un importējiet kursa pakotni (.biblio).</translation>
        </message>
        <message>
            <source>This course's progress cannot be shown.</source>
            <translation>Šī kursa progresu nevar parādīt.</translation>
        </message>
        <message>
            <source>Save your certificate for this course</source>
            <translation>Saglabāt šī kursa apliecību</translation>
        </message>
        <message>
            <source>Available when every required item of the course is done</source>
            <translation>Pieejams, kad ir pabeigti visi kursa obligātie elementi</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <source>Answer to: {prompt}</source>
            <translation>Atbilde uz: {prompt}</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>Pārbaudīt atbildi</translation>
        </message>
        <message>
            <source>Check and save the answer</source>
            <translation>Pārbaudīt un saglabāt atbildi</translation>
        </message>
        <message>
            <source>Answer saved for your facilitator</source>
            <translation>Atbilde saglabāta jūsu vadītājam</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Pareizi</translation>
        </message>
        <message>
            <source>Partly correct ({score})</source>
            <translation>Daļēji pareizi ({score})</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Nepareizi</translation>
        </message>
        <message>
            <source>Explanation: {text}</source>
            <translation>Skaidrojums: {text}</translation>
        </message>
    </context>
    <context>
        <name>QuestionNavigator</name>
        <message>
            <source>answered</source>
            <translation>atbildēts</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nav atbildēts</translation>
        </message>
        <message>
            <source>{state}, current</source>
            <translation>{state}, pašreizējais</translation>
        </message>
        <message>
            <source>Question {n}, {state}</source>
            <translation>{n}. jautājums, {state}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPanel</name>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nav saglabāts: {reason}</translation>
        </message>
        <message>
            <source>Answer the question first.</source>
            <translation>Vispirms atbildiet uz jautājumu.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saglabā…</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Start</source>
            <translation>Sākt</translation>
        </message>
        <message>
            <source>See your last result</source>
            <translation>Skatīt pēdējo rezultātu</translation>
        </message>
        <message>
            <source>See the result of your last attempt</source>
            <translation>Skatīt pēdējā mēģinājuma rezultātu</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Saglabāšanas statuss</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Iepriekšējais</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Iepriekšējais jautājums</translation>
        </message>
        <message>
            <source>Previous question (Page Up)</source>
            <translation>Iepriekšējais jautājums (Page Up)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Nākamais</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Nākamais jautājums</translation>
        </message>
        <message>
            <source>Next question (Page Down)</source>
            <translation>Nākamais jautājums (Page Down)</translation>
        </message>
        <message>
            <source>Submit answers</source>
            <translation>Iesniegt atbildes</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Mēģināt vēlreiz</translation>
        </message>
        <message>
            <source>Try the quiz again</source>
            <translation>Kārtot testu vēlreiz</translation>
        </message>
        <message>
            <source>This quiz cannot be shown</source>
            <translation>Šo testu nevar parādīt</translation>
        </message>
        <message>
            <source>Sign in as a learner to take this quiz.</source>
            <translation>Lai kārtotu šo testu, pierakstieties kā izglītojamais.</translation>
        </message>
        <message>
            <source>Attempts used: {used} of {max}</source>
            <translation>Izmantotie mēģinājumi: {used} no {max}</translation>
        </message>
        <message>
            <source>Attempts used: {used} (no limit)</source>
            <translation>Izmantotie mēģinājumi: {used} (bez ierobežojuma)</translation>
        </message>
        <message>
            <source>Best score so far: {score}</source>
            <translation>Labākais rezultāts līdz šim: {score}</translation>
        </message>
        <message>
            <source>No score yet.</source>
            <translation>Rezultāta vēl nav.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Turpināt</translation>
        </message>
        <message>
            <source>Resume the quiz</source>
            <translation>Turpināt testu</translation>
        </message>
        <message>
            <source>Start the quiz</source>
            <translation>Sākt testu</translation>
        </message>
        <message>
            <source>Answer one question at a time; every answer is saved at once, so you can stop and come back later.</source>
            <translation>Atbildiet uz jautājumiem pa vienam; katra atbilde tiek saglabāta uzreiz, tāpēc varat pārtraukt un atgriezties vēlāk.</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>{n}. jautājums no {total}</translation>
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation>Atbilde uz {n}. jautājumu</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nav saglabāts: {reason}</translation>
        </message>
        <message>
            <source>Not saved: an empty answer cannot replace your earlier one.</source>
            <translation>Nav saglabāts: tukša atbilde nevar aizstāt jūsu iepriekšējo atbildi.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saglabā…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saglabāts</translation>
        </message>
        <message>
            <source>Result: {title}</source>
            <translation>Rezultāts: {title}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Nokārtots</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>Vēl nav nokārtots</translation>
        </message>
        <message>
            <source>Your score: {score} (pass mark {mark})</source>
            <translation>Jūsu rezultāts: {score} (nokārtošanas slieksnis {mark})</translation>
        </message>
        <message>
            <source>To pass, answer every question that asks you to write your own answer.</source>
            <translation>Lai nokārtotu testu, atbildiet uz katru jautājumu, kurā jāuzraksta sava atbilde.</translation>
        </message>
        <message>
            <source>You can try again; a new attempt may ask different questions.</source>
            <translation>Varat mēģināt vēlreiz; jaunajā mēģinājumā var būt citi jautājumi.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Nav atbildēts</translation>
        </message>
        <message>
            <source>Answer saved for your facilitator</source>
            <translation>Atbilde saglabāta jūsu vadītājam</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Pareizi</translation>
        </message>
        <message>
            <source>Partly correct ({score})</source>
            <translation>Daļēji pareizi ({score})</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Nepareizi</translation>
        </message>
        <message>
            <source>Your answer: {answer}</source>
            <translation>Jūsu atbilde: {answer}</translation>
        </message>
        <message>
            <source>Explanation: {text}</source>
            <translation>Skaidrojums: {text}</translation>
        </message>
        <message>
            <source>Your facilitator's review ({date}): {score}</source>
            <translation>Vadītāja vērtējums ({date}): {score}</translation>
        </message>
        <message>
            <source>Comment: {text}</source>
            <translation>Komentārs: {text}</translation>
        </message>
        <message>
            <source>Not reviewed yet.</source>
            <translation>Vēl nav novērtēts.</translation>
        </message>
        <message>
            <source>Question {n}: {verdict}</source>
            <translation>{n}. jautājums: {verdict}</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Patiess</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Aplams</translation>
        </message>
        <message numerus="yes">
            <source>%n questions · pass mark {mark}</source>
            <translation>
                <numerusform>%n jautājums · nokārtošanas slieksnis {mark}</numerusform>
                <numerusform>%n jautājumi · nokārtošanas slieksnis {mark}</numerusform>
                <numerusform>%n jautājumi · nokārtošanas slieksnis {mark}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions are not answered yet. Submit anyway?</source>
            <translation>
                <numerusform>%n jautājums vēl nav atbildēts. Vai tomēr iesniegt?</numerusform>
                <numerusform>%n jautājumi vēl nav atbildēti. Vai tomēr iesniegt?</numerusform>
                <numerusform>%n jautājumi vēl nav atbildēti. Vai tomēr iesniegt?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts. Your best result: {score}.</source>
            <translation>
                <numerusform>Izmantots %n mēģinājums — vairāk mēģinājumu nav. Jūsu labākais rezultāts: {score}.</numerusform>
                <numerusform>Visi %n mēģinājumi ir izmantoti. Jūsu labākais rezultāts: {score}.</numerusform>
                <numerusform>Visi %n mēģinājumi ir izmantoti. Jūsu labākais rezultāts: {score}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts for this quiz.</source>
            <translation>
                <numerusform>Šim testam izmantots %n mēģinājums — vairāk mēģinājumu nav.</numerusform>
                <numerusform>Visi šī testa %n mēģinājumi ir izmantoti.</numerusform>
                <numerusform>Visi šī testa %n mēģinājumi ir izmantoti.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have an unfinished attempt: {done} of %n questions answered. Your answers are saved.</source>
            <translation>
                <numerusform>Jums ir nepabeigts mēģinājums: atbildēti {done} no %n jautājuma. Jūsu atbildes ir saglabātas.</numerusform>
                <numerusform>Jums ir nepabeigts mēģinājums: atbildēti {done} no %n jautājumiem. Jūsu atbildes ir saglabātas.</numerusform>
                <numerusform>Jums ir nepabeigts mēģinājums: atbildēti {done} no %n jautājumiem. Jūsu atbildes ir saglabātas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RemoveLearnerDialog</name>
        <message>
            <source>Remove {name}</source>
            <translation>Noņemt profilu {name}</translation>
        </message>
        <message>
            <source>This removes the profile {name} and all of its progress, quiz answers and completions. It cannot be undone.

A copy of everything is saved first as a file in {folder}.

Type the name to confirm:</source>
            <translation>Tiks noņemts profils {name} un viss tā progress, testu atbildes un pabeigšanas ieraksti. To nevar atsaukt.

Vispirms visu datu kopija tiek saglabāta kā fails mapē {folder}.

Lai apstiprinātu, ievadiet vārdu:</translation>
        </message>
        <message>
            <source>Type the learner's name to confirm</source>
            <translation>Lai apstiprinātu, ievadiet izglītojamā vārdu</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
    </context>
    <context>
        <name>ResetPinDialog</name>
        <message>
            <source>Reset PIN of {name}</source>
            <translation>Atiestatīt PIN: {name}</translation>
        </message>
        <message>
            <source>Type a new PIN twice, or leave both empty to remove the PIN. This also ends any wait after wrong PINs.</source>
            <translation>Ievadiet jauno PIN divreiz vai atstājiet abus laukus tukšus, lai noņemtu PIN. Tas arī atceļ gaidīšanu pēc nepareiziem PIN.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Jaunais PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Jaunais PIN atkārtoti</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;Jaunais PIN:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN &amp;atkārtoti:</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same PIN twice.</source>
            <translation>Abi PIN nesakrīt. Ievadiet to pašu PIN divreiz.</translation>
        </message>
    </context>
    <context>
        <name>ReviewAnswersDialog</name>
        <message>
            <source>Review written answers</source>
            <translation>Rakstīto atbilžu pārskatīšana</translation>
        </message>
        <message>
            <source>Show the answers of</source>
            <translation>Izglītojamais, kura atbildes rādīt</translation>
        </message>
        <message>
            <source>Show the answers in</source>
            <translation>Kurss, kura atbildes rādīt</translation>
        </message>
        <message>
            <source>Also show reviewed answers</source>
            <translation>Rādīt arī pārskatītās atbildes</translation>
        </message>
        <message>
            <source>Learner:</source>
            <translation>Izglītojamais:</translation>
        </message>
        <message>
            <source>Course:</source>
            <translation>Kurss:</translation>
        </message>
        <message>
            <source>Written answers</source>
            <translation>Rakstītās atbildes</translation>
        </message>
        <message>
            <source>The learner's answer</source>
            <translation>Izglītojamā atbilde</translation>
        </message>
        <message>
            <source>Score, in percent</source>
            <translation>Vērtējums procentos</translation>
        </message>
        <message>
            <source>What the learner will read with the score</source>
            <translation>Ko izglītojamais izlasīs kopā ar vērtējumu</translation>
        </message>
        <message>
            <source>Comment for the learner</source>
            <translation>Komentārs izglītojamajam</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Atzīmēt kā pārskatītu</translation>
        </message>
        <message>
            <source>Save the score and the comment (Ctrl+Enter)</source>
            <translation>Saglabāt vērtējumu un komentāru (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Vērtējums:</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Komentārs:</translation>
        </message>
        <message>
            <source>All learners ({n})</source>
            <translation>Visi izglītojamie ({n})</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>All courses ({n})</source>
            <translation>Visi kursi ({n})</translation>
        </message>
        <message>
            <source> · reviewed</source>
            <translation> · pārskatīta</translation>
        </message>
        <message>
            <source>{name} · {quiz} · {date}{done}
{answer}</source>
            <translation>{name} · {quiz} · {date}{done}
{answer}</translation>
        </message>
        <message>
            <source>No written answers are waiting for review.</source>
            <translation>Neviena rakstīta atbilde negaida pārskatīšanu.</translation>
        </message>
        <message>
            <source>No written answers here yet.</source>
            <translation>Šeit vēl nav rakstītu atbilžu.</translation>
        </message>
        <message>
            <source>{name}, {course}</source>
            <translation>{name}, {course}</translation>
        </message>
        <message>
            <source>Reviewed on {date}: {score}. Saving again replaces the review.</source>
            <translation>Pārskatīta {date}: {score}. Saglabājot vēlreiz, vērtējums tiek aizstāts.</translation>
        </message>
        <message>
            <source>Submitted on {date}, attempt {n}.</source>
            <translation>Iesniegta {date}, {n}. mēģinājums.</translation>
        </message>
        <message>
            <source>Saved the review of {name}'s answer.</source>
            <translation>Vērtējums saglabāts: {name}.</translation>
        </message>
        <message numerus="yes">
            <source>The comment is too long: at most %n characters.</source>
            <translation>
                <numerusform>Komentārs ir pārāk garš: ne vairāk kā %n rakstzīme.</numerusform>
                <numerusform>Komentārs ir pārāk garš: ne vairāk kā %n rakstzīmes.</numerusform>
                <numerusform>Komentārs ir pārāk garš: ne vairāk kā %n rakstzīmes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecretPromptDialog</name>
        <message>
            <source>Type the PIN first.</source>
            <translation>Vispirms ievadiet PIN.</translation>
        </message>
        <message>
            <source>Type the password first.</source>
            <translation>Vispirms ievadiet paroli.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Tagad varat mēģināt vēlreiz.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>PIN nav pareizs. Vēl %n mēģinājums līdz īsai gaidīšanai.</numerusform>
                <numerusform>PIN nav pareizs. Vēl %n mēģinājumi līdz īsai gaidīšanai.</numerusform>
                <numerusform>PIN nav pareizs. Vēl %n mēģinājumi līdz īsai gaidīšanai.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That password is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>Parole nav pareiza. Vēl %n mēģinājums līdz īsai gaidīšanai.</numerusform>
                <numerusform>Parole nav pareiza. Vēl %n mēģinājumi līdz īsai gaidīšanai.</numerusform>
                <numerusform>Parole nav pareiza. Vēl %n mēģinājumi līdz īsai gaidīšanai.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>Pārāk daudz nepareizu PIN. Mēģiniet vēlreiz pēc %n sekundes.</numerusform>
                <numerusform>Pārāk daudz nepareizu PIN. Mēģiniet vēlreiz pēc %n sekundēm.</numerusform>
                <numerusform>Pārāk daudz nepareizu PIN. Mēģiniet vēlreiz pēc %n sekundēm.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n seconds.</source>
            <translation>
                <numerusform>Pārāk daudz nepareizu paroļu. Mēģiniet vēlreiz pēc %n sekundes.</numerusform>
                <numerusform>Pārāk daudz nepareizu paroļu. Mēģiniet vēlreiz pēc %n sekundēm.</numerusform>
                <numerusform>Pārāk daudz nepareizu paroļu. Mēģiniet vēlreiz pēc %n sekundēm.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>Iestatījumi</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Lietotnes valoda</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Text size in points</source>
            <translation>Teksta lielums punktos</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Krāsu motīvs</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Gaišs</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tumšs</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Augsts kontrasts</translation>
        </message>
        <message>
            <source>Display (for everyone on this computer)</source>
            <translation>Displejs (visiem šī datora lietotājiem)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Valoda:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Teksta lielums:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Motīvs:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sign out after this many idle minutes</source>
            <translation>Izrakstīt pēc šāda neaktivitātes minūšu skaita</translation>
        </message>
        <message>
            <source>e.g. Riga Central Library</source>
            <translation>piem., Rīgas Centrālā bibliotēka</translation>
        </message>
        <message>
            <source>Name of this library on certificates</source>
            <translation>Šīs bibliotēkas nosaukums sertifikātos</translation>
        </message>
        <message>
            <source>Shown as the issuer on certificates and signed records made on this computer from now on.</source>
            <translation>Turpmāk tiks rādīts kā izdevējs sertifikātos un parakstītajos ierakstos, kas izveidoti šajā datorā.</translation>
        </message>
        <message>
            <source>e.g. https://www.rcb.lv</source>
            <translation>piem., https://www.rcb.lv</translation>
        </message>
        <message>
            <source>Web address of the library's home page</source>
            <translation>Bibliotēkas sākumlapas tīmekļa adrese</translation>
        </message>
        <message>
            <source>Identifies the learners of this computer in the learning records sent to a learning record store (LRS). Set it before the first records are sent: after a change, the LRS sees the same learners as new ones. Empty: a built-in address.</source>
            <translation>Identificē šī datora izglītojamos mācību ierakstos, ko sūta uz mācību ierakstu krātuvi (LRS). Iestatiet to pirms pirmo ierakstu nosūtīšanas: pēc izmaiņām LRS tos pašus izglītojamos redzēs kā jaunus. Tukšs: iebūvēta adrese.</translation>
        </message>
        <message>
            <source>Enter the address of the library's home page, starting with https:// or http://, without a user name or a # part.</source>
            <translation>Ievadiet bibliotēkas sākumlapas adresi, kas sākas ar https:// vai http://, bez lietotājvārda un # daļas.</translation>
        </message>
        <message>
            <source>Shared computer</source>
            <translation>Koplietojams dators</translation>
        </message>
        <message>
            <source>Sign out after &amp;idle time:</source>
            <translation>Izrakstīt pēc &amp;dīkstāves:</translation>
        </message>
        <message>
            <source>&amp;Library name on certificates:</source>
            <translation>&amp;Bibliotēkas nosaukums sertifikātos:</translation>
        </message>
        <message>
            <source>Library &amp;website:</source>
            <translation>Bibliotēkas tīmekļa vi&amp;etne:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datu mape</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Atvērt mapi</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Atvērt datu mapi</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datums</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Iemesls</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Lielums</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Rezerves kopijas, jaunākās vispirms</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Izveidot rezerves kopiju</translation>
        </message>
        <message>
            <source>Back up the library now</source>
            <translation>Izveidot bibliotēkas rezerves kopiju tagad</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Atjaunot…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Atjaunot atlasīto rezerves kopiju</translation>
        </message>
        <message>
            <source>Data folder and backups</source>
            <translation>Datu mape un rezerves kopijas</translation>
        </message>
        <message>
            <source>Courses, progress and backups are kept in:</source>
            <translation>Kursi, progress un rezerves kopijas tiek glabāti šeit:</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Par lietotni</translation>
        </message>
        <message>
            <source>{app} {version}
Offline courses for librarians, made for the BIBLIO programme (Boosting Digital Skills and Competences for Librarians in Europe). Works without an internet connection; your progress stays on this computer.</source>
            <translation>{app} {version}
Bezsaistes kursi bibliotekāriem, izstrādāti programmai BIBLIO (Boosting Digital Skills and Competences for Librarians in Europe). Darbojas bez interneta savienojuma; jūsu progress paliek šajā datorā.</translation>
        </message>
        <message>
            <source>No backups yet. Press "Back up now".</source>
            <translation>Rezerves kopiju vēl nav. Nospiediet „Izveidot rezerves kopiju“.</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>Pēc pieprasījuma</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Ikdienas</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Pirms importēšanas</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Pirms atjaunināšanas</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Pirms atjaunošanas</translation>
        </message>
        <message>
            <source>You are signed in as the facilitator.</source>
            <translation>Jūs esat pierakstījies kā vadītājs.</translation>
        </message>
        <message>
            <source>Only the facilitator can change the idle time, the library name and website, and restore backups. Sign in as the facilitator from the start screen.</source>
            <translation>Tikai vadītājs var mainīt dīkstāves laiku, bibliotēkas nosaukumu un tīmekļa vietni, kā arī atjaunot rezerves kopijas. Pierakstieties kā vadītājs sākuma ekrānā.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Rezerves kopēšana</translation>
        </message>
        <message>
            <source>Backing up the library…</source>
            <translation>Tiek veidota bibliotēkas rezerves kopija…</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Rezerves kopija saglabāta: {path}</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Atjaunot rezerves kopiju</translation>
        </message>
        <message>
            <source>Restore the library as it was on {when}?</source>
            <translation>Vai atjaunot bibliotēku tādu, kāda tā bija {when}?</translation>
        </message>
        <message>
            <source>Progress saved after that moment will be replaced by the backup's. A copy of the current library is kept first. The app closes and reopens its library; everyone is signed out.</source>
            <translation>Pēc šī brīža saglabātais progress tiks aizstāts ar rezerves kopijā esošo. Vispirms tiek saglabāta pašreizējās bibliotēkas kopija. Lietotne aizvērs un no jauna atvērs savu bibliotēku; visi lietotāji tiks izrakstīti.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Atjaunot</translation>
        </message>
    </context>
    <context>
        <name>SharePanel</name>
        <message>
            <source>Share on this network</source>
            <translation>Koplietot šajā tīklā</translation>
        </message>
        <message>
            <source>This PC shares its installed courses with the PCs in this room and gathers their records. On each learner PC: Get courses → On this network → Join…, with the address and the join code shown here.</source>
            <translation>Šis dators koplieto savus instalētos kursus ar telpas datoriem un savāc to ierakstus. Katrā izglītojamā datorā: Iegūt kursus → Šajā tīklā → Pievienoties…, ar šeit redzamo adresi un pievienošanās kodu.</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Sākt koplietošanu</translation>
        </message>
        <message>
            <source>Start sharing this PC's courses on this network</source>
            <translation>Sākt koplietot šī datora kursus šajā tīklā</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Beigt koplietošanu</translation>
        </message>
        <message>
            <source>Stop sharing on this network</source>
            <translation>Beigt koplietošanu šajā tīklā</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Pievienošanās kods</translation>
        </message>
        <message>
            <source>PCs that joined</source>
            <translation>Pievienojušies datori</translation>
        </message>
        <message>
            <source>PC</source>
            <translation>Dators</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adrese</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Pēdējoreiz redzēts</translation>
        </message>
        <message>
            <source>Downloading now</source>
            <translation>Pašlaik lejupielādē</translation>
        </message>
        <message>
            <source>Remove this PC…</source>
            <translation>Noņemt šo datoru…</translation>
        </message>
        <message>
            <source>Remove the selected PC from the workshop</source>
            <translation>Noņemt izvēlēto datoru no darbnīcas</translation>
        </message>
        <message>
            <source>Learners whose records arrived</source>
            <translation>Izglītojamie, kuru ieraksti ir saņemti</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Aizvērt</translation>
        </message>
        <message>
            <source>Sharing could not start: {error}</source>
            <translation>Koplietošanu nevarēja sākt: {error}</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Sāk…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Aptur…</translation>
        </message>
        <message>
            <source>Not sharing. Nothing on this PC can be reached from the network until you start sharing.</source>
            <translation>Netiek koplietots. Kamēr nesākat koplietošanu, no tīkla šim datoram nevar piekļūt.</translation>
        </message>
        <message>
            <source>Sharing as {name}. Learner PCs can join now.</source>
            <translation>Koplieto kā {name}. Izglītojamo datori tagad var pievienoties.</translation>
        </message>
        <message>
            <source>Join code, letter by letter: {code}</source>
            <translation>Pievienošanās kods pa burtam: {code}</translation>
        </message>
        <message>
            <source>Address: {addresses}</source>
            <translation>Adrese: {addresses}</translation>
        </message>
        <message>
            <source>QR code of the address {address}</source>
            <translation>Adreses {address} QR kods</translation>
        </message>
        <message>
            <source>Not shared: {names} (import their .biblio file again to share them).</source>
            <translation>Netiek koplietoti: {names} (lai tos koplietotu, vēlreiz importējiet to .biblio failu).</translation>
        </message>
        <message>
            <source>Remove this PC</source>
            <translation>Noņemt šo datoru</translation>
        </message>
        <message>
            <source>Remove {name} from the workshop? It can no longer download courses or send records here (what it sent stays). It can join again with the join code.</source>
            <translation>Noņemt {name} no darbnīcas? Tas vairs nevarēs lejupielādēt kursus vai sūtīt ierakstus šeit (jau nosūtītais paliek). Tas var pievienoties vēlreiz ar pievienošanās kodu.</translation>
        </message>
        <message numerus="yes">
            <source>Shares %n courses.</source>
            <translation>
                <numerusform>Koplieto %n kursu.</numerusform>
                <numerusform>Koplieto %n kursus.</numerusform>
                <numerusform>Koplieto %n kursus.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlidesView</name>
        <message>
            <source>Slide</source>
            <translation>Slaids</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Iepriekšējais</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>Iepriekšējais slaids</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Nākamais</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Nākamais slaids</translation>
        </message>
        <message>
            <source>Slides shown</source>
            <translation>Parādītie slaidi</translation>
        </message>
        <message>
            <source>Slide {n} of {total}</source>
            <translation>Slaids {n} no {total}</translation>
        </message>
        <message>
            <source>The questions of these slides cannot be shown: {reason}</source>
            <translation>Šo slaidu jautājumus nevar parādīt: {reason}</translation>
        </message>
        <message>
            <source>Question on this slide</source>
            <translation>Jautājums šajā slaidā</translation>
        </message>
        <message>
            <source>Question {n} of {total} on this slide</source>
            <translation>{n}. jautājums no {total} šajā slaidā</translation>
        </message>
        <message>
            <source>This slide deck is empty or its file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Šī slaidu kopa ir tukša vai tās fails trūkst. Instalējiet kursa pakotni atkārtoti vai lūdziet vadītājam jaunu kopiju.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions</source>
            <translation>
                <numerusform>%n jautājums</numerusform>
                <numerusform>%n jautājumi</numerusform>
                <numerusform>%n jautājumi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncBar</name>
        <message>
            <source>Sync now</source>
            <translation>Sinhronizēt tagad</translation>
        </message>
        <message>
            <source>Send waiting records to the Learning Record Store now</source>
            <translation>Tagad nosūtīt gaidošos ierakstus uz mācību ierakstu krātuvi</translation>
        </message>
        <message>
            <source>Export new records to USB…</source>
            <translation>Eksportēt jaunos ierakstus uz USB…</translation>
        </message>
        <message>
            <source>Export the waiting records to a folder or USB stick</source>
            <translation>Eksportēt gaidošos ierakstus mapē vai USB zibatmiņā</translation>
        </message>
        <message>
            <source>No Learning Record Store is set up yet. Enter its address, user name and password in Settings, under "Sending records".</source>
            <translation>Mācību ierakstu krātuve (LRS) vēl nav iestatīta. Iestatījumu sadaļā „Ierakstu sūtīšana“ ievadiet tās adresi, lietotājvārdu un paroli.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinhronizācija</translation>
        </message>
        <message>
            <source>Sending records to the Learning Record Store…</source>
            <translation>Ieraksti tiek sūtīti uz mācību ierakstu krātuvi…</translation>
        </message>
        <message>
            <source>Sync cancelled. What was sent stays sent; the rest stays queued.</source>
            <translation>Sinhronizācija atcelta. Nosūtītie ieraksti paliek nosūtīti; pārējie paliek rindā.</translation>
        </message>
        <message>
            <source>Nothing is waiting to be sent, so there is nothing to export.</source>
            <translation>Nav neviena ieraksta, kas gaida nosūtīšanu, tāpēc nav ko eksportēt.</translation>
        </message>
        <message>
            <source>Export new records to a USB stick or folder</source>
            <translation>Eksportēt jaunos ierakstus USB zibatmiņā vai mapē</translation>
        </message>
        <message>
            <source>Export new records</source>
            <translation>Eksportēt jaunos ierakstus</translation>
        </message>
        <message>
            <source>Writing the waiting records…</source>
            <translation>Gaidošie ieraksti tiek saglabāti…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Eksportēšana atcelta; nekas netika saglabāts.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n statements to {folder}. On a computer with internet, send them with: biblio-desktop sync --from "{folder}"</source>
            <translation>
                <numerusform>Mapē {folder} saglabāts %n ieraksts. Datorā ar interneta savienojumu nosūtiet to ar komandu: biblio-desktop sync --from "{folder}"</numerusform>
                <numerusform>Mapē {folder} saglabāti %n ieraksti. Datorā ar interneta savienojumu nosūtiet tos ar komandu: biblio-desktop sync --from "{folder}"</numerusform>
                <numerusform>Mapē {folder} saglabāti %n ieraksti. Datorā ar interneta savienojumu nosūtiet tos ar komandu: biblio-desktop sync --from "{folder}"</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Address of the Learning Record Store</source>
            <translation>Mācību ierakstu krātuves adrese</translation>
        </message>
        <message>
            <source>User name for the Learning Record Store</source>
            <translation>Mācību ierakstu krātuves lietotājvārds</translation>
        </message>
        <message>
            <source>Password for the Learning Record Store</source>
            <translation>Mācību ierakstu krātuves parole</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <source>Save the Learning Record Store settings</source>
            <translation>Saglabāt mācību ierakstu krātuves iestatījumus</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Pārbaudīt savienojumu</translation>
        </message>
        <message>
            <source>Test the connection to the Learning Record Store</source>
            <translation>Pārbaudīt savienojumu ar mācību ierakstu krātuvi</translation>
        </message>
        <message>
            <source>Completed courses and quiz results are sent to your organisation's Learning Record Store (xAPI) when there is a connection; until then they wait on this computer.</source>
            <translation>Pabeigtie kursi un testu rezultāti tiek nosūtīti uz jūsu organizācijas mācību ierakstu krātuvi (LRS, xAPI), kad ir pieejams savienojums; līdz tam tie gaida šajā datorā.</translation>
        </message>
        <message>
            <source>Sending records</source>
            <translation>Ierakstu sūtīšana</translation>
        </message>
        <message>
            <source>LRS &amp;address:</source>
            <translation>LRS &amp;adrese:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Lietotājvārds:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Parole:</translation>
        </message>
        <message>
            <source>Public key (did:key) of this computer</source>
            <translation>Šī datora publiskā atslēga (did:key)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopēt</translation>
        </message>
        <message>
            <source>Copy the public key</source>
            <translation>Kopēt publisko atslēgu</translation>
        </message>
        <message>
            <source>Fingerprint of the key</source>
            <translation>Atslēgas nospiedums</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Eksportēt publisko atslēgu…</translation>
        </message>
        <message>
            <source>Export the public key as a trusted-keys file</source>
            <translation>Eksportēt publisko atslēgu kā uzticamo atslēgu failu</translation>
        </message>
        <message>
            <source>Certificates from this computer are signed with this key. Give the exported public key to whoever checks them; compare the fingerprint over the phone.</source>
            <translation>Šī datora apliecības tiek parakstītas ar šo atslēgu. Nododiet eksportēto publisko atslēgu tam, kas tās pārbauda; nospiedumu salīdziniet pa tālruni.</translation>
        </message>
        <message>
            <source>Signing key of this computer</source>
            <translation>Šī datora parakstīšanas atslēga</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Atslēga:</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Nospiedums:</translation>
        </message>
        <message>
            <source>saved; type a new one to change it</source>
            <translation>saglabāta; lai mainītu, ievadiet jaunu</translation>
        </message>
        <message>
            <source>None yet: it is made when the first certificate is saved, or when you export the public key.</source>
            <translation>Vēl nav: tā tiek izveidota, kad tiek saglabāta pirmā apliecība vai kad eksportējat publisko atslēgu.</translation>
        </message>
        <message>
            <source>Only the facilitator can change where records are sent. Sign in as the facilitator from the start screen.</source>
            <translation>Tikai vadītājs var mainīt, kur tiek sūtīti ieraksti. Sākuma ekrānā pierakstieties kā vadītājs.</translation>
        </message>
        <message>
            <source>Enter the address of the Learning Record Store and the user name.</source>
            <translation>Ievadiet mācību ierakstu krātuves adresi un lietotājvārdu.</translation>
        </message>
        <message>
            <source>Enter the password too.</source>
            <translation>Ievadiet arī paroli.</translation>
        </message>
        <message>
            <source>Saved. "Sync now" on the facilitator page sends the waiting records.</source>
            <translation>Saglabāts. Poga „Sinhronizēt tagad“ vadītāja lapā nosūta gaidošos ierakstus.</translation>
        </message>
        <message>
            <source>Asking the Learning Record Store…</source>
            <translation>Notiek saziņa ar mācību ierakstu krātuvi…</translation>
        </message>
        <message>
            <source>Connected: the Learning Record Store (xAPI {versions}) accepted the user name and password.</source>
            <translation>Savienojums izveidots: mācību ierakstu krātuve (xAPI {versions}) pieņēma lietotājvārdu un paroli.</translation>
        </message>
        <message>
            <source>The Learning Record Store could not be reached. Check the address and the network.</source>
            <translation>Neizdevās sazināties ar mācību ierakstu krātuvi. Pārbaudiet adresi un tīkla savienojumu.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Eksportēt publisko atslēgu</translation>
        </message>
        <message>
            <source>Trusted-keys files (*.json)</source>
            <translation>Uzticamo atslēgu faili (*.json)</translation>
        </message>
        <message>
            <source>Writing the public key…</source>
            <translation>Publiskā atslēga tiek saglabāta…</translation>
        </message>
        <message>
            <source>Wrote the public key to {path}. Check records with: biblio-desktop verify record.json --trusted-keys "{name}"</source>
            <translation>Publiskā atslēga saglabāta: {path}. Pārbaudiet ierakstus ar komandu: biblio-desktop verify record.json --trusted-keys "{name}"</translation>
        </message>
    </context>
    <context>
        <name>TextControl</name>
        <message>
            <source>Your answer</source>
            <translation>Jūsu atbilde</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>Ievadiet savu atbildi</translation>
        </message>
    </context>
    <context>
        <name>ThisWeek</name>
        <message>
            <source>Locked</source>
            <translation>Slēgts</translation>
        </message>
        <message>
            <source>Opens on {date}</source>
            <translation>Atvērsies {date}</translation>
        </message>
        <message>
            <source>Week {week} of {weeks}: everything is open.</source>
            <translation>{week}. nedēļa no {weeks}: viss ir atvērts.</translation>
        </message>
        <message>
            <source>This week (week {week} of {weeks}): {modules}.</source>
            <translation>Šonedēļ ({week}. nedēļa no {weeks}): {modules}.</translation>
        </message>
        <message>
            <source>Next: {modules}, opens on {date}.</source>
            <translation>Nākamais: {modules}, atvērsies {date}.</translation>
        </message>
        <message>
            <source>The computer's clock says {clock}, which looks wrong, so the course is paced as on {day}. Ask the library staff to set the date and time.</source>
            <translation>Datora pulkstenis rāda {clock}, kas izskatās nepareizi, tāpēc kurss tiek atvērts kā {day}. Palūdziet bibliotēkas darbiniekiem iestatīt datumu un laiku.</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>Move learner to another PC…</source>
            <translation>Pārcelt izglītojamo uz citu datoru…</translation>
        </message>
        <message>
            <source>Move the selected learner to another PC: save their transfer file</source>
            <translation>Pārcelt izvēlēto izglītojamo uz citu datoru: saglabāt pārcelšanas failu</translation>
        </message>
        <message>
            <source>Bring a learner from another PC…</source>
            <translation>Pārcelt izglītojamo no cita datora…</translation>
        </message>
        <message>
            <source>Bring a learner from another PC: open their transfer file</source>
            <translation>Pārcelt izglītojamo no cita datora: atvērt pārcelšanas failu</translation>
        </message>
        <message>
            <source>Save the learner transfer file</source>
            <translation>Saglabāt izglītojamā pārcelšanas failu</translation>
        </message>
        <message>
            <source>Learner transfer files ({pattern})</source>
            <translation>Izglītojamo pārcelšanas faili ({pattern})</translation>
        </message>
        <message>
            <source>Move learner</source>
            <translation>Pārcelt izglītojamo</translation>
        </message>
        <message>
            <source>Writing the transfer file of {name}…</source>
            <translation>Raksta {name} pārcelšanas failu…</translation>
        </message>
        <message>
            <source>The transfer file was not written</source>
            <translation>Pārcelšanas fails netika uzrakstīts</translation>
        </message>
        <message>
            <source>Open a learner transfer file</source>
            <translation>Atvērt izglītojamā pārcelšanas failu</translation>
        </message>
        <message>
            <source>Bring a learner</source>
            <translation>Pārcelt izglītojamo</translation>
        </message>
        <message>
            <source>Checking and merging {file}…</source>
            <translation>Pārbauda un apvieno {file}…</translation>
        </message>
        <message>
            <source>The transfer file was refused</source>
            <translation>Pārcelšanas fails tika noraidīts</translation>
        </message>
        <message>
            <source>Added {name} from {signer}: {progress}, {attempts}, {courses}. They sign in with the same PIN.</source>
            <translation>Pievienots izglītojamais {name} no {signer}: {progress}, {attempts}, {courses}. Pierakstīšanās ar to pašu PIN.</translation>
        </message>
        <message>
            <source>Merged into {name} (file from {signer}): {completions}, {attempts}, {progress}; completions already here are kept.</source>
            <translation>Apvienots ar {name} (fails no {signer}): {completions}, {attempts}, {progress}; šeit jau esošās pabeigšanas saglabātas.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Atcelts; nekas netika mainīts.</translation>
        </message>
        <message>
            <source>Hand over to the workshop PC</source>
            <translation>Nodot darbnīcas datoram</translation>
        </message>
        <message>
            <source>Hand the selected learner over to the workshop PC, for another PC of the room</source>
            <translation>Nodot atlasīto izglītojamo darbnīcas datoram, lai viņu varētu paņemt cits telpas dators</translation>
        </message>
        <message>
            <source>Bring a learner from the workshop PC…</source>
            <translation>Pārcelt izglītojamo no darbnīcas datora…</translation>
        </message>
        <message>
            <source>Bring a learner from the workshop PC: choose one of the learners waiting there</source>
            <translation>Pārcelt izglītojamo no darbnīcas datora: izvēlieties kādu no tur gaidošajiem izglītojamajiem</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Nodot</translation>
        </message>
        <message>
            <source>Sending {name} to the workshop PC…</source>
            <translation>Sūta {name} uz darbnīcas datoru…</translation>
        </message>
        <message>
            <source>The learner was not handed over</source>
            <translation>Izglītojamais netika nodots</translation>
        </message>
        <message>
            <source>Handed {name} over to {workshop}. On the PC they use next: Facilitator → Bring a learner from the workshop PC….</source>
            <translation>{name} nodots datoram {workshop}. Datorā, ko viņš izmantos nākamreiz: Vadītājs → Pārcelt izglītojamo no darbnīcas datora….</translation>
        </message>
        <message>
            <source>Asking the workshop PC who is waiting…</source>
            <translation>Jautā darbnīcas datoram, kas gaida…</translation>
        </message>
        <message>
            <source>The waiting learners could not be listed</source>
            <translation>Gaidošos izglītojamos neizdevās parādīt</translation>
        </message>
        <message>
            <source>Bringing the learner from the workshop PC…</source>
            <translation>Pārceļ izglītojamo no darbnīcas datora…</translation>
        </message>
        <message>
            <source>The learner was not brought</source>
            <translation>Izglītojamais netika pārcelts</translation>
        </message>
        <message numerus="yes">
            <source>Saved the transfer file of {name} (%n quiz attempts) to {path}. On the other PC: Facilitator → Bring a learner from another PC…. The file holds the learner's PIN hash: keep it like their own data.</source>
            <translation>
                <numerusform>{name} pārcelšanas fails (%n testa mēģinājums) saglabāts: {path}. Otrā datorā: Vadītājs → Pārcelt izglītojamo no cita datora…. Failā ir izglītojamā PIN jaucējvērtība: glabājiet to kā viņa personas datus.</numerusform>
                <numerusform>{name} pārcelšanas fails (%n testu mēģinājumi) saglabāts: {path}. Otrā datorā: Vadītājs → Pārcelt izglītojamo no cita datora…. Failā ir izglītojamā PIN jaucējvērtība: glabājiet to kā viņa personas datus.</numerusform>
                <numerusform>{name} pārcelšanas fails (%n testu mēģinājumi) saglabāts: {path}. Otrā datorā: Vadītājs → Pārcelt izglītojamo no cita datora…. Failā ir izglītojamā PIN jaucējvērtība: glabājiet to kā viņa personas datus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress</source>
            <translation>
                <numerusform>progress %n vienībā</numerusform>
                <numerusform>progress %n vienībās</numerusform>
                <numerusform>progress %n vienībās</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts</source>
            <translation>
                <numerusform>%n mēģinājums testos</numerusform>
                <numerusform>%n mēģinājumi testos</numerusform>
                <numerusform>%n mēģinājumi testos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed courses</source>
            <translation>
                <numerusform>%n pabeigts kurss</numerusform>
                <numerusform>%n pabeigti kursi</numerusform>
                <numerusform>%n pabeigti kursi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completions added</source>
            <translation>
                <numerusform>pievienots %n pabeigšanas ieraksts</numerusform>
                <numerusform>pievienoti %n pabeigšanas ieraksti</numerusform>
                <numerusform>pievienoti %n pabeigšanas ieraksti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts added</source>
            <translation>
                <numerusform>pievienots %n mēģinājums testos</numerusform>
                <numerusform>pievienoti %n mēģinājumi testos</numerusform>
                <numerusform>pievienoti %n mēģinājumi testos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress merged</source>
            <translation>
                <numerusform>apvienots progress %n vienībā</numerusform>
                <numerusform>apvienots progress %n vienībās</numerusform>
                <numerusform>apvienots progress %n vienībās</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrueFalseControl</name>
        <message>
            <source>True</source>
            <translation>Patiess</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Aplams</translation>
        </message>
    </context>
    <context>
        <name>VideoQuestionsBox</name>
        <message>
            <source>Continue</source>
            <translation>Turpināt</translation>
        </message>
        <message>
            <source>Continue the video</source>
            <translation>Turpināt video</translation>
        </message>
        <message>
            <source>&amp;Questions in this video:</source>
            <translation>&amp;Jautājumi šajā video:</translation>
        </message>
        <message>
            <source>Questions in this video</source>
            <translation>Jautājumi šajā video</translation>
        </message>
        <message>
            <source>Press Enter to go to the question</source>
            <translation>Nospiediet Enter, lai pārietu uz jautājumu</translation>
        </message>
        <message>
            <source>Question at {time}</source>
            <translation>Jautājums laikā {time}</translation>
        </message>
        <message>
            <source>Question {n} of {total} at {time}</source>
            <translation>{n}. jautājums no {total} laikā {time}</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Atbildēts</translation>
        </message>
        <message>
            <source>Asked now</source>
            <translation>Jautāts tagad</translation>
        </message>
        <message>
            <source>Skipped, not answered</source>
            <translation>Izlaists, nav atbildēts</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Vēl priekšā</translation>
        </message>
        <message>
            <source>Questions you skipped: {n}. Choose one in the list and press Enter to answer it.</source>
            <translation>Izlaistie jautājumi: {n}. Izvēlieties vienu sarakstā un nospiediet Enter, lai uz to atbildētu.</translation>
        </message>
    </context>
    <context>
        <name>VideoView</name>
        <message>
            <source>Subtitles</source>
            <translation>Subtitri</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Atskaņot (Space)</translation>
        </message>
        <message>
            <source>Position in the video</source>
            <translation>Pozīcija video</translation>
        </message>
        <message>
            <source>Subtitles on or off</source>
            <translation>Ieslēgt vai izslēgt subtitrus</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Atskaņošanas ātrums</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Skaļums</translation>
        </message>
        <message>
            <source>Full screen (F)</source>
            <translation>Pilnekrāna režīms (F)</translation>
        </message>
        <message>
            <source>Sp&amp;eed:</source>
            <translation>Ā&amp;trums:</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>This video cannot be played on this computer.</source>
            <translation>Šo video nevar atskaņot šajā datorā.</translation>
        </message>
        <message>
            <source>Press Play to start the video.</source>
            <translation>Lai sāktu video, nospiediet „Atskaņot“.</translation>
        </message>
        <message>
            <source>Videos cannot be played on this computer: the multimedia part of the app is missing. Ask your facilitator to reinstall BIBLIO Desktop.</source>
            <translation>Šajā datorā nevar atskaņot video: trūkst lietotnes multivides komponenta. Lūdziet vadītājam atkārtoti instalēt BIBLIO Desktop.</translation>
        </message>
        <message>
            <source>The video file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Video fails trūkst. Instalējiet kursa pakotni atkārtoti vai lūdziet vadītājam jaunu kopiju.</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pauze (Space)</translation>
        </message>
    </context>
    <context>
        <name>WaitingLearnersDialog</name>
        <message>
            <source>Bring a learner from the workshop PC</source>
            <translation>Pārcelt izglītojamo no darbnīcas datora</translation>
        </message>
        <message>
            <source>Learners handed over to {workshop} by the room's PCs, and its own learners. The one you choose is added here (or merged with their profile here) with the same PIN; completions are kept.</source>
            <translation>Izglītojamie, kurus telpas datori nodevuši datoram {workshop}, un tā paša izglītojamie. Izvēlētais tiek pievienots šeit (vai apvienots ar viņa profilu šeit) ar to pašu PIN; pabeigtie kursi saglabājas.</translation>
        </message>
        <message>
            <source>Learners waiting on the workshop PC</source>
            <translation>Izglītojamie, kas gaida darbnīcas datorā</translation>
        </message>
        <message>
            <source>Choose a learner with the arrow keys and press Enter to bring them to this PC</source>
            <translation>Izvēlieties izglītojamo ar bultiņu taustiņiem un nospiediet Enter, lai pārceltu viņu uz šo datoru</translation>
        </message>
        <message>
            <source>{name} — from {pc}</source>
            <translation>{name} — no {pc}</translation>
        </message>
        <message>
            <source>No learner is waiting on the workshop PC. On the PC the learner used: Facilitator → Hand over to the workshop PC.</source>
            <translation>Semināra datorā neviens izglītojamais negaida. Datorā, ko izglītojamais izmantoja: Vadītājs → Nodot darbnīcas datoram.</translation>
        </message>
        <message>
            <source>Bring this learner</source>
            <translation>Pārcelt šo izglītojamo</translation>
        </message>
        <message>
            <source>Bring the chosen learner to this PC</source>
            <translation>Pārcelt izvēlēto izglītojamo uz šo datoru</translation>
        </message>
    </context>
    <context>
        <name>WebinarView</name>
        <message>
            <source>About this webinar</source>
            <translation>Par šo vebināru</translation>
        </message>
        <message>
            <source>This webinar's description is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Šī vebināra apraksts trūkst vai ir bojāts. Pārinstalējiet kursa pakotni vai lūdziet vadītājam jaunu kopiju.</translation>
        </message>
        <message>
            <source>Open the slides</source>
            <translation>Atvērt slaidus</translation>
        </message>
        <message>
            <source>Open the webinar's slides</source>
            <translation>Atvērt vebināra slaidus</translation>
        </message>
        <message>
            <source>Chapters; Enter plays from the chapter</source>
            <translation>Nodaļas; Enter atskaņo no nodaļas sākuma</translation>
        </message>
        <message>
            <source>Search the transcript</source>
            <translation>Meklēt atšifrējumā</translation>
        </message>
        <message>
            <source>Transcript; Enter plays from the line</source>
            <translation>Atšifrējums; Enter atskaņo no šīs rindas</translation>
        </message>
        <message>
            <source>&amp;Chapters</source>
            <translation>&amp;Nodaļas</translation>
        </message>
        <message>
            <source>&amp;Transcript</source>
            <translation>&amp;Atšifrējums</translation>
        </message>
        <message>
            <source>Join the webinar…</source>
            <translation>Pievienoties vebināram…</translation>
        </message>
        <message>
            <source>I took part</source>
            <translation>Es piedalījos</translation>
        </message>
        <message>
            <source>Mark the live webinar as attended</source>
            <translation>Atzīmēt tiešraides vebināru kā apmeklētu</translation>
        </message>
        <message>
            <source>Speakers: {names}</source>
            <translation>Runātāji: {names}</translation>
        </message>
        <message>
            <source>This live webinar took place on {when}. Its recording will come with a course update.</source>
            <translation>Šis tiešraides vebinārs notika {when}. Tā ieraksts būs pieejams kursa atjauninājumā.</translation>
        </message>
        <message>
            <source>Live webinar on {when} (your computer's time zone). Join it from here when it starts; you need an internet connection.</source>
            <translation>Tiešraides vebinārs {when} (jūsu datora laika joslā). Pievienojieties no šejienes, kad tas sākas; vajadzīgs interneta savienojums.</translation>
        </message>
        <message>
            <source>Join the live webinar in the browser</source>
            <translation>Pievienoties tiešraides vebināram pārlūkā</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Vai atvērt tīmekļa lapu?</translation>
        </message>
        <message>
            <source>This link leads to the internet, which may not be available here:</source>
            <translation>Šī saite ved uz internetu, kas šeit var nebūt pieejams:</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Atvērt pārlūkā</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Message</source>
            <translation>Ziņojums</translation>
        </message>
    </context>
    <context>
        <name>_PassageControl</name>
        <message>
            <source>Text of the question</source>
            <translation>Jautājuma teksts</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Retry</source>
            <translation>Mēģināt vēlreiz</translation>
        </message>
        <message>
            <source>Use another folder…</source>
            <translation>Izmantot citu mapi…</translation>
        </message>
        <message>
            <source>Choose the folder for the library</source>
            <translation>Izvēlieties bibliotēkas mapi</translation>
        </message>
        <message>
            <source>The data folder is not there</source>
            <translation>Datu mapes nav</translation>
        </message>
        <message>
            <source>Look for the data folder again, after plugging in the stick</source>
            <translation>Meklēt datu mapi vēlreiz pēc zibatmiņas pievienošanas</translation>
        </message>
        <message>
            <source>Choose another folder for the library; a folder without a library starts a new, empty one</source>
            <translation>Izvēlēties citu bibliotēkas mapi; mapē, kurā nav bibliotēkas, tiek izveidota jauna, tukša bibliotēka</translation>
        </message>
        <message>
            <source>Close BIBLIO Desktop</source>
            <translation>Aizvērt BIBLIO Desktop</translation>
        </message>
        <message>
            <source>The data folder {folder} is not there: the USB stick or drive it is on ({drive}) is not plugged in.

Plug it in and choose Retry.

BIBLIO Desktop has not made a new, empty library in its place: your learners&apos; progress is kept in the folder on the stick.</source>
            <translation>Datu mapes {folder} nav: zibatmiņa vai disks, kurā tā atrodas ({drive}), nav pievienots.

Pievienojiet to un izvēlieties “Mēģināt vēlreiz”.

BIBLIO Desktop tās vietā nav izveidojis jaunu, tukšu bibliotēku: izglītojamo progress ir saglabāts mapē zibatmiņā.</translation>
        </message>
        <message>
            <source>The data folder {folder} held the library on this computer before, but it is not there now (a USB stick or network drive not plugged in?).

Plug it in and choose Retry.

BIBLIO Desktop has not made a new, empty library in its place.</source>
            <translation>Datu mapē {folder} agrāk šajā datorā bija bibliotēka, bet tagad tās nav (varbūt nav pievienota zibatmiņa vai tīkla disks?).

Pievienojiet to un izvēlieties “Mēģināt vēlreiz”.

BIBLIO Desktop tās vietā nav izveidojis jaunu, tukšu bibliotēku.</translation>
        </message>
        <message>
            <source>The library database is damaged ({problem}).

Restore the newest good backup, made {date}? Work done after that backup will be missing; the damaged file is kept in the backups folder.</source>
            <translation>Bibliotēkas datubāze ir bojāta ({problem}).

Vai atjaunot jaunāko derīgo rezerves kopiju, kas izveidota {date}? Pēc šīs rezerves kopijas paveiktais darbs tiks zaudēts; bojātais fails tiks saglabāts rezerves kopiju mapē.</translation>
        </message>
        <message>
            <source>BIBLIO Desktop was last opened on this data folder on the computer {host} (since {since}), and that computer has not been heard from for {minutes} min: it probably crashed, lost its network connection or went to sleep.

If BIBLIO Desktop is no longer open there, take the folder over. If it is still open there, quit and close it there first: two computers using the same library at once can damage it.</source>
            <translation>BIBLIO Desktop pēdējo reizi šajā datu mapē tika atvērts datorā {host} (kopš {since}), un no šī datora nav ziņu jau {minutes} min: tas, visticamāk, avarēja, zaudēja tīkla savienojumu vai pārgāja miega režīmā.

Ja BIBLIO Desktop tur vairs nav atvērts, pārņemiet mapi. Ja tas tur joprojām ir atvērts, izejiet un vispirms aizveriet to tur: ja divi datori vienlaikus izmanto vienu bibliotēku, to var sabojāt.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Pārņemt</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Iziet</translation>
        </message>
        <message>
            <source>Making sure BIBLIO Desktop is no longer running on {host}…</source>
            <translation>Pārliecināmies, ka BIBLIO Desktop datorā {host} vairs nedarbojas…</translation>
        </message>
        <message>
            <source>The computer {host} has taken over this data folder, because this computer seemed to have stopped (asleep or disconnected from the network).

To keep the library undamaged, this window closes now. Work saved before the take-over is kept; open BIBLIO Desktop again once it is closed on {host}.</source>
            <translation>Dators {host} ir pārņēmis šo datu mapi, jo šķita, ka šis dators ir apstājies (miega režīmā vai atvienots no tīkla).

Lai bibliotēka netiktu sabojāta, šis logs tagad tiks aizvērts. Darbs, kas saglabāts pirms pārņemšanas, ir saglabāts; atveriet BIBLIO Desktop vēlreiz, kad datorā {host} tas būs aizvērts.</translation>
        </message>
    </context>
    <context>
        <name>certificate</name>
        <message>
            <source>Community Engagement and Communication Officer</source>
            <translation>Sabiedrības iesaistes un komunikācijas speciālists</translation>
        </message>
        <message>
            <source>Digital Transformation Facilitator</source>
            <translation>Digitālās transformācijas veicinātājs</translation>
        </message>
        <message>
            <source>The BIBLIO programme — run by ten organisations from Belgium, Bulgaria, Greece, Italy and Latvia — builds 38 digital and transversal skills for librarians.</source>
            <translation>Programma BIBLIO, ko īsteno desmit organizācijas no Beļģijas, Bulgārijas, Grieķijas, Itālijas un Latvijas, palīdz bibliotekāriem apgūt 38 digitālās un transversālās prasmes.</translation>
        </message>
        <message>
            <source>The digital signature proves that this record is unaltered and was issued by this BIBLIO Desktop installation. It does not prove who sat at the keyboard.</source>
            <translation>Digitālais paraksts apliecina, ka šis ieraksts nav mainīts un to ir izsniegusi šī BIBLIO Desktop instalācija. Tas neapliecina, kas sēdēja pie tastatūras.</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Apliecība par kursa pabeigšanu</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>ir pabeidzis(-usi) kursu</translation>
        </message>
        <message>
            <source>Version {v}</source>
            <translation>Versija {v}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Pabeigts {date}</translation>
        </message>
        <message>
            <source>Skills achieved</source>
            <translation>Apgūtās prasmes</translation>
        </message>
        <message>
            <source>Quiz scores</source>
            <translation>Testu rezultāti</translation>
        </message>
        <message>
            <source>Course score: {p}</source>
            <translation>Kursa rezultāts: {p}</translation>
        </message>
        <message>
            <source>Time spent learning: {t}</source>
            <translation>Mācībām veltītais laiks: {t}</translation>
        </message>
        <message>
            <source>Issued by: {name}</source>
            <translation>Izsniedza: {name}</translation>
        </message>
        <message>
            <source>Key fingerprint: {fp}</source>
            <translation>Atslēgas nospiedums: {fp}</translation>
        </message>
        <message>
            <source>Record: {id}</source>
            <translation>Ieraksts: {id}</translation>
        </message>
        <message>
            <source>Issued on {date}</source>
            <translation>Izsniegts {date}</translation>
        </message>
        <message>
            <source>The QR code holds the record id and the SHA-256 checksum of the record file.</source>
            <translation>QR kods satur ieraksta ID un ieraksta faila SHA-256 kontrolsummu.</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… un vēl {n}</translation>
        </message>
        <message>
            <source>The record is attached to this PDF as record.json.</source>
            <translation>Ieraksts ir pievienots šim PDF kā record.json.</translation>
        </message>
        <message>
            <source>Check this record with: {command}</source>
            <translation>Pārbaudiet šo ierakstu ar komandu: {command}</translation>
        </message>
    </context>
    <context>
        <name>clock</name>
        <message>
            <source>The computer's clock says {date}, but you completed this course on {completed} by this computer's clock. One of the two dates is wrong.</source>
            <translation>Datora pulkstenis rāda {date}, bet jūs pabeidzāt šo kursu {completed} (pēc šī datora pulksteņa). Viens no abiem datumiem ir nepareizs.</translation>
        </message>
        <message>
            <source>If the clock is wrong now, set the correct date and time in the computer's settings (or ask the library staff), then choose Get certificate again. If the clock is right now, it was wrong when you completed the course, and your certificate gives today as the completion date.</source>
            <translation>Ja pulkstenis tagad rāda nepareizi, iestatiet pareizu datumu un laiku datora iestatījumos (vai lūdziet palīdzību bibliotēkas darbiniekiem), tad vēlreiz izvēlieties „Saņemt apliecību“. Ja pulkstenis tagad ir pareizs, tas bija nepareizs, kad pabeidzāt kursu, un apliecībā kā pabeigšanas datums būs norādīta šodiena.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, which is too far in the future to be right.</source>
            <translation>Datora pulkstenis rāda {date}; tas ir pārāk tālu nākotnē, lai būtu pareizi.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, before this version of BIBLIO Desktop was released ({released}), so the clock is wrong.</source>
            <translation>Datora pulkstenis rāda {date} – agrāk, nekā tika izlaista šī BIBLIO Desktop versija ({released}), tāpēc pulkstenis ir nepareizs.</translation>
        </message>
        <message>
            <source>A certificate would carry that wrong date, so none was made. Set the correct date and time in the computer's settings (or ask the library staff), then choose Get certificate again.</source>
            <translation>Apliecībā būtu šis nepareizais datums, tāpēc tā netika izveidota. Iestatiet pareizu datumu un laiku datora iestatījumos (vai lūdziet palīdzību bibliotēkas darbiniekiem), tad vēlreiz izvēlieties „Saņemt apliecību“.</translation>
        </message>
        <message>
            <source>Check the computer's clock</source>
            <translation>Pārbaudiet datora pulksteni</translation>
        </message>
        <message>
            <source>The clock is right: save certificate</source>
            <translation>Pulkstenis ir pareizs: saglabāt apliecību</translation>
        </message>
        <message>
            <source>The clock is right now: save the certificate with today's date</source>
            <translation>Pulkstenis tagad ir pareizs: saglabāt apliecību ar šodienas datumu</translation>
        </message>
        <message>
            <source>Your completion was saved while the computer's clock was wrong (it said {date}), so your certificate gives the day it was issued as the completion date.</source>
            <translation>Jūsu kursa pabeigšana tika saglabāta, kad datora pulkstenis rādīja nepareizi ({date}), tāpēc apliecībā kā pabeigšanas datums norādīta tās izsniegšanas diena.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, which cannot be right.</source>
            <translation>Datora pulkstenis rāda {date}, un tas nevar būt pareizi.</translation>
        </message>
        <message>
            <source>Your work is saved as usual, but certificates cannot be made until the date and time are set correctly in the computer's settings.</source>
            <translation>Jūsu darbs tiek saglabāts kā parasti, bet apliecības nevar izveidot, kamēr datora iestatījumos nav iestatīts pareizs datums un laiks.</translation>
        </message>
        <message>
            <source>Clock warning</source>
            <translation>Brīdinājums par pulksteni</translation>
        </message>
    </context>
    <context>
        <name>delivery</name>
        <message>
            <source>The workshop PC {name} no longer accepts this PC (it was removed). The records wait here; join again with the code the facilitator shows.</source>
            <translation>Darbnīcas dators {name} vairs nepieņem šo datoru (tas tika noņemts). Ieraksti gaida šeit; pievienojieties vēlreiz ar kodu, ko rāda vadītājs.</translation>
        </message>
        <message>
            <source>The workshop PC {name} cannot be reached now; the records wait here and are sent when it can be reached.</source>
            <translation>Darbnīcas datoram {name} pašlaik nevar piekļūt; ieraksti gaida šeit un tiks nosūtīti, kad tas būs sasniedzams.</translation>
        </message>
        <message>
            <source>Records go to the workshop PC {name} as they happen.</source>
            <translation>Ieraksti nonāk darbnīcas datorā {name}, tiklīdz rodas.</translation>
        </message>
        <message numerus="yes">
            <source>Sending to the workshop PC {name}: %n still waiting.</source>
            <translation>
                <numerusform>Sūta uz darbnīcas datoru {name}: vēl gaida %n.</numerusform>
                <numerusform>Sūta uz darbnīcas datoru {name}: vēl gaida %n.</numerusform>
                <numerusform>Sūta uz darbnīcas datoru {name}: vēl gaida %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The disk holding {folder} is full. Everything saved before is kept. Free some space on that disk (delete or move files, empty the recycle bin), then try again; no backup needs to be restored.</source>
            <translation>Disks, kurā atrodas {folder}, ir pilns. Viss iepriekš saglabātais ir saglabāts. Atbrīvojiet vietu šajā diskā (izdzēsiet vai pārvietojiet failus, iztukšojiet atkritni) un mēģiniet vēlreiz; rezerves kopija nav jāatjauno.</translation>
        </message>
        <message>
            <source>{folder} cannot be written to: the USB stick is write-protected, the drive is read-only, or you have no permission there. Everything saved before is kept. Unlock the stick, or copy the data folder to this computer and open that copy.</source>
            <translation>Mapē {folder} nevar rakstīt: USB zibatmiņa ir aizsargāta pret rakstīšanu, disks ir tikai lasāms vai jums tur nav atļaujas. Viss iepriekš saglabātais ir saglabāts. Atbloķējiet zibatmiņu vai nokopējiet datu mapi uz šo datoru un atveriet kopiju.</translation>
        </message>
        <message>
            <source>{folder} went away: the USB stick or network drive was removed, or the disk reported an error. What was saved before is kept; the last change may not have been saved. Put the stick back and try again.</source>
            <translation>{folder} vairs nav pieejama: USB zibatmiņa vai tīkla disks tika atvienots, vai disks ziņoja par kļūdu. Iepriekš saglabātais ir saglabāts; pēdējā izmaiņa, iespējams, netika saglabāta. Pievienojiet zibatmiņu atpakaļ un mēģiniet vēlreiz.</translation>
        </message>
        <message>
            <source>The library database in {folder} is in use by another program. The library itself is fine. Close the other program, then try again.</source>
            <translation>Bibliotēkas datubāzi mapē {folder} izmanto cita programma. Pašai bibliotēkai nekas nav noticis. Aizveriet otru programmu un mēģiniet vēlreiz.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your saved work is safe. The details were written to the log file in the data folder.</source>
            <translation>Radās neparedzēta kļūda. Jūsu saglabātais darbs ir drošībā. Sīkāka informācija ierakstīta žurnālfailā datu mapē.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Kopēt informāciju</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Community Engagement and Communication Officer</source>
            <translation>Sabiedrības iesaistes un komunikācijas speciālists</translation>
        </message>
        <message>
            <source>Digital Transformation Facilitator</source>
            <translation>Digitālās transformācijas veicinātājs</translation>
        </message>
        <message>
            <source>&lt; 1 min</source>
            <translation>&lt; 1 min</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>vēl nav</translation>
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
            <translation>nekad</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>{date}</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>tikko</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>visi nosūtīti</translation>
        </message>
        <message>
            <source>nothing to send yet</source>
            <translation>vēl nav ko nosūtīt</translation>
        </message>
        <message>
            <source>Your records: {waiting} · last sent {when}</source>
            <translation>Jūsu ieraksti: {waiting} · pēdējā nosūtīšana: {when}</translation>
        </message>
        <message>
            <source>Records: {waiting} · last sent {when}</source>
            <translation>Ieraksti: {waiting} · pēdējā nosūtīšana: {when}</translation>
        </message>
        <message>
            <source>The LRS refused the user name or password. Check them in Settings; the records stay queued.</source>
            <translation>LRS noraidīja lietotājvārdu vai paroli. Pārbaudiet tos iestatījumos; ieraksti paliek rindā.</translation>
        </message>
        <message>
            <source>The Learning Record Store could not be reached; the records stay queued and will be sent next time.</source>
            <translation>Neizdevās sazināties ar mācību ierakstu krātuvi; ieraksti paliek rindā un tiks nosūtīti nākamreiz.</translation>
        </message>
        <message>
            <source>Nothing was waiting: everything is already sent.</source>
            <translation>Nekas negaidīja nosūtīšanu: viss jau ir nosūtīts.</translation>
        </message>
        <message>
            <source>The sending status cannot be read.</source>
            <translation>Nevar nolasīt sūtīšanas statusu.</translation>
        </message>
        <message>
            <source>the last try failed (hover for details)</source>
            <translation>pēdējais mēģinājums neizdevās (lai uzzinātu sīkāk, norādiet ar peli)</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>pirms %n dienas</numerusform>
                <numerusform>pirms %n dienām</numerusform>
                <numerusform>pirms %n dienām</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours ago</source>
            <translation>
                <numerusform>pirms %n stundas</numerusform>
                <numerusform>pirms %n stundām</numerusform>
                <numerusform>pirms %n stundām</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes ago</source>
            <translation>
                <numerusform>pirms %n minūtes</numerusform>
                <numerusform>pirms %n minūtēm</numerusform>
                <numerusform>pirms %n minūtēm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n gaida nosūtīšanu</numerusform>
                <numerusform>%n gaida nosūtīšanu</numerusform>
                <numerusform>%n gaida nosūtīšanu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements.</source>
            <translation>
                <numerusform>Nosūtīts %n ieraksts.</numerusform>
                <numerusform>Nosūtīti %n ieraksti.</numerusform>
                <numerusform>Nosūtīti %n ieraksti.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements before it stopped.</source>
            <translation>
                <numerusform>Pirms pārtraukuma nosūtīts %n ieraksts.</numerusform>
                <numerusform>Pirms pārtraukuma nosūtīti %n ieraksti.</numerusform>
                <numerusform>Pirms pārtraukuma nosūtīti %n ieraksti.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be sent and stay queued: {error}</source>
            <translation>
                <numerusform>%n ierakstu neizdevās nosūtīt; tas paliek rindā: {error}</numerusform>
                <numerusform>%n ierakstus neizdevās nosūtīt; tie paliek rindā: {error}</numerusform>
                <numerusform>%n ierakstus neizdevās nosūtīt; tie paliek rindā: {error}</numerusform>
            </translation>
        </message>
    </context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmest</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Lietot</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atiestatīt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Palīdzība</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jā</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nē</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Meklēt mapē:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Datņu tips:</translation>
    </message>
</context>
</TS>

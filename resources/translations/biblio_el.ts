<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name>AddLearnerDialog</name>
        <message>
            <source>Add learner</source>
            <translation>Προσθήκη εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Each person gets their own profile, so their progress stays theirs. A PIN is optional: it keeps others on this computer out of the profile.</source>
            <translation>Κάθε άτομο έχει το δικό του προφίλ, ώστε η πρόοδός του να μένει δική του. Το PIN είναι προαιρετικό: εμποδίζει άλλους χρήστες αυτού του υπολογιστή να μπουν στο προφίλ.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>PIN (προαιρετικό)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Επανάληψη PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits, or leave empty</source>
            <translation>4 έως 8 ψηφία ή αφήστε το κενό</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Όνομα:</translation>
        </message>
        <message>
            <source>&amp;PIN (optional):</source>
            <translation>&amp;PIN (προαιρετικό):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Επανάληψη PIN:</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same PIN twice.</source>
            <translation>Τα δύο PIN διαφέρουν. Πληκτρολογήστε το ίδιο PIN δύο φορές.</translation>
        </message>
    </context>
    <context>
        <name>CatalogScreen</name>
        <message>
            <source>Get courses</source>
            <translation>Λήψη μαθημάτων</translation>
        </message>
        <message>
            <source>Only updates</source>
            <translation>Μόνο ενημερώσεις</translation>
        </message>
        <message>
            <source>Show only courses with an update</source>
            <translation>Εμφάνιση μόνο των μαθημάτων με ενημέρωση</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Ανανέωση</translation>
        </message>
        <message>
            <source>Refresh the catalogs</source>
            <translation>Ανανέωση των καταλόγων</translation>
        </message>
        <message>
            <source>Fetch the catalogs again (F5)</source>
            <translation>Νέα λήψη των καταλόγων (F5)</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Κατάλογοι</translation>
        </message>
        <message>
            <source>A catalog is a web address that lists courses, given by your library or trainer. Anyone on this computer can add or remove one; it only changes which courses are offered here. Nothing is downloaded until someone chooses Download.</source>
            <translation>Ο κατάλογος είναι μια διεύθυνση ιστού με μια λίστα μαθημάτων, που σας δίνει η βιβλιοθήκη ή ο εκπαιδευτής σας. Οποιοσδήποτε σε αυτόν τον υπολογιστή μπορεί να προσθέσει ή να αφαιρέσει έναν κατάλογο. Αυτό αλλάζει μόνο ποια μαθήματα προσφέρονται εδώ. Τίποτα δεν λαμβάνεται μέχρι κάποιος να επιλέξει «Λήψη».</translation>
        </message>
        <message>
            <source>Catalog addresses</source>
            <translation>Διευθύνσεις καταλόγων</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Προσθήκη…</translation>
        </message>
        <message>
            <source>Add a catalog</source>
            <translation>Προσθήκη καταλόγου</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <source>Remove the selected catalog</source>
            <translation>Αφαίρεση του επιλεγμένου καταλόγου</translation>
        </message>
        <message>
            <source>Checking the catalogs for new courses…</source>
            <translation>Αναζήτηση νέων μαθημάτων στους καταλόγους…</translation>
        </message>
        <message>
            <source>No course catalog is set up yet.

A catalog is a web address, given by your library or trainer, that lists courses you can download. Choose "Add…" under Catalogs and paste the address.</source>
            <translation>Δεν έχει ρυθμιστεί ακόμη κατάλογος μαθημάτων.

Ο κατάλογος είναι μια διεύθυνση ιστού, που σας δίνει η βιβλιοθήκη ή ο εκπαιδευτής σας, με μια λίστα μαθημάτων που μπορείτε να λάβετε. Επιλέξτε «Προσθήκη…» στην ενότητα «Κατάλογοι» και επικολλήστε τη διεύθυνση.</translation>
        </message>
        <message>
            <source>All your courses are up to date.</source>
            <translation>Όλα τα μαθήματά σας είναι ενημερωμένα.</translation>
        </message>
        <message>
            <source>The catalogs list no courses yet. Choose Refresh to fetch them again when you are online.</source>
            <translation>Οι κατάλογοι δεν περιέχουν ακόμη μαθήματα. Επιλέξτε «Ανανέωση» για να τους λάβετε ξανά όταν είστε συνδεδεμένοι στο διαδίκτυο.</translation>
        </message>
        <message>
            <source>not fetched yet</source>
            <translation>δεν έχει ληφθεί ακόμη</translation>
        </message>
        <message>
            <source>This course cannot be downloaded</source>
            <translation>Δεν είναι δυνατή η λήψη αυτού του μαθήματος</translation>
        </message>
        <message>
            <source>Paste the catalog's address (it starts with https://).
Its courses will be listed here for everyone on this computer; nothing is downloaded yet.</source>
            <translation>Επικολλήστε τη διεύθυνση του καταλόγου (ξεκινά με https://).
Τα μαθήματά του θα εμφανίζονται εδώ για όλους σε αυτόν τον υπολογιστή. Δεν λαμβάνεται ακόμη τίποτα.</translation>
        </message>
        <message>
            <source>The catalog was not added</source>
            <translation>Ο κατάλογος δεν προστέθηκε</translation>
        </message>
        <message>
            <source>This catalog is already in the list.</source>
            <translation>Αυτός ο κατάλογος υπάρχει ήδη στη λίστα.</translation>
        </message>
        <message>
            <source>Remove catalog</source>
            <translation>Αφαίρεση καταλόγου</translation>
        </message>
        <message>
            <source>Remove {url}?

Its courses will no longer be offered here. Courses already installed stay installed.</source>
            <translation>Αφαίρεση του {url};

Τα μαθήματά του δεν θα προσφέρονται πλέον εδώ. Τα μαθήματα που έχουν ήδη εγκατασταθεί παραμένουν εγκατεστημένα.</translation>
        </message>
        <message>
            <source>The catalogs could not be refreshed</source>
            <translation>Δεν ήταν δυνατή η ανανέωση των καταλόγων</translation>
        </message>
        <message>
            <source>You seem to be offline. Showing the catalog as last seen on {date}.</source>
            <translation>Φαίνεται ότι δεν είστε συνδεδεμένοι στο διαδίκτυο. Εμφανίζεται ο κατάλογος όπως ήταν στις {date}.</translation>
        </message>
        <message>
            <source>You seem to be offline, and the catalogs have never been fetched. Connect to the internet and choose Refresh.</source>
            <translation>Φαίνεται ότι δεν είστε συνδεδεμένοι στο διαδίκτυο και οι κατάλογοι δεν έχουν ληφθεί ποτέ. Συνδεθείτε στο διαδίκτυο και επιλέξτε «Ανανέωση».</translation>
        </message>
        <message>
            <source>Some catalogs could not be refreshed; their last copy is shown.
{errors}</source>
            <translation>Δεν ήταν δυνατή η ανανέωση ορισμένων καταλόγων. Εμφανίζεται το τελευταίο αντίγραφό τους.
{errors}</translation>
        </message>
        <message>
            <source>“{title}” version {version} is installed. You find it in your library.</source>
            <translation>Το «{title}», έκδοση {version}, εγκαταστάθηκε. Θα το βρείτε στη βιβλιοθήκη σας.</translation>
        </message>
        <message>
            <source>On this network: {name}</source>
            <translation>Σε αυτό το δίκτυο: {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n courses, last seen {date}</source>
            <translation>
                <numerusform>%n μάθημα, τελευταία λήψη: {date}</numerusform>
                <numerusform>%n μαθήματα, τελευταία λήψη: {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateFlow</name>
        <message>
            <source>Certificate</source>
            <translation>Πιστοποιητικό</translation>
        </message>
        <message>
            <source>Well done: you completed this course.</source>
            <translation>Συγχαρητήρια: ολοκληρώσατε αυτό το μάθημα.</translation>
        </message>
        <message>
            <source>You get two files to keep: a signed digital record of your completion (a .json file that anyone can check) and a PDF certificate you can print or save on a USB stick.</source>
            <translation>Λαμβάνετε δύο αρχεία για να τα φυλάξετε: μια υπογεγραμμένη ψηφιακή καταγραφή της ολοκλήρωσης (ένα αρχείο .json που μπορεί να ελέγξει οποιοσδήποτε) και ένα πιστοποιητικό PDF που μπορείτε να εκτυπώσετε ή να αποθηκεύσετε σε στικάκι USB.</translation>
        </message>
        <message>
            <source>Save certificate…</source>
            <translation>Αποθήκευση πιστοποιητικού…</translation>
        </message>
        <message>
            <source>Save the certificate and the record</source>
            <translation>Αποθήκευση του πιστοποιητικού και της καταγραφής</translation>
        </message>
        <message>
            <source>Save certificate (the record .json is saved beside it)</source>
            <translation>Αποθήκευση πιστοποιητικού (η καταγραφή .json αποθηκεύεται δίπλα του)</translation>
        </message>
        <message>
            <source>PDF certificate (*.pdf)</source>
            <translation>Πιστοποιητικό PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Αποθήκευση πιστοποιητικού</translation>
        </message>
        <message>
            <source>Writing your record and certificate…</source>
            <translation>Εγγραφή της καταγραφής και του πιστοποιητικού σας…</translation>
        </message>
    </context>
    <context>
        <name>CertificateSummary</name>
        <message>
            <source>Certificate saved</source>
            <translation>Το πιστοποιητικό αποθηκεύτηκε</translation>
        </message>
        <message>
            <source>Preview of the certificate</source>
            <translation>Προεπισκόπηση του πιστοποιητικού</translation>
        </message>
        <message>
            <source>Your certificate is saved</source>
            <translation>Το πιστοποιητικό σας αποθηκεύτηκε</translation>
        </message>
        <message>
            <source>Saved: {pdf} and {record}.</source>
            <translation>Αποθηκεύτηκαν: {pdf} και {record}.</translation>
        </message>
        <message>
            <source>In the folder {folder}</source>
            <translation>Στον φάκελο {folder}</translation>
        </message>
        <message>
            <source>Anyone can check the record with:</source>
            <translation>Οποιοσδήποτε μπορεί να ελέγξει την καταγραφή με την εντολή:</translation>
        </message>
        <message>
            <source>Command to check the record</source>
            <translation>Εντολή ελέγχου της καταγραφής</translation>
        </message>
        <message>
            <source>The signature shows the record is unaltered and was issued on this computer.</source>
            <translation>Η υπογραφή δείχνει ότι η καταγραφή δεν έχει αλλοιωθεί και ότι εκδόθηκε σε αυτόν τον υπολογιστή.</translation>
        </message>
        <message>
            <source>This is the same record as the one issued on {date}: saving it again keeps its number.</source>
            <translation>Πρόκειται για την ίδια καταγραφή με αυτή που εκδόθηκε στις {date}: η νέα αποθήκευση διατηρεί τον αριθμό της.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Άνοιγμα φακέλου</translation>
        </message>
        <message>
            <source>Open the folder with the certificate</source>
            <translation>Άνοιγμα του φακέλου με το πιστοποιητικό</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <source>Saved: {pdf} and {record}. Anyone can check the record with: {command}</source>
            <translation>Αποθηκεύτηκαν: {pdf} και {record}. Οποιοσδήποτε μπορεί να ελέγξει την καταγραφή με την εντολή: {command}</translation>
        </message>
    </context>
    <context>
        <name>CohortEditDialog</name>
        <message>
            <source>No courses are installed yet. Install one under "Get courses" first.</source>
            <translation>Δεν έχει εγκατασταθεί ακόμη κανένα μάθημα. Εγκαταστήστε πρώτα ένα από τη «Λήψη μαθημάτων».</translation>
        </message>
        <message>
            <source>No learners yet. Add them on the start screen with "Add learner" first.</source>
            <translation>Δεν υπάρχουν ακόμη εκπαιδευόμενοι. Προσθέστε τους πρώτα στην αρχική οθόνη με «Προσθήκη εκπαιδευόμενου».</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Νέα ομάδα</translation>
        </message>
        <message>
            <source>Edit cohort</source>
            <translation>Επεξεργασία ομάδας</translation>
        </message>
        <message>
            <source>e.g. Valmiera, spring 2027</source>
            <translation>π.χ. Βαλμιέρα, άνοιξη 2027</translation>
        </message>
        <message>
            <source>Cohort name</source>
            <translation>Όνομα ομάδας</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Ημερομηνία έναρξης</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ρυθμός</translation>
        </message>
        <message>
            <source>One module a week from the start date</source>
            <translation>Μία ενότητα την εβδομάδα από την ημερομηνία έναρξης</translation>
        </message>
        <message>
            <source>The course's suggested weeks</source>
            <translation>Οι εβδομάδες που προτείνει το μάθημα</translation>
        </message>
        <message>
            <source>Everything open at once</source>
            <translation>Όλα ανοιχτά από την αρχή</translation>
        </message>
        <message>
            <source>Courses of the cohort; Space ticks a course</source>
            <translation>Μαθήματα της ομάδας· το πλήκτρο διαστήματος επιλέγει ένα μάθημα</translation>
        </message>
        <message>
            <source>Learners of the cohort; Space ticks a learner</source>
            <translation>Εκπαιδευόμενοι της ομάδας· το πλήκτρο διαστήματος επιλέγει έναν εκπαιδευόμενο</translation>
        </message>
        <message>
            <source>{name} (now in {cohort})</source>
            <translation>{name} (τώρα στην ομάδα {cohort})</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Ό&amp;νομα:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Ημερομηνία έ&amp;ναρξης:</translation>
        </message>
        <message>
            <source>&amp;Pace:</source>
            <translation>&amp;Ρυθμός:</translation>
        </message>
        <message>
            <source>&amp;Courses:</source>
            <translation>&amp;Μαθήματα:</translation>
        </message>
        <message>
            <source>&amp;Learners:</source>
            <translation>&amp;Εκπαιδευόμενοι:</translation>
        </message>
        <message>
            <source>A learner moved here from another cohort keeps all their progress; what they already started stays open.</source>
            <translation>Ένας εκπαιδευόμενος που μεταφέρεται εδώ από άλλη ομάδα κρατά όλη την πρόοδό του· ό,τι έχει ήδη ξεκινήσει μένει ανοιχτό.</translation>
        </message>
        <message>
            <source>Type a name for the cohort.</source>
            <translation>Πληκτρολογήστε ένα όνομα για την ομάδα.</translation>
        </message>
        <message>
            <source>{name} — {pc}</source>
            <translation>{name} — {pc}</translation>
        </message>
        <message>
            <source>{name} (in {cohort}, managed by the workshop PC)</source>
            <translation>{name} (στην ομάδα {cohort}, που τη διαχειρίζεται ο υπολογιστής του εργαστηρίου)</translation>
        </message>
        <message>
            <source>Learners on other PCs</source>
            <translation>Εκπαιδευόμενοι σε άλλους υπολογιστές</translation>
        </message>
        <message>
            <source>{name}, on the PC {pc}</source>
            <translation>{name}, στον υπολογιστή {pc}</translation>
        </message>
        <message>
            <source>A learner on another PC is added with their progress so far; their PC sends the rest as they go on.</source>
            <translation>Ένας εκπαιδευόμενος σε άλλον υπολογιστή προστίθεται με την πρόοδό του μέχρι τώρα· ο υπολογιστής του στέλνει τα υπόλοιπα καθώς προχωρά.</translation>
        </message>
    </context>
    <context>
        <name>CohortReport</name>
        <message>
            <source>Learner</source>
            <translation>Εκπαιδευόμενος</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Μάθημα</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Πρόοδος</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ολοκληρωμένα</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Χρόνος</translation>
        </message>
        <message>
            <source>Quiz average</source>
            <translation>Μέσος όρος τεστ</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Αρχικό τεστ</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Τελικό τεστ</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Βελτίωση</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Δεξιότητα</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Προφίλ</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Εκπαιδευόμενοι</translation>
        </message>
        <message>
            <source>Progress of each learner</source>
            <translation>Πρόοδος κάθε εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Pre/post gain by skill</source>
            <translation>Βελτίωση από το αρχικό στο τελικό τεστ ανά δεξιότητα</translation>
        </message>
        <message>
            <source>Written answers to review</source>
            <translation>Γραπτές απαντήσεις για έλεγχο</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Τεστ</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Ερώτηση</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Απάντηση</translation>
        </message>
        <message>
            <source>Whole cohort</source>
            <translation>Όλη η ομάδα</translation>
        </message>
        <message>
            <source>one module a week</source>
            <translation>μία ενότητα την εβδομάδα</translation>
        </message>
        <message>
            <source>the course's suggested weeks</source>
            <translation>οι εβδομάδες που προτείνει το μάθημα</translation>
        </message>
        <message>
            <source>everything open at once</source>
            <translation>όλα ανοιχτά από την αρχή</translation>
        </message>
    </context>
    <context>
        <name>CohortsDialog</name>
        <message>
            <source>No learners in this cohort yet: choose "Edit…" to add them.</source>
            <translation>Αυτή η ομάδα δεν έχει ακόμη εκπαιδευόμενους: επιλέξτε «Επεξεργασία…» για να τους προσθέσετε.</translation>
        </message>
        <message>
            <source>No courses in this cohort yet: choose "Edit…" to add them.</source>
            <translation>Αυτή η ομάδα δεν έχει ακόμη μαθήματα: επιλέξτε «Επεξεργασία…» για να τα προσθέσετε.</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Ομάδες</translation>
        </message>
        <message>
            <source>New cohort…</source>
            <translation>Νέα ομάδα…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Επεξεργασία…</translation>
        </message>
        <message>
            <source>Edit the cohort</source>
            <translation>Επεξεργασία της ομάδας</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Διαγραφή…</translation>
        </message>
        <message>
            <source>Delete the cohort</source>
            <translation>Διαγραφή της ομάδας</translation>
        </message>
        <message>
            <source>&amp;Cohorts</source>
            <translation>&amp;Ομάδες</translation>
        </message>
        <message>
            <source>Progress of the cohort's learners; the selected row's learner gets the learner actions</source>
            <translation>Πρόοδος των εκπαιδευόμενων της ομάδας· οι ενέργειες για εκπαιδευόμενο αφορούν την επιλεγμένη γραμμή</translation>
        </message>
        <message>
            <source>Pre/post gain by skill</source>
            <translation>Βελτίωση από το αρχικό στο τελικό τεστ ανά δεξιότητα</translation>
        </message>
        <message>
            <source>Open next week for everyone</source>
            <translation>Άνοιγμα της επόμενης εβδομάδας για όλους</translation>
        </message>
        <message>
            <source>Open next week for the learner</source>
            <translation>Άνοιγμα της επόμενης εβδομάδας για τον εκπαιδευόμενο</translation>
        </message>
        <message>
            <source>Cohort report (PDF)…</source>
            <translation>Αναφορά ομάδας (PDF)…</translation>
        </message>
        <message>
            <source>Cohort report (CSV)…</source>
            <translation>Αναφορά ομάδας (CSV)…</translation>
        </message>
        <message>
            <source>Learner report (PDF)…</source>
            <translation>Αναφορά εκπαιδευόμενου (PDF)…</translation>
        </message>
        <message>
            <source>Open the next week now for everyone in the cohort</source>
            <translation>Άνοιγμα της επόμενης εβδομάδας τώρα για όλη την ομάδα</translation>
        </message>
        <message>
            <source>Open the next week now for the selected learner</source>
            <translation>Άνοιγμα της επόμενης εβδομάδας τώρα για τον επιλεγμένο εκπαιδευόμενο</translation>
        </message>
        <message>
            <source>Save the cohort report as PDF</source>
            <translation>Αποθήκευση της αναφοράς ομάδας ως PDF</translation>
        </message>
        <message>
            <source>Save the cohort report as CSV</source>
            <translation>Αποθήκευση της αναφοράς ομάδας ως CSV</translation>
        </message>
        <message>
            <source>Save the selected learner's report as PDF</source>
            <translation>Αποθήκευση της αναφοράς του επιλεγμένου εκπαιδευόμενου ως PDF</translation>
        </message>
        <message>
            <source>{name}
from {date}</source>
            <translation>{name}
από {date}</translation>
        </message>
        <message>
            <source>No cohorts yet</source>
            <translation>Δεν υπάρχουν ακόμη ομάδες</translation>
        </message>
        <message>
            <source>A cohort runs a group of learners through courses together, one module a week if you like. Choose "New cohort…" to make one.</source>
            <translation>Μια ομάδα παρακολουθεί τα μαθήματα μαζί, αν θέλετε μία ενότητα την εβδομάδα. Επιλέξτε «Νέα ομάδα…» για να δημιουργήσετε μία.</translation>
        </message>
        <message>
            <source>next to open: week {week}</source>
            <translation>επόμενη που ανοίγει: εβδομάδα {week}</translation>
        </message>
        <message>
            <source>every week is open</source>
            <translation>όλες οι εβδομάδες είναι ανοιχτές</translation>
        </message>
        <message>
            <source>Made the cohort {name}.</source>
            <translation>Δημιουργήθηκε η ομάδα {name}.</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Αποθηκεύτηκε: {name}.</translation>
        </message>
        <message>
            <source>Delete cohort</source>
            <translation>Διαγραφή ομάδας</translation>
        </message>
        <message>
            <source>Delete the cohort {name}? Its learners keep all their progress and see their courses whole again.</source>
            <translation>Διαγραφή της ομάδας {name}; Οι εκπαιδευόμενοί της κρατούν όλη την πρόοδό τους και βλέπουν ξανά τα μαθήματα ολόκληρα.</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Διαγράφηκε: {name}.</translation>
        </message>
        <message>
            <source>Every week is open already.</source>
            <translation>Όλες οι εβδομάδες είναι ήδη ανοιχτές.</translation>
        </message>
        <message>
            <source>Opened week {week} for {name}.</source>
            <translation>Άνοιξε η εβδομάδα {week} για {name}.</translation>
        </message>
        <message>
            <source>Opened week {week} for everyone.</source>
            <translation>Άνοιξε η εβδομάδα {week} για όλους.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Αρχεία CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cohort report</source>
            <translation>Αναφορά ομάδας</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Εγγραφή της αναφοράς…</translation>
        </message>
        <message>
            <source>{learner} · {cohort}</source>
            <translation>{learner} · {cohort}</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Αποθήκευση της αναφοράς ως PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Αρχεία PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cohort {name}, from {date} ({pace}). Made on {made}.</source>
            <translation>Ομάδα {name}, από {date} ({pace}). Δημιουργήθηκε στις {made}.</translation>
        </message>
        <message>
            <source>BIBLIO Desktop · {title} · page</source>
            <translation>BIBLIO Desktop · {title} · σελίδα</translation>
        </message>
        <message>
            <source>Saved the report to {path}</source>
            <translation>Η αναφορά αποθηκεύτηκε στο {path}</translation>
        </message>
        <message>
            <source>managed by the workshop PC {name}</source>
            <translation>τη διαχειρίζεται ο υπολογιστής του εργαστηρίου {name}</translation>
        </message>
        <message>
            <source>Managed by the workshop PC {name}: changes are made there and arrive with each delivery.</source>
            <translation>Τη διαχειρίζεται ο υπολογιστής του εργαστηρίου {name}: οι αλλαγές γίνονται εκεί και φτάνουν με κάθε αποστολή.</translation>
        </message>
        <message>
            <source>{name} — {pc}</source>
            <translation>{name} — {pc}</translation>
        </message>
        <message>
            <source>On other PCs: {learners}</source>
            <translation>Σε άλλους υπολογιστές: {learners}</translation>
        </message>
        <message numerus="yes">
            <source>{name}, from {date}, %n learners</source>
            <translation>
                <numerusform>{name}, από {date}, %n εκπαιδευόμενος</numerusform>
                <numerusform>{name}, από {date}, %n εκπαιδευόμενοι</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts {date} · {pace} · %n learners</source>
            <translation>
                <numerusform>Ξεκινά {date} · {pace} · %n εκπαιδευόμενος</numerusform>
                <numerusform>Ξεκινά {date} · {pace} · %n εκπαιδευόμενοι</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConversionReportDialog</name>
        <message>
            <source>Conversion report</source>
            <translation>Αναφορά μετατροπής</translation>
        </message>
        <message>
            <source>“{title}” is ready to install</source>
            <translation>Το «{title}» είναι έτοιμο για εγκατάσταση</translation>
        </message>
        <message>
            <source>From {file}: {what}</source>
            <translation>Από {file}: {what}</translation>
        </message>
        <message>
            <source>What the course will contain:</source>
            <translation>Τι θα περιέχει το μάθημα:</translation>
        </message>
        <message>
            <source>Nothing was left out.</source>
            <translation>Δεν παραλείφθηκε τίποτα.</translation>
        </message>
        <message>
            <source>Left out, and why ({count}):</source>
            <translation>Τι παραλείφθηκε και γιατί ({count}):</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Εγκατάσταση</translation>
        </message>
        <message>
            <source>Install the converted course</source>
            <translation>Εγκατάσταση του μαθήματος που μετατράπηκε</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <source>Cancel: install nothing</source>
            <translation>Ακύρωση: να μην εγκατασταθεί τίποτα</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Ενότητα</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Διαφάνειες</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Βίντεο</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Κουίζ</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Έγγραφο PDF</translation>
        </message>
        <message>
            <source>single choice</source>
            <translation>μία επιλογή</translation>
        </message>
        <message>
            <source>multiple choice</source>
            <translation>πολλαπλές επιλογές</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>σωστό ή λάθος</translation>
        </message>
        <message>
            <source>text answer</source>
            <translation>απάντηση με κείμενο</translation>
        </message>
        <message>
            <source>number</source>
            <translation>αριθμός</translation>
        </message>
        <message>
            <source>matching</source>
            <translation>αντιστοίχιση</translation>
        </message>
        <message>
            <source>ordering</source>
            <translation>ταξινόμηση</translation>
        </message>
        <message>
            <source>fill in the blanks</source>
            <translation>συμπλήρωση κενών</translation>
        </message>
        <message>
            <source>drag the words</source>
            <translation>σύρσιμο λέξεων</translation>
        </message>
        <message>
            <source>mark the words</source>
            <translation>επισήμανση λέξεων</translation>
        </message>
        <message>
            <source>free text</source>
            <translation>ελεύθερο κείμενο</translation>
        </message>
        <message>
            <source>Modules: {n}</source>
            <translation>Ενότητες: {n}</translation>
        </message>
        <message>
            <source>Questions: {n}</source>
            <translation>Ερωτήσεις: {n}</translation>
        </message>
        <message>
            <source>Left out: {n}</source>
            <translation>Παραλείφθηκαν: {n}</translation>
        </message>
        <message>
            <source>Module, item or question</source>
            <translation>Ενότητα, στοιχείο ή ερώτηση</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Γίνεται</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Από πού</translation>
        </message>
        <message>
            <source>Course contents</source>
            <translation>Περιεχόμενο μαθήματος</translation>
        </message>
        <message>
            <source>Each module of the converted course, its items and their questions, with where each came from</source>
            <translation>Κάθε ενότητα του μαθήματος που μετατράπηκε, τα στοιχεία της και οι ερωτήσεις τους, με την προέλευση του καθενός</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Ενότητα</translation>
        </message>
        <message>
            <source>{n} × {type}</source>
            <translation>{n} × {type}</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Ερώτηση</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Παραλείφθηκε</translation>
        </message>
        <message>
            <source>Parts of the input that are not in the course, and why</source>
            <translation>Τμήματα του υλικού που δεν περιλαμβάνονται στο μάθημα, και γιατί</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Σημειώσεις:</translation>
        </message>
    </context>
    <context>
        <name>CourseCard</name>
        <message>
            <source>{publisher} · version {version} · {languages}</source>
            <translation>{publisher} · έκδοση {version} · {languages}</translation>
        </message>
        <message>
            <source>%p% done</source>
            <translation>%p% ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>Progress in {title}</source>
            <translation>Πρόοδος: {title}</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Έναρξη</translation>
        </message>
        <message>
            <source>Open {title}</source>
            <translation>Άνοιγμα: {title}</translation>
        </message>
    </context>
    <context>
        <name>CourseProgressView</name>
        <message>
            <source>Overall progress</source>
            <translation>Συνολική πρόοδος</translation>
        </message>
        <message>
            <source>%p % done</source>
            <translation>%p % ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>Module and item</source>
            <translation>Κεφάλαιο και στοιχείο</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Χρόνος</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Κουίζ</translation>
        </message>
        <message>
            <source>Modules and items; press Enter to open an item</source>
            <translation>Κεφάλαια και στοιχεία. Πατήστε Enter για να ανοίξετε ένα στοιχείο</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Δεξιότητες</translation>
        </message>
        <message>
            <source>Time spent: {t}</source>
            <translation>Χρόνος μελέτης: {t}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Ολοκληρώθηκε στις {date}</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Σε εξέλιξη</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Δεν έχει ξεκινήσει ακόμη</translation>
        </message>
        <message>
            <source>{title} (optional)</source>
            <translation>{title} (προαιρετικό)</translation>
        </message>
        <message>
            <source>questions: {score}</source>
            <translation>ερωτήσεις: {score}</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Ξεκίνησε</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Δεν ξεκίνησε</translation>
        </message>
        <message>
            <source>Press Enter or double-click to open</source>
            <translation>Πατήστε Enter ή κάντε διπλό κλικ για άνοιγμα</translation>
        </message>
        <message>
            <source>This course does not list any skills.</source>
            <translation>Αυτό το μάθημα δεν αναφέρει δεξιότητες.</translation>
        </message>
        <message>
            <source>%p %</source>
            <translation>%p %</translation>
        </message>
        <message numerus="yes">
            <source>best {score}, %n attempts</source>
            <translation>
                <numerusform>καλύτερη βαθμολογία {score}, %n προσπάθεια</numerusform>
                <numerusform>καλύτερη βαθμολογία {score}, %n προσπάθειες</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>If you need it sooner, ask your facilitator to open this week early.</source>
            <translation>Αν το χρειάζεστε νωρίτερα, ζητήστε από τον συντονιστή σας να ανοίξει αυτή την εβδομάδα νωρίτερα.</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Βιβλιοθήκη</translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Επιστροφή στη βιβλιοθήκη</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Πρόοδος μαθήματος</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Πρόοδος</translation>
        </message>
        <message>
            <source>Show my progress in this course</source>
            <translation>Εμφάνιση της προόδου μου σε αυτό το μάθημα</translation>
        </message>
        <message>
            <source>Course outline</source>
            <translation>Διάρθρωση μαθήματος</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Προηγούμενο στοιχείο</translation>
        </message>
        <message>
            <source>Previous item (Alt+Left)</source>
            <translation>Προηγούμενο στοιχείο (Alt+Left)</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Επόμενο στοιχείο</translation>
        </message>
        <message>
            <source>Next item (Alt+Right)</source>
            <translation>Επόμενο στοιχείο (Alt+Right)</translation>
        </message>
        <message>
            <source>{title} (optional)</source>
            <translation>{title} (προαιρετικό)</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>Ολοκληρώθηκαν {done} από {total}</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Ενότητα</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Βίντεο</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Διαφάνειες</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Κουίζ</translation>
        </message>
        <message>
            <source>done</source>
            <translation>ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>started</source>
            <translation>ξεκίνησε</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>δεν ξεκίνησε</translation>
        </message>
        <message>
            <source>about {minutes} min</source>
            <translation>περίπου {minutes} λεπτά</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Διαδικτυακό σεμινάριο</translation>
        </message>
        <message>
            <source>This item opens with week {week} of your group.
{opens}</source>
            <translation>Αυτό το στοιχείο ανοίγει με την εβδομάδα {week} της ομάδας σας.
{opens}</translation>
        </message>
    </context>
    <context>
        <name>DownloadPanel</name>
        <message>
            <source>Downloads</source>
            <translation>Λήψεις</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Download progress of {title}</source>
            <translation>Πρόοδος λήψης: {title}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Παύση</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Απόκρυψη</translation>
        </message>
        <message>
            <source>{action} download of {title}</source>
            <translation>{action} λήψης: {title}</translation>
        </message>
        <message>
            <source>{title} — version {version}</source>
            <translation>{title} — έκδοση {version}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} από {total}</translation>
        </message>
        <message>
            <source>Waiting for the other download to finish… ({sizes})</source>
            <translation>Αναμονή για την ολοκλήρωση της άλλης λήψης… ({sizes})</translation>
        </message>
        <message>
            <source>{sizes} · {speed}/s · {left} left</source>
            <translation>{sizes} · {speed}/s · απομένουν {left}</translation>
        </message>
        <message>
            <source>Downloaded. Checking and installing the course…</source>
            <translation>Η λήψη ολοκληρώθηκε. Έλεγχος και εγκατάσταση του μαθήματος…</translation>
        </message>
        <message>
            <source>Paused — {sizes} downloaded. Choose Resume to continue.</source>
            <translation>Σε παύση — λήφθηκαν {sizes}. Επιλέξτε «Συνέχεια» για να συνεχίσετε.</translation>
        </message>
        <message>
            <source>The download stopped: {error} Choose Resume to try again.</source>
            <translation>Η λήψη διακόπηκε: {error} Επιλέξτε «Συνέχεια» για να δοκιμάσετε ξανά.</translation>
        </message>
        <message>
            <source>Installed. The course is now in your library.</source>
            <translation>Εγκαταστάθηκε. Το μάθημα βρίσκεται πλέον στη βιβλιοθήκη σας.</translation>
        </message>
        <message>
            <source>The server cannot be reached</source>
            <translation>Δεν είναι δυνατή η σύνδεση με τον διακομιστή</translation>
        </message>
        <message>
            <source>The server is busy</source>
            <translation>Ο διακομιστής είναι απασχολημένος</translation>
        </message>
        <message>
            <source>The server stopped sending</source>
            <translation>Ο διακομιστής σταμάτησε να στέλνει δεδομένα</translation>
        </message>
        <message>
            <source>The connection dropped</source>
            <translation>Η σύνδεση διακόπηκε</translation>
        </message>
        <message>
            <source>{problem}; trying again…</source>
            <translation>{problem}. Νέα προσπάθεια…</translation>
        </message>
        <message>
            <source>{problem}; trying again now…</source>
            <translation>{problem}. Νέα προσπάθεια τώρα…</translation>
        </message>
        <message>
            <source>{problem}; will retry in {seconds} s</source>
            <translation>{problem}. Νέα προσπάθεια σε {seconds} δευτ.</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} δευτ.</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} λεπτά</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} ώρ. {m} λεπτά</translation>
        </message>
    </context>
    <context>
        <name>DragWordsControl</name>
        <message>
            <source>Words to place:</source>
            <translation>Λέξεις προς τοποθέτηση:</translation>
        </message>
        <message>
            <source>Words to place</source>
            <translation>Λέξεις προς τοποθέτηση</translation>
        </message>
        <message>
            <source>Pick a word (Space or Enter), then the gap it belongs in; or the gap first, then the word. Space on a filled gap puts its word back; Escape cancels. You can also drag words with the mouse.</source>
            <translation>Επιλέξτε μια λέξη (διάστημα ή Enter) και μετά το κενό όπου ανήκει· ή πρώτα το κενό και μετά τη λέξη. Το διάστημα σε ένα συμπληρωμένο κενό επιστρέφει τη λέξη πίσω· το Escape ακυρώνει. Μπορείτε επίσης να σύρετε τις λέξεις με το ποντίκι.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>επιλεγμένη</translation>
        </message>
        <message>
            <source>Word: {word}</source>
            <translation>Λέξη: {word}</translation>
        </message>
        <message>
            <source>Gap {n}: {word}</source>
            <translation>Κενό {n}: {word}</translation>
        </message>
        <message>
            <source>Gap {n}: empty</source>
            <translation>Κενό {n}: χωρίς λέξη</translation>
        </message>
        <message>
            <source>Picked “{word}”: now choose its gap.</source>
            <translation>Επιλέχθηκε «{word}»: τώρα επιλέξτε το κενό της.</translation>
        </message>
        <message>
            <source>Gap {n} chosen: now choose its word.</source>
            <translation>Επιλέχθηκε το κενό {n}: τώρα επιλέξτε τη λέξη.</translation>
        </message>
        <message numerus="yes">
            <source>{placed} of %n gaps filled.</source>
            <translation>
                <numerusform>Συμπληρωμένα κενά: {placed} από %n.</numerusform>
                <numerusform>Συμπληρωμένα κενά: {placed} από %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryCard</name>
        <message>
            <source>{publisher} · version {version} · {size} · {languages}</source>
            <translation>{publisher} · έκδοση {version} · {size} · {languages}</translation>
        </message>
        <message>
            <source>Not installed</source>
            <translation>Δεν έχει εγκατασταθεί</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Εγκατεστημένο</translation>
        </message>
        <message>
            <source>Update available (you have version {version})</source>
            <translation>Υπάρχει ενημέρωση (έχετε την έκδοση {version})</translation>
        </message>
        <message>
            <source>Installed (a newer version, {version})</source>
            <translation>Εγκατεστημένο (νεότερη έκδοση, {version})</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Λήψη…</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Λήψη</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Ενημέρωση</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <source>{action} {title}</source>
            <translation>{action}: {title}</translation>
        </message>
        <message>
            <source>On this network: {name}</source>
            <translation>Σε αυτό το δίκτυο: {name}</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorScreen</name>
        <message>
            <source>Learners and courses</source>
            <translation>Εκπαιδευόμενοι και μαθήματα</translation>
        </message>
        <message>
            <source>Filter by learner name</source>
            <translation>Φιλτράρισμα κατά όνομα εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Export table as CSV…</source>
            <translation>Εξαγωγή πίνακα ως CSV…</translation>
        </message>
        <message>
            <source>Export table as CSV</source>
            <translation>Εξαγωγή πίνακα ως CSV</translation>
        </message>
        <message>
            <source>Learners and courses; press Enter for details</source>
            <translation>Εκπαιδευόμενοι και μαθήματα. Πατήστε Enter για λεπτομέρειες</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Λεπτομέρειες…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Μετονομασία…</translation>
        </message>
        <message>
            <source>Reset PIN…</source>
            <translation>Επαναφορά PIN…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Αφαίρεση…</translation>
        </message>
        <message>
            <source>Show the learner's details</source>
            <translation>Εμφάνιση λεπτομερειών του εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Rename the learner</source>
            <translation>Μετονομασία του εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Reset the learner's PIN</source>
            <translation>Επαναφορά του PIN του εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Remove the learner</source>
            <translation>Αφαίρεση του εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Review written answers…</source>
            <translation>Αξιολόγηση γραπτών απαντήσεων…</translation>
        </message>
        <message>
            <source>Open exports folder</source>
            <translation>Άνοιγμα φακέλου εξαγωγών</translation>
        </message>
        <message>
            <source>Open the folder with exports</source>
            <translation>Άνοιγμα του φακέλου με τις εξαγωγές</translation>
        </message>
        <message>
            <source>Sign in as the facilitator on the start screen to see this page.</source>
            <translation>Συνδεθείτε ως συντονιστής από την αρχική οθόνη για να δείτε αυτή τη σελίδα.</translation>
        </message>
        <message>
            <source>No learners yet. Learners add their own profile on the start screen with "Add learner"; their progress will appear here.</source>
            <translation>Δεν υπάρχουν ακόμη εκπαιδευόμενοι. Οι εκπαιδευόμενοι δημιουργούν το δικό τους προφίλ στην αρχική οθόνη με την επιλογή «Προσθήκη εκπαιδευόμενου». Η πρόοδός τους θα εμφανίζεται εδώ.</translation>
        </message>
        <message>
            <source>No courses are installed yet. Import a course package in the library; every learner's progress will appear here.</source>
            <translation>Δεν έχουν εγκατασταθεί ακόμη μαθήματα. Εισαγάγετε ένα πακέτο μαθήματος από τη βιβλιοθήκη. Η πρόοδος κάθε εκπαιδευόμενου θα εμφανίζεται εδώ.</translation>
        </message>
        <message>
            <source>Review written answers ({n})…</source>
            <translation>Αξιολόγηση γραπτών απαντήσεων ({n})…</translation>
        </message>
        <message>
            <source>Review written answers: {n} waiting</source>
            <translation>Αξιολόγηση γραπτών απαντήσεων: {n} σε αναμονή</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Αρχεία CSV (*.csv)</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Πρόοδος (%)</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Ολοκληρωμένα στοιχεία</translation>
        </message>
        <message>
            <source>Time spent (minutes)</source>
            <translation>Χρόνος μελέτης (λεπτά)</translation>
        </message>
        <message>
            <source>Last activity (UTC)</source>
            <translation>Τελευταία δραστηριότητα (UTC)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>Quiz average (%)</source>
            <translation>Μέσος όρος κουίζ (%)</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Εξαγωγή πίνακα</translation>
        </message>
        <message>
            <source>Writing the table…</source>
            <translation>Εγγραφή του πίνακα…</translation>
        </message>
        <message>
            <source>Saved the table to {path}</source>
            <translation>Ο πίνακας αποθηκεύτηκε στο {path}</translation>
        </message>
        <message>
            <source>Rename learner</source>
            <translation>Μετονομασία εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Νέο όνομα:</translation>
        </message>
        <message>
            <source>Renamed to {name}.</source>
            <translation>Μετονομάστηκε σε {name}.</translation>
        </message>
        <message>
            <source>{name} now signs in with the new PIN.</source>
            <translation>{name}: η σύνδεση γίνεται πλέον με το νέο PIN.</translation>
        </message>
        <message>
            <source>{name} now signs in without a PIN.</source>
            <translation>{name}: η σύνδεση γίνεται πλέον χωρίς PIN.</translation>
        </message>
        <message>
            <source>Removed {name}. A copy of their data was saved to {path}</source>
            <translation>Το προφίλ {name} αφαιρέθηκε. Αντίγραφο των δεδομένων του αποθηκεύτηκε στο {path}</translation>
        </message>
        <message>
            <source>Cohorts…</source>
            <translation>Ομάδες…</translation>
        </message>
        <message>
            <source>Cohorts and their reports</source>
            <translation>Ομάδες και οι αναφορές τους</translation>
        </message>
        <message>
            <source>Share on this network…</source>
            <translation>Κοινή χρήση σε αυτό το δίκτυο…</translation>
        </message>
        <message>
            <source>Share the courses on this network and gather the records of the room's PCs</source>
            <translation>Κοινή χρήση των μαθημάτων σε αυτό το δίκτυο και συλλογή των καταγραφών των υπολογιστών της αίθουσας</translation>
        </message>
        <message>
            <source>Learners on other PCs (their records arrived here)</source>
            <translation>Εκπαιδευόμενοι σε άλλους υπολογιστές (οι καταγραφές τους έφτασαν εδώ)</translation>
        </message>
        <message>
            <source>Sharing on this network (code {code})…</source>
            <translation>Κοινή χρήση σε αυτό το δίκτυο (κωδικός {code})…</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSetupDialog</name>
        <message>
            <source>Set up the facilitator</source>
            <translation>Ρύθμιση συντονιστή</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Κωδικός πρόσβασης</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Επανάληψη κωδικού</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Κωδικός πρόσβασης:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>&amp;Επανάληψη κωδικού:</translation>
        </message>
        <message>
            <source>The two passwords are different. Type the same one twice.</source>
            <translation>Οι δύο κωδικοί διαφέρουν. Πληκτρολογήστε τον ίδιο κωδικό δύο φορές.</translation>
        </message>
        <message numerus="yes">
            <source>The facilitator looks after this computer's learners: sees everyone's progress, exports it as a table, renames profiles, resets forgotten PINs, removes profiles, and changes the idle sign-out time and backups.

Choose a password of at least %n characters and keep it safe: it cannot be recovered.</source>
            <translation>
                <numerusform>Ο συντονιστής φροντίζει τους εκπαιδευόμενους αυτού του υπολογιστή: βλέπει την πρόοδο όλων, την εξάγει ως πίνακα, μετονομάζει προφίλ, επαναφέρει ξεχασμένα PIN, αφαιρεί προφίλ και αλλάζει τον χρόνο αποσύνδεσης λόγω αδράνειας και τα αντίγραφα ασφαλείας.

Επιλέξτε κωδικό πρόσβασης με τουλάχιστον %n χαρακτήρα και φυλάξτε τον καλά: δεν μπορεί να ανακτηθεί.</numerusform>
                <numerusform>Ο συντονιστής φροντίζει τους εκπαιδευόμενους αυτού του υπολογιστή: βλέπει την πρόοδο όλων, την εξάγει ως πίνακα, μετονομάζει προφίλ, επαναφέρει ξεχασμένα PIN, αφαιρεί προφίλ και αλλάζει τον χρόνο αποσύνδεσης λόγω αδράνειας και τα αντίγραφα ασφαλείας.

Επιλέξτε κωδικό πρόσβασης με τουλάχιστον %n χαρακτήρες και φυλάξτε τον καλά: δεν μπορεί να ανακτηθεί.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSignInDialog</name>
        <message>
            <source>Facilitator</source>
            <translation>Συντονιστής</translation>
        </message>
        <message>
            <source>Facilitator sign-in</source>
            <translation>Σύνδεση συντονιστή</translation>
        </message>
        <message>
            <source>Facilitator password:</source>
            <translation>Κωδικός συντονιστή:</translation>
        </message>
        <message>
            <source>Facilitator password</source>
            <translation>Κωδικός συντονιστή</translation>
        </message>
    </context>
    <context>
        <name>FillBlanksControl</name>
        <message>
            <source>Gap {n} of {total}</source>
            <translation>Κενό {n} από {total}</translation>
        </message>
        <message>
            <source>Type the missing word in each gap; Tab moves to the next gap.</source>
            <translation>Πληκτρολογήστε τη λέξη που λείπει σε κάθε κενό· το Tab μεταβαίνει στο επόμενο κενό.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this lesson</source>
            <translation>Αναζήτηση σε αυτή την ενότητα</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Προηγούμενο αποτέλεσμα</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Επόμενο αποτέλεσμα</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Κλείσιμο της γραμμής αναζήτησης (Esc)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Κλείσιμο της γραμμής αναζήτησης</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Αναζήτηση:</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Δεν βρέθηκε</translation>
        </message>
    </context>
    <context>
        <name>FreeTextControl</name>
        <message>
            <source>Your answer</source>
            <translation>Η απάντησή σας</translation>
        </message>
        <message>
            <source>Write your answer here</source>
            <translation>Γράψτε εδώ την απάντησή σας</translation>
        </message>
        <message>
            <source>This answer is not scored automatically: your facilitator reads it and may leave you a comment.</source>
            <translation>Αυτή η απάντηση δεν βαθμολογείται αυτόματα: ο συντονιστής τη διαβάζει και μπορεί να σας αφήσει σχόλιο.</translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n characters</source>
            <translation>
                <numerusform>{count} από %n χαρακτήρα</numerusform>
                <numerusform>{count} από %n χαρακτήρες</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GatheredLearnersView</name>
        <message>
            <source>PC</source>
            <translation>Υπολογιστής</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Εκπαιδευόμενος</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Καταγραφές</translation>
        </message>
        <message>
            <source>Completed courses</source>
            <translation>Ολοκληρωμένα μαθήματα</translation>
        </message>
        <message>
            <source>Last record</source>
            <translation>Τελευταία καταγραφή</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Sign-out warning</source>
            <translation>Προειδοποίηση αποσύνδεσης</translation>
        </message>
        <message>
            <source>Stay signed in</source>
            <translation>Παραμονή σε σύνδεση</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has happened for a while: you will be signed out in %n seconds. Your work is saved.</source>
            <translation>
                <numerusform>Δεν έγινε τίποτα για λίγο: θα αποσυνδεθείτε σε %n δευτερόλεπτο. Η εργασία σας έχει αποθηκευτεί.</numerusform>
                <numerusform>Δεν έγινε τίποτα για λίγο: θα αποσυνδεθείτε σε %n δευτερόλεπτα. Η εργασία σας έχει αποθηκευτεί.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a workshop</source>
            <translation>Συμμετοχή σε εργαστήριο</translation>
        </message>
        <message>
            <source>Type the address and the join code that the facilitator's PC shows under "Share on this network".</source>
            <translation>Πληκτρολογήστε τη διεύθυνση και τον κωδικό συμμετοχής που δείχνει ο υπολογιστής του συντονιστή στην «Κοινή χρήση σε αυτό το δίκτυο».</translation>
        </message>
        <message>
            <source>Address of the facilitator's PC</source>
            <translation>Διεύθυνση του υπολογιστή του συντονιστή</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Κωδικός συμμετοχής</translation>
        </message>
        <message>
            <source>This PC's name, as the facilitator sees it</source>
            <translation>Το όνομα αυτού του υπολογιστή, όπως το βλέπει ο συντονιστής</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Διεύθυνση:</translation>
        </message>
        <message>
            <source>Join &amp;code:</source>
            <translation>&amp;Κωδικός συμμετοχής:</translation>
        </message>
        <message>
            <source>This PC's &amp;name:</source>
            <translation>Ό&amp;νομα αυτού του υπολογιστή:</translation>
        </message>
        <message>
            <source>Check the network</source>
            <translation>Έλεγχος δικτύου</translation>
        </message>
        <message>
            <source>Check the network: what stands between this PC and the facilitator's PC</source>
            <translation>Έλεγχος δικτύου: τι εμποδίζει τη σύνδεση αυτού του υπολογιστή με τον υπολογιστή του συντονιστή</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Συμμετοχή</translation>
        </message>
        <message>
            <source>Join the workshop</source>
            <translation>Συμμετοχή στο εργαστήριο</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <source>Checking the network…</source>
            <translation>Έλεγχος του δικτύου…</translation>
        </message>
        <message>
            <source>Type the join code the facilitator's PC shows.</source>
            <translation>Πληκτρολογήστε τον κωδικό συμμετοχής που δείχνει ο υπολογιστής του συντονιστή.</translation>
        </message>
        <message>
            <source>Joining…</source>
            <translation>Γίνεται συμμετοχή…</translation>
        </message>
    </context>
    <context>
        <name>LearnerDetailDialog</name>
        <message>
            <source>Progress of {name}</source>
            <translation>Πρόοδος: {name}</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Μάθημα</translation>
        </message>
    </context>
    <context>
        <name>LearnerPicker</name>
        <message>
            <source>Who is learning today?</source>
            <translation>Ποιος μαθαίνει σήμερα;</translation>
        </message>
        <message>
            <source>Choose your profile. Use the arrow keys and Enter, or click.</source>
            <translation>Επιλέξτε το προφίλ σας. Χρησιμοποιήστε τα βέλη και το Enter ή κάντε κλικ.</translation>
        </message>
        <message>
            <source>Nobody has a profile on this computer yet.
Profiles keep each person's progress separate: add one for everyone who learns here.</source>
            <translation>Κανείς δεν έχει ακόμη προφίλ σε αυτόν τον υπολογιστή.
Τα προφίλ κρατούν χωριστά την πρόοδο κάθε ατόμου: δημιουργήστε ένα για καθέναν που μαθαίνει εδώ.</translation>
        </message>
        <message>
            <source>Add the first learner</source>
            <translation>Προσθήκη του πρώτου εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Συντονιστής</translation>
        </message>
        <message>
            <source>Facilitator sign-in</source>
            <translation>Σύνδεση συντονιστή</translation>
        </message>
        <message>
            <source>For the person who looks after this computer's learners</source>
            <translation>Για το άτομο που φροντίζει τους εκπαιδευόμενους αυτού του υπολογιστή</translation>
        </message>
        <message>
            <source>{name}, protected by a PIN</source>
            <translation>{name}, με προστασία PIN</translation>
        </message>
        <message>
            <source>{name} (PIN)</source>
            <translation>{name} (PIN)</translation>
        </message>
        <message>
            <source>Add learner</source>
            <translation>Προσθήκη εκπαιδευόμενου</translation>
        </message>
    </context>
    <context>
    <name>LessonStructure</name>
    <message>
        <source>rows: {rows}, columns: {columns}</source>
        <translation>γραμμές: {rows}, στήλες: {columns}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>γραμμή {row}, στήλη {column}</translation>
    </message>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n στοιχείο</numerusform>
                <numerusform>%n στοιχεία</numerusform>
            </translation>
        </message>
</context>
<context>
        <name>LessonView</name>
        <message>
            <source>Lesson text</source>
            <translation>Κείμενο ενότητας</translation>
        </message>
        <message>
            <source>Link: {text}</source>
            <translation>Σύνδεσμος: {text}</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Σήμανση ολοκλήρωσης</translation>
        </message>
        <message>
            <source>Mark this lesson as done</source>
            <translation>Σήμανση αυτής της ενότητας ως ολοκληρωμένης</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Περιεχόμενα</translation>
        </message>
        <message>
            <source>Headings of this lesson (Ctrl+Down / Ctrl+Up go to the next / previous one)</source>
            <translation>Επικεφαλίδες αυτού του μαθήματος (Ctrl+Down / Ctrl+Up μεταβαίνουν στην επόμενη / προηγούμενη)</translation>
        </message>
        <message>
            <source>Contents of this lesson</source>
            <translation>Περιεχόμενα αυτού του μαθήματος</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+Minus)</source>
            <translation>Μικρότερο κείμενο (Ctrl+Minus)</translation>
        </message>
        <message>
            <source>Larger text (Ctrl+Plus)</source>
            <translation>Μεγαλύτερο κείμενο (Ctrl+Plus)</translation>
        </message>
        <message>
            <source>Find in this lesson (Ctrl+F)</source>
            <translation>Αναζήτηση σε αυτή την ενότητα (Ctrl+F)</translation>
        </message>
        <message>
            <source>This lesson's file is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Το αρχείο αυτής της ενότητας λείπει ή είναι κατεστραμμένο. Εγκαταστήστε ξανά το πακέτο μαθήματος ή ζητήστε νέο αντίγραφο από τον συντονιστή σας.</translation>
        </message>
        <message>
            <source>Table — rows: {rows}, columns: {columns}</source>
            <translation>Πίνακας — γραμμές: {rows}, στήλες: {columns}</translation>
        </message>
        <message>
            <source>No next heading</source>
            <translation>Δεν υπάρχει επόμενη επικεφαλίδα</translation>
        </message>
        <message>
            <source>No previous heading</source>
            <translation>Δεν υπάρχει προηγούμενη επικεφαλίδα</translation>
        </message>
        <message>
            <source>This lesson has no headings</source>
            <translation>Αυτό το μάθημα δεν έχει επικεφαλίδες</translation>
        </message>
        <message>
            <source>Heading level {level}: {text}</source>
            <translation>Επικεφαλίδα επιπέδου {level}: {text}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Άνοιγμα ιστοσελίδας;</translation>
        </message>
        <message>
            <source>This link leads to the internet, which may not be available here:</source>
            <translation>Αυτός ο σύνδεσμος οδηγεί στο διαδίκτυο, που ίσως δεν είναι διαθέσιμο εδώ:</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Άνοιγμα στο πρόγραμμα περιήγησης</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Άκυρο</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message>
            <source>Your courses</source>
            <translation>Τα μαθήματά σας</translation>
        </message>
        <message>
            <source>Import course package…</source>
            <translation>Εισαγωγή πακέτου μαθήματος…</translation>
        </message>
        <message>
            <source>Import course package</source>
            <translation>Εισαγωγή πακέτου μαθήματος</translation>
        </message>
        <message>
            <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose "Import course package…" or drag the file onto this window.

Courses from elsewhere (H5P, Moodle backups, Common Cartridge, GIFT or Moodle XML questions, EPUB, PDF) are converted first; you see what they became before anything is installed.</source>
            <translation>Δεν έχουν εγκατασταθεί ακόμη μαθήματα.

Κάθε μάθημα διατίθεται ως αρχείο με κατάληξη .biblio, για παράδειγμα σε στικάκι USB από τον εκπαιδευτή σας. Επιλέξτε «Εισαγωγή πακέτου μαθήματος…» ή σύρετε το αρχείο σε αυτό το παράθυρο.

Τα μαθήματα από αλλού (H5P, αντίγραφα ασφαλείας Moodle, Common Cartridge, ερωτήσεις GIFT ή Moodle XML, EPUB, PDF) μετατρέπονται πρώτα· πριν εγκατασταθεί οτιδήποτε, βλέπετε τι έγιναν.</translation>
        </message>
        <message>
            <source>Tip: you can drop .biblio files here to import them, or H5P, Moodle, EPUB and PDF files to convert them.</source>
            <translation>Συμβουλή: μπορείτε να σύρετε εδώ αρχεία .biblio για να τα εισαγάγετε, ή αρχεία H5P, Moodle, EPUB και PDF για να τα μετατρέψετε.</translation>
        </message>
        <message>
            <source>Last opened {date}</source>
            <translation>Τελευταίο άνοιγμα: {date}</translation>
        </message>
        <message>
            <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose "Import course package…" or drag the file onto this window.</source>
            <translation>Δεν έχουν εγκατασταθεί ακόμη μαθήματα.

Κάθε μάθημα διατίθεται ως αρχείο με κατάληξη .biblio, για παράδειγμα σε στικάκι USB από τον εκπαιδευτή σας. Επιλέξτε «Εισαγωγή πακέτου μαθήματος…» ή σύρετε το αρχείο σε αυτό το παράθυρο.</translation>
        </message>
        <message>
            <source>Tip: you can drop .biblio files here to import them.</source>
            <translation>Συμβουλή: μπορείτε να σύρετε αρχεία .biblio εδώ για να τα εισαγάγετε.</translation>
        </message>
        <message>
            <source>Course packages (*.biblio)</source>
            <translation>Πακέτα μαθημάτων (*.biblio)</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Εισαγωγή</translation>
        </message>
        <message>
            <source>Checking and installing the course…</source>
            <translation>Έλεγχος και εγκατάσταση του μαθήματος…</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Έχει ήδη εγκατασταθεί</translation>
        </message>
        <message>
            <source>The course package was not imported</source>
            <translation>Το πακέτο μαθήματος δεν εισήχθη</translation>
        </message>
        <message>
            <source>Course imported</source>
            <translation>Το μάθημα εισήχθη</translation>
        </message>
        <message>
            <source>Installed:
{names}</source>
            <translation>Εγκαταστάθηκαν:
{names}</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Η εισαγωγή ακυρώθηκε</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was installed.</source>
            <translation>Η εισαγωγή ακυρώθηκε. Δεν εγκαταστάθηκε τίποτα.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Library</source>
            <translation>Βιβλιοθήκη</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>Η πρόοδός μου</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Συντονιστής</translation>
        </message>
        <message>
            <source>Get courses</source>
            <translation>Λήψη μαθημάτων</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ρυθμίσεις</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>Συνδεδεμένος χρήστης</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Αλλαγή εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Περισσότερες ενέργειες</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Έξοδος</translation>
        </message>
        <message>
            <source>You were signed out after a period without activity; your work was saved.</source>
            <translation>Αποσυνδεθήκατε μετά από ένα διάστημα αδράνειας. Η εργασία σας αποθηκεύτηκε.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Το αντίγραφο ασφαλείας επαναφέρθηκε</translation>
        </message>
        <message>
            <source>The library was restored from {name}. The previous library was kept as {kept}.</source>
            <translation>Η βιβλιοθήκη επαναφέρθηκε από το {name}. Η προηγούμενη βιβλιοθήκη διατηρήθηκε ως {kept}.</translation>
        </message>
    </context>
    <context>
        <name>MarkWordsControl</name>
        <message>
            <source>Word {n} of {total}</source>
            <translation>Λέξη {n} από {total}</translation>
        </message>
        <message>
            <source>Tab to the text, move from word to word with the arrow keys and mark or unmark a word with Space; or click the words.</source>
            <translation>Με το Tab μεταβείτε στο κείμενο, μετακινηθείτε από λέξη σε λέξη με τα βέλη και σημειώστε ή αποεπιλέξτε μια λέξη με το διάστημα· ή κάντε κλικ στις λέξεις.</translation>
        </message>
        <message>
            <source>Words marked: {n}</source>
            <translation>Σημειωμένες λέξεις: {n}</translation>
        </message>
    </context>
    <context>
        <name>MatchingControl</name>
        <message>
            <source>Choose…</source>
            <translation>Επιλέξτε…</translation>
        </message>
        <message>
            <source>Match for: {left}</source>
            <translation>Αντιστοίχιση για: {left}</translation>
        </message>
    </context>
    <context>
        <name>NetworkBox</name>
        <message>
            <source>On this network</source>
            <translation>Σε αυτό το δίκτυο</translation>
        </message>
        <message>
            <source>In a workshop, the facilitator's PC shares its courses with the PCs in the room. Join it with the code it shows: its courses are listed here, and your records go to it by themselves.</source>
            <translation>Σε ένα εργαστήριο, ο υπολογιστής του συντονιστή μοιράζεται τα μαθήματά του με τους υπολογιστές της αίθουσας. Συνδεθείτε με τον κωδικό που δείχνει: τα μαθήματά του εμφανίζονται εδώ και οι καταγραφές σας στέλνονται σε αυτόν αυτόματα.</translation>
        </message>
        <message>
            <source>Workshops found on this network</source>
            <translation>Εργαστήρια που βρέθηκαν σε αυτό το δίκτυο</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Νέα αναζήτηση</translation>
        </message>
        <message>
            <source>Look for workshops on this network</source>
            <translation>Αναζήτηση εργαστηρίων σε αυτό το δίκτυο</translation>
        </message>
        <message>
            <source>Join…</source>
            <translation>Συμμετοχή…</translation>
        </message>
        <message>
            <source>Join a workshop with its address and code</source>
            <translation>Συμμετοχή σε εργαστήριο με τη διεύθυνση και τον κωδικό του</translation>
        </message>
        <message>
            <source>Check network</source>
            <translation>Έλεγχος δικτύου</translation>
        </message>
        <message>
            <source>Check the network to the workshop PC</source>
            <translation>Έλεγχος του δικτύου προς τον υπολογιστή του εργαστηρίου</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Αποχώρηση</translation>
        </message>
        <message>
            <source>Leave the workshop</source>
            <translation>Αποχώρηση από το εργαστήριο</translation>
        </message>
        <message>
            <source>Joined to {name} ({address})</source>
            <translation>Συνδεδεμένος με {name} ({address})</translation>
        </message>
        <message>
            <source>Your records go to this PC by themselves.</source>
            <translation>Οι καταγραφές σας στέλνονται σε αυτόν τον υπολογιστή αυτόματα.</translation>
        </message>
        <message>
            <source>Looking for workshops…</source>
            <translation>Αναζήτηση εργαστηρίων…</translation>
        </message>
        <message>
            <source>Choose a workshop and Join…, or type its address.</source>
            <translation>Επιλέξτε ένα εργαστήριο και «Συμμετοχή…» ή πληκτρολογήστε τη διεύθυνσή του.</translation>
        </message>
        <message>
            <source>No workshop was found. Networks often block the search (guest Wi-Fi, firewalls): type the address and code with Join….</source>
            <translation>Δεν βρέθηκε εργαστήριο. Τα δίκτυα συχνά μπλοκάρουν την αναζήτηση (Wi-Fi επισκεπτών, τείχη προστασίας): πληκτρολογήστε διεύθυνση και κωδικό με «Συμμετοχή…».</translation>
        </message>
        <message>
            <source>Not joined to a workshop.</source>
            <translation>Δεν υπάρχει σύνδεση με εργαστήριο.</translation>
        </message>
        <message>
            <source>Joined to {name}. Its courses are listed under Get courses, marked “On this network”.</source>
            <translation>Συνδεδεμένος με {name}. Τα μαθήματά του εμφανίζονται στη «Λήψη μαθημάτων» με την ένδειξη «Σε αυτό το δίκτυο».</translation>
        </message>
        <message>
            <source>Checking the network…</source>
            <translation>Έλεγχος του δικτύου…</translation>
        </message>
        <message>
            <source>Left the workshop {name}. Records already sent stay there; new ones wait on this PC.</source>
            <translation>Αποχωρήσατε από το εργαστήριο {name}. Οι καταγραφές που στάλθηκαν μένουν εκεί· οι νέες περιμένουν σε αυτόν τον υπολογιστή.</translation>
        </message>
    </context>
    <context>
        <name>NetworkCheck</name>
        <message>
            <source>Unsigned course</source>
            <translation>Μη υπογεγραμμένο μάθημα</translation>
        </message>
        <message>
            <source>“{title}” from the workshop PC {peer} is not signed by its publisher.</source>
            <translation>Το «{title}» από τον υπολογιστή του εργαστηρίου {peer} δεν είναι υπογεγραμμένο από τον εκδότη του.</translation>
        </message>
        <message>
            <source>Nothing proves who made it or that it was not changed on the way: the PC it comes from, or anyone on this network, could have altered it. Install it only if you trust the facilitator's PC and this network.</source>
            <translation>Τίποτα δεν αποδεικνύει ποιος το δημιούργησε ή ότι δεν άλλαξε στη διαδρομή: ο υπολογιστής από τον οποίο έρχεται, ή οποιοσδήποτε σε αυτό το δίκτυο, μπορεί να το έχει αλλοιώσει. Εγκαταστήστε το μόνο αν εμπιστεύεστε τον υπολογιστή του συντονιστή και αυτό το δίκτυο.</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>Εγκατάσταση παρ' όλα αυτά</translation>
        </message>
        <message>
            <source>Install the unsigned course anyway</source>
            <translation>Εγκατάσταση του μη υπογεγραμμένου μαθήματος παρ' όλα αυτά</translation>
        </message>
        <message>
            <source>This PC is not connected to any network.</source>
            <translation>Αυτός ο υπολογιστής δεν είναι συνδεδεμένος σε κανένα δίκτυο.</translation>
        </message>
        <message>
            <source>connect the cable or Wi-Fi and try again</source>
            <translation>συνδέστε το καλώδιο ή το Wi-Fi και δοκιμάστε ξανά</translation>
        </message>
        <message>
            <source>The address {host} cannot be found on this network.</source>
            <translation>Η διεύθυνση {host} δεν βρίσκεται σε αυτό το δίκτυο.</translation>
        </message>
        <message>
            <source>type the address as numbers, as the facilitator's PC shows it</source>
            <translation>πληκτρολογήστε τη διεύθυνση με αριθμούς, όπως τη δείχνει ο υπολογιστής του συντονιστή</translation>
        </message>
        <message>
            <source>The PC at {host} does not answer: it is off, on another network (guest Wi-Fi is often kept apart), or a firewall drops the connection.</source>
            <translation>Ο υπολογιστής στη διεύθυνση {host} δεν απαντά: είναι κλειστός, σε άλλο δίκτυο (το Wi-Fi επισκεπτών συχνά είναι χωριστό) ή ένα τείχος προστασίας μπλοκάρει τη σύνδεση.</translation>
        </message>
        <message>
            <source>check that both PCs are on the same network and that port {port} is allowed on the facilitator's PC</source>
            <translation>ελέγξτε ότι και οι δύο υπολογιστές είναι στο ίδιο δίκτυο και ότι η θύρα {port} επιτρέπεται στον υπολογιστή του συντονιστή</translation>
        </message>
        <message>
            <source>The PC at {host} is there, but nothing listens on port {port}: the facilitator is not sharing, or a firewall on that PC refuses the port.</source>
            <translation>Ο υπολογιστής στη διεύθυνση {host} υπάρχει, αλλά τίποτα δεν ακούει στη θύρα {port}: ο συντονιστής δεν κάνει κοινή χρήση ή ένα τείχος προστασίας σε εκείνον τον υπολογιστή απορρίπτει τη θύρα.</translation>
        </message>
        <message>
            <source>ask the facilitator to start sharing (and to allow port {port} in the firewall)</source>
            <translation>ζητήστε από τον συντονιστή να ξεκινήσει την κοινή χρήση (και να επιτρέψει τη θύρα {port} στο τείχος προστασίας)</translation>
        </message>
        <message>
            <source>Port {port} of {host} answers, but it is not a BIBLIO workshop (another program uses it).</source>
            <translation>Η θύρα {port} του {host} απαντά, αλλά δεν είναι εργαστήριο BIBLIO (τη χρησιμοποιεί άλλο πρόγραμμα).</translation>
        </message>
        <message>
            <source>check the address and port on the facilitator's PC</source>
            <translation>ελέγξτε τη διεύθυνση και τη θύρα στον υπολογιστή του συντονιστή</translation>
        </message>
        <message>
            <source>The join code is wrong.</source>
            <translation>Ο κωδικός συμμετοχής είναι λάθος.</translation>
        </message>
        <message>
            <source>type the code shown on the facilitator's PC (letters and digits; case does not matter)</source>
            <translation>πληκτρολογήστε τον κωδικό που δείχνει ο υπολογιστής του συντονιστή (γράμματα και ψηφία· κεφαλαία ή πεζά δεν έχουν σημασία)</translation>
        </message>
        <message>
            <source>Too many wrong codes: wait a little before trying again.</source>
            <translation>Πάρα πολλοί λάθος κωδικοί: περιμένετε λίγο πριν ξαναδοκιμάσετε.</translation>
        </message>
        <message>
            <source>check the code on the facilitator's PC meanwhile</source>
            <translation>στο μεταξύ ελέγξτε τον κωδικό στον υπολογιστή του συντονιστή</translation>
        </message>
        <message>
            <source>This PC is locked out after too many wrong codes.</source>
            <translation>Αυτός ο υπολογιστής κλειδώθηκε μετά από πάρα πολλούς λάθος κωδικούς.</translation>
        </message>
        <message>
            <source>ask the facilitator to stop and start sharing again (a new code)</source>
            <translation>ζητήστε από τον συντονιστή να διακόψει και να ξαναρχίσει την κοινή χρήση (νέος κωδικός)</translation>
        </message>
        <message>
            <source>Everything works: the workshop at {host} can be reached.</source>
            <translation>Όλα λειτουργούν: το εργαστήριο στη διεύθυνση {host} είναι προσβάσιμο.</translation>
        </message>
        <message>
            <source>join it with the code shown on the facilitator's PC</source>
            <translation>συνδεθείτε με τον κωδικό που δείχνει ο υπολογιστής του συντονιστή</translation>
        </message>
        <message>
            <source>What to do: {hint}.</source>
            <translation>Τι να κάνετε: {hint}.</translation>
        </message>
        <message>
            <source>Everything works: the workshop at {host} accepts this code.</source>
            <translation>Όλα λειτουργούν: το εργαστήριο στη διεύθυνση {host} δέχεται αυτόν τον κωδικό.</translation>
        </message>
        <message>
            <source>choose Join</source>
            <translation>επιλέξτε «Συμμετοχή»</translation>
        </message>
        <message>
            <source>The workshop PC's catalog sends this course to another address ({url}), not to the workshop PC; it was not downloaded.</source>
            <translation>Ο κατάλογος του υπολογιστή του εργαστηρίου στέλνει αυτό το μάθημα σε άλλη διεύθυνση ({url}), όχι στον υπολογιστή του εργαστηρίου· δεν κατέβηκε.</translation>
        </message>
        <message>
            <source>This course cannot be downloaded</source>
            <translation>Αυτό το μάθημα δεν μπορεί να ληφθεί</translation>
        </message>
    </context>
    <context>
        <name>NumericControl</name>
        <message>
            <source>Type a number</source>
            <translation>Πληκτρολογήστε έναν αριθμό</translation>
        </message>
        <message>
            <source>Digits only; for decimals use a comma or a point, e.g. {example}.</source>
            <translation>Μόνο ψηφία. Για δεκαδικούς χρησιμοποιήστε κόμμα ή τελεία, π.χ. {example}.</translation>
        </message>
        <message>
            <source>"{text}" is not a number. Type digits, e.g. 12 or 2,5.</source>
            <translation>Το «{text}» δεν είναι αριθμός. Πληκτρολογήστε ψηφία, π.χ. 12 ή 2,5.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening the library…</source>
            <translation>Άνοιγμα της βιβλιοθήκης…</translation>
        </message>
        <message>
            <source>Opening the library</source>
            <translation>Άνοιγμα της βιβλιοθήκης</translation>
        </message>
    </context>
    <context>
        <name>OrderingControl</name>
        <message>
            <source>Steps in your order</source>
            <translation>Τα βήματα με τη σειρά σας</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Πάνω</translation>
        </message>
        <message>
            <source>Move the selected step up</source>
            <translation>Μετακίνηση του επιλεγμένου βήματος προς τα πάνω</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Μετακίνηση πάνω (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Κάτω</translation>
        </message>
        <message>
            <source>Move the selected step down</source>
            <translation>Μετακίνηση του επιλεγμένου βήματος προς τα κάτω</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Μετακίνηση κάτω (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Drag the steps, or select one and use Up/Down (Ctrl+Up/Ctrl+Down), until the first step is at the top.</source>
            <translation>Σύρετε τα βήματα ή επιλέξτε ένα και χρησιμοποιήστε τα κουμπιά Πάνω/Κάτω (Ctrl+Up/Ctrl+Down), ώστε το πρώτο βήμα να βρεθεί στην κορυφή.</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <source>Learner</source>
            <translation>Εκπαιδευόμενος</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Μάθημα</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Πρόοδος</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Στοιχεία</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Χρόνος</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Τελευταία δραστηριότητα</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Ολοκληρώθηκε</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Κουίζ</translation>
        </message>
        <message>
            <source>Share of required items done</source>
            <translation>Ποσοστό ολοκληρωμένων υποχρεωτικών στοιχείων</translation>
        </message>
        <message>
            <source>Required items done / required items</source>
            <translation>Ολοκληρωμένα υποχρεωτικά στοιχεία / υποχρεωτικά στοιχεία</translation>
        </message>
        <message>
            <source>Time spent in the course</source>
            <translation>Χρόνος μελέτης στο μάθημα</translation>
        </message>
        <message>
            <source>Last time an item was opened</source>
            <translation>Τελευταία φορά που άνοιξε κάποιο στοιχείο</translation>
        </message>
        <message>
            <source>Date the course was completed</source>
            <translation>Ημερομηνία ολοκλήρωσης του μαθήματος</translation>
        </message>
        <message>
            <source>Average of the best score of each quiz taken</source>
            <translation>Μέσος όρος της καλύτερης βαθμολογίας σε κάθε κουίζ που έγινε</translation>
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
            <translation>Μαθήματα και εκπαιδευτικό υλικό ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <source>Checking and installing the course…</source>
            <translation>Έλεγχος και εγκατάσταση του μαθήματος…</translation>
        </message>
        <message>
            <source>Reading and converting the course material…</source>
            <translation>Ανάγνωση και μετατροπή του εκπαιδευτικού υλικού…</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Εισαγωγή</translation>
        </message>
        <message>
            <source>The material was not converted</source>
            <translation>Το υλικό δεν μετατράπηκε</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Η εισαγωγή ακυρώθηκε</translation>
        </message>
        <message>
            <source>Nothing was installed.</source>
            <translation>Δεν εγκαταστάθηκε τίποτα.</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Έχει ήδη εγκατασταθεί</translation>
        </message>
        <message>
            <source>The course package was not imported</source>
            <translation>Το πακέτο μαθήματος δεν εισήχθη</translation>
        </message>
        <message>
            <source>Course imported</source>
            <translation>Το μάθημα εισήχθη</translation>
        </message>
        <message>
            <source>Installed:
{names}</source>
            <translation>Εγκαταστάθηκαν:
{names}</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was installed.</source>
            <translation>Η εισαγωγή ακυρώθηκε. Δεν εγκαταστάθηκε τίποτα.</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <source>Text</source>
            <translation>Κείμενο</translation>
        </message>
        <message>
            <source>Show this page as text, for screen readers, a text cursor or copying (Ctrl+T)</source>
            <translation>Εμφάνιση αυτής της σελίδας ως κείμενο, για αναγνώστες οθόνης, δρομέα κειμένου ή αντιγραφή (Ctrl+T)</translation>
        </message>
        <message>
            <source>Show this page as text</source>
            <translation>Εμφάνιση αυτής της σελίδας ως κείμενο</translation>
        </message>
        <message>
            <source>This page has no text to read: it may be a scanned picture.</source>
            <translation>Αυτή η σελίδα δεν έχει κείμενο για ανάγνωση: μπορεί να είναι σαρωμένη εικόνα.</translation>
        </message>
        <message>
            <source>Text of page {n} of {total}</source>
            <translation>Κείμενο της σελίδας {n} από {total}</translation>
        </message>
        <message>
            <source>PDF page</source>
            <translation>Σελίδα PDF</translation>
        </message>
        <message>
            <source>Contents of this PDF</source>
            <translation>Περιεχόμενα αυτού του PDF</translation>
        </message>
        <message>
            <source>Pages of this PDF</source>
            <translation>Σελίδες αυτού του PDF</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Περιεχόμενα</translation>
        </message>
        <message>
            <source>Show or hide the contents (or the pages) of this PDF</source>
            <translation>Εμφάνιση ή απόκρυψη των περιεχομένων (ή των σελίδων) αυτού του PDF</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Σύνδεσμοι</translation>
        </message>
        <message>
            <source>Links on this page</source>
            <translation>Σύνδεσμοι σε αυτή τη σελίδα</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Προηγούμενη σελίδα (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Επόμενη σελίδα (Page Down)</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Αριθμός σελίδας</translation>
        </message>
        <message>
            <source>&amp;Page</source>
            <translation>&amp;Σελίδα</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+Minus)</source>
            <translation>Σμίκρυνση (Ctrl+πλην)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+Plus)</source>
            <translation>Μεγέθυνση (Ctrl+συν)</translation>
        </message>
        <message>
            <source>Fit the page to the width (Ctrl+0)</source>
            <translation>Προσαρμογή σελίδας στο πλάτος (Ctrl+0)</translation>
        </message>
        <message>
            <source>Find in this PDF (Ctrl+F)</source>
            <translation>Εύρεση σε αυτό το PDF (Ctrl+F)</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <translation>Σήμανση ως αναγνωσμένο</translation>
        </message>
        <message>
            <source>Mark this PDF as read</source>
            <translation>Σήμανση αυτού του PDF ως αναγνωσμένου</translation>
        </message>
        <message>
            <source>Find in this PDF</source>
            <translation>Εύρεση σε αυτό το PDF</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Προηγούμενο αποτέλεσμα (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Επόμενο αποτέλεσμα (Enter)</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Κλείσιμο της γραμμής εύρεσης (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Εύρεση:</translation>
        </message>
        <message>
            <source>Opening the PDF…</source>
            <translation>Άνοιγμα του PDF…</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>Σελίδα {n}</translation>
        </message>
        <message>
            <source>of {total}</source>
            <translation>από {total}</translation>
        </message>
        <message>
            <source>The PDF file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Το αρχείο PDF λείπει. Εγκαταστήστε ξανά το πακέτο του μαθήματος ή ζητήστε νέο αντίγραφο από τον συντονιστή σας.</translation>
        </message>
        <message>
            <source>This PDF is damaged or is not a PDF, so it cannot be shown. Ask your facilitator for a new copy of the course.</source>
            <translation>Αυτό το PDF είναι κατεστραμμένο ή δεν είναι PDF, γι' αυτό δεν μπορεί να εμφανιστεί. Ζητήστε από τον συντονιστή σας νέο αντίγραφο του μαθήματος.</translation>
        </message>
        <message>
            <source>This PDF is protected by a password, so it cannot be shown. Ask your facilitator for a copy without one.</source>
            <translation>Αυτό το PDF προστατεύεται με κωδικό, γι' αυτό δεν μπορεί να εμφανιστεί. Ζητήστε από τον συντονιστή σας αντίγραφο χωρίς κωδικό.</translation>
        </message>
        <message>
            <source>This PDF has no pages.</source>
            <translation>Αυτό το PDF δεν έχει σελίδες.</translation>
        </message>
        <message>
            <source>This PDF takes too long to open, so it is not shown; it may be damaged. Ask your facilitator for a new copy of the course.</source>
            <translation>Το άνοιγμα αυτού του PDF διαρκεί πολύ, γι' αυτό δεν εμφανίζεται· μπορεί να είναι κατεστραμμένο. Ζητήστε από τον συντονιστή σας νέο αντίγραφο του μαθήματος.</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Σελίδα {n} από {total}</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Αναγνώστηκε</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>Μετάβαση στη σελίδα {n}</translation>
        </message>
        <message>
            <source>This page has no links</source>
            <translation>Αυτή η σελίδα δεν έχει συνδέσμους</translation>
        </message>
        <message>
            <source>This link cannot be opened from the app.</source>
            <translation>Αυτός ο σύνδεσμος δεν μπορεί να ανοίξει από την εφαρμογή.</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Κανένα αποτέλεσμα</translation>
        </message>
        <message>
            <source>Matches: {count}</source>
            <translation>Αποτελέσματα: {count}</translation>
        </message>
        <message>
            <source>Match {n} of {total}, page {page}</source>
            <translation>Αποτέλεσμα {n} από {total}, σελίδα {page}</translation>
        </message>
        <message numerus="yes">
            <source>This PDF has %n pages, more than the {limit} the app opens, so it is not shown. Ask your facilitator for a shorter document.</source>
            <translation>
                <numerusform>Αυτό το PDF έχει %n σελίδα, περισσότερες από τις {limit} που ανοίγει η εφαρμογή, γι' αυτό δεν εμφανίζεται. Ζητήστε από τον συντονιστή σας συντομότερο έγγραφο.</numerusform>
                <numerusform>Αυτό το PDF έχει %n σελίδες, περισσότερες από τις {limit} που ανοίγει η εφαρμογή, γι' αυτό δεν εμφανίζεται. Ζητήστε από τον συντονιστή σας συντομότερο έγγραφο.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>PIN for {name}:</source>
            <translation>PIN για {name}:</translation>
        </message>
        <message>
            <source>PIN for {name}</source>
            <translation>PIN για {name}</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <source>Your progress</source>
            <translation>Η πρόοδός σας</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Μάθημα</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Μάθημα:</translation>
        </message>
        <message>
            <source>Get certificate</source>
            <translation>Λήψη πιστοποιητικού</translation>
        </message>
        <message>
            <source>Available when the course is complete</source>
            <translation>Διαθέσιμο όταν ολοκληρωθεί το μάθημα</translation>
        </message>
        <message>
            <source>Sign in on the start screen to see your progress.</source>
            <translation>Συνδεθείτε από την αρχική οθόνη για να δείτε την πρόοδό σας.</translation>
        </message>
        <message>
            <source>No courses are installed yet. Go to the library and import a course package (.biblio) to start learning.</source>
            <translation>Δεν έχουν εγκατασταθεί ακόμη μαθήματα. Μεταβείτε στη βιβλιοθήκη και εισαγάγετε ένα πακέτο μαθήματος (.biblio) για να ξεκινήσετε.</translation>
        </message>
        <message>
            <source>This course's progress cannot be shown.</source>
            <translation>Η πρόοδος αυτού του μαθήματος δεν μπορεί να εμφανιστεί.</translation>
        </message>
        <message>
            <source>Save your certificate for this course</source>
            <translation>Αποθηκεύστε το πιστοποιητικό σας για αυτό το μάθημα</translation>
        </message>
        <message>
            <source>Available when every required item of the course is done</source>
            <translation>Διαθέσιμο όταν ολοκληρωθούν όλα τα υποχρεωτικά στοιχεία του μαθήματος</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <source>Answer to: {prompt}</source>
            <translation>Απάντηση στο: {prompt}</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>Έλεγχος απάντησης</translation>
        </message>
        <message>
            <source>Check and save the answer</source>
            <translation>Έλεγχος και αποθήκευση της απάντησης</translation>
        </message>
        <message>
            <source>Answer saved for your facilitator</source>
            <translation>Η απάντηση αποθηκεύτηκε για τον συντονιστή</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Σωστή απάντηση</translation>
        </message>
        <message>
            <source>Partly correct ({score})</source>
            <translation>Μερικώς σωστή απάντηση ({score})</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Λανθασμένη απάντηση</translation>
        </message>
        <message>
            <source>Explanation: {text}</source>
            <translation>Εξήγηση: {text}</translation>
        </message>
    </context>
    <context>
        <name>QuestionNavigator</name>
        <message>
            <source>answered</source>
            <translation>απαντήθηκε</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>δεν απαντήθηκε</translation>
        </message>
        <message>
            <source>{state}, current</source>
            <translation>{state}, τρέχουσα</translation>
        </message>
        <message>
            <source>Question {n}, {state}</source>
            <translation>Ερώτηση {n}, {state}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPanel</name>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Δεν αποθηκεύτηκε: {reason}</translation>
        </message>
        <message>
            <source>Answer the question first.</source>
            <translation>Απαντήστε πρώτα στην ερώτηση.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Αποθήκευση…</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Start</source>
            <translation>Έναρξη</translation>
        </message>
        <message>
            <source>See your last result</source>
            <translation>Το τελευταίο σας αποτέλεσμα</translation>
        </message>
        <message>
            <source>See the result of your last attempt</source>
            <translation>Δείτε το αποτέλεσμα της τελευταίας σας προσπάθειας</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Κατάσταση αποθήκευσης</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Προηγούμενη</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Προηγούμενη ερώτηση</translation>
        </message>
        <message>
            <source>Previous question (Page Up)</source>
            <translation>Προηγούμενη ερώτηση (Page Up)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Επόμενη</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Επόμενη ερώτηση</translation>
        </message>
        <message>
            <source>Next question (Page Down)</source>
            <translation>Επόμενη ερώτηση (Page Down)</translation>
        </message>
        <message>
            <source>Submit answers</source>
            <translation>Υποβολή απαντήσεων</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Νέα προσπάθεια</translation>
        </message>
        <message>
            <source>Try the quiz again</source>
            <translation>Δοκιμάστε ξανά το κουίζ</translation>
        </message>
        <message>
            <source>This quiz cannot be shown</source>
            <translation>Αυτό το κουίζ δεν μπορεί να εμφανιστεί</translation>
        </message>
        <message>
            <source>Sign in as a learner to take this quiz.</source>
            <translation>Συνδεθείτε ως εκπαιδευόμενος για να κάνετε αυτό το κουίζ.</translation>
        </message>
        <message>
            <source>Attempts used: {used} of {max}</source>
            <translation>Προσπάθειες: {used} από {max}</translation>
        </message>
        <message>
            <source>Attempts used: {used} (no limit)</source>
            <translation>Προσπάθειες: {used} (χωρίς όριο)</translation>
        </message>
        <message>
            <source>Best score so far: {score}</source>
            <translation>Καλύτερη βαθμολογία μέχρι τώρα: {score}</translation>
        </message>
        <message>
            <source>No score yet.</source>
            <translation>Δεν υπάρχει ακόμη βαθμολογία.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Resume the quiz</source>
            <translation>Συνέχεια του κουίζ</translation>
        </message>
        <message>
            <source>Start the quiz</source>
            <translation>Έναρξη του κουίζ</translation>
        </message>
        <message>
            <source>Answer one question at a time; every answer is saved at once, so you can stop and come back later.</source>
            <translation>Απαντήστε σε μία ερώτηση τη φορά. Κάθε απάντηση αποθηκεύεται αμέσως, οπότε μπορείτε να σταματήσετε και να συνεχίσετε αργότερα.</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>Ερώτηση {n} από {total}</translation>
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation>Απάντηση στην ερώτηση {n}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Δεν αποθηκεύτηκε: {reason}</translation>
        </message>
        <message>
            <source>Not saved: an empty answer cannot replace your earlier one.</source>
            <translation>Δεν αποθηκεύτηκε: μια κενή απάντηση δεν μπορεί να αντικαταστήσει την προηγούμενη.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Αποθήκευση…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Αποθηκεύτηκε</translation>
        </message>
        <message>
            <source>Result: {title}</source>
            <translation>Αποτέλεσμα: {title}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Επιτυχία</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>Δεν περάσατε ακόμη</translation>
        </message>
        <message>
            <source>Your score: {score} (pass mark {mark})</source>
            <translation>Η βαθμολογία σας: {score} (βάση επιτυχίας {mark})</translation>
        </message>
        <message>
            <source>To pass, answer every question that asks you to write your own answer.</source>
            <translation>Για να περάσετε, απαντήστε σε κάθε ερώτηση που σας ζητά να γράψετε τη δική σας απάντηση.</translation>
        </message>
        <message>
            <source>You can try again; a new attempt may ask different questions.</source>
            <translation>Μπορείτε να δοκιμάσετε ξανά. Μια νέα προσπάθεια μπορεί να έχει διαφορετικές ερωτήσεις.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Χωρίς απάντηση</translation>
        </message>
        <message>
            <source>Answer saved for your facilitator</source>
            <translation>Η απάντηση αποθηκεύτηκε για τον συντονιστή</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Σωστή απάντηση</translation>
        </message>
        <message>
            <source>Partly correct ({score})</source>
            <translation>Μερικώς σωστή απάντηση ({score})</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Λανθασμένη απάντηση</translation>
        </message>
        <message>
            <source>Your answer: {answer}</source>
            <translation>Η απάντησή σας: {answer}</translation>
        </message>
        <message>
            <source>Explanation: {text}</source>
            <translation>Εξήγηση: {text}</translation>
        </message>
        <message>
            <source>Your facilitator's review ({date}): {score}</source>
            <translation>Αξιολόγηση του συντονιστή ({date}): {score}</translation>
        </message>
        <message>
            <source>Comment: {text}</source>
            <translation>Σχόλιο: {text}</translation>
        </message>
        <message>
            <source>Not reviewed yet.</source>
            <translation>Δεν έχει αξιολογηθεί ακόμη.</translation>
        </message>
        <message>
            <source>Question {n}: {verdict}</source>
            <translation>Ερώτηση {n}: {verdict}</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Σωστό</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Λάθος</translation>
        </message>
        <message numerus="yes">
            <source>%n questions · pass mark {mark}</source>
            <translation>
                <numerusform>%n ερώτηση · βάση επιτυχίας {mark}</numerusform>
                <numerusform>%n ερωτήσεις · βάση επιτυχίας {mark}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions are not answered yet. Submit anyway?</source>
            <translation>
                <numerusform>%n ερώτηση δεν έχει απαντηθεί ακόμη. Να γίνει υποβολή παρ' όλα αυτά;</numerusform>
                <numerusform>%n ερωτήσεις δεν έχουν απαντηθεί ακόμη. Να γίνει υποβολή παρ' όλα αυτά;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts. Your best result: {score}.</source>
            <translation>
                <numerusform>Χρησιμοποιήσατε τη μοναδική σας προσπάθεια. Το καλύτερο αποτέλεσμά σας: {score}.</numerusform>
                <numerusform>Χρησιμοποιήσατε και τις %n προσπάθειες. Το καλύτερο αποτέλεσμά σας: {score}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts for this quiz.</source>
            <translation>
                <numerusform>Χρησιμοποιήσατε τη μοναδική προσπάθεια για αυτό το κουίζ.</numerusform>
                <numerusform>Χρησιμοποιήσατε και τις %n προσπάθειες για αυτό το κουίζ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have an unfinished attempt: {done} of %n questions answered. Your answers are saved.</source>
            <translation>
                <numerusform>Έχετε μια ημιτελή προσπάθεια: απαντήσατε σε {done} από %n ερώτηση. Οι απαντήσεις σας έχουν αποθηκευτεί.</numerusform>
                <numerusform>Έχετε μια ημιτελή προσπάθεια: απαντήσατε σε {done} από %n ερωτήσεις. Οι απαντήσεις σας έχουν αποθηκευτεί.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RemoveLearnerDialog</name>
        <message>
            <source>Remove {name}</source>
            <translation>Αφαίρεση: {name}</translation>
        </message>
        <message>
            <source>This removes the profile {name} and all of its progress, quiz answers and completions. It cannot be undone.

A copy of everything is saved first as a file in {folder}.

Type the name to confirm:</source>
            <translation>Αυτή η ενέργεια αφαιρεί το προφίλ {name} και όλη την πρόοδό του, τις απαντήσεις στα κουίζ και τις ολοκληρώσεις. Δεν μπορεί να αναιρεθεί.

Πρώτα αποθηκεύεται αντίγραφο όλων σε ένα αρχείο στον φάκελο {folder}.

Πληκτρολογήστε το όνομα για επιβεβαίωση:</translation>
        </message>
        <message>
            <source>Type the learner's name to confirm</source>
            <translation>Πληκτρολογήστε το όνομα του εκπαιδευόμενου για επιβεβαίωση</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
    </context>
    <context>
        <name>ResetPinDialog</name>
        <message>
            <source>Reset PIN of {name}</source>
            <translation>Επαναφορά PIN: {name}</translation>
        </message>
        <message>
            <source>Type a new PIN twice, or leave both empty to remove the PIN. This also ends any wait after wrong PINs.</source>
            <translation>Πληκτρολογήστε ένα νέο PIN δύο φορές ή αφήστε και τα δύο πεδία κενά για να καταργήσετε το PIN. Έτσι τερματίζεται επίσης κάθε αναμονή μετά από λανθασμένα PIN.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Νέο PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Επανάληψη νέου PIN</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;Νέο PIN:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Επανάληψη PIN:</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same PIN twice.</source>
            <translation>Τα δύο PIN διαφέρουν. Πληκτρολογήστε το ίδιο PIN δύο φορές.</translation>
        </message>
    </context>
    <context>
        <name>ReviewAnswersDialog</name>
        <message>
            <source>Review written answers</source>
            <translation>Αξιολόγηση γραπτών απαντήσεων</translation>
        </message>
        <message>
            <source>Show the answers of</source>
            <translation>Εκπαιδευόμενος του οποίου εμφανίζονται οι απαντήσεις</translation>
        </message>
        <message>
            <source>Show the answers in</source>
            <translation>Μάθημα του οποίου εμφανίζονται οι απαντήσεις</translation>
        </message>
        <message>
            <source>Also show reviewed answers</source>
            <translation>Εμφάνιση και των αξιολογημένων απαντήσεων</translation>
        </message>
        <message>
            <source>Learner:</source>
            <translation>Εκπαιδευόμενος:</translation>
        </message>
        <message>
            <source>Course:</source>
            <translation>Μάθημα:</translation>
        </message>
        <message>
            <source>Written answers</source>
            <translation>Γραπτές απαντήσεις</translation>
        </message>
        <message>
            <source>The learner's answer</source>
            <translation>Η απάντηση του εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Score, in percent</source>
            <translation>Βαθμολογία, σε ποσοστό</translation>
        </message>
        <message>
            <source>What the learner will read with the score</source>
            <translation>Τι θα διαβάσει ο εκπαιδευόμενος μαζί με τη βαθμολογία</translation>
        </message>
        <message>
            <source>Comment for the learner</source>
            <translation>Σχόλιο για τον εκπαιδευόμενο</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Σήμανση ως αξιολογημένης</translation>
        </message>
        <message>
            <source>Save the score and the comment (Ctrl+Enter)</source>
            <translation>Αποθήκευση βαθμολογίας και σχολίου (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Βαθμολογία:</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Σχόλιο:</translation>
        </message>
        <message>
            <source>All learners ({n})</source>
            <translation>Όλοι οι εκπαιδευόμενοι ({n})</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>All courses ({n})</source>
            <translation>Όλα τα μαθήματα ({n})</translation>
        </message>
        <message>
            <source> · reviewed</source>
            <translation> · αξιολογήθηκε</translation>
        </message>
        <message>
            <source>{name} · {quiz} · {date}{done}
{answer}</source>
            <translation>{name} · {quiz} · {date}{done}
{answer}</translation>
        </message>
        <message>
            <source>No written answers are waiting for review.</source>
            <translation>Καμία γραπτή απάντηση δεν περιμένει αξιολόγηση.</translation>
        </message>
        <message>
            <source>No written answers here yet.</source>
            <translation>Δεν υπάρχουν ακόμη γραπτές απαντήσεις εδώ.</translation>
        </message>
        <message>
            <source>{name}, {course}</source>
            <translation>{name}, {course}</translation>
        </message>
        <message>
            <source>Reviewed on {date}: {score}. Saving again replaces the review.</source>
            <translation>Αξιολογήθηκε στις {date}: {score}. Με νέα αποθήκευση η αξιολόγηση αντικαθίσταται.</translation>
        </message>
        <message>
            <source>Submitted on {date}, attempt {n}.</source>
            <translation>Υποβλήθηκε στις {date}, προσπάθεια {n}.</translation>
        </message>
        <message>
            <source>Saved the review of {name}'s answer.</source>
            <translation>Αποθηκεύτηκε η αξιολόγηση της απάντησης: {name}.</translation>
        </message>
        <message numerus="yes">
            <source>The comment is too long: at most %n characters.</source>
            <translation>
                <numerusform>Το σχόλιο είναι πολύ μεγάλο: έως %n χαρακτήρας.</numerusform>
                <numerusform>Το σχόλιο είναι πολύ μεγάλο: έως %n χαρακτήρες.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecretPromptDialog</name>
        <message>
            <source>Type the PIN first.</source>
            <translation>Πληκτρολογήστε πρώτα το PIN.</translation>
        </message>
        <message>
            <source>Type the password first.</source>
            <translation>Πληκτρολογήστε πρώτα τον κωδικό πρόσβασης.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Μπορείτε να δοκιμάσετε ξανά τώρα.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>Το PIN δεν είναι σωστό. Απομένει %n προσπάθεια πριν από μια σύντομη αναμονή.</numerusform>
                <numerusform>Το PIN δεν είναι σωστό. Απομένουν %n προσπάθειες πριν από μια σύντομη αναμονή.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That password is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>Ο κωδικός δεν είναι σωστός. Απομένει %n προσπάθεια πριν από μια σύντομη αναμονή.</numerusform>
                <numerusform>Ο κωδικός δεν είναι σωστός. Απομένουν %n προσπάθειες πριν από μια σύντομη αναμονή.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>Πάρα πολλά λανθασμένα PIN. Δοκιμάστε ξανά σε %n δευτερόλεπτο.</numerusform>
                <numerusform>Πάρα πολλά λανθασμένα PIN. Δοκιμάστε ξανά σε %n δευτερόλεπτα.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n seconds.</source>
            <translation>
                <numerusform>Πάρα πολλοί λανθασμένοι κωδικοί. Δοκιμάστε ξανά σε %n δευτερόλεπτο.</numerusform>
                <numerusform>Πάρα πολλοί λανθασμένοι κωδικοί. Δοκιμάστε ξανά σε %n δευτερόλεπτα.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>Ρυθμίσεις</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Γλώσσα της εφαρμογής</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Text size in points</source>
            <translation>Μέγεθος κειμένου σε στιγμές (pt)</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Θέμα χρωμάτων</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Φωτεινό</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Σκούρο</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Υψηλή αντίθεση</translation>
        </message>
        <message>
            <source>Display (for everyone on this computer)</source>
            <translation>Εμφάνιση (για όλους σε αυτόν τον υπολογιστή)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Γλώσσα:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Μέγεθος κειμένου:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Θέμα:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> λεπτά</translation>
        </message>
        <message>
            <source>Sign out after this many idle minutes</source>
            <translation>Αποσύνδεση μετά από τόσα λεπτά αδράνειας</translation>
        </message>
        <message>
            <source>e.g. Riga Central Library</source>
            <translation>π.χ. Κεντρική Βιβλιοθήκη της Ρίγας</translation>
        </message>
        <message>
            <source>Name of this library on certificates</source>
            <translation>Όνομα αυτής της βιβλιοθήκης στα πιστοποιητικά</translation>
        </message>
        <message>
            <source>Shown as the issuer on certificates and signed records made on this computer from now on.</source>
            <translation>Από εδώ και πέρα εμφανίζεται ως εκδότης στα πιστοποιητικά και στις υπογεγραμμένες εγγραφές που δημιουργούνται σε αυτόν τον υπολογιστή.</translation>
        </message>
        <message>
            <source>e.g. https://www.rcb.lv</source>
            <translation>π.χ. https://www.rcb.lv</translation>
        </message>
        <message>
            <source>Web address of the library's home page</source>
            <translation>Διεύθυνση ιστού της αρχικής σελίδας της βιβλιοθήκης</translation>
        </message>
        <message>
            <source>Identifies the learners of this computer in the learning records sent to a learning record store (LRS). Set it before the first records are sent: after a change, the LRS sees the same learners as new ones. Empty: a built-in address.</source>
            <translation>Ταυτοποιεί τους εκπαιδευόμενους αυτού του υπολογιστή στις καταγραφές μάθησης που αποστέλλονται σε ένα LRS (Learning Record Store). Ορίστε την πριν αποσταλούν οι πρώτες καταγραφές: μετά από αλλαγή, το LRS βλέπει τους ίδιους εκπαιδευόμενους ως νέους. Κενό: μια ενσωματωμένη διεύθυνση.</translation>
        </message>
        <message>
            <source>Enter the address of the library's home page, starting with https:// or http://, without a user name or a # part.</source>
            <translation>Εισαγάγετε τη διεύθυνση της αρχικής σελίδας της βιβλιοθήκης, που ξεκινά με https:// ή http://, χωρίς όνομα χρήστη ή τμήμα #.</translation>
        </message>
        <message>
            <source>Shared computer</source>
            <translation>Κοινόχρηστος υπολογιστής</translation>
        </message>
        <message>
            <source>Sign out after &amp;idle time:</source>
            <translation>Αποσύνδεση μετά από &amp;αδράνεια:</translation>
        </message>
        <message>
            <source>&amp;Library name on certificates:</source>
            <translation>Όνομα &amp;βιβλιοθήκης στα πιστοποιητικά:</translation>
        </message>
        <message>
            <source>Library &amp;website:</source>
            <translation>&amp;Ιστότοπος της βιβλιοθήκης:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Φάκελος δεδομένων</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Άνοιγμα φακέλου</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Άνοιγμα του φακέλου δεδομένων</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ημερομηνία</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Αιτία</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Μέγεθος</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Αντίγραφα ασφαλείας, τα νεότερα πρώτα</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Αντίγραφο ασφαλείας τώρα</translation>
        </message>
        <message>
            <source>Back up the library now</source>
            <translation>Δημιουργία αντιγράφου ασφαλείας της βιβλιοθήκης τώρα</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Επαναφορά…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Επαναφορά του επιλεγμένου αντιγράφου ασφαλείας</translation>
        </message>
        <message>
            <source>Data folder and backups</source>
            <translation>Φάκελος δεδομένων και αντίγραφα ασφαλείας</translation>
        </message>
        <message>
            <source>Courses, progress and backups are kept in:</source>
            <translation>Τα μαθήματα, η πρόοδος και τα αντίγραφα ασφαλείας φυλάσσονται στο:</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Σχετικά</translation>
        </message>
        <message>
            <source>{app} {version}
Offline courses for librarians, made for the BIBLIO programme (Boosting Digital Skills and Competences for Librarians in Europe). Works without an internet connection; your progress stays on this computer.</source>
            <translation>{app} {version}
Μαθήματα χωρίς σύνδεση για βιβλιοθηκονόμους, δημιουργημένα για το πρόγραμμα BIBLIO (Boosting Digital Skills and Competences for Librarians in Europe). Λειτουργεί χωρίς σύνδεση στο διαδίκτυο. Η πρόοδός σας μένει σε αυτόν τον υπολογιστή.</translation>
        </message>
        <message>
            <source>No backups yet. Press "Back up now".</source>
            <translation>Δεν υπάρχουν ακόμη αντίγραφα ασφαλείας. Πατήστε «Αντίγραφο ασφαλείας τώρα».</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>Χειροκίνητα</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Καθημερινό</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Πριν από εισαγωγή</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Πριν από ενημέρωση</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Πριν από επαναφορά</translation>
        </message>
        <message>
            <source>You are signed in as the facilitator.</source>
            <translation>Έχετε συνδεθεί ως συντονιστής.</translation>
        </message>
        <message>
            <source>Only the facilitator can change the idle time, the library name and website, and restore backups. Sign in as the facilitator from the start screen.</source>
            <translation>Μόνο ο συντονιστής μπορεί να αλλάξει τον χρόνο αδράνειας, το όνομα και τον ιστότοπο της βιβλιοθήκης και να επαναφέρει αντίγραφα ασφαλείας. Συνδεθείτε ως συντονιστής από την αρχική οθόνη.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Αντίγραφο ασφαλείας</translation>
        </message>
        <message>
            <source>Backing up the library…</source>
            <translation>Δημιουργία αντιγράφου ασφαλείας της βιβλιοθήκης…</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Το αντίγραφο ασφαλείας αποθηκεύτηκε στο {path}</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Επαναφορά αντιγράφου ασφαλείας</translation>
        </message>
        <message>
            <source>Restore the library as it was on {when}?</source>
            <translation>Επαναφορά της βιβλιοθήκης όπως ήταν στις {when};</translation>
        </message>
        <message>
            <source>Progress saved after that moment will be replaced by the backup's. A copy of the current library is kept first. The app closes and reopens its library; everyone is signed out.</source>
            <translation>Η πρόοδος που αποθηκεύτηκε μετά από εκείνη τη στιγμή θα αντικατασταθεί από την πρόοδο του αντιγράφου ασφαλείας. Πρώτα φυλάσσεται αντίγραφο της τρέχουσας βιβλιοθήκης. Η εφαρμογή κλείνει και ανοίγει ξανά τη βιβλιοθήκη της. Όλοι αποσυνδέονται.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Επαναφορά</translation>
        </message>
    </context>
    <context>
        <name>SharePanel</name>
        <message>
            <source>Share on this network</source>
            <translation>Κοινή χρήση σε αυτό το δίκτυο</translation>
        </message>
        <message>
            <source>This PC shares its installed courses with the PCs in this room and gathers their records. On each learner PC: Get courses → On this network → Join…, with the address and the join code shown here.</source>
            <translation>Αυτός ο υπολογιστής μοιράζεται τα εγκατεστημένα μαθήματά του με τους υπολογιστές της αίθουσας και συλλέγει τις καταγραφές τους. Σε κάθε υπολογιστή εκπαιδευόμενου: Λήψη μαθημάτων → Σε αυτό το δίκτυο → Συμμετοχή…, με τη διεύθυνση και τον κωδικό που φαίνονται εδώ.</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Έναρξη κοινής χρήσης</translation>
        </message>
        <message>
            <source>Start sharing this PC's courses on this network</source>
            <translation>Έναρξη κοινής χρήσης των μαθημάτων αυτού του υπολογιστή σε αυτό το δίκτυο</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Διακοπή κοινής χρήσης</translation>
        </message>
        <message>
            <source>Stop sharing on this network</source>
            <translation>Διακοπή κοινής χρήσης σε αυτό το δίκτυο</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Κωδικός συμμετοχής</translation>
        </message>
        <message>
            <source>PCs that joined</source>
            <translation>Υπολογιστές που συνδέθηκαν</translation>
        </message>
        <message>
            <source>PC</source>
            <translation>Υπολογιστής</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Διεύθυνση</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Τελευταία εμφάνιση</translation>
        </message>
        <message>
            <source>Downloading now</source>
            <translation>Κατεβάζει τώρα</translation>
        </message>
        <message>
            <source>Remove this PC…</source>
            <translation>Αφαίρεση αυτού του υπολογιστή…</translation>
        </message>
        <message>
            <source>Remove the selected PC from the workshop</source>
            <translation>Αφαίρεση του επιλεγμένου υπολογιστή από το εργαστήριο</translation>
        </message>
        <message>
            <source>Learners whose records arrived</source>
            <translation>Εκπαιδευόμενοι των οποίων έφτασαν οι καταγραφές</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <source>Sharing could not start: {error}</source>
            <translation>Η κοινή χρήση δεν μπόρεσε να ξεκινήσει: {error}</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Έναρξη…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Διακοπή…</translation>
        </message>
        <message>
            <source>Not sharing. Nothing on this PC can be reached from the network until you start sharing.</source>
            <translation>Καμία κοινή χρήση. Μέχρι να την ξεκινήσετε, τίποτα σε αυτόν τον υπολογιστή δεν είναι προσβάσιμο από το δίκτυο.</translation>
        </message>
        <message>
            <source>Sharing as {name}. Learner PCs can join now.</source>
            <translation>Κοινή χρήση ως {name}. Οι υπολογιστές των εκπαιδευόμενων μπορούν να συνδεθούν τώρα.</translation>
        </message>
        <message>
            <source>Join code, letter by letter: {code}</source>
            <translation>Κωδικός συμμετοχής, γράμμα προς γράμμα: {code}</translation>
        </message>
        <message>
            <source>Address: {addresses}</source>
            <translation>Διεύθυνση: {addresses}</translation>
        </message>
        <message>
            <source>QR code of the address {address}</source>
            <translation>Κωδικός QR της διεύθυνσης {address}</translation>
        </message>
        <message>
            <source>Not shared: {names} (import their .biblio file again to share them).</source>
            <translation>Δεν μοιράζονται: {names} (εισαγάγετε ξανά το αρχείο .biblio τους για να μοιραστούν).</translation>
        </message>
        <message>
            <source>Remove this PC</source>
            <translation>Αφαίρεση αυτού του υπολογιστή</translation>
        </message>
        <message>
            <source>Remove {name} from the workshop? It can no longer download courses or send records here (what it sent stays). It can join again with the join code.</source>
            <translation>Αφαίρεση του {name} από το εργαστήριο; Δεν θα μπορεί πλέον να κατεβάζει μαθήματα ή να στέλνει καταγραφές εδώ (όσα έστειλε μένουν). Μπορεί να συνδεθεί ξανά με τον κωδικό συμμετοχής.</translation>
        </message>
        <message numerus="yes">
            <source>Shares %n courses.</source>
            <translation>
                <numerusform>Μοιράζεται %n μάθημα.</numerusform>
                <numerusform>Μοιράζεται %n μαθήματα.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlidesView</name>
        <message>
            <source>Slide</source>
            <translation>Διαφάνεια</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Προηγούμενη</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>Προηγούμενη διαφάνεια</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Επόμενη</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Επόμενη διαφάνεια</translation>
        </message>
        <message>
            <source>Slides shown</source>
            <translation>Διαφάνειες που προβλήθηκαν</translation>
        </message>
        <message>
            <source>Slide {n} of {total}</source>
            <translation>Διαφάνεια {n} από {total}</translation>
        </message>
        <message>
            <source>The questions of these slides cannot be shown: {reason}</source>
            <translation>Οι ερωτήσεις αυτών των διαφανειών δεν μπορούν να εμφανιστούν: {reason}</translation>
        </message>
        <message>
            <source>Question on this slide</source>
            <translation>Ερώτηση σε αυτή τη διαφάνεια</translation>
        </message>
        <message>
            <source>Question {n} of {total} on this slide</source>
            <translation>Ερώτηση {n} από {total} σε αυτή τη διαφάνεια</translation>
        </message>
        <message>
            <source>This slide deck is empty or its file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Αυτή η παρουσίαση είναι κενή ή το αρχείο της λείπει. Εγκαταστήστε ξανά το πακέτο μαθήματος ή ζητήστε νέο αντίγραφο από τον συντονιστή σας.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions</source>
            <translation>
                <numerusform>%n ερώτηση</numerusform>
                <numerusform>%n ερωτήσεις</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncBar</name>
        <message>
            <source>Sync now</source>
            <translation>Συγχρονισμός τώρα</translation>
        </message>
        <message>
            <source>Send waiting records to the Learning Record Store now</source>
            <translation>Αποστολή των καταγραφών σε αναμονή στο LRS τώρα</translation>
        </message>
        <message>
            <source>Export new records to USB…</source>
            <translation>Εξαγωγή νέων καταγραφών σε USB…</translation>
        </message>
        <message>
            <source>Export the waiting records to a folder or USB stick</source>
            <translation>Εξαγωγή των καταγραφών σε αναμονή σε φάκελο ή στικάκι USB</translation>
        </message>
        <message>
            <source>No Learning Record Store is set up yet. Enter its address, user name and password in Settings, under "Sending records".</source>
            <translation>Δεν έχει ρυθμιστεί ακόμη αποθετήριο καταγραφών μάθησης (LRS). Εισαγάγετε τη διεύθυνση, το όνομα χρήστη και τον κωδικό πρόσβασής του στις Ρυθμίσεις, στην ενότητα «Αποστολή καταγραφών».</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Συγχρονισμός</translation>
        </message>
        <message>
            <source>Sending records to the Learning Record Store…</source>
            <translation>Αποστολή καταγραφών στο LRS…</translation>
        </message>
        <message>
            <source>Sync cancelled. What was sent stays sent; the rest stays queued.</source>
            <translation>Ο συγχρονισμός ακυρώθηκε. Ό,τι στάλθηκε παραμένει σταλμένο. Τα υπόλοιπα μένουν σε αναμονή.</translation>
        </message>
        <message>
            <source>Nothing is waiting to be sent, so there is nothing to export.</source>
            <translation>Δεν υπάρχει τίποτα σε αναμονή για αποστολή, επομένως δεν υπάρχει τίποτα για εξαγωγή.</translation>
        </message>
        <message>
            <source>Export new records to a USB stick or folder</source>
            <translation>Εξαγωγή νέων καταγραφών σε στικάκι USB ή φάκελο</translation>
        </message>
        <message>
            <source>Export new records</source>
            <translation>Εξαγωγή νέων καταγραφών</translation>
        </message>
        <message>
            <source>Writing the waiting records…</source>
            <translation>Εγγραφή των καταγραφών σε αναμονή…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Η εξαγωγή ακυρώθηκε. Δεν γράφτηκε τίποτα.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n statements to {folder}. On a computer with internet, send them with: biblio-desktop sync --from "{folder}"</source>
            <translation>
                <numerusform>Γράφτηκε %n δήλωση στον φάκελο {folder}. Σε υπολογιστή με σύνδεση στο διαδίκτυο, στείλτε την με την εντολή: biblio-desktop sync --from "{folder}"</numerusform>
                <numerusform>Γράφτηκαν %n δηλώσεις στον φάκελο {folder}. Σε υπολογιστή με σύνδεση στο διαδίκτυο, στείλτε τις με την εντολή: biblio-desktop sync --from "{folder}"</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Address of the Learning Record Store</source>
            <translation>Διεύθυνση του LRS</translation>
        </message>
        <message>
            <source>User name for the Learning Record Store</source>
            <translation>Όνομα χρήστη για το LRS</translation>
        </message>
        <message>
            <source>Password for the Learning Record Store</source>
            <translation>Κωδικός πρόσβασης για το LRS</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <source>Save the Learning Record Store settings</source>
            <translation>Αποθήκευση των ρυθμίσεων του LRS</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Έλεγχος σύνδεσης</translation>
        </message>
        <message>
            <source>Test the connection to the Learning Record Store</source>
            <translation>Έλεγχος της σύνδεσης με το LRS</translation>
        </message>
        <message>
            <source>Completed courses and quiz results are sent to your organisation's Learning Record Store (xAPI) when there is a connection; until then they wait on this computer.</source>
            <translation>Τα ολοκληρωμένα μαθήματα και τα αποτελέσματα των κουίζ αποστέλλονται στο αποθετήριο καταγραφών μάθησης (LRS, xAPI) του οργανισμού σας όταν υπάρχει σύνδεση. Μέχρι τότε παραμένουν σε αναμονή σε αυτόν τον υπολογιστή.</translation>
        </message>
        <message>
            <source>Sending records</source>
            <translation>Αποστολή καταγραφών</translation>
        </message>
        <message>
            <source>LRS &amp;address:</source>
            <translation>&amp;Διεύθυνση LRS:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Όνομα &amp;χρήστη:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Κωδικός πρόσβασης:</translation>
        </message>
        <message>
            <source>Public key (did:key) of this computer</source>
            <translation>Δημόσιο κλειδί (did:key) αυτού του υπολογιστή</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Αντιγραφή</translation>
        </message>
        <message>
            <source>Copy the public key</source>
            <translation>Αντιγραφή του δημόσιου κλειδιού</translation>
        </message>
        <message>
            <source>Fingerprint of the key</source>
            <translation>Αποτύπωμα του κλειδιού</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Εξαγωγή δημόσιου κλειδιού…</translation>
        </message>
        <message>
            <source>Export the public key as a trusted-keys file</source>
            <translation>Εξαγωγή του δημόσιου κλειδιού ως αρχείο αξιόπιστων κλειδιών</translation>
        </message>
        <message>
            <source>Certificates from this computer are signed with this key. Give the exported public key to whoever checks them; compare the fingerprint over the phone.</source>
            <translation>Τα πιστοποιητικά αυτού του υπολογιστή υπογράφονται με αυτό το κλειδί. Δώστε το δημόσιο κλειδί που εξαγάγατε σε όποιον τα ελέγχει και συγκρίνετε το αποτύπωμα τηλεφωνικά.</translation>
        </message>
        <message>
            <source>Signing key of this computer</source>
            <translation>Κλειδί υπογραφής αυτού του υπολογιστή</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Κλειδί:</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Αποτύπωμα:</translation>
        </message>
        <message>
            <source>saved; type a new one to change it</source>
            <translation>αποθηκευμένος· πληκτρολογήστε νέο για αλλαγή</translation>
        </message>
        <message>
            <source>None yet: it is made when the first certificate is saved, or when you export the public key.</source>
            <translation>Δεν υπάρχει ακόμη: δημιουργείται όταν αποθηκευτεί το πρώτο πιστοποιητικό ή όταν εξαγάγετε το δημόσιο κλειδί.</translation>
        </message>
        <message>
            <source>Only the facilitator can change where records are sent. Sign in as the facilitator from the start screen.</source>
            <translation>Μόνο ο συντονιστής μπορεί να αλλάξει πού αποστέλλονται οι καταγραφές. Συνδεθείτε ως συντονιστής από την αρχική οθόνη.</translation>
        </message>
        <message>
            <source>Enter the address of the Learning Record Store and the user name.</source>
            <translation>Εισαγάγετε τη διεύθυνση του LRS και το όνομα χρήστη.</translation>
        </message>
        <message>
            <source>Enter the password too.</source>
            <translation>Εισαγάγετε και τον κωδικό πρόσβασης.</translation>
        </message>
        <message>
            <source>Saved. "Sync now" on the facilitator page sends the waiting records.</source>
            <translation>Αποθηκεύτηκε. Το «Συγχρονισμός τώρα» στη σελίδα του συντονιστή στέλνει τις καταγραφές σε αναμονή.</translation>
        </message>
        <message>
            <source>Asking the Learning Record Store…</source>
            <translation>Επικοινωνία με το LRS…</translation>
        </message>
        <message>
            <source>Connected: the Learning Record Store (xAPI {versions}) accepted the user name and password.</source>
            <translation>Συνδέθηκε: το LRS (xAPI {versions}) δέχτηκε το όνομα χρήστη και τον κωδικό πρόσβασης.</translation>
        </message>
        <message>
            <source>The Learning Record Store could not be reached. Check the address and the network.</source>
            <translation>Δεν ήταν δυνατή η σύνδεση με το LRS. Ελέγξτε τη διεύθυνση και το δίκτυο.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Εξαγωγή δημόσιου κλειδιού</translation>
        </message>
        <message>
            <source>Trusted-keys files (*.json)</source>
            <translation>Αρχεία αξιόπιστων κλειδιών (*.json)</translation>
        </message>
        <message>
            <source>Writing the public key…</source>
            <translation>Εγγραφή του δημόσιου κλειδιού…</translation>
        </message>
        <message>
            <source>Wrote the public key to {path}. Check records with: biblio-desktop verify record.json --trusted-keys "{name}"</source>
            <translation>Το δημόσιο κλειδί γράφτηκε στο {path}. Ελέγξτε καταγραφές με την εντολή: biblio-desktop verify record.json --trusted-keys "{name}"</translation>
        </message>
    </context>
    <context>
        <name>TextControl</name>
        <message>
            <source>Your answer</source>
            <translation>Η απάντησή σας</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>Πληκτρολογήστε την απάντησή σας</translation>
        </message>
    </context>
    <context>
        <name>ThisWeek</name>
        <message>
            <source>Locked</source>
            <translation>Κλειδωμένο</translation>
        </message>
        <message>
            <source>Opens on {date}</source>
            <translation>Ανοίγει στις {date}</translation>
        </message>
        <message>
            <source>Week {week} of {weeks}: everything is open.</source>
            <translation>Εβδομάδα {week} από {weeks}: όλα είναι ανοιχτά.</translation>
        </message>
        <message>
            <source>This week (week {week} of {weeks}): {modules}.</source>
            <translation>Αυτή την εβδομάδα (εβδομάδα {week} από {weeks}): {modules}.</translation>
        </message>
        <message>
            <source>Next: {modules}, opens on {date}.</source>
            <translation>Επόμενο: {modules}, ανοίγει στις {date}.</translation>
        </message>
        <message>
            <source>The computer's clock says {clock}, which looks wrong, so the course is paced as on {day}. Ask the library staff to set the date and time.</source>
            <translation>Το ρολόι του υπολογιστή δείχνει {clock}, που μοιάζει λάθος, γι' αυτό το μάθημα προχωρά σαν να ήταν {day}. Ζητήστε από το προσωπικό της βιβλιοθήκης να ρυθμίσει την ημερομηνία και την ώρα.</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>Move learner to another PC…</source>
            <translation>Μεταφορά εκπαιδευόμενου σε άλλον υπολογιστή…</translation>
        </message>
        <message>
            <source>Move the selected learner to another PC: save their transfer file</source>
            <translation>Μεταφορά του επιλεγμένου εκπαιδευόμενου σε άλλον υπολογιστή: αποθήκευση του αρχείου μεταφοράς του</translation>
        </message>
        <message>
            <source>Bring a learner from another PC…</source>
            <translation>Μεταφορά εκπαιδευόμενου από άλλον υπολογιστή…</translation>
        </message>
        <message>
            <source>Bring a learner from another PC: open their transfer file</source>
            <translation>Μεταφορά εκπαιδευόμενου από άλλον υπολογιστή: άνοιγμα του αρχείου μεταφοράς του</translation>
        </message>
        <message>
            <source>Save the learner transfer file</source>
            <translation>Αποθήκευση του αρχείου μεταφοράς του εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Learner transfer files ({pattern})</source>
            <translation>Αρχεία μεταφοράς εκπαιδευόμενων ({pattern})</translation>
        </message>
        <message>
            <source>Move learner</source>
            <translation>Μεταφορά εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Writing the transfer file of {name}…</source>
            <translation>Εγγραφή του αρχείου μεταφοράς του/της {name}…</translation>
        </message>
        <message>
            <source>The transfer file was not written</source>
            <translation>Το αρχείο μεταφοράς δεν γράφτηκε</translation>
        </message>
        <message>
            <source>Open a learner transfer file</source>
            <translation>Άνοιγμα αρχείου μεταφοράς εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Bring a learner</source>
            <translation>Μεταφορά εκπαιδευόμενου</translation>
        </message>
        <message>
            <source>Checking and merging {file}…</source>
            <translation>Έλεγχος και συγχώνευση του {file}…</translation>
        </message>
        <message>
            <source>The transfer file was refused</source>
            <translation>Το αρχείο μεταφοράς απορρίφθηκε</translation>
        </message>
        <message>
            <source>Added {name} from {signer}: {progress}, {attempts}, {courses}. They sign in with the same PIN.</source>
            <translation>Προστέθηκε ο/η {name} από {signer}: {progress}, {attempts}, {courses}. Συνδέεται με το ίδιο PIN.</translation>
        </message>
        <message>
            <source>Merged into {name} (file from {signer}): {completions}, {attempts}, {progress}; completions already here are kept.</source>
            <translation>Συγχωνεύτηκε με {name} (αρχείο από {signer}): {completions}, {attempts}, {progress}· οι ολοκληρώσεις που υπάρχουν ήδη εδώ διατηρούνται.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Ακυρώθηκε· δεν άλλαξε τίποτα.</translation>
        </message>
        <message>
            <source>Hand over to the workshop PC</source>
            <translation>Παράδοση στον υπολογιστή του εργαστηρίου</translation>
        </message>
        <message>
            <source>Hand the selected learner over to the workshop PC, for another PC of the room</source>
            <translation>Παράδοση του επιλεγμένου εκπαιδευόμενου στον υπολογιστή του εργαστηρίου, για άλλον υπολογιστή της αίθουσας</translation>
        </message>
        <message>
            <source>Bring a learner from the workshop PC…</source>
            <translation>Φέρτε έναν εκπαιδευόμενο από τον υπολογιστή του εργαστηρίου…</translation>
        </message>
        <message>
            <source>Bring a learner from the workshop PC: choose one of the learners waiting there</source>
            <translation>Φέρτε έναν εκπαιδευόμενο από τον υπολογιστή του εργαστηρίου: επιλέξτε έναν από όσους περιμένουν εκεί</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Παράδοση</translation>
        </message>
        <message>
            <source>Sending {name} to the workshop PC…</source>
            <translation>Αποστολή του/της {name} στον υπολογιστή του εργαστηρίου…</translation>
        </message>
        <message>
            <source>The learner was not handed over</source>
            <translation>Ο εκπαιδευόμενος δεν παραδόθηκε</translation>
        </message>
        <message>
            <source>Handed {name} over to {workshop}. On the PC they use next: Facilitator → Bring a learner from the workshop PC….</source>
            <translation>Ο/Η {name} παραδόθηκε στον {workshop}. Στον υπολογιστή που θα χρησιμοποιήσει την επόμενη φορά: Συντονιστής → Φέρτε έναν εκπαιδευόμενο από τον υπολογιστή του εργαστηρίου….</translation>
        </message>
        <message>
            <source>Asking the workshop PC who is waiting…</source>
            <translation>Ερώτηση στον υπολογιστή του εργαστηρίου ποιοι περιμένουν…</translation>
        </message>
        <message>
            <source>The waiting learners could not be listed</source>
            <translation>Δεν ήταν δυνατή η εμφάνιση των εκπαιδευομένων που περιμένουν</translation>
        </message>
        <message>
            <source>Bringing the learner from the workshop PC…</source>
            <translation>Μεταφορά του εκπαιδευόμενου από τον υπολογιστή του εργαστηρίου…</translation>
        </message>
        <message>
            <source>The learner was not brought</source>
            <translation>Ο εκπαιδευόμενος δεν μεταφέρθηκε</translation>
        </message>
        <message numerus="yes">
            <source>Saved the transfer file of {name} (%n quiz attempts) to {path}. On the other PC: Facilitator → Bring a learner from another PC…. The file holds the learner's PIN hash: keep it like their own data.</source>
            <translation>
                <numerusform>Το αρχείο μεταφοράς του/της {name} (%n προσπάθεια κουίζ) αποθηκεύτηκε στο {path}. Στον άλλον υπολογιστή: Συντονιστής → Μεταφορά εκπαιδευόμενου από άλλον υπολογιστή…. Το αρχείο περιέχει το hash του PIN του εκπαιδευόμενου: φυλάξτε το όπως τα προσωπικά του δεδομένα.</numerusform>
                <numerusform>Το αρχείο μεταφοράς του/της {name} (%n προσπάθειες κουίζ) αποθηκεύτηκε στο {path}. Στον άλλον υπολογιστή: Συντονιστής → Μεταφορά εκπαιδευόμενου από άλλον υπολογιστή…. Το αρχείο περιέχει το hash του PIN του εκπαιδευόμενου: φυλάξτε το όπως τα προσωπικά του δεδομένα.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress</source>
            <translation>
                <numerusform>πρόοδος σε %n στοιχείο</numerusform>
                <numerusform>πρόοδος σε %n στοιχεία</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts</source>
            <translation>
                <numerusform>%n προσπάθεια κουίζ</numerusform>
                <numerusform>%n προσπάθειες κουίζ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed courses</source>
            <translation>
                <numerusform>%n ολοκληρωμένο μάθημα</numerusform>
                <numerusform>%n ολοκληρωμένα μαθήματα</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completions added</source>
            <translation>
                <numerusform>προστέθηκε %n ολοκλήρωση</numerusform>
                <numerusform>προστέθηκαν %n ολοκληρώσεις</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts added</source>
            <translation>
                <numerusform>προστέθηκε %n προσπάθεια κουίζ</numerusform>
                <numerusform>προστέθηκαν %n προσπάθειες κουίζ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress merged</source>
            <translation>
                <numerusform>συγχωνεύτηκε πρόοδος σε %n στοιχείο</numerusform>
                <numerusform>συγχωνεύτηκε πρόοδος σε %n στοιχεία</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrueFalseControl</name>
        <message>
            <source>True</source>
            <translation>Σωστό</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Λάθος</translation>
        </message>
    </context>
    <context>
        <name>VideoQuestionsBox</name>
        <message>
            <source>Continue</source>
            <translation>Συνέχεια</translation>
        </message>
        <message>
            <source>Continue the video</source>
            <translation>Συνέχεια του βίντεο</translation>
        </message>
        <message>
            <source>&amp;Questions in this video:</source>
            <translation>&amp;Ερωτήσεις σε αυτό το βίντεο:</translation>
        </message>
        <message>
            <source>Questions in this video</source>
            <translation>Ερωτήσεις σε αυτό το βίντεο</translation>
        </message>
        <message>
            <source>Press Enter to go to the question</source>
            <translation>Πατήστε Enter για να μεταβείτε στην ερώτηση</translation>
        </message>
        <message>
            <source>Question at {time}</source>
            <translation>Ερώτηση στο {time}</translation>
        </message>
        <message>
            <source>Question {n} of {total} at {time}</source>
            <translation>Ερώτηση {n} από {total} στο {time}</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Απαντήθηκε</translation>
        </message>
        <message>
            <source>Asked now</source>
            <translation>Ερωτάται τώρα</translation>
        </message>
        <message>
            <source>Skipped, not answered</source>
            <translation>Παραλείφθηκε, χωρίς απάντηση</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Ακολουθεί</translation>
        </message>
        <message>
            <source>Questions you skipped: {n}. Choose one in the list and press Enter to answer it.</source>
            <translation>Ερωτήσεις που παραλείψατε: {n}. Επιλέξτε μία από τη λίστα και πατήστε Enter για να απαντήσετε.</translation>
        </message>
    </context>
    <context>
        <name>VideoView</name>
        <message>
            <source>Subtitles</source>
            <translation>Υπότιτλοι</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Αναπαραγωγή (Space)</translation>
        </message>
        <message>
            <source>Position in the video</source>
            <translation>Θέση στο βίντεο</translation>
        </message>
        <message>
            <source>Subtitles on or off</source>
            <translation>Ενεργοποίηση ή απενεργοποίηση υποτίτλων</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Ταχύτητα αναπαραγωγής</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Ένταση</translation>
        </message>
        <message>
            <source>Full screen (F)</source>
            <translation>Πλήρης οθόνη (F)</translation>
        </message>
        <message>
            <source>Sp&amp;eed:</source>
            <translation>&amp;Ταχύτητα:</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Βίντεο</translation>
        </message>
        <message>
            <source>This video cannot be played on this computer.</source>
            <translation>Αυτό το βίντεο δεν μπορεί να αναπαραχθεί σε αυτόν τον υπολογιστή.</translation>
        </message>
        <message>
            <source>Press Play to start the video.</source>
            <translation>Πατήστε «Αναπαραγωγή» για να ξεκινήσει το βίντεο.</translation>
        </message>
        <message>
            <source>Videos cannot be played on this computer: the multimedia part of the app is missing. Ask your facilitator to reinstall BIBLIO Desktop.</source>
            <translation>Τα βίντεο δεν μπορούν να αναπαραχθούν σε αυτόν τον υπολογιστή: λείπει το τμήμα πολυμέσων της εφαρμογής. Ζητήστε από τον συντονιστή σας να εγκαταστήσει ξανά το BIBLIO Desktop.</translation>
        </message>
        <message>
            <source>The video file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Το αρχείο του βίντεο λείπει. Εγκαταστήστε ξανά το πακέτο μαθήματος ή ζητήστε νέο αντίγραφο από τον συντονιστή σας.</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Παύση (Space)</translation>
        </message>
    </context>
    <context>
        <name>WaitingLearnersDialog</name>
        <message>
            <source>Bring a learner from the workshop PC</source>
            <translation>Φέρτε έναν εκπαιδευόμενο από τον υπολογιστή του εργαστηρίου</translation>
        </message>
        <message>
            <source>Learners handed over to {workshop} by the room's PCs, and its own learners. The one you choose is added here (or merged with their profile here) with the same PIN; completions are kept.</source>
            <translation>Εκπαιδευόμενοι που παρέδωσαν στον {workshop} οι υπολογιστές της αίθουσας, και οι δικοί του. Όποιον επιλέξετε προστίθεται εδώ (ή συγχωνεύεται με το προφίλ του εδώ) με το ίδιο PIN· οι ολοκληρώσεις διατηρούνται.</translation>
        </message>
        <message>
            <source>Learners waiting on the workshop PC</source>
            <translation>Εκπαιδευόμενοι που περιμένουν στον υπολογιστή του εργαστηρίου</translation>
        </message>
        <message>
            <source>Choose a learner with the arrow keys and press Enter to bring them to this PC</source>
            <translation>Επιλέξτε εκπαιδευόμενο με τα βέλη και πατήστε Enter για να τον φέρετε σε αυτόν τον υπολογιστή</translation>
        </message>
        <message>
            <source>{name} — from {pc}</source>
            <translation>{name} — από {pc}</translation>
        </message>
        <message>
            <source>No learner is waiting on the workshop PC. On the PC the learner used: Facilitator → Hand over to the workshop PC.</source>
            <translation>Κανένας εκπαιδευόμενος δεν περιμένει στον υπολογιστή του εργαστηρίου. Στον υπολογιστή που χρησιμοποίησε: Συντονιστής → Παράδοση στον υπολογιστή του εργαστηρίου.</translation>
        </message>
        <message>
            <source>Bring this learner</source>
            <translation>Φέρτε αυτόν τον εκπαιδευόμενο</translation>
        </message>
        <message>
            <source>Bring the chosen learner to this PC</source>
            <translation>Φέρτε τον επιλεγμένο εκπαιδευόμενο σε αυτόν τον υπολογιστή</translation>
        </message>
    </context>
    <context>
        <name>WebinarView</name>
        <message>
            <source>About this webinar</source>
            <translation>Σχετικά με αυτό το διαδικτυακό σεμινάριο</translation>
        </message>
        <message>
            <source>This webinar's description is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Η περιγραφή αυτού του διαδικτυακού σεμιναρίου λείπει ή είναι κατεστραμμένη. Εγκαταστήστε ξανά το πακέτο του μαθήματος ή ζητήστε νέο αντίγραφο από τον συντονιστή.</translation>
        </message>
        <message>
            <source>Open the slides</source>
            <translation>Άνοιγμα των διαφανειών</translation>
        </message>
        <message>
            <source>Open the webinar's slides</source>
            <translation>Άνοιγμα των διαφανειών του σεμιναρίου</translation>
        </message>
        <message>
            <source>Chapters; Enter plays from the chapter</source>
            <translation>Κεφάλαια· το Enter παίζει από το κεφάλαιο</translation>
        </message>
        <message>
            <source>Search the transcript</source>
            <translation>Αναζήτηση στην απομαγνητοφώνηση</translation>
        </message>
        <message>
            <source>Transcript; Enter plays from the line</source>
            <translation>Απομαγνητοφώνηση· το Enter παίζει από τη γραμμή</translation>
        </message>
        <message>
            <source>&amp;Chapters</source>
            <translation>&amp;Κεφάλαια</translation>
        </message>
        <message>
            <source>&amp;Transcript</source>
            <translation>&amp;Απομαγνητοφώνηση</translation>
        </message>
        <message>
            <source>Join the webinar…</source>
            <translation>Συμμετοχή στο σεμινάριο…</translation>
        </message>
        <message>
            <source>I took part</source>
            <translation>Συμμετείχα</translation>
        </message>
        <message>
            <source>Mark the live webinar as attended</source>
            <translation>Σήμανση του ζωντανού σεμιναρίου ως παρακολουθημένου</translation>
        </message>
        <message>
            <source>Speakers: {names}</source>
            <translation>Ομιλητές: {names}</translation>
        </message>
        <message>
            <source>This live webinar took place on {when}. Its recording will come with a course update.</source>
            <translation>Αυτό το ζωντανό σεμινάριο έγινε στις {when}. Η μαγνητοσκόπησή του θα έρθει με μια ενημέρωση του μαθήματος.</translation>
        </message>
        <message>
            <source>Live webinar on {when} (your computer's time zone). Join it from here when it starts; you need an internet connection.</source>
            <translation>Ζωντανό σεμινάριο στις {when} (ζώνη ώρας του υπολογιστή σας). Συνδεθείτε από εδώ όταν ξεκινήσει· χρειάζεται σύνδεση στο διαδίκτυο.</translation>
        </message>
        <message>
            <source>Join the live webinar in the browser</source>
            <translation>Συμμετοχή στο ζωντανό σεμινάριο στον φυλλομετρητή</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Άνοιγμα ιστοσελίδας;</translation>
        </message>
        <message>
            <source>This link leads to the internet, which may not be available here:</source>
            <translation>Αυτός ο σύνδεσμος οδηγεί στο διαδίκτυο, που ίσως δεν είναι διαθέσιμο εδώ:</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Άνοιγμα στο πρόγραμμα περιήγησης</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Άκυρο</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Message</source>
            <translation>Μήνυμα</translation>
        </message>
    </context>
    <context>
        <name>_PassageControl</name>
        <message>
            <source>Text of the question</source>
            <translation>Κείμενο της ερώτησης</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Retry</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <source>Use another folder…</source>
            <translation>Χρήση άλλου φακέλου…</translation>
        </message>
        <message>
            <source>Choose the folder for the library</source>
            <translation>Επιλέξτε τον φάκελο για τη βιβλιοθήκη</translation>
        </message>
        <message>
            <source>The data folder is not there</source>
            <translation>Ο φάκελος δεδομένων δεν υπάρχει</translation>
        </message>
        <message>
            <source>Look for the data folder again, after plugging in the stick</source>
            <translation>Αναζήτηση του φακέλου δεδομένων ξανά, αφού συνδέσετε το στικάκι USB</translation>
        </message>
        <message>
            <source>Choose another folder for the library; a folder without a library starts a new, empty one</source>
            <translation>Επιλέξτε άλλο φάκελο για τη βιβλιοθήκη· σε φάκελο χωρίς βιβλιοθήκη δημιουργείται μια νέα, κενή</translation>
        </message>
        <message>
            <source>Close BIBLIO Desktop</source>
            <translation>Κλείσιμο του BIBLIO Desktop</translation>
        </message>
        <message>
            <source>The data folder {folder} is not there: the USB stick or drive it is on ({drive}) is not plugged in.

Plug it in and choose Retry.

BIBLIO Desktop has not made a new, empty library in its place: your learners&apos; progress is kept in the folder on the stick.</source>
            <translation>Ο φάκελος δεδομένων {folder} δεν υπάρχει: το στικάκι USB ή ο δίσκος όπου βρίσκεται ({drive}) δεν είναι συνδεδεμένος.

Συνδέστε τον και επιλέξτε «Επανάληψη».

Το BIBLIO Desktop δεν δημιούργησε στη θέση του μια νέα, κενή βιβλιοθήκη: η πρόοδος των εκπαιδευομένων φυλάσσεται στον φάκελο στο στικάκι.</translation>
        </message>
        <message>
            <source>The data folder {folder} held the library on this computer before, but it is not there now (a USB stick or network drive not plugged in?).

Plug it in and choose Retry.

BIBLIO Desktop has not made a new, empty library in its place.</source>
            <translation>Ο φάκελος δεδομένων {folder} περιείχε παλιότερα τη βιβλιοθήκη σε αυτόν τον υπολογιστή, αλλά τώρα δεν υπάρχει (μήπως δεν είναι συνδεδεμένο ένα στικάκι USB ή μια μονάδα δικτύου;).

Συνδέστε το και επιλέξτε «Επανάληψη».

Το BIBLIO Desktop δεν δημιούργησε στη θέση του μια νέα, κενή βιβλιοθήκη.</translation>
        </message>
        <message>
            <source>The library database is damaged ({problem}).

Restore the newest good backup, made {date}? Work done after that backup will be missing; the damaged file is kept in the backups folder.</source>
            <translation>Η βάση δεδομένων της βιβλιοθήκης είναι κατεστραμμένη ({problem}).

Να γίνει επαναφορά του πιο πρόσφατου έγκυρου αντιγράφου ασφαλείας, που δημιουργήθηκε στις {date}; Η εργασία μετά από εκείνο το αντίγραφο θα χαθεί. Το κατεστραμμένο αρχείο φυλάσσεται στον φάκελο των αντιγράφων ασφαλείας.</translation>
        </message>
        <message>
            <source>BIBLIO Desktop was last opened on this data folder on the computer {host} (since {since}), and that computer has not been heard from for {minutes} min: it probably crashed, lost its network connection or went to sleep.

If BIBLIO Desktop is no longer open there, take the folder over. If it is still open there, quit and close it there first: two computers using the same library at once can damage it.</source>
            <translation>Το BIBLIO Desktop άνοιξε τελευταία φορά σε αυτόν τον φάκελο δεδομένων στον υπολογιστή {host} (από {since}) και ο υπολογιστής αυτός δεν έχει δώσει σημεία ζωής εδώ και {minutes} λεπτά: πιθανότατα κατέρρευσε, έχασε τη σύνδεση δικτύου ή μπήκε σε αναστολή.

Αν το BIBLIO Desktop δεν είναι πια ανοιχτό εκεί, αναλάβετε τον φάκελο. Αν είναι ακόμη ανοιχτό εκεί, βγείτε και κλείστε το πρώτα εκεί: δύο υπολογιστές που χρησιμοποιούν ταυτόχρονα την ίδια βιβλιοθήκη μπορεί να την καταστρέψουν.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Ανάληψη</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Έξοδος</translation>
        </message>
        <message>
            <source>Making sure BIBLIO Desktop is no longer running on {host}…</source>
            <translation>Έλεγχος ότι το BIBLIO Desktop δεν εκτελείται πια στον υπολογιστή {host}…</translation>
        </message>
        <message>
            <source>The computer {host} has taken over this data folder, because this computer seemed to have stopped (asleep or disconnected from the network).

To keep the library undamaged, this window closes now. Work saved before the take-over is kept; open BIBLIO Desktop again once it is closed on {host}.</source>
            <translation>Ο υπολογιστής {host} ανέλαβε αυτόν τον φάκελο δεδομένων, επειδή αυτός ο υπολογιστής φαινόταν σταματημένος (σε αναστολή ή αποσυνδεδεμένος από το δίκτυο).

Για να μην καταστραφεί η βιβλιοθήκη, αυτό το παράθυρο κλείνει τώρα. Η εργασία που αποθηκεύτηκε πριν από την ανάληψη διατηρείται· ανοίξτε ξανά το BIBLIO Desktop όταν κλείσει στον υπολογιστή {host}.</translation>
        </message>
    </context>
    <context>
        <name>certificate</name>
        <message>
            <source>Community Engagement and Communication Officer</source>
            <translation>Υπεύθυνος κοινοτικής δέσμευσης και επικοινωνίας</translation>
        </message>
        <message>
            <source>Digital Transformation Facilitator</source>
            <translation>Συντονιστής ψηφιακού μετασχηματισμού</translation>
        </message>
        <message>
            <source>The BIBLIO programme — run by ten organisations from Belgium, Bulgaria, Greece, Italy and Latvia — builds 38 digital and transversal skills for librarians.</source>
            <translation>Το πρόγραμμα BIBLIO, που υλοποιείται από δέκα οργανισμούς από το Βέλγιο, τη Βουλγαρία, την Ελλάδα, την Ιταλία και τη Λετονία, αναπτύσσει 38 ψηφιακές και οριζόντιες δεξιότητες για βιβλιοθηκονόμους.</translation>
        </message>
        <message>
            <source>The digital signature proves that this record is unaltered and was issued by this BIBLIO Desktop installation. It does not prove who sat at the keyboard.</source>
            <translation>Η ψηφιακή υπογραφή αποδεικνύει ότι αυτή η καταγραφή δεν έχει αλλοιωθεί και ότι εκδόθηκε από αυτή την εγκατάσταση του BIBLIO Desktop. Δεν αποδεικνύει ποιος καθόταν στο πληκτρολόγιο.</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Πιστοποιητικό ολοκλήρωσης</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>ολοκλήρωσε το μάθημα</translation>
        </message>
        <message>
            <source>Version {v}</source>
            <translation>Έκδοση {v}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Ολοκληρώθηκε στις {date}</translation>
        </message>
        <message>
            <source>Skills achieved</source>
            <translation>Δεξιότητες που αποκτήθηκαν</translation>
        </message>
        <message>
            <source>Quiz scores</source>
            <translation>Βαθμολογίες κουίζ</translation>
        </message>
        <message>
            <source>Course score: {p}</source>
            <translation>Βαθμολογία μαθήματος: {p}</translation>
        </message>
        <message>
            <source>Time spent learning: {t}</source>
            <translation>Χρόνος μελέτης: {t}</translation>
        </message>
        <message>
            <source>Issued by: {name}</source>
            <translation>Εκδότης: {name}</translation>
        </message>
        <message>
            <source>Key fingerprint: {fp}</source>
            <translation>Αποτύπωμα κλειδιού: {fp}</translation>
        </message>
        <message>
            <source>Record: {id}</source>
            <translation>Καταγραφή: {id}</translation>
        </message>
        <message>
            <source>Issued on {date}</source>
            <translation>Εκδόθηκε στις {date}</translation>
        </message>
        <message>
            <source>The QR code holds the record id and the SHA-256 checksum of the record file.</source>
            <translation>Ο κωδικός QR περιέχει το αναγνωριστικό της καταγραφής και το άθροισμα ελέγχου SHA-256 του αρχείου της.</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… και {n} ακόμη</translation>
        </message>
        <message>
            <source>The record is attached to this PDF as record.json.</source>
            <translation>Η καταγραφή επισυνάπτεται σε αυτό το PDF ως record.json.</translation>
        </message>
        <message>
            <source>Check this record with: {command}</source>
            <translation>Ελέγξτε αυτή την καταγραφή με την εντολή: {command}</translation>
        </message>
    </context>
    <context>
        <name>clock</name>
        <message>
            <source>The computer's clock says {date}, but you completed this course on {completed} by this computer's clock. One of the two dates is wrong.</source>
            <translation>Το ρολόι του υπολογιστή δείχνει {date}, αλλά ολοκληρώσατε αυτό το μάθημα στις {completed} σύμφωνα με το ρολόι αυτού του υπολογιστή. Μία από τις δύο ημερομηνίες είναι λάθος.</translation>
        </message>
        <message>
            <source>If the clock is wrong now, set the correct date and time in the computer's settings (or ask the library staff), then choose Get certificate again. If the clock is right now, it was wrong when you completed the course, and your certificate gives today as the completion date.</source>
            <translation>Αν το ρολόι είναι λάθος τώρα, ορίστε τη σωστή ημερομηνία και ώρα στις ρυθμίσεις του υπολογιστή (ή ζητήστε βοήθεια από το προσωπικό της βιβλιοθήκης) και επιλέξτε ξανά «Λήψη πιστοποιητικού». Αν το ρολόι είναι σωστό τώρα, ήταν λάθος όταν ολοκληρώσατε το μάθημα, και το πιστοποιητικό σας θα αναφέρει τη σημερινή ημερομηνία ως ημερομηνία ολοκλήρωσης.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, which is too far in the future to be right.</source>
            <translation>Το ρολόι του υπολογιστή δείχνει {date}, ημερομηνία πολύ μακριά στο μέλλον για να είναι σωστή.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, before this version of BIBLIO Desktop was released ({released}), so the clock is wrong.</source>
            <translation>Το ρολόι του υπολογιστή δείχνει {date}, πριν από την κυκλοφορία αυτής της έκδοσης του BIBLIO Desktop ({released}), άρα το ρολόι είναι λάθος.</translation>
        </message>
        <message>
            <source>A certificate would carry that wrong date, so none was made. Set the correct date and time in the computer's settings (or ask the library staff), then choose Get certificate again.</source>
            <translation>Ένα πιστοποιητικό θα είχε αυτή τη λάθος ημερομηνία, γι' αυτό δεν δημιουργήθηκε. Ορίστε τη σωστή ημερομηνία και ώρα στις ρυθμίσεις του υπολογιστή (ή ζητήστε βοήθεια από το προσωπικό της βιβλιοθήκης) και επιλέξτε ξανά «Λήψη πιστοποιητικού».</translation>
        </message>
        <message>
            <source>Check the computer's clock</source>
            <translation>Ελέγξτε το ρολόι του υπολογιστή</translation>
        </message>
        <message>
            <source>The clock is right: save certificate</source>
            <translation>Το ρολόι είναι σωστό: αποθήκευση πιστοποιητικού</translation>
        </message>
        <message>
            <source>The clock is right now: save the certificate with today's date</source>
            <translation>Το ρολόι είναι τώρα σωστό: αποθήκευση του πιστοποιητικού με τη σημερινή ημερομηνία</translation>
        </message>
        <message>
            <source>Your completion was saved while the computer's clock was wrong (it said {date}), so your certificate gives the day it was issued as the completion date.</source>
            <translation>Η ολοκλήρωσή σας αποθηκεύτηκε όταν το ρολόι του υπολογιστή ήταν λάθος (έδειχνε {date}), γι' αυτό το πιστοποιητικό σας αναφέρει ως ημερομηνία ολοκλήρωσης την ημέρα έκδοσής του.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, which cannot be right.</source>
            <translation>Το ρολόι του υπολογιστή δείχνει {date}, κάτι που δεν μπορεί να είναι σωστό.</translation>
        </message>
        <message>
            <source>Your work is saved as usual, but certificates cannot be made until the date and time are set correctly in the computer's settings.</source>
            <translation>Η εργασία σας αποθηκεύεται κανονικά, αλλά δεν μπορούν να δημιουργηθούν πιστοποιητικά μέχρι να οριστούν σωστά η ημερομηνία και η ώρα στις ρυθμίσεις του υπολογιστή.</translation>
        </message>
        <message>
            <source>Clock warning</source>
            <translation>Προειδοποίηση για το ρολόι</translation>
        </message>
    </context>
    <context>
        <name>delivery</name>
        <message>
            <source>The workshop PC {name} no longer accepts this PC (it was removed). The records wait here; join again with the code the facilitator shows.</source>
            <translation>Ο υπολογιστής του εργαστηρίου {name} δεν δέχεται πλέον αυτόν τον υπολογιστή (αφαιρέθηκε). Οι καταγραφές περιμένουν εδώ· συνδεθείτε ξανά με τον κωδικό που δείχνει ο συντονιστής.</translation>
        </message>
        <message>
            <source>The workshop PC {name} cannot be reached now; the records wait here and are sent when it can be reached.</source>
            <translation>Ο υπολογιστής του εργαστηρίου {name} δεν είναι προσβάσιμος τώρα· οι καταγραφές περιμένουν εδώ και θα σταλούν όταν γίνει προσβάσιμος.</translation>
        </message>
        <message>
            <source>Records go to the workshop PC {name} as they happen.</source>
            <translation>Οι καταγραφές φτάνουν στον υπολογιστή του εργαστηρίου {name} καθώς δημιουργούνται.</translation>
        </message>
        <message numerus="yes">
            <source>Sending to the workshop PC {name}: %n still waiting.</source>
            <translation>
                <numerusform>Αποστολή στον υπολογιστή του εργαστηρίου {name}: %n ακόμη σε αναμονή.</numerusform>
                <numerusform>Αποστολή στον υπολογιστή του εργαστηρίου {name}: %n ακόμη σε αναμονή.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The disk holding {folder} is full. Everything saved before is kept. Free some space on that disk (delete or move files, empty the recycle bin), then try again; no backup needs to be restored.</source>
            <translation>Ο δίσκος που περιέχει το {folder} είναι γεμάτος. Ό,τι είχε αποθηκευτεί διατηρείται. Ελευθερώστε χώρο σε αυτόν τον δίσκο (διαγράψτε ή μετακινήστε αρχεία, αδειάστε τον κάδο ανακύκλωσης) και δοκιμάστε ξανά· δεν χρειάζεται επαναφορά αντιγράφου ασφαλείας.</translation>
        </message>
        <message>
            <source>{folder} cannot be written to: the USB stick is write-protected, the drive is read-only, or you have no permission there. Everything saved before is kept. Unlock the stick, or copy the data folder to this computer and open that copy.</source>
            <translation>Δεν είναι δυνατή η εγγραφή στο {folder}: το USB στικ έχει προστασία εγγραφής, η μονάδα είναι μόνο για ανάγνωση ή δεν έχετε δικαίωμα εκεί. Ό,τι είχε αποθηκευτεί διατηρείται. Ξεκλειδώστε το στικ ή αντιγράψτε τον φάκελο δεδομένων σε αυτόν τον υπολογιστή και ανοίξτε το αντίγραφο.</translation>
        </message>
        <message>
            <source>{folder} went away: the USB stick or network drive was removed, or the disk reported an error. What was saved before is kept; the last change may not have been saved. Put the stick back and try again.</source>
            <translation>Το {folder} δεν είναι πλέον διαθέσιμο: το USB στικ ή η μονάδα δικτύου αφαιρέθηκε ή ο δίσκος ανέφερε σφάλμα. Ό,τι είχε αποθηκευτεί διατηρείται· η τελευταία αλλαγή ίσως δεν αποθηκεύτηκε. Τοποθετήστε ξανά το στικ και δοκιμάστε ξανά.</translation>
        </message>
        <message>
            <source>The library database in {folder} is in use by another program. The library itself is fine. Close the other program, then try again.</source>
            <translation>Η βάση δεδομένων της βιβλιοθήκης στο {folder} χρησιμοποιείται από άλλο πρόγραμμα. Η ίδια η βιβλιοθήκη είναι εντάξει. Κλείστε το άλλο πρόγραμμα και δοκιμάστε ξανά.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your saved work is safe. The details were written to the log file in the data folder.</source>
            <translation>Παρουσιάστηκε ένα απρόσμενο σφάλμα. Η αποθηκευμένη εργασία σας είναι ασφαλής. Οι λεπτομέρειες γράφτηκαν στο αρχείο καταγραφής στον φάκελο δεδομένων.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Αντιγραφή λεπτομερειών</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Cancel</source>
            <translation>Άκυρο</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Community Engagement and Communication Officer</source>
            <translation>Υπεύθυνος κοινοτικής δέσμευσης και επικοινωνίας</translation>
        </message>
        <message>
            <source>Digital Transformation Facilitator</source>
            <translation>Συντονιστής ψηφιακού μετασχηματισμού</translation>
        </message>
        <message>
            <source>&lt; 1 min</source>
            <translation>&lt; 1 λεπτό</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>κανένας ακόμη</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} λεπτά</translation>
        </message>
        <message>
            <source>{h} h {m:02d} min</source>
            <translation>{h} ώρ. {m:02d} λεπτά</translation>
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
            <translation>ποτέ</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>στις {date}</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>μόλις τώρα</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>όλες στάλθηκαν</translation>
        </message>
        <message>
            <source>nothing to send yet</source>
            <translation>τίποτα για αποστολή ακόμη</translation>
        </message>
        <message>
            <source>Your records: {waiting} · last sent {when}</source>
            <translation>Οι καταγραφές σας: {waiting} · τελευταία αποστολή: {when}</translation>
        </message>
        <message>
            <source>Records: {waiting} · last sent {when}</source>
            <translation>Καταγραφές: {waiting} · τελευταία αποστολή: {when}</translation>
        </message>
        <message>
            <source>The LRS refused the user name or password. Check them in Settings; the records stay queued.</source>
            <translation>Το LRS απέρριψε το όνομα χρήστη ή τον κωδικό πρόσβασης. Ελέγξτε τα στις Ρυθμίσεις. Οι καταγραφές παραμένουν σε αναμονή.</translation>
        </message>
        <message>
            <source>The Learning Record Store could not be reached; the records stay queued and will be sent next time.</source>
            <translation>Δεν ήταν δυνατή η σύνδεση με το LRS. Οι καταγραφές παραμένουν σε αναμονή και θα σταλούν την επόμενη φορά.</translation>
        </message>
        <message>
            <source>Nothing was waiting: everything is already sent.</source>
            <translation>Δεν υπήρχε τίποτα σε αναμονή: όλα έχουν ήδη σταλεί.</translation>
        </message>
        <message>
            <source>The sending status cannot be read.</source>
            <translation>Δεν είναι δυνατή η ανάγνωση της κατάστασης αποστολής.</translation>
        </message>
        <message>
            <source>the last try failed (hover for details)</source>
            <translation>η τελευταία προσπάθεια απέτυχε (τοποθετήστε τον δείκτη εδώ για λεπτομέρειες)</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>πριν από %n ημέρα</numerusform>
                <numerusform>πριν από %n ημέρες</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours ago</source>
            <translation>
                <numerusform>πριν από %n ώρα</numerusform>
                <numerusform>πριν από %n ώρες</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes ago</source>
            <translation>
                <numerusform>πριν από %n λεπτό</numerusform>
                <numerusform>πριν από %n λεπτά</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n σε αναμονή αποστολής</numerusform>
                <numerusform>%n σε αναμονή αποστολής</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements.</source>
            <translation>
                <numerusform>Στάλθηκε %n δήλωση.</numerusform>
                <numerusform>Στάλθηκαν %n δηλώσεις.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements before it stopped.</source>
            <translation>
                <numerusform>Στάλθηκε %n δήλωση πριν από τη διακοπή.</numerusform>
                <numerusform>Στάλθηκαν %n δηλώσεις πριν από τη διακοπή.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be sent and stay queued: {error}</source>
            <translation>
                <numerusform>%n δεν ήταν δυνατό να σταλεί και παραμένει σε αναμονή: {error}</numerusform>
                <numerusform>%n δεν ήταν δυνατό να σταλούν και παραμένουν σε αναμονή: {error}</numerusform>
            </translation>
        </message>
    </context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Αναζήτηση σε:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Ό&amp;νομα αρχείου:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Αρχεία &amp;τύπου:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Αποθήκευση ως</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Εμπρός</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Γονικός φάκελος</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Δημιουργία νέου φακέλου</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Προβολή λίστας</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Προβολή λεπτομερειών</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Μετάβαση πίσω</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Μετάβαση εμπρός</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Μετάβαση στον γονικό φάκελο</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Δημιουργία νέου φακέλου</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Αλλαγή σε προβολή λίστας</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Αλλαγή σε προβολή λεπτομερειών</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Πλευρική στήλη</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Λίστα θέσεων και σελιδοδεικτών</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Αρχεία</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Φάκελος αρχείων</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Νέος φάκελος</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Νέος φάκελος</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Μετονομασία</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Εμφάνιση &amp;κρυφών αρχείων</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Πρόσφατες θέσεις</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Ο υπολογιστής μου</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Το %1 υπάρχει ήδη.
Θέλετε να το αντικαταστήσετε;</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ημερομηνία τροποποίησης</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Υπολογιστής</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Ο υπολογιστής μου</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Εντάξει</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Όχι</translation>
    </message>
</context>
</TS>

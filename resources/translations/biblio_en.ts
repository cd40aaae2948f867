<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CatalogScreen</name>
        <message numerus="yes">
            <source>%n courses, last seen {date}</source>
            <translation>
                <numerusform>%n course, last seen {date}</numerusform>
                <numerusform>%n courses, last seen {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CohortsDialog</name>
        <message numerus="yes">
            <source>{name}, from {date}, %n learners</source>
            <translation>
                <numerusform>{name}, from {date}, %n learner</numerusform>
                <numerusform>{name}, from {date}, %n learners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts {date} · {pace} · %n learners</source>
            <translation>
                <numerusform>Starts {date} · {pace} · %n learner</numerusform>
                <numerusform>Starts {date} · {pace} · %n learners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseProgressView</name>
        <message numerus="yes">
            <source>best {score}, %n attempts</source>
            <translation>
                <numerusform>best {score}, %n attempt</numerusform>
                <numerusform>best {score}, %n attempts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DragWordsControl</name>
        <message numerus="yes">
            <source>{placed} of %n gaps filled.</source>
            <translation>
                <numerusform>{placed} of %n gap filled.</numerusform>
                <numerusform>{placed} of %n gaps filled.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FreeTextControl</name>
        <message numerus="yes">
            <source>{count} of %n characters</source>
            <translation>
                <numerusform>{count} of %n character</numerusform>
                <numerusform>{count} of %n characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message numerus="yes">
            <source>Nothing has happened for a while: you will be signed out in %n seconds. Your work is saved.</source>
            <translation>
                <numerusform>Nothing has happened for a while: you will be signed out in %n second. Your work is saved.</numerusform>
                <numerusform>Nothing has happened for a while: you will be signed out in %n seconds. Your work is saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LessonStructure</name>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message numerus="yes">
            <source>This PDF has %n pages, more than the {limit} the app opens, so it is not shown. Ask your facilitator for a shorter document.</source>
            <translation>
                <numerusform>This PDF has %n page, more than the {limit} the app opens, so it is not shown. Ask your facilitator for a shorter document.</numerusform>
                <numerusform>This PDF has %n pages, more than the {limit} the app opens, so it is not shown. Ask your facilitator for a shorter document.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message numerus="yes">
            <source>%n questions · pass mark {mark}</source>
            <translation>
                <numerusform>%n question · pass mark {mark}</numerusform>
                <numerusform>%n questions · pass mark {mark}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions are not answered yet. Submit anyway?</source>
            <translation>
                <numerusform>%n question is not answered yet. Submit anyway?</numerusform>
                <numerusform>%n questions are not answered yet. Submit anyway?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts. Your best result: {score}.</source>
            <translation>
                <numerusform>You have used your only attempt. Your best result: {score}.</numerusform>
                <numerusform>You have used all %n attempts. Your best result: {score}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts for this quiz.</source>
            <translation>
                <numerusform>You have used the only attempt for this quiz.</numerusform>
                <numerusform>You have used all %n attempts for this quiz.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have an unfinished attempt: {done} of %n questions answered. Your answers are saved.</source>
            <translation>
                <numerusform>You have an unfinished attempt: {done} of %n question answered. Your answers are saved.</numerusform>
                <numerusform>You have an unfinished attempt: {done} of %n questions answered. Your answers are saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewAnswersDialog</name>
        <message numerus="yes">
            <source>The comment is too long: at most %n characters.</source>
            <translation>
                <numerusform>The comment is too long: at most %n character.</numerusform>
                <numerusform>The comment is too long: at most %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecretPromptDialog</name>
        <message numerus="yes">
            <source>That PIN is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>That PIN is not right. %n more try before a short wait.</numerusform>
                <numerusform>That PIN is not right. %n more tries before a short wait.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That password is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>That password is not right. %n more try before a short wait.</numerusform>
                <numerusform>That password is not right. %n more tries before a short wait.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n seconds.</source>
            <translation>
                <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
                <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharePanel</name>
        <message numerus="yes">
            <source>Shares %n courses.</source>
            <translation>
                <numerusform>Shares %n course.</numerusform>
                <numerusform>Shares %n courses.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlidesView</name>
        <message numerus="yes">
            <source>%n questions</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncBar</name>
        <message numerus="yes">
            <source>Wrote %n statements to {folder}. On a computer with internet, send them with: biblio-desktop sync --from "{folder}"</source>
            <translation>
                <numerusform>Wrote %n statement to {folder}. On a computer with internet, send it with: biblio-desktop sync --from "{folder}"</numerusform>
                <numerusform>Wrote %n statements to {folder}. On a computer with internet, send them with: biblio-desktop sync --from "{folder}"</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message numerus="yes">
            <source>Saved the transfer file of {name} (%n quiz attempts) to {path}. On the other PC: Facilitator → Bring a learner from another PC…. The file holds the learner's PIN hash: keep it like their own data.</source>
            <translation>
                <numerusform>Saved the transfer file of {name} (%n quiz attempt) to {path}. On the other PC: Facilitator → Bring a learner from another PC…. The file holds the learner's PIN hash: keep it like their own data.</numerusform>
                <numerusform>Saved the transfer file of {name} (%n quiz attempts) to {path}. On the other PC: Facilitator → Bring a learner from another PC…. The file holds the learner's PIN hash: keep it like their own data.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress</source>
            <translation>
                <numerusform>%n item of progress</numerusform>
                <numerusform>%n items of progress</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts</source>
            <translation>
                <numerusform>%n quiz attempt</numerusform>
                <numerusform>%n quiz attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed courses</source>
            <translation>
                <numerusform>%n completed course</numerusform>
                <numerusform>%n completed courses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completions added</source>
            <translation>
                <numerusform>%n completion added</numerusform>
                <numerusform>%n completions added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts added</source>
            <translation>
                <numerusform>%n quiz attempt added</numerusform>
                <numerusform>%n quiz attempts added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress merged</source>
            <translation>
                <numerusform>%n item of progress merged</numerusform>
                <numerusform>%n items of progress merged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>delivery</name>
        <message numerus="yes">
            <source>Sending to the workshop PC {name}: %n still waiting.</source>
            <translation>
                <numerusform>Sending to the workshop PC {name}: %n still waiting.</numerusform>
                <numerusform>Sending to the workshop PC {name}: %n still waiting.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n waiting to be sent</numerusform>
                <numerusform>%n waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements.</source>
            <translation>
                <numerusform>Sent %n statement.</numerusform>
                <numerusform>Sent %n statements.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements before it stopped.</source>
            <translation>
                <numerusform>Sent %n statement before it stopped.</numerusform>
                <numerusform>Sent %n statements before it stopped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be sent and stay queued: {error}</source>
            <translation>
                <numerusform>%n could not be sent and stays queued: {error}</numerusform>
                <numerusform>%n could not be sent and stay queued: {error}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSetupDialog</name>
        <message numerus="yes">
            <source>The facilitator looks after this computer's learners: sees everyone's progress, exports it as a table, renames profiles, resets forgotten PINs, removes profiles, and changes the idle sign-out time and backups.

Choose a password of at least %n characters and keep it safe: it cannot be recovered.</source>
            <translation>
                <numerusform>The facilitator looks after this computer's learners: sees everyone's progress, exports it as a table, renames profiles, resets forgotten PINs, removes profiles, and changes the idle sign-out time and backups.

Choose a password of at least %n character and keep it safe: it cannot be recovered.</numerusform>
                <numerusform>The facilitator looks after this computer's learners: sees everyone's progress, exports it as a table, renames profiles, resets forgotten PINs, removes profiles, and changes the idle sign-out time and backups.

Choose a password of at least %n characters and keep it safe: it cannot be recovered.</numerusform>
            </translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>AddLearnerDialog</name>
    <message>
        <source>Add learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person gets their own profile, so their progress stays theirs. A PIN is optional: it keeps others on this computer out of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>{publisher} · version {version} · {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress in {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseProgressView</name>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module and item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules and items; press Enter to open an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best {score}, 1 attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best {score}, {n} attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course does not list any skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my progress in this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <source>Learners and courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by learner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners and courses; press Enter for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the learner&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the learner&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exports folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as the facilitator on the start screen to see this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners yet. Learners add their own profile on the start screen with &quot;Add learner&quot;; their progress will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses are installed yet. Import a course package in the library; every learner&apos;s progress will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz average (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the table to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} now signs in with the new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} now signs in without a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}. A copy of their data was saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorSetupDialog</name>
    <message>
        <source>Set up the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator looks after this computer&apos;s learners: sees everyone&apos;s progress, exports it as a table, renames profiles, resets forgotten PINs, removes profiles, and changes the idle sign-out time and backups.

Choose a password of at least {n} characters and keep it safe: it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorSignInDialog</name>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerDetailDialog</name>
    <message>
        <source>Progress of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <source>Who is learning today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile. Use the arrow keys and Enter, or click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a profile on this computer yet.
Profiles keep each person&apos;s progress separate: add one for everyone who learns here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the person who looks after this computer&apos;s learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, protected by a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this lesson as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this lesson (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson&apos;s file is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads to the internet, which may not be available here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>Your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import course package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import course package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose &quot;Import course package…&quot; or drag the file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: you can drop .biblio files here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last opened {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course packages (*.biblio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and installing the course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course package was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed:
{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out after a period without activity; your work was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was restored from {name}. The previous library was kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingControl</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match for: {left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericControl</name>
    <message>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only; for decimals use a comma or a point, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number. Type digits, e.g. 12 or 2,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingControl</name>
    <message>
        <source>Steps in your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the steps, or select one and use Up/Down (Ctrl+Up/Ctrl+Down), until the first step is at the top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of required items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required items done / required items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent in the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time an item was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the course was completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of the best score of each quiz taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} / {required}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available when the course is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on the start screen to see your progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses are installed yet. Go to the library and import a course package (.biblio) to start learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course&apos;s progress cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your certificate for this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available when every required item of the course is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: you completed this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon this button will give you two things to keep: a signed digital record of your completion (a file other systems can check) and a PDF certificate you can print or save on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionNavigator</name>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result of your last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a learner to take this quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questions · pass mark {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts used: {used} of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts used: {used} (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score so far: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished attempt: {done} of {n} questions answered. Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer one question at a time; every answer is saved at once, so you can stop and come back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used all {max} attempts. Your best result: {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: an empty answer cannot replace your earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} question(s) are not answered yet. Submit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score: {score} (pass mark {mark})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again; a new attempt may ask different questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used all {max} attempts for this quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly correct ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveLearnerDialog</name>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the profile {name} and all of its progress, quiz answers and completions. It cannot be undone.

A copy of everything is saved first as a file in {folder}.

Type the name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the learner&apos;s name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset PIN of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new PIN twice, or leave both empty to remove the PIN. This also ends any wait after wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Type the PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. 1 more try before a short wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. {n} more tries before a short wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right. 1 more try before a short wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right. {n} more tries before a short wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display (for everyone on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the library now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses, progress and backups are kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}
Offline courses for librarians, made for the BIBLIO programme (Boosting Digital Skills and Competences for Librarians in Europe). Works without an internet connection; your progress stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. Press &quot;Back up now&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the facilitator can change the idle time and restore backups. Sign in as the facilitator from the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the library as it was on {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress saved after that moment will be replaced by the backup&apos;s. A copy of the current library is kept first. The app closes and reopens its library; everyone is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidesView</name>
    <message>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slide deck is empty or its file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextControl</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalseControl</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video cannot be played on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Play to start the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos cannot be played on this computer: the multimedia part of the app is missing. Ask your facilitator to reinstall BIBLIO Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library database is damaged ({problem}).

Restore the newest good backup, made {date}? Work done after that backup will be missing; the damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certificate</name>
    <message>
        <source>Community Engagement and Communication Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital Transformation Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIBLIO programme — run by ten organisations from Belgium, Bulgaria, Greece, Italy and Latvia — builds 38 digital and transversal skills for librarians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digital signature proves that this record is unaltered and was issued by this BIBLIO Desktop installation. It does not prove who sat at the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course score: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent learning: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code holds the record id and the SHA-256 checksum of the record file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is attached to this PDF as record.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this record with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong that should not have. Your saved work is safe. The details were written to the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

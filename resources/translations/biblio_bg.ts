<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
    <context>
        <name>AddLearnerDialog</name>
        <message>
            <source>Add learner</source>
            <translation>Добавяне на обучаем</translation>
        </message>
        <message>
            <source>Each person gets their own profile, so their progress stays theirs. A PIN is optional: it keeps others on this computer out of the profile.</source>
            <translation>Всеки човек получава собствен профил, така че напредъкът му остава само негов. ПИН кодът не е задължителен: той пази профила от другите хора на този компютър.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>ПИН (по избор)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>ПИН отново</translation>
        </message>
        <message>
            <source>4 to 8 digits, or leave empty</source>
            <translation>От 4 до 8 цифри или оставете празно</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Име:</translation>
        </message>
        <message>
            <source>&amp;PIN (optional):</source>
            <translation>&amp;ПИН (по избор):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>ПИН &amp;отново:</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same PIN twice.</source>
            <translation>Двата ПИН кода са различни. Въведете един и същ ПИН два пъти.</translation>
        </message>
    </context>
    <context>
        <name>CatalogScreen</name>
        <message>
            <source>Get courses</source>
            <translation>Изтегляне на курсове</translation>
        </message>
        <message>
            <source>Only updates</source>
            <translation>Само актуализации</translation>
        </message>
        <message>
            <source>Show only courses with an update</source>
            <translation>Показване само на курсовете с актуализация</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Опресняване</translation>
        </message>
        <message>
            <source>Refresh the catalogs</source>
            <translation>Опресняване на каталозите</translation>
        </message>
        <message>
            <source>Fetch the catalogs again (F5)</source>
            <translation>Повторно зареждане на каталозите (F5)</translation>
        </message>
        <message>
            <source>Catalogs</source>
            <translation>Каталози</translation>
        </message>
        <message>
            <source>A catalog is a web address that lists courses, given by your library or trainer. Anyone on this computer can add or remove one; it only changes which courses are offered here. Nothing is downloaded until someone chooses Download.</source>
            <translation>Каталогът е уеб адрес със списък с курсове, предоставен от вашата библиотека или обучител. Всеки на този компютър може да добави или премахне каталог; това променя само кои курсове се предлагат тук. Нищо не се изтегля, докато някой не избере „Изтегляне“.</translation>
        </message>
        <message>
            <source>Catalog addresses</source>
            <translation>Адреси на каталози</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавяне…</translation>
        </message>
        <message>
            <source>Add a catalog</source>
            <translation>Добавяне на каталог</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Премахване</translation>
        </message>
        <message>
            <source>Remove the selected catalog</source>
            <translation>Премахване на избрания каталог</translation>
        </message>
        <message>
            <source>Checking the catalogs for new courses…</source>
            <translation>Проверка на каталозите за нови курсове…</translation>
        </message>
        <message>
            <source>No course catalog is set up yet.

A catalog is a web address, given by your library or trainer, that lists courses you can download. Choose "Add…" under Catalogs and paste the address.</source>
            <translation>Все още няма настроен каталог с курсове.

Каталогът е уеб адрес, предоставен от вашата библиотека или обучител, със списък с курсове, които можете да изтеглите. Изберете „Добавяне…“ под „Каталози“ и поставете адреса.</translation>
        </message>
        <message>
            <source>All your courses are up to date.</source>
            <translation>Всички ваши курсове са актуални.</translation>
        </message>
        <message>
            <source>The catalogs list no courses yet. Choose Refresh to fetch them again when you are online.</source>
            <translation>Каталозите все още не съдържат курсове. Изберете „Опресняване“, за да ги заредите отново, когато сте онлайн.</translation>
        </message>
        <message>
            <source>not fetched yet</source>
            <translation>още не е зареден</translation>
        </message>
        <message>
            <source>This course cannot be downloaded</source>
            <translation>Този курс не може да бъде изтеглен</translation>
        </message>
        <message>
            <source>Paste the catalog's address (it starts with https://).
Its courses will be listed here for everyone on this computer; nothing is downloaded yet.</source>
            <translation>Поставете адреса на каталога (започва с https://).
Курсовете му ще се показват тук за всички на този компютър; засега нищо не се изтегля.</translation>
        </message>
        <message>
            <source>The catalog was not added</source>
            <translation>Каталогът не беше добавен</translation>
        </message>
        <message>
            <source>This catalog is already in the list.</source>
            <translation>Този каталог вече е в списъка.</translation>
        </message>
        <message>
            <source>Remove catalog</source>
            <translation>Премахване на каталога</translation>
        </message>
        <message>
            <source>Remove {url}?

Its courses will no longer be offered here. Courses already installed stay installed.</source>
            <translation>Да се премахне ли {url}?

Курсовете му вече няма да се предлагат тук. Вече инсталираните курсове остават инсталирани.</translation>
        </message>
        <message>
            <source>The catalogs could not be refreshed</source>
            <translation>Каталозите не можаха да бъдат опреснени</translation>
        </message>
        <message>
            <source>You seem to be offline. Showing the catalog as last seen on {date}.</source>
            <translation>Изглежда, че сте офлайн. Показан е каталогът, както е бил зареден последно на {date}.</translation>
        </message>
        <message>
            <source>You seem to be offline, and the catalogs have never been fetched. Connect to the internet and choose Refresh.</source>
            <translation>Изглежда, че сте офлайн, а каталозите никога не са били зареждани. Свържете се с интернет и изберете „Опресняване“.</translation>
        </message>
        <message>
            <source>Some catalogs could not be refreshed; their last copy is shown.
{errors}</source>
            <translation>Някои каталози не можаха да бъдат опреснени; показано е последното им копие.
{errors}</translation>
        </message>
        <message>
            <source>“{title}” version {version} is installed. You find it in your library.</source>
            <translation>„{title}“, версия {version}, е инсталиран. Ще го намерите в библиотеката си.</translation>
        </message>
        <message>
            <source>On this network: {name}</source>
            <translation>В тази мрежа: {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n courses, last seen {date}</source>
            <translation>
                <numerusform>%n курс, последно зареден на {date}</numerusform>
                <numerusform>%n курса, последно зареден на {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateFlow</name>
        <message>
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <source>Well done: you completed this course.</source>
            <translation>Браво! Завършихте този курс.</translation>
        </message>
        <message>
            <source>You get two files to keep: a signed digital record of your completion (a .json file that anyone can check) and a PDF certificate you can print or save on a USB stick.</source>
            <translation>Получавате два файла за съхранение: подписан цифров запис за завършването (файл .json, който всеки може да провери) и PDF сертификат, който можете да отпечатате или да запишете на USB памет.</translation>
        </message>
        <message>
            <source>Save certificate…</source>
            <translation>Запазване на сертификата…</translation>
        </message>
        <message>
            <source>Save the certificate and the record</source>
            <translation>Запазване на сертификата и записа</translation>
        </message>
        <message>
            <source>Save certificate (the record .json is saved beside it)</source>
            <translation>Запазване на сертификата (записът .json се запазва до него)</translation>
        </message>
        <message>
            <source>PDF certificate (*.pdf)</source>
            <translation>PDF сертификат (*.pdf)</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Запазване на сертификата</translation>
        </message>
        <message>
            <source>Writing your record and certificate…</source>
            <translation>Създаване на записа и сертификата ви…</translation>
        </message>
    </context>
    <context>
        <name>CertificateSummary</name>
        <message>
            <source>Certificate saved</source>
            <translation>Сертификатът е запазен</translation>
        </message>
        <message>
            <source>Preview of the certificate</source>
            <translation>Преглед на сертификата</translation>
        </message>
        <message>
            <source>Your certificate is saved</source>
            <translation>Сертификатът ви е запазен</translation>
        </message>
        <message>
            <source>Saved: {pdf} and {record}.</source>
            <translation>Запазени са: {pdf} и {record}.</translation>
        </message>
        <message>
            <source>In the folder {folder}</source>
            <translation>В папката {folder}</translation>
        </message>
        <message>
            <source>Anyone can check the record with:</source>
            <translation>Всеки може да провери записа с:</translation>
        </message>
        <message>
            <source>Command to check the record</source>
            <translation>Команда за проверка на записа</translation>
        </message>
        <message>
            <source>The signature shows the record is unaltered and was issued on this computer.</source>
            <translation>Подписът показва, че записът не е променян и е издаден на този компютър.</translation>
        </message>
        <message>
            <source>This is the same record as the one issued on {date}: saving it again keeps its number.</source>
            <translation>Това е същият запис, издаден на {date}: при повторно запазване номерът му се запазва.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Отваряне на папката</translation>
        </message>
        <message>
            <source>Open the folder with the certificate</source>
            <translation>Отваряне на папката със сертификата</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затваряне</translation>
        </message>
        <message>
            <source>Saved: {pdf} and {record}. Anyone can check the record with: {command}</source>
            <translation>Запазени: {pdf} и {record}. Всеки може да провери записа с: {command}</translation>
        </message>
    </context>
    <context>
        <name>CohortEditDialog</name>
        <message>
            <source>No courses are installed yet. Install one under "Get courses" first.</source>
            <translation>Още няма инсталирани курсове. Първо инсталирайте курс от „Изтегляне на курсове“.</translation>
        </message>
        <message>
            <source>No learners yet. Add them on the start screen with "Add learner" first.</source>
            <translation>Още няма обучаеми. Първо ги добавете от началния екран с „Добавяне на обучаем“.</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Нова група</translation>
        </message>
        <message>
            <source>Edit cohort</source>
            <translation>Редактиране на групата</translation>
        </message>
        <message>
            <source>e.g. Valmiera, spring 2027</source>
            <translation>напр. Валмиера, пролет 2027</translation>
        </message>
        <message>
            <source>Cohort name</source>
            <translation>Име на групата</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Начална дата</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Темпо</translation>
        </message>
        <message>
            <source>One module a week from the start date</source>
            <translation>По един модул седмично от началната дата</translation>
        </message>
        <message>
            <source>The course's suggested weeks</source>
            <translation>Седмиците, предложени от курса</translation>
        </message>
        <message>
            <source>Everything open at once</source>
            <translation>Всичко отворено наведнъж</translation>
        </message>
        <message>
            <source>Courses of the cohort; Space ticks a course</source>
            <translation>Курсове на групата; интервал отбелязва курс</translation>
        </message>
        <message>
            <source>Learners of the cohort; Space ticks a learner</source>
            <translation>Обучаеми в групата; интервал отбелязва обучаем</translation>
        </message>
        <message>
            <source>{name} (now in {cohort})</source>
            <translation>{name} (сега в {cohort})</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Име:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Начална дата:</translation>
        </message>
        <message>
            <source>&amp;Pace:</source>
            <translation>&amp;Темпо:</translation>
        </message>
        <message>
            <source>&amp;Courses:</source>
            <translation>&amp;Курсове:</translation>
        </message>
        <message>
            <source>&amp;Learners:</source>
            <translation>&amp;Обучаеми:</translation>
        </message>
        <message>
            <source>A learner moved here from another cohort keeps all their progress; what they already started stays open.</source>
            <translation>Обучаем, преместен тук от друга група, запазва целия си напредък; започнатото от него остава отворено.</translation>
        </message>
        <message>
            <source>Type a name for the cohort.</source>
            <translation>Въведете име на групата.</translation>
        </message>
        <message>
            <source>{name} — {pc}</source>
            <translation>{name} — {pc}</translation>
        </message>
        <message>
            <source>{name} (in {cohort}, managed by the workshop PC)</source>
            <translation>{name} (в {cohort}, управлявана от компютъра на работилницата)</translation>
        </message>
        <message>
            <source>Learners on other PCs</source>
            <translation>Обучаеми на други компютри</translation>
        </message>
        <message>
            <source>{name}, on the PC {pc}</source>
            <translation>{name}, на компютъра {pc}</translation>
        </message>
        <message>
            <source>A learner on another PC is added with their progress so far; their PC sends the rest as they go on.</source>
            <translation>Обучаем на друг компютър се добавя с досегашния си напредък; компютърът му изпраща останалото, докато продължава.</translation>
        </message>
    </context>
    <context>
        <name>CohortReport</name>
        <message>
            <source>Learner</source>
            <translation>Обучаем</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Напредък</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Завършени</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <source>Quiz average</source>
            <translation>Средно от тестовете</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Входящ тест</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Изходящ тест</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Напредък</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завършен</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Умение</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Профил</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Обучаеми</translation>
        </message>
        <message>
            <source>Progress of each learner</source>
            <translation>Напредък на всеки обучаем</translation>
        </message>
        <message>
            <source>Pre/post gain by skill</source>
            <translation>Напредък между входящ и изходящ тест по умения</translation>
        </message>
        <message>
            <source>Written answers to review</source>
            <translation>Писмени отговори за преглед</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Тест</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Въпрос</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Отговор</translation>
        </message>
        <message>
            <source>Whole cohort</source>
            <translation>Цялата група</translation>
        </message>
        <message>
            <source>one module a week</source>
            <translation>по един модул седмично</translation>
        </message>
        <message>
            <source>the course's suggested weeks</source>
            <translation>седмиците, предложени от курса</translation>
        </message>
        <message>
            <source>everything open at once</source>
            <translation>всичко отворено наведнъж</translation>
        </message>
    </context>
    <context>
        <name>CohortsDialog</name>
        <message>
            <source>No learners in this cohort yet: choose "Edit…" to add them.</source>
            <translation>В тази група още няма обучаеми: изберете „Редактиране…“, за да ги добавите.</translation>
        </message>
        <message>
            <source>No courses in this cohort yet: choose "Edit…" to add them.</source>
            <translation>В тази група още няма курсове: изберете „Редактиране…“, за да ги добавите.</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Групи</translation>
        </message>
        <message>
            <source>New cohort…</source>
            <translation>Нова група…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Редактиране…</translation>
        </message>
        <message>
            <source>Edit the cohort</source>
            <translation>Редактиране на групата</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Изтриване…</translation>
        </message>
        <message>
            <source>Delete the cohort</source>
            <translation>Изтриване на групата</translation>
        </message>
        <message>
            <source>&amp;Cohorts</source>
            <translation>&amp;Групи</translation>
        </message>
        <message>
            <source>Progress of the cohort's learners; the selected row's learner gets the learner actions</source>
            <translation>Напредък на обучаемите в групата; действията за обучаем се отнасят за избрания ред</translation>
        </message>
        <message>
            <source>Pre/post gain by skill</source>
            <translation>Напредък между входящ и изходящ тест по умения</translation>
        </message>
        <message>
            <source>Open next week for everyone</source>
            <translation>Отваряне на следващата седмица за всички</translation>
        </message>
        <message>
            <source>Open next week for the learner</source>
            <translation>Отваряне на следващата седмица за обучаемия</translation>
        </message>
        <message>
            <source>Cohort report (PDF)…</source>
            <translation>Отчет за групата (PDF)…</translation>
        </message>
        <message>
            <source>Cohort report (CSV)…</source>
            <translation>Отчет за групата (CSV)…</translation>
        </message>
        <message>
            <source>Learner report (PDF)…</source>
            <translation>Отчет за обучаемия (PDF)…</translation>
        </message>
        <message>
            <source>Open the next week now for everyone in the cohort</source>
            <translation>Отваряне на следващата седмица сега за всички в групата</translation>
        </message>
        <message>
            <source>Open the next week now for the selected learner</source>
            <translation>Отваряне на следващата седмица сега за избрания обучаем</translation>
        </message>
        <message>
            <source>Save the cohort report as PDF</source>
            <translation>Запазване на отчета за групата като PDF</translation>
        </message>
        <message>
            <source>Save the cohort report as CSV</source>
            <translation>Запазване на отчета за групата като CSV</translation>
        </message>
        <message>
            <source>Save the selected learner's report as PDF</source>
            <translation>Запазване на отчета за избрания обучаем като PDF</translation>
        </message>
        <message>
            <source>{name}
from {date}</source>
            <translation>{name}
от {date}</translation>
        </message>
        <message>
            <source>No cohorts yet</source>
            <translation>Все още няма групи</translation>
        </message>
        <message>
            <source>A cohort runs a group of learners through courses together, one module a week if you like. Choose "New cohort…" to make one.</source>
            <translation>Групата минава курсовете заедно, ако искате по един модул седмично. Изберете „Нова група…“, за да създадете група.</translation>
        </message>
        <message>
            <source>next to open: week {week}</source>
            <translation>следваща за отваряне: седмица {week}</translation>
        </message>
        <message>
            <source>every week is open</source>
            <translation>всички седмици са отворени</translation>
        </message>
        <message>
            <source>Made the cohort {name}.</source>
            <translation>Създадена е групата {name}.</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Запазено: {name}.</translation>
        </message>
        <message>
            <source>Delete cohort</source>
            <translation>Изтриване на група</translation>
        </message>
        <message>
            <source>Delete the cohort {name}? Its learners keep all their progress and see their courses whole again.</source>
            <translation>Да се изтрие ли групата {name}? Обучаемите в нея запазват целия си напредък и отново виждат курсовете изцяло.</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Изтрито: {name}.</translation>
        </message>
        <message>
            <source>Every week is open already.</source>
            <translation>Всички седмици вече са отворени.</translation>
        </message>
        <message>
            <source>Opened week {week} for {name}.</source>
            <translation>Седмица {week} е отворена за {name}.</translation>
        </message>
        <message>
            <source>Opened week {week} for everyone.</source>
            <translation>Седмица {week} е отворена за всички.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV файлове (*.csv)</translation>
        </message>
        <message>
            <source>Cohort report</source>
            <translation>Отчет за групата</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Записване на отчета…</translation>
        </message>
        <message>
            <source>{learner} · {cohort}</source>
            <translation>{learner} · {cohort}</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Запазване на отчета като PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлове (*.pdf)</translation>
        </message>
        <message>
            <source>Cohort {name}, from {date} ({pace}). Made on {made}.</source>
            <translation>Група {name}, от {date} ({pace}). Създаден на {made}.</translation>
        </message>
        <message>
            <source>BIBLIO Desktop · {title} · page</source>
            <translation>BIBLIO Desktop · {title} · страница</translation>
        </message>
        <message>
            <source>Saved the report to {path}</source>
            <translation>Отчетът е запазен в {path}</translation>
        </message>
        <message>
            <source>managed by the workshop PC {name}</source>
            <translation>управлявана от компютъра на работилницата {name}</translation>
        </message>
        <message>
            <source>Managed by the workshop PC {name}: changes are made there and arrive with each delivery.</source>
            <translation>Управлявана от компютъра на работилницата {name}: промените се правят там и пристигат с всяко изпращане.</translation>
        </message>
        <message>
            <source>{name} — {pc}</source>
            <translation>{name} — {pc}</translation>
        </message>
        <message>
            <source>On other PCs: {learners}</source>
            <translation>На други компютри: {learners}</translation>
        </message>
        <message numerus="yes">
            <source>{name}, from {date}, %n learners</source>
            <translation>
                <numerusform>{name}, от {date}, %n обучаем</numerusform>
                <numerusform>{name}, от {date}, %n обучаеми</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts {date} · {pace} · %n learners</source>
            <translation>
                <numerusform>Започва {date} · {pace} · %n обучаем</numerusform>
                <numerusform>Започва {date} · {pace} · %n обучаеми</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConversionReportDialog</name>
        <message>
            <source>Conversion report</source>
            <translation>Отчет за преобразуването</translation>
        </message>
        <message>
            <source>“{title}” is ready to install</source>
            <translation>„{title}“ е готов за инсталиране</translation>
        </message>
        <message>
            <source>From {file}: {what}</source>
            <translation>От {file}: {what}</translation>
        </message>
        <message>
            <source>What the course will contain:</source>
            <translation>Какво ще съдържа курсът:</translation>
        </message>
        <message>
            <source>Nothing was left out.</source>
            <translation>Нищо не е пропуснато.</translation>
        </message>
        <message>
            <source>Left out, and why ({count}):</source>
            <translation>Пропуснато и защо ({count}):</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Инсталиране</translation>
        </message>
        <message>
            <source>Install the converted course</source>
            <translation>Инсталиране на преобразувания курс</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <source>Cancel: install nothing</source>
            <translation>Отказ: нищо не се инсталира</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Урок</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Слайдове</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Тест</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF документ</translation>
        </message>
        <message>
            <source>single choice</source>
            <translation>един верен отговор</translation>
        </message>
        <message>
            <source>multiple choice</source>
            <translation>няколко верни отговора</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>вярно или невярно</translation>
        </message>
        <message>
            <source>text answer</source>
            <translation>текстов отговор</translation>
        </message>
        <message>
            <source>number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>matching</source>
            <translation>съпоставяне</translation>
        </message>
        <message>
            <source>ordering</source>
            <translation>подреждане</translation>
        </message>
        <message>
            <source>fill in the blanks</source>
            <translation>попълване на празните места</translation>
        </message>
        <message>
            <source>drag the words</source>
            <translation>плъзгане на думите</translation>
        </message>
        <message>
            <source>mark the words</source>
            <translation>отбелязване на думите</translation>
        </message>
        <message>
            <source>free text</source>
            <translation>свободен текст</translation>
        </message>
        <message>
            <source>Modules: {n}</source>
            <translation>Модули: {n}</translation>
        </message>
        <message>
            <source>Questions: {n}</source>
            <translation>Въпроси: {n}</translation>
        </message>
        <message>
            <source>Left out: {n}</source>
            <translation>Пропуснати: {n}</translation>
        </message>
        <message>
            <source>Module, item or question</source>
            <translation>Модул, елемент или въпрос</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Става</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Откъде</translation>
        </message>
        <message>
            <source>Course contents</source>
            <translation>Съдържание на курса</translation>
        </message>
        <message>
            <source>Each module of the converted course, its items and their questions, with where each came from</source>
            <translation>Всеки модул на преобразувания курс, елементите му и техните въпроси, с произхода на всеки</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Модул</translation>
        </message>
        <message>
            <source>{n} × {type}</source>
            <translation>{n} × {type}</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Въпрос</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Пропуснато</translation>
        </message>
        <message>
            <source>Parts of the input that are not in the course, and why</source>
            <translation>Части от входния материал, които не са в курса, и защо</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Бележки:</translation>
        </message>
    </context>
    <context>
        <name>CourseCard</name>
        <message>
            <source>{publisher} · version {version} · {languages}</source>
            <translation>{publisher} · версия {version} · {languages}</translation>
        </message>
        <message>
            <source>%p% done</source>
            <translation>%p% завършено</translation>
        </message>
        <message>
            <source>Progress in {title}</source>
            <translation>Напредък в „{title}“</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Преглед</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продължаване</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Започване</translation>
        </message>
        <message>
            <source>Open {title}</source>
            <translation>Отваряне на „{title}“</translation>
        </message>
    </context>
    <context>
        <name>CourseProgressView</name>
        <message>
            <source>Overall progress</source>
            <translation>Общ напредък</translation>
        </message>
        <message>
            <source>%p % done</source>
            <translation>%p % завършено</translation>
        </message>
        <message>
            <source>Module and item</source>
            <translation>Модул и елемент</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Завършено</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Тест</translation>
        </message>
        <message>
            <source>Modules and items; press Enter to open an item</source>
            <translation>Модули и елементи; натиснете Enter, за да отворите елемент</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Умения</translation>
        </message>
        <message>
            <source>Time spent: {t}</source>
            <translation>Отделено време: {t}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Завършен на {date}</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>В процес</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Още не е започнат</translation>
        </message>
        <message>
            <source>{title} (optional)</source>
            <translation>{title} (по избор)</translation>
        </message>
        <message>
            <source>questions: {score}</source>
            <translation>въпроси: {score}</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Започнато</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Не е започнато</translation>
        </message>
        <message>
            <source>Press Enter or double-click to open</source>
            <translation>Натиснете Enter или щракнете двукратно, за да отворите</translation>
        </message>
        <message>
            <source>This course does not list any skills.</source>
            <translation>Този курс не посочва умения.</translation>
        </message>
        <message>
            <source>%p %</source>
            <translation>%p %</translation>
        </message>
        <message numerus="yes">
            <source>best {score}, %n attempts</source>
            <translation>
                <numerusform>най-добър резултат {score}, %n опит</numerusform>
                <numerusform>най-добър резултат {score}, %n опита</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>If you need it sooner, ask your facilitator to open this week early.</source>
            <translation>Ако ви трябва по-рано, помолете водещия да отвори тази седмица предсрочно.</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Библиотека</translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Обратно към библиотеката</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Напредък в курса</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Напредък</translation>
        </message>
        <message>
            <source>Show my progress in this course</source>
            <translation>Показване на моя напредък в този курс</translation>
        </message>
        <message>
            <source>Course outline</source>
            <translation>Съдържание на курса</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Предишен елемент</translation>
        </message>
        <message>
            <source>Previous item (Alt+Left)</source>
            <translation>Предишен елемент (Alt+Left)</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Следващ елемент</translation>
        </message>
        <message>
            <source>Next item (Alt+Right)</source>
            <translation>Следващ елемент (Alt+Right)</translation>
        </message>
        <message>
            <source>{title} (optional)</source>
            <translation>{title} (по избор)</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} от {total} завършени</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Урок</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Слайдове</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Тест</translation>
        </message>
        <message>
            <source>done</source>
            <translation>завършен</translation>
        </message>
        <message>
            <source>started</source>
            <translation>започнат</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>незапочнат</translation>
        </message>
        <message>
            <source>about {minutes} min</source>
            <translation>около {minutes} мин.</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Уебинар</translation>
        </message>
        <message>
            <source>This item opens with week {week} of your group.
{opens}</source>
            <translation>Този елемент се отваря със седмица {week} на вашата група.
{opens}</translation>
        </message>
    </context>
    <context>
        <name>DownloadPanel</name>
        <message>
            <source>Downloads</source>
            <translation>Изтегляния</translation>
        </message>
    </context>
    <context>
        <name>DownloadRow</name>
        <message>
            <source>Download progress of {title}</source>
            <translation>Напредък на изтеглянето на „{title}“</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продължаване</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отваряне</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скриване</translation>
        </message>
        <message>
            <source>{action} download of {title}</source>
            <translation>{action}: изтегляне на „{title}“</translation>
        </message>
        <message>
            <source>{title} — version {version}</source>
            <translation>{title} — версия {version}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} от {total}</translation>
        </message>
        <message>
            <source>Waiting for the other download to finish… ({sizes})</source>
            <translation>Изчакване на другото изтегляне да завърши… ({sizes})</translation>
        </message>
        <message>
            <source>{sizes} · {speed}/s · {left} left</source>
            <translation>{sizes} · {speed}/s · остават {left}</translation>
        </message>
        <message>
            <source>Downloaded. Checking and installing the course…</source>
            <translation>Изтеглено. Проверка и инсталиране на курса…</translation>
        </message>
        <message>
            <source>Paused — {sizes} downloaded. Choose Resume to continue.</source>
            <translation>На пауза — изтеглени {sizes}. Изберете „Продължаване“, за да продължите.</translation>
        </message>
        <message>
            <source>The download stopped: {error} Choose Resume to try again.</source>
            <translation>Изтеглянето спря: {error} Изберете „Продължаване“, за да опитате отново.</translation>
        </message>
        <message>
            <source>Installed. The course is now in your library.</source>
            <translation>Инсталиран. Курсът вече е в библиотеката ви.</translation>
        </message>
        <message>
            <source>The server cannot be reached</source>
            <translation>Сървърът е недостъпен</translation>
        </message>
        <message>
            <source>The server is busy</source>
            <translation>Сървърът е зает</translation>
        </message>
        <message>
            <source>The server stopped sending</source>
            <translation>Сървърът спря да изпраща данни</translation>
        </message>
        <message>
            <source>The connection dropped</source>
            <translation>Връзката прекъсна</translation>
        </message>
        <message>
            <source>{problem}; trying again…</source>
            <translation>{problem}; нов опит…</translation>
        </message>
        <message>
            <source>{problem}; trying again now…</source>
            <translation>{problem}; нов опит сега…</translation>
        </message>
        <message>
            <source>{problem}; will retry in {seconds} s</source>
            <translation>{problem}; нов опит след {seconds} s</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} мин</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} ч {m} мин</translation>
        </message>
    </context>
    <context>
        <name>DragWordsControl</name>
        <message>
            <source>Words to place:</source>
            <translation>Думи за поставяне:</translation>
        </message>
        <message>
            <source>Words to place</source>
            <translation>Думи за поставяне</translation>
        </message>
        <message>
            <source>Pick a word (Space or Enter), then the gap it belongs in; or the gap first, then the word. Space on a filled gap puts its word back; Escape cancels. You can also drag words with the mouse.</source>
            <translation>Изберете дума (интервал или Enter), после празното място, където тя отива; или първо празното място, после думата. Интервал върху попълнено място връща думата обратно; Escape отменя избора. Можете да влачите думите и с мишката.</translation>
        </message>
        <message>
            <source>picked</source>
            <translation>избрана</translation>
        </message>
        <message>
            <source>Word: {word}</source>
            <translation>Дума: {word}</translation>
        </message>
        <message>
            <source>Gap {n}: {word}</source>
            <translation>Празно място {n}: {word}</translation>
        </message>
        <message>
            <source>Gap {n}: empty</source>
            <translation>Празно място {n}: незапълнено</translation>
        </message>
        <message>
            <source>Picked “{word}”: now choose its gap.</source>
            <translation>Избрана е „{word}“: сега изберете мястото ѝ.</translation>
        </message>
        <message>
            <source>Gap {n} chosen: now choose its word.</source>
            <translation>Избрано е празно място {n}: сега изберете думата.</translation>
        </message>
        <message numerus="yes">
            <source>{placed} of %n gaps filled.</source>
            <translation>
                <numerusform>Попълнени места: {placed} от %n.</numerusform>
                <numerusform>Попълнени места: {placed} от %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryCard</name>
        <message>
            <source>{publisher} · version {version} · {size} · {languages}</source>
            <translation>{publisher} · версия {version} · {size} · {languages}</translation>
        </message>
        <message>
            <source>Not installed</source>
            <translation>Не е инсталиран</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Инсталиран</translation>
        </message>
        <message>
            <source>Update available (you have version {version})</source>
            <translation>Има актуализация (имате версия {version})</translation>
        </message>
        <message>
            <source>Installed (a newer version, {version})</source>
            <translation>Инсталиран (по-нова версия, {version})</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Изтегля се…</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продължаване</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Изтегляне</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Актуализиране</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отваряне</translation>
        </message>
        <message>
            <source>{action} {title}</source>
            <translation>{action} на „{title}“</translation>
        </message>
        <message>
            <source>On this network: {name}</source>
            <translation>В тази мрежа: {name}</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorScreen</name>
        <message>
            <source>Learners and courses</source>
            <translation>Обучаеми и курсове</translation>
        </message>
        <message>
            <source>Filter by learner name</source>
            <translation>Филтриране по име на обучаем</translation>
        </message>
        <message>
            <source>Export table as CSV…</source>
            <translation>Експортиране на таблицата като CSV…</translation>
        </message>
        <message>
            <source>Export table as CSV</source>
            <translation>Експортиране на таблицата като CSV</translation>
        </message>
        <message>
            <source>Learners and courses; press Enter for details</source>
            <translation>Обучаеми и курсове; натиснете Enter за подробности</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Подробности…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Преименуване…</translation>
        </message>
        <message>
            <source>Reset PIN…</source>
            <translation>Нулиране на ПИН…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Премахване…</translation>
        </message>
        <message>
            <source>Show the learner's details</source>
            <translation>Показване на данните за обучаемия</translation>
        </message>
        <message>
            <source>Rename the learner</source>
            <translation>Преименуване на обучаемия</translation>
        </message>
        <message>
            <source>Reset the learner's PIN</source>
            <translation>Нулиране на ПИН кода на обучаемия</translation>
        </message>
        <message>
            <source>Remove the learner</source>
            <translation>Премахване на обучаемия</translation>
        </message>
        <message>
            <source>Review written answers…</source>
            <translation>Преглед на писмените отговори…</translation>
        </message>
        <message>
            <source>Open exports folder</source>
            <translation>Отваряне на папката с експорти</translation>
        </message>
        <message>
            <source>Open the folder with exports</source>
            <translation>Отваряне на папката с експортираните файлове</translation>
        </message>
        <message>
            <source>Sign in as the facilitator on the start screen to see this page.</source>
            <translation>Влезте като фасилитатор от началния екран, за да видите тази страница.</translation>
        </message>
        <message>
            <source>No learners yet. Learners add their own profile on the start screen with "Add learner"; their progress will appear here.</source>
            <translation>Все още няма обучаеми. Обучаемите добавят собствен профил от началния екран с „Добавяне на обучаем“; напредъкът им ще се появи тук.</translation>
        </message>
        <message>
            <source>No courses are installed yet. Import a course package in the library; every learner's progress will appear here.</source>
            <translation>Все още няма инсталирани курсове. Импортирайте курсов пакет в библиотеката; напредъкът на всеки обучаем ще се появи тук.</translation>
        </message>
        <message>
            <source>Review written answers ({n})…</source>
            <translation>Преглед на писмените отговори ({n})…</translation>
        </message>
        <message>
            <source>Review written answers: {n} waiting</source>
            <translation>Преглед на писмените отговори: {n} чакат</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV файлове (*.csv)</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Напредък (%)</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Завършени елементи</translation>
        </message>
        <message>
            <source>Time spent (minutes)</source>
            <translation>Отделено време (минути)</translation>
        </message>
        <message>
            <source>Last activity (UTC)</source>
            <translation>Последна активност (UTC)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завършен</translation>
        </message>
        <message>
            <source>Quiz average (%)</source>
            <translation>Среден резултат от тестовете (%)</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Експортиране на таблицата</translation>
        </message>
        <message>
            <source>Writing the table…</source>
            <translation>Записване на таблицата…</translation>
        </message>
        <message>
            <source>Saved the table to {path}</source>
            <translation>Таблицата е записана в {path}</translation>
        </message>
        <message>
            <source>Rename learner</source>
            <translation>Преименуване на обучаем</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Ново име:</translation>
        </message>
        <message>
            <source>Renamed to {name}.</source>
            <translation>Новото име е {name}.</translation>
        </message>
        <message>
            <source>{name} now signs in with the new PIN.</source>
            <translation>{name} вече влиза с новия ПИН.</translation>
        </message>
        <message>
            <source>{name} now signs in without a PIN.</source>
            <translation>{name} вече влиза без ПИН.</translation>
        </message>
        <message>
            <source>Removed {name}. A copy of their data was saved to {path}</source>
            <translation>Профилът {name} е премахнат. Копие от данните му е записано в {path}</translation>
        </message>
        <message>
            <source>Cohorts…</source>
            <translation>Групи…</translation>
        </message>
        <message>
            <source>Cohorts and their reports</source>
            <translation>Групи и техните отчети</translation>
        </message>
        <message>
            <source>Share on this network…</source>
            <translation>Споделяне в тази мрежа…</translation>
        </message>
        <message>
            <source>Share the courses on this network and gather the records of the room's PCs</source>
            <translation>Споделяне на курсовете в тази мрежа и събиране на записите от компютрите в залата</translation>
        </message>
        <message>
            <source>Learners on other PCs (their records arrived here)</source>
            <translation>Обучаеми на други компютри (записите им са получени тук)</translation>
        </message>
        <message>
            <source>Sharing on this network (code {code})…</source>
            <translation>Споделяне в тази мрежа (код {code})…</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSetupDialog</name>
        <message>
            <source>Set up the facilitator</source>
            <translation>Настройване на фасилитатора</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Парола</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Парола отново</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Парола:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Парола &amp;отново:</translation>
        </message>
        <message>
            <source>The two passwords are different. Type the same one twice.</source>
            <translation>Двете пароли са различни. Въведете една и съща парола два пъти.</translation>
        </message>
        <message numerus="yes">
            <source>The facilitator looks after this computer's learners: sees everyone's progress, exports it as a table, renames profiles, resets forgotten PINs, removes profiles, and changes the idle sign-out time and backups.

Choose a password of at least %n characters and keep it safe: it cannot be recovered.</source>
            <translation>
                <numerusform>Фасилитаторът се грижи за обучаемите на този компютър: вижда напредъка на всички, експортира го като таблица, преименува профили, нулира забравени ПИН кодове, премахва профили и променя времето за автоматично излизане при неактивност и резервните копия.

Изберете парола от поне %n знак и я пазете: тя не може да бъде възстановена.</numerusform>
                <numerusform>Фасилитаторът се грижи за обучаемите на този компютър: вижда напредъка на всички, експортира го като таблица, преименува профили, нулира забравени ПИН кодове, премахва профили и променя времето за автоматично излизане при неактивност и резервните копия.

Изберете парола от поне %n знака и я пазете: тя не може да бъде възстановена.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FacilitatorSignInDialog</name>
        <message>
            <source>Facilitator</source>
            <translation>Фасилитатор</translation>
        </message>
        <message>
            <source>Facilitator sign-in</source>
            <translation>Вход за фасилитатор</translation>
        </message>
        <message>
            <source>Facilitator password:</source>
            <translation>Парола на фасилитатора:</translation>
        </message>
        <message>
            <source>Facilitator password</source>
            <translation>Парола на фасилитатора</translation>
        </message>
    </context>
    <context>
        <name>FillBlanksControl</name>
        <message>
            <source>Gap {n} of {total}</source>
            <translation>Празно място {n} от {total}</translation>
        </message>
        <message>
            <source>Type the missing word in each gap; Tab moves to the next gap.</source>
            <translation>Въведете липсващата дума във всяко празно място; Tab преминава към следващото.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this lesson</source>
            <translation>Търсене в този урок</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Предишно съвпадение</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Следващо съвпадение</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Затваряне на лентата за търсене (Esc)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Затваряне на лентата за търсене</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Търсене:</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Не е намерено</translation>
        </message>
    </context>
    <context>
        <name>FreeTextControl</name>
        <message>
            <source>Your answer</source>
            <translation>Вашият отговор</translation>
        </message>
        <message>
            <source>Write your answer here</source>
            <translation>Напишете отговора си тук</translation>
        </message>
        <message>
            <source>This answer is not scored automatically: your facilitator reads it and may leave you a comment.</source>
            <translation>Този отговор не се оценява автоматично: фасилитаторът ще го прочете и може да ви остави коментар.</translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n characters</source>
            <translation>
                <numerusform>{count} от %n знак</numerusform>
                <numerusform>{count} от %n знака</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GatheredLearnersView</name>
        <message>
            <source>PC</source>
            <translation>Компютър</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Обучаем</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Completed courses</source>
            <translation>Завършени курсове</translation>
        </message>
        <message>
            <source>Last record</source>
            <translation>Последен запис</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Sign-out warning</source>
            <translation>Предупреждение за излизане</translation>
        </message>
        <message>
            <source>Stay signed in</source>
            <translation>Остани в профила</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has happened for a while: you will be signed out in %n seconds. Your work is saved.</source>
            <translation>
                <numerusform>Известно време нищо не се е случило: ще бъдете изведени от профила след %n секунда. Работата ви е запазена.</numerusform>
                <numerusform>Известно време нищо не се е случило: ще бъдете изведени от профила след %n секунди. Работата ви е запазена.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a workshop</source>
            <translation>Присъединяване към работилница</translation>
        </message>
        <message>
            <source>Type the address and the join code that the facilitator's PC shows under "Share on this network".</source>
            <translation>Въведете адреса и кода за присъединяване, които компютърът на фасилитатора показва в „Споделяне в тази мрежа“.</translation>
        </message>
        <message>
            <source>Address of the facilitator's PC</source>
            <translation>Адрес на компютъра на фасилитатора</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Код за присъединяване</translation>
        </message>
        <message>
            <source>This PC's name, as the facilitator sees it</source>
            <translation>Името на този компютър, както го вижда фасилитаторът</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>Join &amp;code:</source>
            <translation>&amp;Код:</translation>
        </message>
        <message>
            <source>This PC's &amp;name:</source>
            <translation>&amp;Име на този компютър:</translation>
        </message>
        <message>
            <source>Check the network</source>
            <translation>Проверка на мрежата</translation>
        </message>
        <message>
            <source>Check the network: what stands between this PC and the facilitator's PC</source>
            <translation>Проверка на мрежата: какво пречи между този компютър и компютъра на фасилитатора</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Присъединяване</translation>
        </message>
        <message>
            <source>Join the workshop</source>
            <translation>Присъединяване към работилницата</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <source>Checking the network…</source>
            <translation>Проверка на мрежата…</translation>
        </message>
        <message>
            <source>Type the join code the facilitator's PC shows.</source>
            <translation>Въведете кода за присъединяване, който показва компютърът на фасилитатора.</translation>
        </message>
        <message>
            <source>Joining…</source>
            <translation>Присъединяване…</translation>
        </message>
    </context>
    <context>
        <name>LearnerDetailDialog</name>
        <message>
            <source>Progress of {name}</source>
            <translation>Напредък на {name}</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Курс</translation>
        </message>
    </context>
    <context>
        <name>LearnerPicker</name>
        <message>
            <source>Who is learning today?</source>
            <translation>Кой учи днес?</translation>
        </message>
        <message>
            <source>Choose your profile. Use the arrow keys and Enter, or click.</source>
            <translation>Изберете своя профил. Използвайте клавишите със стрелки и Enter или щракнете.</translation>
        </message>
        <message>
            <source>Nobody has a profile on this computer yet.
Profiles keep each person's progress separate: add one for everyone who learns here.</source>
            <translation>Все още никой няма профил на този компютър.
Профилите пазят напредъка на всеки човек отделно: добавете профил за всеки, който учи тук.</translation>
        </message>
        <message>
            <source>Add the first learner</source>
            <translation>Добавяне на първия обучаем</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Фасилитатор</translation>
        </message>
        <message>
            <source>Facilitator sign-in</source>
            <translation>Вход за фасилитатор</translation>
        </message>
        <message>
            <source>For the person who looks after this computer's learners</source>
            <translation>За човека, който се грижи за обучаемите на този компютър</translation>
        </message>
        <message>
            <source>{name}, protected by a PIN</source>
            <translation>{name}, защитен с ПИН</translation>
        </message>
        <message>
            <source>{name} (PIN)</source>
            <translation>{name} (ПИН)</translation>
        </message>
        <message>
            <source>Add learner</source>
            <translation>Добавяне на обучаем</translation>
        </message>
    </context>
    <context>
    <name>LessonStructure</name>
    <message>
        <source>rows: {rows}, columns: {columns}</source>
        <translation>редове: {rows}, колони: {columns}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>ред {row}, колона {column}</translation>
    </message>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n елемент</numerusform>
                <numerusform>%n елемента</numerusform>
            </translation>
        </message>
</context>
<context>
        <name>LessonView</name>
        <message>
            <source>Lesson text</source>
            <translation>Текст на урока</translation>
        </message>
        <message>
            <source>Link: {text}</source>
            <translation>Връзка: {text}</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Маркиране като завършен</translation>
        </message>
        <message>
            <source>Mark this lesson as done</source>
            <translation>Маркиране на този урок като завършен</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Съдържание</translation>
        </message>
        <message>
            <source>Headings of this lesson (Ctrl+Down / Ctrl+Up go to the next / previous one)</source>
            <translation>Заглавия на този урок (Ctrl+Down / Ctrl+Up отиват на следващото / предишното)</translation>
        </message>
        <message>
            <source>Contents of this lesson</source>
            <translation>Съдържание на този урок</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+Minus)</source>
            <translation>По-малък текст (Ctrl+Minus)</translation>
        </message>
        <message>
            <source>Larger text (Ctrl+Plus)</source>
            <translation>По-голям текст (Ctrl+Plus)</translation>
        </message>
        <message>
            <source>Find in this lesson (Ctrl+F)</source>
            <translation>Търсене в този урок (Ctrl+F)</translation>
        </message>
        <message>
            <source>This lesson's file is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Файлът на този урок липсва или е повреден. Инсталирайте отново курсовия пакет или помолете фасилитатора за ново копие.</translation>
        </message>
        <message>
            <source>Table — rows: {rows}, columns: {columns}</source>
            <translation>Таблица — редове: {rows}, колони: {columns}</translation>
        </message>
        <message>
            <source>No next heading</source>
            <translation>Няма следващо заглавие</translation>
        </message>
        <message>
            <source>No previous heading</source>
            <translation>Няма предишно заглавие</translation>
        </message>
        <message>
            <source>This lesson has no headings</source>
            <translation>Този урок няма заглавия</translation>
        </message>
        <message>
            <source>Heading level {level}: {text}</source>
            <translation>Заглавие от ниво {level}: {text}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Завършен</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Да се отвори ли уеб страница?</translation>
        </message>
        <message>
            <source>This link leads to the internet, which may not be available here:</source>
            <translation>Тази връзка води към интернет, който може да не е достъпен тук:</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Отваряне в браузъра</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отказ</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message>
            <source>Your courses</source>
            <translation>Вашите курсове</translation>
        </message>
        <message>
            <source>Import course package…</source>
            <translation>Импортиране на курсов пакет…</translation>
        </message>
        <message>
            <source>Import course package</source>
            <translation>Импортиране на курсов пакет</translation>
        </message>
        <message>
            <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose "Import course package…" or drag the file onto this window.

Courses from elsewhere (H5P, Moodle backups, Common Cartridge, GIFT or Moodle XML questions, EPUB, PDF) are converted first; you see what they became before anything is installed.</source>
            <translation>Все още няма инсталирани курсове.

Курсът представлява файл с окончание .biblio, например на USB памет от вашия обучител. Изберете „Импортиране на курсов пакет…“ или плъзнете файла в този прозорец.

Курсовете от други места (H5P, резервни копия от Moodle, Common Cartridge, въпроси в GIFT или Moodle XML, EPUB, PDF) първо се преобразуват; преди да се инсталира каквото и да било, виждате в какво са се превърнали.</translation>
        </message>
        <message>
            <source>Tip: you can drop .biblio files here to import them, or H5P, Moodle, EPUB and PDF files to convert them.</source>
            <translation>Съвет: можете да пуснете тук файлове .biblio, за да ги импортирате, или файлове H5P, Moodle, EPUB и PDF, за да ги преобразувате.</translation>
        </message>
        <message>
            <source>Last opened {date}</source>
            <translation>Последно отворен на {date}</translation>
        </message>
        <message>
            <source>No courses are installed yet.

A course comes as a file ending in .biblio, for example on a USB stick from your trainer. Choose "Import course package…" or drag the file onto this window.</source>
            <translation>Все още няма инсталирани курсове.

Курсът представлява файл с окончание .biblio, например на USB памет от вашия обучител. Изберете „Импортиране на курсов пакет…“ или плъзнете файла в този прозорец.</translation>
        </message>
        <message>
            <source>Tip: you can drop .biblio files here to import them.</source>
            <translation>Съвет: можете да пуснете файлове .biblio тук, за да ги импортирате.</translation>
        </message>
        <message>
            <source>Course packages (*.biblio)</source>
            <translation>Курсови пакети (*.biblio)</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Импортиране</translation>
        </message>
        <message>
            <source>Checking and installing the course…</source>
            <translation>Проверка и инсталиране на курса…</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Вече е инсталиран</translation>
        </message>
        <message>
            <source>The course package was not imported</source>
            <translation>Курсовият пакет не беше импортиран</translation>
        </message>
        <message>
            <source>Course imported</source>
            <translation>Курсът е импортиран</translation>
        </message>
        <message>
            <source>Installed:
{names}</source>
            <translation>Инсталирани:
{names}</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Импортирането е отменено</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was installed.</source>
            <translation>Импортирането беше отменено; нищо не беше инсталирано.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Library</source>
            <translation>Библиотека</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>Моят напредък</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Фасилитатор</translation>
        </message>
        <message>
            <source>Get courses</source>
            <translation>Изтегляне на курсове</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>Влезли сте като</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Смяна на обучаем</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Още действия</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Изход</translation>
        </message>
        <message>
            <source>You were signed out after a period without activity; your work was saved.</source>
            <translation>Излязохте автоматично след период на неактивност; работата ви е запазена.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Резервното копие е възстановено</translation>
        </message>
        <message>
            <source>The library was restored from {name}. The previous library was kept as {kept}.</source>
            <translation>Библиотеката е възстановена от {name}. Предишната библиотека е запазена като {kept}.</translation>
        </message>
    </context>
    <context>
        <name>MarkWordsControl</name>
        <message>
            <source>Word {n} of {total}</source>
            <translation>Дума {n} от {total}</translation>
        </message>
        <message>
            <source>Tab to the text, move from word to word with the arrow keys and mark or unmark a word with Space; or click the words.</source>
            <translation>С Tab отидете на текста, преминавайте от дума на дума със стрелките и маркирайте или размаркирайте дума с интервал; или щракнете върху думите.</translation>
        </message>
        <message>
            <source>Words marked: {n}</source>
            <translation>Маркирани думи: {n}</translation>
        </message>
    </context>
    <context>
        <name>MatchingControl</name>
        <message>
            <source>Choose…</source>
            <translation>Изберете…</translation>
        </message>
        <message>
            <source>Match for: {left}</source>
            <translation>Съответствие за: {left}</translation>
        </message>
    </context>
    <context>
        <name>NetworkBox</name>
        <message>
            <source>On this network</source>
            <translation>В тази мрежа</translation>
        </message>
        <message>
            <source>In a workshop, the facilitator's PC shares its courses with the PCs in the room. Join it with the code it shows: its courses are listed here, and your records go to it by themselves.</source>
            <translation>В работилница компютърът на фасилитатора споделя курсовете си с компютрите в залата. Присъединете се с кода, който показва: курсовете му са изброени тук, а записите ви стигат до него сами.</translation>
        </message>
        <message>
            <source>Workshops found on this network</source>
            <translation>Работилници, намерени в тази мрежа</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Търсене отново</translation>
        </message>
        <message>
            <source>Look for workshops on this network</source>
            <translation>Търсене на работилници в тази мрежа</translation>
        </message>
        <message>
            <source>Join…</source>
            <translation>Присъединяване…</translation>
        </message>
        <message>
            <source>Join a workshop with its address and code</source>
            <translation>Присъединяване към работилница с адреса и кода ѝ</translation>
        </message>
        <message>
            <source>Check network</source>
            <translation>Проверка на мрежата</translation>
        </message>
        <message>
            <source>Check the network to the workshop PC</source>
            <translation>Проверка на мрежата до компютъра на работилницата</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Напускане</translation>
        </message>
        <message>
            <source>Leave the workshop</source>
            <translation>Напускане на работилницата</translation>
        </message>
        <message>
            <source>Joined to {name} ({address})</source>
            <translation>Присъединен към {name} ({address})</translation>
        </message>
        <message>
            <source>Your records go to this PC by themselves.</source>
            <translation>Записите ви стигат до този компютър сами.</translation>
        </message>
        <message>
            <source>Looking for workshops…</source>
            <translation>Търсене на работилници…</translation>
        </message>
        <message>
            <source>Choose a workshop and Join…, or type its address.</source>
            <translation>Изберете работилница и „Присъединяване…“ или въведете адреса ѝ.</translation>
        </message>
        <message>
            <source>No workshop was found. Networks often block the search (guest Wi-Fi, firewalls): type the address and code with Join….</source>
            <translation>Не е намерена работилница. Мрежите често блокират търсенето (Wi-Fi за гости, защитни стени): въведете адреса и кода с „Присъединяване…“.</translation>
        </message>
        <message>
            <source>Not joined to a workshop.</source>
            <translation>Не сте присъединени към работилница.</translation>
        </message>
        <message>
            <source>Joined to {name}. Its courses are listed under Get courses, marked “On this network”.</source>
            <translation>Присъединен към {name}. Курсовете ѝ са изброени в „Изтегляне на курсове“ с отметка „В тази мрежа“.</translation>
        </message>
        <message>
            <source>Checking the network…</source>
            <translation>Проверка на мрежата…</translation>
        </message>
        <message>
            <source>Left the workshop {name}. Records already sent stay there; new ones wait on this PC.</source>
            <translation>Напуснахте работилницата {name}. Вече изпратените записи остават там; новите чакат на този компютър.</translation>
        </message>
    </context>
    <context>
        <name>NetworkCheck</name>
        <message>
            <source>Unsigned course</source>
            <translation>Неподписан курс</translation>
        </message>
        <message>
            <source>“{title}” from the workshop PC {peer} is not signed by its publisher.</source>
            <translation>„{title}“ от компютъра на работилницата {peer} не е подписан от издателя си.</translation>
        </message>
        <message>
            <source>Nothing proves who made it or that it was not changed on the way: the PC it comes from, or anyone on this network, could have altered it. Install it only if you trust the facilitator's PC and this network.</source>
            <translation>Нищо не доказва кой го е създал или че не е променен по пътя: компютърът, от който идва, или всеки в тази мрежа може да го е променил. Инсталирайте го само ако имате доверие на компютъра на фасилитатора и на тази мрежа.</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>Инсталиране въпреки това</translation>
        </message>
        <message>
            <source>Install the unsigned course anyway</source>
            <translation>Инсталиране на неподписания курс въпреки това</translation>
        </message>
        <message>
            <source>This PC is not connected to any network.</source>
            <translation>Този компютър не е свързан с никаква мрежа.</translation>
        </message>
        <message>
            <source>connect the cable or Wi-Fi and try again</source>
            <translation>свържете кабела или Wi-Fi и опитайте отново</translation>
        </message>
        <message>
            <source>The address {host} cannot be found on this network.</source>
            <translation>Адресът {host} не може да бъде намерен в тази мрежа.</translation>
        </message>
        <message>
            <source>type the address as numbers, as the facilitator's PC shows it</source>
            <translation>въведете адреса с цифри, както го показва компютърът на фасилитатора</translation>
        </message>
        <message>
            <source>The PC at {host} does not answer: it is off, on another network (guest Wi-Fi is often kept apart), or a firewall drops the connection.</source>
            <translation>Компютърът на {host} не отговаря: изключен е, в друга мрежа е (Wi-Fi за гости често е отделен) или защитна стена спира връзката.</translation>
        </message>
        <message>
            <source>check that both PCs are on the same network and that port {port} is allowed on the facilitator's PC</source>
            <translation>проверете дали двата компютъра са в една мрежа и дали портът {port} е разрешен на компютъра на фасилитатора</translation>
        </message>
        <message>
            <source>The PC at {host} is there, but nothing listens on port {port}: the facilitator is not sharing, or a firewall on that PC refuses the port.</source>
            <translation>Компютърът на {host} е там, но нищо не слуша на порт {port}: фасилитаторът не споделя или защитна стена на този компютър отказва порта.</translation>
        </message>
        <message>
            <source>ask the facilitator to start sharing (and to allow port {port} in the firewall)</source>
            <translation>помолете фасилитатора да започне споделяне (и да разреши порт {port} в защитната стена)</translation>
        </message>
        <message>
            <source>Port {port} of {host} answers, but it is not a BIBLIO workshop (another program uses it).</source>
            <translation>Порт {port} на {host} отговаря, но това не е работилница на BIBLIO (използва го друга програма).</translation>
        </message>
        <message>
            <source>check the address and port on the facilitator's PC</source>
            <translation>проверете адреса и порта на компютъра на фасилитатора</translation>
        </message>
        <message>
            <source>The join code is wrong.</source>
            <translation>Кодът за присъединяване е грешен.</translation>
        </message>
        <message>
            <source>type the code shown on the facilitator's PC (letters and digits; case does not matter)</source>
            <translation>въведете кода, показан на компютъра на фасилитатора (букви и цифри; главни или малки няма значение)</translation>
        </message>
        <message>
            <source>Too many wrong codes: wait a little before trying again.</source>
            <translation>Твърде много грешни кодове: изчакайте малко, преди да опитате отново.</translation>
        </message>
        <message>
            <source>check the code on the facilitator's PC meanwhile</source>
            <translation>междувременно проверете кода на компютъра на фасилитатора</translation>
        </message>
        <message>
            <source>This PC is locked out after too many wrong codes.</source>
            <translation>Този компютър е блокиран след твърде много грешни кодове.</translation>
        </message>
        <message>
            <source>ask the facilitator to stop and start sharing again (a new code)</source>
            <translation>помолете фасилитатора да спре и да започне споделянето отново (нов код)</translation>
        </message>
        <message>
            <source>Everything works: the workshop at {host} can be reached.</source>
            <translation>Всичко работи: работилницата на {host} е достъпна.</translation>
        </message>
        <message>
            <source>join it with the code shown on the facilitator's PC</source>
            <translation>присъединете се с кода, показан на компютъра на фасилитатора</translation>
        </message>
        <message>
            <source>What to do: {hint}.</source>
            <translation>Какво да направите: {hint}.</translation>
        </message>
        <message>
            <source>Everything works: the workshop at {host} accepts this code.</source>
            <translation>Всичко работи: работилницата на {host} приема този код.</translation>
        </message>
        <message>
            <source>choose Join</source>
            <translation>изберете „Присъединяване“</translation>
        </message>
        <message>
            <source>The workshop PC's catalog sends this course to another address ({url}), not to the workshop PC; it was not downloaded.</source>
            <translation>Каталогът на компютъра на работилницата насочва този курс към друг адрес ({url}), а не към компютъра на работилницата; не е изтеглен.</translation>
        </message>
        <message>
            <source>This course cannot be downloaded</source>
            <translation>Този курс не може да бъде изтеглен</translation>
        </message>
    </context>
    <context>
        <name>NumericControl</name>
        <message>
            <source>Type a number</source>
            <translation>Въведете число</translation>
        </message>
        <message>
            <source>Digits only; for decimals use a comma or a point, e.g. {example}.</source>
            <translation>Само цифри; за десетични числа използвайте запетая или точка, напр. {example}.</translation>
        </message>
        <message>
            <source>"{text}" is not a number. Type digits, e.g. 12 or 2,5.</source>
            <translation>„{text}“ не е число. Въведете цифри, напр. 12 или 2,5.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening the library…</source>
            <translation>Библиотеката се отваря…</translation>
        </message>
        <message>
            <source>Opening the library</source>
            <translation>Библиотеката се отваря</translation>
        </message>
    </context>
    <context>
        <name>OrderingControl</name>
        <message>
            <source>Steps in your order</source>
            <translation>Стъпките във вашата подредба</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Нагоре</translation>
        </message>
        <message>
            <source>Move the selected step up</source>
            <translation>Преместване на избраната стъпка нагоре</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Преместване нагоре (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Надолу</translation>
        </message>
        <message>
            <source>Move the selected step down</source>
            <translation>Преместване на избраната стъпка надолу</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Преместване надолу (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Drag the steps, or select one and use Up/Down (Ctrl+Up/Ctrl+Down), until the first step is at the top.</source>
            <translation>Плъзнете стъпките или изберете една и използвайте „Нагоре“/„Надолу“ (Ctrl+Up/Ctrl+Down), докато първата стъпка застане най-горе.</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <source>Learner</source>
            <translation>Обучаем</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Напредък</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Елементи</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Последна активност</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завършен</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Тестове</translation>
        </message>
        <message>
            <source>Share of required items done</source>
            <translation>Дял на завършените задължителни елементи</translation>
        </message>
        <message>
            <source>Required items done / required items</source>
            <translation>Завършени задължителни елементи / задължителни елементи</translation>
        </message>
        <message>
            <source>Time spent in the course</source>
            <translation>Време, прекарано в курса</translation>
        </message>
        <message>
            <source>Last time an item was opened</source>
            <translation>Последно отваряне на елемент</translation>
        </message>
        <message>
            <source>Date the course was completed</source>
            <translation>Дата на завършване на курса</translation>
        </message>
        <message>
            <source>Average of the best score of each quiz taken</source>
            <translation>Средна стойност на най-добрия резултат от всеки направен тест</translation>
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
            <translation>Курсове и учебни материали ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Всички файлове (*)</translation>
        </message>
        <message>
            <source>Checking and installing the course…</source>
            <translation>Проверка и инсталиране на курса…</translation>
        </message>
        <message>
            <source>Reading and converting the course material…</source>
            <translation>Учебният материал се чете и преобразува…</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Импортиране</translation>
        </message>
        <message>
            <source>The material was not converted</source>
            <translation>Материалът не беше преобразуван</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Импортирането е отменено</translation>
        </message>
        <message>
            <source>Nothing was installed.</source>
            <translation>Нищо не беше инсталирано.</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Вече е инсталиран</translation>
        </message>
        <message>
            <source>The course package was not imported</source>
            <translation>Курсовият пакет не беше импортиран</translation>
        </message>
        <message>
            <source>Course imported</source>
            <translation>Курсът е импортиран</translation>
        </message>
        <message>
            <source>Installed:
{names}</source>
            <translation>Инсталирани:
{names}</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was installed.</source>
            <translation>Импортирането беше отменено; нищо не беше инсталирано.</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Show this page as text, for screen readers, a text cursor or copying (Ctrl+T)</source>
            <translation>Показване на тази страница като текст – за екранни четци, текстов курсор или копиране (Ctrl+T)</translation>
        </message>
        <message>
            <source>Show this page as text</source>
            <translation>Показване на тази страница като текст</translation>
        </message>
        <message>
            <source>This page has no text to read: it may be a scanned picture.</source>
            <translation>На тази страница няма текст за четене: може да е сканирано изображение.</translation>
        </message>
        <message>
            <source>Text of page {n} of {total}</source>
            <translation>Текст на страница {n} от {total}</translation>
        </message>
        <message>
            <source>PDF page</source>
            <translation>Страница от PDF</translation>
        </message>
        <message>
            <source>Contents of this PDF</source>
            <translation>Съдържание на този PDF</translation>
        </message>
        <message>
            <source>Pages of this PDF</source>
            <translation>Страници на този PDF</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Съдържание</translation>
        </message>
        <message>
            <source>Show or hide the contents (or the pages) of this PDF</source>
            <translation>Показване или скриване на съдържанието (или страниците) на този PDF</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Връзки</translation>
        </message>
        <message>
            <source>Links on this page</source>
            <translation>Връзки на тази страница</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Предишна страница (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Следваща страница (Page Down)</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Номер на страница</translation>
        </message>
        <message>
            <source>&amp;Page</source>
            <translation>&amp;Страница</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+Minus)</source>
            <translation>Намаляване (Ctrl+минус)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+Plus)</source>
            <translation>Увеличаване (Ctrl+плюс)</translation>
        </message>
        <message>
            <source>Fit the page to the width (Ctrl+0)</source>
            <translation>Страницата по ширината (Ctrl+0)</translation>
        </message>
        <message>
            <source>Find in this PDF (Ctrl+F)</source>
            <translation>Търсене в този PDF (Ctrl+F)</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <translation>Отбележи като прочетено</translation>
        </message>
        <message>
            <source>Mark this PDF as read</source>
            <translation>Отбележи този PDF като прочетен</translation>
        </message>
        <message>
            <source>Find in this PDF</source>
            <translation>Търсене в този PDF</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Предишно съвпадение (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Следващо съвпадение (Enter)</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Затваряне на лентата за търсене (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Търсене:</translation>
        </message>
        <message>
            <source>Opening the PDF…</source>
            <translation>PDF се отваря…</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>Страница {n}</translation>
        </message>
        <message>
            <source>of {total}</source>
            <translation>от {total}</translation>
        </message>
        <message>
            <source>The PDF file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>PDF файлът липсва. Инсталирайте отново пакета на курса или поискайте ново копие от водещия.</translation>
        </message>
        <message>
            <source>This PDF is damaged or is not a PDF, so it cannot be shown. Ask your facilitator for a new copy of the course.</source>
            <translation>Този PDF е повреден или не е PDF, затова не може да бъде показан. Поискайте от водещия ново копие на курса.</translation>
        </message>
        <message>
            <source>This PDF is protected by a password, so it cannot be shown. Ask your facilitator for a copy without one.</source>
            <translation>Този PDF е защитен с парола, затова не може да бъде показан. Поискайте от водещия копие без парола.</translation>
        </message>
        <message>
            <source>This PDF has no pages.</source>
            <translation>Този PDF няма страници.</translation>
        </message>
        <message>
            <source>This PDF takes too long to open, so it is not shown; it may be damaged. Ask your facilitator for a new copy of the course.</source>
            <translation>Отварянето на този PDF отнема твърде дълго, затова не се показва; може да е повреден. Поискайте от водещия ново копие на курса.</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Страница {n} от {total}</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Прочетено</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>Към страница {n}</translation>
        </message>
        <message>
            <source>This page has no links</source>
            <translation>На тази страница няма връзки</translation>
        </message>
        <message>
            <source>This link cannot be opened from the app.</source>
            <translation>Тази връзка не може да бъде отворена от приложението.</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Няма съвпадения</translation>
        </message>
        <message>
            <source>Matches: {count}</source>
            <translation>Съвпадения: {count}</translation>
        </message>
        <message>
            <source>Match {n} of {total}, page {page}</source>
            <translation>Съвпадение {n} от {total}, страница {page}</translation>
        </message>
        <message numerus="yes">
            <source>This PDF has %n pages, more than the {limit} the app opens, so it is not shown. Ask your facilitator for a shorter document.</source>
            <translation>
                <numerusform>Този PDF има %n страница — повече от {limit}, които приложението отваря, затова не се показва. Поискайте от водещия по-кратък документ.</numerusform>
                <numerusform>Този PDF има %n страници — повече от {limit}, които приложението отваря, затова не се показва. Поискайте от водещия по-кратък документ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>PIN for {name}:</source>
            <translation>ПИН за {name}:</translation>
        </message>
        <message>
            <source>PIN for {name}</source>
            <translation>ПИН за {name}</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <source>Your progress</source>
            <translation>Вашият напредък</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Курс:</translation>
        </message>
        <message>
            <source>Get certificate</source>
            <translation>Получаване на сертификат</translation>
        </message>
        <message>
            <source>Available when the course is complete</source>
            <translation>Достъпно, когато курсът е завършен</translation>
        </message>
        <message>
            <source>Sign in on the start screen to see your progress.</source>
            <translation>Влезте от началния екран, за да видите напредъка си.</translation>
        </message>
        <message>
            <source>No courses are installed yet. Go to the library and import a course package (.biblio) to start learning.</source>
            <translation>Все още няма инсталирани курсове. Отидете в библиотеката и импортирайте курсов пакет (.biblio), за да започнете да учите.</translation>
        </message>
        <message>
            <source>This course's progress cannot be shown.</source>
            <translation>Напредъкът в този курс не може да бъде показан.</translation>
        </message>
        <message>
            <source>Save your certificate for this course</source>
            <translation>Запазване на сертификата за този курс</translation>
        </message>
        <message>
            <source>Available when every required item of the course is done</source>
            <translation>Достъпно, когато всички задължителни елементи от курса са завършени</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <source>Answer to: {prompt}</source>
            <translation>Отговор на: {prompt}</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>Провери отговора</translation>
        </message>
        <message>
            <source>Check and save the answer</source>
            <translation>Провери и запази отговора</translation>
        </message>
        <message>
            <source>Answer saved for your facilitator</source>
            <translation>Отговорът е запазен за фасилитатора</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Правилно</translation>
        </message>
        <message>
            <source>Partly correct ({score})</source>
            <translation>Частично правилно ({score})</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Неправилно</translation>
        </message>
        <message>
            <source>Explanation: {text}</source>
            <translation>Обяснение: {text}</translation>
        </message>
    </context>
    <context>
        <name>QuestionNavigator</name>
        <message>
            <source>answered</source>
            <translation>с отговор</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>без отговор</translation>
        </message>
        <message>
            <source>{state}, current</source>
            <translation>{state}, текущ</translation>
        </message>
        <message>
            <source>Question {n}, {state}</source>
            <translation>Въпрос {n}, {state}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPanel</name>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не е запазено: {reason}</translation>
        </message>
        <message>
            <source>Answer the question first.</source>
            <translation>Първо отговорете на въпроса.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Запазване…</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Start</source>
            <translation>Започване</translation>
        </message>
        <message>
            <source>See your last result</source>
            <translation>Последен резултат</translation>
        </message>
        <message>
            <source>See the result of your last attempt</source>
            <translation>Преглед на резултата от последния ви опит</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Състояние на запазването</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Предишен въпрос</translation>
        </message>
        <message>
            <source>Previous question (Page Up)</source>
            <translation>Предишен въпрос (Page Up)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Напред</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Следващ въпрос</translation>
        </message>
        <message>
            <source>Next question (Page Down)</source>
            <translation>Следващ въпрос (Page Down)</translation>
        </message>
        <message>
            <source>Submit answers</source>
            <translation>Предаване на отговорите</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Нов опит</translation>
        </message>
        <message>
            <source>Try the quiz again</source>
            <translation>Решаване на теста отново</translation>
        </message>
        <message>
            <source>This quiz cannot be shown</source>
            <translation>Този тест не може да бъде показан</translation>
        </message>
        <message>
            <source>Sign in as a learner to take this quiz.</source>
            <translation>Влезте като обучаем, за да решите този тест.</translation>
        </message>
        <message>
            <source>Attempts used: {used} of {max}</source>
            <translation>Използвани опити: {used} от {max}</translation>
        </message>
        <message>
            <source>Attempts used: {used} (no limit)</source>
            <translation>Използвани опити: {used} (без ограничение)</translation>
        </message>
        <message>
            <source>Best score so far: {score}</source>
            <translation>Най-добър резултат досега: {score}</translation>
        </message>
        <message>
            <source>No score yet.</source>
            <translation>Все още няма резултат.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продължаване</translation>
        </message>
        <message>
            <source>Resume the quiz</source>
            <translation>Продължаване на теста</translation>
        </message>
        <message>
            <source>Start the quiz</source>
            <translation>Започване на теста</translation>
        </message>
        <message>
            <source>Answer one question at a time; every answer is saved at once, so you can stop and come back later.</source>
            <translation>Отговаряйте на един въпрос наведнъж; всеки отговор се запазва веднага, така че можете да спрете и да продължите по-късно.</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>Въпрос {n} от {total}</translation>
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation>Отговор на въпрос {n}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не е запазено: {reason}</translation>
        </message>
        <message>
            <source>Not saved: an empty answer cannot replace your earlier one.</source>
            <translation>Не е запазено: празен отговор не може да замени предишния ви отговор.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Запазване…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Запазено</translation>
        </message>
        <message>
            <source>Result: {title}</source>
            <translation>Резултат: {title}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Издържан</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>Все още не е издържан</translation>
        </message>
        <message>
            <source>Your score: {score} (pass mark {mark})</source>
            <translation>Вашият резултат: {score} (праг за успех {mark})</translation>
        </message>
        <message>
            <source>To pass, answer every question that asks you to write your own answer.</source>
            <translation>За да преминете, отговорете на всеки въпрос, който изисква да напишете свой отговор.</translation>
        </message>
        <message>
            <source>You can try again; a new attempt may ask different questions.</source>
            <translation>Можете да опитате отново; при нов опит въпросите може да са различни.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Без отговор</translation>
        </message>
        <message>
            <source>Answer saved for your facilitator</source>
            <translation>Отговорът е запазен за фасилитатора</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Правилно</translation>
        </message>
        <message>
            <source>Partly correct ({score})</source>
            <translation>Частично правилно ({score})</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Неправилно</translation>
        </message>
        <message>
            <source>Your answer: {answer}</source>
            <translation>Вашият отговор: {answer}</translation>
        </message>
        <message>
            <source>Explanation: {text}</source>
            <translation>Обяснение: {text}</translation>
        </message>
        <message>
            <source>Your facilitator's review ({date}): {score}</source>
            <translation>Оценка от фасилитатора ({date}): {score}</translation>
        </message>
        <message>
            <source>Comment: {text}</source>
            <translation>Коментар: {text}</translation>
        </message>
        <message>
            <source>Not reviewed yet.</source>
            <translation>Все още не е оценен.</translation>
        </message>
        <message>
            <source>Question {n}: {verdict}</source>
            <translation>Въпрос {n}: {verdict}</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Вярно</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Невярно</translation>
        </message>
        <message numerus="yes">
            <source>%n questions · pass mark {mark}</source>
            <translation>
                <numerusform>%n въпрос · праг за успех {mark}</numerusform>
                <numerusform>%n въпроса · праг за успех {mark}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions are not answered yet. Submit anyway?</source>
            <translation>
                <numerusform>%n въпрос е все още без отговор. Да се предадат ли отговорите въпреки това?</numerusform>
                <numerusform>%n въпроса са все още без отговор. Да се предадат ли отговорите въпреки това?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts. Your best result: {score}.</source>
            <translation>
                <numerusform>Използвахте единствения си опит. Най-добрият ви резултат: {score}.</numerusform>
                <numerusform>Използвали сте всички %n опита. Най-добрият ви резултат: {score}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have used all %n attempts for this quiz.</source>
            <translation>
                <numerusform>Използвахте единствения опит за този тест.</numerusform>
                <numerusform>Използвали сте всички %n опита за този тест.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have an unfinished attempt: {done} of %n questions answered. Your answers are saved.</source>
            <translation>
                <numerusform>Имате незавършен опит: отговорили сте на {done} от %n въпрос. Отговорите ви са запазени.</numerusform>
                <numerusform>Имате незавършен опит: отговорили сте на {done} от %n въпроса. Отговорите ви са запазени.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RemoveLearnerDialog</name>
        <message>
            <source>Remove {name}</source>
            <translation>Премахване на {name}</translation>
        </message>
        <message>
            <source>This removes the profile {name} and all of its progress, quiz answers and completions. It cannot be undone.

A copy of everything is saved first as a file in {folder}.

Type the name to confirm:</source>
            <translation>Това премахва профила {name} и целия му напредък, отговорите от тестовете и завършванията. Действието не може да бъде отменено.

Преди това се записва копие на всичко като файл в {folder}.

Въведете името, за да потвърдите:</translation>
        </message>
        <message>
            <source>Type the learner's name to confirm</source>
            <translation>Въведете името на обучаемия, за да потвърдите</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Премахване</translation>
        </message>
    </context>
    <context>
        <name>ResetPinDialog</name>
        <message>
            <source>Reset PIN of {name}</source>
            <translation>Нулиране на ПИН кода на {name}</translation>
        </message>
        <message>
            <source>Type a new PIN twice, or leave both empty to remove the PIN. This also ends any wait after wrong PINs.</source>
            <translation>Въведете нов ПИН два пъти или оставете двете полета празни, за да премахнете ПИН кода. Това прекратява и изчакването след грешно въведени ПИН кодове.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Нов ПИН</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Нов ПИН отново</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;Нов ПИН:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>ПИН &amp;отново:</translation>
        </message>
        <message>
            <source>The two PINs are different. Type the same PIN twice.</source>
            <translation>Двата ПИН кода са различни. Въведете един и същ ПИН два пъти.</translation>
        </message>
    </context>
    <context>
        <name>ReviewAnswersDialog</name>
        <message>
            <source>Review written answers</source>
            <translation>Преглед на писмените отговори</translation>
        </message>
        <message>
            <source>Show the answers of</source>
            <translation>Обучаем, чиито отговори да се покажат</translation>
        </message>
        <message>
            <source>Show the answers in</source>
            <translation>Курс, чиито отговори да се покажат</translation>
        </message>
        <message>
            <source>Also show reviewed answers</source>
            <translation>Показване и на прегледаните отговори</translation>
        </message>
        <message>
            <source>Learner:</source>
            <translation>Обучаем:</translation>
        </message>
        <message>
            <source>Course:</source>
            <translation>Курс:</translation>
        </message>
        <message>
            <source>Written answers</source>
            <translation>Писмени отговори</translation>
        </message>
        <message>
            <source>The learner's answer</source>
            <translation>Отговорът на обучаемия</translation>
        </message>
        <message>
            <source>Score, in percent</source>
            <translation>Оценка в проценти</translation>
        </message>
        <message>
            <source>What the learner will read with the score</source>
            <translation>Какво ще прочете обучаемият заедно с оценката</translation>
        </message>
        <message>
            <source>Comment for the learner</source>
            <translation>Коментар за обучаемия</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Отбележи като прегледан</translation>
        </message>
        <message>
            <source>Save the score and the comment (Ctrl+Enter)</source>
            <translation>Запазване на оценката и коментара (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Оценка:</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Коментар:</translation>
        </message>
        <message>
            <source>All learners ({n})</source>
            <translation>Всички обучаеми ({n})</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>All courses ({n})</source>
            <translation>Всички курсове ({n})</translation>
        </message>
        <message>
            <source> · reviewed</source>
            <translation> · прегледан</translation>
        </message>
        <message>
            <source>{name} · {quiz} · {date}{done}
{answer}</source>
            <translation>{name} · {quiz} · {date}{done}
{answer}</translation>
        </message>
        <message>
            <source>No written answers are waiting for review.</source>
            <translation>Няма писмени отговори, които чакат преглед.</translation>
        </message>
        <message>
            <source>No written answers here yet.</source>
            <translation>Тук все още няма писмени отговори.</translation>
        </message>
        <message>
            <source>{name}, {course}</source>
            <translation>{name}, {course}</translation>
        </message>
        <message>
            <source>Reviewed on {date}: {score}. Saving again replaces the review.</source>
            <translation>Прегледан на {date}: {score}. Ново запазване заменя прегледа.</translation>
        </message>
        <message>
            <source>Submitted on {date}, attempt {n}.</source>
            <translation>Предаден на {date}, опит {n}.</translation>
        </message>
        <message>
            <source>Saved the review of {name}'s answer.</source>
            <translation>Прегледът на отговора на {name} е запазен.</translation>
        </message>
        <message numerus="yes">
            <source>The comment is too long: at most %n characters.</source>
            <translation>
                <numerusform>Коментарът е твърде дълъг: най-много %n знак.</numerusform>
                <numerusform>Коментарът е твърде дълъг: най-много %n знака.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecretPromptDialog</name>
        <message>
            <source>Type the PIN first.</source>
            <translation>Първо въведете ПИН кода.</translation>
        </message>
        <message>
            <source>Type the password first.</source>
            <translation>Първо въведете паролата.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Вече можете да опитате отново.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>Грешен ПИН. Остава още %n опит преди кратко изчакване.</numerusform>
                <numerusform>Грешен ПИН. Остават още %n опита преди кратко изчакване.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That password is not right. %n more tries before a short wait.</source>
            <translation>
                <numerusform>Грешна парола. Остава още %n опит преди кратко изчакване.</numerusform>
                <numerusform>Грешна парола. Остават още %n опита преди кратко изчакване.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>Твърде много грешни ПИН кодове. Опитайте отново след %n секунда.</numerusform>
                <numerusform>Твърде много грешни ПИН кодове. Опитайте отново след %n секунди.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n seconds.</source>
            <translation>
                <numerusform>Твърде много грешни пароли. Опитайте отново след %n секунда.</numerusform>
                <numerusform>Твърде много грешни пароли. Опитайте отново след %n секунди.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Език на приложението</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> пт</translation>
        </message>
        <message>
            <source>Text size in points</source>
            <translation>Размер на текста в пунктове</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Цветова тема</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светла</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тъмна</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Висок контраст</translation>
        </message>
        <message>
            <source>Display (for everyone on this computer)</source>
            <translation>Изглед (за всички на този компютър)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Език:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Размер на текста:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Sign out after this many idle minutes</source>
            <translation>Излизане след толкова минути неактивност</translation>
        </message>
        <message>
            <source>e.g. Riga Central Library</source>
            <translation>напр. Централна библиотека на Рига</translation>
        </message>
        <message>
            <source>Name of this library on certificates</source>
            <translation>Име на тази библиотека в сертификатите</translation>
        </message>
        <message>
            <source>Shown as the issuer on certificates and signed records made on this computer from now on.</source>
            <translation>Отсега нататък се показва като издател в сертификатите и подписаните записи, създадени на този компютър.</translation>
        </message>
        <message>
            <source>e.g. https://www.rcb.lv</source>
            <translation>напр. https://www.rcb.lv</translation>
        </message>
        <message>
            <source>Web address of the library's home page</source>
            <translation>Уеб адрес на началната страница на библиотеката</translation>
        </message>
        <message>
            <source>Identifies the learners of this computer in the learning records sent to a learning record store (LRS). Set it before the first records are sent: after a change, the LRS sees the same learners as new ones. Empty: a built-in address.</source>
            <translation>Идентифицира обучаемите на този компютър в учебните записи, изпращани към хранилище за учебни записи (LRS). Задайте го преди изпращането на първите записи: след промяна LRS ще вижда същите обучаеми като нови. Празно: вграден адрес.</translation>
        </message>
        <message>
            <source>Enter the address of the library's home page, starting with https:// or http://, without a user name or a # part.</source>
            <translation>Въведете адреса на началната страница на библиотеката, започващ с https:// или http://, без потребителско име и без част с #.</translation>
        </message>
        <message>
            <source>Shared computer</source>
            <translation>Споделен компютър</translation>
        </message>
        <message>
            <source>Sign out after &amp;idle time:</source>
            <translation>Излизане при &amp;неактивност след:</translation>
        </message>
        <message>
            <source>&amp;Library name on certificates:</source>
            <translation>Име на &amp;библиотеката в сертификатите:</translation>
        </message>
        <message>
            <source>Library &amp;website:</source>
            <translation>&amp;Уебсайт на библиотеката:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Папка с данни</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Отваряне на папката</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Отваряне на папката с данни</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Резервни копия, първо най-новите</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Резервно копие сега</translation>
        </message>
        <message>
            <source>Back up the library now</source>
            <translation>Създаване на резервно копие на библиотеката сега</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Възстановяване…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Възстановяване от избраното резервно копие</translation>
        </message>
        <message>
            <source>Data folder and backups</source>
            <translation>Папка с данни и резервни копия</translation>
        </message>
        <message>
            <source>Courses, progress and backups are kept in:</source>
            <translation>Курсовете, напредъкът и резервните копия се съхраняват в:</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Относно</translation>
        </message>
        <message>
            <source>{app} {version}
Offline courses for librarians, made for the BIBLIO programme (Boosting Digital Skills and Competences for Librarians in Europe). Works without an internet connection; your progress stays on this computer.</source>
            <translation>{app} {version}
Офлайн курсове за библиотекари, създадени за програмата BIBLIO (Boosting Digital Skills and Competences for Librarians in Europe). Работи без интернет връзка; напредъкът ви остава на този компютър.</translation>
        </message>
        <message>
            <source>No backups yet. Press "Back up now".</source>
            <translation>Все още няма резервни копия. Натиснете „Резервно копие сега“.</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>При поискване</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Ежедневно</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Преди импортиране</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Преди актуализация</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Преди възстановяване</translation>
        </message>
        <message>
            <source>You are signed in as the facilitator.</source>
            <translation>Влезли сте като фасилитатор.</translation>
        </message>
        <message>
            <source>Only the facilitator can change the idle time, the library name and website, and restore backups. Sign in as the facilitator from the start screen.</source>
            <translation>Само фасилитаторът може да променя времето на неактивност, името и уебсайта на библиотеката и да възстановява резервни копия. Влезте като фасилитатор от началния екран.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Резервно копие</translation>
        </message>
        <message>
            <source>Backing up the library…</source>
            <translation>Създаване на резервно копие на библиотеката…</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Резервното копие е записано в {path}</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Възстановяване от резервно копие</translation>
        </message>
        <message>
            <source>Restore the library as it was on {when}?</source>
            <translation>Да се възстанови ли библиотеката в състоянието ѝ от {when}?</translation>
        </message>
        <message>
            <source>Progress saved after that moment will be replaced by the backup's. A copy of the current library is kept first. The app closes and reopens its library; everyone is signed out.</source>
            <translation>Напредъкът, записан след този момент, ще бъде заменен с този от резервното копие. Първо се запазва копие на текущата библиотека. Приложението ще затвори и отвори отново библиотеката си; всички ще бъдат изведени от профилите си.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Възстановяване</translation>
        </message>
    </context>
    <context>
        <name>SharePanel</name>
        <message>
            <source>Share on this network</source>
            <translation>Споделяне в тази мрежа</translation>
        </message>
        <message>
            <source>This PC shares its installed courses with the PCs in this room and gathers their records. On each learner PC: Get courses → On this network → Join…, with the address and the join code shown here.</source>
            <translation>Този компютър споделя инсталираните си курсове с компютрите в залата и събира записите им. На всеки компютър на обучаем: Изтегляне на курсове → В тази мрежа → Присъединяване…, с адреса и кода, показани тук.</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Започване на споделянето</translation>
        </message>
        <message>
            <source>Start sharing this PC's courses on this network</source>
            <translation>Започване на споделянето на курсовете на този компютър в тази мрежа</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Спиране на споделянето</translation>
        </message>
        <message>
            <source>Stop sharing on this network</source>
            <translation>Спиране на споделянето в тази мрежа</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Код за присъединяване</translation>
        </message>
        <message>
            <source>PCs that joined</source>
            <translation>Присъединени компютри</translation>
        </message>
        <message>
            <source>PC</source>
            <translation>Компютър</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Последно видян</translation>
        </message>
        <message>
            <source>Downloading now</source>
            <translation>Изтегля в момента</translation>
        </message>
        <message>
            <source>Remove this PC…</source>
            <translation>Премахване на този компютър…</translation>
        </message>
        <message>
            <source>Remove the selected PC from the workshop</source>
            <translation>Премахване на избрания компютър от работилницата</translation>
        </message>
        <message>
            <source>Learners whose records arrived</source>
            <translation>Обучаеми, чиито записи са получени</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затваряне</translation>
        </message>
        <message>
            <source>Sharing could not start: {error}</source>
            <translation>Споделянето не можа да започне: {error}</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Стартиране…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Спиране…</translation>
        </message>
        <message>
            <source>Not sharing. Nothing on this PC can be reached from the network until you start sharing.</source>
            <translation>Няма споделяне. Докато не започнете споделянето, нищо на този компютър не е достъпно от мрежата.</translation>
        </message>
        <message>
            <source>Sharing as {name}. Learner PCs can join now.</source>
            <translation>Споделяне като {name}. Компютрите на обучаемите вече могат да се присъединят.</translation>
        </message>
        <message>
            <source>Join code, letter by letter: {code}</source>
            <translation>Код за присъединяване, буква по буква: {code}</translation>
        </message>
        <message>
            <source>Address: {addresses}</source>
            <translation>Адрес: {addresses}</translation>
        </message>
        <message>
            <source>QR code of the address {address}</source>
            <translation>QR код на адреса {address}</translation>
        </message>
        <message>
            <source>Not shared: {names} (import their .biblio file again to share them).</source>
            <translation>Не се споделят: {names} (импортирайте отново файла им .biblio, за да ги споделите).</translation>
        </message>
        <message>
            <source>Remove this PC</source>
            <translation>Премахване на този компютър</translation>
        </message>
        <message>
            <source>Remove {name} from the workshop? It can no longer download courses or send records here (what it sent stays). It can join again with the join code.</source>
            <translation>Да се премахне ли {name} от работилницата? Няма да може повече да изтегля курсове или да изпраща записи тук (изпратеното остава). Може да се присъедини отново с кода.</translation>
        </message>
        <message numerus="yes">
            <source>Shares %n courses.</source>
            <translation>
                <numerusform>Споделя %n курс.</numerusform>
                <numerusform>Споделя %n курса.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlidesView</name>
        <message>
            <source>Slide</source>
            <translation>Слайд</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Previous slide</source>
            <translation>Предишен слайд</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Напред</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Следващ слайд</translation>
        </message>
        <message>
            <source>Slides shown</source>
            <translation>Показвани слайдове</translation>
        </message>
        <message>
            <source>Slide {n} of {total}</source>
            <translation>Слайд {n} от {total}</translation>
        </message>
        <message>
            <source>The questions of these slides cannot be shown: {reason}</source>
            <translation>Въпросите към тези слайдове не могат да бъдат показани: {reason}</translation>
        </message>
        <message>
            <source>Question on this slide</source>
            <translation>Въпрос към този слайд</translation>
        </message>
        <message>
            <source>Question {n} of {total} on this slide</source>
            <translation>Въпрос {n} от {total} към този слайд</translation>
        </message>
        <message>
            <source>This slide deck is empty or its file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Тази презентация е празна или файлът ѝ липсва. Инсталирайте отново курсовия пакет или помолете фасилитатора за ново копие.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions</source>
            <translation>
                <numerusform>%n въпрос</numerusform>
                <numerusform>%n въпроса</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncBar</name>
        <message>
            <source>Sync now</source>
            <translation>Синхронизиране сега</translation>
        </message>
        <message>
            <source>Send waiting records to the Learning Record Store now</source>
            <translation>Изпращане на чакащите записи към хранилището за учебни записи (LRS) сега</translation>
        </message>
        <message>
            <source>Export new records to USB…</source>
            <translation>Експортиране на новите записи на USB…</translation>
        </message>
        <message>
            <source>Export the waiting records to a folder or USB stick</source>
            <translation>Експортиране на чакащите записи в папка или на USB памет</translation>
        </message>
        <message>
            <source>No Learning Record Store is set up yet. Enter its address, user name and password in Settings, under "Sending records".</source>
            <translation>Все още няма настроено хранилище за учебни записи (LRS). Въведете адреса, потребителското име и паролата му в „Настройки“, в раздела „Изпращане на записи“.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхронизиране</translation>
        </message>
        <message>
            <source>Sending records to the Learning Record Store…</source>
            <translation>Изпращане на записите към хранилището за учебни записи (LRS)…</translation>
        </message>
        <message>
            <source>Sync cancelled. What was sent stays sent; the rest stays queued.</source>
            <translation>Синхронизирането е отменено. Изпратеното остава изпратено; останалото остава в опашката.</translation>
        </message>
        <message>
            <source>Nothing is waiting to be sent, so there is nothing to export.</source>
            <translation>Няма чакащи записи за изпращане, така че няма какво да се експортира.</translation>
        </message>
        <message>
            <source>Export new records to a USB stick or folder</source>
            <translation>Експортиране на новите записи на USB памет или в папка</translation>
        </message>
        <message>
            <source>Export new records</source>
            <translation>Експортиране на новите записи</translation>
        </message>
        <message>
            <source>Writing the waiting records…</source>
            <translation>Експортиране на чакащите записи…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Експортирането е отменено; нищо не беше записано.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n statements to {folder}. On a computer with internet, send them with: biblio-desktop sync --from "{folder}"</source>
            <translation>
                <numerusform>В {folder} е записано %n изявление. На компютър с интернет го изпратете с: biblio-desktop sync --from "{folder}"</numerusform>
                <numerusform>В {folder} са записани %n изявления. На компютър с интернет ги изпратете с: biblio-desktop sync --from "{folder}"</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Address of the Learning Record Store</source>
            <translation>Адрес на хранилището за учебни записи (LRS)</translation>
        </message>
        <message>
            <source>User name for the Learning Record Store</source>
            <translation>Потребителско име за хранилището за учебни записи (LRS)</translation>
        </message>
        <message>
            <source>Password for the Learning Record Store</source>
            <translation>Парола за хранилището за учебни записи (LRS)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <source>Save the Learning Record Store settings</source>
            <translation>Запазване на настройките на хранилището за учебни записи (LRS)</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Проверка на връзката</translation>
        </message>
        <message>
            <source>Test the connection to the Learning Record Store</source>
            <translation>Проверка на връзката с хранилището за учебни записи (LRS)</translation>
        </message>
        <message>
            <source>Completed courses and quiz results are sent to your organisation's Learning Record Store (xAPI) when there is a connection; until then they wait on this computer.</source>
            <translation>Завършените курсове и резултатите от тестовете се изпращат към хранилището за учебни записи (LRS, xAPI) на вашата организация, когато има връзка; дотогава те чакат на този компютър.</translation>
        </message>
        <message>
            <source>Sending records</source>
            <translation>Изпращане на записи</translation>
        </message>
        <message>
            <source>LRS &amp;address:</source>
            <translation>&amp;Адрес на LRS:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>По&amp;требителско име:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Парола:</translation>
        </message>
        <message>
            <source>Public key (did:key) of this computer</source>
            <translation>Публичен ключ (did:key) на този компютър</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копиране</translation>
        </message>
        <message>
            <source>Copy the public key</source>
            <translation>Копиране на публичния ключ</translation>
        </message>
        <message>
            <source>Fingerprint of the key</source>
            <translation>Пръстов отпечатък на ключа</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Експортиране на публичния ключ…</translation>
        </message>
        <message>
            <source>Export the public key as a trusted-keys file</source>
            <translation>Експортиране на публичния ключ като файл с доверени ключове</translation>
        </message>
        <message>
            <source>Certificates from this computer are signed with this key. Give the exported public key to whoever checks them; compare the fingerprint over the phone.</source>
            <translation>Сертификатите от този компютър се подписват с този ключ. Дайте експортирания публичен ключ на този, който ги проверява; сравнете пръстовия отпечатък по телефона.</translation>
        </message>
        <message>
            <source>Signing key of this computer</source>
            <translation>Ключ за подписване на този компютър</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Ключ:</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Пръстов отпечатък:</translation>
        </message>
        <message>
            <source>saved; type a new one to change it</source>
            <translation>запазена; въведете нова, за да я промените</translation>
        </message>
        <message>
            <source>None yet: it is made when the first certificate is saved, or when you export the public key.</source>
            <translation>Все още няма: създава се при запазването на първия сертификат или когато експортирате публичния ключ.</translation>
        </message>
        <message>
            <source>Only the facilitator can change where records are sent. Sign in as the facilitator from the start screen.</source>
            <translation>Само фасилитаторът може да променя къде се изпращат записите. Влезте като фасилитатор от началния екран.</translation>
        </message>
        <message>
            <source>Enter the address of the Learning Record Store and the user name.</source>
            <translation>Въведете адреса на хранилището за учебни записи (LRS) и потребителското име.</translation>
        </message>
        <message>
            <source>Enter the password too.</source>
            <translation>Въведете и паролата.</translation>
        </message>
        <message>
            <source>Saved. "Sync now" on the facilitator page sends the waiting records.</source>
            <translation>Запазено. Бутонът „Синхронизиране сега“ на страницата на фасилитатора изпраща чакащите записи.</translation>
        </message>
        <message>
            <source>Asking the Learning Record Store…</source>
            <translation>Запитване към хранилището за учебни записи (LRS)…</translation>
        </message>
        <message>
            <source>Connected: the Learning Record Store (xAPI {versions}) accepted the user name and password.</source>
            <translation>Свързано: хранилището за учебни записи (LRS, xAPI {versions}) прие потребителското име и паролата.</translation>
        </message>
        <message>
            <source>The Learning Record Store could not be reached. Check the address and the network.</source>
            <translation>Хранилището за учебни записи (LRS) е недостъпно. Проверете адреса и мрежата.</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Експортиране на публичния ключ</translation>
        </message>
        <message>
            <source>Trusted-keys files (*.json)</source>
            <translation>Файлове с доверени ключове (*.json)</translation>
        </message>
        <message>
            <source>Writing the public key…</source>
            <translation>Записване на публичния ключ…</translation>
        </message>
        <message>
            <source>Wrote the public key to {path}. Check records with: biblio-desktop verify record.json --trusted-keys "{name}"</source>
            <translation>Публичният ключ е записан в {path}. Проверявайте записи с: biblio-desktop verify record.json --trusted-keys "{name}"</translation>
        </message>
    </context>
    <context>
        <name>TextControl</name>
        <message>
            <source>Your answer</source>
            <translation>Вашият отговор</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>Въведете отговора си</translation>
        </message>
    </context>
    <context>
        <name>ThisWeek</name>
        <message>
            <source>Locked</source>
            <translation>Заключено</translation>
        </message>
        <message>
            <source>Opens on {date}</source>
            <translation>Отваря се на {date}</translation>
        </message>
        <message>
            <source>Week {week} of {weeks}: everything is open.</source>
            <translation>Седмица {week} от {weeks}: всичко е отворено.</translation>
        </message>
        <message>
            <source>This week (week {week} of {weeks}): {modules}.</source>
            <translation>Тази седмица (седмица {week} от {weeks}): {modules}.</translation>
        </message>
        <message>
            <source>Next: {modules}, opens on {date}.</source>
            <translation>Следва: {modules}, отваря се на {date}.</translation>
        </message>
        <message>
            <source>The computer's clock says {clock}, which looks wrong, so the course is paced as on {day}. Ask the library staff to set the date and time.</source>
            <translation>Часовникът на компютъра показва {clock}, което изглежда грешно, затова курсът се отваря като на {day}. Помолете служителите на библиотеката да настроят датата и часа.</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>Move learner to another PC…</source>
            <translation>Преместване на обучаемия на друг компютър…</translation>
        </message>
        <message>
            <source>Move the selected learner to another PC: save their transfer file</source>
            <translation>Преместване на избрания обучаем на друг компютър: запазване на файла му за прехвърляне</translation>
        </message>
        <message>
            <source>Bring a learner from another PC…</source>
            <translation>Пренасяне на обучаем от друг компютър…</translation>
        </message>
        <message>
            <source>Bring a learner from another PC: open their transfer file</source>
            <translation>Пренасяне на обучаем от друг компютър: отваряне на файла му за прехвърляне</translation>
        </message>
        <message>
            <source>Save the learner transfer file</source>
            <translation>Запазване на файла за прехвърляне на обучаемия</translation>
        </message>
        <message>
            <source>Learner transfer files ({pattern})</source>
            <translation>Файлове за прехвърляне на обучаеми ({pattern})</translation>
        </message>
        <message>
            <source>Move learner</source>
            <translation>Преместване на обучаем</translation>
        </message>
        <message>
            <source>Writing the transfer file of {name}…</source>
            <translation>Записване на файла за прехвърляне на {name}…</translation>
        </message>
        <message>
            <source>The transfer file was not written</source>
            <translation>Файлът за прехвърляне не беше записан</translation>
        </message>
        <message>
            <source>Open a learner transfer file</source>
            <translation>Отваряне на файл за прехвърляне на обучаем</translation>
        </message>
        <message>
            <source>Bring a learner</source>
            <translation>Пренасяне на обучаем</translation>
        </message>
        <message>
            <source>Checking and merging {file}…</source>
            <translation>Проверка и сливане на {file}…</translation>
        </message>
        <message>
            <source>The transfer file was refused</source>
            <translation>Файлът за прехвърляне беше отхвърлен</translation>
        </message>
        <message>
            <source>Added {name} from {signer}: {progress}, {attempts}, {courses}. They sign in with the same PIN.</source>
            <translation>Добавен е {name} от {signer}: {progress}, {attempts}, {courses}. Влиза със същия ПИН код.</translation>
        </message>
        <message>
            <source>Merged into {name} (file from {signer}): {completions}, {attempts}, {progress}; completions already here are kept.</source>
            <translation>Слято с {name} (файл от {signer}): {completions}, {attempts}, {progress}; завършванията, които вече са тук, се запазват.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Отказано; нищо не е променено.</translation>
        </message>
        <message>
            <source>Hand over to the workshop PC</source>
            <translation>Предай на компютъра на работилницата</translation>
        </message>
        <message>
            <source>Hand the selected learner over to the workshop PC, for another PC of the room</source>
            <translation>Предай избрания обучаем на компютъра на работилницата, за друг компютър в залата</translation>
        </message>
        <message>
            <source>Bring a learner from the workshop PC…</source>
            <translation>Вземи обучаем от компютъра на работилницата…</translation>
        </message>
        <message>
            <source>Bring a learner from the workshop PC: choose one of the learners waiting there</source>
            <translation>Вземи обучаем от компютъра на работилницата: изберете един от чакащите там обучаеми</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Предаване</translation>
        </message>
        <message>
            <source>Sending {name} to the workshop PC…</source>
            <translation>{name} се изпраща към компютъра на работилницата…</translation>
        </message>
        <message>
            <source>The learner was not handed over</source>
            <translation>Обучаемият не беше предаден</translation>
        </message>
        <message>
            <source>Handed {name} over to {workshop}. On the PC they use next: Facilitator → Bring a learner from the workshop PC….</source>
            <translation>{name} е предаден на {workshop}. На компютъра, който ще ползва следващия път: Фасилитатор → Вземи обучаем от компютъра на работилницата….</translation>
        </message>
        <message>
            <source>Asking the workshop PC who is waiting…</source>
            <translation>Компютърът на работилницата се пита кой чака…</translation>
        </message>
        <message>
            <source>The waiting learners could not be listed</source>
            <translation>Чакащите обучаеми не можаха да бъдат показани</translation>
        </message>
        <message>
            <source>Bringing the learner from the workshop PC…</source>
            <translation>Обучаемият се взема от компютъра на работилницата…</translation>
        </message>
        <message>
            <source>The learner was not brought</source>
            <translation>Обучаемият не беше взет</translation>
        </message>
        <message numerus="yes">
            <source>Saved the transfer file of {name} (%n quiz attempts) to {path}. On the other PC: Facilitator → Bring a learner from another PC…. The file holds the learner's PIN hash: keep it like their own data.</source>
            <translation>
                <numerusform>Файлът за прехвърляне на {name} (%n опит на тестове) е запазен в {path}. На другия компютър: Фасилитатор → Пренасяне на обучаем от друг компютър…. Файлът съдържа хеша на ПИН кода на обучаемия: пазете го като неговите лични данни.</numerusform>
                <numerusform>Файлът за прехвърляне на {name} (%n опита на тестове) е запазен в {path}. На другия компютър: Фасилитатор → Пренасяне на обучаем от друг компютър…. Файлът съдържа хеша на ПИН кода на обучаемия: пазете го като неговите лични данни.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress</source>
            <translation>
                <numerusform>напредък в %n елемент</numerusform>
                <numerusform>напредък в %n елемента</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts</source>
            <translation>
                <numerusform>%n опит на тестове</numerusform>
                <numerusform>%n опита на тестове</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed courses</source>
            <translation>
                <numerusform>%n завършен курс</numerusform>
                <numerusform>%n завършени курса</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completions added</source>
            <translation>
                <numerusform>добавено %n завършване</numerusform>
                <numerusform>добавени %n завършвания</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz attempts added</source>
            <translation>
                <numerusform>добавен %n опит на тестове</numerusform>
                <numerusform>добавени %n опита на тестове</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items of progress merged</source>
            <translation>
                <numerusform>слят напредък в %n елемент</numerusform>
                <numerusform>слят напредък в %n елемента</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrueFalseControl</name>
        <message>
            <source>True</source>
            <translation>Вярно</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Невярно</translation>
        </message>
    </context>
    <context>
        <name>VideoQuestionsBox</name>
        <message>
            <source>Continue</source>
            <translation>Продължи</translation>
        </message>
        <message>
            <source>Continue the video</source>
            <translation>Продължи видеото</translation>
        </message>
        <message>
            <source>&amp;Questions in this video:</source>
            <translation>&amp;Въпроси в това видео:</translation>
        </message>
        <message>
            <source>Questions in this video</source>
            <translation>Въпроси в това видео</translation>
        </message>
        <message>
            <source>Press Enter to go to the question</source>
            <translation>Натиснете Enter, за да отидете на въпроса</translation>
        </message>
        <message>
            <source>Question at {time}</source>
            <translation>Въпрос на {time}</translation>
        </message>
        <message>
            <source>Question {n} of {total} at {time}</source>
            <translation>Въпрос {n} от {total} на {time}</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>С отговор</translation>
        </message>
        <message>
            <source>Asked now</source>
            <translation>Зададен сега</translation>
        </message>
        <message>
            <source>Skipped, not answered</source>
            <translation>Пропуснат, без отговор</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Предстои</translation>
        </message>
        <message>
            <source>Questions you skipped: {n}. Choose one in the list and press Enter to answer it.</source>
            <translation>Пропуснати въпроси: {n}. Изберете един от списъка и натиснете Enter, за да отговорите.</translation>
        </message>
    </context>
    <context>
        <name>VideoView</name>
        <message>
            <source>Subtitles</source>
            <translation>Субтитри</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Възпроизвеждане (Space)</translation>
        </message>
        <message>
            <source>Position in the video</source>
            <translation>Позиция във видеото</translation>
        </message>
        <message>
            <source>Subtitles on or off</source>
            <translation>Включване/изключване на субтитрите</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Скорост на възпроизвеждане</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Сила на звука</translation>
        </message>
        <message>
            <source>Full screen (F)</source>
            <translation>Цял екран (F)</translation>
        </message>
        <message>
            <source>Sp&amp;eed:</source>
            <translation>&amp;Скорост:</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <source>This video cannot be played on this computer.</source>
            <translation>Това видео не може да бъде възпроизведено на този компютър.</translation>
        </message>
        <message>
            <source>Press Play to start the video.</source>
            <translation>Натиснете „Възпроизвеждане“, за да пуснете видеото.</translation>
        </message>
        <message>
            <source>Videos cannot be played on this computer: the multimedia part of the app is missing. Ask your facilitator to reinstall BIBLIO Desktop.</source>
            <translation>Видеоклиповете не могат да се възпроизвеждат на този компютър: липсва мултимедийната част на приложението. Помолете фасилитатора да инсталира отново BIBLIO Desktop.</translation>
        </message>
        <message>
            <source>The video file is missing. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Видеофайлът липсва. Инсталирайте отново курсовия пакет или помолете фасилитатора за ново копие.</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Пауза (Space)</translation>
        </message>
    </context>
    <context>
        <name>WaitingLearnersDialog</name>
        <message>
            <source>Bring a learner from the workshop PC</source>
            <translation>Вземи обучаем от компютъра на работилницата</translation>
        </message>
        <message>
            <source>Learners handed over to {workshop} by the room's PCs, and its own learners. The one you choose is added here (or merged with their profile here) with the same PIN; completions are kept.</source>
            <translation>Обучаеми, предадени на {workshop} от компютрите в залата, и собствените му обучаеми. Избраният се добавя тук (или се обединява с профила си тук) със същия ПИН; завършванията се запазват.</translation>
        </message>
        <message>
            <source>Learners waiting on the workshop PC</source>
            <translation>Обучаеми, чакащи на компютъра на работилницата</translation>
        </message>
        <message>
            <source>Choose a learner with the arrow keys and press Enter to bring them to this PC</source>
            <translation>Изберете обучаем със стрелките и натиснете Enter, за да го вземете на този компютър</translation>
        </message>
        <message>
            <source>{name} — from {pc}</source>
            <translation>{name} — от {pc}</translation>
        </message>
        <message>
            <source>No learner is waiting on the workshop PC. On the PC the learner used: Facilitator → Hand over to the workshop PC.</source>
            <translation>Никой обучаем не чака на компютъра на работилницата. На компютъра, който обучаемият е ползвал: Фасилитатор → Предай на компютъра на работилницата.</translation>
        </message>
        <message>
            <source>Bring this learner</source>
            <translation>Вземи този обучаем</translation>
        </message>
        <message>
            <source>Bring the chosen learner to this PC</source>
            <translation>Вземи избрания обучаем на този компютър</translation>
        </message>
    </context>
    <context>
        <name>WebinarView</name>
        <message>
            <source>About this webinar</source>
            <translation>За този уебинар</translation>
        </message>
        <message>
            <source>This webinar's description is missing or damaged. Reinstall the course package, or ask your facilitator for a new copy.</source>
            <translation>Описанието на този уебинар липсва или е повредено. Инсталирайте отново пакета на курса или поискайте ново копие от фасилитатора.</translation>
        </message>
        <message>
            <source>Open the slides</source>
            <translation>Отваряне на слайдовете</translation>
        </message>
        <message>
            <source>Open the webinar's slides</source>
            <translation>Отваряне на слайдовете на уебинара</translation>
        </message>
        <message>
            <source>Chapters; Enter plays from the chapter</source>
            <translation>Глави; Enter пуска от главата</translation>
        </message>
        <message>
            <source>Search the transcript</source>
            <translation>Търсене в стенограмата</translation>
        </message>
        <message>
            <source>Transcript; Enter plays from the line</source>
            <translation>Стенограма; Enter пуска от реда</translation>
        </message>
        <message>
            <source>&amp;Chapters</source>
            <translation>&amp;Глави</translation>
        </message>
        <message>
            <source>&amp;Transcript</source>
            <translation>С&amp;тенограма</translation>
        </message>
        <message>
            <source>Join the webinar…</source>
            <translation>Включване в уебинара…</translation>
        </message>
        <message>
            <source>I took part</source>
            <translation>Участвах</translation>
        </message>
        <message>
            <source>Mark the live webinar as attended</source>
            <translation>Отбелязване на уебинара на живо като посетен</translation>
        </message>
        <message>
            <source>Speakers: {names}</source>
            <translation>Лектори: {names}</translation>
        </message>
        <message>
            <source>This live webinar took place on {when}. Its recording will come with a course update.</source>
            <translation>Този уебинар на живо се проведе на {when}. Записът му ще дойде с обновяване на курса.</translation>
        </message>
        <message>
            <source>Live webinar on {when} (your computer's time zone). Join it from here when it starts; you need an internet connection.</source>
            <translation>Уебинар на живо на {when} (часовата зона на компютъра ви). Включете се оттук, когато започне; нужна е връзка с интернет.</translation>
        </message>
        <message>
            <source>Join the live webinar in the browser</source>
            <translation>Включване в уебинара на живо в браузъра</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Да се отвори ли уеб страница?</translation>
        </message>
        <message>
            <source>This link leads to the internet, which may not be available here:</source>
            <translation>Тази връзка води към интернет, който може да не е достъпен тук:</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Отваряне в браузъра</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отказ</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Message</source>
            <translation>Съобщение</translation>
        </message>
    </context>
    <context>
        <name>_PassageControl</name>
        <message>
            <source>Text of the question</source>
            <translation>Текст на въпроса</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Retry</source>
            <translation>Опитай отново</translation>
        </message>
        <message>
            <source>Use another folder…</source>
            <translation>Използвай друга папка…</translation>
        </message>
        <message>
            <source>Choose the folder for the library</source>
            <translation>Изберете папка за библиотеката</translation>
        </message>
        <message>
            <source>The data folder is not there</source>
            <translation>Папката с данни я няма</translation>
        </message>
        <message>
            <source>Look for the data folder again, after plugging in the stick</source>
            <translation>Потърси папката с данни отново, след като включите флашката</translation>
        </message>
        <message>
            <source>Choose another folder for the library; a folder without a library starts a new, empty one</source>
            <translation>Изберете друга папка за библиотеката; в папка без библиотека се създава нова, празна</translation>
        </message>
        <message>
            <source>Close BIBLIO Desktop</source>
            <translation>Затвори BIBLIO Desktop</translation>
        </message>
        <message>
            <source>The data folder {folder} is not there: the USB stick or drive it is on ({drive}) is not plugged in.

Plug it in and choose Retry.

BIBLIO Desktop has not made a new, empty library in its place: your learners&apos; progress is kept in the folder on the stick.</source>
            <translation>Папката с данни {folder} я няма: USB флашката или дискът, на който е ({drive}), не е включен.

Включете го и изберете „Опитай отново“.

BIBLIO Desktop не е създал нова, празна библиотека на нейно място: напредъкът на обучаемите е запазен в папката на флашката.</translation>
        </message>
        <message>
            <source>The data folder {folder} held the library on this computer before, but it is not there now (a USB stick or network drive not plugged in?).

Plug it in and choose Retry.

BIBLIO Desktop has not made a new, empty library in its place.</source>
            <translation>Папката с данни {folder} съдържаше библиотеката на този компютър, но сега я няма (може би USB флашка или мрежов диск не е включен?).

Включете го и изберете „Опитай отново“.

BIBLIO Desktop не е създал нова, празна библиотека на нейно място.</translation>
        </message>
        <message>
            <source>The library database is damaged ({problem}).

Restore the newest good backup, made {date}? Work done after that backup will be missing; the damaged file is kept in the backups folder.</source>
            <translation>Базата данни на библиотеката е повредена ({problem}).

Да се възстанови ли най-новото изправно резервно копие, създадено на {date}? Работата, извършена след това резервно копие, ще липсва; повреденият файл се запазва в папката с резервни копия.</translation>
        </message>
        <message>
            <source>BIBLIO Desktop was last opened on this data folder on the computer {host} (since {since}), and that computer has not been heard from for {minutes} min: it probably crashed, lost its network connection or went to sleep.

If BIBLIO Desktop is no longer open there, take the folder over. If it is still open there, quit and close it there first: two computers using the same library at once can damage it.</source>
            <translation>BIBLIO Desktop беше отворен за последно в тази папка с данни на компютъра {host} (от {since}) и от {minutes} мин няма вест от този компютър: вероятно е блокирал, загубил е мрежовата връзка или е преминал в режим на заспиване.

Ако BIBLIO Desktop вече не е отворен там, поемете папката. Ако все още е отворен там, излезте и първо го затворете там: два компютъра, които използват една и съща библиотека едновременно, могат да я повредят.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Поемане</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Изход</translation>
        </message>
        <message>
            <source>Making sure BIBLIO Desktop is no longer running on {host}…</source>
            <translation>Проверка дали BIBLIO Desktop вече не работи на {host}…</translation>
        </message>
        <message>
            <source>The computer {host} has taken over this data folder, because this computer seemed to have stopped (asleep or disconnected from the network).

To keep the library undamaged, this window closes now. Work saved before the take-over is kept; open BIBLIO Desktop again once it is closed on {host}.</source>
            <translation>Компютърът {host} пое тази папка с данни, защото този компютър изглеждаше спрял (в режим на заспиване или без връзка с мрежата).

За да не се повреди библиотеката, този прозорец се затваря сега. Работата, запазена преди поемането, е съхранена; отворете BIBLIO Desktop отново, след като бъде затворен на {host}.</translation>
        </message>
    </context>
    <context>
        <name>certificate</name>
        <message>
            <source>Community Engagement and Communication Officer</source>
            <translation>Служител по ангажиране на общността и комуникация</translation>
        </message>
        <message>
            <source>Digital Transformation Facilitator</source>
            <translation>Фасилитатор на дигиталната трансформация</translation>
        </message>
        <message>
            <source>The BIBLIO programme — run by ten organisations from Belgium, Bulgaria, Greece, Italy and Latvia — builds 38 digital and transversal skills for librarians.</source>
            <translation>Програмата BIBLIO, изпълнявана от десет организации от Белгия, България, Гърция, Италия и Латвия, развива 38 дигитални и трансверсални умения у библиотекарите.</translation>
        </message>
        <message>
            <source>The digital signature proves that this record is unaltered and was issued by this BIBLIO Desktop installation. It does not prove who sat at the keyboard.</source>
            <translation>Цифровият подпис доказва, че този запис не е променян и е издаден от тази инсталация на BIBLIO Desktop. Той не доказва кой е седял пред клавиатурата.</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Сертификат за завършване</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>завърши курса</translation>
        </message>
        <message>
            <source>Version {v}</source>
            <translation>Версия {v}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Завършен на {date}</translation>
        </message>
        <message>
            <source>Skills achieved</source>
            <translation>Придобити умения</translation>
        </message>
        <message>
            <source>Quiz scores</source>
            <translation>Резултати от тестовете</translation>
        </message>
        <message>
            <source>Course score: {p}</source>
            <translation>Резултат от курса: {p}</translation>
        </message>
        <message>
            <source>Time spent learning: {t}</source>
            <translation>Време за обучение: {t}</translation>
        </message>
        <message>
            <source>Issued by: {name}</source>
            <translation>Издаден от: {name}</translation>
        </message>
        <message>
            <source>Key fingerprint: {fp}</source>
            <translation>Отпечатък на ключа: {fp}</translation>
        </message>
        <message>
            <source>Record: {id}</source>
            <translation>Запис: {id}</translation>
        </message>
        <message>
            <source>Issued on {date}</source>
            <translation>Издаден на {date}</translation>
        </message>
        <message>
            <source>The QR code holds the record id and the SHA-256 checksum of the record file.</source>
            <translation>QR кодът съдържа идентификатора на записа и контролната сума SHA-256 на файла със записа.</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… и още {n}</translation>
        </message>
        <message>
            <source>The record is attached to this PDF as record.json.</source>
            <translation>Записът е приложен към този PDF като record.json.</translation>
        </message>
        <message>
            <source>Check this record with: {command}</source>
            <translation>Проверете този запис с: {command}</translation>
        </message>
    </context>
    <context>
        <name>clock</name>
        <message>
            <source>The computer's clock says {date}, but you completed this course on {completed} by this computer's clock. One of the two dates is wrong.</source>
            <translation>Часовникът на компютъра показва {date}, но вие завършихте този курс на {completed} според часовника на този компютър. Една от двете дати е грешна.</translation>
        </message>
        <message>
            <source>If the clock is wrong now, set the correct date and time in the computer's settings (or ask the library staff), then choose Get certificate again. If the clock is right now, it was wrong when you completed the course, and your certificate gives today as the completion date.</source>
            <translation>Ако часовникът сега е грешен, задайте правилните дата и час в настройките на компютъра (или помолете служителите на библиотеката), след което отново изберете „Получаване на сертификат“. Ако часовникът сега е верен, той е бил грешен, когато сте завършили курса, и сертификатът ви ще посочи днешната дата като дата на завършване.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, which is too far in the future to be right.</source>
            <translation>Часовникът на компютъра показва {date} – дата твърде далеч в бъдещето, за да е вярна.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, before this version of BIBLIO Desktop was released ({released}), so the clock is wrong.</source>
            <translation>Часовникът на компютъра показва {date} – преди излизането на тази версия на BIBLIO Desktop ({released}), така че часовникът е грешен.</translation>
        </message>
        <message>
            <source>A certificate would carry that wrong date, so none was made. Set the correct date and time in the computer's settings (or ask the library staff), then choose Get certificate again.</source>
            <translation>Сертификатът щеше да носи тази грешна дата, затова не беше създаден. Задайте правилните дата и час в настройките на компютъра (или помолете служителите на библиотеката), след което отново изберете „Получаване на сертификат“.</translation>
        </message>
        <message>
            <source>Check the computer's clock</source>
            <translation>Проверете часовника на компютъра</translation>
        </message>
        <message>
            <source>The clock is right: save certificate</source>
            <translation>Часовникът е верен: запазване на сертификата</translation>
        </message>
        <message>
            <source>The clock is right now: save the certificate with today's date</source>
            <translation>Часовникът сега е верен: запазване на сертификата с днешна дата</translation>
        </message>
        <message>
            <source>Your completion was saved while the computer's clock was wrong (it said {date}), so your certificate gives the day it was issued as the completion date.</source>
            <translation>Завършването ви беше записано, докато часовникът на компютъра беше грешен (показваше {date}), затова сертификатът ви посочва деня на издаването си като дата на завършване.</translation>
        </message>
        <message>
            <source>The computer's clock says {date}, which cannot be right.</source>
            <translation>Часовникът на компютъра показва {date}, което не може да е вярно.</translation>
        </message>
        <message>
            <source>Your work is saved as usual, but certificates cannot be made until the date and time are set correctly in the computer's settings.</source>
            <translation>Работата ви се запазва както обикновено, но сертификати не могат да се създават, докато датата и часът не бъдат зададени правилно в настройките на компютъра.</translation>
        </message>
        <message>
            <source>Clock warning</source>
            <translation>Предупреждение за часовника</translation>
        </message>
    </context>
    <context>
        <name>delivery</name>
        <message>
            <source>The workshop PC {name} no longer accepts this PC (it was removed). The records wait here; join again with the code the facilitator shows.</source>
            <translation>Компютърът на работилницата {name} вече не приема този компютър (премахнат е). Записите чакат тук; присъединете се отново с кода, който показва фасилитаторът.</translation>
        </message>
        <message>
            <source>The workshop PC {name} cannot be reached now; the records wait here and are sent when it can be reached.</source>
            <translation>Компютърът на работилницата {name} в момента е недостъпен; записите чакат тук и ще бъдат изпратени, когато стане достъпен.</translation>
        </message>
        <message>
            <source>Records go to the workshop PC {name} as they happen.</source>
            <translation>Записите стигат до компютъра на работилницата {name} веднага щом се появят.</translation>
        </message>
        <message numerus="yes">
            <source>Sending to the workshop PC {name}: %n still waiting.</source>
            <translation>
                <numerusform>Изпращане към компютъра на работилницата {name}: още %n чака.</numerusform>
                <numerusform>Изпращане към компютъра на работилницата {name}: още %n чакат.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The disk holding {folder} is full. Everything saved before is kept. Free some space on that disk (delete or move files, empty the recycle bin), then try again; no backup needs to be restored.</source>
            <translation>Дискът, на който е {folder}, е пълен. Всичко запазено досега е съхранено. Освободете място на този диск (изтрийте или преместете файлове, изпразнете кошчето), след това опитайте отново; не е нужно да възстановявате резервно копие.</translation>
        </message>
        <message>
            <source>{folder} cannot be written to: the USB stick is write-protected, the drive is read-only, or you have no permission there. Everything saved before is kept. Unlock the stick, or copy the data folder to this computer and open that copy.</source>
            <translation>В {folder} не може да се записва: USB паметта е защитена срещу запис, устройството е само за четене или нямате права там. Всичко запазено досега е съхранено. Отключете паметта или копирайте папката с данни на този компютър и отворете копието.</translation>
        </message>
        <message>
            <source>{folder} went away: the USB stick or network drive was removed, or the disk reported an error. What was saved before is kept; the last change may not have been saved. Put the stick back and try again.</source>
            <translation>{folder} вече не е достъпна: USB паметта или мрежовото устройство е извадено или дискът съобщи за грешка. Запазеното досега е съхранено; последната промяна може да не е запазена. Поставете паметта обратно и опитайте отново.</translation>
        </message>
        <message>
            <source>The library database in {folder} is in use by another program. The library itself is fine. Close the other program, then try again.</source>
            <translation>Базата данни на библиотеката в {folder} се използва от друга програма. Самата библиотека е наред. Затворете другата програма и опитайте отново.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your saved work is safe. The details were written to the log file in the data folder.</source>
            <translation>Възникна неочаквана грешка. Запазената ви работа е в безопасност. Подробностите са записани в журналния файл в папката с данни.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Копиране на подробностите</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Cancel</source>
            <translation>Отказ</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Community Engagement and Communication Officer</source>
            <translation>Служител по ангажиране на общността и комуникация</translation>
        </message>
        <message>
            <source>Digital Transformation Facilitator</source>
            <translation>Фасилитатор на дигиталната трансформация</translation>
        </message>
        <message>
            <source>&lt; 1 min</source>
            <translation>&lt; 1 мин</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>все още няма</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} мин</translation>
        </message>
        <message>
            <source>{h} h {m:02d} min</source>
            <translation>{h} ч {m:02d} мин</translation>
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
            <translation>никога</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>на {date}</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>току-що</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>всички са изпратени</translation>
        </message>
        <message>
            <source>nothing to send yet</source>
            <translation>все още няма нищо за изпращане</translation>
        </message>
        <message>
            <source>Your records: {waiting} · last sent {when}</source>
            <translation>Вашите записи: {waiting} · последно изпращане: {when}</translation>
        </message>
        <message>
            <source>Records: {waiting} · last sent {when}</source>
            <translation>Записи: {waiting} · последно изпращане: {when}</translation>
        </message>
        <message>
            <source>The LRS refused the user name or password. Check them in Settings; the records stay queued.</source>
            <translation>LRS отхвърли потребителското име или паролата. Проверете ги в „Настройки“; записите остават в опашката.</translation>
        </message>
        <message>
            <source>The Learning Record Store could not be reached; the records stay queued and will be sent next time.</source>
            <translation>Хранилището за учебни записи (LRS) е недостъпно; записите остават в опашката и ще бъдат изпратени следващия път.</translation>
        </message>
        <message>
            <source>Nothing was waiting: everything is already sent.</source>
            <translation>Нямаше чакащи записи: всичко вече е изпратено.</translation>
        </message>
        <message>
            <source>The sending status cannot be read.</source>
            <translation>Състоянието на изпращането не може да бъде прочетено.</translation>
        </message>
        <message>
            <source>the last try failed (hover for details)</source>
            <translation>последният опит беше неуспешен (посочете с мишката за подробности)</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>преди %n ден</numerusform>
                <numerusform>преди %n дни</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours ago</source>
            <translation>
                <numerusform>преди %n час</numerusform>
                <numerusform>преди %n часа</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes ago</source>
            <translation>
                <numerusform>преди %n минута</numerusform>
                <numerusform>преди %n минути</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n чака изпращане</numerusform>
                <numerusform>%n чакат изпращане</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements.</source>
            <translation>
                <numerusform>Изпратено е %n изявление.</numerusform>
                <numerusform>Изпратени са %n изявления.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statements before it stopped.</source>
            <translation>
                <numerusform>Преди прекъсването беше изпратено %n изявление.</numerusform>
                <numerusform>Преди прекъсването бяха изпратени %n изявления.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be sent and stay queued: {error}</source>
            <translation>
                <numerusform>%n не можа да бъде изпратено и остава в опашката: {error}</numerusform>
                <numerusform>%n не можаха да бъдат изпратени и остават в опашката: {error}</numerusform>
            </translation>
        </message>
    </context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отхвърляне</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Прилагане</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Нулиране</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Търсене в:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлове от &amp;тип:</translation>
    </message>
</context>
</TS>

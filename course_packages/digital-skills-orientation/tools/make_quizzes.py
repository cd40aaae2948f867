#!/usr/bin/env python3
"""Generate quizzes/en/*.toml and quizzes/lv/*.toml from one bilingual source.

Why: the English and Latvian quiz files must have the same question ids, option ids and
correct answers; only texts differ. Keeping both languages side by side here makes that
structural, and check_course.py verifies it again.

Every text is a pair ("English", "Latvian"). Usage: python3 tools/make_quizzes.py
(idempotent; overwrites the quiz files). This folder (tools/) is not packed.
"""
from __future__ import annotations

import json
from pathlib import Path

COURSE = Path(__file__).resolve().parent.parent
LANGS = ("en", "lv")


def opt(oid, text, correct=False, feedback=None):
    o = {"id": oid, "text": text}
    if correct:
        o["correct"] = True
    if feedback:
        o["feedback"] = feedback
    return o


QUIZZES = {}

# --------------------------------------------------------------- module 1 --
QUIZZES["programme"] = {
    "title": ("Quiz: the BIBLIO programme", "Tests: programma BIBLIO"),
    "shuffle_options": True,
    "questions": [
        {"id": "q-organisations", "type": "single",
         "prompt": ("How many organisations run the BIBLIO project?",
                    "Cik organizāciju īsteno projektu BIBLIO?"),
         "explanation": ("Ten partner organisations from five countries work together in BIBLIO.",
                         "Projektā BIBLIO sadarbojas desmit partnerorganizācijas no piecām valstīm."),
         "options": [
             opt("a", ("Five", "Piecas"),
                 feedback=("Five is the number of countries, not of organisations.",
                           "Pieci ir valstu, nevis organizāciju skaits.")),
             opt("b", ("Ten", "Desmit"), True,
                 feedback=("Right: ten organisations.", "Pareizi: desmit organizācijas.")),
             opt("c", ("Thirty-eight", "Trīsdesmit astoņas"),
                 feedback=("38 is the number of skills in the curriculum.",
                           "38 ir mācību programmas prasmju skaits.")),
             opt("d", ("Four hundred", "Četri simti"),
                 feedback=("400 is the minimum number of learners the MOOC aimed to train.",
                           "400 ir minimālais dalībnieku skaits, ko MOOC plānoja apmācīt.")),
         ]},
        {"id": "q-countries", "type": "multiple",
         "prompt": ("In which countries are the BIBLIO partners based? Choose all that apply.",
                    "Kurās valstīs atrodas BIBLIO partneri? Atzīmējiet visas atbilstošās."),
         "explanation": ("The partners come from Belgium, Bulgaria, Greece, Italy and Latvia.",
                         "Partneri ir no Beļģijas, Bulgārijas, Grieķijas, Itālijas un Latvijas."),
         "options": [
             opt("be", ("Belgium", "Beļģija"), True),
             opt("bg", ("Bulgaria", "Bulgārija"), True),
             opt("de", ("Germany", "Vācija"),
                 feedback=("No German organisation is part of the consortium.",
                           "Konsorcijā nav nevienas Vācijas organizācijas.")),
             opt("gr", ("Greece", "Grieķija"), True),
             opt("it", ("Italy", "Itālija"), True),
             opt("lv", ("Latvia", "Latvija"), True),
             opt("es", ("Spain", "Spānija"),
                 feedback=("Spain is not among the partner countries.",
                           "Spānija nav starp partnervalstīm.")),
         ]},
        {"id": "q-mooc-date", "type": "true_false",
         "prompt": ("The BIBLIO MOOC opened on 4 October 2021.",
                    "BIBLIO MOOC tika atvērts 2021. gada 4. oktobrī."),
         "answer": True,
         "feedback_true": ("Correct: the MOOC opened on 4 October 2021.",
                           "Pareizi: MOOC tika atvērts 2021. gada 4. oktobrī."),
         "feedback_false": ("It did: the MOOC opened on 4 October 2021.",
                            "Patiesībā tā ir taisnība: MOOC tika atvērts 2021. gada 4. oktobrī."),
         "explanation": ("The MOOC started on 4 October 2021; the first international online event had taken place on 31 March 2021.",
                         "MOOC sākās 2021. gada 4. oktobrī; pirmais starptautiskais tiešsaistes pasākums notika jau 2021. gada 31. martā.")},
        {"id": "q-skills-count", "type": "numeric",
         "prompt": ("How many digital and transversal skills does the BIBLIO curriculum cover? Enter a number.",
                    "Cik digitālās un caurviju prasmes aptver BIBLIO mācību programma? Ierakstiet skaitli."),
         "answer": 38, "tolerance": 0,
         "explanation": ("The curriculum covers 38 digital and transversal skills.",
                         "Mācību programma aptver 38 digitālās un caurviju prasmes.")},
        {"id": "q-learners", "type": "numeric",
         "prompt": ("At least how many learners did the MOOC aim to train? Enter a number.",
                    "Cik dalībnieku vismaz bija plānots apmācīt BIBLIO MOOC? Ierakstiet skaitli."),
         "answer": 400, "tolerance": 0,
         "explanation": ("The aim was to train at least 400 learners.",
                         "Mērķis bija apmācīt vismaz 400 dalībnieku.")},
        {"id": "q-eqf", "type": "single",
         "prompt": ("Which level of the European Qualifications Framework (EQF) does the curriculum target?",
                    "Kuram Eiropas kvalifikāciju ietvarstruktūras (EKI) līmenim atbilst mācību programma?"),
         "explanation": ("BIBLIO targets EQF level 5: broad practical and theoretical knowledge.",
                         "BIBLIO atbilst EKI 5. līmenim: plašas praktiskas un teorētiskas zināšanas."),
         "options": [
             opt("l3", ("Level 3", "3. līmenim"),
                 feedback=("Too low: level 3 is roughly upper-secondary.",
                           "Par zemu: 3. līmenis aptuveni atbilst vidējai izglītībai.")),
             opt("l5", ("Level 5", "5. līmenim"), True),
             opt("l7", ("Level 7", "7. līmenim"),
                 feedback=("Level 7 corresponds to a master's degree.",
                           "7. līmenis atbilst maģistra grādam.")),
         ]},
        {"id": "q-interviews", "type": "true_false",
         "prompt": ("The 2020 research interviews took place face to face, as first planned.",
                    "2020. gada izpētes intervijas notika klātienē, kā sākotnēji plānots."),
         "answer": False,
         "feedback_true": ("Not quite: they were planned as face-to-face coaching circles but moved online because of COVID-19.",
                           "Ne gluži: tās bija iecerētas kā klātienes koučinga apļi, bet Covid-19 dēļ notika attālināti."),
         "feedback_false": ("Correct: COVID-19 moved them online.",
                            "Pareizi: Covid-19 dēļ tās notika attālināti."),
         "explanation": ("The coaching circles became in-depth interviews held remotely.",
                         "Koučinga apļu vietā notika padziļinātas intervijas attālināti.")},
        {"id": "q-formats", "type": "multiple",
         "prompt": ("Which of these were part of the BIBLIO MOOC? Choose all that apply.",
                    "Kas no minētā bija BIBLIO MOOC sastāvdaļa? Atzīmējiet visas atbilstošās."),
         "explanation": ("The MOOC combined videos, interactive presentations and reading, and each week opened with an online expert seminar.",
                         "MOOC apvienoja video, interaktīvas prezentācijas un lasāmvielu, un katra nedēļa sākās ar ekspertu tiešsaistes semināru."),
         "options": [
             opt("a", ("Videos", "Video"), True),
             opt("b", ("Interactive presentations", "Interaktīvas prezentācijas"), True),
             opt("c", ("A weekly online seminar with invited experts", "Iknedēļas tiešsaistes seminārs ar pieaicinātiem ekspertiem"), True),
             opt("d", ("Printed textbooks sent by post", "Pa pastu sūtītas drukātas mācību grāmatas"),
                 feedback=("The MOOC was fully online.", "MOOC notika tikai tiešsaistē.")),
             opt("e", ("A compulsory exam at a test centre", "Obligāts eksāmens testēšanas centrā"),
                 feedback=("There was no exam centre: learners who completed the MOOC received a certificate.",
                           "Eksāmenu centra nebija: kursa beidzēji saņēma sertifikātu.")),
         ]},
    ],
}

# --------------------------------------------------------------- module 2 --
QUIZZES["profiles"] = {
    "title": ("Quiz: CECO and DIGY", "Tests: CECO un DIGY"),
    "max_attempts": 3,
    "shuffle_questions": True,
    "questions": [
        {"id": "q-abbreviations", "type": "matching",
         "prompt": ("Match each abbreviation with its meaning.", "Savienojiet katru saīsinājumu ar tā nozīmi."),
         "explanation": ("These five abbreviations come up throughout the course.",
                         "Šie pieci saīsinājumi kursā parādās atkal un atkal."),
         "pairs": [
             {"id": "ceco", "left": ("CECO", "CECO"),
              "right": ("Community Engagement and Communication Officer", "Sabiedrības iesaistes un komunikācijas speciālists")},
             {"id": "digy", "left": ("DIGY", "DIGY"),
              "right": ("Digital Transformation Facilitator", "Digitālās transformācijas veicinātājs")},
             {"id": "mooc", "left": ("MOOC", "MOOC"),
              "right": ("Massive open online course", "Masīvais atvērtais tiešsaistes kurss")},
             {"id": "eqf", "left": ("EQF", "EKI"),
              "right": ("European Qualifications Framework", "Eiropas kvalifikāciju ietvarstruktūra")},
             {"id": "digcomp", "left": ("DigComp", "DigComp"),
              "right": ("European framework of citizens' digital competence", "Eiropas iedzīvotāju digitālās kompetences ietvars")},
         ]},
        {"id": "q-ceco-tasks", "type": "multiple",
         "prompt": ("Which tasks are typical of a CECO? Choose all that apply.",
                    "Kuri uzdevumi ir raksturīgi CECO? Atzīmējiet visus atbilstošos."),
         "explanation": ("The CECO faces outwards: users, partners and the community. Scanning and metadata belong to the DIGY.",
                         "CECO ir vērsts uz āru: lietotāji, partneri un kopiena. Skenēšana un metadati ir DIGY joma."),
         "options": [
             opt("a", ("Answering users' questions on the library's social media", "Atbildēt uz lietotāju jautājumiem bibliotēkas sociālajos tīklos"), True),
             opt("b", ("Designing a workshop after asking parents what they need", "Izveidot darbnīcu, iepriekš pajautājot vecākiem, kas viņiem vajadzīgs"), True),
             opt("c", ("Choosing the metadata fields for a digitised photo collection", "Izvēlēties metadatu laukus digitalizētam fotogrāfiju krājumam"),
                 feedback=("That is a DIGY task: describing digital collections.",
                           "Tas ir DIGY uzdevums: digitālo krājumu aprakstīšana.")),
             opt("d", ("Checking with participants whether an event helped them", "Pajautāt dalībniekiem, vai pasākums viņiem palīdzēja"), True),
             opt("e", ("Setting up the scanner and file-naming rules", "Iestatīt skeneri un datņu nosaukumu noteikumus"),
                 feedback=("That is a DIGY task: running the digitisation workflow.",
                           "Tas ir DIGY uzdevums: digitalizācijas procesa vadīšana.")),
         ]},
        {"id": "q-which-profile", "type": "single",
         "prompt": ("You run short sessions that teach your colleagues how to add e-books to the library's digital collection. Which profile does this reflect most?",
                    "Jūs vadāt īsas nodarbības, kurās mācāt kolēģiem pievienot e-grāmatas bibliotēkas digitālajam krājumam. Kuram profilam tas visvairāk atbilst?"),
         "explanation": ("Helping colleagues learn to manage digital libraries is at the heart of the DIGY profile.",
                         "Palīdzība kolēģiem apgūt digitālo bibliotēku pārvaldību ir DIGY profila pamatā."),
         "options": [
             opt("ceco", ("CECO", "CECO"),
                 feedback=("The CECO mostly works with users and the community, not with colleagues' digital skills.",
                           "CECO galvenokārt strādā ar lietotājiem un kopienu, nevis ar kolēģu digitālajām prasmēm.")),
             opt("digy", ("DIGY", "DIGY"), True,
                 feedback=("Yes: the DIGY coaches colleagues in running digital libraries.",
                           "Jā: DIGY palīdz kolēģiem apgūt digitālo bibliotēku pārvaldību.")),
             opt("none", ("Neither: this is an IT department task", "Nevienam: tas ir IT nodaļas uzdevums"),
                 feedback=("BIBLIO gives this role to library staff themselves, in the DIGY profile.",
                           "BIBLIO šo lomu uztic pašiem bibliotēkas darbiniekiem – DIGY profilā.")),
         ]},
        {"id": "q-digy-abbr", "type": "text",
         "prompt": ("Which four-letter abbreviation names the Digital Transformation Facilitator profile?",
                    "Ar kādu četru burtu saīsinājumu apzīmē digitālās transformācijas veicinātāja profilu?"),
         "accepted": ["DIGY"],
         "explanation": ("DIGY = Digital Transformation Facilitator; CECO = Community Engagement and Communication Officer.",
                         "DIGY – digitālās transformācijas veicinātājs; CECO – sabiedrības iesaistes un komunikācijas speciālists.")},
        {"id": "q-fixed", "type": "true_false",
         "prompt": ("CECO and DIGY are fixed job descriptions that every library must adopt unchanged.",
                    "CECO un DIGY ir nemainīgi amata apraksti, kas katrai bibliotēkai jāievieš bez izmaiņām."),
         "answer": False,
         "feedback_true": ("No: they are profiles – bundles of skills – and are expected to evolve with technology.",
                           "Nē: tie ir profili – prasmju kopumi – un paredzams, ka tie mainīsies līdz ar tehnoloģijām."),
         "feedback_false": ("Correct: they are flexible profiles, and one person may combine parts of both.",
                            "Pareizi: tie ir elastīgi profili, un viens cilvēks var apvienot abu daļas."),
         "explanation": ("In a small library one person may carry parts of both profiles.",
                         "Nelielā bibliotēkā viens cilvēks var apvienot abu profilu daļas.")},
    ],
}

# --------------------------------------------------------------- module 3 --
QUIZZES["community"] = {
    "title": ("Quiz: the library as a community centre", "Tests: bibliotēka kā kopienas centrs"),
    "questions": [
        {"id": "q-steps", "type": "ordering",
         "prompt": ("Put the six steps of planning a community service in the right order.",
                    "Sakārtojiet pareizā secībā sešus kopienas pakalpojuma plānošanas soļus."),
         "explanation": ("Ask first, then set a goal, find partners, promote, run the service and evaluate it.",
                         "Vispirms jautājiet, tad nosakiet mērķi, atrodiet partnerus, informējiet, īstenojiet un izvērtējiet."),
         "steps": [
             {"id": "ask", "text": ("Ask people what they need", "Pajautāt cilvēkiem, kas viņiem vajadzīgs")},
             {"id": "goal", "text": ("Set a clear goal", "Noteikt skaidru mērķi")},
             {"id": "partners", "text": ("Find partners", "Atrast partnerus")},
             {"id": "promote", "text": ("Promote the service", "Informēt par pakalpojumu")},
             {"id": "run", "text": ("Run it", "Īstenot to")},
             {"id": "evaluate", "text": ("Evaluate and improve", "Izvērtēt un uzlabot")},
         ]},
        {"id": "q-password", "type": "single",
         "prompt": ("At the digital help desk, a user asks you to type her password into a government portal for her. What is the best response?",
                    "Digitālā atbalsta punktā lietotāja lūdz jūs ievadīt viņas paroli valsts portālā. Kā vislabāk rīkoties?"),
         "explanation": ("Never handle or store users' credentials; guide them so they can do it themselves.",
                         "Nekad neapstrādājiet un neglabājiet lietotāju piekļuves datus; palīdziet, lai viņi to paveiktu paši."),
         "options": [
             opt("a", ("Type it and write it down for her next visit", "Ievadīt to un pierakstīt nākamajai reizei"),
                 feedback=("Writing down a password puts the user at risk and breaks her trust.",
                           "Paroles pierakstīšana apdraud lietotāju un grauj uzticēšanos.")),
             opt("b", ("Look away while she types it herself, and explain the next step", "Novērsties, kamēr viņa to ievada pati, un paskaidrot nākamo soli"), True,
                 feedback=("Yes: support the user, but let her keep control of her credentials.",
                           "Jā: atbalstiet lietotāju, bet ļaujiet viņai pašai pārvaldīt savus piekļuves datus.")),
             opt("c", ("Save it in the browser so she does not need to remember it", "Saglabāt to pārlūkā, lai viņai nebūtu jāatceras"),
                 feedback=("On a public computer the next user could open her account.",
                           "Publiskajā datorā nākamais lietotājs varētu atvērt viņas kontu.")),
         ]},
        {"id": "q-logout", "type": "true_false",
         "prompt": ("After each help session on a public computer you should log out of all accounts, close the browser and delete downloaded files.",
                    "Pēc katras atbalsta sesijas publiskajā datorā jāizrakstās no visiem kontiem, jāaizver pārlūks un jāizdzēš lejupielādētās datnes."),
         "answer": True,
         "feedback_true": ("Correct: this protects the user's personal data.",
                           "Pareizi: tā tiek aizsargāti lietotāja personas dati."),
         "feedback_false": ("It is good practice: otherwise the next user may see personal data.",
                            "Tā ir laba prakse: citādi nākamais lietotājs var ieraudzīt personas datus."),
         "explanation": ("Logging out and clearing downloads is the simplest privacy protection at a public computer.",
                         "Izrakstīšanās un lejupielāžu dzēšana ir vienkāršākā privātuma aizsardzība publiskajā datorā.")},
        {"id": "q-library-lv", "type": "text",
         "prompt": ("BIBLIO has partners in Latvia. Type the Latvian word for \"library\" (one word, as in \"Latvijas Nacionālā ...\").",
                    "Kā latviski sauc iestādi, kuru angliski sauc \"library\"? Ierakstiet vienu vārdu vienskaitļa nominatīvā (kā nosaukumā \"Latvijas Nacionālā ...\")."),
         "accepted": ["bibliotēka"],
         "explanation": ("The answer is \"bibliotēka\". The long vowel ē is written with a macron; \"biblioteka\" without the diacritic is accepted too.",
                         "Pareizā atbilde ir \"bibliotēka\". Garo patskani ē raksta ar garumzīmi; tiek pieņemts arī \"biblioteka\" bez garumzīmes.")},
        {"id": "q-services", "type": "multiple",
         "prompt": ("Which services describe the library as a community centre? Choose all that apply.",
                    "Kuri pakalpojumi raksturo bibliotēku kā kopienas centru? Atzīmējiet visus atbilstošos."),
         "explanation": ("Events, training, access to technology and help with e-services are all part of the modern library.",
                         "Pasākumi, mācības, piekļuve tehnoloģijām un palīdzība ar e-pakalpojumiem ir mūsdienu bibliotēkas sastāvdaļa."),
         "options": [
             opt("a", ("Hosting events and workshops", "Pasākumu un darbnīcu rīkošana"), True),
             opt("b", ("Training in digital skills", "Digitālo prasmju mācības"), True),
             opt("c", ("Access to computers and the internet", "Piekļuve datoriem un internetam"), True),
             opt("d", ("Help with online public services", "Palīdzība ar valsts un pašvaldību e-pakalpojumiem"), True),
             opt("e", ("Giving legal advice on tax disputes", "Juridiskas konsultācijas nodokļu strīdos"),
                 feedback=("Librarians support the use of e-services but do not give legal advice.",
                           "Bibliotekāri palīdz lietot e-pakalpojumus, bet nesniedz juridiskas konsultācijas.")),
         ]},
        {"id": "q-goal", "type": "single",
         "prompt": ("Which goal for a new service is written best?", "Kurš jauna pakalpojuma mērķis ir formulēts vislabāk?"),
         "explanation": ("A good goal says who, what and by when, so that you can check whether you reached it.",
                         "Labs mērķis pasaka, kas, ko un līdz kuram laikam, lai varētu pārbaudīt, vai tas sasniegts."),
         "options": [
             opt("a", ("Improve digital skills in our town", "Uzlabot digitālās prasmes mūsu pilsētā"),
                 feedback=("Too vague: whose skills, which ones, by when?",
                           "Pārāk vispārīgi: kuru prasmes, kādas un līdz kuram laikam?")),
             opt("b", ("By June, 30 older residents can book a doctor's appointment online on their own", "Līdz jūnijam 30 seniori paši prot tiešsaistē pieteikties vizītei pie ārsta"), True,
                 feedback=("Yes: clear audience, task, number and deadline.",
                           "Jā: skaidra mērķauditorija, uzdevums, skaits un termiņš.")),
             opt("c", ("Organise as many events as possible", "Sarīkot pēc iespējas vairāk pasākumu"),
                 feedback=("More events is not a result for users.",
                           "Pasākumu skaits pats par sevi nav rezultāts lietotājiem.")),
         ]},
        # The four question types of format_version 2: gaps typed, words dragged into
        # gaps, words marked in a text, and a free-text answer the facilitator reviews.
        {"id": "q-steps-fill", "type": "fill_blanks",
         "prompt": ("Complete the first three steps of planning a community service. Type one word in each gap.",
                    "Papildiniet kopienas pakalpojuma plānošanas pirmos trīs soļus. Katrā tukšajā vietā ierakstiet vienu vārdu."),
         "text": ("First {{ask}} people what they really need, then set a clear {{goal}}, and then find {{partners}} such as a bank, a health centre or a youth club.",
                  "Vispirms {{jautājiet|aptaujājiet}} cilvēkiem, kas viņiem patiešām vajadzīgs, tad nosakiet skaidru {{mērķi}} un pēc tam atrodiet {{partnerus}}, piemēram, banku, veselības centru vai jauniešu centru."),
         "explanation": ("The six steps are: ask, set a goal, find partners, promote, run it and evaluate. Letter case and diacritics do not matter in the gaps.",
                         "Seši soļi ir: jautājiet, nosakiet mērķi, atrodiet partnerus, informējiet, īstenojiet un izvērtējiet. Lielie burti un garumzīmes tukšajās vietās nav svarīgi.")},
        {"id": "q-help-desk-drag", "type": "drag_words",
         "prompt": ("Put the words into the gaps to describe a safe digital help desk. Two words are left over.",
                    "Ievietojiet vārdus tukšajās vietās, lai aprakstītu drošu digitālā atbalsta punktu. Divi vārdi paliks pāri."),
         "text": ("At the help desk, {{explain}} each step and let the user type her own {{password}}. After the session, {{log out}} of every account and close the browser.",
                  "Atbalsta punktā {{paskaidrojiet}} katru soli un ļaujiet lietotājai pašai ievadīt savu {{paroli}}. Pēc sesijas {{izrakstieties}} no visiem kontiem un aizveriet pārlūku."),
         "distractors": (["write down", "save"], ["pierakstiet", "saglabājiet"]),
         "explanation": ("Explain and let people act themselves; never handle their passwords; log out and close the browser after each session.",
                         "Skaidrojiet un ļaujiet cilvēkiem rīkoties pašiem; nekad nerīkojieties ar viņu parolēm; pēc katras sesijas izrakstieties un aizveriet pārlūku.")},
        {"id": "q-personal-data-mark", "type": "mark_words",
         "prompt": ("Mark the three words that name personal data you must never write down or store.",
                    "Atzīmējiet trīs vārdus, kas nosauc personas datus, kurus nekad nedrīkst pierakstīt vai glabāt."),
         "text": ("At the help desk a user may tell you her *password*, her personal *code* and her *PIN*, as well as the name of her favourite author and the weather in town.",
                  "Atbalsta punktā lietotāja var jums pateikt savu *paroli*, savu personas *kodu* un *PIN*, kā arī sava mīļākā autora vārdu un laikapstākļus pilsētā."),
         "explanation": ("Passwords, personal codes and PINs give access to a person's accounts: never write them down or store them.",
                         "Paroles, personas kodi un PIN kodi dod piekļuvi cilvēka kontiem: nekad tos nepierakstiet un neglabājiet.")},
        {"id": "q-reflection", "type": "free_text",
         "prompt": ("Think of one group in your area that uses the library little. Which of the six steps would be the hardest with that group, and what would you try first?",
                    "Iedomājieties vienu iedzīvotāju grupu jūsu apkaimē, kas bibliotēku izmanto maz. Kurš no sešiem soļiem ar šo grupu būtu visgrūtākais, un ko jūs izmēģinātu vispirms?"),
         "max_length": 2000,
         "explanation": ("There is no single right answer. Your facilitator reads your answer and may leave you a comment.",
                         "Vienas pareizas atbildes nav. Jūsu mācību vadītājs izlasīs atbildi un var atstāt jums komentāru.")},
    ],
}

# --------------------------------------------------------------- module 4 --
QUIZZES["transformation"] = {
    "title": ("Quiz: digital transformation in practice", "Tests: digitālā transformācija praksē"),
    "shuffle_options": True,
    "questions": [
        {"id": "q-digitisation-steps", "type": "ordering",
         "prompt": ("Put the steps of a digitisation project in the right order.",
                    "Sakārtojiet digitalizācijas projekta soļus pareizā secībā."),
         "explanation": ("Select, check rights, scan, describe, check quality, publish and preserve.",
                         "Atlasīt, pārbaudīt tiesības, skenēt, aprakstīt, pārbaudīt kvalitāti, publicēt un saglabāt."),
         "steps": [
             {"id": "select", "text": ("Select the material", "Atlasīt materiālus")},
             {"id": "rights", "text": ("Check copyright and privacy", "Pārbaudīt autortiesības un privātumu")},
             {"id": "scan", "text": ("Scan master and access copies", "Skenēt sākotnējās datnes un lietošanas kopijas")},
             {"id": "describe", "text": ("Describe with metadata", "Aprakstīt ar metadatiem")},
             {"id": "quality", "text": ("Check quality", "Pārbaudīt kvalitāti")},
             {"id": "publish", "text": ("Publish and preserve", "Publicēt un saglabāt")},
         ]},
        {"id": "q-licences", "type": "matching",
         "prompt": ("Match each marking with its meaning.", "Savienojiet katru marķējumu ar tā nozīmi."),
         "explanation": ("Open licences tell users what they may do without asking. CC BY-NC blocks many reuses, so use it sparingly.",
                         "Atvērtās licences pasaka, ko lietotāji drīkst darīt bez atļaujas prasīšanas. CC BY-NC bloķē daudzus lietojumus, tāpēc lietojiet to piesardzīgi."),
         "pairs": [
             {"id": "pdm", "left": ("Public Domain Mark", "Publiskā domēna zīme"),
              "right": ("The work is free of known copyright", "Darbam nav zināmu autortiesību")},
             {"id": "cc0", "left": ("CC0", "CC0"),
              "right": ("The rights holder waives all rights", "Tiesību turētājs atsakās no visām tiesībām")},
             {"id": "ccby", "left": ("CC BY", "CC BY"),
              "right": ("Reuse allowed with attribution", "Atkalizmantot drīkst, norādot autoru")},
             {"id": "ccbync", "left": ("CC BY-NC", "CC BY-NC"),
              "right": ("No commercial reuse", "Komerciāla atkalizmantošana aizliegta")},
         ]},
        {"id": "q-metadata", "type": "text",
         "prompt": ("What do we call the structured \"data about data\" – title, creator, date, rights statement – that makes a scan findable? One word.",
                    "Kā sauc strukturētos \"datus par datiem\" – nosaukumu, autoru, datumu, tiesību norādi –, kas padara skenējumu atrodamu? Viens vārds."),
         "accepted": ["metadata", "metadati"],
         "explanation": ("Metadata (Latvian: metadati) is step 4 of the workflow and what search engines and catalogues index.",
                         "Metadati (angliski metadata) ir procesa 4. solis, un tieši tos indeksē meklētājprogrammas un katalogi.")},
        {"id": "q-copyright-years", "type": "numeric",
         "prompt": ("In the EU, copyright generally lasts until how many years after the author's death?",
                    "Cik gadus pēc autora nāves ES parasti ir spēkā autortiesības?"),
         "answer": 70, "tolerance": 0,
         "explanation": ("The general EU term is the author's life plus 70 years.",
                         "Vispārējais termiņš ES ir autora mūžs un 70 gadi pēc viņa nāves.")},
        {"id": "q-creative-reuse", "type": "multiple",
         "prompt": ("Which of these are examples of creative reuse of digital collections? Choose all that apply.",
                    "Kuri no šiem ir digitālo krājumu radošas atkalizmantošanas piemēri? Atzīmējiet visus atbilstošos."),
         "explanation": ("Creative reuse needs open access and open licences; restrictions and deleted masters prevent it.",
                         "Radošai atkalizmantošanai vajadzīga atvērta piekļuve un atvērtas licences; ierobežojumi un izdzēstas sākotnējās datnes to kavē."),
         "options": [
             opt("a", ("A hackathon where developers build apps on library data", "Hakatons, kurā izstrādātāji veido lietotnes uz bibliotēkas datu pamata"), True),
             opt("b", ("A colouring book made from old illustrations", "Krāsojamā grāmata no vecām ilustrācijām"), True),
             opt("c", ("Residents adding names and stories to digitised photographs", "Iedzīvotāji papildina digitalizētās fotogrāfijas ar vārdiem un stāstiem"), True),
             opt("d", ("Putting a CC BY-NC licence on scans of public-domain maps", "CC BY-NC licences piešķiršana publiskā domēna karšu skenējumiem"),
                 feedback=("That adds restrictions to public-domain works and blocks reuse.",
                           "Tā publiskā domēna darbiem pievieno ierobežojumus un kavē atkalizmantošanu.")),
             opt("e", ("Deleting master files once access copies are online", "Sākotnējo datņu dzēšana, kad lietošanas kopijas ir tiešsaistē"),
                 feedback=("Masters must be preserved in at least two places.",
                           "Sākotnējās datnes jāsaglabā vismaz divās vietās.")),
         ]},
        {"id": "q-tdm-needs", "type": "single",
         "prompt": ("What does text and data mining need most from a library's digitised newspapers?",
                    "Kas teksta un datu ieguvei visvairāk vajadzīgs no bibliotēkas digitalizētajiem laikrakstiem?"),
         "explanation": ("TDM software reads text, not page images: good OCR and bulk access are key.",
                         "TDM programmatūra lasa tekstu, nevis lappušu attēlus: svarīga ir laba OCR kvalitāte un piekļuve lielā apjomā."),
         "options": [
             opt("a", ("Machine-readable text with good OCR, available in bulk", "Mašīnlasāms teksts ar labu OCR kvalitāti, pieejams lielā apjomā"), True),
             opt("b", ("High-resolution page images only", "Tikai augstas izšķirtspējas lappušu attēli"),
                 feedback=("Images alone cannot be mined; the text must be recognised first.",
                           "No attēliem vien datus iegūt nevar; vispirms teksts ir jāatpazīst.")),
             opt("c", ("A VR headset in the reading room", "VR brilles lasītavā"),
                 feedback=("VR is useful for other things, not for mining text.",
                           "VR noder citiem mērķiem, nevis teksta ieguvei.")),
         ]},
        {"id": "q-public-domain-scan", "type": "true_false",
         "prompt": ("A faithful scan of a public-domain painting should be published with a new copyright restriction.",
                    "Publiskā domēna gleznas precīzs skenējums jāpublicē ar jaunu autortiesību ierobežojumu."),
         "answer": False,
         "feedback_true": ("No: in the EU, faithful reproductions of public-domain visual art are not protected by copyright.",
                           "Nē: ES publiskā domēna vizuālās mākslas darbu precīzas reprodukcijas nav aizsargātas ar autortiesībām."),
         "feedback_false": ("Correct: what is in the public domain should stay there.",
                            "Pareizi: kas ir publiskajā domēnā, tam tur arī jāpaliek."),
         "explanation": ("See the footnote on Article 14 of Directive 2019/790 in the digitisation lesson.",
                         "Skatiet digitalizācijas nodarbības zemsvītras piezīmi par Direktīvas 2019/790 14. pantu.")},
    ],
}

# ------------------------------------------------------------ final quiz --
QUIZZES["final"] = {
    "title": ("Final quiz", "Noslēguma tests"),
    "pass_mark": 0.7,
    "shuffle_questions": True,
    "shuffle_options": True,
    "draw": 6,
    "questions": [
        {"id": "f-name", "type": "single",
         "prompt": ("What does the name BIBLIO stand for?", "Ko nozīmē nosaukums BIBLIO?"),
         "explanation": ("BIBLIO – Boosting Digital Skills and Competences for Librarians in Europe.",
                         "BIBLIO – Boosting Digital Skills and Competences for Librarians in Europe (Digitālās prasmes un kompetences Eiropas bibliotekāriem)."),
         "options": [
             opt("a", ("Boosting Digital Skills and Competences for Librarians in Europe", "Digitālās prasmes un kompetences Eiropas bibliotekāriem"), True),
             opt("b", ("Books and Information for Better Libraries in Organisations", "Grāmatas un informācija labākām bibliotēkām organizācijās"),
                 feedback=("An invented name: BIBLIO is about librarians' digital skills.",
                           "Izdomāts nosaukums: BIBLIO ir par bibliotekāru digitālajām prasmēm.")),
             opt("c", ("Bibliographic Library Online", "Bibliogrāfiskā bibliotēka tiešsaistē"),
                 feedback=("No: BIBLIO is a training programme, not an online library.",
                           "Nē: BIBLIO ir mācību programma, nevis tiešsaistes bibliotēka.")),
         ]},
        {"id": "f-mooc", "type": "multiple",
         "prompt": ("Which statements about the BIBLIO MOOC are true? Choose all that apply.",
                    "Kuri apgalvojumi par BIBLIO MOOC ir patiesi? Atzīmējiet visus atbilstošos."),
         "explanation": ("The MOOC opened on 4 October 2021, aimed at 400+ learners, was open to students and job seekers too, and ended with a certificate.",
                         "MOOC sākās 2021. gada 4. oktobrī, tā mērķis bija vairāk nekā 400 dalībnieku, tas bija atvērts arī studentiem un darba meklētājiem, un beidzējiem tika izsniegts sertifikāts."),
         "options": [
             opt("a", ("It opened on 4 October 2021", "Tas sākās 2021. gada 4. oktobrī"), True),
             opt("b", ("Learners who complete it receive a certificate", "Kursa beidzēji saņem sertifikātu"), True),
             opt("c", ("It aimed to train at least 400 learners", "Tā mērķis bija apmācīt vismaz 400 dalībnieku"), True),
             opt("d", ("Only librarians with ten years of experience could join", "Pieteikties varēja tikai bibliotekāri ar desmit gadu pieredzi"),
                 feedback=("It was also open to students and job seekers.",
                           "Tas bija atvērts arī studentiem un darba meklētājiem.")),
         ]},
        {"id": "f-digy", "type": "true_false",
         "prompt": ("DIGY is the Digital Transformation Facilitator profile.",
                    "DIGY ir digitālās transformācijas veicinātāja profils."),
         "answer": True,
         "feedback_true": ("Correct.", "Pareizi."),
         "feedback_false": ("It is: DIGY = Digital Transformation Facilitator.",
                            "Tā ir taisnība: DIGY – digitālās transformācijas veicinātājs."),
         "explanation": ("The other profile, CECO, is the Community Engagement and Communication Officer.",
                         "Otrs profils, CECO, ir sabiedrības iesaistes un komunikācijas speciālists.")},
        {"id": "f-ceco", "type": "text",
         "prompt": ("Type the abbreviation of the profile that focuses on community engagement and communication.",
                    "Ierakstiet tā profila saīsinājumu, kas pievēršas sabiedrības iesaistei un komunikācijai."),
         "accepted": ["CECO"],
         "explanation": ("CECO = Community Engagement and Communication Officer.",
                         "CECO – sabiedrības iesaistes un komunikācijas speciālists.")},
        {"id": "f-national-library", "type": "text",
         "prompt": ("Complete the name of Latvia's national library in Latvian: \"Latvijas Nacionālā ...\"",
                    "Papildiniet Latvijas nacionālās bibliotēkas nosaukumu: \"Latvijas Nacionālā ...\""),
         "accepted": ["bibliotēka"],
         "explanation": ("\"Latvijas Nacionālā bibliotēka\". The ē carries a macron; the answer without it is also accepted.",
                         "\"Latvijas Nacionālā bibliotēka\". Burtam ē ir garumzīme; atbilde bez tās arī tiek pieņemta.")},
        {"id": "f-partners", "type": "numeric",
         "prompt": ("How many partner organisations run BIBLIO? Enter a number.",
                    "Cik partnerorganizāciju īsteno BIBLIO? Ierakstiet skaitli."),
         "answer": 10, "tolerance": 0,
         "explanation": ("Ten organisations from five countries.", "Desmit organizācijas no piecām valstīm.")},
        {"id": "f-year", "type": "numeric",
         "prompt": ("In which year did the BIBLIO MOOC open?", "Kurā gadā sākās BIBLIO MOOC?"),
         "answer": 2021, "tolerance": 0,
         "explanation": ("On 4 October 2021.", "2021. gada 4. oktobrī.")},
        {"id": "f-technologies", "type": "matching",
         "prompt": ("Match each technology with an example of its use in a library.",
                    "Savienojiet katru tehnoloģiju ar tās lietojuma piemēru bibliotēkā."),
         "explanation": ("OCR makes text machine-readable, which TDM needs; AR adds layers to the real world; VR creates a fully digital space.",
                         "OCR padara tekstu mašīnlasāmu, un tas vajadzīgs TDM; AR papildina reālo pasauli ar digitāliem slāņiem; VR rada pilnīgi digitālu telpu."),
         "pairs": [
             {"id": "ocr", "left": ("OCR", "OCR"),
              "right": ("Turning page images into searchable text", "Lappušu attēlu pārvēršana meklējamā tekstā")},
             {"id": "tdm", "left": ("Text and data mining", "Teksta un datu ieguve"),
              "right": ("Counting how often a word appears in a century of newspapers", "Vārda biežuma noteikšana gadsimta laikrakstos")},
             {"id": "ar", "left": ("Augmented reality", "Papildinātā realitāte"),
              "right": ("A phone shows a building's photo from 1930 on the spot", "Tālrunis uz vietas parāda ēkas fotogrāfiju no 1930. gada")},
             {"id": "vr", "left": ("Virtual reality", "Virtuālā realitāte"),
              "right": ("Turning a 3D model of a rare globe with a headset", "Retā globusa 3D modeļa grozīšana ar VR brillēm")},
         ]},
        {"id": "f-timeline", "type": "ordering",
         "prompt": ("Put these BIBLIO milestones in chronological order.",
                    "Sakārtojiet šos BIBLIO pavērsienus hronoloģiskā secībā."),
         "explanation": ("Start in November 2019, research in 2020, first online event on 31 March 2021, MOOC on 4 October 2021, then specialisation courses and work-based learning.",
                         "Sākums 2019. gada novembrī, izpēte 2020. gadā, pirmais tiešsaistes pasākums 2021. gada 31. martā, MOOC 2021. gada 4. oktobrī, pēc tam specializācijas kursi un mācības darba vidē."),
         "steps": [
             {"id": "start", "text": ("The project starts", "Projekts sākas")},
             {"id": "research", "text": ("Survey and interviews define two job profiles", "Aptauja un intervijas nosaka divus darba profilus")},
             {"id": "event", "text": ("First international online event (187 participants)", "Pirmais starptautiskais tiešsaistes pasākums (187 dalībnieki)")},
             {"id": "mooc", "text": ("The MOOC opens", "Sākas MOOC")},
             {"id": "wbl", "text": ("Specialisation courses and work-based learning", "Specializācijas kursi un mācības darba vidē")},
         ]},
        {"id": "f-help-desk", "type": "multiple",
         "prompt": ("Which are good practices at a library's digital help desk? Choose all that apply.",
                    "Kuras ir labas prakses bibliotēkas digitālā atbalsta punktā? Atzīmējiet visas atbilstošās."),
         "explanation": ("Let users keep control, protect their data and record only the topic of each request.",
                         "Ļaujiet lietotājiem saglabāt kontroli, sargājiet viņu datus un pierakstiet tikai pieprasījuma tēmu."),
         "options": [
             opt("a", ("Let the user type, and explain each step", "Ļaut lietotājam rakstīt pašam un paskaidrot katru soli"), True),
             opt("b", ("Log out of all accounts after the session", "Pēc sesijas izrakstīties no visiem kontiem"), True),
             opt("c", ("Keep a notebook of users' passwords to save time", "Glabāt burtnīcu ar lietotāju parolēm, lai ietaupītu laiku"),
                 feedback=("Never store users' passwords.", "Nekad neglabājiet lietotāju paroles.")),
             opt("d", ("Record the topic of each request, without names", "Pierakstīt katra pieprasījuma tēmu bez vārdiem"), True),
         ]},
    ],
}


# ------------------------------------------------------ pre- and post-test --
# The same eight questions before the course (the pre-test: one attempt, nothing to
# pass) and after it (the post-test), one per skill of the course, so the facilitator's
# dashboard shows each learner's gain (docs/cohorts.md). Marked in course.toml with
# test = "pre" / "post".
PRE_POST_QUESTIONS = [
    {"id": "t-needs", "type": "single",
     "prompt": ("You want to start a new service at your library. What do you do first?",
                "Jūs vēlaties sākt jaunu pakalpojumu savā bibliotēkā. Ko darāt vispirms?"),
     "explanation": ("Ask the community what it needs: surveys, a suggestion box, talks at the desk.",
                     "Pajautājiet kopienai, kas tai vajadzīgs: aptaujas, ieteikumu kaste, sarunas pie apkalpošanas galda."),
     "options": [
         opt("a", ("Ask the community what it needs", "Pajautāju kopienai, kas tai vajadzīgs"), True),
         opt("b", ("Copy what the largest library in the country does",
                   "Atkārtoju to, ko dara lielākā bibliotēka valstī"),
             feedback=("Its community is not yours: ask your own first.",
                       "Tās kopiena nav jūsu kopiena: vispirms jautājiet savējai.")),
         opt("c", ("Buy the newest equipment first", "Vispirms iegādājos jaunāko aprīkojumu")),
     ]},
    {"id": "t-channels", "type": "true_false",
     "prompt": ("A post on the library's social media page reaches every group of its users.",
                "Ieraksts bibliotēkas sociālo tīklu lapā sasniedz visas tās lietotāju grupas."),
     "answer": False,
     "explanation": ("Some users are not online: combine posters, the desk and partners with online channels.",
                     "Daļa lietotāju nav tiešsaistē: apvienojiet plakātus, apkalpošanas galdu un partnerus ar tiešsaistes kanāliem.")},
    {"id": "t-e-services", "type": "multiple",
     "prompt": ("A user asks for help with an online public service. What is good practice? Choose all that apply.",
                "Lietotājs lūdz palīdzību ar e-pakalpojumu. Kas ir laba prakse? Atzīmējiet visu atbilstošo."),
     "explanation": ("The user keeps control: they type, you explain, and every account is logged out afterwards.",
                     "Kontrole paliek lietotājam: viņš raksta, jūs skaidrojat, un pēc tam no visiem kontiem izrakstās."),
     "options": [
         opt("a", ("Let the user type, and explain each step", "Ļauju lietotājam rakstīt pašam un skaidroju katru soli"), True),
         opt("b", ("Log out of every account afterwards", "Pēc tam izrakstos no visiem kontiem"), True),
         opt("c", ("Type the user's password for them to save time",
                   "Lai ietaupītu laiku, pats ierakstu lietotāja paroli"),
             feedback=("Never: the password stays the user's alone.",
                       "Nekad: parole pieder tikai lietotājam.")),
     ]},
    {"id": "t-privacy", "type": "single",
     "prompt": ("What should the help desk write down about each request?",
                "Ko digitālā atbalsta punktam vajadzētu pierakstīt par katru pieprasījumu?"),
     "explanation": ("The topic is enough to plan the service; names and personal data stay out.",
                     "Pakalpojuma plānošanai pietiek ar tēmu; vārdi un personas dati netiek pierakstīti."),
     "options": [
         opt("a", ("Its topic, without names", "Tā tēmu, bez vārdiem"), True),
         opt("b", ("The user's name and phone number", "Lietotāja vārdu un tālruņa numuru"),
             feedback=("Personal data are not needed to plan a service.",
                       "Pakalpojuma plānošanai personas dati nav vajadzīgi.")),
         opt("c", ("Nothing at all", "Neko")),
     ]},
    {"id": "t-digitisation", "type": "single",
     "prompt": ("What comes first in a small digitisation project?",
                "Kas ir pirmais solis nelielā digitalizācijas projektā?"),
     "explanation": ("Choose what to digitise and check its rights before any scanning.",
                     "Pirms skenēšanas izvēlieties, ko digitalizēt, un pārbaudiet tiesības."),
     "options": [
         opt("a", ("Selecting the items and checking their rights", "Vienību atlase un to tiesību pārbaude"), True),
         opt("b", ("Scanning everything as fast as possible", "Visa skenēšana pēc iespējas ātrāk"),
             feedback=("Without a selection and a rights check, much of it cannot be published.",
                       "Bez atlases un tiesību pārbaudes lielu daļu nevarēs publicēt.")),
         opt("c", ("Publishing the files online", "Datņu publicēšana tiešsaistē")),
     ]},
    {"id": "t-public-domain", "type": "true_false",
     "prompt": ("A faithful photo of a public-domain painting should stay in the public domain.",
                "Publiskā domēna gleznas precīzai fotogrāfijai jāpaliek publiskajā domēnā."),
     "answer": True,
     "explanation": ("Article 14 of Directive 2019/790: reproductions of public-domain works of visual art stay free.",
                     "Direktīvas 2019/790 14. pants: publiskā domēna vizuālās mākslas darbu reprodukcijas paliek brīvas.")},
    {"id": "t-mining", "type": "single",
     "prompt": ("What does text and data mining need from digitised newspapers?",
                "Kas teksta un datu ieguvei vajadzīgs no digitalizētiem laikrakstiem?"),
     "explanation": ("Page images must be turned into machine-readable text (OCR) first.",
                     "Lappušu attēli vispirms jāpārvērš mašīnlasāmā tekstā (OCR)."),
     "options": [
         opt("a", ("Machine-readable text (OCR)", "Mašīnlasāms teksts (OCR)"), True),
         opt("b", ("High-resolution colour images only", "Tikai augstas izšķirtspējas krāsu attēli"),
             feedback=("Images alone cannot be searched or counted.",
                       "Attēlos vien nevar meklēt vai skaitīt vārdus.")),
         opt("c", ("A virtual reality headset", "Virtuālās realitātes brilles")),
     ]},
    {"id": "t-peers", "type": "single",
     "prompt": ("A colleague struggles with a new digital tool. What helps most?",
                "Kolēģim ir grūtības ar jaunu digitālo rīku. Kas palīdz visvairāk?"),
     "explanation": ("Short hands-on practice with a peer closes a skills gap best.",
                     "Prasmju trūkumu vislabāk novērš īsa praktiska nodarbība kopā ar kolēģi."),
     "options": [
         opt("a", ("A short hands-on session together", "Īsa praktiska nodarbība kopā"), True),
         opt("b", ("A long printed manual", "Gara drukāta rokasgrāmata"),
             feedback=("Manuals help later; practice with a peer helps first.",
                       "Rokasgrāmata noder vēlāk; vispirms palīdz prakse kopā ar kolēģi.")),
         opt("c", ("Doing the task for them every time", "Katru reizi izdarīt darbu viņa vietā")),
     ]},
]
QUIZZES["pretest"] = {
    "title": ("Before you start: what do you already know?",
              "Pirms sākat: ko jūs jau zināt?"),
    "pass_mark": 0.0,
    "max_attempts": 1,
    "shuffle_options": True,
    "questions": PRE_POST_QUESTIONS,
}
QUIZZES["posttest"] = {
    "title": ("After the course: what do you know now?",
              "Pēc kursa: ko jūs zināt tagad?"),
    "pass_mark": 0.7,
    "shuffle_options": True,
    "questions": PRE_POST_QUESTIONS,
}


# ------------------------------------------------------------------ writer --
def q(s: str) -> str:
    """A TOML basic string (JSON string escapes are valid TOML escapes)."""
    return json.dumps(s, ensure_ascii=False)


def val(v, li):
    if isinstance(v, tuple):
        return val(v[li], li) if isinstance(v[li], list) else q(v[li])
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return q(v)
    if isinstance(v, list):
        return "[" + ", ".join(val(x, li) for x in v) + "]"
    raise TypeError(v)


QUIZ_KEYS = ("title", "pass_mark", "max_attempts", "shuffle_questions", "shuffle_options", "draw")
Q_KEYS = ("id", "type", "prompt", "answer", "tolerance", "accepted", "text", "distractors",
          "max_length", "feedback_true", "feedback_false", "explanation", "points")


def render(name, quiz, li):
    out = [f"# Generated by tools/make_quizzes.py from a bilingual source: edit there, then re-run.",
           ""]
    for k in QUIZ_KEYS:
        if k in quiz:
            out.append(f"{k} = {val(quiz[k], li)}")
    for question in quiz["questions"]:
        out += ["", "[[questions]]"]
        for k in Q_KEYS:
            if k in question:
                out.append(f"{k} = {val(question[k], li)}")
        for sub, table in (("options", "questions.options"), ("pairs", "questions.pairs"),
                           ("steps", "questions.steps")):
            for entry in question.get(sub, []):
                out.append(f"[[{table}]]")
                for k, v in entry.items():
                    out.append(f"{k} = {val(v, li)}")
    return "\n".join(out) + "\n"


def main():
    for li, lang in enumerate(LANGS):
        d = COURSE / "quizzes" / lang
        d.mkdir(parents=True, exist_ok=True)
        for name, quiz in QUIZZES.items():
            (d / f"{name}.toml").write_text(render(name, quiz, li), encoding="utf-8")
    print("quizzes written:", ", ".join(QUIZZES))


if __name__ == "__main__":
    main()

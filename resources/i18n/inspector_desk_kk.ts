<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AppealPage</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Артқа (Alt+Солға)</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>Жаңа &amp;мерзім</translation>
    </message>
    <message>
        <source>&amp;Reason for extension</source>
        <translation>Ұзарту &amp;себебі</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Жауап</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Жауапты тіркеу</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Кімнен: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Түсті: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Күйі: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <source>Working days left: %1</source>
        <translation>Қалған жұмыс күндері: %1</translation>
    </message>
    <message>
        <source>Extended: %1</source>
        <translation>Ұзартылды: %1</translation>
    </message>
    <message>
        <source>Answer (%1): %2</source>
        <translation>Жауап (%1): %2</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>answered %1</source>
        <translation>жауап берілді %1</translation>
    </message>
    <message>
        <source>%1 working d overdue</source>
        <translation>%1 жұмыс күні кешікті</translation>
    </message>
    <message>
        <source>%1 working d</source>
        <translation>%1 жұмыс күні</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Show answered</source>
        <translation>Жауап берілгендерді көрсету</translation>
    </message>
    <message>
        <source>Register appeal</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Register an appeal received at the beat</source>
        <translation>Учаскеде түскен өтінішті тіркеу</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Viewed</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>Viewed the case timeline</source>
        <translation>Іс хронологиясын қарау</translation>
    </message>
    <message>
        <source>Viewed a resident</source>
        <translation>Тұрғынды қарау</translation>
    </message>
    <message>
        <source>Viewed a household</source>
        <translation>Үй шаруашылығын қарау</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыптан шығару</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Report produced, printed or saved</source>
        <translation>Есеп жасалды, басып шығарылды немесе сақталды</translation>
    </message>
    <message>
        <source>Opened the audit log</source>
        <translation>Аудит журналы ашылды</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
</context>
<context>
    <name>AuditPageWidget</name>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Every view of a DV case, every change, export and print, and every sign-in and unlock on this laptop. Opening this log is recorded too.</source>
        <translation>Осы ноутбуктағы тұрмыстық зорлық-зомбылық ісін әрбір қарау, әрбір өзгерту, экспорт пен басып шығару, әрбір кіру мен құлыптан шығару. Бұл журналды ашу да жазылады.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Name, DV case number or record id</source>
        <translation>Аты-жөні, іс нөмірі немесе жазба идентификаторы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Барлық оқиғалар</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Кез келген нәтиже</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Кезеңнің соңы басынан бұрын.</translation>
    </message>
    <message>
        <source>Entries shown: %1, more below</source>
        <translation>Көрсетілген жазбалар: %1, төменде тағы бар</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Жазбалар: %1</translation>
    </message>
    <message>
        <source>values of DV records are hidden from administrators</source>
        <translation>тұрмыстық зорлық-зомбылық жазбаларының мәндері әкімшілерден жасырылған</translation>
    </message>
</context>
<context>
    <name>BeatObjectEditor</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;Address or place</source>
        <translation>&amp;Мекенжайы немесе орны</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Contact person, phone, opening hours</source>
        <translation>Байланыс тұлғасы, телефон, жұмыс уақыты</translation>
    </message>
    <message>
        <source>New beat object</source>
        <translation>Учаскенің жаңа нысаны</translation>
    </message>
    <message>
        <source>Correct the beat object</source>
        <translation>Учаске нысанын түзету</translation>
    </message>
</context>
<context>
    <name>BeatObjectsPage</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Beat objects</source>
        <translation>Учаске нысандары</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Нысан түрі</translation>
    </message>
    <message>
        <source>Add object…</source>
        <translation>Нысан қосу…</translation>
    </message>
    <message>
        <source>Register a school, shop, camera or other place on the beat</source>
        <translation>Учаскедегі мектепті, дүкенді, камераны немесе басқа орынды тіркеу</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>Correct the selected object</source>
        <translation>Таңдалған нысанды түзету</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кім берді</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Артқа (Alt+Солға)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — need-to-know only. This view is recorded in the audit log.</source>
        <translation>ҚҰПИЯ — тек рұқсаты барларға. Бұл қарау аудит журналына жазылды.</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>Бақылау барысын тіркеу</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Жабуды сұрау</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Жабуды бекіту</translation>
    </message>
    <message>
        <source>Reject closure</source>
        <translation>Жабудан бас тарту</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Басқаға беру…</translation>
    </message>
    <message>
        <source>Hand the case to another inspector of the unit</source>
        <translation>Істі бөлімшенің басқа инспекторына беру</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Бағалауды сақтау</translation>
    </message>
    <message>
        <source>Record incident…</source>
        <translation>Оқиғаны тіркеу…</translation>
    </message>
    <message>
        <source>Add measure…</source>
        <translation>Шара қосу…</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Қайта қарауды тіркеу…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Тәуекелді бағалау</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Шаралар</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Іс %1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>тәуекел: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>бағаланбаған</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>жауапты: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>ашылды %1</translation>
    </message>
    <message>
        <source>review due %1</source>
        <translation>қайта қарау %1 дейін</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Қашан</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Не болды</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>Оқиғаны тіркеу</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Шара</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Басталуы</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Аяқталуы</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>&amp;Кім берді</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Шара қосу</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Қорытындылар</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Қайта қарауды тіркеу</translation>
    </message>
    <message>
        <source>Why can the case be closed?</source>
        <translation>Неліктен істі жабуға болады?</translation>
    </message>
    <message>
        <source>Why must the case stay open?</source>
        <translation>Неліктен іс ашық қалуы керек?</translation>
    </message>
    <message>
        <source>Reassign case</source>
        <translation>Істі беру</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>Жаңа жауапты:</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Қайта қарау мерзімі</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>Тұрмыстық зорлық істері</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.</source>
        <translation>ҚҰПИЯ — тұрмыстық зорлық-зомбылық туралы мәліметтер. Әр қарау аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Белсенді істер</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Іс күйі</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <source>The new password needs at least 10 characters and at least three of: lower-case letters, upper-case letters, digits, symbols; it must not contain your login. The database is not re-encrypted: only its key is locked with the new password.</source>
        <translation>Жаңа құпиясөз: кемінде 10 таңба және мыналардың кемінде үш түрі: кіші әріптер, бас әріптер, цифрлар, таңбалар; онда логиніңіз болмауы керек. Дерекқор қайта шифрланбайды: жаңа құпиясөзбен тек оның кілті құлыпталады.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Қазіргі құпиясөз</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>Жаңа құпиясөзді &amp;қайталаңыз</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Қазіргі құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new password to unlock Inspector Desk from now on.</source>
        <translation>Құпиясөз өзгертілді. Енді Inspector Desk-ті жаңа құпиясөзбен ашыңыз.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Resident</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>DV case</source>
        <translation>Тұрмыстық зорлық ісі</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Beat object</source>
        <translation>Учаске нысаны</translation>
    </message>
    <message>
        <source>Registry entry</source>
        <translation>Есеп жазбасы</translation>
    </message>
    <message>
        <source>Protective measure</source>
        <translation>Қорғау шарасы</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Пікір</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision</source>
        <translation>Шешімді күтіп тұрған қайшылықтар</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops before they synced. The record shows the later value; choose which one to keep, or type a value that combines both. Your decision is sent to HQ and every laptop of the beat.</source>
        <translation>Бір өріс синхрондауға дейін екі ноутбукта өзгертілді. Жазбада кейінгі мән көрсетілген; қайсысын қалдыру керегін таңдаңыз немесе екеуін біріктіретін мәнді енгізіңіз. Шешіміңіз штабқа және учаскенің барлық ноутбуктарына жіберіледі.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Қазір көрсетілген</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Басқа мән</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>No conflicts: every edit has been merged.</source>
        <translation>Қайшылықтар жоқ: барлық түзетулер біріктірілді.</translation>
    </message>
    <message>
        <source>Keep a combined value:</source>
        <translation>Біріктірілген мәнді қалдыру:</translation>
    </message>
    <message>
        <source>Combined value</source>
        <translation>Біріктірілген мән</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Осы мәнді қалдыру</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Жазбаны ашу</translation>
    </message>
    <message>
        <source>you</source>
        <translation>сіз</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>басқа ноутбук</translation>
    </message>
    <message>
        <source>%1 (edited after it was voided)</source>
        <translation>%1 (жойылғаннан кейін өзгертілді)</translation>
    </message>
    <message>
        <source>Keep what is shown now: %1</source>
        <translation>Қазір көрсетілгенді қалдыру: %1</translation>
    </message>
    <message>
        <source>Keep the other value: %1</source>
        <translation>Басқа мәнді қалдыру: %1</translation>
    </message>
    <message>
        <source>Could not keep the value: %1</source>
        <translation>Мәнді сақтау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were kept. Restore them?</source>
        <translation>%1 кезіндегі сақталмаған өзгерістер жобада қалды. Қалпына келтіру керек пе?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This field is required</source>
        <translation>Бұл өріс міндетті</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
    <message>
        <source>There is no such account on this laptop.</source>
        <translation>Бұл ноутбукта мұндай тіркелгі жоқ.</translation>
    </message>
    <message>
        <source>The key file of this laptop's database is missing or damaged.</source>
        <translation>Бұл ноутбуктің дерекқор кілті файлы жоқ немесе бүлінген.</translation>
    </message>
    <message>
        <source>The text is too long</source>
        <translation>Мәтін тым ұзын</translation>
    </message>
    <message>
        <source>The text may not contain control characters (such as NUL or ESC)</source>
        <translation>Мәтінде басқару таңбалары (мысалы, NUL немесе ESC) болмауы керек</translation>
    </message>
    <message>
        <source>The text may not contain invisible text-direction override characters</source>
        <translation>Мәтінде мәтін бағытын өзгертетін көрінбейтін таңбалар болмауы керек</translation>
    </message>
    <message>
        <source>The text contains an invalid character</source>
        <translation>Мәтінде жарамсыз таңба бар</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <translation>Тізімнен мән таңдаңыз</translation>
    </message>
    <message>
        <source>The value is out of the allowed range</source>
        <translation>Мән рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <source>IIN must be 12 digits</source>
        <translation>ЖСН 12 цифрдан тұруы керек</translation>
    </message>
    <message>
        <source>IIN digit 7 (century and sex) must be from 1 to 6</source>
        <translation>ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек</translation>
    </message>
    <message>
        <source>IIN digits 1–6 must be a real birth date (YYMMDD)</source>
        <translation>ЖСН-нің 1–6 цифрлары нақты туған күн болуы керек (ЖЖААКК)</translation>
    </message>
    <message>
        <source>This IIN can never be issued</source>
        <translation>Мұндай ЖСН берілмейді</translation>
    </message>
    <message>
        <source>IIN check digit does not match: check the number</source>
        <translation>ЖСН бақылау цифры сәйкес емес: нөмірді тексеріңіз</translation>
    </message>
    <message>
        <source>This IIN is already registered to another resident</source>
        <translation>Бұл ЖСН басқа тұрғынға тіркелген</translation>
    </message>
    <message>
        <source>This does not agree with the IIN</source>
        <translation>ЖСН-мен сәйкес емес</translation>
    </message>
    <message>
        <source>Use letters, spaces, hyphens and apostrophes only</source>
        <translation>Тек әріптер, бос орын, дефис пен апостроф қолданыңыз</translation>
    </message>
    <message>
        <source>The date may not be in the future</source>
        <translation>Күн болашақта болмауы керек</translation>
    </message>
    <message>
        <source>The visit time may not be in the future</source>
        <translation>Бару уақыты болашақта болмауы керек</translation>
    </message>
    <message>
        <source>A preventive talk needs a topic</source>
        <translation>Профилактикалық әңгімеге тақырып керек</translation>
    </message>
    <message>
        <source>Name the resident or the household visited</source>
        <translation>Барған тұрғынды немесе үй шаруашылығын көрсетіңіз</translation>
    </message>
    <message>
        <source>The resident does not live in this household</source>
        <translation>Тұрғын бұл үй шаруашылығында тұрмайды</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Телефон нөмірі дұрыс емес</translation>
    </message>
    <message>
        <source>Too many entries</source>
        <translation>Жазбалар тым көп</translation>
    </message>
    <message>
        <source>The offender cannot be the victim</source>
        <translation>Құқық бұзушы жәбірленуші бола алмайды</translation>
    </message>
    <message>
        <source>The level may only be raised, never lowered</source>
        <translation>Деңгейді тек көтеруге болады, төмендетуге болмайды</translation>
    </message>
    <message>
        <source>Give the reason for raising the level</source>
        <translation>Деңгейді көтеру себебін көрсетіңіз</translation>
    </message>
    <message>
        <source>Choose one of the answer options</source>
        <translation>Жауап нұсқаларының бірін таңдаңыз</translation>
    </message>
    <message>
        <source>The questionnaire has changed: reopen the case</source>
        <translation>Сауалнама өзгерді: істі қайта ашыңыз</translation>
    </message>
    <message>
        <source>This address is already registered</source>
        <translation>Бұл мекенжай тіркелген</translation>
    </message>
    <message>
        <source>This household is already registered at the address</source>
        <translation>Бұл үй шаруашылығы мекенжайда тіркелген</translation>
    </message>
    <message>
        <source>This household does not exist or was voided</source>
        <translation>Мұндай үй шаруашылығы жоқ немесе жойылған</translation>
    </message>
    <message>
        <source>The household must be on the resident's beat</source>
        <translation>Үй шаруашылығы тұрғынның учаскесінде болуы керек</translation>
    </message>
    <message>
        <source>The address must be on the object's beat</source>
        <translation>Мекенжай нысанның учаскесінде болуы керек</translation>
    </message>
    <message>
        <source>This resident does not exist or was voided</source>
        <translation>Мұндай тұрғын жоқ немесе жазба жойылған</translation>
    </message>
    <message>
        <source>This user does not exist</source>
        <translation>Мұндай пайдаланушы жоқ</translation>
    </message>
    <message>
        <source>The visit must be on your beat</source>
        <translation>Бару сіздің учаскеңізде болуы керек</translation>
    </message>
    <message>
        <source>The appeal has already been answered</source>
        <translation>Өтінішке жауап берілген</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the appeal was received</source>
        <translation>Жауап күні өтініш түскен күннен ерте бола алмайды</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one</source>
        <translation>Жаңа мерзім қазіргіден кейін болуы керек</translation>
    </message>
    <message>
        <source>The deadline may be extended to at most two months after receipt</source>
        <translation>Мерзімді түскен күннен бастап ең көбі екі айға дейін ұзартуға болады</translation>
    </message>
    <message>
        <source>Give the reason for the extension</source>
        <translation>Ұзарту себебін көрсетіңіз</translation>
    </message>
    <message>
        <source>The date is outside the years the holiday calendar covers</source>
        <translation>Күн мерекелер күнтізбесі қамтитын жылдардан тыс</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Аяқталу күні басталу күнінен ерте</translation>
    </message>
    <message>
        <source>The period may be at most two years</source>
        <translation>Кезең екі жылдан аспауы керек</translation>
    </message>
    <message>
        <source>Not found: choose again from the list</source>
        <translation>Табылмады: тізімнен қайта таңдаңыз</translation>
    </message>
    <message>
        <source>This value is already used</source>
        <translation>Бұл мән қолданылып жүр</translation>
    </message>
    <message>
        <source>This person already has access to the case</source>
        <translation>Бұл қызметкердің іске қолжетімділігі бар</translation>
    </message>
    <message>
        <source>The owner of the case already has access</source>
        <translation>Іске жауапты адамның қолжетімділігі бар</translation>
    </message>
    <message>
        <source>Access can be granted to inspectors and supervisors only</source>
        <translation>Қолжетімділікті тек инспекторлар мен басшыларға беруге болады</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>Іс жабылған</translation>
    </message>
    <message>
        <source>This child is already listed</source>
        <translation>Бұл бала тізімде бар</translation>
    </message>
    <message>
        <source>Closure is already awaiting approval</source>
        <translation>Жабу бекітуді күтуде</translation>
    </message>
    <message>
        <source>No closure request awaits a decision</source>
        <translation>Шешім күтіп тұрған жабу сұранысы жоқ</translation>
    </message>
    <message>
        <source>A case can be owned by an inspector only</source>
        <translation>Іс тек инспекторға бекітілуі мүмкін</translation>
    </message>
    <message>
        <source>The case already belongs to this inspector</source>
        <translation>Іс осы инспекторға бекітілген</translation>
    </message>
    <message>
        <source>This status cannot be set here</source>
        <translation>Бұл күйді мұнда орнатуға болмайды</translation>
    </message>
    <message>
        <source>The measure has already ended</source>
        <translation>Шара аяқталған</translation>
    </message>
    <message>
        <source>The measure has already expired</source>
        <translation>Шараның мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <source>A protective order runs for 30 days</source>
        <translation>Қорғау нұсқамасы 30 күн әрекет етеді</translation>
    </message>
    <message>
        <source>Special requirements run for 3 to 12 months: check the end date</source>
        <translation>Ерекше талаптар 3 айдан 12 айға дейін белгіленеді: аяқталу күнін тексеріңіз</translation>
    </message>
    <message>
        <source>This registry entry has already ended</source>
        <translation>Бұл есеп жазбасы аяқталған</translation>
    </message>
    <message>
        <source>The resident is already on the registry in this category</source>
        <translation>Тұрғын осы санат бойынша есепте тұр</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters</source>
        <translation>Мәтін тым ұзын: ең көбі %1 таңба</translation>
    </message>
    <message>
        <source>You may not do this: the record is outside your beat, or your role does not allow it.</source>
        <translation>Бұл әрекет сізге қолжетімсіз: жазба сіздің учаскеңізден тыс немесе рөліңіз рұқсат бермейді.</translation>
    </message>
    <message>
        <source>This record no longer exists: it was voided or moved out of your beat.</source>
        <translation>Бұл жазба енді жоқ: ол жойылған немесе учаскеңізден ауыстырылған.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>the application's log folder</source>
        <translation>қолданбаның журнал қалтасында</translation>
    </message>
    <message>
        <source>Something went wrong and this action was not completed. Nothing you saved before was lost.

Try again. If it happens again, tell your administrator and give them the log file:
{path}</source>
        <translation>Қате орын алды, әрекет орындалмады. Бұрын сақталған деректер жоғалған жоқ.

Қайталап көріңіз. Қате қайталанса, әкімшіге хабарлап, журнал файлын беріңіз:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
</context>
<context>
    <name>FirstSignIn</name>
    <message>
        <source>HQ accepted your password, but this laptop locks its data only with a stronger one: %1 Change your password at HQ (or ask your administrator), then sign in here again.</source>
        <translation>Штаб құпиясөзіңізді қабылдады, бірақ бұл ноутбук деректерді тек сенімдірек құпиясөзбен құлыптайды: %1 Штабта құпиясөзді ауыстырыңыз (немесе әкімшіге хабарласыңыз), содан кейін осында қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The CA bundle cannot be used: %1</source>
        <translation>КО сертификаттары файлын пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept on this laptop.</source>
        <translation>Болдырылмады. Осы ноутбукта ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>HQ's certificate at %1 is not trusted, so nothing was sent. Check the address, or choose your organisation's CA bundle (ask your administrator).</source>
        <translation>%1 мекенжайындағы штаб сертификаты сенімді емес, сондықтан ештеңе жіберілмеді. Мекенжайды тексеріңіз немесе ұйымыңыздың КО сертификаттары файлын таңдаңыз (әкімшіден сұраңыз).</translation>
    </message>
    <message>
        <source>HQ cannot be reached at %1. Check the address and the network connection, then try again.</source>
        <translation>%1 мекенжайы бойынша штабқа қосылу мүмкін емес. Мекенжай мен желі байланысын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Signing in at HQ and preparing the encrypted database…</source>
        <translation>Штабқа кіру және шифрланған дерекқорды дайындау…</translation>
    </message>
    <message>
        <source>Receiving your data from HQ: %1 records so far…</source>
        <translation>Штабтан деректер алынуда: әзірге %1 жазба алынды…</translation>
    </message>
    <message>
        <source>Done: opening Inspector Desk…</source>
        <translation>Дайын: Inspector Desk ашылуда…</translation>
    </message>
    <message>
        <source>Bringing the data up to date…</source>
        <translation>Деректер жаңартылуда…</translation>
    </message>
    <message>
        <source>Inspector Desk — first sign-in</source>
        <translation>Inspector Desk — алғашқы кіру</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Ноутбукты баптау</translation>
    </message>
    <message>
        <source>This laptop has no Inspector Desk data yet. Sign in once with your HQ account: your data is copied from HQ and locked with your password. After that, Inspector Desk opens with the same password, also without a connection to HQ.</source>
        <translation>Бұл ноутбукта Inspector Desk деректері әлі жоқ. Штабтағы есептік жазбаңызбен бір рет кіріңіз: деректеріңіз штабтан көшіріліп, құпиясөзіңізбен құлыпталады. Осыдан кейін Inspector Desk сол құпиясөзбен, штабпен байланыссыз да ашылады.</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>Штаб &amp;мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional)</source>
        <translation>&amp;КО сертификаттары (міндетті емес)</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>Штаб мекенжайы</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>КО сертификаттары</translation>
    </message>
    <message>
        <source>Only if your administrator gave you one (.pem)</source>
        <translation>Тек әкімші берген болса (.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Болдырмау…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Көше</translation>
    </message>
    <message>
        <source>&amp;House</source>
        <translation>&amp;Үй</translation>
    </message>
    <message>
        <source>&amp;Apartment (if any)</source>
        <translation>&amp;Пәтер (болса)</translation>
    </message>
    <message>
        <source>&amp;Walking order (0: first)</source>
        <translation>&amp;Аралау реті (0 — бірінші)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>New address or household</source>
        <translation>Жаңа мекенжай немесе үй шаруашылығы</translation>
    </message>
    <message>
        <source>Correct the address</source>
        <translation>Мекенжайды түзету</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Соңғы бару</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Households &amp; addresses</source>
        <translation>Үйлер мен мекенжайлар</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Көшелер</translation>
    </message>
    <message>
        <source>Log visit to this household</source>
        <translation>Үй шаруашылығына баруды тіркеу</translation>
    </message>
    <message>
        <source>Log a door-to-door visit to the selected household</source>
        <translation>Таңдалған үй шаруашылығына үйме-үй аралауды тіркеу</translation>
    </message>
    <message>
        <source>New address…</source>
        <translation>Жаңа мекенжай…</translation>
    </message>
    <message>
        <source>Add a building or an apartment to the beat</source>
        <translation>Учаскеге үй немесе пәтер қосу</translation>
    </message>
    <message>
        <source>Correct address…</source>
        <translation>Мекенжайды түзету…</translation>
    </message>
    <message>
        <source>Correct the street, house or walking order of the selected address</source>
        <translation>Таңдалған мекенжайдың көшесін, үйін немесе аралау ретін түзету</translation>
    </message>
    <message>
        <source>Choose a household to see who lives there</source>
        <translation>Онда кім тұратынын көру үшін үй шаруашылығын таңдаңыз</translation>
    </message>
    <message>
        <source>Living at %1</source>
        <translation>Мекенжайда тұратындар: %1</translation>
    </message>
</context>
<context>
    <name>KeptDrafts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Changes you had not saved were kept from last time. Open them now?</source>
        <translation>Өткен жолы сақталмай қалған өзгерістер жобада сақталды. Қазір ашу керек пе?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Door-to-door round</source>
        <translation>Үйме-үй аралау</translation>
    </message>
    <message>
        <source>Prevention visit</source>
        <translation>Профилактикалық бару</translation>
    </message>
    <message>
        <source>DV follow-up</source>
        <translation>Тұрмыстық зорлық ісі бойынша бақылау</translation>
    </message>
    <message>
        <source>Reception at the office</source>
        <translation>Тірек пунктіндегі қабылдау</translation>
    </message>
    <message>
        <source>Preventive talk</source>
        <translation>Профилактикалық әңгіме</translation>
    </message>
    <message>
        <source>Children's safety</source>
        <translation>Балалар қауіпсіздігі</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Есірткі</translation>
    </message>
    <message>
        <source>Internet fraud</source>
        <translation>Интернет-алаяқтық</translation>
    </message>
    <message>
        <source>Road safety</source>
        <translation>Жол қозғалысы қауіпсіздігі</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Тұрмыстық зорлық-зомбылық</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Басқа тақырып</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Кездесу өтті</translation>
    </message>
    <message>
        <source>Nobody at home</source>
        <translation>Үйде ешкім жоқ</translation>
    </message>
    <message>
        <source>Refused to talk</source>
        <translation>Әңгімеден бас тартты</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Көшіп кетті</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Басқа нәтиже</translation>
    </message>
    <message>
        <source>Protective order</source>
        <translation>Қорғау нұсқамасы</translation>
    </message>
    <message>
        <source>Special requirements</source>
        <translation>Ерекше талаптар</translation>
    </message>
    <message>
        <source>Parole</source>
        <translation>Шартты түрде мерзімінен бұрын босату</translation>
    </message>
    <message>
        <source>Administrative supervision</source>
        <translation>Әкімшілік қадағалау</translation>
    </message>
    <message>
        <source>Official warning</source>
        <translation>Ресми ескерту</translation>
    </message>
    <message>
        <source>Non-custodial sentence</source>
        <translation>Бас бостандығынан айырмайтын жаза</translation>
    </message>
    <message>
        <source>Unspent conviction</source>
        <translation>Өтелмеген сотталғандық</translation>
    </message>
    <message>
        <source>Juvenile at risk</source>
        <translation>Тәуекел тобындағы кәмелетке толмаған</translation>
    </message>
    <message>
        <source>Family in difficulty</source>
        <translation>Қолайсыз отбасы</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>Өте жоғары</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Жабу сұралды</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Жабу бекітілді</translation>
    </message>
    <message>
        <source>Closure rejected</source>
        <translation>Жабудан бас тартылды</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Құқық бұзушы</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Referral to a crisis centre</source>
        <translation>Дағдарыс орталығына жолдама</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Басқа шара</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Балабақша</translation>
    </message>
    <message>
        <source>Shop selling alcohol</source>
        <translation>Алкоголь сататын дүкен</translation>
    </message>
    <message>
        <source>CCTV camera</source>
        <translation>Бейнебақылау камерасы</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Бар</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Дәріхана</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Басқа нысан</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Көшірілді</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Іс ашылды</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Тәуекелді бағалау</translation>
    </message>
    <message>
        <source>Measure started</source>
        <translation>Шара басталды</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>Шара аяқталды</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қайта қарау</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Бару уақыты</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Физикалық зорлық-зомбылық</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <source>Psychological violence</source>
        <translation>Психологиялық зорлық-зомбылық</translation>
    </message>
    <message>
        <source>Economic violence</source>
        <translation>Экономикалық зорлық-зомбылық</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Жыныстық зорлық-зомбылық</translation>
    </message>
    <message>
        <source>Breach of a protective order</source>
        <translation>Қорғау нұсқамасын бұзу</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Басқа оқиға</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Inspector Desk is locked</source>
        <translation>Inspector Desk құлыпталған</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Inspector Desk — sign in</source>
        <translation>Inspector Desk — кіру</translation>
    </message>
    <message>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Demo beat: sign in as %1 with the password %2</source>
        <translation>Демо учаске: %1 ретінде %2 құпиясөзімен кіріңіз</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>A local HQ is running at %1: this laptop syncs with it after you sign in.</source>
        <translation>Жергілікті штаб (HQ) %1 мекенжайында жұмыс істеп тұр: кіргеннен кейін ноутбук онымен синхрондалады.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Логин мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Құлып ашылуда…</translation>
    </message>
    <message>
        <source>The login or password is wrong.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Кіру мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>Households &amp; addresses</source>
        <translation>Үйлер мен мекенжайлар</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Барулар</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>Тұрмыстық зорлық істері</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Beat objects</source>
        <translation>Учаске нысандары</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>My unit</source>
        <translation>Менің бөлімшем</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <source>Find a resident: name, IIN, phone or address (Ctrl+K)</source>
        <translation>Тұрғынды табу: аты-жөні, ЖСН, телефон немесе мекенжай (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>Тұрғынды табу</translation>
    </message>
    <message>
        <source>Find a resident by name, IIN, phone or address (Ctrl+K)</source>
        <translation>Тұрғынды аты-жөні, ЖСН, телефоны немесе мекенжайы бойынша табу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>басшы</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>учаскелік инспектор</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Жазба</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Find a resident…</source>
        <translation>Тұрғынды табу…</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>Жаңа тұрғын…</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>Баруды тіркеу…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Қазір құлыптау</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Құпиясөзді ауыстыру…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>About Inspector Desk</source>
        <translation>Inspector Desk туралы</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Save them before leaving?</source>
        <translation>Сақталмаған өзгерістер бар. Кетер алдында сақтау керек пе?</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Баруды тіркеу</translation>
    </message>
    <message>
        <source>Open or select a resident first, then log the visit.</source>
        <translation>Алдымен тұрғынды ашыңыз немесе таңдаңыз, содан кейін баруды тіркеңіз.</translation>
    </message>
    <message>
        <source>No residents found</source>
        <translation>Тұрғындар табылмады</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Дерекқор зақымданған</translation>
    </message>
    <message>
        <source>Inspector Desk found damage in this laptop's database (%1): its data cannot be trusted. Close Inspector Desk and sign in again: you will be offered to restore this laptop from HQ, keeping the damaged file aside.</source>
        <translation>Inspector Desk осы ноутбук дерекқорында зақым тапты (%1): оның деректеріне сенуге болмайды. Inspector Desk-ті жауып, қайта кіріңіз: ноутбукты штабтан қалпына келтіру ұсынылады, зақымданған файл бөлек сақталады.</translation>
    </message>
    <message>
        <source>Inspector Desk: the district police inspector's desk, offline first.</source>
        <translation>Inspector Desk — желісіз жұмыс істейтін учаскелік полиция инспекторының жұмыс орны.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another household</source>
        <translation>Басқа үй шаруашылығына көшіру</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Көше</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>nobody lives here yet</source>
        <translation>мұнда әзірге ешкім тұрмайды</translation>
    </message>
    <message>
        <source>Choose the household to move to</source>
        <translation>Көшіретін үй шаруашылығын таңдаңыз</translation>
    </message>
</context>
<context>
    <name>NewAppealDialog</name>
    <message>
        <source>Register appeal</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Түсті</translation>
    </message>
    <message>
        <source>&amp;From whom</source>
        <translation>&amp;Кімнен</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Байланыс</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Тақырыбы</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Мәтіні</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>NewResidentDialog</name>
    <message>
        <source>New resident</source>
        <translation>Жаңа тұрғын</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>You have no beat to add to</source>
        <translation>Қосатын учаскеңіз жоқ</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.</source>
        <translation>ҚҰПИЯ — тұрмыстық зорлық-зомбылық туралы мәліметтер. Әр қарау аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Type a name, IIN or phone</source>
        <translation>Аты-жөнін, ЖСН немесе телефонды енгізіңіз</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Құқық бұзушы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша сипаттама</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>&amp;Offender</source>
        <translation>&amp;Құқық бұзушы</translation>
    </message>
    <message>
        <source>&amp;Children in the household</source>
        <translation>Үй шаруашылығындағы &amp;балалар</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Қысқаша сипаттама</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Open a DV case</source>
        <translation>Тұрмыстық зорлық ісін ашу</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Таңдалды: %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Arrives with the reports issue.</source>
        <translation>Есептер тапсырмасымен қосылады.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Arrives with the sync issue. Until then this laptop works offline and keeps every change in its outbox.</source>
        <translation>Синхрондау тапсырмасымен қосылады. Оған дейін ноутбук желісіз жұмыс істейді және барлық өзгерістерді жіберу кезегінде сақтайды.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Дерекқор зақымданған</translation>
    </message>
    <message>
        <source>The database on this laptop is damaged or was altered</source>
        <translation>Осы ноутбуктағы дерекқор зақымданған немесе өзгертілген</translation>
    </message>
    <message>
        <source>Your password is right, but the database file no longer reads back as it was written: it was changed outside Inspector Desk, cut short, or replaced. Its data cannot be trusted.

Inspector Desk can set this laptop up again from HQ: the damaged files are kept aside under a dated name (nothing is deleted), a new database is made, locked with your password, and filled from HQ. Changes that were never sent to HQ cannot be taken over. This needs a connection to HQ.</source>
        <translation>Құпиясөз дұрыс, бірақ дерекқор файлы жазылғандай оқылмайды: оны Inspector Desk-тен тыс өзгерткен, қысқартқан немесе ауыстырған. Оның деректеріне сенуге болмайды.

Inspector Desk ноутбукты штабтан қайта баптай алады: зақымданған файлдар күні бар атаумен бөлек сақталады (ештеңе жойылмайды), құпиясөзіңізбен құлыпталған жаңа дерекқор жасалып, штаб деректерімен толтырылады. Штабқа жіберілмеген өзгерістерді көшіру мүмкін емес. Штабпен байланыс қажет.</translation>
    </message>
    <message>
        <source>&amp;HQ server address</source>
        <translation>Штаб серверінің &amp;мекенжайы</translation>
    </message>
    <message>
        <source>HQ server address</source>
        <translation>Штаб серверінің мекенжайы</translation>
    </message>
    <message>
        <source>Restore from HQ</source>
        <translation>Штабтан қалпына келтіру</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <source>Enter HQ's address, starting with https://</source>
        <translation>Штаб мекенжайын https:// деп бастап енгізіңіз</translation>
    </message>
    <message>
        <source>Restoring from HQ… this can take a few minutes.</source>
        <translation>Штабтан қалпына келтірілуде… бұл бірнеше минутқа созылуы мүмкін.</translation>
    </message>
    <message>
        <source>The restore did not complete; the damaged files were left as they were: %1</source>
        <translation>Қалпына келтіру аяқталмады; зақымданған файлдар сол күйінде қалды: %1</translation>
    </message>
</context>
<context>
    <name>RegistryEditor</name>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Санат</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Негіздеме</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Басталуы</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Аяқталуы</translation>
    </message>
    <message>
        <source>Put on the registry</source>
        <translation>Профилактикалық есепке қою</translation>
    </message>
    <message>
        <source>Correct the registry entry</source>
        <translation>Есеп жазбасын түзету</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Есептен шығарылған күні</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>Take off the registry</source>
        <translation>Есептен шығару</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Unit caseload</source>
        <translation>Бөлімшенің жүктемесі</translation>
    </message>
    <message>
        <source>Inspector caseload</source>
        <translation>Учаскелік инспектордың жүктемесі</translation>
    </message>
    <message>
        <source>Overdue visits</source>
        <translation>Мерзімі өткен барулар</translation>
    </message>
    <message>
        <source>Protective measures ending soon</source>
        <translation>Мерзімі аяқталатын қорғау шаралары</translation>
    </message>
    <message>
        <source>High-risk DV cases</source>
        <translation>Қауіптілігі жоғары тұрмыстық зорлық-зомбылық істері</translation>
    </message>
    <message>
        <source>Appeals by deadline</source>
        <translation>Өтініштер мерзімі бойынша</translation>
    </message>
    <message>
        <source>Resident card</source>
        <translation>Тұрғын карточкасы</translation>
    </message>
    <message>
        <source>Round sheet</source>
        <translation>Аралау парағы</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Есеп</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Кезең &amp;басы</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Кезең &amp;соңы</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;Күнге</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>Ending &amp;within, days</source>
        <translation>&amp;Аяқталу мерзімі, күн</translation>
    </message>
    <message>
        <source>Due &amp;within, working days</source>
        <translation>&amp;Мерзімі, жұмыс күні</translation>
    </message>
    <message>
        <source>Answered appeals</source>
        <translation>Жауап берілген өтініштер</translation>
    </message>
    <message>
        <source>&amp;Streets</source>
        <translation>&amp;Көшелер</translation>
    </message>
    <message>
        <source>R&amp;esident</source>
        <translation>&amp;Тұрғын</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Тізімдер</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>Есеп &amp;тілі</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Күнге</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Measures ending within, days</source>
        <translation>Аяқталатын шаралар, күн ішінде</translation>
    </message>
    <message>
        <source>Appeals due within, working days</source>
        <translation>Мерзімі жақындаған өтініштер, жұмыс күні</translation>
    </message>
    <message>
        <source>Include answered appeals</source>
        <translation>Жауап берілген өтініштерді қосу</translation>
    </message>
    <message>
        <source>Streets of the round</source>
        <translation>Аралау көшелері</translation>
    </message>
    <message>
        <source>Find the resident</source>
        <translation>Тұрғынды табу</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>Табылған тұрғындар</translation>
    </message>
    <message>
        <source>Each inspector's lists after the figures</source>
        <translation>Көрсеткіштерден кейін әр инспектордың тізімдері</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Есеп тілі</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Есепті құру</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Есептен бас тарту</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Есепті құру барысы</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Есепті алдын ала қарау</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Есепті басып шығару</translation>
    </message>
    <message>
        <source>Save the report as a file</source>
        <translation>Есепті файлға сақтау</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>Name, IIN, phone or address</source>
        <translation>Аты-жөні, ЖСН, телефон немесе мекенжай</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Құру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Басқаша сақтау…</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Есеп құрылуда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Есепті құру тоқтатылды.</translation>
    </message>
    <message>
        <source>The report is ready.</source>
        <translation>Есеп дайын.</translation>
    </message>
    <message>
        <source>Choose a report and press Generate.</source>
        <translation>Есепті таңдап, «Құру» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>беттер: %1</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Есеп басып шығаруға жіберілді.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Файлды сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ResidentCardPage</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>active</source>
        <translation>күшінде</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Тізімге оралу (Alt+Солға)</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Баруды тіркеу</translation>
    </message>
    <message>
        <source>Log a visit to this resident (Ctrl+L)</source>
        <translation>Осы тұрғынға баруды тіркеу (Ctrl+L)</translation>
    </message>
    <message>
        <source>Open DV case…</source>
        <translation>Зорлық ісін ашу…</translation>
    </message>
    <message>
        <source>Open a domestic-violence case with this resident as the victim</source>
        <translation>Осы тұрғын жәбірленуші болатын тұрмыстық зорлық ісін ашу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Өзгерістерді сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Өзгерістерді болдырмау</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>Басқа үй шаруашылығына көшіру…</translation>
    </message>
    <message>
        <source>The resident moved: choose the street and the door</source>
        <translation>Тұрғын көшті: көше мен пәтерді таңдаңыз</translation>
    </message>
    <message>
        <source>Put on the registry…</source>
        <translation>Есепке қою…</translation>
    </message>
    <message>
        <source>Add a registry entry under a category</source>
        <translation>Санат бойынша есеп жазбасын қосу</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>Correct the selected entry</source>
        <translation>Таңдалған жазбаны түзету</translation>
    </message>
    <message>
        <source>Take off…</source>
        <translation>Есептен шығару…</translation>
    </message>
    <message>
        <source>End the selected entry</source>
        <translation>Таңдалған жазбаны аяқтау</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Барулар</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>Тұрмыстық зорлық істері</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>No household recorded</source>
        <translation>Үй шаруашылығы көрсетілмеген</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ЖСН %1</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 жаста</translation>
    </message>
    <message>
        <source>next visit due %1</source>
        <translation>келесі бару %1 дейін</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation>Әкесінің а&amp;ты</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Туған &amp;күні</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>Т&amp;елефондар</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ескерт&amp;пелер</translation>
    </message>
    <message>
        <source>12 digits; fills birth date and sex</source>
        <translation>12 цифр; туған күні мен жынысын толтырады</translation>
    </message>
    <message>
        <source>+7 701 234 5678, several separated by commas</source>
        <translation>+7 701 234 5678, бірнешеуі — үтір арқылы</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Birth date and sex filled from the IIN</source>
        <translation>Туған күні мен жынысы ЖСН бойынша толтырылды</translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>DV</source>
        <translation>Тұрм. зорлық</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Келесі бару</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Бұл бағанды сұрыптауға болмайды</translation>
    </message>
    <message>
        <source>open case</source>
        <translation>ашық іс</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>Search by name, IIN, phone or address</source>
        <translation>Аты-жөні, ЖСН, телефон немесе мекенжай бойынша іздеу</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>Тұрғындарды іздеу</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Сүзгілер:</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Жаңа тұрғын</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation>Жаңа тұрғынды тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Баруды тіркеу</translation>
    </message>
    <message>
        <source>Log a visit to the selected resident (Ctrl+L)</source>
        <translation>Таңдалған тұрғынға баруды тіркеу (Ctrl+L)</translation>
    </message>
    <message>
        <source>Any registry category</source>
        <translation>Кез келген есеп санаты</translation>
    </message>
    <message>
        <source>Registry category</source>
        <translation>Есеп санаты</translation>
    </message>
    <message>
        <source>DV case: any</source>
        <translation>Зорлық ісі: кез келген</translation>
    </message>
    <message>
        <source>With an open DV case</source>
        <translation>Ашық зорлық ісі бар</translation>
    </message>
    <message>
        <source>Without an open DV case</source>
        <translation>Ашық зорлық ісі жоқ</translation>
    </message>
    <message>
        <source>Open DV case</source>
        <translation>Ашық зорлық ісі</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Кез келген жас</translation>
    </message>
    <message>
        <source>Children (0–13)</source>
        <translation>Балалар (0–13)</translation>
    </message>
    <message>
        <source>Teenagers (14–17)</source>
        <translation>Жасөспірімдер (14–17)</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–59</source>
        <translation>30–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 және одан жоғары</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <source>Any street</source>
        <translation>Кез келген көше</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>Инспектор: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>No residents match</source>
        <translation>Сәйкес тұрғындар жоқ</translation>
    </message>
    <message>
        <source>%1 shown; scroll for more</source>
        <translation>Көрсетілді: %1; қалғанын көру үшін айналдырыңыз</translation>
    </message>
    <message>
        <source>%1 residents</source>
        <translation>Тұрғындар: %1</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>&amp;Raise level to</source>
        <translation>Деңгейді &amp;көтеру</translation>
    </message>
    <message>
        <source>Reason for raising</source>
        <translation>Көтеру себебі</translation>
    </message>
    <message>
        <source>Raise level to</source>
        <translation>Деңгейді көтеру</translation>
    </message>
    <message>
        <source>No override: use the computed level</source>
        <translation>Өзгертусіз: есептелген деңгей</translation>
    </message>
    <message>
        <source>Score %1 · answered %2 of %3</source>
        <translation>Ұпай: %1 · %3 сұрақтың %2 жауап берілді</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Деңгейі: %1</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>This computer's clock reads earlier than the last unlock attempt (%1): correct the date and time, then try again.</source>
        <translation>Осы компьютердің сағаты соңғы ашу әрекетінен ертерек уақытты көрсетеді (%1): күн мен уақытты түзетіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Locked until %1: the record of wrong passwords on this laptop was removed or altered, so Inspector Desk is locked as a precaution.</source>
        <translation>%1 дейін құлыпталды: осы ноутбуктағы қате құпиясөздер жазбасы жойылған немесе өзгертілген, сондықтан Inspector Desk сақтық үшін құлыпталды.</translation>
    </message>
    <message>
        <source>Locked until %1 — %2 wrong passwords in a row. Try again after that time.</source>
        <translation>%1 дейін құлыпталды — қатарынан %2 рет қате құпиясөз. Осы уақыттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>Құпиясөзде кемінде 10 таңба болуы керек.</translation>
    </message>
    <message>
        <source>The password may have at most 256 characters.</source>
        <translation>Құпиясөзде ең көбі 256 таңба болуы мүмкін.</translation>
    </message>
    <message>
        <source>The password must mix at least three of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>Құпиясөзде мыналардың кемінде үш түрі болуы керек: кіші әріптер, бас әріптер, цифрлар, таңбалар.</translation>
    </message>
    <message>
        <source>The password must not contain your login.</source>
        <translation>Құпиясөзде логиніңіз болмауы керек.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Жаңа құпиясөз қазіргісінен өзгеше болуы керек.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Екі жаңа құпиясөз сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Қазіргі құпиясөз қате.</translation>
    </message>
    <message>
        <source>The password is wrong. %1 more wrong attempt(s) lock Inspector Desk for 30 minutes.</source>
        <translation>Құпиясөз қате. Inspector Desk 30 минутқа құлыпталғанға дейін тағы %1 қате әрекет қалды.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a value from the list</source>
        <translation>Тізімнен мән таңдаңыз</translation>
    </message>
    <message>
        <source>The value is below the minimum</source>
        <translation>Мән ең азынан кіші</translation>
    </message>
    <message>
        <source>The value is above the maximum</source>
        <translation>Мән ең көбінен үлкен</translation>
    </message>
    <message>
        <source>Enter an address starting with https:// or http://</source>
        <translation>https:// немесе http:// деп басталатын мекенжай енгізіңіз</translation>
    </message>
    <message>
        <source>Choose an existing file</source>
        <translation>Бар файлды таңдаңыз</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Әрекетсіздіктен кейін құлыптау (минут)</translation>
    </message>
    <message>
        <source>HQ server address</source>
        <translation>Штаб серверінің мекенжайы</translation>
    </message>
    <message>
        <source>HQ CA bundle (PEM file)</source>
        <translation>Штабтың КО сертификаттары (PEM файлы)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with HQ</source>
        <translation>Штабпен синхрондау</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>Штаб мекенжайы</translation>
    </message>
    <message>
        <source>HQ account</source>
        <translation>Штабтағы есептік жазба</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Соңғы сәтті синхрондау</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Жіберуді күтіп тұрған өзгерістер</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>Шешімді күтіп тұрған қайшылықтар</translation>
    </message>
    <message>
        <source>Next automatic attempt</source>
        <translation>Келесі автоматты әрекет</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Sign in to HQ…</source>
        <translation>Штабқа кіру…</translation>
    </message>
    <message>
        <source>Sign out of HQ</source>
        <translation>Штабтан шығу</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>кірді</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>кірмеген</translation>
    </message>
    <message>
        <source>never</source>
        <translation>әлі болған жоқ</translation>
    </message>
    <message>
        <source>syncing now</source>
        <translation>қазір жүріп жатыр</translation>
    </message>
    <message>
        <source>after you act on the problem below</source>
        <translation>төмендегі мәселені шешкеннен кейін</translation>
    </message>
    <message>
        <source>on the next change, or within 5 minutes</source>
        <translation>келесі өзгерісте немесе 5 минут ішінде</translation>
    </message>
    <message>
        <source>in %1 s (retrying after a failure)</source>
        <translation>%1 с кейін (сәтсіздіктен кейін қайталау)</translation>
    </message>
</context>
<context>
    <name>SyncSignIn</name>
    <message>
        <source>This computer has no password store (keyring) Inspector Desk can use. You stay signed in to HQ only until the application closes, then you sign in again. Nothing is written to a file.</source>
        <translation>Бұл компьютерде Inspector Desk пайдалана алатын құпиясөз қоймасы (keyring) жоқ. Штабқа кіру бағдарлама жабылғанға дейін ғана жарамды, содан кейін қайта кіру керек. Файлға ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Sign in to HQ</source>
        <translation>Штабқа кіру</translation>
    </message>
    <message>
        <source>Sign in with your HQ account so this laptop can send and receive changes.</source>
        <translation>Ноутбук өзгерістерді жіберіп, алуы үшін штабтағы есептік жазбаңызбен кіріңіз.</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>Штаб &amp;мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>Штаб мекенжайы</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>HQ address: enter an address starting with https:// or http://</source>
        <translation>Штаб мекенжайы: https:// немесе http:// деп басталатын мекенжайды енгізіңіз</translation>
    </message>
    <message>
        <source>Enter your HQ login and password.</source>
        <translation>Штабтағы логин мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>This laptop syncs for the person signed in on it: use the HQ account %1.</source>
        <translation>Ноутбук онда жұмыс істейтін адам үшін синхрондалады: штабтағы %1 есептік жазбасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Could not sign in to HQ: %1</source>
        <translation>Штабқа кіру мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>This laptop has no network connection. Changes are kept here and sent when it is back.</source>
        <translation>Ноутбукта желі байланысы жоқ. Өзгерістер осында сақталады және байланыс қалпына келгенде жіберіледі.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (%1). Changes are kept on this laptop and sent when HQ answers.</source>
        <translation>Штабқа қосылу мүмкін емес (%1). Өзгерістер ноутбукта сақталады және штаб жауап бергенде жіберіледі.</translation>
    </message>
    <message>
        <source>The HQ login or password is wrong.</source>
        <translation>Штабтағы логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the HQ account is locked for a while. Try again later.</source>
        <translation>Қате құпиясөз тым көп енгізілді: штабтағы есептік жазба уақытша бұғатталды. Кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>Your HQ session has ended (signed out or expired): sign in to HQ again to sync.</source>
        <translation>Штабтағы сеанс аяқталды (шығу немесе мерзімі өтті): синхрондау үшін штабқа қайта кіріңіз.</translation>
    </message>
    <message>
        <source>HQ needs a newer version of Inspector Desk: ask for an update. Your unsent changes stay on this laptop.</source>
        <translation>Штабқа Inspector Desk-тің жаңа нұсқасы қажет: жаңартуды сұраңыз. Жіберілмеген өзгерістер ноутбукта қалады.</translation>
    </message>
    <message>
        <source>This account or laptop was revoked at HQ: its data has been removed from this laptop.</source>
        <translation>Бұл есептік жазба немесе ноутбук штабта кері қайтарылды: деректер ноутбуктан жойылды.</translation>
    </message>
    <message>
        <source>Your password was reset at HQ: the data on this laptop was removed; sign in again with the new password to set it up from HQ.</source>
        <translation>Құпиясөзіңіз штабта қалпына келтірілді: бұл ноутбуктағы деректер жойылды; оларды штабтан қалпына келтіру үшін жаңа құпиясөзбен қайта кіріңіз.</translation>
    </message>
    <message>
        <source>HQ's certificate could not be verified, so nothing was sent. Tell your administrator (the HQ address may be wrong, or a certificate bundle must be configured).</source>
        <translation>Штаб сертификатын тексеру мүмкін болмады, сондықтан ештеңе жіберілмеді. Әкімшіге хабарлаңыз (штаб мекенжайы қате болуы немесе сертификаттар жинағын баптау қажет болуы мүмкін).</translation>
    </message>
    <message>
        <source>HQ's address is not encrypted: use an address starting with https:// (plain http is allowed only to this computer).</source>
        <translation>Штаб мекенжайы шифрланбаған: https:// деп басталатын мекенжайды пайдаланыңыз (қарапайым http тек осы компьютер үшін рұқсат етілген).</translation>
    </message>
    <message>
        <source>HQ had a problem handling the sync. It will be tried again shortly.</source>
        <translation>Штабта синхрондау кезінде қате болды. Жақын арада қайта әрекет жасалады.</translation>
    </message>
    <message>
        <source>HQ refused the sync request. Your changes are kept; tell your administrator.</source>
        <translation>Штаб синхрондау сұрауын қабылдамады. Өзгерістер сақталды; әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The sync was cancelled. What was done so far is kept.</source>
        <translation>Синхрондау тоқтатылды. Орындалып үлгергеннің бәрі сақталды.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected problem. It will be tried again.</source>
        <translation>Синхрондау күтпеген қатеге байланысты тоқтады. Қайта әрекет жасалады.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондау…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Not signed in to HQ</source>
        <translation>Штабқа кірмеген</translation>
    </message>
    <message>
        <source>Online, synced at %1</source>
        <translation>Байланыс бар, %1 синхрондалды</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Байланыс бар</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Штабқа қосылуда…</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Өзгерістерді жіберу: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Receiving: %1 records</source>
        <translation>Алынуда: %1 жазба</translation>
    </message>
    <message>
        <source>Checking this laptop against HQ…</source>
        <translation>Ноутбукты штабпен салыстыру…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Аяқталуда…</translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation>Жіберуге: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Қайшылықтар: %1</translation>
    </message>
    <message>
        <source>No HQ address is set: this laptop works offline and keeps every change until it can sync.</source>
        <translation>Штаб мекенжайы көрсетілмеген: ноутбук желісіз жұмыс істейді және барлық өзгерістерді синхрондауға дейін сақтайды.</translation>
    </message>
    <message>
        <source>HQ: %1</source>
        <translation>Штаб: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Соңғы сәтті синхрондау: %1</translation>
    </message>
    <message>
        <source>Click to open the Sync page.</source>
        <translation>Синхрондау бетін ашу үшін басыңыз.</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Синхрондау күйі: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>%1 d overdue</source>
        <translation>%1 күн кешікті</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>%1 күннен кейін</translation>
    </message>
    <message>
        <source>%1 working d overdue</source>
        <translation>%1 жұмыс күні кешікті</translation>
    </message>
    <message>
        <source>%1 working d</source>
        <translation>%1 жұмыс күні</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Қайта қарау мерзімі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message>
        <source>&amp;Visits due or overdue (%1)</source>
        <translation>Мерзімі жеткен және өткен &amp;барулар (%1)</translation>
    </message>
    <message>
        <source>&amp;Protective orders ending within 3 days (%1)</source>
        <translation>3 күн ішінде аяқталатын қорғау &amp;нұсқамалары (%1)</translation>
    </message>
    <message>
        <source>DV &amp;cases due for review (%1)</source>
        <translation>Қайта қаралатын зорлық &amp;істері (%1)</translation>
    </message>
    <message>
        <source>&amp;Appeals near or past their deadline (%1)</source>
        <translation>Мерзімі жақын немесе өткен &amp;өтініштер (%1)</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <source>On registry</source>
        <translation>Есепте</translation>
    </message>
    <message>
        <source>Visits done (30 d)</source>
        <translation>Барулар (30 күн)</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>Мерзімі өткен барулар</translation>
    </message>
    <message>
        <source>Open DV cases</source>
        <translation>Ашық зорлық істері</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Жоғары тәуекел</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Мерзімі өткен қайта қараулар</translation>
    </message>
    <message>
        <source>Appeals overdue</source>
        <translation>Мерзімі өткен өтініштер</translation>
    </message>
    <message>
        <source>My unit</source>
        <translation>Менің бөлімшем</translation>
    </message>
    <message>
        <source>Caseload of each inspector over the last 30 days. Enter opens their residents.</source>
        <translation>Әр инспектордың соңғы 30 күндегі жүктемесі. Enter оның тұрғындарын ашады.</translation>
    </message>
    <message>
        <source>Show this inspector's residents</source>
        <translation>Осы инспектордың тұрғындарын көрсету</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>Баруды тіркеу</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тақырыбы</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтижесі</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Қашан</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+Enter)</source>
        <translation>Баруды сақтау (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Not on the prevention registry: no scheduled visits.</source>
        <translation>Профилактикалық есепте тұрмайды: жоспарлы барулар жоқ.</translation>
    </message>
    <message>
        <source>Next visit due after this one: %1</source>
        <translation>Осыдан кейінгі келесі бару: %1 дейін</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Барулар</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Соңғы %1 күн</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Бару түрі</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_KZ">
<context>
    <name>AppealPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>Новый &amp;срок</translation>
    </message>
    <message>
        <source>&amp;Reason for extension</source>
        <translation>&amp;Причина продления</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Ответ</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Продлить срок</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>От кого: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Поступило: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Working days left: %1</source>
        <translation>Осталось рабочих дней: %1</translation>
    </message>
    <message>
        <source>Extended: %1</source>
        <translation>Продлено: %1</translation>
    </message>
    <message>
        <source>Answer (%1): %2</source>
        <translation>Ответ (%1): %2</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>answered %1</source>
        <translation>ответ дан %1</translation>
    </message>
    <message>
        <source>%1 working d overdue</source>
        <translation>просрочено на %1 раб. дн.</translation>
    </message>
    <message>
        <source>%1 working d</source>
        <translation>%1 раб. дн.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Show answered</source>
        <translation>Показать отвеченные</translation>
    </message>
    <message>
        <source>Register appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <source>Register an appeal received at the beat</source>
        <translation>Зарегистрировать обращение, поступившее на участке</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Viewed</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Viewed the case timeline</source>
        <translation>Просмотр хронологии дела</translation>
    </message>
    <message>
        <source>Viewed a resident</source>
        <translation>Просмотр жителя</translation>
    </message>
    <message>
        <source>Viewed a household</source>
        <translation>Просмотр домохозяйства</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Аннулирование</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Report produced, printed or saved</source>
        <translation>Отчёт сформирован, напечатан или сохранён</translation>
    </message>
    <message>
        <source>Opened the audit log</source>
        <translation>Открыт журнал аудита</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Неудача</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>AuditPageWidget</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Every view of a DV case, every change, export and print, and every sign-in and unlock on this laptop. Opening this log is recorded too.</source>
        <translation>Каждый просмотр дела о бытовом насилии, каждое изменение, выгрузка и печать, каждый вход и разблокировка на этом ноутбуке. Открытие этого журнала тоже записывается.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Name, DV case number or record id</source>
        <translation>ФИО, номер дела или идентификатор записи</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>Entries shown: %1, more below</source>
        <translation>Показано записей: %1, ниже есть ещё</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>values of DV records are hidden from administrators</source>
        <translation>значения записей о бытовом насилии скрыты от администраторов</translation>
    </message>
</context>
<context>
    <name>BeatObjectEditor</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Address or place</source>
        <translation>&amp;Адрес или место</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Contact person, phone, opening hours</source>
        <translation>Контактное лицо, телефон, часы работы</translation>
    </message>
    <message>
        <source>New beat object</source>
        <translation>Новый объект участка</translation>
    </message>
    <message>
        <source>Correct the beat object</source>
        <translation>Исправить объект участка</translation>
    </message>
</context>
<context>
    <name>BeatObjectsPage</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Beat objects</source>
        <translation>Объекты участка</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Вид объекта</translation>
    </message>
    <message>
        <source>Add object…</source>
        <translation>Добавить объект…</translation>
    </message>
    <message>
        <source>Register a school, shop, camera or other place on the beat</source>
        <translation>Внести школу, магазин, камеру или другое место участка</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Correct the selected object</source>
        <translation>Исправить выбранный объект</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдано</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — need-to-know only. This view is recorded in the audit log.</source>
        <translation>КОНФИДЕНЦИАЛЬНО — только для допущенных. Этот просмотр записан в журнал аудита.</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>Записать контрольное посещение</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Запросить закрытие</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Утвердить закрытие</translation>
    </message>
    <message>
        <source>Reject closure</source>
        <translation>Отклонить закрытие</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Hand the case to another inspector of the unit</source>
        <translation>Передать дело другому инспектору подразделения</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Сохранить оценку</translation>
    </message>
    <message>
        <source>Record incident…</source>
        <translation>Записать инцидент…</translation>
    </message>
    <message>
        <source>Add measure…</source>
        <translation>Добавить меру…</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Записать пересмотр…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Оценка риска</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>риск: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценён</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>открыто %1</translation>
    </message>
    <message>
        <source>review due %1</source>
        <translation>пересмотр до %1</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Что произошло</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>Запись инцидента</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Мера</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>&amp;Кем выдано</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Добавить меру</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Выводы</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Запись пересмотра</translation>
    </message>
    <message>
        <source>Why can the case be closed?</source>
        <translation>Почему дело можно закрыть?</translation>
    </message>
    <message>
        <source>Why must the case stay open?</source>
        <translation>Почему дело должно оставаться открытым?</translation>
    </message>
    <message>
        <source>Reassign case</source>
        <translation>Передача дела</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>Новый ответственный:</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Пересмотр до</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>Дела о бытовом насилии</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.</source>
        <translation>КОНФИДЕНЦИАЛЬНО — сведения о бытовом насилии. Каждый просмотр записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Действующие дела</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>The new password needs at least 10 characters and at least three of: lower-case letters, upper-case letters, digits, symbols; it must not contain your login. The database is not re-encrypted: only its key is locked with the new password.</source>
        <translation>Новый пароль: не менее 10 символов и не менее трёх видов из: строчные буквы, заглавные буквы, цифры, символы; он не должен содержать ваш логин. База данных не перешифровывается: новым паролем запирается только её ключ.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Повторите новый пароль</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new password to unlock Inspector Desk from now on.</source>
        <translation>Пароль изменён. Теперь разблокируйте Inspector Desk новым паролем.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Resident</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>DV case</source>
        <translation>Дело о бытовом насилии</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Beat object</source>
        <translation>Объект участка</translation>
    </message>
    <message>
        <source>Registry entry</source>
        <translation>Запись учёта</translation>
    </message>
    <message>
        <source>Protective measure</source>
        <translation>Защитная мера</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision</source>
        <translation>Конфликты, ждущие решения</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops before they synced. The record shows the later value; choose which one to keep, or type a value that combines both. Your decision is sent to HQ and every laptop of the beat.</source>
        <translation>Одно и то же поле изменили на двух ноутбуках до синхронизации. В записи показано более позднее значение; выберите, какое оставить, или введите значение, объединяющее оба. Решение отправится в штаб и на все ноутбуки участка.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Показано сейчас</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кто изменил</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>No conflicts: every edit has been merged.</source>
        <translation>Конфликтов нет: все правки объединены.</translation>
    </message>
    <message>
        <source>Keep a combined value:</source>
        <translation>Оставить объединённое значение:</translation>
    </message>
    <message>
        <source>Combined value</source>
        <translation>Объединённое значение</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Оставить это значение</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>другой ноутбук</translation>
    </message>
    <message>
        <source>%1 (edited after it was voided)</source>
        <translation>%1 (изменено после аннулирования)</translation>
    </message>
    <message>
        <source>Keep what is shown now: %1</source>
        <translation>Оставить показанное сейчас: %1</translation>
    </message>
    <message>
        <source>Keep the other value: %1</source>
        <translation>Оставить другое значение: %1</translation>
    </message>
    <message>
        <source>Could not keep the value: %1</source>
        <translation>Не удалось сохранить значение: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were kept. Restore them?</source>
        <translation>Несохранённые изменения от %1 сохранены в черновике. Восстановить их?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This field is required</source>
        <translation>Это поле обязательно</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>There is no such account on this laptop.</source>
        <translation>На этом ноутбуке нет такой учётной записи.</translation>
    </message>
    <message>
        <source>The key file of this laptop's database is missing or damaged.</source>
        <translation>Файл ключа базы данных этого ноутбука отсутствует или повреждён.</translation>
    </message>
    <message>
        <source>The text is too long</source>
        <translation>Текст слишком длинный</translation>
    </message>
    <message>
        <source>The text may not contain control characters (such as NUL or ESC)</source>
        <translation>Текст не может содержать управляющие символы (например, NUL или ESC)</translation>
    </message>
    <message>
        <source>The text may not contain invisible text-direction override characters</source>
        <translation>Текст не может содержать невидимые символы смены направления текста</translation>
    </message>
    <message>
        <source>The text contains an invalid character</source>
        <translation>Текст содержит недопустимый символ</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <translation>Выберите значение из списка</translation>
    </message>
    <message>
        <source>The value is out of the allowed range</source>
        <translation>Значение вне допустимого диапазона</translation>
    </message>
    <message>
        <source>IIN must be 12 digits</source>
        <translation>ИИН должен состоять из 12 цифр</translation>
    </message>
    <message>
        <source>IIN digit 7 (century and sex) must be from 1 to 6</source>
        <translation>7-я цифра ИИН (век и пол) должна быть от 1 до 6</translation>
    </message>
    <message>
        <source>IIN digits 1–6 must be a real birth date (YYMMDD)</source>
        <translation>Цифры 1–6 ИИН должны быть реальной датой рождения (ГГММДД)</translation>
    </message>
    <message>
        <source>This IIN can never be issued</source>
        <translation>Такой ИИН не может быть выдан</translation>
    </message>
    <message>
        <source>IIN check digit does not match: check the number</source>
        <translation>Контрольная цифра ИИН не совпадает: проверьте номер</translation>
    </message>
    <message>
        <source>This IIN is already registered to another resident</source>
        <translation>Этот ИИН уже записан за другим жителем</translation>
    </message>
    <message>
        <source>This does not agree with the IIN</source>
        <translation>Не совпадает с ИИН</translation>
    </message>
    <message>
        <source>Use letters, spaces, hyphens and apostrophes only</source>
        <translation>Используйте только буквы, пробелы, дефисы и апострофы</translation>
    </message>
    <message>
        <source>The date may not be in the future</source>
        <translation>Дата не может быть в будущем</translation>
    </message>
    <message>
        <source>The visit time may not be in the future</source>
        <translation>Время посещения не может быть в будущем</translation>
    </message>
    <message>
        <source>A preventive talk needs a topic</source>
        <translation>Для профилактической беседы укажите тему</translation>
    </message>
    <message>
        <source>Name the resident or the household visited</source>
        <translation>Укажите жителя или домохозяйство, которое посетили</translation>
    </message>
    <message>
        <source>The resident does not live in this household</source>
        <translation>Житель не проживает в этом домохозяйстве</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Неверный номер телефона</translation>
    </message>
    <message>
        <source>Too many entries</source>
        <translation>Слишком много записей</translation>
    </message>
    <message>
        <source>The offender cannot be the victim</source>
        <translation>Обидчик не может быть пострадавшим</translation>
    </message>
    <message>
        <source>The level may only be raised, never lowered</source>
        <translation>Уровень можно только повысить, но не понизить</translation>
    </message>
    <message>
        <source>Give the reason for raising the level</source>
        <translation>Укажите причину повышения уровня</translation>
    </message>
    <message>
        <source>Choose one of the answer options</source>
        <translation>Выберите один из вариантов ответа</translation>
    </message>
    <message>
        <source>The questionnaire has changed: reopen the case</source>
        <translation>Опросник изменился: откройте дело заново</translation>
    </message>
    <message>
        <source>This address is already registered</source>
        <translation>Этот адрес уже зарегистрирован</translation>
    </message>
    <message>
        <source>This household is already registered at the address</source>
        <translation>Это домохозяйство уже зарегистрировано по адресу</translation>
    </message>
    <message>
        <source>This household does not exist or was voided</source>
        <translation>Такого домохозяйства нет или оно аннулировано</translation>
    </message>
    <message>
        <source>The household must be on the resident's beat</source>
        <translation>Домохозяйство должно находиться на участке жителя</translation>
    </message>
    <message>
        <source>The address must be on the object's beat</source>
        <translation>Адрес должен находиться на участке объекта</translation>
    </message>
    <message>
        <source>This resident does not exist or was voided</source>
        <translation>Такого жителя нет или запись аннулирована</translation>
    </message>
    <message>
        <source>This user does not exist</source>
        <translation>Такого пользователя нет</translation>
    </message>
    <message>
        <source>The visit must be on your beat</source>
        <translation>Посещение должно быть на вашем участке</translation>
    </message>
    <message>
        <source>The appeal has already been answered</source>
        <translation>На обращение уже дан ответ</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the appeal was received</source>
        <translation>Дата ответа не может быть раньше даты поступления обращения</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one</source>
        <translation>Новый срок должен быть позже текущего</translation>
    </message>
    <message>
        <source>The deadline may be extended to at most two months after receipt</source>
        <translation>Срок можно продлить не более чем до двух месяцев с даты поступления</translation>
    </message>
    <message>
        <source>Give the reason for the extension</source>
        <translation>Укажите причину продления</translation>
    </message>
    <message>
        <source>The date is outside the years the holiday calendar covers</source>
        <translation>Дата вне лет, охваченных календарём праздников</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Дата окончания раньше даты начала</translation>
    </message>
    <message>
        <source>The period may be at most two years</source>
        <translation>Период может быть не больше двух лет</translation>
    </message>
    <message>
        <source>Not found: choose again from the list</source>
        <translation>Не найдено: выберите снова из списка</translation>
    </message>
    <message>
        <source>This value is already used</source>
        <translation>Это значение уже используется</translation>
    </message>
    <message>
        <source>This person already has access to the case</source>
        <translation>У этого сотрудника уже есть доступ к делу</translation>
    </message>
    <message>
        <source>The owner of the case already has access</source>
        <translation>Ответственный за дело уже имеет доступ</translation>
    </message>
    <message>
        <source>Access can be granted to inspectors and supervisors only</source>
        <translation>Доступ можно предоставить только инспекторам и руководителям</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>Дело закрыто</translation>
    </message>
    <message>
        <source>This child is already listed</source>
        <translation>Этот ребёнок уже указан</translation>
    </message>
    <message>
        <source>Closure is already awaiting approval</source>
        <translation>Закрытие уже ожидает утверждения</translation>
    </message>
    <message>
        <source>No closure request awaits a decision</source>
        <translation>Нет запроса на закрытие, ожидающего решения</translation>
    </message>
    <message>
        <source>A case can be owned by an inspector only</source>
        <translation>Ответственным за дело может быть только инспектор</translation>
    </message>
    <message>
        <source>The case already belongs to this inspector</source>
        <translation>Дело уже закреплено за этим инспектором</translation>
    </message>
    <message>
        <source>This status cannot be set here</source>
        <translation>Этот статус здесь установить нельзя</translation>
    </message>
    <message>
        <source>The measure has already ended</source>
        <translation>Мера уже завершена</translation>
    </message>
    <message>
        <source>The measure has already expired</source>
        <translation>Срок меры уже истёк</translation>
    </message>
    <message>
        <source>A protective order runs for 30 days</source>
        <translation>Защитное предписание действует 30 дней</translation>
    </message>
    <message>
        <source>Special requirements run for 3 to 12 months: check the end date</source>
        <translation>Особые требования устанавливаются на срок от 3 до 12 месяцев: проверьте дату окончания</translation>
    </message>
    <message>
        <source>This registry entry has already ended</source>
        <translation>Эта запись учёта уже закрыта</translation>
    </message>
    <message>
        <source>The resident is already on the registry in this category</source>
        <translation>Житель уже состоит на учёте в этой категории</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters</source>
        <translation>Текст слишком длинный: не более %1 символов</translation>
    </message>
    <message>
        <source>You may not do this: the record is outside your beat, or your role does not allow it.</source>
        <translation>Это действие вам недоступно: запись вне вашего участка или ваша роль этого не позволяет.</translation>
    </message>
    <message>
        <source>This record no longer exists: it was voided or moved out of your beat.</source>
        <translation>Этой записи больше нет: она аннулирована или передана с вашего участка.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>the application's log folder</source>
        <translation>папке журналов приложения</translation>
    </message>
    <message>
        <source>Something went wrong and this action was not completed. Nothing you saved before was lost.

Try again. If it happens again, tell your administrator and give them the log file:
{path}</source>
        <translation>Произошла ошибка, действие не выполнено. Ранее сохранённые данные не потеряны.

Попробуйте ещё раз. Если ошибка повторится, сообщите администратору и передайте ему файл журнала:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>FirstSignIn</name>
    <message>
        <source>HQ accepted your password, but this laptop locks its data only with a stronger one: %1 Change your password at HQ (or ask your administrator), then sign in here again.</source>
        <translation>Штаб принял ваш пароль, но этот ноутбук запирает данные только более надёжным паролем: %1 Смените пароль в штабе (или обратитесь к администратору) и войдите здесь снова.</translation>
    </message>
    <message>
        <source>The CA bundle cannot be used: %1</source>
        <translation>Файл сертификатов УЦ нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept on this laptop.</source>
        <translation>Отменено. На этом ноутбуке ничего не сохранено.</translation>
    </message>
    <message>
        <source>HQ's certificate at %1 is not trusted, so nothing was sent. Check the address, or choose your organisation's CA bundle (ask your administrator).</source>
        <translation>Сертификат штаба по адресу %1 не является доверенным, поэтому ничего не отправлено. Проверьте адрес или выберите файл сертификатов УЦ вашей организации (спросите администратора).</translation>
    </message>
    <message>
        <source>HQ cannot be reached at %1. Check the address and the network connection, then try again.</source>
        <translation>Не удаётся связаться со штабом по адресу %1. Проверьте адрес и подключение к сети и попробуйте снова.</translation>
    </message>
    <message>
        <source>Signing in at HQ and preparing the encrypted database…</source>
        <translation>Вход в штаб и подготовка зашифрованной базы данных…</translation>
    </message>
    <message>
        <source>Receiving your data from HQ: %1 records so far…</source>
        <translation>Получение данных из штаба: пока получено записей — %1…</translation>
    </message>
    <message>
        <source>Done: opening Inspector Desk…</source>
        <translation>Готово: открывается Inspector Desk…</translation>
    </message>
    <message>
        <source>Bringing the data up to date…</source>
        <translation>Обновление данных…</translation>
    </message>
    <message>
        <source>Inspector Desk — first sign-in</source>
        <translation>Inspector Desk — первый вход</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Настройка ноутбука</translation>
    </message>
    <message>
        <source>This laptop has no Inspector Desk data yet. Sign in once with your HQ account: your data is copied from HQ and locked with your password. After that, Inspector Desk opens with the same password, also without a connection to HQ.</source>
        <translation>На этом ноутбуке ещё нет данных Inspector Desk. Войдите один раз с учётной записью штаба: ваши данные будут скопированы из штаба и заперты вашим паролем. После этого Inspector Desk открывается с тем же паролем, в том числе без подключения к штабу.</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>&amp;Адрес штаба</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional)</source>
        <translation>&amp;Сертификаты УЦ (необязательно)</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>Адрес штаба</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Сертификаты УЦ</translation>
    </message>
    <message>
        <source>Only if your administrator gave you one (.pem)</source>
        <translation>Только если его выдал администратор (.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Улица</translation>
    </message>
    <message>
        <source>&amp;House</source>
        <translation>&amp;Дом</translation>
    </message>
    <message>
        <source>&amp;Apartment (if any)</source>
        <translation>&amp;Квартира (если есть)</translation>
    </message>
    <message>
        <source>&amp;Walking order (0: first)</source>
        <translation>&amp;Порядок обхода (0 — первым)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>New address or household</source>
        <translation>Новый адрес или домохозяйство</translation>
    </message>
    <message>
        <source>Correct the address</source>
        <translation>Исправить адрес</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последнее посещение</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Households &amp; addresses</source>
        <translation>Домохозяйства и адреса</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Улицы</translation>
    </message>
    <message>
        <source>Log visit to this household</source>
        <translation>Записать посещение домохозяйства</translation>
    </message>
    <message>
        <source>Log a door-to-door visit to the selected household</source>
        <translation>Записать подворный обход выбранного домохозяйства</translation>
    </message>
    <message>
        <source>New address…</source>
        <translation>Новый адрес…</translation>
    </message>
    <message>
        <source>Add a building or an apartment to the beat</source>
        <translation>Добавить дом или квартиру на участок</translation>
    </message>
    <message>
        <source>Correct address…</source>
        <translation>Исправить адрес…</translation>
    </message>
    <message>
        <source>Correct the street, house or walking order of the selected address</source>
        <translation>Исправить улицу, дом или порядок обхода выбранного адреса</translation>
    </message>
    <message>
        <source>Choose a household to see who lives there</source>
        <translation>Выберите домохозяйство, чтобы увидеть, кто там проживает</translation>
    </message>
    <message>
        <source>Living at %1</source>
        <translation>Проживают по адресу: %1</translation>
    </message>
</context>
<context>
    <name>KeptDrafts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Changes you had not saved were kept from last time. Open them now?</source>
        <translation>Изменения, которые вы не успели сохранить в прошлый раз, сохранены в черновике. Открыть их сейчас?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Door-to-door round</source>
        <translation>Подворный обход</translation>
    </message>
    <message>
        <source>Prevention visit</source>
        <translation>Профилактическое посещение</translation>
    </message>
    <message>
        <source>DV follow-up</source>
        <translation>Контроль по делу о бытовом насилии</translation>
    </message>
    <message>
        <source>Reception at the office</source>
        <translation>Приём на опорном пункте</translation>
    </message>
    <message>
        <source>Preventive talk</source>
        <translation>Профилактическая беседа</translation>
    </message>
    <message>
        <source>Children's safety</source>
        <translation>Безопасность детей</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Наркотики</translation>
    </message>
    <message>
        <source>Internet fraud</source>
        <translation>Интернет-мошенничество</translation>
    </message>
    <message>
        <source>Road safety</source>
        <translation>Безопасность дорожного движения</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Бытовое насилие</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Другая тема</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Встреча состоялась</translation>
    </message>
    <message>
        <source>Nobody at home</source>
        <translation>Никого нет дома</translation>
    </message>
    <message>
        <source>Refused to talk</source>
        <translation>Отказ от беседы</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Другой результат</translation>
    </message>
    <message>
        <source>Protective order</source>
        <translation>Защитное предписание</translation>
    </message>
    <message>
        <source>Special requirements</source>
        <translation>Особые требования</translation>
    </message>
    <message>
        <source>Parole</source>
        <translation>Условно-досрочное освобождение</translation>
    </message>
    <message>
        <source>Administrative supervision</source>
        <translation>Административный надзор</translation>
    </message>
    <message>
        <source>Official warning</source>
        <translation>Официальное предостережение</translation>
    </message>
    <message>
        <source>Non-custodial sentence</source>
        <translation>Наказание без лишения свободы</translation>
    </message>
    <message>
        <source>Unspent conviction</source>
        <translation>Непогашенная судимость</translation>
    </message>
    <message>
        <source>Juvenile at risk</source>
        <translation>Несовершеннолетний группы риска</translation>
    </message>
    <message>
        <source>Family in difficulty</source>
        <translation>Неблагополучная семья</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>Крайне высокий</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Запрошено закрытие</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Закрытие утверждено</translation>
    </message>
    <message>
        <source>Closure rejected</source>
        <translation>В закрытии отказано</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Обидчик</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Referral to a crisis centre</source>
        <translation>Направление в кризисный центр</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Другая мера</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Детский сад</translation>
    </message>
    <message>
        <source>Shop selling alcohol</source>
        <translation>Магазин, продающий алкоголь</translation>
    </message>
    <message>
        <source>CCTV camera</source>
        <translation>Камера видеонаблюдения</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Бар</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Аптека</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Другой объект</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Переселён</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Оценка риска</translation>
    </message>
    <message>
        <source>Measure started</source>
        <translation>Мера начата</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>Мера завершена</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Время посещения</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Физическое насилие</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Psychological violence</source>
        <translation>Психологическое насилие</translation>
    </message>
    <message>
        <source>Economic violence</source>
        <translation>Экономическое насилие</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальное насилие</translation>
    </message>
    <message>
        <source>Breach of a protective order</source>
        <translation>Нарушение защитного предписания</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Другой инцидент</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Inspector Desk is locked</source>
        <translation>Inspector Desk заблокирован</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Inspector Desk — sign in</source>
        <translation>Inspector Desk — вход</translation>
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
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Demo beat: sign in as %1 with the password %2</source>
        <translation>Демо-участок: войдите как %1 с паролем %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>A local HQ is running at %1: this laptop syncs with it after you sign in.</source>
        <translation>Локальный штаб (HQ) работает по адресу %1: после входа ноутбук синхронизируется с ним.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>The login or password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>Households &amp; addresses</source>
        <translation>Домохозяйства и адреса</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>Дела о бытовом насилии</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Beat objects</source>
        <translation>Объекты участка</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>My unit</source>
        <translation>Моё подразделение</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <source>Find a resident: name, IIN, phone or address (Ctrl+K)</source>
        <translation>Найти жителя: ФИО, ИИН, телефон или адрес (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>Найти жителя</translation>
    </message>
    <message>
        <source>Find a resident by name, IIN, phone or address (Ctrl+K)</source>
        <translation>Найти жителя по ФИО, ИИН, телефону или адресу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>участковый инспектор</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Find a resident…</source>
        <translation>Найти жителя…</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>Новый житель…</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>Записать посещение…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>About Inspector Desk</source>
        <translation>О программе Inspector Desk</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Save them before leaving?</source>
        <translation>Есть несохранённые изменения. Сохранить их перед уходом?</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Запись посещения</translation>
    </message>
    <message>
        <source>Open or select a resident first, then log the visit.</source>
        <translation>Сначала откройте или выберите жителя, затем запишите посещение.</translation>
    </message>
    <message>
        <source>No residents found</source>
        <translation>Жители не найдены</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Inspector Desk found damage in this laptop's database (%1): its data cannot be trusted. Close Inspector Desk and sign in again: you will be offered to restore this laptop from HQ, keeping the damaged file aside.</source>
        <translation>Inspector Desk обнаружил повреждение базы данных этого ноутбука (%1): её данным нельзя доверять. Закройте Inspector Desk и войдите снова: вам предложат восстановить ноутбук из штаба, повреждённый файл будет сохранён отдельно.</translation>
    </message>
    <message>
        <source>Inspector Desk: the district police inspector's desk, offline first.</source>
        <translation>Inspector Desk — рабочее место участкового инспектора полиции, работающее без сети.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another household</source>
        <translation>Переселить в другое домохозяйство</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Улица</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Домохозяйство</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Переселить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>nobody lives here yet</source>
        <translation>здесь пока никто не живёт</translation>
    </message>
    <message>
        <source>Choose the household to move to</source>
        <translation>Выберите домохозяйство, куда переселить</translation>
    </message>
</context>
<context>
    <name>NewAppealDialog</name>
    <message>
        <source>Register appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Поступило</translation>
    </message>
    <message>
        <source>&amp;From whom</source>
        <translation>&amp;От кого</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>NewResidentDialog</name>
    <message>
        <source>New resident</source>
        <translation>Новый житель</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>You have no beat to add to</source>
        <translation>У вас нет участка для добавления</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.</source>
        <translation>КОНФИДЕНЦИАЛЬНО — сведения о бытовом насилии. Каждый просмотр записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Type a name, IIN or phone</source>
        <translation>Введите ФИО, ИИН или телефон</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Обидчик</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>&amp;Offender</source>
        <translation>&amp;Обидчик</translation>
    </message>
    <message>
        <source>&amp;Children in the household</source>
        <translation>&amp;Дети в домохозяйстве</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Краткое описание</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open a DV case</source>
        <translation>Открытие дела о бытовом насилии</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбран: %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Arrives with the reports issue.</source>
        <translation>Появится в задаче об отчётах.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Arrives with the sync issue. Until then this laptop works offline and keeps every change in its outbox.</source>
        <translation>Появится в задаче о синхронизации. До тех пор ноутбук работает без сети и хранит все изменения в очереди отправки.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>The database on this laptop is damaged or was altered</source>
        <translation>База данных на этом ноутбуке повреждена или изменена</translation>
    </message>
    <message>
        <source>Your password is right, but the database file no longer reads back as it was written: it was changed outside Inspector Desk, cut short, or replaced. Its data cannot be trusted.

Inspector Desk can set this laptop up again from HQ: the damaged files are kept aside under a dated name (nothing is deleted), a new database is made, locked with your password, and filled from HQ. Changes that were never sent to HQ cannot be taken over. This needs a connection to HQ.</source>
        <translation>Пароль верный, но файл базы данных читается не так, как был записан: его изменили вне Inspector Desk, обрезали или подменили. Его данным нельзя доверять.

Inspector Desk может заново настроить ноутбук из штаба: повреждённые файлы сохраняются отдельно под именем с датой (ничего не удаляется), создаётся новая база, запертая вашим паролем, и заполняется данными штаба. Изменения, которые не были отправлены в штаб, перенести нельзя. Нужно подключение к штабу.</translation>
    </message>
    <message>
        <source>&amp;HQ server address</source>
        <translation>&amp;Адрес сервера штаба</translation>
    </message>
    <message>
        <source>HQ server address</source>
        <translation>Адрес сервера штаба</translation>
    </message>
    <message>
        <source>Restore from HQ</source>
        <translation>Восстановить из штаба</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Enter HQ's address, starting with https://</source>
        <translation>Введите адрес штаба, начиная с https://</translation>
    </message>
    <message>
        <source>Restoring from HQ… this can take a few minutes.</source>
        <translation>Восстановление из штаба… это может занять несколько минут.</translation>
    </message>
    <message>
        <source>The restore did not complete; the damaged files were left as they were: %1</source>
        <translation>Восстановление не завершилось; повреждённые файлы оставлены как были: %1</translation>
    </message>
</context>
<context>
    <name>RegistryEditor</name>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Основание</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Put on the registry</source>
        <translation>Поставить на профилактический учёт</translation>
    </message>
    <message>
        <source>Correct the registry entry</source>
        <translation>Исправить запись учёта</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Дата снятия</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Take off the registry</source>
        <translation>Снять с учёта</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Unit caseload</source>
        <translation>Нагрузка подразделения</translation>
    </message>
    <message>
        <source>Inspector caseload</source>
        <translation>Нагрузка участкового</translation>
    </message>
    <message>
        <source>Overdue visits</source>
        <translation>Просроченные посещения</translation>
    </message>
    <message>
        <source>Protective measures ending soon</source>
        <translation>Истекающие защитные меры</translation>
    </message>
    <message>
        <source>High-risk DV cases</source>
        <translation>Дела о бытовом насилии высокого риска</translation>
    </message>
    <message>
        <source>Appeals by deadline</source>
        <translation>Обращения по срокам</translation>
    </message>
    <message>
        <source>Resident card</source>
        <translation>Карточка жителя</translation>
    </message>
    <message>
        <source>Round sheet</source>
        <translation>Лист обхода</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Период &amp;с</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Период &amp;по</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;На дату</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Участковый</translation>
    </message>
    <message>
        <source>Ending &amp;within, days</source>
        <translation>&amp;Истекают в течение, дней</translation>
    </message>
    <message>
        <source>Due &amp;within, working days</source>
        <translation>&amp;Срок в течение, рабочих дней</translation>
    </message>
    <message>
        <source>Answered appeals</source>
        <translation>Отвеченные обращения</translation>
    </message>
    <message>
        <source>&amp;Streets</source>
        <translation>&amp;Улицы</translation>
    </message>
    <message>
        <source>R&amp;esident</source>
        <translation>&amp;Житель</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Язык отчёта</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Участковый</translation>
    </message>
    <message>
        <source>Measures ending within, days</source>
        <translation>Меры, истекающие в течение, дней</translation>
    </message>
    <message>
        <source>Appeals due within, working days</source>
        <translation>Обращения со сроком в течение, рабочих дней</translation>
    </message>
    <message>
        <source>Include answered appeals</source>
        <translation>Включить отвеченные обращения</translation>
    </message>
    <message>
        <source>Streets of the round</source>
        <translation>Улицы обхода</translation>
    </message>
    <message>
        <source>Find the resident</source>
        <translation>Найти жителя</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>Найденные жители</translation>
    </message>
    <message>
        <source>Each inspector's lists after the figures</source>
        <translation>Списки каждого участкового после показателей</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Сформировать отчёт</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Отменить отчёт</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Ход формирования отчёта</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Просмотр отчёта</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>Save the report as a file</source>
        <translation>Сохранить отчёт в файл</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Name, IIN, phone or address</source>
        <translation>ФИО, ИИН, телефон или адрес</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Отчёт формируется…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <source>The report is ready.</source>
        <translation>Отчёт готов.</translation>
    </message>
    <message>
        <source>Choose a report and press Generate.</source>
        <translation>Выберите отчёт и нажмите «Сформировать».</translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>страниц: %1</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Отчёт отправлен на печать.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ResidentCardPage</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>снят</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Назад к списку (Alt+Влево)</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Записать посещение</translation>
    </message>
    <message>
        <source>Log a visit to this resident (Ctrl+L)</source>
        <translation>Записать посещение этого жителя (Ctrl+L)</translation>
    </message>
    <message>
        <source>Open DV case…</source>
        <translation>Открыть дело о насилии…</translation>
    </message>
    <message>
        <source>Open a domestic-violence case with this resident as the victim</source>
        <translation>Открыть дело о бытовом насилии, где этот житель — пострадавший</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>Переселить в другое домохозяйство…</translation>
    </message>
    <message>
        <source>The resident moved: choose the street and the door</source>
        <translation>Житель переехал: выберите улицу и квартиру</translation>
    </message>
    <message>
        <source>Put on the registry…</source>
        <translation>Поставить на учёт…</translation>
    </message>
    <message>
        <source>Add a registry entry under a category</source>
        <translation>Добавить запись учёта по категории</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Correct the selected entry</source>
        <translation>Исправить выбранную запись</translation>
    </message>
    <message>
        <source>Take off…</source>
        <translation>Снять с учёта…</translation>
    </message>
    <message>
        <source>End the selected entry</source>
        <translation>Завершить выбранную запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>Дела о бытовом насилии</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No household recorded</source>
        <translation>Домохозяйство не указано</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ИИН %1</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>возраст: %1</translation>
    </message>
    <message>
        <source>next visit due %1</source>
        <translation>следующее посещение до %1</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>Те&amp;лефоны</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>12 digits; fills birth date and sex</source>
        <translation>12 цифр; заполняет дату рождения и пол</translation>
    </message>
    <message>
        <source>+7 701 234 5678, several separated by commas</source>
        <translation>+7 701 234 5678, несколько — через запятую</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>не известно</translation>
    </message>
    <message>
        <source>Birth date and sex filled from the IIN</source>
        <translation>Дата рождения и пол заполнены по ИИН</translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>DV</source>
        <translation>Быт. насилие</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Следующее посещение</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Этот столбец нельзя сортировать</translation>
    </message>
    <message>
        <source>open case</source>
        <translation>открытое дело</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>Search by name, IIN, phone or address</source>
        <translation>Поиск по ФИО, ИИН, телефону или адресу</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>Поиск жителей</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Фильтры:</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Новый житель</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation>Зарегистрировать нового жителя (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Записать посещение</translation>
    </message>
    <message>
        <source>Log a visit to the selected resident (Ctrl+L)</source>
        <translation>Записать посещение выбранного жителя (Ctrl+L)</translation>
    </message>
    <message>
        <source>Any registry category</source>
        <translation>Любая категория учёта</translation>
    </message>
    <message>
        <source>Registry category</source>
        <translation>Категория учёта</translation>
    </message>
    <message>
        <source>DV case: any</source>
        <translation>Дело о насилии: любое</translation>
    </message>
    <message>
        <source>With an open DV case</source>
        <translation>С открытым делом о насилии</translation>
    </message>
    <message>
        <source>Without an open DV case</source>
        <translation>Без открытого дела о насилии</translation>
    </message>
    <message>
        <source>Open DV case</source>
        <translation>Открытое дело о насилии</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Любой возраст</translation>
    </message>
    <message>
        <source>Children (0–13)</source>
        <translation>Дети (0–13)</translation>
    </message>
    <message>
        <source>Teenagers (14–17)</source>
        <translation>Подростки (14–17)</translation>
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
        <translation>60 и старше</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Any street</source>
        <translation>Любая улица</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всех</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>Инспектор: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No residents match</source>
        <translation>Подходящих жителей нет</translation>
    </message>
    <message>
        <source>%1 shown; scroll for more</source>
        <translation>Показано: %1; прокрутите, чтобы увидеть ещё</translation>
    </message>
    <message>
        <source>%1 residents</source>
        <translation>Жителей: %1</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Raise level to</source>
        <translation>&amp;Повысить уровень до</translation>
    </message>
    <message>
        <source>Reason for raising</source>
        <translation>Причина повышения</translation>
    </message>
    <message>
        <source>Raise level to</source>
        <translation>Повысить уровень до</translation>
    </message>
    <message>
        <source>No override: use the computed level</source>
        <translation>Без изменения: расчётный уровень</translation>
    </message>
    <message>
        <source>Score %1 · answered %2 of %3</source>
        <translation>Баллы: %1 · отвечено %2 из %3</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Уровень: %1</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>This computer's clock reads earlier than the last unlock attempt (%1): correct the date and time, then try again.</source>
        <translation>Часы этого компьютера показывают время раньше последней попытки разблокировки (%1): исправьте дату и время и попробуйте снова.</translation>
    </message>
    <message>
        <source>Locked until %1: the record of wrong passwords on this laptop was removed or altered, so Inspector Desk is locked as a precaution.</source>
        <translation>Заблокировано до %1: запись о неверных паролях на этом ноутбуке удалена или изменена, поэтому Inspector Desk заблокирован в целях предосторожности.</translation>
    </message>
    <message>
        <source>Locked until %1 — %2 wrong passwords in a row. Try again after that time.</source>
        <translation>Заблокировано до %1 — неверный пароль введён %2 раз подряд. Попробуйте снова после этого времени.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>Пароль должен содержать не менее 10 символов.</translation>
    </message>
    <message>
        <source>The password may have at most 256 characters.</source>
        <translation>Пароль может содержать не более 256 символов.</translation>
    </message>
    <message>
        <source>The password must mix at least three of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>Пароль должен сочетать не менее трёх видов из: строчные буквы, заглавные буквы, цифры, символы.</translation>
    </message>
    <message>
        <source>The password must not contain your login.</source>
        <translation>Пароль не должен содержать ваш логин.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Два новых пароля не совпадают.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The password is wrong. %1 more wrong attempt(s) lock Inspector Desk for 30 minutes.</source>
        <translation>Неверный пароль. Ещё неверных попыток до блокировки Inspector Desk на 30 минут: %1.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a value from the list</source>
        <translation>Выберите значение из списка</translation>
    </message>
    <message>
        <source>The value is below the minimum</source>
        <translation>Значение меньше минимального</translation>
    </message>
    <message>
        <source>The value is above the maximum</source>
        <translation>Значение больше максимального</translation>
    </message>
    <message>
        <source>Enter an address starting with https:// or http://</source>
        <translation>Введите адрес, начинающийся с https:// или http://</translation>
    </message>
    <message>
        <source>Choose an existing file</source>
        <translation>Выберите существующий файл</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Блокировка при бездействии (минуты)</translation>
    </message>
    <message>
        <source>HQ server address</source>
        <translation>Адрес сервера штаба</translation>
    </message>
    <message>
        <source>HQ CA bundle (PEM file)</source>
        <translation>Сертификаты УЦ штаба (файл PEM)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with HQ</source>
        <translation>Синхронизация со штабом</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>Адрес штаба</translation>
    </message>
    <message>
        <source>HQ account</source>
        <translation>Учётная запись штаба</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Последняя успешная синхронизация</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Изменения, ожидающие отправки</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>Конфликты, ждущие решения</translation>
    </message>
    <message>
        <source>Next automatic attempt</source>
        <translation>Следующая автоматическая попытка</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Sign in to HQ…</source>
        <translation>Войти в штаб…</translation>
    </message>
    <message>
        <source>Sign out of HQ</source>
        <translation>Выйти из штаба</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>syncing now</source>
        <translation>идёт сейчас</translation>
    </message>
    <message>
        <source>after you act on the problem below</source>
        <translation>после того как вы устраните проблему ниже</translation>
    </message>
    <message>
        <source>on the next change, or within 5 minutes</source>
        <translation>при следующем изменении или в течение 5 минут</translation>
    </message>
    <message>
        <source>in %1 s (retrying after a failure)</source>
        <translation>через %1 с (повтор после сбоя)</translation>
    </message>
</context>
<context>
    <name>SyncSignIn</name>
    <message>
        <source>This computer has no password store (keyring) Inspector Desk can use. You stay signed in to HQ only until the application closes, then you sign in again. Nothing is written to a file.</source>
        <translation>На этом компьютере нет хранилища паролей (keyring), которым может пользоваться Inspector Desk. Вход в штаб действует только до закрытия программы, затем нужно войти снова. В файл ничего не записывается.</translation>
    </message>
    <message>
        <source>Sign in to HQ</source>
        <translation>Вход в штаб</translation>
    </message>
    <message>
        <source>Sign in with your HQ account so this laptop can send and receive changes.</source>
        <translation>Войдите с учётной записью штаба, чтобы ноутбук мог отправлять и получать изменения.</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>&amp;Адрес штаба</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>Адрес штаба</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>HQ address: enter an address starting with https:// or http://</source>
        <translation>Адрес штаба: введите адрес, начинающийся с https:// или http://</translation>
    </message>
    <message>
        <source>Enter your HQ login and password.</source>
        <translation>Введите логин и пароль штаба.</translation>
    </message>
    <message>
        <source>This laptop syncs for the person signed in on it: use the HQ account %1.</source>
        <translation>Ноутбук синхронизируется для того, кто в нём работает: используйте учётную запись штаба %1.</translation>
    </message>
    <message>
        <source>Could not sign in to HQ: %1</source>
        <translation>Не удалось войти в штаб: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>This laptop has no network connection. Changes are kept here and sent when it is back.</source>
        <translation>У ноутбука нет подключения к сети. Изменения хранятся здесь и будут отправлены, когда связь появится.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (%1). Changes are kept on this laptop and sent when HQ answers.</source>
        <translation>Штаб недоступен (%1). Изменения хранятся на ноутбуке и будут отправлены, когда штаб ответит.</translation>
    </message>
    <message>
        <source>The HQ login or password is wrong.</source>
        <translation>Неверный логин или пароль штаба.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the HQ account is locked for a while. Try again later.</source>
        <translation>Слишком много неверных паролей: учётная запись штаба временно заблокирована. Попробуйте позже.</translation>
    </message>
    <message>
        <source>Your HQ session has ended (signed out or expired): sign in to HQ again to sync.</source>
        <translation>Сеанс в штабе завершён (выход или истёк срок): войдите в штаб снова, чтобы синхронизировать.</translation>
    </message>
    <message>
        <source>HQ needs a newer version of Inspector Desk: ask for an update. Your unsent changes stay on this laptop.</source>
        <translation>Штабу нужна более новая версия Inspector Desk: запросите обновление. Неотправленные изменения остаются на ноутбуке.</translation>
    </message>
    <message>
        <source>This account or laptop was revoked at HQ: its data has been removed from this laptop.</source>
        <translation>Эта учётная запись или ноутбук отозваны в штабе: данные удалены с ноутбука.</translation>
    </message>
    <message>
        <source>Your password was reset at HQ: the data on this laptop was removed; sign in again with the new password to set it up from HQ.</source>
        <translation>Ваш пароль сброшен в штабе: данные на этом ноутбуке удалены; войдите снова с новым паролем, чтобы восстановить их из штаба.</translation>
    </message>
    <message>
        <source>HQ's certificate could not be verified, so nothing was sent. Tell your administrator (the HQ address may be wrong, or a certificate bundle must be configured).</source>
        <translation>Не удалось проверить сертификат штаба, поэтому ничего не отправлено. Сообщите администратору (возможно, адрес штаба неверен или нужно настроить набор сертификатов).</translation>
    </message>
    <message>
        <source>HQ's address is not encrypted: use an address starting with https:// (plain http is allowed only to this computer).</source>
        <translation>Адрес штаба не зашифрован: используйте адрес, начинающийся с https:// (простой http разрешён только для этого компьютера).</translation>
    </message>
    <message>
        <source>HQ had a problem handling the sync. It will be tried again shortly.</source>
        <translation>В штабе произошла ошибка при синхронизации. Скоро будет повторная попытка.</translation>
    </message>
    <message>
        <source>HQ refused the sync request. Your changes are kept; tell your administrator.</source>
        <translation>Штаб отклонил запрос синхронизации. Изменения сохранены; сообщите администратору.</translation>
    </message>
    <message>
        <source>The sync was cancelled. What was done so far is kept.</source>
        <translation>Синхронизация остановлена. Всё, что успело выполниться, сохранено.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected problem. It will be tried again.</source>
        <translation>Синхронизация прервалась из-за непредвиденной ошибки. Будет повторная попытка.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Not signed in to HQ</source>
        <translation>Вход в штаб не выполнен</translation>
    </message>
    <message>
        <source>Online, synced at %1</source>
        <translation>На связи, синхронизировано %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Подключение к штабу…</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Отправка изменений: %1 из %2</translation>
    </message>
    <message>
        <source>Receiving: %1 records</source>
        <translation>Получение: записей %1</translation>
    </message>
    <message>
        <source>Checking this laptop against HQ…</source>
        <translation>Сверка ноутбука со штабом…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation>К отправке: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Конфликтов: %1</translation>
    </message>
    <message>
        <source>No HQ address is set: this laptop works offline and keeps every change until it can sync.</source>
        <translation>Адрес штаба не задан: ноутбук работает без сети и хранит все изменения до синхронизации.</translation>
    </message>
    <message>
        <source>HQ: %1</source>
        <translation>Штаб: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <source>Click to open the Sync page.</source>
        <translation>Нажмите, чтобы открыть страницу синхронизации.</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Состояние синхронизации: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>%1 d overdue</source>
        <translation>просрочено на %1 дн.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>через %1 дн.</translation>
    </message>
    <message>
        <source>%1 working d overdue</source>
        <translation>просрочено на %1 раб. дн.</translation>
    </message>
    <message>
        <source>%1 working d</source>
        <translation>%1 раб. дн.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Пересмотр до</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>&amp;Visits due or overdue (%1)</source>
        <translation>&amp;Посещения к сроку и просроченные (%1)</translation>
    </message>
    <message>
        <source>&amp;Protective orders ending within 3 days (%1)</source>
        <translation>&amp;Защитные предписания, истекающие в течение 3 дней (%1)</translation>
    </message>
    <message>
        <source>DV &amp;cases due for review (%1)</source>
        <translation>&amp;Дела о насилии к пересмотру (%1)</translation>
    </message>
    <message>
        <source>&amp;Appeals near or past their deadline (%1)</source>
        <translation>&amp;Обращения со сроком на исходе или просроченные (%1)</translation>
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
        <translation>Жители</translation>
    </message>
    <message>
        <source>On registry</source>
        <translation>На учёте</translation>
    </message>
    <message>
        <source>Visits done (30 d)</source>
        <translation>Посещений (30 дн.)</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>Просроченные посещения</translation>
    </message>
    <message>
        <source>Open DV cases</source>
        <translation>Открытые дела о насилии</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Просроченные пересмотры</translation>
    </message>
    <message>
        <source>Appeals overdue</source>
        <translation>Просроченные обращения</translation>
    </message>
    <message>
        <source>My unit</source>
        <translation>Моё подразделение</translation>
    </message>
    <message>
        <source>Caseload of each inspector over the last 30 days. Enter opens their residents.</source>
        <translation>Нагрузка каждого инспектора за последние 30 дней. Enter открывает его жителей.</translation>
    </message>
    <message>
        <source>Show this inspector's residents</source>
        <translation>Показать жителей этого инспектора</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>Запись посещения</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+Enter)</source>
        <translation>Сохранить посещение (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Not on the prevention registry: no scheduled visits.</source>
        <translation>Не состоит на профилактическом учёте: плановых посещений нет.</translation>
    </message>
    <message>
        <source>Next visit due after this one: %1</source>
        <translation>Следующее посещение после этого: до %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Последние %1 дн.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Вид посещения</translation>
    </message>
</context>
</TS>

"""The words printed on reports in Russian, Kazakh and English (no Qt: reports render in workers and tests).

``tr(lang, key)`` falls back to Russian, then to the key itself, so a missing entry shows, never crashes.
"""

from __future__ import annotations

LANGUAGES = ("ru", "kk", "en")

# key -> (ru, kk, en)
_TABLE: dict[str, tuple[str, str, str]] = {
    # report names
    "kind.unit_caseload": ("Нагрузка подразделения", "Бөлімшенің жүктемесі", "Unit caseload"),
    "kind.inspector_caseload": ("Нагрузка инспектора", "Инспектордың жүктемесі", "Inspector caseload"),
    "kind.overdue_visits": ("Просроченные посещения", "Мерзімі өткен бару", "Overdue visits"),
    "kind.measures_ending": (
        "Защитные предписания и особые требования, истекающие в ближайшее время",
        "Мерзімі жақында аяқталатын қорғау нұсқамалары мен ерекше талаптар",
        "Protective orders and special requirements ending soon",
    ),
    "kind.high_risk_cases": (
        "Дела высокого и крайне высокого риска",
        "Қаупі жоғары және өте жоғары істер",
        "High and extreme risk cases",
    ),
    "kind.appeals_by_deadline": ("Обращения по срокам", "Өтініштер мерзімі бойынша", "Appeals by deadline"),
    "kind.resident_card": ("Карточка жителя", "Тұрғынның карточкасы", "Resident card"),
    "kind.round_sheet": ("Лист подворного обхода", "Үйме-үй аралау парағы", "Door-to-door round sheet"),
    # page furniture
    "confidential": (
        "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
        "ҚЫЗМЕТТІК ПАЙДАЛАНУ ҮШІН",
        "CONFIDENTIAL — FOR OFFICIAL USE ONLY",
    ),
    "page_of": ("Страница {n} из", "{n}-бет, барлығы", "Page {n} of"),
    "generated": ("Сформировано {at}, {user}", "Жасалған уақыты {at}, {user}", "Generated {at} by {user}"),
    "period": ("Период", "Кезең", "Period"),
    "period_value": ("{start} — {end}", "{start} — {end}", "{start} – {end}"),
    "as_of": ("на дату", "күні", "as of"),
    "filters": ("Параметры", "Параметрлер", "Filters"),
    "no_records": ("Нет записей", "Жазбалар жоқ", "No records"),
    "all": ("все", "барлығы", "all"),
    "truncated": (
        "Показаны первые {shown} из {total}",
        "{total} ішінен алғашқы {shown} көрсетілген",
        "First {shown} of {total} shown",
    ),
    "unit": ("Подразделение", "Бөлімше", "Unit"),
    # filters
    "f.inspector": ("Инспектор", "Инспектор", "Inspector"),
    "f.streets": ("Улицы", "Көшелер", "Streets"),
    "f.within_days": ("В течение, дней", "Ішінде, күн", "Within, days"),
    "f.within_working_days": ("В течение, рабочих дней", "Ішінде, жұмыс күні", "Within, working days"),
    "f.include_answered": ("Включая отвеченные", "Жауап берілгендерімен", "Including answered"),
    "f.kinds": ("Виды мер", "Шаралар түрлері", "Measure kinds"),
    "f.risk_levels": ("Уровни риска", "Қауіп деңгейлері", "Risk levels"),
    "f.with_lists": ("Со списками", "Тізімдерімен", "With lists"),
    "f.resident": ("Житель", "Тұрғын", "Resident"),
    "yes": ("да", "иә", "yes"),
    "no": ("нет", "жоқ", "no"),
    # caseload figures
    "c.inspector": ("Инспектор", "Инспектор", "Inspector"),
    "c.residents": ("Жителей на участке", "Учаскедегі тұрғындар", "Residents on the beat"),
    "c.residents_short": ("Жители", "Тұрғындар", "Residents"),
    "c.registry": ("На профилактическом учёте", "Профилактикалық есепте", "On the prevention registry"),
    "c.registry_short": ("Учёт", "Есеп", "Registry"),
    "c.visits_done": ("Посещений проведено", "Жүргізілген бару", "Visits done"),
    "c.visits_done_short": ("Пос. пров.", "Бару жүрг.", "Visits done"),
    "c.visits_due": ("Посещений по графику", "Кесте бойынша бару", "Visits due"),
    "c.visits_due_short": ("По графику", "Кесте б-ша", "Due"),
    "c.visits_overdue": ("Посещений просрочено", "Мерзімі өткен бару", "Visits overdue"),
    "c.visits_overdue_short": ("Просроч.", "Мерз. өткен", "Overdue"),
    "c.dv_open": (
        "Открытых дел о бытовом насилии",
        "Тұрмыстық зорлық-зомбылық бойынша ашық істер",
        "Open domestic violence cases",
    ),
    "c.dv_open_short": ("Дела БН", "ТЗЗ істері", "DV cases"),
    "c.orders_ending": (
        "Защитных предписаний истекает в течение {n} дней",
        "{n} күн ішінде аяқталатын қорғау нұсқамалары",
        "Protective orders ending within {n} days",
    ),
    "c.orders_ending_short": ("ЗП истек.", "ҚН аяқт.", "Orders ending"),
    "c.review_overdue": (
        "Дел с просроченным пересмотром",
        "Қайта қарау мерзімі өткен істер",
        "Cases overdue for review",
    ),
    "c.review_overdue_short": ("Пересм. проср.", "Қайта қар.", "Review overdue"),
    "c.appeals_received": ("Обращений поступило", "Түскен өтініштер", "Appeals received"),
    "c.appeals_received_short": ("Обр. пост.", "Өтін. түсті", "Appeals in"),
    "c.appeals_on_time": (
        "Обращений отвечено в срок",
        "Мерзімінде жауап берілген өтініштер",
        "Appeals answered on time",
    ),
    "c.appeals_on_time_short": ("В срок", "Мерзімінде", "On time"),
    "c.appeals_overdue": ("Обращений просрочено", "Мерзімі өткен өтініштер", "Appeals overdue"),
    "c.appeals_overdue_short": ("Обр. проср.", "Өтін. мерз.", "Appeals late"),
    "c.total": ("Итого по подразделению", "Бөлімше бойынша барлығы", "Unit total"),
    "c.figure": ("Показатель", "Көрсеткіш", "Figure"),
    "c.value": ("Значение", "Мәні", "Value"),
    "c.by_category": ("На учёте по категориям", "Санаттар бойынша есепте", "Registry by category"),
    "c.by_level": (
        "Открытые дела по уровню риска",
        "Қауіп деңгейі бойынша ашық істер",
        "Open cases by risk level",
    ),
    # charts
    "chart.caseload": ("Нагрузка по инспекторам", "Инспекторлар бойынша жүктеме", "Caseload by inspector"),
    "chart.risk": ("Дела по уровню риска", "Қауіп деңгейі бойынша істер", "Cases by risk level"),
    "chart.visits_week": ("Посещения по неделям", "Апта бойынша бару", "Visits per week"),
    # list sections
    "s.overdue_visits": ("Просроченные посещения", "Мерзімі өткен бару", "Overdue visits"),
    "s.cases": (
        "Открытые дела о бытовом насилии",
        "Тұрмыстық зорлық-зомбылық бойынша ашық істер",
        "Open domestic violence cases",
    ),
    "s.review_overdue": (
        "Дела с просроченным пересмотром",
        "Қайта қарау мерзімі өткен істер",
        "Cases overdue for review",
    ),
    "s.orders_ending": (
        "Истекающие защитные предписания",
        "Аяқталатын қорғау нұсқамалары",
        "Protective orders ending",
    ),
    "s.appeals_overdue": ("Просроченные обращения", "Мерзімі өткен өтініштер", "Overdue appeals"),
    # columns
    "col.no": ("№", "№", "No."),
    "col.name": ("ФИО", "Аты-жөні", "Name"),
    "col.address": ("Адрес", "Мекенжай", "Address"),
    "col.phone": ("Телефон", "Телефон", "Phone"),
    "col.categories": ("Категории учёта", "Есеп санаттары", "Registry categories"),
    "col.due_on": ("Срок", "Мерзімі", "Due"),
    "col.days_overdue": ("Дней просрочки", "Кешіккен күн", "Days overdue"),
    "col.case_no": ("Дело №", "Іс №", "Case No."),
    "col.risk": ("Риск", "Қауіп", "Risk"),
    "col.status": ("Статус", "Мәртебесі", "Status"),
    "col.victim": ("Потерпевший(ая)", "Жәбірленуші", "Victim"),
    "col.owner": ("Инспектор", "Инспектор", "Inspector"),
    "col.review_due": ("Пересмотр", "Қайта қарау", "Review due"),
    "col.opened": ("Открыто", "Ашылған", "Opened"),
    "col.kind": ("Вид", "Түрі", "Kind"),
    "col.start": ("Начало", "Басталуы", "Start"),
    "col.end": ("Окончание", "Аяқталуы", "End"),
    "col.days_left": ("Осталось дней", "Қалған күн", "Days left"),
    "col.received": ("Поступило", "Түскен", "Received"),
    "col.applicant": ("Заявитель", "Өтініш беруші", "Applicant"),
    "col.subject": ("Предмет", "Мәні", "Subject"),
    "col.working_days_left": ("Раб. дней осталось", "Қалған жұмыс күні", "Working days left"),
    "col.answered": ("Отвечено", "Жауап берілді", "Answered"),
    "col.household": ("Адрес / жильцы", "Мекенжай / тұрғындар", "Address / residents"),
    "col.last_visit": ("Последнее посещение", "Соңғы бару", "Last visit"),
    "col.present": ("Кто застан", "Кім болды", "Who was home"),
    "col.notes": ("Отметки", "Белгілер", "Notes"),
    "col.signature": ("Подпись", "Қолы", "Signature"),
    # resident card
    "r.iin": ("ИИН", "ЖСН", "IIN"),
    "r.birth_date": ("Дата рождения", "Туған күні", "Date of birth"),
    "r.age": ("Возраст", "Жасы", "Age"),
    "r.sex": ("Пол", "Жынысы", "Sex"),
    "r.phones": ("Телефоны", "Телефондар", "Phones"),
    "r.notes": ("Примечания", "Ескертпелер", "Notes"),
    "r.next_visit": ("Следующее посещение", "Келесі бару", "Next visit due"),
    "r.members": ("Члены домохозяйства", "Үй шаруашылығының мүшелері", "Household members"),
    "r.registry": ("Профилактический учёт", "Профилактикалық есеп", "Prevention registry"),
    "r.basis": ("Основание", "Негізі", "Basis"),
    "r.active": ("Действует", "Күшінде", "Active"),
    "r.visits": ("Посещения", "Бару", "Visits"),
    "r.more_visits": ("…и более ранние посещения", "…және бұрынғы бару", "…and earlier visits"),
    "r.dv_cases": ("Дела о бытовом насилии", "Тұрмыстық зорлық-зомбылық істері", "Domestic violence cases"),
    "r.role": ("Роль", "Рөлі", "Role"),
    "r.appeals": ("Обращения", "Өтініштер", "Appeals"),
    "r.date": ("Дата", "Күні", "Date"),
    "r.outcome": ("Результат", "Нәтижесі", "Outcome"),
    "r.officer": ("Сотрудник", "Қызметкер", "Officer"),
    # values
    "sex.M": ("муж.", "ер", "male"),
    "sex.F": ("жен.", "әйел", "female"),
    "risk.low": ("низкий", "төмен", "low"),
    "risk.medium": ("средний", "орташа", "medium"),
    "risk.high": ("высокий", "жоғары", "high"),
    "risk.extreme": ("крайне высокий", "өте жоғары", "extreme"),
    "risk.unassessed": ("не оценён", "бағаланбаған", "not assessed"),
    "status.open": ("открыто", "ашық", "open"),
    "status.monitoring": ("наблюдение", "бақылауда", "monitoring"),
    "status.closed": ("закрыто", "жабық", "closed"),
    "status.registered": ("зарегистрировано", "тіркелген", "registered"),
    "status.extended": ("продлено", "ұзартылған", "extended"),
    "status.answered": ("отвечено", "жауап берілген", "answered"),
    "role.victim": ("потерпевший(ая)", "жәбірленуші", "victim"),
    "role.offender": ("правонарушитель", "құқық бұзушы", "offender"),
    "role.child": ("ребёнок", "бала", "child"),
    "cat.protective_order": ("защитное предписание", "қорғау нұсқамасы", "protective order"),
    "cat.special_requirements": ("особые требования", "ерекше талаптар", "special requirements"),
    "cat.parole": ("УДО", "ШМБ", "parole"),
    "cat.administrative_supervision": ("админ. надзор", "әкімшілік қадағалау", "administrative supervision"),
    "cat.official_warning": ("официальное предостережение", "ресми ескерту", "official warning"),
    "cat.non_custodial_sentence": (
        "осуждён без лишения свободы",
        "бас бостандығынан айырылмай сотталған",
        "non-custodial sentence",
    ),
    "cat.unspent_conviction": ("непогашенная судимость", "өтелмеген сотталғандық", "unspent conviction"),
    "cat.juvenile_at_risk": (
        "несовершеннолетний группы риска",
        "қауіп тобындағы кәмелетке толмаған",
        "juvenile at risk",
    ),
    "cat.family_in_difficulty": ("неблагополучная семья", "қолайсыз отбасы", "family in difficulty"),
    "measure.protective_order": ("защитное предписание", "қорғау нұсқамасы", "protective order"),
    "measure.special_requirements": ("особые требования", "ерекше талаптар", "special requirements"),
    "measure.referral": ("направление", "жолдама", "referral"),
    "measure.other": ("иное", "басқа", "other"),
    "visit.door_to_door": ("подворный обход", "үйме-үй аралау", "door to door"),
    "visit.prevention": ("профилактика", "профилактика", "prevention"),
    "visit.dv_follow_up": ("контроль по делу БН", "ТЗЗ ісі бойынша бақылау", "DV follow-up"),
    "visit.reception": ("приём граждан", "азаматтарды қабылдау", "reception"),
    "visit.preventive_talk": ("профилактическая беседа", "профилактикалық әңгіме", "preventive talk"),
    "outcome.met": ("застал", "кездесті", "met"),
    "outcome.not_home": ("не застал", "үйде жоқ", "not home"),
    "outcome.refused": ("отказ", "бас тартты", "refused"),
    "outcome.moved_out": ("выбыл", "көшіп кеткен", "moved out"),
    "outcome.other": ("иное", "басқа", "other"),
}


def tr(lang: str, key: str, **values: object) -> str:
    """The text of ``key`` in ``lang`` with ``{name}`` placeholders filled."""
    row = _TABLE.get(key)
    if row is None:
        text = key
    else:
        index = LANGUAGES.index(lang) if lang in LANGUAGES else 0
        text = row[index] or row[0]
    return text.format(**values) if values else text


def label(lang: str, prefix: str, value: str | None) -> str:
    """A stored code (risk level, category, status...) in words; the code itself when unknown."""
    if not value:
        return ""
    key = f"{prefix}.{value}"
    return tr(lang, key) if key in _TABLE else value


def has_key(key: str) -> bool:
    return key in _TABLE

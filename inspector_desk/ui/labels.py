"""Words for the domain's stored codes (visit kinds, registry categories, risk levels, statuses), in the
current language. Each table is built when asked so that a language switch takes effect at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def visit_kinds() -> dict[str, str]:
    return {
        "door_to_door": translate("Labels", "Door-to-door round"),
        "prevention": translate("Labels", "Prevention visit"),
        "dv_follow_up": translate("Labels", "DV follow-up"),
        "reception": translate("Labels", "Reception at the office"),
        "preventive_talk": translate("Labels", "Preventive talk"),
    }


def topics() -> dict[str, str]:
    return {
        "children_safety": translate("Labels", "Children's safety"),
        "drugs": translate("Labels", "Drugs"),
        "internet_fraud": translate("Labels", "Internet fraud"),
        "road_safety": translate("Labels", "Road safety"),
        "domestic_violence": translate("Labels", "Domestic violence"),
        "other": translate("Labels", "Other topic"),
    }


def outcomes() -> dict[str, str]:
    return {
        "met": translate("Labels", "Met in person"),
        "not_home": translate("Labels", "Nobody at home"),
        "refused": translate("Labels", "Refused to talk"),
        "moved_out": translate("Labels", "Moved out"),
        "other": translate("Labels", "Other outcome"),
    }


def categories() -> dict[str, str]:
    return {
        "protective_order": translate("Labels", "Protective order"),
        "special_requirements": translate("Labels", "Special requirements"),
        "parole": translate("Labels", "Parole"),
        "administrative_supervision": translate("Labels", "Administrative supervision"),
        "official_warning": translate("Labels", "Official warning"),
        "non_custodial_sentence": translate("Labels", "Non-custodial sentence"),
        "unspent_conviction": translate("Labels", "Unspent conviction"),
        "juvenile_at_risk": translate("Labels", "Juvenile at risk"),
        "family_in_difficulty": translate("Labels", "Family in difficulty"),
    }


def risk_levels() -> dict[str, str]:
    return {
        "low": translate("Labels", "Low"),
        "medium": translate("Labels", "Medium"),
        "high": translate("Labels", "High"),
        "extreme": translate("Labels", "Extreme"),
    }


def case_statuses() -> dict[str, str]:
    return {
        "open": translate("Labels", "Open"),
        "monitoring": translate("Labels", "Monitoring"),
        "closed": translate("Labels", "Closed"),
    }


def closure_states() -> dict[str, str]:
    return {
        "requested": translate("Labels", "Closure requested"),
        "approved": translate("Labels", "Closure approved"),
        "rejected": translate("Labels", "Closure rejected"),
    }


def party_roles() -> dict[str, str]:
    return {
        "victim": translate("Labels", "Victim"),
        "offender": translate("Labels", "Offender"),
        "child": translate("Labels", "Child"),
    }


def measure_kinds() -> dict[str, str]:
    return {
        "protective_order": translate("Labels", "Protective order"),
        "special_requirements": translate("Labels", "Special requirements"),
        "referral": translate("Labels", "Referral to a crisis centre"),
        "other": translate("Labels", "Other measure"),
    }


def appeal_statuses() -> dict[str, str]:
    return {
        "registered": translate("Labels", "Registered"),
        "extended": translate("Labels", "Extended"),
        "answered": translate("Labels", "Answered"),
    }


def object_kinds() -> dict[str, str]:
    return {
        "school": translate("Labels", "School"),
        "kindergarten": translate("Labels", "Kindergarten"),
        "alcohol_shop": translate("Labels", "Shop selling alcohol"),
        "cctv_camera": translate("Labels", "CCTV camera"),
        "bar": translate("Labels", "Bar"),
        "pharmacy": translate("Labels", "Pharmacy"),
        "other": translate("Labels", "Other object"),
    }


def sexes() -> dict[str, str]:
    return {"M": translate("Labels", "Male"), "F": translate("Labels", "Female")}


def history_actions() -> dict[str, str]:
    return {
        "create": translate("Labels", "Created"),
        "update": translate("Labels", "Changed"),
        "void": translate("Labels", "Voided"),
        "move": translate("Labels", "Moved"),
        "view": translate("Labels", "Viewed"),
    }


def timeline_kinds() -> dict[str, str]:
    return {
        "opened": translate("Labels", "Case opened"),
        "incident": translate("Labels", "Incident"),
        "assessment": translate("Labels", "Risk assessment"),
        "measure_started": translate("Labels", "Measure started"),
        "measure_ended": translate("Labels", "Measure ended"),
        "review": translate("Labels", "Review"),
        "visit": translate("Labels", "Visit"),
        "closure_requested": translate("Labels", "Closure requested"),
        "closure_approved": translate("Labels", "Closure approved"),
        "closure_rejected": translate("Labels", "Closure rejected"),
        "closed": translate("Labels", "Closed"),
    }


def field_names() -> dict[str, str]:
    """Names of input fields, for messages that name the field."""
    return {
        "last_name": translate("Labels", "Last name"),
        "first_name": translate("Labels", "First name"),
        "middle_name": translate("Labels", "Middle name"),
        "iin": translate("Labels", "IIN"),
        "birth_date": translate("Labels", "Birth date"),
        "sex": translate("Labels", "Sex"),
        "phones": translate("Labels", "Phones"),
        "notes": translate("Labels", "Notes"),
        "kind": translate("Labels", "Kind"),
        "topic": translate("Labels", "Topic"),
        "outcome": translate("Labels", "Outcome"),
        "visited_at": translate("Labels", "Time of the visit"),
    }


def label(table: dict[str, str], code: str | None) -> str:
    """The word for ``code``, or the code itself when the table does not know it (new data)."""
    if code is None:
        return ""
    return table.get(code, code)


def categories_text(codes: tuple[str, ...] | list[str]) -> str:
    table = categories()
    return ", ".join(table.get(c, c) for c in codes)


def incident_kinds() -> dict[str, str]:
    return {
        "physical_violence": translate("Labels", "Physical violence"),
        "threats": translate("Labels", "Threats"),
        "psychological_violence": translate("Labels", "Psychological violence"),
        "economic_violence": translate("Labels", "Economic violence"),
        "sexual_violence": translate("Labels", "Sexual violence"),
        "order_violation": translate("Labels", "Breach of a protective order"),
        "other": translate("Labels", "Other incident"),
    }

"""The password rule, the same on the laptop (key provisioning, password change) and at HQ (accounts,
an admin's reset): at least 10 characters, three of four kinds, not the login."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_desk.demo import DEFAULT_PASSWORD
from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.password_policy import check_password
from inspector_desk.hq.auth import PasswordPolicyError, check_password_policy
from inspector_desk.security.keyfile import FAST_TEST_KDF, change_password, keyfile_path, provision_key


@pytest.mark.parametrize(
    "password",
    [DEFAULT_PASSWORD, "Correct-Horse-9", "жаңа құпия сөз 2026", "Пароль-для-участка", "UPPER lower 123"],
)
def test_good_passwords_pass(password: str) -> None:
    check_password(password, login="aseke")


@pytest.mark.parametrize(
    ("password", "rule"),
    [
        ("Short-1a", "password.too_short"),
        ("", "password.too_short"),
        ("alllowercaseletters", "password.classes"),
        ("lowercase and spaces", "password.classes"),  # two kinds: lower case and symbols
        ("1234567890123", "password.classes"),
        ("Aseke-Secret-12", "password.contains_login"),
        ("x" * 255 + "A1-", "password.too_long"),
    ],
)
def test_weak_passwords_are_refused_naming_the_rule(password: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_password(password, login="aseke")
    assert caught.value.field == "password"
    assert caught.value.rule == rule
    assert caught.value.message


def test_hq_applies_the_same_rule() -> None:
    check_password_policy(DEFAULT_PASSWORD, "inspector")
    with pytest.raises(PasswordPolicyError, match="at least 10 characters"):
        check_password_policy("Short-1a", "inspector")
    with pytest.raises(PasswordPolicyError, match="must not contain the login"):
        check_password_policy("Inspector-2026!", "inspector")


def test_the_laptop_refuses_a_weak_password_before_writing_anything(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    with pytest.raises(ValidationError, match="at least 10"):
        provision_key(db_path, "short", FAST_TEST_KDF)
    assert not keyfile_path(db_path).exists()
    provision_key(db_path, "Correct-Horse-9", FAST_TEST_KDF)
    before = keyfile_path(db_path).read_bytes()
    with pytest.raises(ValidationError) as caught:
        change_password(db_path, "Correct-Horse-9", "weakweakweak", FAST_TEST_KDF)
    assert caught.value.field == "new_password"
    with pytest.raises(ValidationError) as same:
        change_password(db_path, "Correct-Horse-9", "Correct-Horse-9", FAST_TEST_KDF)
    assert same.value.rule == "password.unchanged"
    assert keyfile_path(db_path).read_bytes() == before

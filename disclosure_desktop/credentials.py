"""A shared database's password kept in the system's keyring (Secret Service, macOS Keychain, Windows Credential
Locker) through the `keyring` package — never in the settings or any file of ours; where the system has no
keyring (a server without a desktop, the offscreen tests) nothing is kept and the password is asked each time."""

from __future__ import annotations

import contextlib
import logging

log = logging.getLogger(__name__)

SERVICE = "disclosure-desktop"  # the keyring entry's service name; its user name is the URL without the password


def available() -> bool:
    """True when a keyring backend that keeps secrets exists here (not keyring's `fail` or `null` stand-ins)."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:  # a build without the package: ask each time
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        return any(not isinstance(b, fail.Keyring | null.Keyring) for b in backend.backends)
    return not isinstance(backend, fail.Keyring | null.Keyring)


def stored(url: str) -> str | None:
    """The password kept for the server database `url` (given without its password), None when there is none."""
    if not available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, url)
    except KeyringError as error:  # a locked keyring the clerk did not unlock: asked instead
        log.info("no password from the keyring: %s", type(error).__name__)
        return None


def keep(url: str, password: str) -> bool:
    """Keep `password` for `url` in the keyring; False when there is no keyring or it refused (then it is asked)."""
    if not available():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, url, password)
    except KeyringError as error:
        log.info("the keyring kept no password: %s", type(error).__name__)
        return False
    return True


def forget(url: str) -> None:
    """Remove the password kept for `url` (a wrong one, or the clerk unticked “remember”)."""
    if not available():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):  # none was kept
        keyring.delete_password(SERVICE, url)

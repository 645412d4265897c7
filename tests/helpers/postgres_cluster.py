"""A real PostgreSQL server for the storage tests: the one named by $DISCLOSURE_TEST_PG_URL (CI and `bootstrap.sh
test` start a throwaway cluster and name it), else one this test run starts and stops itself; a database per test.

Without a server the PostgreSQL half of a test is skipped with the reason, except in CI (CI=true), where it fails.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

ENV_URL = "DISCLOSURE_TEST_PG_URL"
ROOT = Path(__file__).resolve().parents[2]
# One template a pytest-xdist worker: a template being copied can have no other session on it.
_TEMPLATE = f"dd_template_head_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"


def _start_own() -> tuple[str | None, str]:
    """Start a throwaway cluster with scripts/pg_cluster.sh; (its URL, "") or (None, why not)."""
    folder = tempfile.mkdtemp(prefix="dd-test-pg-")
    done = subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "start", folder],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", folder], check=False)
        return None, (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
    # Stopped when this test run ends, however it ends (a failed session fixture's teardown may never run).
    atexit.register(subprocess.run, ["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", folder], check=False)
    return done.stdout.strip().splitlines()[-1], ""


def _admin(url: str) -> Engine:
    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The administrator's URL of the server the tests use (a superuser on the maintenance database)."""
    url = os.environ.get(ENV_URL, "").strip()
    why = f"{ENV_URL} names no server"
    if not url:
        url, why = _start_own()
    if not url:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"no PostgreSQL server for the tests in CI: {why}")
        pytest.skip(f"no PostgreSQL server ({why}); set {ENV_URL} or install Debian's postgresql")
    os.environ[ENV_URL] = url  # child processes of the tests (writers, listeners) find it too
    return url


@pytest.fixture(scope="session")
def postgres_template(postgres_server: str) -> str:
    """A database at this program's schema that every test's database is copied from (faster than migrating)."""
    from disclosure_desktop.storage import upgrade

    engine = _admin(postgres_server)
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {_TEMPLATE}"))
    engine.dispose()
    upgrade.upgrade(_with_database(postgres_server, _TEMPLATE))
    return _TEMPLATE


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _database(server_url: str, template: str) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = _admin(server_url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
        yield _with_database(server_url, name)
        with engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    finally:
        engine.dispose()


@pytest.fixture
def postgres_url(postgres_server: str, postgres_template: str) -> Iterator[str]:
    """A fresh database of this test's own, at this program's schema (as `db upgrade` leaves it)."""
    yield from _database(postgres_server, postgres_template)


@contextmanager
def databases(server_url: str, template: str, count: int) -> Iterator[list[str]]:
    """`count` fresh databases at the schema (programs killed side by side, each on its own), dropped after."""
    with ExitStack() as stack:
        yield [stack.enter_context(contextmanager(_database)(server_url, template)) for _ in range(count)]


@pytest.fixture
def postgres_empty_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database of this test's own (as the IT person creates it, before `db upgrade`)."""
    yield from _database(postgres_server, "template0")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """The test's database on each dialect in turn: a new SQLite file, then a PostgreSQL database at the schema."""
    if request.param == "sqlite":
        return tmp_path / "reports.sqlite"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def own_server() -> Iterator[tuple[str, Path]]:
    """A cluster of the test's own (its superuser's URL and its folder), which the test may stop and start again
    (scripts/pg_cluster.sh pause / resume) or set up as an office would: the shared one serves the other tests."""
    folder = Path(tempfile.mkdtemp(prefix="dd-own-pg-"))
    script = ["bash", str(ROOT / "scripts" / "pg_cluster.sh")]
    done = subprocess.run([*script, "start", str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        subprocess.run([*script, "stop", str(folder)], check=False)
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(done.stderr)
        pytest.skip(f"cannot start a PostgreSQL cluster: {done.stderr.strip()[-200:]}")
    try:
        yield done.stdout.strip().splitlines()[-1], folder
    finally:
        subprocess.run([*script, "stop", str(folder)], check=False)

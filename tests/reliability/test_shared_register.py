"""A region's shared register on the PostgreSQL server the suite starts (issue 20).

One database for the module, the two demo projects in it (RJH, RJL), and three login roles made
in the cluster: a project leader, a steering-group member and a reader of RJH. What a role
forbids is refused by the server itself (each user connects and issues SQL directly), and through
the program as one Swedish line with nothing written; two editors of one value do not overwrite
each other; a write is heard on another connection, and an open window's state follows it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import psycopg
import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import AccessDenied, Conflict
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.store.register import Register, open_register

LEADER, STEERING, READER, NOBODY = "hb_leader", "hb_steering", "hb_reader", "hb_nobody"
ADMIN2 = "hb_admin2"  # an administrator who is no superuser
ADMIN_ACTOR = Actor("admin", "cli")


@dataclass
class Shared:
    admin_url: str  # the cluster's superuser: the register's first administrator
    admin: Register
    ids: dict[str, int]  # a measurement of RJH and of RJL, an approved quarter of RJH

    def url(self, user: str) -> str:
        return self.admin_url.replace("://hallbar@", f"://{user}@", 1)

    def connect(self, user: str) -> psycopg.Connection:
        return psycopg.connect(self.url(user))

    def value(self, measurement_id: int) -> float | None:
        with psycopg.connect(self.admin_url) as conn:
            row = conn.execute("SELECT value FROM measurement WHERE id = %s", (measurement_id,)).fetchone()
        return row[0] if row else None


def _measurement_of(conn: sa.Connection, project: str) -> int:
    return int(conn.execute(sa.text(
        "SELECT m.id FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
        "JOIN project p ON p.id = i.project_id WHERE p.code = :p AND i.kind = 'count' "
        "AND NOT EXISTS (SELECT 1 FROM approved_quarter a WHERE a.project_id = p.id AND a.quarter = m.quarter) "
        "ORDER BY m.id LIMIT 1"), {"p": project}).scalar_one())


@pytest.fixture(scope="module")
def shared(pg_server) -> Iterator[Shared]:
    from hallbar_desktop.services import access
    from hallbar_desktop.services.project_file import demo_files, load_project

    url = pg_server.new_database()
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        for user in (LEADER, STEERING, READER, NOBODY, ADMIN2):
            conn.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{user}') "
                         f"THEN CREATE ROLE {user} LOGIN; END IF; END $$")
    admin = open_register(url)
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        conn.execute(f"REVOKE hallbar_user FROM {NOBODY}")  # a server kept from an earlier run
    with admin.transaction() as s:
        for f in demo_files():
            load_project(s, f, Actor("test", "load", f.name))
    with admin.transaction() as s:
        access.grant(s, LEADER, "RJH", "leader", ADMIN_ACTOR)
        access.grant(s, STEERING, "RJH", "steering", ADMIN_ACTOR)
        access.grant(s, READER, "RJH", "reader", ADMIN_ACTOR)
    with admin.connection() as conn:
        ids = {"RJH": _measurement_of(conn, "RJH"), "RJL": _measurement_of(conn, "RJL")}
        ids["RJL indicator"] = int(conn.execute(sa.text("SELECT indicator_id FROM measurement WHERE id = :m"),
                                                {"m": ids["RJL"]}).scalar_one())
    yield Shared(url, admin, ids)
    admin.close()


def _refused(conn: psycopg.Connection, sql: str, *params: object) -> None:
    """``sql`` as that user: the server refuses it (an error, not a silent nothing)."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql, params or None)
    conn.rollback()


def _rows(conn: psycopg.Connection, sql: str, *params: object) -> int:
    cur = conn.execute(sql, params or None)
    count = cur.rowcount
    conn.rollback()  # try, never keep
    return count


# --- roles, enforced by the database ---------------------------------------------------------


def test_a_reader_reads_their_project_and_changes_nothing(shared: Shared) -> None:
    rjh, rjl = shared.ids["RJH"], shared.ids["RJL"]
    with shared.connect(READER) as conn:
        assert [r[0] for r in conn.execute("SELECT code FROM project ORDER BY code")] == ["RJH"]
        assert conn.execute("SELECT count(*) FROM measurement WHERE id = %s", (rjl,)).fetchone() == (0,)
        conn.rollback()
        _refused(conn, "UPDATE measurement SET value = 99 WHERE id = %s", rjh)
        _refused(conn, "DELETE FROM measurement WHERE id = %s", rjh)
        _refused(conn, "UPDATE indicator SET name = 'x' WHERE project_id = (SELECT id FROM project WHERE code = 'RJH')")
        _refused(conn, "INSERT INTO approved_quarter (project_id, quarter, approved_by, approved_at) "
                       "SELECT id, '2020Q2', 'x', now() FROM project WHERE code = 'RJH'")
        _refused(conn, "INSERT INTO project_access (project_id, user_name, role, granted_by, granted_at) "
                       "SELECT id, 'hb_reader', 'leader', '', now() FROM project WHERE code = 'RJH'")
    assert shared.value(rjh) is not None


def test_a_steering_member_approves_and_unlocks_but_changes_no_value(shared: Shared) -> None:
    rjh = shared.ids["RJH"]
    with shared.connect(STEERING) as conn:
        _refused(conn, "UPDATE measurement SET value = 99 WHERE id = %s", rjh)
        _refused(conn, "UPDATE focus_area SET name = 'x'")
        inserted = conn.execute("INSERT INTO approved_quarter (project_id, quarter, approved_by, approved_at) "
                                "SELECT id, '2020Q2', 'x', now() FROM project WHERE code = 'RJH'").rowcount
        removed = conn.execute("DELETE FROM approved_quarter WHERE quarter = '2020Q2'").rowcount
        conn.rollback()
        assert (inserted, removed) == (1, 1)
        # Another project's quarters are not theirs: invisible, so nothing to approve or unlock.
        _refused(conn, "INSERT INTO approved_quarter (project_id, quarter, approved_by, approved_at) "
                       "SELECT id, '2020Q2', 'x', now() FROM project WHERE code = 'RJL' "
                       "UNION ALL SELECT (SELECT project_id FROM indicator i JOIN measurement m "
                       "ON m.indicator_id = i.id WHERE m.id = %s), '2020Q2', 'x', now()", shared.ids["RJL"])


def test_a_leader_changes_their_project_only_and_never_its_approvals(shared: Shared) -> None:
    rjh, rjl = shared.ids["RJH"], shared.ids["RJL"]
    with shared.connect(LEADER) as conn:
        assert _rows(conn, "UPDATE measurement SET value = value WHERE id = %s", rjh) == 1
        assert _rows(conn, "UPDATE measurement SET value = 99 WHERE id = %s", rjl) == 0  # not theirs: unseen
        # A value in another project's indicator (its id known from elsewhere): refused.
        _refused(conn, "INSERT INTO measurement (indicator_id, quarter, comment, entered_by, entered_at, source) "
                       "VALUES (%s, '2019Q1', '', 'x', now(), 'x')", shared.ids["RJL indicator"])
        _refused(conn, "INSERT INTO approved_quarter (project_id, quarter, approved_by, approved_at) "
                       "SELECT id, '2020Q2', 'x', now() FROM project WHERE code = 'RJH'")
        _refused(conn, "DELETE FROM project WHERE code = 'RJH'")
        _refused(conn, "INSERT INTO project (code, name, owner, case_number, call, funder, description, "
                       "start_quarter, end_quarter, reporting_period, project_leader, project_leader_role, "
                       "contact_name, green_threshold, yellow_threshold, example_data, example_note, "
                       "source_note, archived, created_at) VALUES ('NY', 'Nytt', '', '', '', '', '', "
                       "'2021Q1', '2022Q4', 'half_year', '', '', '', 0.9, 0.6, false, '', '', false, now())")
        _refused(conn, "UPDATE audit_entry SET changed_by = 'någon annan'")
        # The audit trail records the database user, whatever the client writes in it.
        conn.execute("INSERT INTO audit_entry (project_id, action, changed_by, changed_at, source, source_detail, "
                     "reason) SELECT id, 'test', 'någon annan', now(), 'cli', '', '' FROM project WHERE code = 'RJH'")
        who = conn.execute("SELECT changed_by FROM audit_entry WHERE action = 'test'").fetchone()
        conn.rollback()
        assert who == (LEADER,)
    assert shared.value(rjl) != 99


def test_a_user_without_a_role_sees_no_project(shared: Shared) -> None:
    with shared.connect(NOBODY) as conn:
        # Not even a member of hallbar_user: the tables themselves are closed to them.
        _refused(conn, "SELECT count(*) FROM project")


# --- the same refusals through the program -----------------------------------------------------


def _set_as(shared: Shared, user: str, text: str, *, quarter: str = "2021Q2") -> None:
    from hallbar_desktop.services.entry import CellEdit, apply_edits

    register = open_register(shared.url(user))
    try:
        with register.transaction() as s:
            code = _indicator_code(s, shared.ids["RJH"])
            apply_edits(s, "RJH", [CellEdit.typed(code, Quarter.parse(quarter), text)], Actor(user, "window"))
    finally:
        register.close()


def _indicator_code(session, measurement_id: int) -> str:  # type: ignore[no-untyped-def]
    return str(session.execute(sa.text(
        "SELECT i.code FROM indicator i JOIN measurement m ON m.indicator_id = i.id WHERE m.id = :m"),
        {"m": measurement_id}).scalar_one())


def test_the_program_says_no_in_one_swedish_line_and_writes_nothing(
        shared: Shared, checksum: Callable[[sa.Engine], str], tallies) -> None:  # type: ignore[no-untyped-def]
    before = checksum(shared.admin.engine)
    for user in (READER, STEERING):
        with pytest.raises(AccessDenied) as caught:
            _set_as(shared, user, "7")
        message = str(caught.value)
        assert "\n" not in message and "behörighet" in message and "inget av den har skrivits" in message
        assert user in message
        after = checksum(shared.admin.engine)
        tallies.bad_input("postgresql", after == before)
        assert after == before
    _set_as(shared, LEADER, "7")  # the leader may
    with shared.admin.connection() as conn:
        assert conn.execute(sa.text(
            "SELECT m.entered_by FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
            "JOIN project p ON p.id = i.project_id WHERE p.code = 'RJH' AND m.quarter = '2021Q2' "
            "AND i.code = :c"), {"c": _code(shared)}).scalar_one() == LEADER


def _code(shared: Shared) -> str:
    with shared.admin.reading() as s:
        return _indicator_code(s, shared.ids["RJH"])


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """``hallbar`` in this process (a subprocess would import the program each time)."""
    from hallbar_desktop.cli import main

    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def test_the_command_line_refuses_a_reader_in_one_line(shared: Shared, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--db", shared.url(READER), "set", "RJH", _code(shared), "2021Q3", "5")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hallbar: fel: Du (hb_reader) har inte behörighet"), result.stderr


# --- hallbar access ----------------------------------------------------------------------------


def test_access_grant_list_and_revoke_on_the_command_line(shared: Shared, cli) -> None:  # type: ignore[no-untyped-def]
    admin = shared.admin_url
    granted = cli("--db", admin, "access", "grant", NOBODY, "--project", "RJL", "--role", "reader")
    assert granted.returncode == 0, granted.stderr
    assert "hb_nobody är nu läsare i RJL" in granted.stdout
    listed = cli("--db", admin, "access", "list")
    assert "RJL\thb_nobody\tläsare" in listed.stdout and "RJH\thb_leader\tprojektledare" in listed.stdout
    with shared.connect(NOBODY) as conn:  # now a member of hallbar_user, reading RJL only
        assert [r[0] for r in conn.execute("SELECT code FROM project")] == ["RJL"]
    own = cli("--db", shared.url(NOBODY), "access", "list")
    assert own.returncode == 0 and "Ansluten som hb_nobody." in own.stdout
    assert "RJH" not in own.stdout and "RJL\thb_nobody\tläsare" in own.stdout
    revoked = cli("--db", admin, "access", "revoke", NOBODY, "--project", "RJL")
    assert revoked.returncode == 0, revoked.stderr
    with shared.connect(NOBODY) as conn:
        assert conn.execute("SELECT count(*) FROM project").fetchone() == (0,)


def test_an_administrator_who_is_no_superuser_manages_access(shared: Shared, cli) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(shared.admin_url, autocommit=True) as conn:
        conn.execute(f"GRANT hallbar_admin TO {ADMIN2}")
        conn.execute(f"REVOKE hallbar_user FROM {NOBODY}")
    with psycopg.connect(shared.url(ADMIN2)) as conn:  # sees every project
        assert [r[0] for r in conn.execute("SELECT code FROM project ORDER BY code")] == ["RJH", "RJL"]
    granted = cli("--db", shared.url(ADMIN2), "access", "grant", NOBODY, "--project", "RJH", "--role", "reader")
    assert granted.returncode == 0, granted.stderr
    with shared.connect(NOBODY) as conn:
        assert [r[0] for r in conn.execute("SELECT code FROM project")] == ["RJH"]
    assert cli("--db", shared.url(ADMIN2), "access", "revoke", NOBODY, "--project", "RJH").returncode == 0


def test_only_an_administrator_manages_access(shared: Shared, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--db", shared.url(LEADER), "access", "grant", READER, "--project", "RJH", "--role", "leader")
    assert result.returncode == 1
    assert result.stderr.strip() == ("hallbar: fel: Du (hb_leader) är inte administratör för registret och kan "
                                     "inte ändra behörigheter. Inget har ändrats.")
    unknown = cli("--db", shared.admin_url, "access", "grant", "hb_finns_inte", "--project", "RJH", "--role", "reader")
    assert unknown.returncode == 1 and "Det finns ingen databasanvändare «hb_finns_inte»" in unknown.stderr
    with shared.admin.reading() as s:
        from hallbar_desktop.services.access import list_access

        roles = {(a.user, a.project): a.role for a in list_access(s)}
    assert roles[(READER, "RJH")] == "reader"


def test_access_on_a_register_file_is_refused(tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "fil.sqlite")
    assert cli("--db", db, "init").returncode == 0
    result = cli("--db", db, "access", "list")
    assert result.returncode == 1 and "Behörigheter finns bara i ett register på en databasserver" in result.stderr


# --- no silent overwrite ---------------------------------------------------------------------


def test_two_editors_of_one_value_the_second_is_told_who_and_what(shared: Shared) -> None:
    from hallbar_desktop.services.entry import CellEdit, EditsRefused, Seen, apply_edits
    from hallbar_desktop.services.lookup import get_indicator, get_project, measurement_info

    code, quarter = _code(shared), Quarter.parse("2021Q4")
    leader = open_register(shared.url(LEADER))
    try:
        # Both windows show the cell as it is now.
        with leader.reading() as s:
            ind = get_indicator(s, get_project(s, "RJH"), code)
            m = next((m for m in ind.measurements if m.quarter == str(quarter)), None)
            seen = Seen.of(measurement_info(m) if m is not None else None)
        # The administrator saves first …
        with shared.admin.transaction() as s:
            apply_edits(s, "RJH", [CellEdit.typed(code, quarter, "41").having_seen(seen)], ADMIN_ACTOR)
        # … and the leader's save of what they saw is refused, naming who and what.
        with pytest.raises(EditsRefused) as caught, leader.transaction() as s:
            apply_edits(s, "RJH", [CellEdit.typed(code, quarter, "42").having_seen(seen)], Actor(LEADER, "window"))
        message = str(caught.value)
        assert caught.value.problems[0].conflict
        assert "hallbar ändrade värdet till 41" in message and "sparades inte" in message, message
        with shared.admin.reading() as s:
            ind = get_indicator(s, get_project(s, "RJH"), code)
            assert [m.value for m in ind.measurements if m.quarter == str(quarter)] == [41.0]
    finally:
        leader.close()


def test_two_transactions_racing_on_one_row_the_second_is_refused(shared: Shared) -> None:
    """The version column at the database: both read version n, one commits n+1, the other's
    update meets no row of version n and is refused, nothing written over."""
    from hallbar_desktop.services.lookup import get_project
    from hallbar_desktop.store.models import Indicator

    leader = open_register(shared.url(LEADER))
    try:
        with pytest.raises(Conflict) as caught, leader.transaction() as mine:
            indicator = mine.scalars(sa.select(Indicator).where(Indicator.project_id == get_project(mine, "RJH").id)
                                     .order_by(Indicator.id).limit(1)).one()
            indicator_id = indicator.id
            with shared.admin.transaction() as theirs:
                theirs.get(Indicator, indicator_id).responsible = "Administratörens namn"
            indicator.responsible = "Projektledarens namn"
        assert "Någon annan ändrade samma uppgift" in str(caught.value)
        with shared.admin.reading() as s:
            assert s.get(Indicator, indicator_id).responsible == "Administratörens namn"
    finally:
        leader.close()


# --- live updates ------------------------------------------------------------------------------


def test_a_write_is_heard_on_another_connection(shared: Shared) -> None:
    from hallbar_desktop.services.changes import Changes
    from hallbar_desktop.services.entry import CellEdit, apply_edits
    from hallbar_desktop.store.engine import resolve_location
    from hallbar_desktop.store.notify import ChangeListener, resolve

    with psycopg.connect(shared.admin_url, autocommit=True) as conn:  # a user of the register, no project
        conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hb_outsider') "
                     "THEN CREATE ROLE hb_outsider LOGIN; END IF; END $$")
        conn.execute("GRANT hallbar_user TO hb_outsider")
    listener = ChangeListener(resolve_location(shared.url(READER)))
    outsider = ChangeListener(resolve_location(shared.url("hb_outsider")))
    reader = open_register(shared.url(READER))
    nobody = sa.create_engine(shared.url("hb_outsider").replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        code = _code(shared)
        with shared.admin.transaction() as s:
            apply_edits(s, "RJH", [CellEdit.typed(code, Quarter.parse("2021Q3"), "17")], ADMIN_ACTOR)
        heard = listener.wait(5)
        assert heard, "no notification within 5 seconds"
        # What goes over the wire names no project, indicator or user: any login may listen.
        assert all("RJH" not in str(d) and code not in str(d) and "hallbar" not in str(d) for d in heard), heard
        with reader.engine.connect() as connection:
            described, writers = resolve(connection, heard)
        changes = Changes()
        for data in described:
            changes = changes | Changes.from_dict(data)
        assert changes.touches("RJH", code, Quarter.parse("2021Q3"))
        assert writers == {"hallbar"}  # from the audit trail, which the reader may read
        # A user without a role in RJH hears that something happened, and learns nothing of it.
        other = outsider.wait(5)
        assert other
        with nobody.connect() as connection:
            assert resolve(connection, other) == ([], set())
        # A rolled-back write is never heard.
        with pytest.raises(RuntimeError), shared.admin.transaction() as s:
            apply_edits(s, "RJH", [CellEdit.typed(code, Quarter.parse("2021Q3"), "18")], ADMIN_ACTOR)
            raise RuntimeError("given up")
        assert listener.wait(0.3) == []
    finally:
        listener.close()
        outsider.close()
        reader.close()
        nobody.dispose()


def test_an_open_window_shows_another_users_value_without_a_reload(shared: Shared, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The leader's window is open on RJH; the administrator saves a value elsewhere. Within
    moments the window's state has read the row again and the grid shows the new value; a value
    the leader then types over what they no longer see is refused with who and what."""
    from hallbar_desktop.services.entry import CellEdit, apply_edits
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.settings import Settings

    code, quarter = _code(shared), Quarter.parse("2022Q1")
    register = open_register(shared.url(LEADER))
    window = MainWindow(register, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.state.grid("RJH") is not None, timeout=10000)
        assert window.state.codes() == ["RJH"]  # the server shows the leader their project only
        window.state.select_project("RJH")
        before = window.state.row("RJH", code)
        assert before is not None
        assert window.state.live is not None and window.state.live.listener is not None
        with qtbot.waitSignal(window.state.live.heard, timeout=5000) as heard, shared.admin.transaction() as s:
            apply_edits(s, "RJH", [CellEdit.typed(code, quarter, "23")], ADMIN_ACTOR)
        changes, writers = heard.args
        assert changes.touches("RJH", code, quarter) and writers == frozenset({"hallbar"})
        row = window.state.row("RJH", code)
        assert row is not None
        assert next(c for c in row.cells if c.quarter == quarter).value == 23.0
        # The leader's own save is not heard as news (it was applied when it was made).
        window.state.live.heard.connect(lambda *_a: pytest.fail("own write heard as another's"))
        assert window.value_entry.save_cell(code, quarter, "24") is None
        qtbot.wait(400)
    finally:
        window.close()
        register.close()


def test_the_steering_group_approves_and_unlocks_and_the_leader_may_not(shared: Shared, cli) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(shared.admin_url) as conn:
        conn.execute("INSERT INTO meeting (project_id, held_on, quarter, place, notes) "
                     "SELECT id, '2021-04-20', '2021Q1', '', '' FROM project WHERE code = 'RJH'")
    leader = cli("--db", shared.url(LEADER), "approve", "RJH", "2021Q1", "--meeting", "2021-04-20")
    assert leader.returncode == 1 and "Du (hb_leader) har inte behörighet" in leader.stderr
    steering = cli("--db", shared.url(STEERING), "approve", "RJH", "2021Q1", "--meeting", "2021-04-20")
    assert steering.returncode == 0, steering.stderr
    with shared.admin.connection() as conn:
        assert conn.execute(sa.text(
            "SELECT approved_by FROM approved_quarter WHERE quarter = '2021Q1' AND project_id = "
            "(SELECT id FROM project WHERE code = 'RJH')")).scalar_one() == STEERING
    locked = cli("--db", shared.url(LEADER), "set", "RJH", _code(shared), "2021Q1", "3")
    assert locked.returncode == 1 and "fastställt" in locked.stderr
    unlocked = cli("--db", shared.url(STEERING), "unlock", "RJH", "2021Q1", "--reason", "Rättelse")
    assert unlocked.returncode == 0, unlocked.stderr
    assert cli("--db", shared.url(LEADER), "set", "RJH", _code(shared), "2021Q1", "3").returncode == 0


def test_a_refusal_in_the_window_is_a_message_and_nothing_is_written(shared: Shared, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                                     checksum: Callable[[sa.Engine], str]) -> None:
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.settings import Settings

    before = checksum(shared.admin.engine)
    register = open_register(shared.url(READER))
    window = MainWindow(register, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.state.grid("RJH") is not None, timeout=10000)
        window.state.select_project("RJH")
        message = window.value_entry.save_cell(_code(shared), Quarter.parse("2022Q2"), "5")
        assert message is not None and "Du (hb_reader) har inte behörighet" in message
        assert "inget av den har skrivits" in message
    finally:
        window.close()
        register.close()
    assert checksum(shared.admin.engine) == before


def test_an_indicator_form_saved_after_someone_elses_save_is_refused(shared: Shared) -> None:
    from dataclasses import replace

    from hallbar_desktop.services import operations
    from hallbar_desktop.services.catalog import list_projects
    from hallbar_desktop.services.projects import IndicatorFields

    def fields_of(info) -> IndicatorFields:  # type: ignore[no-untyped-def]
        return IndicatorFields(info.code, info.name, info.focus_area_number, info.kind, info.unit, info.direction,
                               info.accumulation, info.effect_level, info.description, info.data_source,
                               info.responsible, info.baseline, info.baseline_quarter, info.target,
                               info.target_quarter, info.split_by_sex, info.intermediate_targets)

    leader = open_register(shared.url(LEADER))
    try:
        with leader.connection() as conn:  # the leader opens the form on what the window shows
            info = list_projects(conn, codes=["RJH"])[0].focus_areas[0].indicators[-1]
        with shared.admin.transaction() as s:  # meanwhile the administrator saves it
            operations.update_indicator(s, "RJH", info.code, replace(fields_of(info), responsible="Administratören"))
        with pytest.raises(Conflict) as caught, leader.transaction() as s:
            operations.update_indicator(s, "RJH", info.code, replace(fields_of(info), name="Projektledarens namn"),
                                        seen_version=info.version)
        assert "ansvarig «Administratören»" in str(caught.value) and "sparades inte" in str(caught.value)
        with shared.admin.connection() as conn:
            now = list_projects(conn, codes=["RJH"])[0].focus_areas[0].indicators[-1]
        assert (now.name, now.responsible, now.version) == (info.name, "Administratören", info.version + 1)
    finally:
        leader.close()


def test_a_meeting_form_saved_after_someone_elses_save_is_refused_with_who(shared: Shared) -> None:
    from datetime import date

    from hallbar_desktop.services import operations, steering
    from hallbar_desktop.services.steering import MeetingFields, NarrativeFields

    held = date(2021, 7, 20)
    with shared.admin.transaction() as s:
        steering.save_meeting(s, "RJH", MeetingFields(held, Quarter.parse("2021Q2"), notes="Första"), ADMIN_ACTOR)
    leader = open_register(shared.url(LEADER))
    try:
        with leader.reading() as s:  # the leader's steering window shows the meeting
            seen = steering.get_meeting(s, "RJH", held)
        with shared.admin.transaction() as s:  # the administrator writes a narrative meanwhile
            operations.save_meeting(s, "RJH", MeetingFields(held, seen.quarter, notes="Första"),
                                    {1: NarrativeFields(happened="Administratörens text")}, ADMIN_ACTOR,
                                    original_date=held, seen_version=seen.version)
        with pytest.raises(Conflict) as caught, leader.transaction() as s:
            operations.save_meeting(s, "RJH", MeetingFields(held, seen.quarter, notes="Projektledarens"),
                                    {1: NarrativeFields(happened="Projektledarens text")}, Actor(LEADER, "window"),
                                    original_date=held, seen_version=seen.version)
        message = str(caught.value)
        assert message.startswith("hallbar (") and "sparades inte" in message, message
        with shared.admin.reading() as s:
            now = steering.get_meeting(s, "RJH", held)
        assert now.notes == "Första" and now.narrative(1).happened == "Administratörens text"
    finally:
        leader.close()


def test_project_and_decision_forms_saved_after_someone_elses_save_are_refused(shared: Shared) -> None:
    """Issue 20 on the server: the leader's project form and decision follow-up come after the
    administrator's saves; both are refused, the second naming who (the server's user), and the
    rows keep what the administrator saved."""
    from datetime import date

    from hallbar_desktop.services import operations, steering
    from hallbar_desktop.services.lookup import get_project, project_info
    from hallbar_desktop.services.steering import MeetingFields
    from tests.services.test_form_versions import project_fields

    held = date(2021, 8, 3)
    with shared.admin.transaction() as s:
        steering.save_meeting(s, "RJH", MeetingFields(held, Quarter.parse("2021Q2"), notes="Besluten"), ADMIN_ACTOR)
        number = steering.add_decision(s, "RJH", held, "Ta fram en plan", ADMIN_ACTOR).number
    leader = open_register(shared.url(LEADER))
    try:
        with leader.reading() as s:  # the leader's forms are filled
            project = project_info(get_project(s, "RJH"))
            decision = next(d for d in steering.list_decisions(s, "RJH") if d.number == number)
        with shared.admin.transaction() as s:  # the administrator saves both meanwhile
            operations.update_project(s, "RJH", project_fields(project, project_leader="Administratören"))
            operations.update_decision(s, "RJH", number, ADMIN_ACTOR, status="in_progress", follow_up="Påbörjad")
        with pytest.raises(Conflict) as caught, leader.transaction() as s:
            operations.update_project(s, "RJH", project_fields(project, name="Projektledarens namn"),
                                      seen_version=project.version)
        assert "projektledare «Administratören»" in str(caught.value) and "sparades inte" in str(caught.value)
        with pytest.raises(Conflict) as caught, leader.transaction() as s:
            operations.update_decision(s, "RJH", number, Actor(LEADER, "window"), status="done",
                                       follow_up="Klar", seen_version=decision.version)
        message = str(caught.value)
        assert message.startswith("hallbar (") and "«Påbörjad»" in message, message
        with shared.admin.reading() as s:
            now = next(d for d in steering.list_decisions(s, "RJH") if d.number == number)
            assert project_info(get_project(s, "RJH")).name == project.name
        assert (now.status, now.follow_up) == ("in_progress", "Påbörjad")
    finally:
        leader.close()


def test_0006_downgrades_and_upgrades_again_on_postgresql(pg_server) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from hallbar_desktop.store import migrations

    url = pg_server.new_database()
    register = open_register(url)
    try:
        def policies() -> int:
            with register.connection() as conn:
                return int(conn.execute(sa.text("SELECT count(*) FROM pg_policies")).scalar_one())

        assert policies() > 0
        with register.engine.begin() as conn:
            command.downgrade(migrations.alembic_config(conn), "0005")
        assert policies() == 0
        with register.engine.begin() as conn:
            command.upgrade(migrations.alembic_config(conn), "head")
        assert policies() > 0
    finally:
        register.close()


def test_a_window_whose_listener_is_cut_off_listens_again_and_reads_anew(shared: Shared, pg_server, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                                         monkeypatch) -> None:
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.settings import Settings
    from hallbar_desktop.ui.window import live

    monkeypatch.setattr(live, "RETRY_MS", 100)
    register = open_register(shared.url(READER))
    window = MainWindow(register, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.state.grid("RJH") is not None, timeout=10000)
        ears = window.state.live
        assert ears is not None and ears.listener is not None
        first = ears.listener
        with psycopg.connect(shared.admin_url, autocommit=True) as conn:  # the network drops it
            conn.execute("SELECT pg_terminate_backend(%s)", (first.backend_pid,))
        with qtbot.waitSignal(ears.heard, timeout=10000) as heard:
            pass
        assert heard.args[0].structure  # everything is read anew …
        assert ears.listener is not None and ears.listener is not first  # … on a new connection
    finally:
        window.close()
        register.close()


def test_a_leader_opening_an_older_register_is_told_an_administrator_must_upgrade_it(pg_server) -> None:
    """The register on the server is at an older schema; a user who does not own its tables cannot
    upgrade it. They are told that, and who can – not that the server cannot be reached."""
    from alembic import command

    from hallbar_desktop.errors import RegisterError
    from hallbar_desktop.store import migrations

    url = pg_server.new_database()
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        command.upgrade(migrations.alembic_config(conn), migrations.KNOWN_REVISIONS[-2])
    engine.dispose()
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hb_old_leader') "
                     "THEN CREATE ROLE hb_old_leader LOGIN; END IF; END $$")
    with psycopg.connect(url, autocommit=True) as conn:  # may read and write the rows, owns nothing
        conn.execute("GRANT USAGE ON SCHEMA public TO hb_old_leader")
        conn.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hb_old_leader")
    leader_url = url.replace("//hallbar@", "//hb_old_leader@", 1)
    assert leader_url != url
    with pytest.raises(RegisterError) as caught:
        open_register(leader_url)
    message = str(caught.value)
    assert "äldre version" in message and "administratör" in message and "hb_old_leader" in message, message
    assert "kan inte nås" not in message
    with psycopg.connect(url) as conn:  # nothing was changed
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrations.KNOWN_REVISIONS[-2]
    open_register(url).close()  # the administrator upgrades it
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrations.SCHEMA_HEAD

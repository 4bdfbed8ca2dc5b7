"""A region's shared register: version columns (no silent overwrite), who may do what per project,
and on PostgreSQL the roles, row-level security and change notifications that enforce and tell it

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 23:40:00

On every database: a ``version`` column on the rows people edit at the same time (values,
meetings, structure, …), raised by each update (the ORM's ``version_id_col``), and the
``project_access`` table (database user → project → role).

On PostgreSQL only (a SQLite register has one user and stays as it was):

* the group roles ``hallbar_user`` (holds the table privileges; every login role that is given
  access to a project becomes a member) and ``hallbar_admin`` (manages structure and access: sees
  and changes everything);
* row-level security on every table that holds a project's rows: a user reads the projects they
  have a role in; a ``leader`` changes their project (not its approvals), a ``steering`` member
  approves and unlocks its quarters, a ``reader`` reads. Refusals are errors (SQLSTATE 42501),
  never a silent "0 rows";
* the audit trail, a value's ``entered_by`` and an approval's ``approved_by`` record the
  database user (``session_user``), whatever the client says;
* a trigger on each table sends ``pg_notify('hallbar_changes', …)`` in the writing transaction:
  a JSON description in the form of ``services.changes.Changes.as_dict`` that open windows apply.

The whole PostgreSQL part is in :func:`server_security`, which a later migration that adds tables
calls again (it is idempotent: roles are made when missing, policies and triggers replaced).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

VERSIONED = ("project", "focus_area", "indicator", "measurement", "meeting", "meeting_narrative",
             "decision", "activity", "chain_box", "lesson")

#: Tables with a ``project_id`` column: the kind of change they are (``Changes``' flag).
DIRECT = {
    "funding_source": "structure", "focus_area": "structure", "indicator": "structure",
    "audit_entry": "", "steering_member": "meetings", "meeting": "meetings", "decision": "meetings",
    "approved_quarter": "approvals", "activity": "activities", "period_report": "activities",
    "economy_setting": "economy", "budget_line": "economy", "financier": "economy",
    "actual_cost": "economy", "account_mapping": "economy", "chain_box": "chain", "lesson": "lessons",
    "project_access": "",
}
#: Tables whose project is their parent's: (column, parent table, kind).
CHILDREN = {
    "intermediate_target": ("indicator_id", "indicator", "structure"),
    "measurement": ("indicator_id", "indicator", "values"),
    "meeting_attendee": ("meeting_id", "meeting", "meetings"),
    "meeting_narrative": ("meeting_id", "meeting", "meetings"),
    "activity_indicator": ("activity_id", "activity", "activities"),
    "activity_report": ("activity_id", "activity", "activities"),
    "financing_line": ("financier_id", "financier", "economy"),
    "financing_paid": ("financier_id", "financier", "economy"),
    "cost_line": ("actual_cost_id", "actual_cost", "economy"),
    "chain_link": ("source_id", "chain_box", "chain"),
    "chain_box_indicator": ("box_id", "chain_box", "chain"),
    "chain_box_activity": ("box_id", "chain_box", "chain"),
    "lesson_tag": ("lesson_id", "lesson", "lessons"),
}
#: Who may write a table besides an administrator (the default: the project's leader).
WRITERS = {"approved_quarter": "{steering}", "audit_entry": "{leader,steering}"}
#: Rows nobody but an administrator changes or removes once written.
APPEND_ONLY = ("audit_entry",)
#: Columns that name who wrote a row: the database user, set by the server.
WHO = {"audit_entry": "changed_by", "measurement": "entered_by", "approved_quarter": "approved_by"}


def upgrade() -> None:
    for name in VERSIONED:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.create_table('project_access',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('user_name', sa.String(length=63), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('granted_by', sa.String(length=200), nullable=False),
    sa.Column('granted_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_access_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_access')),
    sa.UniqueConstraint('project_id', 'user_name', name=op.f('uq_project_access_project_id'))
    )
    with op.batch_alter_table('project_access', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_access_project_id'), ['project_id'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for statement in server_security():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in server_security_removed():
            op.execute(statement)
    with op.batch_alter_table('project_access', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_access_project_id'))
    op.drop_table('project_access')
    for name in reversed(VERSIONED):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column('version')


# --- PostgreSQL: roles, row-level security, who wrote, notifications ----------------------------

ROLES = """
DO $$
BEGIN
    -- The roles belong to the cluster: another register's init may be making them right now.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hallbar_user') THEN
        BEGIN
            CREATE ROLE hallbar_user NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hallbar_admin') THEN
        BEGIN
            CREATE ROLE hallbar_admin NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    -- With ADMIN OPTION: an administrator makes a login role a member (``hallbar access grant``).
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                   WHERE m.roleid = 'hallbar_user'::regrole AND m.member = 'hallbar_admin'::regrole
                     AND m.admin_option) THEN
        GRANT hallbar_user TO hallbar_admin WITH ADMIN OPTION;
    END IF;
    -- Whoever makes the register is its first administrator.
    IF NOT pg_has_role(current_user, 'hallbar_admin', 'MEMBER') THEN
        EXECUTE format('GRANT hallbar_admin TO %I', current_user);
    END IF;
END
$$
"""

FUNCTIONS = [
    # An administrator: a member of hallbar_admin (a superuser is a member of every role).
    """
CREATE OR REPLACE FUNCTION hallbar_is_admin() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user, 'hallbar_admin', 'MEMBER') $$
""",
    # Whether the current user has one of ``roles`` in the project (an administrator has all).
    """
CREATE OR REPLACE FUNCTION hallbar_may(project integer, roles text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT hallbar_is_admin() OR EXISTS (
        SELECT 1 FROM project_access a
        WHERE a.project_id = project AND a.user_name = current_user AND a.role = ANY(roles))
$$
""",
    # Refuse loudly what row-level security would refuse silently (a DELETE of a row one may read).
    """
CREATE OR REPLACE FUNCTION hallbar_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'hallbar: % may not change %', current_user, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$
""",
    # Refuse loudly a DELETE row-level security would let pass silently as "0 rows" (a row the
    # user may read but not change). Arguments: the roles that may write, the column naming the
    # project or the parent row, the parent table. A row whose parent is already gone is being
    # removed with it (a cascade), and the parent's removal was checked.
    """
CREATE OR REPLACE FUNCTION hallbar_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pid integer;
BEGIN
    IF TG_NARGS < 3 THEN
        pid := (to_jsonb(OLD)->>TG_ARGV[1])::integer;
    ELSE
        EXECUTE format('SELECT project_id FROM %I WHERE id = $1', TG_ARGV[2])
            INTO pid USING (to_jsonb(OLD)->>TG_ARGV[1])::integer;
        IF pid IS NULL THEN
            RETURN OLD;
        END IF;
    END IF;
    IF NOT hallbar_may(pid, TG_ARGV[0]::text[]) THEN
        RAISE EXCEPTION 'hallbar: % may not change %', current_user, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END
$$
""",
    # The user who writes a row is the database user, whatever the client puts in the column.
    """
CREATE OR REPLACE FUNCTION hallbar_stamp_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], session_user));
    RETURN NEW;
END
$$
""",
    # The change to every window listening on this database: which project (its id), which
    # indicators (ids) and quarters, what kind, and the writer's server process. No codes, names or
    # users: every login on the database may LISTEN, so a notification says nothing a reader of
    # another project may not know; the listener looks up what it may read (store.notify.resolve).
    """
CREATE OR REPLACE FUNCTION hallbar_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind text := TG_ARGV[0];
    link text := TG_ARGV[1];
    parent text := TG_ARGV[2];
    r jsonb;
    pid integer;
    payload jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
    IF link = 'self' THEN
        pid := (r->>'id')::integer;
    ELSIF parent IS NULL THEN
        pid := (r->>link)::integer;
    ELSE
        EXECUTE format('SELECT project_id FROM %I WHERE id = $1', parent)
            INTO pid USING (r->>link)::integer;
    END IF;
    payload := jsonb_build_object('project_id', pid, 'pid', pg_backend_pid());
    IF kind = 'values' THEN
        IF pid IS NULL THEN
            payload := payload || jsonb_build_object('structure', true);
        ELSE
            payload := payload || jsonb_build_object('indicator_ids', jsonb_build_array((r->>link)::integer),
                                                     'quarters', jsonb_build_array(r->>'quarter'));
        END IF;
    ELSIF kind = 'approvals' THEN
        payload := payload || jsonb_build_object('approvals', true,
                                                 'quarters', jsonb_build_array(r->>'quarter'));
    ELSE
        payload := payload || jsonb_build_object(kind, true);
    END IF;
    PERFORM pg_notify('hallbar_changes', payload::text);
    RETURN NULL;
END
$$
""",
]


def _policies(table: str, writers: str) -> list[str]:
    """A table with a ``project_id``: read by every role in the project; inserted, updated and
    deleted by ``writers`` (and an administrator)."""
    readers = "'{leader,steering,reader}'"
    statements = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"]
    for name in ("hallbar_read", "hallbar_insert", "hallbar_update", "hallbar_delete"):
        statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
    statements += [
        f"CREATE POLICY hallbar_read ON {table} FOR SELECT USING (hallbar_may(project_id, {readers}))",
        f"CREATE POLICY hallbar_insert ON {table} FOR INSERT WITH CHECK (hallbar_may(project_id, '{writers}'))",
        # USING the reading rule and CHECK the writing one: an update of a row the user may read
        # but not change is an error, not a silent nothing.
        f"CREATE POLICY hallbar_update ON {table} FOR UPDATE USING (hallbar_may(project_id, {readers})) "
        f"WITH CHECK (hallbar_may(project_id, '{writers}'))",
        # A delete has no CHECK: the trigger below refuses it loudly.
        f"CREATE POLICY hallbar_delete ON {table} FOR DELETE USING (hallbar_may(project_id, {readers}))",
        f"DROP TRIGGER IF EXISTS hallbar_guard_delete ON {table}",
        f"CREATE TRIGGER hallbar_guard_delete BEFORE DELETE ON {table} FOR EACH ROW "
        f"WHEN (NOT hallbar_is_admin()) EXECUTE FUNCTION hallbar_guard('{writers}', 'project_id')",
    ]
    return statements


def _notify(table: str, kind: str, link: str, parent: str | None = None) -> list[str]:
    args = f"'{kind}', '{link}'" + (f", '{parent}'" if parent else "")
    return [f"DROP TRIGGER IF EXISTS hallbar_notify ON {table}",
            f"CREATE TRIGGER hallbar_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION hallbar_notify({args})"]


def server_security() -> list[str]:
    """Every statement of the PostgreSQL part, in order; safe to run again."""
    statements = [ROLES, *FUNCTIONS]
    tables = ["project", *DIRECT, *CHILDREN]
    statements += [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(tables)} TO hallbar_user",
        "GRANT SELECT ON alembic_version, register_identity TO hallbar_user",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hallbar_user",
        "GRANT EXECUTE ON FUNCTION hallbar_is_admin(), hallbar_may(integer, text[]) TO hallbar_user",
    ]
    # The project itself: read by its roles, changed by its leader, made and removed by an administrator.
    statements += [
        "ALTER TABLE project ENABLE ROW LEVEL SECURITY",
        *(f"DROP POLICY IF EXISTS {n} ON project" for n in
          ("hallbar_read", "hallbar_insert", "hallbar_update", "hallbar_delete")),
        "CREATE POLICY hallbar_read ON project FOR SELECT USING (hallbar_may(id, '{leader,steering,reader}'))",
        "CREATE POLICY hallbar_insert ON project FOR INSERT WITH CHECK (hallbar_is_admin())",
        "CREATE POLICY hallbar_update ON project FOR UPDATE USING (hallbar_may(id, '{leader,steering,reader}')) "
        "WITH CHECK (hallbar_may(id, '{leader}'))",
        "CREATE POLICY hallbar_delete ON project FOR DELETE USING (hallbar_may(id, '{leader,steering,reader}'))",
        "DROP TRIGGER IF EXISTS hallbar_guard_delete ON project",
        "CREATE TRIGGER hallbar_guard_delete BEFORE DELETE ON project FOR EACH ROW "
        "WHEN (NOT hallbar_is_admin()) EXECUTE FUNCTION hallbar_refuse()",
        *_notify("project", "structure", "self"),
    ]
    for table, kind in DIRECT.items():
        if table == "project_access":
            continue
        statements += _policies(table, WRITERS.get(table, "{leader}"))
        if kind:
            statements += _notify(table, kind, "project_id")
    for table, (column, parent, kind) in CHILDREN.items():
        statements += _child_policies(table, column, parent, WRITERS.get(table, "{leader}"))
        statements += _notify(table, kind, column, parent)
    for table in APPEND_ONLY:
        statements += [
            f"DROP TRIGGER IF EXISTS hallbar_append_only ON {table}",
            f"CREATE TRIGGER hallbar_append_only BEFORE UPDATE ON {table} FOR EACH ROW "
            "WHEN (NOT hallbar_is_admin()) EXECUTE FUNCTION hallbar_refuse()",
        ]
    for table, column in WHO.items():
        statements += [
            f"DROP TRIGGER IF EXISTS hallbar_stamp_user ON {table}",
            f"CREATE TRIGGER hallbar_stamp_user BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION hallbar_stamp_user('{column}')",
        ]
    # Access: each user sees their own roles; an administrator sees and changes all of them.
    statements += [
        "ALTER TABLE project_access ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS hallbar_own ON project_access",
        "DROP POLICY IF EXISTS hallbar_admin ON project_access",
        "CREATE POLICY hallbar_own ON project_access FOR SELECT USING (user_name = current_user)",
        "CREATE POLICY hallbar_admin ON project_access FOR ALL USING (hallbar_is_admin()) "
        "WITH CHECK (hallbar_is_admin())",
    ]
    return statements


def _child_policies(table: str, column: str, parent: str, writers: str) -> list[str]:
    """A table whose project is its parent's (a value's indicator, a narrative's meeting, …)."""
    def project() -> str:
        return f"(SELECT p.project_id FROM {parent} p WHERE p.id = {column})"

    readers = "'{leader,steering,reader}'"
    statements = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"]
    for name in ("hallbar_read", "hallbar_insert", "hallbar_update", "hallbar_delete"):
        statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
    statements += [
        f"CREATE POLICY hallbar_read ON {table} FOR SELECT USING (hallbar_may({project()}, {readers}))",
        f"CREATE POLICY hallbar_insert ON {table} FOR INSERT WITH CHECK (hallbar_may({project()}, '{writers}'))",
        f"CREATE POLICY hallbar_update ON {table} FOR UPDATE USING (hallbar_may({project()}, {readers})) "
        f"WITH CHECK (hallbar_may({project()}, '{writers}'))",
        f"CREATE POLICY hallbar_delete ON {table} FOR DELETE USING (hallbar_may({project()}, {readers}))",
        f"DROP TRIGGER IF EXISTS hallbar_guard_delete ON {table}",
        f"CREATE TRIGGER hallbar_guard_delete BEFORE DELETE ON {table} FOR EACH ROW "
        f"WHEN (NOT hallbar_is_admin()) EXECUTE FUNCTION hallbar_guard('{writers}', '{column}', '{parent}')",
    ]
    return statements


def server_security_removed() -> list[str]:
    """Undo :func:`server_security` on this database (the cluster's roles stay: other databases
    may use them)."""
    tables = ["project", *DIRECT, *CHILDREN]
    statements = []
    for table in tables:
        statements += [f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"]
        for name in ("hallbar_read", "hallbar_insert", "hallbar_update", "hallbar_delete",
                     "hallbar_own", "hallbar_admin"):
            statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
        for name in ("hallbar_guard_delete", "hallbar_notify", "hallbar_append_only", "hallbar_stamp_user"):
            statements.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    statements += [
        f"REVOKE ALL ON {', '.join(t for t in tables if t != 'project_access')} FROM hallbar_user",
        "DROP FUNCTION IF EXISTS hallbar_notify()",
        "DROP FUNCTION IF EXISTS hallbar_stamp_user()",
        "DROP FUNCTION IF EXISTS hallbar_refuse()",
        "DROP FUNCTION IF EXISTS hallbar_guard()",
        "DROP FUNCTION IF EXISTS hallbar_may(integer, text[])",
        "DROP FUNCTION IF EXISTS hallbar_is_admin()",
    ]
    return statements

#!/usr/bin/python3
"""Records what Alembic does with depends_on: the version table rows, `current`, `heads` and whether
`revision --autogenerate` accepts the database, after each step of a few scenarios.

Run with Debian's Alembic (python3-alembic 1.8.1, python3-psycopg2) against a PostgreSQL the caller names:

    SQLALCHEMY_SILENCE_UBER_WARNING=1 /usr/bin/python3 record_depends_on.py \\
        postgresql://postgres@127.0.0.1:55432/postgres > depends_on.tsv 2>/dev/null

It creates (and afterwards drops) a database `alembic_depends_on_rec`, writes an Alembic project into a temporary
directory, and prints one tab-separated row per step:

    scenario  step  version_table  current  autogenerate

where version_table and current are the sorted ids joined by ',' (empty: base), and autogenerate is `ok` or
Alembic's error; the first row, scenario '#', holds what `alembic heads` prints (sorted). The graph (two branches; b2 depends on a1):

    a1 (branch a) <- a2
    b1 (branch b) <- b2, depends_on a1
    c1 (branch c), depends_on a2

autogenerate is probed with --head b@head (b2 is a head throughout), so that only the up-to-date check speaks.
"""
import contextlib
import io
import os
import sys
import tempfile

import sqlalchemy
import sqlalchemy.pool
from alembic import command
from alembic.config import Config
from alembic.util import CommandError

REVISIONS = {
    # id: (down_revision, branch_labels, depends_on)
    "a1": (None, ("a",), None),
    "a2": ("a1", None, None),
    "b1": (None, ("b",), None),
    "b2": ("b1", None, "a1"),
    "c1": (None, ("c",), "a2"),
}

ENV = '''
from alembic import context
from sqlalchemy import MetaData, create_engine
from sqlalchemy.pool import NullPool

engine = create_engine(context.config.get_main_option("sqlalchemy.url"), poolclass=NullPool)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=MetaData())
    with context.begin_transaction():
        context.run_migrations()
'''

SCRIPT = '''
revision = {rev!r}
down_revision = {down!r}
branch_labels = {labels!r}
depends_on = {depends!r}

def upgrade():
    pass

def downgrade():
    pass
'''

# Each scenario starts from an empty database; each step is (command, argument).
SCENARIOS = [
    ("dependent-branch-first", [("upgrade", "b@head"), ("upgrade", "a@head"), ("downgrade", "a@base")]),
    ("dependent-branch-then-down", [("upgrade", "b@head"), ("downgrade", "b@-1"), ("downgrade", "base")]),
    ("dependency-branch-first", [("upgrade", "a1"), ("upgrade", "b@head"), ("downgrade", "a@base")]),
    ("heads", [("upgrade", "heads"), ("downgrade", "b@-1"), ("downgrade", "a@-1")]),
    ("dependency-at-its-head", [("upgrade", "a@head"), ("upgrade", "b@head"), ("downgrade", "b@base")]),
    ("depends-on-a-head", [("upgrade", "c@head"), ("upgrade", "b@head"), ("downgrade", "a@-1"),
                           ("upgrade", "heads"), ("downgrade", "c@base")]),
    ("stamp", [("stamp", "b@head"), ("stamp", "c@head"), ("stamp", "a1"), ("stamp", "base")]),
]


def main(server_url):
    database = "alembic_depends_on_rec"
    admin = sqlalchemy.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS " + database)
        c.exec_driver_sql("CREATE DATABASE " + database)
    url = server_url.rsplit("/", 1)[0] + "/" + database
    engine = sqlalchemy.create_engine(url, poolclass=sqlalchemy.pool.NullPool)
    try:
        with tempfile.TemporaryDirectory() as root:
            versions = os.path.join(root, "versions")
            os.makedirs(versions)
            with open(os.path.join(root, "env.py"), "w") as f:
                f.write(ENV)
            with open(os.path.join(root, "script.py.mako"), "w") as f:
                f.write(SCRIPT.replace("{rev!r}", "${repr(up_revision)}").replace("{down!r}", "${repr(down_revision)}")
                        .replace("{labels!r}", "${repr(branch_labels)}").replace("{depends!r}", "${repr(depends_on)}"))
            for rev, (down, labels, depends) in REVISIONS.items():
                with open(os.path.join(versions, rev + ".py"), "w") as f:
                    f.write(SCRIPT.format(rev=rev, down=down, labels=labels, depends=depends))
            heads_out = io.StringIO()
            config = Config(stdout=heads_out)
            config.set_main_option("script_location", root)
            config.set_main_option("sqlalchemy.url", url)
            command.heads(config)
            print("#\theads\t" + ",".join(sorted(line.split(" ")[0] for line in heads_out.getvalue().split("\n")
                                                  if line)))
            for name, steps in SCENARIOS:
                with engine.begin() as c:
                    c.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
                print_state(config, engine, versions, name, "start")
                for verb, argument in steps:
                    getattr(command, verb)(config, argument)
                    print_state(config, engine, versions, name, verb + " " + argument)
    finally:
        engine.dispose()
        with admin.connect() as c:
            c.exec_driver_sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)")


def print_state(config, engine, versions, scenario, step):
    with engine.connect() as c:
        exists = c.exec_driver_sql("SELECT to_regclass('alembic_version') IS NOT NULL").scalar()
        rows = sorted(r[0] for r in c.exec_driver_sql("SELECT version_num FROM alembic_version")) if exists else []
    out = io.StringIO()
    current_config = Config(stdout=out)
    for key in ("script_location", "sqlalchemy.url"):
        current_config.set_main_option(key, config.get_main_option(key))
    command.current(current_config)
    current = sorted(line.split(" ")[0] for line in out.getvalue().split("\n") if line)
    before = set(os.listdir(versions))
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # "Generating …": the probe's file is removed below
            command.revision(config, message="probe", autogenerate=True, head="b@head")
        autogenerate = "ok"
    except CommandError as e:
        autogenerate = str(e)
    for written in set(os.listdir(versions)) - before:
        os.remove(os.path.join(versions, written))
    print("\t".join([scenario, step, ",".join(rows), ",".join(current), autogenerate]))


if __name__ == "__main__":
    main(sys.argv[1])

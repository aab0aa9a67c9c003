package org.opsdb.benchmarks.harness.console;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opsdb.benchmarks.harness.Server;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.script.ScriptResource;
import org.opsdb.migrations.script.SqlMigrationParser;
import org.opsdb.migrations.script.SqlMigrationScript;

/**
 * The same revisions as an Alembic project: reads our SQL revision files with our own parser and writes, for each,
 * an Alembic revision module with the same revision id, down revisions, branch labels and {@code depends_on}, whose
 * {@code upgrade()} and {@code downgrade()} run the file's statements in order with {@code op.execute}; beside them
 * an {@code alembic.ini} (the database URL, the logging of Alembic's generic template) and the generic template's
 * {@code env.py}.
 */
final class AlembicProject {

    private static final String ENV_PY = """
            from logging.config import fileConfig

            from sqlalchemy import engine_from_config, pool

            from alembic import context

            config = context.config
            if config.config_file_name is not None:
                fileConfig(config.config_file_name)
            target_metadata = None


            def run_migrations_offline():
                context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                                  literal_binds=True, dialect_opts={"paramstyle": "named"})
                with context.begin_transaction():
                    context.run_migrations()


            def run_migrations_online():
                connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                                                 poolclass=pool.NullPool)
                with connectable.connect() as connection:
                    context.configure(connection=connection, target_metadata=target_metadata)
                    with context.begin_transaction():
                        context.run_migrations()


            if context.is_offline_mode():
                run_migrations_offline()
            else:
                run_migrations_online()
            """;

    private static final String LOGGING = """
            [loggers]
            keys = root,sqlalchemy,alembic

            [handlers]
            keys = console

            [formatters]
            keys = generic

            [logger_root]
            level = WARN
            handlers = console
            qualname =

            [logger_sqlalchemy]
            level = WARN
            handlers =
            qualname = sqlalchemy.engine

            [logger_alembic]
            level = INFO
            handlers =
            qualname = alembic

            [handler_console]
            class = StreamHandler
            args = (sys.stderr,)
            level = NOTSET
            formatter = generic

            [formatter_generic]
            format = %(levelname)-5.5s [%(name)s] %(message)s
            datefmt = %H:%M:%S
            """;

    private AlembicProject() {
    }

    /**
     * Writes the project for the SQL revision files in {@code revisions} into {@code project} (created), reaching the
     * database {@code sqlalchemyUrl}; returns the number of revisions written.
     */
    static int write(Path revisions, Path project, String sqlalchemyUrl) throws IOException {
        Path versions = Files.createDirectories(project.resolve("versions"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(revisions)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        SqlMigrationParser parser = new SqlMigrationParser();
        for (Path file : files) {
            SqlMigrationScript script = parser.parse(new ScriptResource(file.toString(),
                    file.getFileName().toString(), Files.readString(file)));
            String name = file.getFileName().toString();
            Files.writeString(versions.resolve(name.substring(0, name.length() - ".sql".length()) + ".py"),
                    module(script));
        }
        Files.writeString(project.resolve("env.py"), ENV_PY);
        Files.writeString(project.resolve("alembic.ini"), "[alembic]\n"
                + "script_location = " + project.toAbsolutePath().toString().replace("%", "%%") + "\n"
                + "sqlalchemy.url = " + sqlalchemyUrl.replace("%", "%%") + "\n\n" + LOGGING);
        return files.size();
    }

    /** The Alembic revision module of {@code script}. */
    static String module(SqlMigrationScript script) {
        Revision revision = script.revision();
        StringBuilder out = new StringBuilder();
        out.append("\"\"\"").append(revision.message().replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\""))
                .append("\n\nRevision ID: ").append(revision.id())
                .append("\nRevises: ").append(String.join(", ", revision.downRevisions()))
                .append("\nCreate Date: ").append(revision.createDate() == null ? "" : revision.createDate())
                .append("\n\n\"\"\"\nfrom alembic import op\n\n")
                .append("revision = ").append(pythonString(revision.id())).append('\n')
                .append("down_revision = ").append(pythonNames(revision.downRevisions())).append('\n')
                .append("branch_labels = ").append(pythonNames(revision.branchLabels())).append('\n')
                .append("depends_on = ").append(pythonNames(revision.dependsOn())).append("\n\n\n");
        function(out, "upgrade", script.upgradeStatements());
        out.append("\n\n");
        function(out, "downgrade", script.downgradeStatements());
        return out.toString();
    }

    private static void function(StringBuilder out, String name, List<String> statements) {
        out.append("def ").append(name).append("():\n");
        if (statements.isEmpty()) {
            out.append("    pass\n");
        }
        statements.forEach(sql -> out.append("    op.execute(").append(pythonString(sql)).append(")\n"));
    }

    /** {@code None}, a string for one name, a tuple for several: how Alembic's templates write them. */
    static String pythonNames(List<String> names) {
        if (names.isEmpty()) {
            return "None";
        }
        if (names.size() == 1) {
            return pythonString(names.get(0));
        }
        List<String> quoted = new ArrayList<>();
        names.forEach(name -> quoted.add(pythonString(name)));
        return "(" + String.join(", ", quoted) + ")";
    }

    /** A Python string literal of {@code text}: double quotes, backslash escapes for what needs them. */
    static String pythonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * The SQLAlchemy URL ({@code postgresql+psycopg2://USER[:PASSWORD]@HOST:PORT/DATABASE}) of {@code database} on
     * {@code server}, with the user and password of the server's JDBC parameters; other parameters are not carried.
     */
    static String sqlalchemyUrl(Server server, String database) {
        String user = null;
        String password = null;
        for (String parameter : server.parameters().split("&")) {
            int eq = parameter.indexOf('=');
            if (eq > 0 && parameter.startsWith("user=")) {
                user = parameter.substring(eq + 1);
            } else if (eq > 0 && parameter.startsWith("password=")) {
                password = parameter.substring(eq + 1);
            }
        }
        String credentials = user == null ? "" : encode(user) + (password == null ? "" : ":" + encode(password)) + "@";
        return "postgresql+psycopg2://" + credentials + server.address() + "/" + database;
    }

    /** A JDBC parameter's value (percent-encoded) as the user-info part of a URL encodes it. */
    private static String encode(String jdbcValue) {
        return URLEncoder.encode(URLDecoder.decode(jdbcValue, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}

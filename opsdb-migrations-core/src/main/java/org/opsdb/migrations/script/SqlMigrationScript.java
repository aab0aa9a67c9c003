package org.opsdb.migrations.script;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.sql.SqlStatement;
import org.opsdb.migrations.sql.SqlStatementSplitter;

/**
 * A migration read from a SQL file by {@link SqlMigrationParser}. Running a section executes its statements one
 * by one through {@link Operations#execute}; blocks marked outside-transaction run inside
 * {@link Operations#outsideTransaction}. The checksum is the CRC-32 of the file with line endings
 * normalised (see {@link ScriptChecksum}).
 */
public final class SqlMigrationScript implements MigrationScript {

    /** One block's statements, each with the line of the file it starts on. */
    private record Chunk(List<SqlStatement> statements, boolean outsideTransaction) {
    }

    private final Revision revision;
    private final String source;
    private final String text;
    private final String checksum;
    private final List<SqlBlock> upgradeBlocks;
    private final List<SqlBlock> downgradeBlocks;
    /** The blocks split into statements on first use: an up-to-date check never needs them. */
    private List<Chunk> upgrade;
    private List<Chunk> downgrade;

    SqlMigrationScript(Revision revision, String source, String normalizedText, List<SqlBlock> upgrade,
                       List<SqlBlock> downgrade) {
        this.revision = revision;
        this.source = source;
        this.text = normalizedText;
        this.checksum = ScriptChecksum.of(normalizedText);
        this.upgradeBlocks = List.copyOf(upgrade);
        this.downgradeBlocks = List.copyOf(downgrade);
    }

    @Override
    public Revision revision() {
        return revision;
    }

    /** Where the script was read from. */
    public String source() {
        return source;
    }

    @Override
    public void upgrade(Operations op) {
        run(upgradeChunks(), op);
    }

    @Override
    public void downgrade(Operations op) {
        if (!hasDowngrade()) {
            throw new ScriptException(source + ": revision " + revision.id() + " has no downgrade statements");
        }
        run(downgradeChunks(), op);
    }

    @Override
    public boolean hasDowngrade() {
        // a revision that changes nothing (typically a merge) needs nothing to undo it
        return !downgradeChunks().isEmpty() || upgradeChunks().isEmpty();
    }

    @Override
    public Optional<String> checksum() {
        return Optional.of(checksum);
    }

    /** Also accepts the SHA-256 that histories written before the CRC-32 recorded. */
    @Override
    public boolean checksumMatches(String recorded) {
        return ScriptChecksum.matches(recorded, checksum, text);
    }

    /** The upgrade statements in order (for offline rendering and tests). */
    public List<String> upgradeStatements() {
        return statements(Direction.UP).stream().map(SqlStatement::sql).toList();
    }

    /** The downgrade statements in order. */
    public List<String> downgradeStatements() {
        return statements(Direction.DOWN).stream().map(SqlStatement::sql).toList();
    }

    /**
     * The statements of a section in the order they run, each with the line of the file it starts on (so that an
     * error can name the lines of statements that ran).
     */
    public List<SqlStatement> statements(Direction direction) {
        List<Chunk> chunks = direction == Direction.UP ? upgradeChunks() : downgradeChunks();
        return chunks.stream().flatMap(chunk -> chunk.statements().stream()).toList();
    }

    /** The blocks of a section as the file has them: the text (comments included), its first line, its kind. */
    public List<SqlBlock> blocks(Direction direction) {
        return direction == Direction.UP ? upgradeBlocks : downgradeBlocks;
    }

    /**
     * The line of the file on which the statement that ran at {@code position} (from 0) of the {@code direction}
     * section starts, when {@code sql} is that statement; empty otherwise.
     */
    public OptionalInt line(Direction direction, int position, String sql) {
        List<SqlStatement> statements = statements(direction);
        return position < statements.size() && statements.get(position).sql().equals(sql)
                ? OptionalInt.of(statements.get(position).line()) : OptionalInt.empty();
    }

    /** The file's text, without a byte order mark and with line endings normalised to {@code \n}. */
    public String text() {
        return text;
    }

    /**
     * Without a leading byte order mark (U+FEFF, which editors on Windows write at the start of a UTF-8 file; like
     * Flyway, the checksum does not count it) and with line endings normalised to {@code \n}.
     */
    static String normalize(String text) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        if (body.indexOf('\r') < 0) {
            return body;
        }
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    private synchronized List<Chunk> upgradeChunks() {
        if (upgrade == null) {
            upgrade = chunks(upgradeBlocks);
        }
        return upgrade;
    }

    private synchronized List<Chunk> downgradeChunks() {
        if (downgrade == null) {
            downgrade = chunks(downgradeBlocks);
        }
        return downgrade;
    }

    private void run(List<Chunk> chunks, Operations op) {
        for (Chunk chunk : chunks) {
            if (chunk.outsideTransaction()) {
                op.outsideTransaction(outside -> chunk.statements().forEach(statement -> execute(outside, statement)));
            } else {
                chunk.statements().forEach(statement -> execute(op, statement));
            }
        }
    }

    /** Executes one statement; a failure is rethrown naming the statement's line in this file. */
    private void execute(Operations op, SqlStatement statement) {
        try {
            op.execute(statement.sql());
        } catch (RuntimeException e) {
            throw new ScriptStatementFailure(source, statement.line(), e);
        }
    }

    /** The blocks' statements, their lines counted from the start of the file. */
    private static List<Chunk> chunks(List<SqlBlock> blocks) {
        return blocks.stream().map(block -> new Chunk(SqlStatementSplitter.split(block.sql()).stream()
                .map(statement -> new SqlStatement(statement.sql(), block.firstLine() + statement.line() - 1))
                .toList(), block.outsideTransaction())).filter(chunk -> !chunk.statements().isEmpty()).toList();
    }
}

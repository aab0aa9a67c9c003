package org.opsdb.migrations.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.sql.SqlStatement;
import org.opsdb.migrations.sql.SqlStatementSplitter;

/**
 * A migration read from a SQL file by {@link SqlMigrationParser}. Running a section executes its statements one
 * by one through {@link Operations#execute}; blocks marked outside-transaction run inside
 * {@link Operations#outsideTransaction}. The checksum is the SHA-256 of the file with line endings normalised.
 */
public final class SqlMigrationScript implements MigrationScript {

    /** One block's statements. */
    private record Chunk(List<String> statements, boolean outsideTransaction) {
    }

    private final Revision revision;
    private final String source;
    private final String checksum;
    private final List<Chunk> upgrade;
    private final List<Chunk> downgrade;

    SqlMigrationScript(Revision revision, String source, String normalizedText, List<SqlBlock> upgrade,
                       List<SqlBlock> downgrade) {
        this.revision = revision;
        this.source = source;
        this.checksum = sha256(normalizedText);
        this.upgrade = chunks(upgrade);
        this.downgrade = chunks(downgrade);
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
        run(upgrade, op);
    }

    @Override
    public void downgrade(Operations op) {
        if (!hasDowngrade()) {
            throw new ScriptException(source + ": revision " + revision.id() + " has no downgrade statements");
        }
        run(downgrade, op);
    }

    @Override
    public boolean hasDowngrade() {
        // a revision that changes nothing (typically a merge) needs nothing to undo it
        return !downgrade.isEmpty() || upgrade.isEmpty();
    }

    @Override
    public Optional<String> checksum() {
        return Optional.of(checksum);
    }

    /** The upgrade statements in order (for offline rendering and tests). */
    public List<String> upgradeStatements() {
        return upgrade.stream().flatMap(chunk -> chunk.statements().stream()).toList();
    }

    /** The downgrade statements in order. */
    public List<String> downgradeStatements() {
        return downgrade.stream().flatMap(chunk -> chunk.statements().stream()).toList();
    }

    /** Line endings normalised to {@code \n}. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void run(List<Chunk> chunks, Operations op) {
        for (Chunk chunk : chunks) {
            if (chunk.outsideTransaction()) {
                op.outsideTransaction(outside -> chunk.statements().forEach(outside::execute));
            } else {
                chunk.statements().forEach(op::execute);
            }
        }
    }

    private static List<Chunk> chunks(List<SqlBlock> blocks) {
        return blocks.stream().map(block -> new Chunk(SqlStatementSplitter.split(block.sql()).stream()
                .map(SqlStatement::sql).toList(),
                block.outsideTransaction())).filter(chunk -> !chunk.statements().isEmpty()).toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}

package org.opsdb.migrations.script;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of an SQL script that is only a lint allow, {@code -- lint: allow rule-id[, rule-id...][: reason]}: the
 * lint reads it as silencing those rules for the next statement, and the script's checksum leaves it out (see
 * {@link ScriptChecksum}), so that allows can be added to scripts already applied.
 *
 * @param rules  the rule ids it names, in order
 * @param reason the reason given after the ids (blank when none was given)
 */
public record LintAllowComment(List<String> rules, String reason) {

    /** {@code -- lint: allow ids [: reason]}, matched against the whole line without surrounding white space. */
    private static final Pattern ALLOW = Pattern.compile(
            "--\\s*lint:\\s*allow\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*(?::(.*))?");

    /** A copy that cannot change. */
    public LintAllowComment {
        rules = List.copyOf(rules);
    }

    /** The allow that {@code line} (one line of a script, without its line break) is, if it is one. */
    public static Optional<LintAllowComment> parse(String line) {
        Matcher allow = ALLOW.matcher(line.strip());
        if (!allow.matches()) {
            return Optional.empty();
        }
        List<String> rules = Arrays.stream(allow.group(1).split(",")).map(String::strip).toList();
        return Optional.of(new LintAllowComment(rules, allow.group(2) == null ? "" : allow.group(2).strip()));
    }

    /** Whether {@code line} (without its line break) is a lint allow. */
    static boolean isAllow(String line) {
        return ALLOW.matcher(line.strip()).matches();
    }
}

package org.opsdb.migrations.revision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative identifier: {@code [label@][symbol](+|-)N}, e.g. {@code +1}, {@code -2}, {@code ae10+2},
 * {@code head-1}, {@code mybranch@+1}.
 *
 * @param label  branch label before {@code @}, or null
 * @param symbol what the walk starts from (an id, prefix, label or {@code head}), or null for the current heads
 * @param steps  how far to walk: positive upwards, negative downwards
 */
record RelativeIdentifier(String label, String symbol, int steps) {

    private static final Pattern FORM = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

    /** Parses the identifier if it has the relative form. */
    static Optional<RelativeIdentifier> parse(String identifier) {
        Matcher matcher = FORM.matcher(identifier);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RelativeIdentifier(matcher.group(1), matcher.group(2),
                    Integer.parseInt(matcher.group(3))));
        } catch (NumberFormatException tooLarge) {
            throw new RevisionException("Relative revision " + identifier + " is out of range");
        }
    }

    /** The step count as written, with its sign: {@code +1}, {@code -2}. */
    String signedSteps() {
        return (steps >= 0 ? "+" : "") + steps;
    }
}

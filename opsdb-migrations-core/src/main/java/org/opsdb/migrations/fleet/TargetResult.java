package org.opsdb.migrations.fleet;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a fleet's command did on one target.
 *
 * @param target   the target
 * @param before   the target's heads before the command, or {@code null} when they could not be read
 * @param after    its heads after the command, or {@code null} when they could not be read
 * @param duration how long the target took (zero for a skipped one)
 * @param outcome  ok, behind ({@code current} only), findings ({@code check}, {@code lint}), failed or skipped
 * @param reason   for a failed or skipped target, one line saying why; otherwise {@code null}
 * @param findings {@code check}: the differences between the target's schema and the entity model, one line each;
 *                 {@code lint}: the lint findings of the revisions the target would run, one line each; otherwise
 *                 empty
 */
public record TargetResult(FleetTarget target, Set<String> before, Set<String> after, Duration duration,
                           Outcome outcome, String reason, List<String> findings) {

    /** The outcome of one target. */
    public enum Outcome {
        /** The target reached the goal. */
        OK,
        /** {@code current}: the target is below the goal. */
        BEHIND,
        /**
         * {@code check}: the target's schema differs from the entity model; {@code lint}: the revisions it would run
         * have lock-hazard findings ({@link TargetResult#findings()} lists them).
         */
        FINDINGS,
        /** The command failed on the target ({@link #reason()} says why); what it committed before stays. */
        FAILED,
        /** The target was not run: the canary failed, or too many targets failed before its turn. */
        SKIPPED;

        /** The outcome as reports show it: {@code ok}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Copies the heads, sorted, and the findings. */
    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        before = before == null ? null : Collections.unmodifiableSet(new TreeSet<>(before));
        after = after == null ? null : Collections.unmodifiableSet(new TreeSet<>(after));
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A result without findings (every action but {@code check} and {@code lint}). */
    public TargetResult(FleetTarget target, Set<String> before, Set<String> after, Duration duration,
                        Outcome outcome, String reason) {
        this(target, before, after, duration, outcome, reason, List.of());
    }

    /** A target that was not run, for {@code reason}. */
    static TargetResult skipped(FleetTarget target, String reason) {
        return new TargetResult(target, null, null, Duration.ZERO, Outcome.SKIPPED, reason);
    }

    /** Heads as reports show them: {@code base} for none, {@code ?} when unknown, else the ids joined by commas. */
    public static String heads(Set<String> heads) {
        return heads == null ? "?" : heads.isEmpty() ? "base" : String.join(",", heads);
    }
}

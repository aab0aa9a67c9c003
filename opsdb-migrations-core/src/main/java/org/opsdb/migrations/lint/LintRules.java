package org.opsdb.migrations.lint;

import java.util.List;
import java.util.Optional;

/** The rules, in the order their findings are listed for one statement. */
public final class LintRules {

    private static final List<Rule> RULES = List.of(new IndexWithoutConcurrently(),
            new DropIndexWithoutConcurrently(), new ConstraintWithoutNotValid(), new SetNotNullRule(),
            new UniqueWithoutIndex(), new ColumnTypeRewrite(), new VolatileDefault(), new ConcurrentlyInTransaction(),
            new RenameInUse(), new DropInUse(), new StatementsAfterExclusiveLock(), new EnumValueUsedInTransaction(),
            new RewriteWithoutConcurrently(), new LockTableRule(), new NotAnalysedRule(), new AllowWithoutReason());

    private LintRules() {
    }

    /** Every rule. */
    public static List<LintRule> all() {
        return List.copyOf(RULES);
    }

    /** The rule with the id, if there is one. */
    public static Optional<LintRule> byId(String id) {
        return RULES.stream().filter(rule -> rule.id().equals(id)).<LintRule>map(rule -> rule).findFirst();
    }

    /** The rules with their detection, for the linter. */
    static List<Rule> rules() {
        return RULES;
    }
}

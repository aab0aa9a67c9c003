package org.opsdb.migrations.script;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences a lint rule for a {@link Migration}: on the class (every statement) or on its {@code upgrade} or
 * {@code downgrade} method (the statements that method runs); the Java form of {@code -- lint: allow rule-id:
 * reason}. An allow without a reason is itself an {@code allow-without-reason} error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(LintAllow.List.class)
public @interface LintAllow {

    /** The rule's id, e.g. {@code index-without-concurrently}. */
    String rule();

    /** Why the hazard is acceptable here (required: a blank reason is an error). */
    String reason() default "";

    /** Holds repeated {@link LintAllow}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @interface List {
        /** The allows. */
        LintAllow[] value();
    }
}

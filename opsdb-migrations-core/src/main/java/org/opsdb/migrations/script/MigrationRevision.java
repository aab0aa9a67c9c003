package org.opsdb.migrations.script;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The revision data of a Java {@link Migration}: the same fields as a SQL script's header. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MigrationRevision {

    /** The revision id, e.g. {@code "3f9c1a2b7d4e"}. */
    String id();

    /** Down revisions: none for a base, several for a merge. */
    String[] down() default {};

    /** Branch labels. */
    String[] branchLabels() default {};

    /** Revisions (ids or labels) that must be applied first. */
    String[] dependsOn() default {};

    /** One-line description. */
    String message() default "";

    /** ISO-8601 instant of creation, e.g. {@code "2026-11-24T10:15:00Z"}; empty when unknown. */
    String createDate() default "";
}

package org.opsdb.migrations.render;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.UUID;

/**
 * Java expressions for the values a {@code BulkInsert} row holds, each of which renders to the same SQL literal as
 * the value itself: strings, booleans, {@code int} and {@code long}, {@code BigDecimal}, {@code UUID}, the
 * {@code java.time} values that parse back from their text, and enum constants (as their name, which is what their
 * literal is). Other values have no expression here.
 */
final class JavaLiterals {

    /** The {@code java.time} types written as {@code Type.parse("text")}. */
    private static final List<Class<?>> PARSED = List.of(LocalDate.class, LocalTime.class, LocalDateTime.class,
            OffsetTime.class, OffsetDateTime.class, Instant.class, Duration.class);

    private JavaLiterals() {
    }

    /** The expression, or {@code null} when the value has none. */
    static CodeBlock of(Object value) {
        if (value == null) {
            return CodeBlock.of("null");
        }
        if (value instanceof String text) {
            return CodeBlock.of("$S", text);
        }
        if (value instanceof Enum<?> constant) {
            return CodeBlock.of("$S", constant.name());
        }
        if (value instanceof Boolean || value instanceof Integer) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof Long) {
            return CodeBlock.of("$LL", value);
        }
        if (value instanceof BigDecimal decimal) {
            return CodeBlock.of("new $T($S)", BigDecimal.class, decimal.toString());
        }
        if (value instanceof UUID) {
            return CodeBlock.of("$T.fromString($S)", UUID.class, value.toString());
        }
        if (PARSED.contains(value.getClass())) {
            return CodeBlock.of("$T.parse($S)", value.getClass(), value.toString());
        }
        return null;
    }
}

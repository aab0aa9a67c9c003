package org.opsdb.migrations.ddl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * SQL literals for values, for a server with {@code standard_conforming_strings = on} (the default since
 * PostgreSQL 9.1): strings are single-quoted with {@code '} doubled and backslashes left alone. Typed values are
 * written as {@code 'text'::type}.
 */
public final class SqlLiterals {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIMESTAMPTZ =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

    private SqlLiterals() {
    }

    /** {@code text} as a string literal. A NUL character cannot be stored by PostgreSQL and is refused. */
    public static String string(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PostgreSQL text cannot contain NUL characters");
        }
        return "'" + text.replace("'", "''") + "'";
    }

    /** The literal for a Java value; see {@link org.opsdb.migrations.operations.BulkInsert} for the types. */
    public static String of(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String || value instanceof Character) {
            return string(value.toString());
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Enum<?> e) {
            return string(e.name());
        }
        if (value instanceof UUID) {
            return typed(value.toString(), "uuid");
        }
        if (value instanceof byte[] bytes) {
            return typed("\\x" + HexFormat.of().formatHex(bytes), "bytea");
        }
        return temporal(value);
    }

    private static String number(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return typed(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity", "double precision");
            }
            return new BigDecimal(number.toString()).toPlainString();
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number.toString();
        }
        throw new IllegalArgumentException("no SQL literal for " + number.getClass().getName());
    }

    private static String temporal(Object value) {
        if (value instanceof LocalDate date) {
            return typed(date.toString(), "date");
        }
        if (value instanceof LocalTime time) {
            return typed(time.format(DateTimeFormatter.ISO_LOCAL_TIME), "time");
        }
        if (value instanceof LocalDateTime dateTime) {
            return typed(dateTime.format(TIMESTAMP), "timestamp");
        }
        if (value instanceof OffsetTime time) {
            return typed(time.format(DateTimeFormatter.ISO_OFFSET_TIME), "timetz");
        }
        if (value instanceof OffsetDateTime dateTime) {
            return typed(dateTime.format(TIMESTAMPTZ), "timestamptz");
        }
        if (value instanceof ZonedDateTime dateTime) {
            return temporal(dateTime.toOffsetDateTime());
        }
        if (value instanceof Instant instant) {
            return temporal(instant.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof Duration duration) {
            return typed(duration.toString(), "interval");
        }
        throw new IllegalArgumentException("no SQL literal for " + value.getClass().getName());
    }

    private static String typed(String text, String type) {
        return string(text) + "::" + type;
    }
}

package org.opsdb.migrations.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlLiteralsTest {

    enum Status { DRAFT }

    @Test
    void stringsDoubleSingleQuotesAndKeepBackslashes() {
        assertThat(SqlLiterals.of("it's")).isEqualTo("'it''s'");
        assertThat(SqlLiterals.of("''")).isEqualTo("''''''");
        assertThat(SqlLiterals.of("C:\\temp\\n")).isEqualTo("'C:\\temp\\n'");
        assertThat(SqlLiterals.of("line1\nline2")).isEqualTo("'line1\nline2'");
        assertThat(SqlLiterals.of("")).isEqualTo("''");
        assertThat(SqlLiterals.of('x')).isEqualTo("'x'");
        assertThat(SqlLiterals.of("$$; DROP TABLE x; --")).isEqualTo("'$$; DROP TABLE x; --'");
    }

    @Test
    void nulCharacterIsRefused() {
        assertThatThrownBy(() -> SqlLiterals.of("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullsBooleansAndNumbers() {
        assertThat(SqlLiterals.of(null)).isEqualTo("NULL");
        assertThat(SqlLiterals.of(true)).isEqualTo("TRUE");
        assertThat(SqlLiterals.of(false)).isEqualTo("FALSE");
        assertThat(SqlLiterals.of(42)).isEqualTo("42");
        assertThat(SqlLiterals.of(-7L)).isEqualTo("-7");
        assertThat(SqlLiterals.of((short) 3)).isEqualTo("3");
        assertThat(SqlLiterals.of(new BigInteger("123456789012345678901234567890")))
                .isEqualTo("123456789012345678901234567890");
        assertThat(SqlLiterals.of(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(SqlLiterals.of(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(SqlLiterals.of(1.5d)).isEqualTo("1.5");
        assertThat(SqlLiterals.of(1e20d)).isEqualTo("100000000000000000000");
        assertThat(SqlLiterals.of(0.1f)).isEqualTo("0.1");
        assertThat(SqlLiterals.of(Double.NaN)).isEqualTo("'NaN'::double precision");
        assertThat(SqlLiterals.of(Double.NEGATIVE_INFINITY)).isEqualTo("'-Infinity'::double precision");
    }

    @Test
    void javaTimeUuidEnumsAndBytes() {
        assertThat(SqlLiterals.of(LocalDate.of(2026, 11, 24))).isEqualTo("'2026-11-24'::date");
        assertThat(SqlLiterals.of(LocalTime.of(10, 15))).isEqualTo("'10:15:00'::time");
        assertThat(SqlLiterals.of(LocalDateTime.of(2026, 11, 24, 10, 15)))
                .isEqualTo("'2026-11-24 10:15:00.000000'::timestamp");
        assertThat(SqlLiterals.of(OffsetDateTime.of(2026, 11, 24, 10, 15, 30, 123_456_000, ZoneOffset.ofHours(2))))
                .isEqualTo("'2026-11-24 10:15:30.123456+02:00'::timestamptz");
        assertThat(SqlLiterals.of(ZonedDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneId.of("UTC"))))
                .isEqualTo("'2026-01-02 03:04:05.000000+00:00'::timestamptz");
        assertThat(SqlLiterals.of(Instant.parse("2026-11-24T10:15:00Z")))
                .isEqualTo("'2026-11-24 10:15:00.000000+00:00'::timestamptz");
        assertThat(SqlLiterals.of(OffsetTime.of(10, 15, 0, 0, ZoneOffset.ofHours(-5))))
                .isEqualTo("'10:15:00-05:00'::timetz");
        assertThat(SqlLiterals.of(Duration.ofMinutes(90))).isEqualTo("'PT1H30M'::interval");
        assertThat(SqlLiterals.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .isEqualTo("'123e4567-e89b-12d3-a456-426614174000'::uuid");
        assertThat(SqlLiterals.of(Status.DRAFT)).isEqualTo("'DRAFT'");
        assertThat(SqlLiterals.of(new byte[] {0x01, (byte) 0xab})).isEqualTo("'\\x01ab'::bytea");
    }

    @Test
    void unsupportedTypesAreRefused() {
        assertThatThrownBy(() -> SqlLiterals.of(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }
}

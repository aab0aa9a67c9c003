package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mark kept as the history table's comment: its text, and when it answers. */
class UpToDateMarkTest {

    private final UpToDateMark mark = new UpToDateMark("0123456789abcdef", 42, Set.of("bbbbbbbbbbb2", "aaaaaaaaaaa9"));

    @Test
    void theCommentListsFingerprintHistoryIdAndSortedHeadsAndParsesBack() {
        assertThat(mark.comment()).isEqualTo(
                "opsdb-migrations up-to-date mark v1; scripts 0123456789abcdef; history 42; heads aaaaaaaaaaa9,bbbbbbbbbbb2");
        assertThat(UpToDateMark.parse(mark.comment())).isEqualTo(mark);
    }

    @Test
    void anyOtherCommentIsNoMark() {
        assertThat(UpToDateMark.parse(null)).isNull();
        assertThat(UpToDateMark.parse("history of schema changes")).isNull();
        assertThat(UpToDateMark.parse("opsdb-migrations up-to-date mark v1; scripts x; history many; heads a")).isNull();
        assertThat(UpToDateMark.parse("opsdb-migrations up-to-date mark v1; scripts x; heads a")).isNull();
    }

    @Test
    void itHoldsOnlyForTheSameScriptsRowsAndLastHistoryRowAndAnUpgradeToTheHeads() {
        Set<String> rows = Set.of("aaaaaaaaaaa9", "bbbbbbbbbbb2");
        assertThat(mark.holds("0123456789abcdef", "heads", rows, 42L)).isTrue();
        assertThat(mark.holds("0123456789abcdee", "heads", rows, 42L)).isFalse();
        assertThat(mark.holds("0123456789abcdef", "heads", rows, 43L)).isFalse();
        assertThat(mark.holds("0123456789abcdef", "heads", rows, null)).isFalse();
        assertThat(mark.holds("0123456789abcdef", "heads", Set.of("aaaaaaaaaaa9"), 42L)).isFalse();
        assertThat(mark.holds("0123456789abcdef", "head", rows, 42L)).isFalse(); // two heads: "head" is ambiguous
        assertThat(mark.holds("0123456789abcdef", "bbbbbbbbbbb2", rows, 42L)).isFalse();
        UpToDateMark single = new UpToDateMark("0123456789abcdef", 42, Set.of("bbbbbbbbbbb2"));
        assertThat(single.holds("0123456789abcdef", "head", Set.of("bbbbbbbbbbb2"), 42L)).isTrue();
    }
}

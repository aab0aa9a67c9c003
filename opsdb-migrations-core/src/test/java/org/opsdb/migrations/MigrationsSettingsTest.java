package org.opsdb.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MigrationsSettings} and its draft: every setting reachable and checked without a fluent method of its own. */
class MigrationsSettingsTest {

    @Test
    void aDraftChangeIsCheckedAndKeepsTheOtherSettings() {
        MigrationsSettings changed = Migrations.configure().locations("classpath:db/x")
                .settings(draft -> draft.statementLockRetries = 5).settings();
        assertThat(changed).isEqualTo(Migrations.configure().locations("classpath:db/x").statementLockRetries(5)
                .settings());
        assertThat(changed.locations()).containsExactly("classpath:db/x");

        assertThatThrownBy(() -> Migrations.configure().settings(draft -> draft.statementLockRetries = -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid statement lock retries -1: must be zero or positive");
        assertThatThrownBy(() -> Migrations.configure().settings(draft -> draft.versionTable = "a.b.c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid value 'a.b.c' for version-table: ");
    }

    /** The draft has every component as a public field, copies it in and passes it back: a forgotten one fails here. */
    @Test
    void theDraftCarriesEverySetting() throws ReflectiveOperationException {
        assertThat(MigrationsSettings.DEFAULTS.with(draft -> { })).isEqualTo(MigrationsSettings.DEFAULTS);
        List<String> lost = new ArrayList<>();
        for (RecordComponent component : MigrationsSettings.class.getRecordComponents()) {
            Field field = MigrationsSettings.Draft.class.getField(component.getName());
            assertThat(field.getType()).as(component.getName()).isEqualTo(component.getType());
            Object other = otherValue(component.getType(), component.getAccessor().invoke(MigrationsSettings.DEFAULTS));
            MigrationsSettings changed = MigrationsSettings.DEFAULTS.with(draft -> set(field, draft, other));
            if (!component.getAccessor().invoke(changed).equals(other)) {
                lost.add(component.getName());
            }
        }
        assertThat(lost).as("settings the draft does not carry").isEmpty();
        assertThat(MigrationsSettings.Draft.class.getFields()).extracting(Field::getName)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(MigrationsSettings.class.getRecordComponents())
                        .map(RecordComponent::getName).toList());
    }

    private static Object otherValue(Class<?> type, Object current) {
        if (type == List.class) {
            return List.of("classpath:db/other");
        }
        if (type == String.class) {
            return current == null ? "other_schema" : "other_" + current;
        }
        if (type == Duration.class) {
            return ((Duration) current).plusSeconds(3);
        }
        if (type == int.class) {
            return (Integer) current + 3;
        }
        if (type == boolean.class) {
            return !(Boolean) current;
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> !c.equals(current)).findFirst()
                    .orElseThrow();
        }
        throw new AssertionError("no other value for " + type);
    }

    private static void set(Field field, Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}

package org.opsdb.migrations.shell.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.shell.command.UsageException;

/** The console's global options: each once, except the repeatable {@code --location}. */
class ConsoleArgumentsTest {

    @Test
    void globalOptionsBecomePropertiesAndTheRestIsTheCommand() {
        ConsoleArguments arguments = ConsoleArguments.parse("--url", "jdbc:postgresql:db", "--location", "a",
                "--location=b", "--spring.profiles.active=local", "upgrade", "head");
        assertThat(arguments.properties()).isEqualTo(Map.of("spring.datasource.url", "jdbc:postgresql:db",
                "opsdb.migrations.locations", "a,b", "spring.profiles.active", "local"));
        assertThat(arguments.command()).isEqualTo(List.of("upgrade", "head"));
    }

    @Test
    void aGlobalOptionGivenTwiceIsRefused() {
        // the last one used to win without a word: '--url staging --url prod' ran against prod
        assertThatThrownBy(() -> ConsoleArguments.parse("--url", "jdbc:postgresql:a", "--url=jdbc:postgresql:b",
                "current")).isInstanceOf(UsageException.class)
                .hasMessage("Option '--url' given twice; give it once (only --location repeats)");
        assertThatThrownBy(() -> ConsoleArguments.parse("--spring.profiles.active=a", "--spring.profiles.active=b",
                "current")).isInstanceOf(UsageException.class)
                .hasMessage("Option '--spring.profiles.active' given twice; give it once (only --location repeats)");
    }
}

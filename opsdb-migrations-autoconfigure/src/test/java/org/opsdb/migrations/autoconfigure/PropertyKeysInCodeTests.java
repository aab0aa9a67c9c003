package org.opsdb.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.MigrationsSettings;

/**
 * No main code of any module names an {@code opsdb.migrations.*} property by a string of its own: properties are
 * bound as {@link MigrationsProperties} and mapped by {@link MigrationsProperties#toSettings()}, and a message that
 * names one builds it from {@link MigrationsSettings#PROPERTY_PREFIX} (as does the metric name). Left: the prefix
 * itself and {@code @Conditional…} annotations (which need a constant expression).
 */
class PropertyKeysInCodeTests {

    private static final String LITERAL = "\"" + MigrationsSettings.PROPERTY_PREFIX + ".";

    @Test
    void noPropertyIsNamedByAStringLiteral() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            found = files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .flatMap(PropertyKeysInCodeTests::lines)
                    .filter(line -> line.contains(LITERAL) && !line.contains("@Conditional"))
                    .toList();
        }
        assertThat(found).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> file + ": " + line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

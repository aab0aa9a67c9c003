package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link FileErrors}: the reason java.nio keeps in an exception's type or its reason field, as one line. */
class FileErrorsTest {

    @Test
    void theReasonIsNamedWhateverCarriesIt() {
        Path fallback = Path.of("/srv/fallback");
        assertThat(FileErrors.describe(new AccessDeniedException("/srv/m/a.sql"), fallback))
                .isEqualTo("/srv/m/a.sql: permission denied");
        assertThat(FileErrors.describe(new NoSuchFileException("/proc/x"), fallback))
                .isEqualTo("/proc/x: no such file or directory");
        assertThat(FileErrors.describe(new FileAlreadyExistsException("/srv/m/a.sql"), fallback))
                .isEqualTo("/srv/m/a.sql: already exists");
        assertThat(FileErrors.describe(new FileSystemException("/srv/m", null, "Read-only file system"), fallback))
                .isEqualTo("/srv/m: read-only file system");
        assertThat(FileErrors.describe(new IOException("No space left on device\nmore"), fallback))
                .isEqualTo("/srv/fallback: no space left on device");
    }
}

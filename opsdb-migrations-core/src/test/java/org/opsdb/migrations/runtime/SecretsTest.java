package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsdb.migrations.Migrations;

/**
 * {@link Secrets#mask(String)} on the forms a password takes in a JDBC URL, and the connection errors of
 * {@link UrlDataSource} (the driver's own messages quote the URL) going through it; no server is needed for these
 * (the URLs do not parse, or name a host that does not resolve).
 */
class SecretsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://h/db?password=S3cr3t                  | jdbc:postgresql://h/db?password=***
            jdbc:postgresql://h/db?user=u&password=S3cr3t&ssl=true  | jdbc:postgresql://h/db?user=u&password=***&ssl=true
            jdbc:postgresql://h/db?PASSWORD=S3cr3t;x=1              | jdbc:postgresql://h/db?PASSWORD=***;x=1
            Unable to parse URL jdbc:postgresql:/x y?password=S3cr3t | Unable to parse URL jdbc:postgresql:/x y?password=***
            postgresql://u:S3cr3t@h:5432/db                        | postgresql://u:***@h:5432/db
            jdbc:postgresql://u:S3cr3t@h/db?password=S3cr3t         | jdbc:postgresql://u:***@h/db?password=***
            jdbc:postgresql://h:5432/db?user=u                     | jdbc:postgresql://h:5432/db?user=u
            password = 'S3cr3t' and more                           | password = *** and more
            """)
    void masksEveryPasswordForm(String text, String masked) {
        assertThat(Secrets.mask(text)).isEqualTo(masked).doesNotContain("S3cr3t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql:/bad syntax?password=S3cr3t     | Database error: Unable to parse URL jdbc:postgresql:/bad syntax?password=***
            postgresql://u:S3cr3t@localhost/db              | Cannot connect to the database: No suitable driver found for postgresql://u:***@localhost/db
            jdbc:postgresql://nosuchhost.invalid/db?password=S3cr3t | Cannot connect to the database: unknown host 'nosuchhost.invalid'
            jdbc:postgresql://u:S3cr3t@nosuchhost.invalid:5432/db   | Cannot connect to the database: unknown host 'u:***@nosuchhost.invalid': give the user and password as the URL's user and password parameters, not before the host
            """)
    void connectionErrorsNameTheCauseWithoutThePassword(String url, String message) {
        UrlDataSource dataSource = new UrlDataSource(url, null, null);
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(ConnectionErrors.describe((SQLException) e)).isEqualTo(message));
        assertThat(dataSource.toString()).doesNotContain("S3cr3t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql:/bad syntax?password=S3cr3t     | Cannot read the 'from' database: Unable to parse URL jdbc:postgresql:/bad syntax?password=***
            jdbc:postgresql://nosuchhost.invalid/db?password=S3cr3t | Cannot read the 'from' database: unknown host 'nosuchhost.invalid'
            """)
    void diffNamesTheCauseWithoutThePassword(String url, String message) {
        UrlDataSource bad = new UrlDataSource(url, null, null);
        assertThatThrownBy(() -> Migrations.diff(bad, bad, List.of())).isInstanceOf(MigrationException.class)
                .hasMessage(message);
    }
}

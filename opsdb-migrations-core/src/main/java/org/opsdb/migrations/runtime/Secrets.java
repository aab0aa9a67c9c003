package org.opsdb.migrations.runtime;

import java.util.regex.Pattern;

/**
 * Masks passwords in text that may quote a JDBC URL (a driver's error message, a URL itself): the value of every
 * {@code password=} parameter and the password of a {@code scheme://user:password@host} authority become
 * {@code ***}. Every message that can carry a URL goes through {@link #mask(String)} before it is shown or logged.
 */
public final class Secrets {

    /** What a masked password reads as. */
    public static final String MASK = "***";

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)(\\bpassword\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^&;,\\s\"')\\]]*)");
    private static final Pattern USER_INFO = Pattern.compile("(://[^/:@\\s]*:)[^@/\\s]*@");

    private Secrets() {
    }

    /** The text with every password in it replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(text).replaceAll("$1" + MASK);
        return USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}

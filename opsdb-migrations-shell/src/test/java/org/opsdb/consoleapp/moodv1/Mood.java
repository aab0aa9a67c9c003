package org.opsdb.consoleapp.moodv1;

/** How a visit went; mapped to the native PostgreSQL enum type {@code mood}. */
public enum Mood {
    SAD, HAPPY, CALM
}

package org.opsdb.consoleapp.moodv2;

/** How a visit went; mapped to the native PostgreSQL enum type {@code mood}. */
public enum Mood {
    SAD, JOYFUL, CALM
}

package org.opsdb.consoleapp.moodv1;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service whose visits have a mood: a native enum type {@code mood} (SAD, HAPPY, CALM). */
@SpringBootApplication
public class MoodAppV1 {
}

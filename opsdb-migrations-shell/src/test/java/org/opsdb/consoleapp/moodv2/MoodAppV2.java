package org.opsdb.consoleapp.moodv2;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service one release later: the constant HAPPY renamed to JOYFUL (same position). */
@SpringBootApplication
public class MoodAppV2 {
}

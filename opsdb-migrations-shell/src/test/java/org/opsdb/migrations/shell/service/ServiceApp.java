package org.opsdb.migrations.shell.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service that has the shell module on its classpath. */
@SpringBootApplication
public class ServiceApp {
}

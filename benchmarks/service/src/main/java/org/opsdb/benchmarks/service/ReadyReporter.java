package org.opsdb.benchmarks.service;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints {@code READY <epoch-ms>} on standard output when the service is ready, then keeps the JVM alive so the
 * harness can read its peak memory before it ends the process.
 */
@Component
public class ReadyReporter {

    /** Prints the line and waits to be killed. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() throws InterruptedException {
        System.out.println("READY " + System.currentTimeMillis());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

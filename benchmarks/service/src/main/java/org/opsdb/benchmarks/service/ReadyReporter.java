package org.opsdb.benchmarks.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Prints {@code TOOL <ms>} (time spent creating the migration tool's beans, from Spring's startup timeline) and
 * {@code READY <epoch-ms>} on standard output when the service is ready, then keeps the JVM alive so the harness can
 * read its peak memory before it ends the process. With {@code -Dbench.steps} it also prints every startup step of
 * the tool's beans and inside them ({@code STEP <name> <bean> <ms>}), to see where the time goes.
 */
@Component
public class ReadyReporter {

    /** The beans of our starter and of Spring Boot's Flyway and Liquibase auto-configurations that do the work. */
    private static final Set<String> TOOL_BEANS = Set.of("migrations", "migrationStatusReader", "migrationRunner",
            "flyway", "flywayInitializer", "liquibase");
    /** The bean every build has whether or not a tool asks for it first (opening its pool included). */
    private static final String SHARED_BEAN = "dataSource";

    /** Prints the lines and waits to be killed. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() throws InterruptedException {
        System.out.println("TOOL " + toolMillis());
        System.out.println("READY " + System.currentTimeMillis());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * Sum of the outermost instantiation steps of the tool's beans (nested tool beans are counted once), less the
     * DataSource's own instantiation when a tool bean is the first to need it: the service creates it anyway.
     */
    private static long toolMillis() {
        Map<Long, StartupStep> steps = new HashMap<>();
        Map<Long, TimelineEvent> events = new HashMap<>();
        for (TimelineEvent event : BenchmarkService.STARTUP.getBufferedTimeline().getEvents()) {
            steps.put(event.getStartupStep().getId(), event.getStartupStep());
            events.put(event.getStartupStep().getId(), event);
        }
        Duration total = Duration.ZERO;
        for (TimelineEvent event : events.values()) {
            StartupStep step = event.getStartupStep();
            boolean counted = isToolBean(step) && !hasToolAncestor(step, steps);
            if (System.getProperty("bench.steps") != null && (isToolBean(step) || hasToolAncestor(step, steps))) {
                System.out.println("STEP " + step.getName() + " " + beanName(step) + " " + event.getDuration().toMillis());
            }
            boolean shared = isBean(step, SHARED_BEAN) && hasToolAncestor(step, steps);
            if (counted || shared) {
                total = counted ? total.plus(event.getDuration()) : total.minus(event.getDuration());
            }
        }
        return total.toMillis();
    }

    private static boolean hasToolAncestor(StartupStep step, Map<Long, StartupStep> steps) {
        Long parent = step.getParentId();
        while (parent != null) {
            StartupStep ancestor = steps.get(parent);
            if (ancestor == null) {
                return false;
            }
            if (isToolBean(ancestor)) {
                return true;
            }
            parent = ancestor.getParentId();
        }
        return false;
    }

    private static boolean isToolBean(StartupStep step) {
        return "spring.beans.instantiate".equals(step.getName()) && TOOL_BEANS.contains(beanName(step));
    }

    private static boolean isBean(StartupStep step, String name) {
        return "spring.beans.instantiate".equals(step.getName()) && name.equals(beanName(step));
    }

    private static String beanName(StartupStep step) {
        for (StartupStep.Tag tag : step.getTags()) {
            if ("beanName".equals(tag.getKey())) {
                return tag.getValue();
            }
        }
        return "";
    }
}

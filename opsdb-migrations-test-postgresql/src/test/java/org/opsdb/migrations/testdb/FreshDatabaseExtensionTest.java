package org.opsdb.migrations.testdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs sample test classes through the JUnit Platform and checks their databases from the outside. */
class FreshDatabaseExtensionTest {

    static final Map<String, TestDatabase> SEEN = new ConcurrentHashMap<>();

    @Test
    void eachClassGetsAnEmptyDatabaseOfItsOwnThatIsDroppedAfterwards() throws Exception {
        SEEN.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SampleOne.class), selectClass(SampleTwo.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getFailures()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);

        TestDatabase one = SEEN.get("one");
        TestDatabase two = SEEN.get("two");
        assertThat(one.name()).startsWith("sample_one_");
        assertThat(two.name()).startsWith("sample_two_");
        assertThat(one.name()).isNotEqualTo(two.name());
        for (TestDatabase db : List.of(one, two)) {
            assertThat(db.isClosed()).isTrue();
            assertThat(Databases.exists(db.name())).as("%s dropped", db.name()).isFalse();
        }
    }

    @FreshDatabase
    static class SampleOne {

        @Test
        void test(TestDatabase db) throws Exception {
            assertThat(Databases.exists(db.name())).isTrue();
            assertThat(Databases.userRelations(db)).isZero();
            assertThat(Databases.currentDatabase(db)).isEqualTo(db.name());
            SEEN.put("one", db);
        }
    }

    @FreshDatabase
    static class SampleTwo {

        @Test
        void test(TestDatabase db) throws Exception {
            assertThat(Databases.exists(db.name())).isTrue();
            assertThat(Databases.userRelations(db)).isZero();
            SEEN.put("two", db);
        }
    }
}

package org.opsdb.migrations.autoconfigure.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ClassPreinitializer}: its list names classes that exist, and a missing one is skipped. */
class ClassPreinitializerTests {

    @Test
    void everyNamedClassLoads() {
        ClassLoader loader = getClass().getClassLoader();
        List<String> missing = ClassPreinitializer.CLASS_NAMES.stream().filter(name -> {
            try {
                Class.forName(name, false, loader);
                return false;
            } catch (ClassNotFoundException e) {
                return true;
            }
        }).toList();
        assertThat(missing).isEmpty();
        assertThat(ClassPreinitializer.CLASS_NAMES).doesNotHaveDuplicates();
    }

    @Test
    void aClassLoaderWithoutTheClassesIsNoFailure() {
        ClassLoader empty = new ClassLoader(null) {
        };
        assertThatCode(() -> new ClassPreinitializer(empty).run()).doesNotThrowAnyException();
    }
}

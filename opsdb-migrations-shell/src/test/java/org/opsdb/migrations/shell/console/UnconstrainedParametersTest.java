package org.opsdb.migrations.shell.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * {@link UnconstrainedParameters} stands in for a Bean Validation provider in one-shot runs, which is exact only
 * while no console command declares a constraint: every {@code @Command} method's parameters are checked here, and
 * the check itself is shown to catch one.
 */
class UnconstrainedParametersTest {

    @Test
    void noCommandParameterDeclaresAConstraint() {
        List<Method> methods = CommandRegistrar.commandMethods();
        assertThat(methods).hasSizeGreaterThan(20);
        List<String> constrained = methods.stream()
                .flatMap(method -> Arrays.stream(method.getParameters())
                        .filter(UnconstrainedParametersTest::constrained)
                        .map(parameter -> method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                                + parameter.getName() + ")"))
                .toList();
        assertThat(constrained).isEmpty();
    }

    @Test
    void theCheckFindsAConstrainedParameter() throws Exception {
        Method sample = Sample.class.getDeclaredMethod("run", String.class, String.class);
        assertThat(Arrays.stream(sample.getParameters()).map(UnconstrainedParametersTest::constrained))
                .containsExactly(true, false);
    }

    @Test
    void everyCallIsValid() throws Exception {
        Method sample = Sample.class.getDeclaredMethod("run", String.class, String.class);
        assertThat(new UnconstrainedParameters().forExecutables()
                .validateParameters(new Sample(), sample, new Object[] {null, null})).isEmpty();
    }

    private static boolean constrained(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation instanceof Valid || MergedAnnotations.from(annotation.annotationType())
                    .isPresent(Constraint.class)) {
                return true;
            }
        }
        return false;
    }

    static final class Sample {
        void run(@NotNull String constrained, String free) {
        }
    }
}

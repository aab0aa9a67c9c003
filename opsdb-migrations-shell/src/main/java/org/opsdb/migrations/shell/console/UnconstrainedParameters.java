package org.opsdb.migrations.shell.console;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The parameter validator of {@link OneShotConsole}'s commands, in place of the Bean Validation provider Spring
 * Shell otherwise builds for every command (Hibernate Validator, a tenth of a second to start): the console's
 * command methods declare no constraints (a test checks it), so every call is valid and this validator says so
 * without starting a provider. Only what Spring Shell's command adapter calls is supported.
 */
final class UnconstrainedParameters implements Validator, ExecutableValidator {

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
        return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
        return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
            Class<?>... groups) {
        return Set.of();
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        throw new ValidationException("The console's commands declare no constraints to describe");
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new ValidationException("Not a Bean Validation provider: " + type.getName());
    }

    @Override
    public ExecutableValidator forExecutables() {
        return this;
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateParameters(T object, Method method, Object[] parameterValues,
            Class<?>... groups) {
        return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateReturnValue(T object, Method method, Object returnValue,
            Class<?>... groups) {
        return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateConstructorParameters(Constructor<? extends T> constructor,
            Object[] parameterValues, Class<?>... groups) {
        return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(Constructor<? extends T> constructor,
            T createdObject, Class<?>... groups) {
        return Set.of();
    }
}

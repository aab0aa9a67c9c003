package org.opsdb.migrations.shell.console;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.shell.command.ConsoleCommands;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;

/**
 * Registers one Spring Shell command bean per {@code @Command} method of {@link ConsoleCommands#CLASSES}.
 * Spring Shell finds annotated commands only under the main class's package; a service's main class lives
 * elsewhere, so the console registers its commands itself (the registry ignores a second command of the same
 * name, so the standalone console, whose main class shares the package, gets each command once).
 */
final class CommandRegistrar implements ImportBeanDefinitionRegistrar {

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        for (Method method : commandMethods()) {
            registry.registerBeanDefinition("opsdbCommand." + method.getName(),
                    BeanDefinitionBuilder.genericBeanDefinition(CommandFactoryBean.class)
                            .addConstructorArgValue(method).getBeanDefinition());
        }
    }

    /** The {@code @Command} methods of {@link ConsoleCommands#CLASSES}. */
    static List<Method> commandMethods() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> type : ConsoleCommands.CLASSES) {
            for (Method method : type.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, Command.class)) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }
}

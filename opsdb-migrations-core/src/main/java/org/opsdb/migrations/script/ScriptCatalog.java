package org.opsdb.migrations.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opsdb.migrations.revision.RevisionException;
import org.opsdb.migrations.revision.RevisionGraph;

/** The loaded scripts by revision id, with the validated {@link RevisionGraph} built from them. */
public final class ScriptCatalog {

    private final Map<String, MigrationScript> byId;
    private final List<MigrationScript> scripts;
    private final RevisionGraph graph;

    private ScriptCatalog(Map<String, MigrationScript> byId, RevisionGraph graph) {
        this.byId = byId;
        this.scripts = List.copyOf(byId.values());
        this.graph = graph;
    }

    /**
     * Indexes scripts and builds their graph; a {@link RevisionException} if the graph is invalid (duplicate ids
     * name both sources).
     */
    public static ScriptCatalog of(List<MigrationScript> scripts) {
        RevisionGraph graph = RevisionGraph.of(scripts.stream().map(MigrationScript::revision).toList());
        Map<String, MigrationScript> byId = new LinkedHashMap<>();
        scripts.forEach(script -> byId.put(script.revision().id(), script));
        return new ScriptCatalog(byId, graph);
    }

    /** Loads the scripts of the given locations with a default {@link ScriptLoader} and indexes them. */
    public static ScriptCatalog load(List<String> locations, ClassLoader classLoader) {
        return of(new ScriptLoader().load(locations, classLoader));
    }

    /** The revision graph. */
    public RevisionGraph graph() {
        return graph;
    }

    /** All scripts, in load order. */
    public List<MigrationScript> scripts() {
        return scripts;
    }

    /** The script of a revision (exact id). */
    public Optional<MigrationScript> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The script of a revision (exact id); a {@link RevisionException} if there is none. */
    public MigrationScript get(String id) {
        return find(id).orElseThrow(() -> new RevisionException("Can't locate revision identified by '" + id + "'"));
    }
}

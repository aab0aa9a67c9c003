package org.opsdb.migrations.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a set of revisions must pass before it forms a graph: legal and unique ids, unique branch labels,
 * existing down revisions and depends-on targets, no cycles. Each failure is a {@link RevisionException} that
 * names the revisions and their sources.
 */
final class GraphValidator {

    /** Words that identifiers give a meaning to; a revision id or branch label may not be one of them. */
    static final Set<String> RESERVED = Set.of("base", "head", "heads", "current");

    private static final String ILLEGAL_CHARACTERS = "@-+:, ";

    private GraphValidator() {
    }

    /** Checks ids and returns the revisions by id, in the given order. */
    static Map<String, Revision> indexById(Collection<Revision> revisions) {
        Map<String, Revision> byId = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            checkName("Revision id", revision.id(), revision);
            Revision previous = byId.putIfAbsent(revision.id(), revision);
            if (previous != null) {
                throw new RevisionException("Revision " + revision.id() + " is defined twice: in "
                        + previous.source() + " and in " + revision.source());
            }
        }
        return byId;
    }

    /** Checks branch labels (legal, unique, not a revision id) and returns the labelled revision by label. */
    static Map<String, Revision> indexByLabel(Map<String, Revision> byId) {
        Map<String, Revision> byLabel = new HashMap<>();
        for (Revision revision : byId.values()) {
            for (String label : revision.branchLabels()) {
                checkName("Branch label", label, revision);
                if (byId.containsKey(label)) {
                    throw new RevisionException("Branch label '" + label + "' of " + describe(revision)
                            + " is also the id of " + describe(byId.get(label)));
                }
                Revision previous = byLabel.putIfAbsent(label, revision);
                if (previous != null && previous != revision) {
                    throw new RevisionException("Branch label '" + label + "' is used by both "
                            + describe(previous) + " and " + describe(revision));
                }
            }
        }
        return byLabel;
    }

    /** Checks that every down revision exists. */
    static void checkDownRevisions(Map<String, Revision> byId) {
        for (Revision revision : byId.values()) {
            for (String down : revision.downRevisions()) {
                if (!byId.containsKey(down)) {
                    throw new RevisionException(describe(revision) + " names down revision " + down
                            + ", which does not exist");
                }
            }
        }
    }

    /** Resolves every depends-on entry (an id or a branch label) to a revision id, checking that it exists. */
    static Map<String, List<String>> resolveDependencies(Map<String, Revision> byId, Map<String, Revision> byLabel) {
        Map<String, List<String>> resolved = new HashMap<>();
        for (Revision revision : byId.values()) {
            List<String> ids = new ArrayList<>();
            for (String dependency : revision.dependsOn()) {
                Revision target = byId.containsKey(dependency) ? byId.get(dependency) : byLabel.get(dependency);
                if (target == null) {
                    throw new RevisionException(describe(revision) + " depends on " + dependency
                            + ", which does not exist");
                }
                if (!ids.contains(target.id())) {
                    ids.add(target.id());
                }
            }
            resolved.put(revision.id(), List.copyOf(ids));
        }
        return resolved;
    }

    /**
     * Finds a cycle over down-revision and depends-on edges and reports the revisions on it, in walk order.
     *
     * @param edges every revision's down revisions followed by its resolved dependencies
     */
    static void checkAcyclic(Map<String, Revision> byId, Map<String, List<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String start : byId.keySet()) {
            if (!state.containsKey(start)) {
                List<String> path = new ArrayList<>();
                visit(start, edges, state, path, byId);
            }
        }
    }

    private static void visit(String id, Map<String, List<String>> edges, Map<String, Integer> state,
                              List<String> path, Map<String, Revision> byId) {
        // iterative depth-first search keeps deep histories (thousands of revisions) off the call stack
        record Frame(String id, int next) {
        }
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(id, 0));
        state.put(id, 1);
        path.add(id);
        while (!stack.isEmpty()) {
            Frame top = stack.remove(stack.size() - 1);
            List<String> targets = edges.get(top.id());
            if (top.next() < targets.size()) {
                stack.add(new Frame(top.id(), top.next() + 1));
                String target = targets.get(top.next());
                Integer targetState = state.get(target);
                if (targetState == null) {
                    state.put(target, 1);
                    path.add(target);
                    stack.add(new Frame(target, 0));
                } else if (targetState == 1) {
                    List<String> cycle = path.subList(path.indexOf(target), path.size());
                    throw new RevisionException("Cycle is detected in revisions " + cycle.stream()
                            .map(c -> c + sourceSuffix(byId.get(c))).collect(Collectors.joining(", ")));
                }
            } else {
                state.put(top.id(), 2);
                path.remove(path.size() - 1);
            }
        }
    }

    private static boolean hasIllegalCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (ILLEGAL_CHARACTERS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkName(String what, String name, Revision revision) {
        if (name.isBlank() || RESERVED.contains(name) || hasIllegalCharacter(name)) {
            throw new RevisionException(what + " '" + name + "' in " + revision.source()
                    + " is not allowed: it must not be blank, one of " + String.join(", ", RESERVED.stream()
                    .sorted().toList()) + ", or contain any of '" + ILLEGAL_CHARACTERS.strip() + "' or spaces");
        }
    }

    /** {@code Revision <id> (<source>)}, the way every message names a revision. */
    static String describe(Revision revision) {
        return "Revision " + revision.id() + sourceSuffix(revision);
    }

    /** {@code " (<source>)"}, or nothing when the revision has no source other than its id. */
    static String sourceSuffix(Revision revision) {
        return revision.source().equals(revision.id()) ? "" : " (" + revision.source() + ")";
    }
}

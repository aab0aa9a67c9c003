package org.opsdb.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the main code itself, read from the sources: DDL text is written only by the PostgreSQL dialect
 * ({@code org.opsdb.migrations.ddl}), so that every schema change the diff makes is an operation (and can be
 * rendered as a Java call); and no two packages of any module import each other, directly or through others.
 */
class MainCodeStructureTest {

    private static final Path CORE_SOURCES = Path.of("src/main/java");

    /** A string literal that starts a SQL statement changing a schema or rows. */
    private static final Pattern STATEMENT_LITERAL =
            Pattern.compile("\"(ALTER|CREATE|DROP|UPDATE|INSERT|DELETE|TRUNCATE|COMMENT|GRANT|REVOKE) ");

    /**
     * Files outside {@code ddl/} that may write such statements: the runtime's own bookkeeping tables (the version
     * and history tables), which are not schema operations, and one exception message. The lint package (below)
     * is exempt as a whole: it runs no SQL, its findings quote the statements they describe and the safe forms.
     */
    private static final Set<String> STATEMENTS_ALLOWED_IN = Set.of(
            "org/opsdb/migrations/runtime/VersionTable.java",
            "org/opsdb/migrations/runtime/HistoryTable.java",
            "org/opsdb/migrations/runtime/UpToDateMark.java",
            "org/opsdb/migrations/operations/DropIndex.java");

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.opsdb(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    @Test
    void ddlTextIsWrittenOnlyInTheDdlPackage() {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(CORE_SOURCES)) {
            String relative = CORE_SOURCES.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith("org/opsdb/migrations/ddl/") || relative.startsWith("org/opsdb/migrations/lint/")
                    || STATEMENTS_ALLOWED_IN.contains(relative)) {
                continue;
            }
            String code = withoutComments(read(file));
            Matcher statement = STATEMENT_LITERAL.matcher(code);
            while (statement.find()) {
                found.add(relative + ": " + code.substring(statement.start(),
                        Math.min(code.length(), statement.start() + 60)).lines().findFirst().orElse(""));
            }
        }
        assertThat(found).as("SQL statements written outside org.opsdb.migrations.ddl (make them operations)").isEmpty();
    }

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                for (Path file : javaFiles(module.resolve("src/main/java"))) {
                    String code = withoutStrings(read(file));
                    Matcher declared = PACKAGE.matcher(code);
                    if (!declared.find()) {
                        continue;
                    }
                    Set<String> used = imports.computeIfAbsent(declared.group(1), p -> new TreeSet<>());
                    Matcher reference = REFERENCE.matcher(code.substring(declared.end()));
                    while (reference.find()) {
                        if (!reference.group(1).equals(declared.group(1))) {
                            used.add(reference.group(1));
                        }
                    }
                }
            }
        }
        assertThat(imports).as("packages read").hasSizeGreaterThan(20);
        assertThat(cycles(imports)).as("groups of packages that use each other").isEmpty();
    }

    /** The strongly connected components of more than one package (Tarjan's algorithm). */
    private static List<Set<String>> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> cycles = new ArrayList<>();
        for (String start : edges.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, edges, index, low, stack, onStack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(String v, Map<String, Set<String>> edges, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> cycles) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, edges, index, low, stack, onStack, cycles);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code without block, javadoc and line comments (a {@code //} inside a string literal is kept). */
    private static String withoutComments(String code) {
        return scan(code, true);
    }

    /** The code without comments and with every string literal emptied. */
    private static String withoutStrings(String code) {
        return scan(code, false);
    }

    private static String scan(String code, boolean keepStrings) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(code, i);
                out.append(keepStrings ? code.substring(i, end) : "\"\"");
                i = end;
            } else if (c == '\'') {
                int end = code.indexOf('\'', code.charAt(i + 1) == '\\' ? i + 3 : i + 2) + 1;
                out.append(code, i, end);
                i = end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after the string literal (or text block) that starts at {@code start}. */
    private static int endOfString(String code, int start) {
        String quote = code.startsWith("\"\"\"", start) ? "\"\"\"" : "\"";
        int i = start + quote.length();
        while (i < code.length() && !code.startsWith(quote, i)) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(code.length(), i + quote.length());
    }
}

package org.opsdb.migrations.script;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Loads the migration scripts of several locations (see {@link MigrationLocation}) into one list. Every
 * {@code *.sql} file in a location must parse, and every migration class must load: nothing that looks like a
 * migration is skipped silently, except in hidden directories (see {@link #collectSqlFiles}); a file whose name ends
 * in {@code .sql} in another case ({@code .SQL}, {@code .Sql}) is refused. A directory location
 * that does not exist is an error, and so is a symbolic link to nothing in one; a classpath location with nothing
 * in it is just empty.
 *
 * <p>Order (which becomes the revision graph's input order): locations in the given order; within a location,
 * SQL files by source path, then Java classes by name.
 */
public final class ScriptLoader {

    private final ClasspathScanner scanner;
    private final SqlMigrationParser parser;

    /** A loader with a custom classpath scanner (e.g. one backed by Spring's resource resolver). */
    public ScriptLoader(ClasspathScanner scanner) {
        this.scanner = scanner;
        this.parser = new SqlMigrationParser();
    }

    /** A loader that scans the classpath with ClassGraph. */
    public ScriptLoader() {
        this(new ClassGraphScanner());
    }

    /** Loads every script of the given locations. */
    public List<MigrationScript> load(List<String> locations, ClassLoader classLoader) {
        return find(locations, classLoader).scripts();
    }

    /**
     * Reads every SQL script of the given locations and finds the Java migrations by name, without parsing the
     * scripts or loading those classes: {@link Found#scripts()} does both, on the thread that takes the scripts, so
     * that a class's static initializer runs (and fails) there, the same way whichever thread found it, and so that
     * a caller who needs only {@link Found#fingerprint()} never parses at all. A location that cannot be read, a
     * symbolic link to nothing, or a file that is not UTF-8 or holds a NUL character, fails here.
     */
    public Found find(List<String> locations, ClassLoader classLoader) {
        List<ScriptResource> sql = new ArrayList<>();
        List<Supplier<MigrationScript>> found = new ArrayList<>();
        int classes = 0;
        for (String text : locations) {
            MigrationLocation location = MigrationLocation.parse(text);
            List<ScriptResource> read = new ArrayList<>();
            List<String> classNames = List.of();
            if (location instanceof MigrationLocation.Classpath classpath) {
                for (ScriptResource resource : scanner.sqlResources(classpath.resourcePath(), classLoader)) {
                    if (!isHidden(resource, classpath.resourcePath())) {
                        read.add(resource);
                    }
                }
                read.sort(Comparator.comparing(ScriptResource::source));
                classNames = scanner.migrationClassNames(classpath.packageName(), classLoader);
            } else {
                read.addAll(readDirectory((MigrationLocation.Directory) location));
            }
            for (ScriptResource resource : read) {
                refuseMiscasedExtension(resource.source(), resource.fileName());
                refuseNul(resource);
                found.add(() -> parser.parse(resource));
            }
            for (String className : classNames) {
                found.add(() -> JavaMigrationScript.of(loadClass(className, classLoader)));
            }
            sql.addAll(read);
            classes += classNames.size();
        }
        return new Found(found, sql, classes > 0);
    }

    /** What {@link #find} found: SQL scripts read but not parsed, Java migrations still to load. */
    public static final class Found {

        private final List<Supplier<MigrationScript>> scripts;
        private final List<ScriptResource> sqlResources;
        private final boolean loadsClasses;
        private List<MigrationScript> taken;

        private Found(List<Supplier<MigrationScript>> scripts, List<ScriptResource> sqlResources,
                      boolean loadsClasses) {
            this.scripts = List.copyOf(scripts);
            this.sqlResources = List.copyOf(sqlResources);
            this.loadsClasses = loadsClasses;
        }

        /**
         * The {@link ScriptSetFingerprint} of the SQL scripts; empty when there are Java migrations too, whose
         * revisions a fingerprint of names cannot vouch for.
         */
        public Optional<String> fingerprint() {
            return loadsClasses ? Optional.empty() : Optional.of(ScriptSetFingerprint.of(sqlResources));
        }

        /**
         * The scripts in load order, parsed (a {@link ScriptException} naming the file and line if one is
         * malformed) and the Java migrations loaded, now, on this thread; the same list on every later call.
         */
        public synchronized List<MigrationScript> scripts() {
            if (taken == null) {
                List<MigrationScript> loaded = new ArrayList<>(scripts.size());
                scripts.forEach(script -> loaded.add(script.get()));
                taken = List.copyOf(loaded);
            }
            return taken;
        }
    }

    private static List<ScriptResource> readDirectory(MigrationLocation.Directory location) {
        Path root = location.path();
        List<Path> files = new ArrayList<>();
        try {
            BasicFileAttributes attributes = directoryAttributes(location);
            Set<Object> directories = new HashSet<>();
            directories.add(key(attributes, root));
            collectSqlFiles(location, root.toFile(), directories, new HashMap<>(), files);
        } catch (IOException e) {
            throw new ScriptException("Migration location '" + location.text() + "' cannot be read: " + e.getMessage(), e);
        }
        Collections.sort(files);
        List<ScriptResource> resources = new ArrayList<>(files.size());
        for (Path file : files) {
            resources.add(read(file));
        }
        return resources;
    }

    /** The attributes of a location's directory, which must exist. */
    private static BasicFileAttributes directoryAttributes(MigrationLocation.Directory location) throws IOException {
        Path root = location.path();
        BasicFileAttributes attributes = null;
        try {
            attributes = Files.readAttributes(root, BasicFileAttributes.class);
        } catch (NoSuchFileException missing) {
            // said below
        }
        if (attributes == null || !attributes.isDirectory()) {
            throw new ScriptException("Migration location '" + location.text() + "' "
                    + (attributes != null ? "is not a directory" : Files.isSymbolicLink(root)
                    ? "is a symbolic link to " + target(root) + ", which does not exist" : "does not exist")
                    + " (" + root.toAbsolutePath() + ")");
        }
        return attributes;
    }

    /**
     * Adds the {@code *.sql} files under a directory, at any depth, with plain directory listings (a stream walk
     * costs a cold JVM several times more). Symbolic links to files and directories are followed, sub-directories
     * in name order; a directory already walked is not walked again (nor is a link loop), and a file already found
     * under the same name is not added again (a link to it: the smaller path names it); a link to nothing is an
     * error. Hidden entries (names starting with a dot) are skipped, as Flyway skips hidden directories: the
     * {@code ..data} link and the {@code ..2026_12_04_...} directory of a Kubernetes ConfigMap volume (whose files
     * are links through them), {@code .git}, editors' lock files.
     *
     * @param directories the directories walked, by {@link #key}
     * @param byName      the first file found of each name
     */
    private static void collectSqlFiles(MigrationLocation.Directory location, File directory, Set<Object> directories,
                                        Map<String, Path> byName, List<Path> files) throws IOException {
        String[] names = directory.list();
        if (names == null) {
            throw new IOException(directory + ": the directory cannot be listed");
        }
        Map<String, Object> subdirectories = new TreeMap<>();
        for (String name : names) {
            if (name.startsWith(".")) {
                continue;
            }
            File file = new File(directory, name);
            if (name.endsWith(".sql") && file.isFile()) {
                add(file.toPath(), name, byName, files); // the common case: one stat, as java.io.File makes it
                continue;
            }
            Path path = file.toPath();
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                if (!Files.exists(path)) {
                    throw new ScriptException("Migration location '" + location.text() + "': " + path
                            + " is a symbolic link to " + target(path) + ", which does not exist");
                }
                attributes = Files.readAttributes(path, BasicFileAttributes.class);
            }
            if (attributes.isDirectory()) {
                subdirectories.put(name, key(attributes, path));
            } else if (attributes.isRegularFile()) {
                refuseMiscasedExtension(path.toString(), name);
            }
        }
        for (Map.Entry<String, Object> subdirectory : subdirectories.entrySet()) {
            if (directories.add(subdirectory.getValue())) {
                collectSqlFiles(location, new File(directory, subdirectory.getKey()), directories, byName, files);
            }
        }
    }

    /** Adds a found file unless it is one already found under the same name (names seldom repeat). */
    private static void add(Path file, String name, Map<String, Path> byName, List<Path> files) throws IOException {
        if (byName.putIfAbsent(name, file) != null) {
            for (int i = 0; i < files.size(); i++) {
                Path other = files.get(i);
                if (other.getFileName().toString().equals(name) && Files.isSameFile(other, file)) {
                    files.set(i, other.compareTo(file) <= 0 ? other : file);
                    return;
                }
            }
        }
        files.add(file);
    }

    /** What identifies a directory however it is reached: its file key (device and inode), else its real path. */
    private static Object key(BasicFileAttributes attributes, Path path) throws IOException {
        return attributes.fileKey() != null ? attributes.fileKey() : path.toRealPath();
    }

    /** Where a symbolic link points, as it is written. */
    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static ScriptResource read(Path file) {
        byte[] bytes;
        try (InputStream in = new FileInputStream(file.toFile())) {
            bytes = in.readAllBytes(); // a plain stream: half the cost of Files.readString in a cold JVM
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return new ScriptResource(file.toString(), file.getFileName().toString(), utf8(bytes));
        } catch (CharacterCodingException e) {
            throw new ScriptException(file + ": is not UTF-8 text", e);
        }
    }

    /**
     * The text of UTF-8 bytes; malformed input is an error, not replaced. The JDK's lenient decoding is the fast
     * path; only a text with a replacement character in it (malformed input, or a real U+FFFD) is decoded again
     * strictly.
     */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        }
        return text;
    }

    /**
     * Whether a classpath resource lies in a hidden directory below its location (one whose name starts with a dot),
     * which a directory location skips too (see {@link #collectSqlFiles}): e.g. a ConfigMap volume on the classpath.
     */
    private static boolean isHidden(ScriptResource resource, String resourcePath) {
        String source = resource.source();
        String below = !resourcePath.isEmpty() && source.startsWith(resourcePath + "/")
                ? source.substring(resourcePath.length() + 1) : source;
        return below.startsWith(".") || below.contains("/.");
    }

    /**
     * A file named {@code *.SQL} or {@code *.Sql} looks like a SQL revision to its author but is not one
     * ({@code .sql} is matched exactly, as Flyway and Alembic match their suffixes): it is refused, naming the file,
     * rather than skipped, where it would leave its revision out of every run without a word.
     */
    static void refuseMiscasedExtension(String source, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot);
        if (!extension.equals(".sql") && extension.equalsIgnoreCase(".sql")) {
            throw new ScriptException(source + ": has extension " + extension + "; SQL revisions must end in"
                    + " lower-case .sql (rename it " + fileName.substring(0, dot) + ".sql)");
        }
    }

    /**
     * A NUL character is no part of a SQL script (PostgreSQL refuses it in a statement, and it usually means a
     * binary or UTF-16 file): it is named, with its line, when the scripts are read.
     */
    private static void refuseNul(ScriptResource resource) {
        String text = resource.text();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            String before = SqlMigrationScript.normalize(text.substring(0, nul));
            long line = 1 + before.chars().filter(c -> c == '\n').count();
            throw new ScriptException(resource.source() + ":" + line + ": contains a NUL character (byte 0x00);"
                    + " a migration script must be UTF-8 text");
        }
    }

    private static Class<?> loadClass(String name, ClassLoader classLoader) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ScriptException(name + ": cannot be loaded: " + e, e);
        }
    }
}

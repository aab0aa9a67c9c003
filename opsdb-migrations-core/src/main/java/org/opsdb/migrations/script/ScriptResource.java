package org.opsdb.migrations.script;

/**
 * A SQL migration file found in a location.
 *
 * @param source   how messages name it: the resource path ({@code db/migrations/3f9c1a2b7d4e_add_foo.sql}) or the
 *                 file path
 * @param fileName the file name alone, which must start with the revision id
 * @param text     the file's content
 */
public record ScriptResource(String source, String fileName, String text) {
}

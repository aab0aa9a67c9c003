package org.opsdb.migrations.runtime;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a PostgreSQL JDBC URL ({@code jdbc:postgresql://host1:port1,host2/database?name=value&…}) that
 * connection errors and timeout defaults need: the servers, as {@code host:port} (5432 and {@code localhost} when
 * left out), and the parameters. Lenient: it never fails, the driver judges the syntax.
 *
 * @param servers    {@code host:port} of each server the URL names
 * @param parameters the URL's parameters, by name as written
 */
record PostgresUrl(List<String> servers, Map<String, String> parameters) {

    private static final String PREFIX = "jdbc:postgresql:";
    private static final String DEFAULT_PORT = "5432";

    /** The URL's parts, or {@code null} when it is not a PostgreSQL JDBC URL. */
    static PostgresUrl parse(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals), decode(pair.substring(equals + 1)));
                }
            }
            rest = rest.substring(0, query);
        }
        List<String> servers = new ArrayList<>();
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String authority = rest.substring(2, slash < 0 ? rest.length() : slash);
            for (String server : authority.split(",")) {
                servers.add(withPort(server.strip()));
            }
        }
        if (servers.isEmpty()) {
            servers.add("localhost:" + DEFAULT_PORT);
        }
        return new PostgresUrl(List.copyOf(servers), Map.copyOf(parameters));
    }

    /**
     * {@code url} naming {@code database} instead of its own (servers and parameters kept), or {@code null} when it is
     * not a PostgreSQL JDBC URL: {@code jdbc:postgresql://h:5433/ops?ssl=true} → {@code jdbc:postgresql://h:5433/NEW?ssl=true}.
     */
    static String withDatabase(String url, String database) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String parameters = query < 0 ? "" : rest.substring(query);
        String path = query < 0 ? rest : rest.substring(0, query);
        String name = URLEncoder.encode(database, StandardCharsets.UTF_8);
        if (!path.startsWith("//")) {
            return url.substring(0, PREFIX.length()) + name + parameters;
        }
        int slash = path.indexOf('/', 2);
        String authority = path.substring(0, slash < 0 ? path.length() : slash);
        return url.substring(0, PREFIX.length()) + authority + "/" + name + parameters;
    }

    /** The servers, comma-separated: {@code 127.0.0.1:5432}. */
    String serverList() {
        return String.join(", ", servers);
    }

    /** A parameter's value as a whole number of seconds; -1 when the URL does not set it or it is no number. */
    int seconds(String name) {
        try {
            return Integer.parseInt(parameters.getOrDefault(name, "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String withPort(String server) {
        String host = server.isEmpty() ? "localhost" : server;
        int bracket = host.lastIndexOf(']');
        return host.indexOf(':', bracket + 1) >= 0 ? host : host + ":" + DEFAULT_PORT;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}

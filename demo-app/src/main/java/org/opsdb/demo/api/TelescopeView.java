package org.opsdb.demo.api;

import java.util.List;
import java.util.UUID;

/** A telescope as the API shows it, with the names of its instruments. */
public record TelescopeView(UUID id, String name, String observatory, double diameterM, List<String> instruments) {
}

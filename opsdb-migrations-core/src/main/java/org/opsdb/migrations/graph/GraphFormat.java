package org.opsdb.migrations.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** The pictures of a {@link GraphModel}, by the name {@code graph --format} takes. */
public enum GraphFormat {

    /** {@link TextGraph}: the terminal drawing. */
    TEXT(TextGraph::render),
    /** {@link MermaidGraph}: a Mermaid flowchart. */
    MERMAID(MermaidGraph::render),
    /** {@link DotGraph}: Graphviz DOT. */
    DOT(DotGraph::render);

    private final Function<GraphModel, String> renderer;

    GraphFormat(Function<GraphModel, String> renderer) {
        this.renderer = renderer;
    }

    /** The picture, ending with a line break (the text drawing of an empty model is empty). */
    public String render(GraphModel model) {
        return renderer.apply(model);
    }

    /** The name as {@code --format} takes it: {@code text}, {@code mermaid}, {@code dot}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of this name (any case); an {@link IllegalArgumentException} naming the formats otherwise. */
    public static GraphFormat of(String name) {
        return Arrays.stream(values()).filter(f -> f.value().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + name + "'; use text, mermaid"
                        + " or dot"));
    }
}

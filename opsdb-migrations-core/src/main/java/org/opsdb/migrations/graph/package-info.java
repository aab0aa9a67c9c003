/**
 * The revision graph as a picture: {@link org.opsdb.migrations.graph.GraphModel} (the nodes and edges to draw, built
 * from a {@link org.opsdb.migrations.revision.RevisionGraph}, optionally a range of it, with long linear runs folded)
 * and one renderer per {@link org.opsdb.migrations.graph.GraphFormat}: Mermaid {@code flowchart}, Graphviz DOT and a
 * terminal drawing in the style of {@code git log --graph}. Knows no database: the current revisions are given.
 */
package org.opsdb.migrations.graph;

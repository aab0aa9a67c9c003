package org.opsdb.benchmarks.harness.fleet;

import java.util.List;
import org.opsdb.benchmarks.harness.history.SchemaStep;

/**
 * The five revisions every tenant schema gets, the same DDL for every tool: two tables, a column and an index, a
 * foreign key, a view. Names are unqualified: each tool puts them in the tenant's schema through the search path.
 */
final class FleetHistory {

    /** The view the last revision creates: a schema that has it is at head. */
    static final String LAST_OBJECT = "customer_totals";

    private FleetHistory() {
    }

    /** The five steps, in order. */
    static List<SchemaStep> steps() {
        return List.of(
                new SchemaStep(1, "create table customer",
                        "CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(100) NOT NULL)",
                        "DROP TABLE customer"),
                new SchemaStep(2, "create table orders",
                        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL,"
                                + " total numeric(12,2) NOT NULL DEFAULT 0)",
                        "DROP TABLE orders"),
                new SchemaStep(3, "add column orders placed_at and its index",
                        "ALTER TABLE orders ADD COLUMN placed_at timestamptz;\n"
                                + "CREATE INDEX ix_orders_customer ON orders (customer_id, placed_at)",
                        "DROP INDEX ix_orders_customer;\nALTER TABLE orders DROP COLUMN placed_at"),
                new SchemaStep(4, "add foreign key fk_orders_customer",
                        "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id)"
                                + " REFERENCES customer (id)",
                        "ALTER TABLE orders DROP CONSTRAINT fk_orders_customer"),
                new SchemaStep(5, "create view " + LAST_OBJECT,
                        "CREATE VIEW " + LAST_OBJECT + " AS SELECT c.id, c.name, sum(o.total) AS total"
                                + " FROM customer c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name",
                        "DROP VIEW " + LAST_OBJECT));
    }
}

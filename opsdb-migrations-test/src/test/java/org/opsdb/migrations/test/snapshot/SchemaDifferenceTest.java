package org.opsdb.migrations.test.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a difference between two snapshots reads in words: one entry per object, paired by kind and name. */
class SchemaDifferenceTest {

    @Test
    void anObjectOnBothSidesIsOneEntryWithBothDefinitionsAndAnyOtherLineSaysWhereItIs() {
        SchemaDifference difference = SchemaDifference.between(List.of(
                "column observation.uuid uuid NOT NULL DEFAULT gen_random_uuid()",
                "constraint observation.pk_observation PRIMARY KEY (id)",
                "function label(i integer, j text): CREATE OR REPLACE FUNCTION public.label(i integer, j text) v1",
                "index CREATE INDEX ix_a ON public.observation USING btree (a)",
                "table observation",
                "view names: SELECT 1;"), List.of(
                "column observation.uuid uuid NOT NULL",
                "constraint observation.observation_pkey PRIMARY KEY (id)",
                "function label(i integer, j text): CREATE OR REPLACE FUNCTION public.label(i integer, j text) v2",
                "index CREATE INDEX ix_a ON public.observation USING btree (a, b)",
                "table observation",
                "view names: SELECT 2;"));

        assertThat(difference.describe("before", "after")).isEqualTo(String.join("; ",
                "column observation.uuid: uuid NOT NULL DEFAULT gen_random_uuid() before, uuid NOT NULL after",
                "constraint observation.observation_pkey PRIMARY KEY (id) only after",
                "constraint observation.pk_observation PRIMARY KEY (id) only before",
                "function label(i integer, j text): CREATE OR REPLACE FUNCTION public.label(i integer, j text) v1"
                        + " before, CREATE OR REPLACE FUNCTION public.label(i integer, j text) v2 after",
                "index ix_a: CREATE INDEX ix_a ON public.observation USING btree (a) before,"
                        + " CREATE INDEX ix_a ON public.observation USING btree (a, b) after",
                "view names: SELECT 1; before, SELECT 2; after"));
    }

    @Test
    void linesThatShareANameOnOneSideAreNotPaired() {
        SchemaDifference difference = SchemaDifference.between(
                List.of("sequence s bigint start 1", "sequence s integer start 1"), List.of("sequence s smallint start 1"));

        assertThat(difference.describe("before", "after")).isEqualTo("sequence s bigint start 1 only before;"
                + " sequence s integer start 1 only before; sequence s smallint start 1 only after");
        assertThat(SchemaDifference.between(List.of("table t"), List.of("table t")).describe("before", "after"))
                .isEmpty();
    }
}

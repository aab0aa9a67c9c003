package org.opsdb.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.TestMethodOrder;
import org.opsdb.demo.api.ObservationView;
import org.opsdb.demo.api.TelescopeView;
import org.opsdb.demo.observation.ObservationStatus;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Boots the demo against a fresh PostgreSQL database (embedded server off): every revision is applied before JPA
 * validates the entities, the REST API lists and records observations, and a second start finds nothing pending.
 */
@ResourceLock(SpringBootLogging.LOCK)
@FreshDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "opsdb.demo.embedded.enabled=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoApplicationTest {

    static final String HEAD = "d289faf11f26";

    static final List<String> UPGRADE_ORDER = List.of("1b3d596c1773", "22ea3012d546", "74e6b25fd6f8", "a28bf9d0ef39",
            "b42c08c72e40", "b0cd85f274b6", "b7b41095bc5c", "0d8b84aceca2", HEAD);

    private static TestDatabase db;

    @BeforeAll
    static void database(TestDatabase database) {
        db = database;
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        TestDatabaseProperties.register(registry, () -> db);
    }

    @LocalServerPort
    int port;

    @Autowired
    Migrations migrations;

    @Autowired
    Environment environment;

    @Test
    @Order(1)
    void bootAppliedEveryRevisionInOrderBeforeJpa() throws Exception {
        assertThat(this.migrations.current()).extracting(Revision::id).containsExactly(HEAD);
        assertThat(this.migrations.pending()).isEmpty();
        assertThat(upgradesInHistory()).containsExactlyElementsOf(UPGRADE_ORDER);
        try (Connection c = db.openConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT enum_range(NULL::observationstatus)::text, "
                        + "enum_range(NULL::datastate)::text, (SELECT count(*) FROM source WHERE frame = 'ICRS')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("{PLANNED,RUNNING,COMPLETED,FAILED,ABORTED}");
            assertThat(rs.getString(2)).isEqualTo("{CREATED,TRANSFERRING,ARCHIVED,DELETED}");
            assertThat(rs.getInt(3)).isEqualTo(3);
        }
        assertThat(ReadyLogger.readyLine(this.environment))
                .isEqualTo("opsdb demo ready: http://localhost:" + this.port + "/api/observations — database "
                        + db.jdbcUrl().replaceFirst("\\?.*", ""));
    }

    @Test
    @Order(2)
    void apiListsTelescopesAndListsAndRecordsObservations() {
        RestClient api = RestClient.create("http://localhost:" + this.port);
        TelescopeView[] telescopes = api.get().uri("/api/telescopes").retrieve().body(TelescopeView[].class);
        assertThat(telescopes).extracting(TelescopeView::name, TelescopeView::observatory, TelescopeView::instruments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fred Young Submillimeter Telescope",
                        "CCAT Observatory, Cerro Chajnantor", List.of("CHAI", "Prime-Cam")));
        assertThat(api.get().uri("/api/observations").retrieve().body(ObservationView[].class)).isEmpty();

        ResponseEntity<ObservationView> created = api.post().uri("/api/observations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unit", "Orion KL [CII] map", "status", "ABORTED", "observer", "jdoe",
                        "startedAt", "2026-11-25T03:00:00Z", "conditions", Map.of("pwv_mm", 0.6)))
                .retrieve().toEntity(ObservationView.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ObservationView view = created.getBody();
        assertThat(view.unit()).isEqualTo("Orion KL [CII] map");
        assertThat(view.program()).isEqualTo("EOR-2026");
        assertThat(view.source()).isEqualTo("Orion KL");
        assertThat(view.status()).isEqualTo(ObservationStatus.ABORTED);
        assertThat(view.observer()).isEqualTo("jdoe");
        assertThat(view.conditions()).isEqualTo(Map.of("pwv_mm", 0.6));
        assertThat(created.getHeaders().getLocation()).hasToString("/api/observations/" + view.id());

        assertThat(api.get().uri("/api/observations").retrieve().body(ObservationView[].class))
                .extracting(ObservationView::id, ObservationView::status, ObservationView::startedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(view.id(), ObservationStatus.ABORTED,
                        java.time.OffsetDateTime.parse("2026-11-25T03:00:00Z")));

        assertThatThrownBy(() -> api.post().uri("/api/observations").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unit", "Crab")).retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(HttpClientErrorException.BadRequest.class, ex -> assertThat(
                        ex.getResponseBodyAsString()).contains("\"detail\":\"Unknown observation unit 'Crab'; "
                                + "known units: ELAIS-S1 deep field, Orion KL [CII] map, Sgr B2 continuum\""));
        assertThatThrownBy(() -> api.post().uri("/api/observations").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "PLANNED")).retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(HttpClientErrorException.BadRequest.class, ex -> assertThat(
                        ex.getResponseBodyAsString()).contains("\"detail\":\"Missing observation unit; "
                                + "known units: ELAIS-S1 deep field, Orion KL [CII] map, Sgr B2 continuum\""));
    }

    @Test
    @Order(3)
    void secondStartFindsNothingPending() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(OpsDbDemoApplication.class)
                .run("--opsdb.demo.embedded.enabled=false", "--server.port=0",
                        "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + (db.password() == null ? "" : db.password()))) {
            Migrations again = second.getBean(Migrations.class);
            assertThat(again.pending()).isEmpty();
            assertThat(again.current()).extracting(Revision::id).containsExactly(HEAD);
        }
        assertThat(upgradesInHistory()).as("nothing applied by the second start").containsExactlyElementsOf(UPGRADE_ORDER);
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void actuatorExposesHealthWithTheMigrationsContributorAndTheMigrationsEndpoint() {
        RestClient api = RestClient.create("http://localhost:" + this.port);
        Map<String, Object> health = api.get().uri("/actuator/health").retrieve().body(Map.class);
        assertThat(health).containsEntry("status", "UP");
        Map<String, Object> contributor = (Map<String, Object>) ((Map<String, Object>) health.get("components"))
                .get("migrations");
        assertThat(contributor).containsEntry("status", "UP").containsEntry("details",
                Map.of("current", List.of(HEAD), "heads", List.of(HEAD), "pending", List.of()));
        Map<String, Object> endpoint = api.get().uri("/actuator/migrations").retrieve().body(Map.class);
        assertThat(endpoint).containsEntry("current", List.of(HEAD)).containsEntry("heads", List.of(HEAD))
                .containsEntry("pending", List.of()).containsEntry("drifted", List.of());
        assertThat((List<Map<String, Object>>) endpoint.get("history")).extracting(row -> row.get("revision"))
                .containsExactlyElementsOf(UPGRADE_ORDER);
        String graph = api.get().uri("/actuator/migrations/graph").retrieve().body(String.class);
        assertThat(graph).startsWith("{\"nodes\":[{\"id\":\"" + HEAD + "\",\"message\":\"primary keys and timestamps as"
                + " the entities map them (PostgreSQL's key names, timestamp(6)), so init and upgrade build one schema\","
                + "\"labels\":[],\"head\":true,\"base\":false,\"merge\":false,\"current\":true},")
                .contains("{\"from\":\"a28bf9d0ef39\",\"to\":\"b42c08c72e40\",\"kind\":\"parent\"},"
                        + "{\"from\":\"74e6b25fd6f8\",\"to\":\"b42c08c72e40\",\"kind\":\"parent\"}")
                .endsWith("{\"from\":\"1b3d596c1773\",\"to\":\"22ea3012d546\",\"kind\":\"parent\"}]}");
        assertThatThrownBy(() -> api.get().uri("/actuator/migrations/other").retrieve().body(String.class))
                .isInstanceOf(HttpClientErrorException.NotFound.class);
    }

    private static List<String> upgradesInHistory() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT revision FROM opsdb_migration_history WHERE direction = 'up' ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString("revision"));
            }
        }
        return ids;
    }
}

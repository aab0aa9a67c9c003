package db.migrations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.script.Migration;
import org.opsdb.migrations.script.MigrationRevision;

/** Data migration: the observatory, its telescope and instruments, a programme, sources and observation units. */
@MigrationRevision(id = "22ea3012d546", down = "1b3d596c1773", message = "reference data: FYST, its instruments, a programme, sources",
        createDate = "2026-11-20T16:00:00Z")
public class SeedReferenceData implements Migration {

    static final UUID OBSERVATORY = UUID.fromString("6f1c2a10-0000-4000-8000-000000000001");
    static final UUID FYST = UUID.fromString("6f1c2a10-0000-4000-8000-000000000002");
    static final UUID PRIME_CAM = UUID.fromString("6f1c2a10-0000-4000-8000-000000000003");
    static final UUID CHAI = UUID.fromString("6f1c2a10-0000-4000-8000-000000000004");
    static final UUID EOR_SPEC = UUID.fromString("6f1c2a10-0000-4000-8000-000000000005");
    static final UUID MODULE_280 = UUID.fromString("6f1c2a10-0000-4000-8000-000000000006");
    static final UUID LFA = UUID.fromString("6f1c2a10-0000-4000-8000-000000000007");
    static final UUID PROGRAM = UUID.fromString("6f1c2a10-0000-4000-8000-000000000008");
    static final UUID ORION = UUID.fromString("6f1c2a10-0000-4000-8000-000000000009");
    static final UUID SGR_B2 = UUID.fromString("6f1c2a10-0000-4000-8000-00000000000a");
    static final UUID ELAIS_S1 = UUID.fromString("6f1c2a10-0000-4000-8000-00000000000b");
    static final UUID UNIT_EOR = UUID.fromString("6f1c2a10-0000-4000-8000-00000000000c");
    static final UUID UNIT_ORION = UUID.fromString("6f1c2a10-0000-4000-8000-00000000000d");
    static final UUID UNIT_SGR = UUID.fromString("6f1c2a10-0000-4000-8000-00000000000e");

    @Override
    public void upgrade(Operations op) {
        op.bulkInsert("observatory", List.of(row("id", OBSERVATORY, "name", "CCAT Observatory, Cerro Chajnantor",
                "latitude_deg", -22.9857, "longitude_deg", -67.7402, "altitude_m", 5612.0)));
        op.bulkInsert("telescope", List.of(row("id", FYST, "observatory_id", OBSERVATORY,
                "name", "Fred Young Submillimeter Telescope", "diameter_m", 6.0)));
        op.bulkInsert("instrument", List.of(
                row("id", PRIME_CAM, "telescope_id", FYST, "name", "Prime-Cam", "kind", "camera",
                        "configuration", "{\"modules\": 7, \"cryostat\": \"1.8 m\"}"),
                row("id", CHAI, "telescope_id", FYST, "name", "CHAI", "kind", "heterodyne",
                        "configuration", "{\"pixels_per_array\": 64}")));
        op.bulkInsert("instrument_module", List.of(
                row("id", EOR_SPEC, "instrument_id", PRIME_CAM, "name", "EoR-Spec", "pixel_count", 6912,
                        "frequency_ghz", 262.5),
                row("id", MODULE_280, "instrument_id", PRIME_CAM, "name", "280 GHz", "pixel_count", 10368,
                        "frequency_ghz", 280.0),
                row("id", LFA, "instrument_id", CHAI, "name", "LFA", "pixel_count", 64, "frequency_ghz", 492.0)));
        op.bulkInsert("observing_program", List.of(row("id", PROGRAM, "code", "EOR-2026",
                "title", "Line intensity mapping of the epoch of reionisation", "principal_investigator", "A. Observer")));
        op.bulkInsert("source", List.of(
                row("id", ORION, "name", "Orion KL", "ra_deg", 83.8092, "dec_deg", -5.3725),
                row("id", SGR_B2, "name", "Sgr B2", "ra_deg", 266.8342, "dec_deg", -28.3850),
                row("id", ELAIS_S1, "name", "ELAIS-S1", "ra_deg", 9.6375, "dec_deg", -43.9833)));
        op.bulkInsert("observation_unit", List.of(
                row("id", UNIT_EOR, "program_id", PROGRAM, "source_id", ELAIS_S1, "instrument_module_id", EOR_SPEC,
                        "name", "ELAIS-S1 deep field", "requested_minutes", 240),
                row("id", UNIT_ORION, "program_id", PROGRAM, "source_id", ORION, "instrument_module_id", LFA,
                        "name", "Orion KL [CII] map", "requested_minutes", 90),
                row("id", UNIT_SGR, "program_id", PROGRAM, "source_id", SGR_B2, "instrument_module_id", MODULE_280,
                        "name", "Sgr B2 continuum", "requested_minutes", 60)));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM executed_observation WHERE observation_unit_id IN (" + ids(UNIT_EOR, UNIT_ORION, UNIT_SGR) + ")");
        op.execute("DELETE FROM observation_unit WHERE id IN (" + ids(UNIT_EOR, UNIT_ORION, UNIT_SGR) + ")");
        op.execute("DELETE FROM source WHERE id IN (" + ids(ORION, SGR_B2, ELAIS_S1) + ")");
        op.execute("DELETE FROM observing_program WHERE id IN (" + ids(PROGRAM) + ")");
        op.execute("DELETE FROM instrument_module WHERE id IN (" + ids(EOR_SPEC, MODULE_280, LFA) + ")");
        op.execute("DELETE FROM instrument WHERE id IN (" + ids(PRIME_CAM, CHAI) + ")");
        op.execute("DELETE FROM telescope WHERE id IN (" + ids(FYST) + ")");
        op.execute("DELETE FROM observatory WHERE id IN (" + ids(OBSERVATORY) + ")");
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static String ids(UUID... ids) {
        StringBuilder sb = new StringBuilder();
        for (UUID id : ids) {
            sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(id).append('\'');
        }
        return sb.toString();
    }
}

package org.opsdb.migrations.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shard rule: CRC32 of the UTF-8 bytes of a target's name mod N; the option and the Kubernetes environment. */
class FleetShardTest {

    private static final List<FleetTarget> TWELVE = FleetTargets.schemas(
            IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("t_%03d", i)).toList());

    private static List<String> names(List<FleetTarget> targets) {
        return targets.stream().map(FleetTarget::name).toList();
    }

    @Test
    void eachTargetGoesToTheShardOfItsNamesCrc32ModTheCount() {
        // zlib.crc32(b"t_001") = 4092427711, mod 4 = 3; and so on
        assertThat(names(new FleetShard(0, 4).select(TWELVE))).containsExactly("t_004", "t_006", "t_010", "t_012");
        assertThat(names(new FleetShard(1, 4).select(TWELVE))).containsExactly("t_002", "t_009");
        assertThat(names(new FleetShard(2, 4).select(TWELVE))).containsExactly("t_005", "t_007", "t_011");
        assertThat(names(new FleetShard(3, 4).select(TWELVE))).containsExactly("t_001", "t_003", "t_008");
        assertThat(FleetShard.of(FleetTarget.schema("mandant_ä"), 4)).isEqualTo(3);
        assertThat(FleetShard.of(FleetTarget.schema("Tenant_A"), 5)).isEqualTo(4);
        assertThat(new FleetShard(0, 1).select(TWELVE)).isEqualTo(TWELVE);
    }

    @Test
    void theShardsCoverEveryTargetExactlyOnce() {
        for (int count = 1; count <= 7; count++) {
            List<FleetTarget> union = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                union.addAll(new FleetShard(index, count).select(TWELVE));
            }
            assertThat(union).as("%d shards", count).hasSize(12).containsExactlyInAnyOrderElementsOf(TWELVE);
        }
    }

    @Test
    void addingOrRemovingATargetMovesNoOtherTarget() {
        List<FleetTarget> thirteen = new ArrayList<>(TWELVE);
        thirteen.add(0, FleetTarget.schema("t_000"));
        List<FleetTarget> eleven = TWELVE.subList(1, 12);
        for (int index = 0; index < 4; index++) {
            FleetShard shard = new FleetShard(index, 4);
            List<FleetTarget> before = shard.select(TWELVE);
            assertThat(shard.select(thirteen)).containsAll(before);
            assertThat(shard.select(thirteen).size() - before.size()).isBetween(0, 1);
            assertThat(shard.select(eleven)).isEqualTo(before.stream().filter(t -> !t.name().equals("t_001")).toList());
        }
    }

    @Test
    void aUrlTargetIsShardedByItsMaskedUrlSoItsPasswordDoesNotMoveIt() {
        FleetTarget one = FleetTarget.url("jdbc:postgresql://db1/app?user=ops&password=secret");
        FleetTarget other = FleetTarget.url("jdbc:postgresql://db1/app?user=ops&password=rotated");
        assertThat(FleetShard.of(one, 4)).isEqualTo(1).isEqualTo(FleetShard.of(other, 4));
    }

    @Test
    void theOptionIsIOfNAndWinsOverTheEnvironment() {
        Map<String, String> job = Map.of("JOB_COMPLETION_INDEX", "2", "OPSDB_FLEET_SHARDS", "4");
        assertThat(FleetShard.resolve("1/4", "--shard", Map.of())).contains(new FleetShard(1, 4));
        assertThat(FleetShard.resolve(null, "--shard", job)).contains(new FleetShard(2, 4));
        assertThat(FleetShard.resolve("0/3", "--shard", job)).contains(new FleetShard(0, 3));
        assertThat(FleetShard.resolve(null, "--shard", Map.of())).isEmpty();
        assertThat(new FleetShard(2, 4)).hasToString("2/4");
    }

    @Test
    void badValuesAreOneLine() {
        assertBad("4/4", Map.of(), "Invalid --shard '4/4': the index must be 0 to 3");
        assertBad("0/0", Map.of(), "Invalid --shard '0/0': the count must be 1 or more");
        assertBad("x", Map.of(), "Invalid --shard 'x': must be I/N, shard I of N from 0 to N-1, e.g. 0/4");
        assertBad("-1/4", Map.of(), "Invalid --shard '-1/4': must be I/N, shard I of N from 0 to N-1, e.g. 0/4");
        assertBad("1/2/3", Map.of(), "Invalid --shard '1/2/3': must be I/N, shard I of N from 0 to N-1, e.g. 0/4");
        assertBad(null, Map.of("JOB_COMPLETION_INDEX", "2"), "JOB_COMPLETION_INDEX is 2 but OPSDB_FLEET_SHARDS is"
                + " not set: set it to the Job's completions (the number of shards), or pass --shard I/N");
        assertBad(null, Map.of("OPSDB_FLEET_SHARDS", "4"), "OPSDB_FLEET_SHARDS is 4 but JOB_COMPLETION_INDEX is not"
                + " set (a Kubernetes Job with completionMode: Indexed sets it): pass --shard I/N");
        assertBad(null, Map.of("JOB_COMPLETION_INDEX", "4", "OPSDB_FLEET_SHARDS", "4"),
                "Invalid JOB_COMPLETION_INDEX '4' of OPSDB_FLEET_SHARDS '4': the index must be 0 to 3");
        assertBad(null, Map.of("JOB_COMPLETION_INDEX", "1", "OPSDB_FLEET_SHARDS", "four"),
                "Invalid JOB_COMPLETION_INDEX '1' of OPSDB_FLEET_SHARDS 'four': both must be whole numbers, the index"
                        + " from 0 to the count minus 1");
        assertThatThrownBy(() -> new FleetShard(3, 2)).hasMessage("Invalid shard 3/2: the index must be 0 to 1");
    }

    private static void assertBad(String option, Map<String, String> environment, String message) {
        assertThatThrownBy(() -> FleetShard.resolve(option, "--shard", environment))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}

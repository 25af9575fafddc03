package org.diplograph.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdRegistryTest {

    @Test
    void remembersWhereEachIdWasFirstReadAcrossGrowth() {
        IdRegistry ids = new IdRegistry();
        ids.enterFile("data/a.txt");
        assertThat(ids.register("a", "data/a.txt")).isNull();
        ids.enterFile("feed.jsonl");
        for (int line = 1; line <= 50_000; line++) {
            assertThat(ids.register("feed_" + line, "feed.jsonl:" + line)).isNull();
        }
        ids.enterFile("other.fake");
        assertThat(ids.register("x", "somewhere else:7:3")).isNull();

        assertThat(ids.size()).isEqualTo(50_002);
        assertThat(ids.register("a", "b/a.txt")).isEqualTo("data/a.txt");
        assertThat(ids.register("feed_1", "c.jsonl:1")).isEqualTo("feed.jsonl:1");
        assertThat(ids.register("feed_49999", "c.jsonl:2")).isEqualTo("feed.jsonl:49999");
        assertThat(ids.register("x", "y")).isEqualTo("somewhere else:7:3");
        assertThat(ids.register("feed_50001", "c.jsonl:3")).isNull();
        assertThat(ids.register("A", "c.jsonl:4")).as("ids are case-sensitive").isNull();
    }
}

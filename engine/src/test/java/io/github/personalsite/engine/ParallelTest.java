package io.github.personalsite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void mapsEveryItemOnceInTheListsOrder() {
        for (int size : new int[] {0, 1, 2, 3, 1000}) {
            List<Integer> items = IntStream.range(0, size).boxed().toList();
            AtomicInteger calls = new AtomicInteger();
            List<String> mapped = Parallel.map(items, i -> {
                calls.incrementAndGet();
                return "item " + i;
            });
            assertEquals(items.stream().map(i -> "item " + i).toList(), mapped);
            assertEquals(size, calls.get(), "each item mapped once");
        }
    }

    @Test
    void keepsNullResultsInPlace() {
        assertEquals(Arrays.asList("a", null, "c"), Parallel.map(List.of("a", "b", "c"), s -> s.equals("b") ? null : s));
    }

    @Test
    void rethrowsTheFirstFailureAsItWasThrownAndStartsNoItemAfterIt() {
        IllegalStateException failure = new IllegalStateException("post 0 is broken");
        AtomicInteger started = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Parallel.map(IntStream.range(0, 10_000).boxed().toList(), i -> {
                    started.incrementAndGet();
                    if (i == 0) {
                        throw failure;
                    }
                    return i;
                }));
        assertSame(failure, thrown);
        assertTrue(started.get() < 1_000, "items stop being started after the failure: " + started.get() + " of 10,000");
    }

    @Test
    void spreadsTheWorkOverThePoolsThreads() {
        ConcurrentHashMap<String, Boolean> threads = new ConcurrentHashMap<>();
        Parallel.map(IntStream.range(0, 200).boxed().toList(), i -> {
            threads.put(Thread.currentThread().getName(), true);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i;
        });
        assertTrue(threads.containsKey(Thread.currentThread().getName()), "the caller works too: " + threads.keySet());
        assertTrue(threads.size() >= 2, "and the common pool's threads: " + threads.keySet());
    }
}

package io.github.personalsite.engine.profile;

import java.util.List;
import java.util.Objects;

/** Null-safe list handling for the records: absent lists become empty, nulls inside are dropped. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}

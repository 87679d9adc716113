package io.github.personalsite.engine;

import java.util.Collection;
import java.util.Locale;

/** The "did you mean" of unknown keys, for the profile and for posts alike. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * {@code did you mean "startDate"?} when a known key is close to the unknown one (case ignored; at
     * most two edits for keys of five letters or more, such as "titel" for "title", one for shorter
     * keys), else {@code otherwise}.
     */
    public static String didYouMean(String key, Collection<String> known, String otherwise) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= (key.length() >= 5 ? 2 : 1)
                ? "did you mean \"" + best + "\"?" : otherwise;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

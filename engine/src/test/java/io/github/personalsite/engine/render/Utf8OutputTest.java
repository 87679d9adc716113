package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {

    private static byte[] written(String... parts) {
        Utf8Output out = new Utf8Output();
        for (String part : parts) {
            out.write(part);
        }
        return out.toByteArray();
    }

    private static Utf8Output with(Utf8Output out, String text) {
        out.write(text);
        return out;
    }

    private static void assertSameAsGetBytes(String... parts) {
        assertArrayEquals(String.join("", parts).getBytes(StandardCharsets.UTF_8), written(parts), String.join("|", parts));
    }

    @Test
    void encodesAsciiLatinOneTheWholePlaneAndBeyondLikeGetBytes() {
        assertSameAsGetBytes("<title>Plain</title>");
        assertSameAsGetBytes("Café – 10 €, naïve → “quoted”");
        assertSameAsGetBytes("emoji \uD83D\uDE00 and 𝄞 clef");
        assertSameAsGetBytes("");
    }

    @Test
    void keepsASurrogatePairSplitBetweenTwoWrites() {
        assertSameAsGetBytes("smile \uD83D", "\uDE00 done");
        assertSameAsGetBytes("a text long enough to be encoded whole, but for its last half pair \uD83D",
                "\uDE00 and a second text long enough to be encoded whole");
    }

    @Test
    void writesLoneSurrogatesAsQuestionMarksLikeGetBytes() {
        assertSameAsGetBytes("a\uD83Db");
        assertSameAsGetBytes("a\uDE00b");
        assertSameAsGetBytes("ends high \uD83D");
        assertSameAsGetBytes("\uD83D", "\uD83D", "x");
    }

    @Test
    void charArraysAndSingleCharactersEncodeAlike() {
        Utf8Output out = new Utf8Output();
        char[] chars = "x–é\uD83D\uDE00y".toCharArray();
        out.write(chars, 1, chars.length - 2);
        out.write('!');
        out.write(0x2013);
        out.write("tail", 1, 2);
        assertArrayEquals("–é\uD83D\uDE00!–ai".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void aResetStartsTheNextPageEmptyEvenAfterAHalfPairOrAHugePage() {
        Utf8Output out = new Utf8Output();
        out.write("first page \uD83D");
        assertArrayEquals("next".getBytes(StandardCharsets.UTF_8), with(out.reset(), "next").toByteArray());
        assertEquals(3_000_000, with(out.reset(), "x".repeat(3_000_000)).toByteArray().length);
        assertArrayEquals("small".getBytes(StandardCharsets.UTF_8), with(out.reset(), "small").toByteArray());
    }

    @Test
    void growsPastItsFirstBufferWithoutLosingBytes() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append(i % 7 == 0 ? "é–" : "ab");
        }
        assertSameAsGetBytes(big.toString(), big.toString());
    }

    @Test
    void randomTextCutAnywhereEncodesLikeGetBytes() {
        Random random = new Random(42);
        char[] alphabet = {'a', 'Z', ' ', '<', 'é', 'ÿ', '–', '€', '\uD83D', '\uDE00', '\uFFFD'};
        for (int round = 0; round < 500; round++) {
            char[] text = new char[random.nextInt(80)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String whole = new String(text);
            int cut = whole.isEmpty() ? 0 : random.nextInt(whole.length());
            assertSameAsGetBytes(whole.substring(0, cut), whole.substring(cut));
        }
    }
}

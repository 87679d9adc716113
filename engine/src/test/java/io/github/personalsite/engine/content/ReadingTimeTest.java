package io.github.personalsite.engine.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading time: words of space-separated scripts, characters of Chinese and Japanese. */
class ReadingTimeTest {

    private static int minutes(String markdown) {
        Markdown.Rendered r = Markdown.render(markdown);
        return new Post("content/posts/p.md", "p", "P", LocalDate.of(2024, 1, 1), null, List.of(), null, false, null,
                null, r.html(), r.excerpt(), r.words(), r.cjkCharacters()).readingMinutes();
    }

    @Test
    void englishIsReadAt220WordsAMinute() {
        assertEquals(5, minutes("word ".repeat(1100)));
    }

    @Test
    void chineseAndJapaneseAreCountedByCharacterAndReadAt300AMinute() {
        Markdown.Rendered chinese = Markdown.render("我们设计了一个分布式系统。".repeat(250)); // 12 characters and a full stop
        assertEquals(3000, chinese.cjkCharacters());
        assertEquals(10, minutes("我们设计了一个分布式系统。".repeat(250)));
        Markdown.Rendered japanese = Markdown.render("ひらがなとカタカナと漢字");
        assertEquals(12, japanese.cjkCharacters());
        assertEquals(0, japanese.words());
    }

    @Test
    void mixedTextAddsBothAndAWordNextToCharactersIsAWord() {
        Markdown.Rendered mixed = Markdown.render("GPU加速 and 𠀀𠀁 emoji 🙂");
        assertEquals(4, mixed.cjkCharacters(), "two BMP ideographs and two beyond it, each once");
        assertEquals(4, mixed.words(), "GPU, and, emoji, the emoji itself");
        assertEquals(4, minutes("word ".repeat(440) + "\n\n" + "系统".repeat(300)), "2 minutes of each");
    }

    @Test
    void koreanIsWrittenWithSpacesAndCountedByWord() {
        Markdown.Rendered korean = Markdown.render("나는 분산 시스템을 연구합니다");
        assertEquals(0, korean.cjkCharacters());
        assertEquals(4, korean.words());
    }
}

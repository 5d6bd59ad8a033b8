package id.netral.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://www.instagram.com/p/C1xYz/?igsh=abc123           | instagram.com/p/C1xYz
            http://m.instagram.com/p/C1xYz                            | instagram.com/p/C1xYz
            instagram.com/p/C1xYz/#comments                           | instagram.com/p/C1xYz
            https://www.facebook.com/permalink.php?story_fbid=9&id=4&ref=share | facebook.com/permalink.php?id=4&story_fbid=9
            https://mobile.facebook.com/permalink.php?id=4&story_fbid=9 | facebook.com/permalink.php?id=4&story_fbid=9
            https://www.youtube.com/watch?v=dQw4&t=42s&utm_source=x   | youtube.com/watch?v=dQw4
            https://X.com/budi/status/1788?s=20                       | x.com/budi/status/1788
            not a url at all                                          | -
            -                                                         | -
            """)
    void oneSpellingPerPost(String raw, String expected) {
        assertThat(PostUrl.normalise(raw)).isEqualTo(expected);
    }
}

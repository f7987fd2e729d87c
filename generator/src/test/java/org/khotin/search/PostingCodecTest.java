package org.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khotin.search.PostingCodec.Posting;

class PostingCodecTest {
    @Test
    void sparseListsKeepDocumentsAndCounts() {
        List<Posting> postings = List.of(new Posting(0, 1), new Posting(31, 7), new Posting(33, 40), new Posting(5000, 1));
        String encoded = PostingCodec.encode(postings);
        assertThat(encoded).doesNotStartWith("~").matches("[A-Za-z0-9_-]+");
        assertThat(PostingCodec.decode(encoded)).isEqualTo(postings);
    }

    @Test
    void wordsInMostDocumentsBecomeBitmapsOfOneCharacterPerSixDocuments() {
        List<Posting> postings = new ArrayList<>();
        for (int d = 0; d < 600; d++) if (d % 7 != 3) postings.add(new Posting(d, 1 + d % 4));
        String encoded = PostingCodec.encode(postings);
        assertThat(encoded).startsWith("~").hasSize(1 + 100);
        assertThat(PostingCodec.decode(encoded)).extracting(Posting::doc)
                .containsExactlyElementsOf(postings.stream().map(Posting::doc).toList());
        assertThat(PostingCodec.decode(encoded)).extracting(Posting::count).containsOnly(1);
    }

    @Test
    void emptyListIsEmpty() {
        assertThat(PostingCodec.encode(List.of())).isEmpty();
        assertThat(PostingCodec.decode("")).isEmpty();
    }
}

package org.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khotin.search.PostingCodec.Part;
import org.khotin.search.PostingCodec.Posting;

class PostingCodecTest {
    @Test
    void sparseListsKeepDocumentsCountsAndPartsInOneCharacterEach() {
        List<Posting> postings = List.of(Posting.of(0, 1, Part.BODY), Posting.of(31, 7, Part.TITLE),
                Posting.of(33, 40, Part.LEAD), Posting.of(5000, 1, Part.KEYWORDS));
        String encoded = PostingCodec.encode(postings);
        assertThat(encoded).doesNotStartWith("~").matches("[A-Za-z0-9_-]+");
        // gaps 0, 30, 1 and 4966 (three characters), one character of weight each
        assertThat(encoded).hasSize(1 + 1 + 1 + 3 + 4);
        List<Posting> decoded = PostingCodec.decode(encoded);
        assertThat(decoded).isEqualTo(postings);
        assertThat(decoded).extracting(Posting::count).containsExactly(1, 7, PostingCodec.MAX_COUNT, 1);
        assertThat(decoded).extracting(Posting::part).containsExactly(Part.BODY, Part.TITLE, Part.LEAD, Part.KEYWORDS);
    }

    @Test
    void wordsInMostDocumentsBecomeBitmapsOfOneCharacterPerSixDocumentsWithTheirPartsAfter() {
        List<Posting> postings = new ArrayList<>();
        for (int d = 0; d < 600; d++) if (d % 7 != 3) postings.add(Posting.of(d, 1 + d % 4, Part.BODY));
        String encoded = PostingCodec.encode(postings);
        assertThat(encoded).startsWith("~").hasSize(1 + 100);
        assertThat(PostingCodec.decode(encoded)).extracting(Posting::doc)
                .containsExactlyElementsOf(postings.stream().map(Posting::doc).toList());
        assertThat(PostingCodec.decode(encoded)).extracting(Posting::count).containsOnly(1);

        // a few in a title, a lead or a keyword: listed after the bitmap, which keeps no counts
        postings.set(0, Posting.of(0, 3, Part.TITLE));
        postings.set(200, Posting.of(postings.get(200).doc(), 1, Part.LEAD));
        postings.set(201, Posting.of(postings.get(201).doc(), 2, Part.KEYWORDS));
        encoded = PostingCodec.encode(postings);
        assertThat(encoded).startsWith("~").hasSize(1 + 100 + 1 + 1 + 2 + 1);
        List<Posting> expected = postings.stream().map(p -> Posting.of(p.doc(), 1, p.part())).toList();
        assertThat(PostingCodec.decode(encoded)).isEqualTo(expected);
    }

    @Test
    void emptyListIsEmpty() {
        assertThat(PostingCodec.encode(List.of())).isEmpty();
        assertThat(PostingCodec.decode("")).isEmpty();
    }
}

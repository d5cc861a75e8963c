package vn.chibo.portal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MediaDetectionTests {

    @Test
    void theTypeComesFromTheContentNotTheName() {
        assertThat(MediaLibrary.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .isEqualTo("image/png");
        assertThat(MediaLibrary.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo("image/jpeg");
        assertThat(MediaLibrary.detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/pdf");
        assertThat(MediaLibrary.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(MediaLibrary.detect("<html><script>".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(MediaLibrary.detect(new byte[] {'M', 'Z'})).isNull();
    }
}

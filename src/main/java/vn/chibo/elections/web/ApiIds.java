package vn.chibo.elections.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.chibo.elections.CongressDocuments;
import vn.chibo.members.MemberId;
import vn.chibo.platform.InvalidInputException;

/** What the election pages and API share: member ids from numbers, and files as downloads. */
final class ApiIds {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private ApiIds() {}

    static List<MemberId> members(List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("candidates", "validation.required");
        }
        return ids.stream().map(MemberId::of).toList();
    }

    static ResponseEntity<byte[]> file(String name, CongressDocuments.Format format, byte[] content) {
        boolean docx = format == CongressDocuments.Format.DOCX;
        return download(name + (docx ? ".docx" : ".pdf"), docx ? DOCX : MediaType.APPLICATION_PDF, content);
    }

    static ResponseEntity<byte[]> zip(String name, byte[] content) {
        return download(name + ".zip", MediaType.parseMediaType("application/zip"), content);
    }

    static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}

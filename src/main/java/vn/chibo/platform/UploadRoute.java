package vn.chibo.platform;

import org.springframework.util.unit.DataSize;

/**
 * A route that takes file uploads, contributed by a module as a bean: the path pattern (Spring's syntax, as in
 * {@code /portal/sites/{id}/media}), the permission a user must hold somewhere before the upload is read at all, and
 * the largest request it accepts. Any other route gets only small multipart requests (see
 * {@code chibo.upload.default-limit}); the precise check (this organization, this site) comes once the form is read.
 */
public record UploadRoute(String pathPattern, Permission permission, DataSize limit) {}

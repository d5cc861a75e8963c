/**
 * Official Party documents: their numbers, which run from 01 per issuing body, document type and committee term and
 * are never reused, and their rendering as DOCX and PDF laid out per HD 36-HD/VPTW. It does not decide what a document
 * says: meetings, congresses and reviews give the content.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {"platform", "organizations"})
package vn.chibo.documents;

package vn.chibo.documents.rendering;

import java.util.List;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;

/** Every line of a document as printed, in the order and case HD 36-HD/VPTW gives them. */
public record PrintedDocument(
        String higherBody,
        String issuingBody,
        String numberLine,
        String partyLine,
        String dateLine,
        String title,
        String summary,
        List<Block> body,
        List<Signature> signatures,
        String recipientsLabel,
        List<String> recipients) {}

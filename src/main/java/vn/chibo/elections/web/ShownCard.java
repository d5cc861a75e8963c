package vn.chibo.elections.web;

import vn.chibo.elections.CongressCheckIn;

/** A member's own delegate card with its QR code drawn, as her home page shows it. */
public record ShownCard(CongressCheckIn.OwnCard own, QrCode qr) {}

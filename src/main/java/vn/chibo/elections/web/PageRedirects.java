package vn.chibo.elections.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a page's form goes once its input is taken: back to its section of the page, with the notice to show. */
final class PageRedirects {

    private PageRedirects() {}

    /** To {@code section} of the congress's page, flashing {@code notice} (a message key). */
    static String toCongress(RedirectAttributes redirect, Object congressId, String section, String notice) {
        return to(redirect, "/congresses/" + congressId, section, notice);
    }

    /** To {@code section} of the election's page, flashing {@code notice} (a message key). */
    static String toElection(RedirectAttributes redirect, Object electionId, String section, String notice) {
        return to(redirect, "/elections/" + electionId, section, notice);
    }

    private static String to(RedirectAttributes redirect, String page, String section, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + page + (section == null ? "" : "#" + section);
    }
}

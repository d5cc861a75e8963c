package vn.chibo.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test only: a page that fails unexpectedly, to see what users get then. */
@Controller
class FailingController {

    @GetMapping({"/test-failure", "/api/v1/test-failure"})
    String fail() {
        throw new IllegalStateException("Simulated failure with a secret detail: jdbc:postgresql://internal");
    }
}
